"""Planning a vital week cycle: working days, conflicts, suggestions and clear errors."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import messages
from app.planning import (
    OFFICE_END,
    Busy,
    Conflict,
    SlotRequest,
    WorkCalendar,
    conflicts,
    four_days_from,
    plan_cycle,
    suggest_slots,
)
from models.errors import Invalid

MON_5_JAN = date(2026, 1, 5)  # a Monday without holidays around it
GROUP = frozenset({1, 2, 3})
ROOM = 7


def request(**changes: object) -> SlotRequest:
    base = SlotRequest(earliest=MON_5_JAN, start_time=time(9), minutes=60, room_id=ROOM,
                       participant_ids=GROUP)
    return replace(base, **changes)  # type: ignore[arg-type]


def days(first: date, *offsets: int) -> list[date]:
    return [first + timedelta(days=offset) for offset in offsets]


# --- working days ------------------------------------------------------------------------

def test_a_cycle_on_monday_is_monday_to_thursday():
    assert four_days_from(WorkCalendar(), MON_5_JAN) == days(MON_5_JAN, 0, 1, 2, 3)


def test_a_cycle_skips_the_weekend():
    thursday = date(2026, 1, 8)
    assert four_days_from(WorkCalendar(), thursday) == days(thursday, 0, 1, 4, 5)
    assert WorkCalendar().reason_closed(date(2026, 1, 10)) == "weekend"


def test_kings_day_is_not_a_working_day():
    calendar = WorkCalendar()
    kings_day = date(2026, 4, 27)  # a Monday
    assert not calendar.is_working_day(kings_day)
    assert calendar.reason_closed(kings_day) == "holiday:King's Day"
    assert calendar.holiday_name(kings_day, "nl") == "Koningsdag"
    friday = date(2026, 4, 24)
    assert four_days_from(calendar, friday) == days(friday, 0, 4, 5, 6)


def test_a_cycle_cannot_start_on_a_day_off():
    with pytest.raises(Invalid) as caught:
        four_days_from(WorkCalendar(), date(2026, 4, 27))
    assert caught.value.code == "cycle_start_not_working_day"
    assert caught.value.params["reason"] == "holiday:King's Day"
    assert messages.describe(caught.value, "nl").startswith("27-04-2026 is geen werkdag")


def test_christmas_and_boxing_day_are_skipped():
    christmas_eve = date(2025, 12, 24)  # a Wednesday; 25 and 26 December are Thursday, Friday
    assert four_days_from(WorkCalendar(), christmas_eve) == days(christmas_eve, 0, 5, 6, 7)
    assert WorkCalendar().holiday_name(date(2025, 12, 26), "nl") == "Tweede kerstdag"


def test_liberation_day_is_off_only_in_lustrum_years():
    # What the holidays package gives: 5 May only every five years (2025, 2030).
    calendar = WorkCalendar()
    assert calendar.reason_closed(date(2025, 5, 5)) == "holiday:Liberation Day"
    assert calendar.is_working_day(date(2026, 5, 5))
    assert not WorkCalendar([date(2026, 5, 5)]).is_working_day(date(2026, 5, 5))


def test_an_organisation_closing_day_is_skipped():
    wednesday = date(2026, 1, 7)
    calendar = WorkCalendar([wednesday])
    assert calendar.reason_closed(wednesday) == "closing_day"
    assert four_days_from(calendar, MON_5_JAN) == days(MON_5_JAN, 0, 1, 3, 4)


# --- conflicts ---------------------------------------------------------------------------

def test_a_member_already_in_a_session_is_a_conflict():
    tuesday = date(2026, 1, 6)
    busy = [Busy(person_id=2, room_id=99, day=tuesday, start=time(9, 30), end=time(10, 30))]
    cycle = four_days_from(WorkCalendar(), MON_5_JAN)
    assert conflicts(cycle, request(), busy) == [Conflict(tuesday, 2, None)]
    # Planned around it: the first run that leaves Tuesday out starts on Wednesday.
    assert plan_cycle(WorkCalendar(), request(), busy) == days(MON_5_JAN, 2, 3, 4, 7)


def test_someone_outside_the_group_is_no_conflict():
    busy = [Busy(person_id=42, room_id=99, day=MON_5_JAN, start=time(9), end=time(10))]
    assert conflicts([MON_5_JAN], request(), busy) == []


def test_a_session_ending_when_ours_starts_is_no_conflict():
    busy = [Busy(person_id=1, room_id=ROOM, day=MON_5_JAN, start=time(8), end=time(9)),
            Busy(person_id=1, room_id=ROOM, day=MON_5_JAN, start=time(10), end=time(11))]
    assert conflicts([MON_5_JAN], request(), busy) == []


def test_the_room_in_use_is_a_conflict():
    busy = [Busy(person_id=42, room_id=ROOM, day=MON_5_JAN, start=time(8, 30), end=time(9, 15)),
            Busy(person_id=43, room_id=ROOM, day=MON_5_JAN, start=time(8, 30), end=time(9, 15))]
    assert conflicts([MON_5_JAN], request(), busy) == [Conflict(MON_5_JAN, None, ROOM)]
    assert conflicts([MON_5_JAN], request(room_id=None), busy) == []


def test_a_room_booked_without_people_is_a_conflict():
    busy = [Busy(person_id=None, room_id=ROOM, day=MON_5_JAN, start=time(9), end=time(12))]
    assert conflicts([MON_5_JAN], request(), busy) == [Conflict(MON_5_JAN, None, ROOM)]


# --- suggestions and errors --------------------------------------------------------------

def test_suggestions_are_free_for_everyone():
    calendar = WorkCalendar()
    # Member 1 has a stand-up at nine every day, member 3 an early meeting on Tuesday,
    # and the room is taken at ten on Wednesday.
    busy = [Busy(1, None, day, time(9), time(10)) for day in days(MON_5_JAN, *range(28))]
    busy.append(Busy(3, None, date(2026, 1, 6), time(8), time(9)))
    busy.append(Busy(None, ROOM, date(2026, 1, 7), time(10), time(11)))
    wanted = request()
    assert conflicts(four_days_from(calendar, MON_5_JAN), wanted, busy)

    suggestions = suggest_slots(calendar, wanted, busy)

    for suggestion in suggestions:
        assert list(suggestion.days) == four_days_from(calendar, suggestion.first_day)
        assert conflicts(suggestion.days, replace(wanted, start_time=suggestion.start_time),
                         busy) == []
        end = suggestion.start_time.hour * 60 + suggestion.start_time.minute + wanted.minutes
        assert end <= OFFICE_END.hour * 60
    # Soonest first day first; on each, the free hour nearest to nine (08:00 before 10:00).
    assert [(s.first_day, s.start_time) for s in suggestions] == [
        (MON_5_JAN, time(11)), (date(2026, 1, 6), time(11)), (date(2026, 1, 7), time(8))]


def test_suggestions_keep_the_requested_time_where_it_is_free():
    busy = [Busy(1, None, MON_5_JAN, time(9), time(10))]
    suggestions = suggest_slots(WorkCalendar(), request(), busy, count=2)
    assert [(s.first_day, s.start_time) for s in suggestions] == [
        (MON_5_JAN, time(8)), (date(2026, 1, 6), time(9))]


def test_no_free_week_in_the_period_gives_a_clear_error():
    busy = [Busy(2, None, day, time(8), time(17)) for day in days(MON_5_JAN, *range(30))]
    wanted = request(latest_first_day=date(2026, 1, 16))
    with pytest.raises(Invalid) as caught:
        plan_cycle(WorkCalendar(), wanted, busy)
    assert caught.value.code == "cycle_no_room_in_period"
    assert caught.value.params == {"first": MON_5_JAN, "last": date(2026, 1, 16)}
    assert "05-01-2026 en 16-01-2026" in messages.describe(caught.value, "nl")
    assert "05/01/2026 and 16/01/2026" in messages.describe(caught.value, "en")
    assert suggest_slots(WorkCalendar(), wanted, busy) == []


def test_without_an_end_the_search_looks_eight_weeks_ahead():
    busy = [Busy(2, None, day, time(7), time(20)) for day in days(MON_5_JAN, *range(70))]
    with pytest.raises(Invalid) as caught:
        plan_cycle(WorkCalendar(), request(), busy)
    assert caught.value.params["last"] == MON_5_JAN + timedelta(weeks=8, days=-1)


def test_the_last_day_of_the_period_may_still_be_the_first_day():
    busy = [Busy(2, None, day, time(9), time(10)) for day in days(MON_5_JAN, *range(4))]
    wanted = request(latest_first_day=date(2026, 1, 9))
    assert plan_cycle(WorkCalendar(), wanted, busy)[0] == date(2026, 1, 9)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"start_time": time(6, 59)}, "cycle_start_time_out_of_range"),
        ({"start_time": time(20, 1)}, "cycle_start_time_out_of_range"),
        ({"minutes": 14}, "cycle_minutes_out_of_range"),
        ({"minutes": 181}, "cycle_minutes_out_of_range"),
        ({"latest_first_day": date(2026, 1, 4)}, "cycle_period_reversed"),
    ],
)
def test_an_impossible_request_is_refused_with_a_reason(changes: dict[str, object], code: str):
    with pytest.raises(Invalid) as caught:
        plan_cycle(WorkCalendar(), request(**changes), [])
    assert caught.value.code == code
    assert "{" not in messages.describe(caught.value, "nl")


def test_the_edges_of_the_allowed_request_are_accepted():
    for changes in ({"start_time": time(7)}, {"start_time": time(20)}, {"minutes": 15},
                    {"minutes": 180}):
        assert len(plan_cycle(WorkCalendar(), request(**changes), [])) == 4


# --- property ----------------------------------------------------------------------------

def _public_holidays(year: int) -> set[date]:
    return set(holidays.country_holidays("NL", years=[year, year + 1]))


@settings(max_examples=200, deadline=None)
@given(
    start=st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31)),
    offsets=st.lists(st.integers(min_value=0, max_value=30), max_size=10),
)
def test_four_days_are_always_consecutive_working_days(start: date, offsets: list[int]):
    closing = {start + timedelta(days=offset) for offset in offsets}
    calendar = WorkCalendar(closing)
    public = _public_holidays(start.year)

    def closed(day: date) -> bool:
        return day.weekday() >= 5 or day in public or day in closing

    if closed(start):
        with pytest.raises(Invalid) as caught:
            four_days_from(calendar, start)
        assert caught.value.code == "cycle_start_not_working_day"
        return

    cycle = four_days_from(calendar, start)

    assert len(cycle) == 4
    assert cycle[0] == start
    assert all(a < b for a, b in zip(cycle, cycle[1:], strict=False))
    assert not any(closed(day) for day in cycle)
    # Consecutive: every day skipped between two sessions is a day off.
    for a, b in zip(cycle, cycle[1:], strict=False):
        between = (a + timedelta(days=n) for n in range(1, (b - a).days))
        assert all(closed(day) for day in between)
