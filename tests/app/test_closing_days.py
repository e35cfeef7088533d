"""Closing days come one at a time or as a closed period, such as a three-week bouwvak."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import cycles
from app.services.cycles import ClosedPeriod, ClosingDayRow, closed_periods
from models.errors import Forbidden, Invalid


def test_a_period_stores_its_weekdays_and_reads_back_as_one_period(db, owner):
    cycles.add_closing_days(db, owner, date(2027, 7, 19), date(2027, 8, 6), "Bouwvak")
    stored = cycles.list_closing_days(db, owner)
    assert len(stored) == 15 and all(c.day.weekday() < 5 for c in stored)
    assert closed_periods(stored) == [ClosedPeriod(date(2027, 7, 19), date(2027, 8, 6),
                                                   "Bouwvak")]
    cycles.remove_closing_days(db, owner, date(2027, 7, 19), date(2027, 8, 6))
    assert cycles.list_closing_days(db, owner) == []


def test_one_day_is_kept_even_on_a_saturday_and_a_period_around_it_leaves_it_be(db, owner):
    cycles.add_closing_days(db, owner, date(2027, 7, 24), date(2027, 7, 24), "Open dag")
    assert [c.day for c in cycles.list_closing_days(db, owner)] == [date(2027, 7, 24)]
    cycles.add_closing_days(db, owner, date(2027, 7, 22), date(2027, 7, 26), "Verhuizing")
    assert [(c.day.day, c.description) for c in cycles.list_closing_days(db, owner)] == [
        (22, "Verhuizing"), (23, "Verhuizing"), (24, "Open dag"), (26, "Verhuizing")]


def test_a_reversed_or_endless_period_and_someone_not_the_owner_are_refused(
        db, owner, add_person):
    with pytest.raises(Invalid) as reversed_:
        cycles.add_closing_days(db, owner, date(2027, 8, 6), date(2027, 7, 19))
    assert reversed_.value.code == "closing_range_reversed"
    with pytest.raises(Invalid) as endless:
        cycles.add_closing_days(db, owner, date(2027, 1, 1), date(2028, 6, 1))
    assert endless.value.code == "closing_range_too_long"
    with pytest.raises(Forbidden):
        cycles.add_closing_days(db, add_person("Piet Bakker"), date(2027, 7, 19),
                                date(2027, 7, 20))
    assert cycles.list_closing_days(db, owner) == []


def test_days_with_another_description_or_a_working_day_between_are_separate_periods():
    rows = [ClosingDayRow(date(2027, 7, 16), "A"), ClosingDayRow(date(2027, 7, 19), "A"),
            ClosingDayRow(date(2027, 7, 20), "B"), ClosingDayRow(date(2027, 7, 22), "B")]
    assert closed_periods(rows) == [
        ClosedPeriod(date(2027, 7, 16), date(2027, 7, 19), "A"),
        ClosedPeriod(date(2027, 7, 20), date(2027, 7, 20), "B"),
        ClosedPeriod(date(2027, 7, 22), date(2027, 7, 22), "B")]
