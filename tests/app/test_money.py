"""Amounts as Dutch and English users type them, exact to the cent."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.money import format_amount, parse_amount
from models.errors import Invalid


@pytest.mark.parametrize(
    ("text", "language", "cents"),
    [
        ("1.250,50", "nl", 125050),
        ("1250,5", "nl", 125050),
        ("1250", "nl", 125000),
        ("€ 25.000", "nl", 2500000),
        ("12.50", "nl", 1250),  # clearly a decimal point
        ("1,250.50", "en", 125050),
        ("1250.5", "en", 125050),
        ("0", "en", 0),
    ],
)
def test_amounts_are_read_as_typed(text: str, language: str, cents: int):
    assert parse_amount(text, language) == cents


@pytest.mark.parametrize("text", ["-5", "1,2,3", "abc", "1.2345,00", "12,345", "", "1,,0"])
def test_nonsense_is_refused_in_dutch(text: str):
    with pytest.raises(Invalid):
        parse_amount(text, "nl")


def test_dutch_format_uses_a_decimal_comma():
    assert format_amount(125050, "nl") == "1.250,50"
    assert format_amount(-125050, "en") == "-1,250.50"
    assert format_amount(5, "nl", symbol=True) == "€ 0,05"


@given(st.integers(min_value=0, max_value=10_000_000_000), st.sampled_from(["nl", "en"]))
def test_what_is_shown_reads_back_to_the_same_cents(cents: int, language: str):
    assert parse_amount(format_amount(cents, language), language) == cents
