"""Running a session: one laptop at a time, attendance, actions, and learning hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from app.services import actions, hours, sessions
from app.services.sessions import AttendanceInput, SessionRecord
from models import Cycle, Session, SessionStatus
from models.errors import Conflict, Forbidden, Invalid
from tests import fresh
from tests.group_helpers import form_group


@pytest.fixture
def planned(db, owner, add_person):
    """A group of three with a cycle of four sessions starting today."""
    a, b, c = add_person("Anna"), add_person("Bert"), add_person("Cem")
    outsider = add_person("Olaf")
    group_id = form_group(db, a, [a, b, c], "G")
    with db.transaction() as s:
        cycle = Cycle(group_id=group_id, start_time=time(9), uid="test-cycle")
        cycle.sessions = [Session(day_number=n, day=date.today() + timedelta(days=n - 1),
                                  start_time=time(9)) for n in range(1, 5)]
        s.add(cycle)
        s.flush()
        first = cycle.sessions[0].id
    return a, b, c, outsider, first


def test_the_session_shows_the_agenda_of_its_day(db, planned):
    a, _b, _c, _o, first = planned
    view = sessions.get_session(db, a, first, "nl")
    assert view.day_number == 1 and view.agenda.total_minutes == 60
    assert view.agenda.blocks[0].key == "checkin"
    assert [p.name for p in view.participants] == ["Anna", "Bert", "Cem"]


def test_a_session_started_on_another_laptop_is_refused_with_where(db, planned):
    a, b, _c, _o, first = planned
    sessions.start_session(db, a, first, "vergaderkamer-laptop")
    with pytest.raises(Conflict) as err:
        sessions.start_session(db, b, first, "laptop-bert")
    assert err.value.code == "session_running_elsewhere"
    assert err.value.params["where"] == "vergaderkamer-laptop"
    # The same laptop may pick it up again.
    sessions.start_session(db, b, first, "vergaderkamer-laptop")


def test_a_session_left_running_by_a_crashed_laptop_can_be_taken_over(db, planned):
    a, b, _c, _o, first = planned
    long_ago = datetime.now(UTC) - timedelta(hours=5)
    sessions.start_session(db, a, first, "oude-laptop", now=long_ago)
    sessions.start_session(db, b, first, "nieuwe-laptop")


def test_finishing_logs_an_hour_for_everyone_present_once(db, planned):
    a, b, c, _o, first = planned
    sessions.start_session(db, a, first, "laptop")
    record = SessionRecord(
        notes="We hebben vragen verzameld.", summary="Goede start",
        attendance={a.person_id: AttendanceInput(True, 4, 5),
                    b.person_id: AttendanceInput(True, 3, 3),
                    c.person_id: AttendanceInput(False)})
    sessions.save_progress(db, a, first, record)
    sessions.finish_session(db, a, first, record)
    assert hours.hours_of(db, a, a.person_id).minutes_in_working_time == 60
    assert hours.hours_of(db, b, b.person_id).minutes_in_working_time == 60
    assert hours.hours_of(db, c, c.person_id).minutes_in_working_time == 0
    with pytest.raises(Conflict):
        sessions.finish_session(db, a, first, record)
    view = sessions.get_session(db, b, first, "en")
    assert view.attendance[a.person_id].energy == 4 and view.summary == "Goede start"


def test_ratings_outside_one_to_five_are_refused_and_nothing_is_saved(db, planned):
    a, _b, _c, _o, first = planned
    with pytest.raises(Invalid):
        sessions.save_progress(db, a, first, SessionRecord(
            notes="kwijt?", attendance={a.person_id: AttendanceInput(True, 7, 3)}))
    assert sessions.get_session(db, a, first, "nl").notes == ""


def test_actions_from_a_session_appear_with_their_owner(db, planned):
    a, b, _c, _o, first = planned
    sessions.add_action(db, a, first, "Belrooster maken", b.person_id,
                        date.today() + timedelta(days=3))
    mine = actions.my_open_actions(db, b)
    assert [x.title for x in mine] == ["Belrooster maken"]
    from models import ActionStatus

    fresh.set_action_status(db, b, mine[0].id, ActionStatus.DONE)
    assert actions.my_open_actions(db, b) == []


def test_someone_outside_the_group_cannot_open_or_run_the_session(db, planned):
    _a, _b, _c, outsider, first = planned
    with pytest.raises(Forbidden):
        sessions.get_session(db, outsider, first, "nl")
    with pytest.raises(Forbidden):
        sessions.start_session(db, outsider, first, "laptop")


def test_a_session_finished_early_logs_the_minutes_spent(db, planned):
    """Issue 18: finishing after a few minutes logged a full hour for everyone."""
    a, b, c, _o, first = planned
    sessions.start_session(db, a, first, "laptop")
    record = SessionRecord(attendance={a.person_id: AttendanceInput(True),
                                       b.person_id: AttendanceInput(True),
                                       c.person_id: AttendanceInput(False)})
    with pytest.raises(Invalid):
        sessions.finish_session(db, a, first, record, minutes=0)
    assert sessions.get_session(db, a, first, "en").status is not SessionStatus.DONE
    sessions.finish_session(db, a, first, record, minutes=25)
    assert hours.hours_of(db, a, a.person_id).minutes_in_working_time == 25
    assert hours.hours_of(db, b, b.person_id).minutes_in_working_time == 25
