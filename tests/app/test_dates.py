"""Typed dates and times are read as a Dutch user types them; what is unreadable is refused."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.dates import UnreadableDate, format_date, format_time, parse_date, parse_time

TODAY = date(2026, 12, 4)
near_days = st.dates(min_value=date(1977, 1, 1), max_value=date(2076, 12, 31))
any_days = st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31))


@pytest.mark.parametrize("typed", [
    "28-12-2026", "28122026", "28-12-26", "281226", "28/12", "28-12", "2026-12-28",
    "28.12.2026", "28 12 2026", " 28/12/2026 ", "2812",
])
def test_every_way_a_dutch_user_types_28_december_is_read(typed):
    assert parse_date(typed, TODAY) == date(2026, 12, 28)


def test_a_day_without_a_year_is_this_year_and_single_digits_are_fine():
    assert parse_date("1-2", TODAY) == date(2026, 2, 1)
    assert parse_date("1-2-27", TODAY) == date(2027, 2, 1)
    assert parse_date("5/7/2027", TODAY) == date(2027, 7, 5)


@pytest.mark.parametrize("typed, code", [
    ("", "empty"), ("   ", "empty"), ("morgen", "unreadable"), ("28-12-2026x", "unreadable"),
    ("2812202", "unreadable"), ("28--12", "unreadable"), ("31-02-2026", "no_such_day"),
    ("32122026", "no_such_day"), ("28-13", "no_such_day"), ("00-12-2026", "no_such_day"),
    ("28-12-0026", "no_such_day"), ("٢٨١٢٢٠٢٦", "unreadable"), ("12345", "unreadable"),
])
def test_what_cannot_be_read_is_refused_never_today(typed, code):
    with pytest.raises(UnreadableDate) as refused:
        parse_date(typed, TODAY)
    assert refused.value.code == code


@given(near_days)
def test_a_date_typed_in_any_accepted_form_comes_back(day):
    d, m, y = day.day, day.month, day.year
    forms = [f"{d:02}-{m:02}-{y}", f"{d}-{m}-{y}", f"{d:02}{m:02}{y}", f"{d:02}/{m:02}/{y}",
             f"{d}.{m}.{y}", f"{y}-{m:02}-{d:02}", format_date(day, "nl"),
             format_date(day, "en"), f"{d:02}-{m:02}-{y % 100:02}", f"{d:02}{m:02}{y % 100:02}"]
    for form in forms:
        assert parse_date(form, TODAY) == day, form


@given(any_days, near_days)
def test_a_day_and_month_alone_fall_in_todays_year(day, today):
    if (day.month, day.day) == (2, 29):
        return
    expected = date(today.year, day.month, day.day)
    assert parse_date(f"{day.day}-{day.month}", today) == expected
    assert parse_date(f"{day.day:02}{day.month:02}", today) == expected


@given(st.text(max_size=14), near_days)
def test_any_text_is_either_a_date_that_reads_back_or_refused(text, today):
    try:
        found = parse_date(text, today)
    except UnreadableDate as refused:
        assert refused.code in ("empty", "unreadable", "no_such_day")
        return
    assert parse_date(format_date(found, "nl"), today) == found
    assert any(ch.isdigit() for ch in text)


@pytest.mark.parametrize("typed", ["0730", "7:30", "7.30", "730", "07:30", "7u30", " 7:30 "])
def test_half_past_seven_typed_any_way_is_read(typed):
    assert parse_time(typed) == time(7, 30)


def test_a_whole_hour_is_one_or_two_digits():
    assert parse_time("7") == time(7, 0)
    assert parse_time("19") == time(19, 0)


@pytest.mark.parametrize("typed, code", [
    ("", "empty"), ("half acht", "unreadable"), ("7:3", "unreadable"), ("12345", "unreadable"),
    ("24:00", "no_such_day"), ("7:60", "no_such_day"), ("2530", "no_such_day"),
])
def test_a_time_that_cannot_be_read_is_refused(typed, code):
    with pytest.raises(UnreadableDate) as refused:
        parse_time(typed)
    assert refused.value.code == code


@given(st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_a_time_typed_in_any_accepted_form_comes_back(moment):
    h, m = moment.hour, moment.minute
    for form in (f"{h:02}{m:02}", f"{h}:{m:02}", f"{h}.{m:02}", f"{h}{m:02}",
                 format_time(moment)):
        assert parse_time(form) == moment, form


@given(st.text(max_size=8))
def test_any_text_is_either_a_time_that_reads_back_or_refused(text):
    try:
        found = parse_time(text)
    except UnreadableDate:
        return
    assert parse_time(format_time(found)) == found
