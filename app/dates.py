"""Reading dates and times as a Dutch user types them (28-12-26, 281226, 28/12, 0730, 7.30)."""

from __future__ import annotations

import re
from datetime import date, time

# Separators people type between day, month and year, or between hours and minutes.
_DATE_PARTS = re.compile(r"^(\d{1,4})[-/. ](\d{1,2})(?:[-/. ](\d{2}|\d{4}))?$", re.ASCII)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$", re.ASCII)
_TIME_PARTS = re.compile(r"^(\d{1,2})[:.uh](\d{2})$", re.ASCII)

FIRST_YEAR, LAST_YEAR = 1900, 2199


class UnreadableDate(ValueError):
    """Text that is not a date or time. ``code``: ``empty``, ``unreadable`` (not in any form
    we read) or ``no_such_day`` (readable, but the day does not exist, such as 31-02)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _full_year(two_digits: int, today: date) -> int:
    """A two-digit year is the one nearest today within a century (26 is 2026, 99 is 1999
    in 2026), as people mean it when they write a date short."""
    century = today.year - today.year % 100
    year = century + two_digits
    if year > today.year + 50:
        year -= 100
    elif year <= today.year - 50:
        year += 100
    return year


def _make_date(year: int, month: int, day: int) -> date:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise UnreadableDate("no_such_day")
    try:
        return date(year, month, day)
    except ValueError:
        raise UnreadableDate("no_such_day") from None


def parse_date(text: str, today: date) -> date:
    """The date in ``text``: day-month-year with ``-``, ``/``, ``.`` or a space between, or
    none (``28122026``, ``281226``, ``2812``); a two-digit year; no year (``28-12``: this
    year); or ISO (``2026-12-28``). Raises :class:`UnreadableDate`; never guesses today."""
    clean = text.strip()
    if not clean:
        raise UnreadableDate("empty")
    if match := _ISO.match(clean):
        year, month, day = (int(g) for g in match.groups())
        return _make_date(year, month, day)
    if match := _DATE_PARTS.match(clean):
        day_text, month_text, year_text = match.groups()
        if len(day_text) > 2:
            raise UnreadableDate("unreadable")
        year = today.year if year_text is None else int(year_text)
        if year_text is not None and len(year_text) == 2:
            year = _full_year(year, today)
        return _make_date(year, int(month_text), int(day_text))
    if clean.isascii() and clean.isdigit():
        if len(clean) == 4:
            return _make_date(today.year, int(clean[2:]), int(clean[:2]))
        if len(clean) == 6:
            return _make_date(_full_year(int(clean[4:]), today), int(clean[2:4]),
                              int(clean[:2]))
        if len(clean) == 8:
            return _make_date(int(clean[4:]), int(clean[2:4]), int(clean[:2]))
    raise UnreadableDate("unreadable")


def parse_time(text: str) -> time:
    """The time in ``text``: ``07:30``, ``7:30``, ``7.30``, ``7u30``, ``0730``, ``730`` or a
    whole hour ``7``. Raises :class:`UnreadableDate`."""
    clean = text.strip().lower()
    if not clean:
        raise UnreadableDate("empty")
    if match := _TIME_PARTS.match(clean):
        hour, minute = int(match.group(1)), int(match.group(2))
    elif clean.isascii() and clean.isdigit() and len(clean) <= 4:
        hour, minute = (int(clean), 0) if len(clean) <= 2 else (int(clean[:-2]),
                                                                 int(clean[-2:]))
    else:
        raise UnreadableDate("unreadable")
    if hour > 23 or minute > 59:
        raise UnreadableDate("no_such_day")
    return time(hour, minute)


def format_date(day: date, language: str) -> str:
    """How a date field shows a date: ``28-12-2026`` in Dutch, ``28/12/2026`` in English."""
    return day.strftime("%d-%m-%Y" if language == "nl" else "%d/%m/%Y")


def format_time(moment: time) -> str:
    return moment.strftime("%H:%M")
