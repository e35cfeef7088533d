"""Moving one session of a week cycle: another working day and time, same or next week."""

from __future__ import annotations

from datetime import date, time, timedelta

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.planning import MoveRequest, WorkCalendar, check_move, move_window
from app.services import cycles, sessions
from models import Role
from models.errors import Conflict, Forbidden, Invalid
from tests.group_helpers import form_group

# A quiet week in 2030: Monday 20 to Thursday 23 May. The next week holds Ascension Day
# (Thursday 30 May); Friday 24 May is made a closing day.
MONDAY = date(2030, 5, 20)
TODAY = date(2030, 5, 13)
ASCENSION = date(2030, 5, 30)
CLOSED = date(2030, 5, 24)
NINE = time(9)


@pytest.fixture
def planned(db, owner, add_person):
    anna, bert, cem = add_person("Anna"), add_person("Bert"), add_person("Cem")
    group_id = form_group(db, anna, [anna, bert, cem], "Storingen")
    room_id = cycles.add_room(db, owner, "Kantine").value
    cycles.add_closing_day(db, owner, CLOSED, "Brugdag")
    cycle_id = cycles.plan_cycle(db, anna, group_id,
                                 cycles.CyclePlan(MONDAY, NINE, room_id)).value
    return anna, bert, cem, group_id, room_id, cycle_id


def the_cycle(db, actor, group_id: int) -> cycles.CycleRow:
    [cycle] = cycles.cycles_of_group(db, actor, group_id)
    return cycle


def events(db, actor, group_id: int) -> dict[str, icalendar.Event]:
    data = cycles.calendar_for_group(db, actor, group_id, "nl")
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def test_a_session_moves_to_next_week_keeps_its_event_and_the_cycle_its_four_sessions(
        db, planned):
    anna, _bert, _cem, group_id, _room, _cycle_id = planned
    before = the_cycle(db, anna, group_id)
    assert [s.day for s in before.sessions] == [MONDAY + timedelta(days=n) for n in range(4)]
    ics_before = events(db, anna, group_id)
    tuesday = before.sessions[1]

    cycles.move_session(db, anna, tuesday.id, date(2030, 5, 27), time(14, 0), today=TODAY)

    after = the_cycle(db, anna, group_id)
    assert len(after.sessions) == 4
    # Shown in the order held: the moved Tuesday is now day 4, on Monday of the next week.
    assert [(s.day_number, s.day) for s in after.sessions] == [
        (1, MONDAY), (2, date(2030, 5, 22)), (3, date(2030, 5, 23)), (4, date(2030, 5, 27))]
    moved = after.sessions[3]
    assert (moved.id, moved.start_time, moved.planned_day, moved.planned_start) == (
        tuesday.id, time(14, 0), date(2030, 5, 21), NINE)
    assert [s.moved for s in after.sessions] == [False, False, False, True]

    ics_after = events(db, anna, group_id)
    assert set(ics_after) == set(ics_before)  # the same four UIDs: updated, none added
    uid = next(u for u, e in ics_before.items()
               if e.decoded("DTSTART").date() == date(2030, 5, 21))
    assert ics_after[uid].decoded("DTSTART").date() == date(2030, 5, 27)
    assert ics_after[uid].decoded("DTSTART").hour == 14
    assert int(ics_after[uid]["SEQUENCE"]) > int(ics_before[uid]["SEQUENCE"])
    assert "21-05-2030 om 09:00" in str(ics_after[uid]["DESCRIPTION"])
    # Wednesday and Thursday became day 2 and 3: their events say so, with a higher
    # SEQUENCE; Monday did not change.
    for day, sequence_up in ((MONDAY, False), (date(2030, 5, 22), True),
                             (date(2030, 5, 23), True)):
        u = next(u for u, e in ics_before.items() if e.decoded("DTSTART").date() == day)
        assert (int(ics_after[u]["SEQUENCE"]) > int(ics_before[u]["SEQUENCE"])) is sequence_up
    # The session runner gives the moved session the agenda of the day it now is.
    assert sessions.get_session(db, anna, tuesday.id, "en").day_number == 4
    assert sessions.get_session(db, anna, tuesday.id, "en").agenda.day == 4


def test_moving_back_to_where_it_was_planned_is_no_longer_a_move(db, planned):
    anna, _b, _c, group_id, _room, _cycle_id = planned
    thursday = the_cycle(db, anna, group_id).sessions[3]
    cycles.move_session(db, anna, thursday.id, date(2030, 5, 28), NINE, today=TODAY)
    cycles.move_session(db, anna, thursday.id, date(2030, 5, 23), NINE, today=TODAY)
    again = the_cycle(db, anna, group_id).sessions[3]
    assert (again.day, again.moved) == (date(2030, 5, 23), False)


@pytest.mark.parametrize(("day", "start", "code"), [
    (ASCENSION, NINE, "session_move_holiday"),
    (CLOSED, NINE, "session_move_closing_day"),
    (date(2030, 5, 25), NINE, "session_move_weekend"),
    (date(2030, 6, 3), NINE, "session_move_outside_weeks"),
    (date(2030, 5, 17), NINE, "session_move_outside_weeks"),
    (date(2030, 5, 22), time(15), "session_move_day_taken"),
    (date(2030, 5, 28), time(6, 30), "cycle_start_time_out_of_range"),
])
def test_a_move_onto_a_closed_day_or_out_of_reach_is_refused_and_nothing_changes(
        db, planned, day, start, code):
    anna, _b, _c, group_id, _room, _cycle_id = planned
    before = the_cycle(db, anna, group_id)
    ics = cycles.calendar_for_group(db, anna, group_id, "nl")
    with pytest.raises(Invalid) as refused:
        cycles.move_session(db, anna, before.sessions[1].id, day, start, today=TODAY)
    assert refused.value.code == code
    assert the_cycle(db, anna, group_id) == before
    assert _without_stamps(cycles.calendar_for_group(db, anna, group_id, "nl")) == \
        _without_stamps(ics)


def test_a_move_into_the_past_is_refused(db, planned):
    anna, _b, _c, group_id, _room, _cycle_id = planned
    wednesday = the_cycle(db, anna, group_id).sessions[2]
    with pytest.raises(Invalid) as refused:
        cycles.move_session(db, anna, wednesday.id, date(2030, 5, 21), time(15),
                            today=date(2030, 5, 22))
    assert refused.value.code == "session_move_in_past"


def test_another_groups_room_or_a_busy_member_at_that_hour_is_a_clear_refusal(
        db, owner, add_person, planned):
    anna, bert, _cem, group_id, room_id, _cycle_id = planned
    dirk, eva = add_person("Dirk"), add_person("Eva")
    other = form_group(db, dirk, [dirk, eva], "Klanten")
    cycles.plan_cycle(db, dirk, other, cycles.CyclePlan(date(2030, 5, 27), time(11), room_id))
    before = the_cycle(db, anna, group_id)
    with pytest.raises(Conflict) as refused:
        cycles.move_session(db, anna, before.sessions[0].id, date(2030, 5, 28), time(11, 30),
                            today=TODAY)
    assert refused.value.code == "session_move_room_taken"
    assert refused.value.params["room"] == "Kantine"
    # A free hour in that room is fine.
    cycles.move_session(db, anna, before.sessions[0].id, date(2030, 5, 28), time(12),
                        today=TODAY)
    # Bert is in a third group too, meeting at three without a room.
    third = form_group(db, dirk, [dirk, bert], "Bezorging")
    cycles.plan_cycle(db, dirk, third, cycles.CyclePlan(date(2030, 5, 27), time(15), None))
    moved = the_cycle(db, anna, group_id)
    with pytest.raises(Conflict) as busy:
        cycles.move_session(db, anna, before.sessions[3].id, date(2030, 5, 29), time(15, 30),
                            today=TODAY)
    assert (busy.value.code, busy.value.params["name"]) == ("session_move_person_busy", "Bert")
    assert the_cycle(db, anna, group_id) == moved


def test_only_a_planned_session_of_a_planned_cycle_is_moved_by_someone_in_the_group(
        db, owner, add_person, planned):
    anna, bert, _cem, group_id, _room, cycle_id = planned
    outsider = add_person("Olaf", roles={Role.PROFESSIONAL})
    first = the_cycle(db, anna, group_id).sessions[0]
    with pytest.raises(Forbidden):
        cycles.move_session(db, outsider, first.id, date(2030, 5, 28), NINE, today=TODAY)
    sessions.start_session(db, bert, first.id, "vergaderkamer")
    with pytest.raises(Conflict) as started:
        cycles.move_session(db, bert, first.id, date(2030, 5, 28), NINE, today=TODAY)
    assert started.value.code == "session_move_started"
    second = the_cycle(db, anna, group_id).sessions[1]
    cycles.move_session(db, bert, second.id, date(2030, 5, 28), NINE, today=TODAY)
    with db.transaction() as s:
        from models import Session as SessionModel

        s.get(SessionModel, first.id).status = "planned"
    cycles.cancel_cycle(db, anna, cycle_id)
    with pytest.raises(Conflict):
        cycles.move_session(db, anna, second.id, date(2030, 5, 29), NINE, today=TODAY)


# --- the rule itself, for any day -----------------------------------------------------------

CALENDAR = WorkCalendar(closing_days=[CLOSED])


@settings(max_examples=300)
@given(day=st.dates(date(2030, 5, 6), date(2030, 6, 16)),
       planned=st.dates(date(2030, 5, 13), date(2030, 5, 31)),
       today=st.dates(date(2030, 5, 6), date(2030, 6, 2)),
       others=st.lists(st.dates(date(2030, 5, 13), date(2030, 6, 14)), max_size=3))
def test_a_move_is_allowed_exactly_on_a_free_working_day_in_reach(day, planned, today, others):
    move = MoveRequest(day=day, start_time=NINE, minutes=60, planned_day=planned,
                       other_days=dict(enumerate(others, start=1)), today=today)
    first, last = move_window(planned)
    allowed = (CALENDAR.is_working_day(day) and first <= day <= last and day >= today
               and day not in others)
    try:
        check_move(CALENDAR, move)
    except Invalid:
        assert not allowed
    else:
        assert allowed
    assert first.weekday() == 0 and (last - first).days == 13 and first <= planned <= last


def _without_stamps(data: bytes) -> bytes:
    return b"\n".join(line for line in data.splitlines() if not line.startswith(b"DTSTAMP"))
