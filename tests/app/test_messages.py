"""Every error the services can raise has a sentence in Dutch and in English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app import messages

ROOT = Path(__file__).resolve().parents[2]
RAISED = re.compile(r"(?:NotFound|Conflict|Invalid|Forbidden|StorageError)\(\s*\"([a-z_.]+)\"")


def raised_codes() -> set[str]:
    codes: set[str] = set()
    for folder in ("app", "models"):
        for path in (ROOT / folder).rglob("*.py"):
            codes.update(RAISED.findall(path.read_text(encoding="utf-8")))
    return codes


def test_the_source_scan_finds_the_codes():
    assert {"email_invalid", "last_owner", "not_regiestoel_database"} <= raised_codes()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_raised_code_has_a_message(language: str):
    missing = raised_codes() - set(messages.catalogue(language))
    assert missing == set()


def test_dutch_and_english_have_the_same_codes_and_placeholders():
    nl, en = messages.catalogue("nl"), messages.catalogue("en")
    assert set(nl) == set(en)
    for code in nl:
        assert messages.placeholders(nl[code]) == messages.placeholders(en[code]), code


def test_a_message_with_a_missing_parameter_still_reads():
    assert "{email}" in messages.text("email_taken", "nl")


def test_dates_in_messages_follow_the_language_and_a_missing_date_does_not_crash():
    from datetime import date

    nl = messages.text("cycle_start_not_working_day", "nl", day=date(2026, 4, 27))
    assert "27-04-2026" in nl
    assert "{day}" in messages.text("cycle_start_not_working_day", "nl")
