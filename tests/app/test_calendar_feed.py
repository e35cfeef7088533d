"""Alarms in every .ics, and a person's calendar subscription kept up to date in a folder."""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta

import icalendar
import pytest

from app import calendar_feed
from app.services import alarms, cycles, groups
from app.services import conversations as talks
from models import Role
from models.errors import Forbidden, Invalid, StorageError
from tests import fresh
from tests.group_helpers import form_group


def events(data: bytes) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def triggers(event: icalendar.Event) -> list[timedelta]:
    return sorted(a.decoded("TRIGGER") for a in event.walk("VALARM"))


@pytest.fixture
def world(db, owner, add_person):
    man = add_person("Manon", roles={Role.MANAGER})
    anna = add_person("Anna", manager_id=man.person_id)
    bram = add_person("Bram")
    group_id = form_group(db, anna, [anna, bram], name="Leergroep Noord")
    cycles.add_room(db, owner, "Kamer Noord")
    room = cycles.list_rooms(db, owner)[0].id
    cycles.plan_cycle(db, anna, group_id, cycles.CyclePlan(date(2027, 3, 1), time(9, 30), room))
    talks.plan_half_year(db, owner, 2027, 1)
    cid = next(r.id for r in talks.list_conversations(db, owner)
               if r.professional_id == anna.person_id)
    fresh.schedule(db, man, cid, datetime(2027, 3, 18, 10, 0), "Kantine")
    return {"man": man, "anna": anna, "bram": bram, "group": group_id, "cid": cid}


def test_a_session_has_alarms_a_day_and_an_hour_before(db, world):
    data = cycles.calendar_for_group(db, world["anna"], world["group"], "nl")
    for event in events(data).values():
        assert triggers(event) == [-timedelta(days=1), -timedelta(hours=1)]
        assert {str(a["ACTION"]) for a in event.walk("VALARM")} == {"DISPLAY"}


def test_a_conversation_has_the_alarm_the_owner_chose(db, owner, world):
    (event,) = events(talks.invite_ics(db, world["anna"], world["cid"], "nl")).values()
    assert triggers(event) == [-timedelta(days=1)]  # the default
    alarms.set_alarm_minutes(db, owner, 120)
    (event,) = events(talks.invite_ics(db, world["anna"], world["cid"], "nl")).values()
    assert triggers(event) == [-timedelta(hours=2)]
    alarms.set_alarm_minutes(db, owner, 0)
    (event,) = events(talks.invite_ics(db, world["anna"], world["cid"], "nl")).values()
    assert triggers(event) == []
    with pytest.raises(Invalid):
        alarms.set_alarm_minutes(db, owner, -5)
    with pytest.raises(Forbidden):
        alarms.set_alarm_minutes(db, world["anna"], 60)
    assert alarms.alarm_minutes(db) == 0


def test_the_subscription_holds_my_sessions_and_meetings_and_keeps_uids(db, world, tmp_path):
    anna = world["anna"]
    path = calendar_feed.write_feed(db, anna, tmp_path, "nl")
    assert path == tmp_path / f"regiestoel-{anna.person_id}.ics"
    first = events(path.read_bytes())
    assert len(first) == 5  # four sessions and the conversation
    meeting = next(e for e in first.values() if str(e.get("LOCATION")) == "Kantine")
    assert triggers(meeting) == [-timedelta(days=1)]
    # Bram (not in the conversation) sees only the sessions.
    assert len(events(calendar_feed.write_feed(db, world["bram"], tmp_path, "nl")
                      .read_bytes())) == 4
    # The meeting moves: same UID, higher SEQUENCE; the sessions stay as they were.
    fresh.schedule(db, world["man"], world["cid"], datetime(2027, 3, 19, 14, 0), "Kantine")
    second = events(calendar_feed.write_feed(db, anna, tmp_path, "nl").read_bytes())
    assert set(second) == set(first)
    uid = str(meeting["UID"])
    assert second[uid]["SEQUENCE"] > first[uid]["SEQUENCE"]
    assert second[uid].decoded("DTSTART").hour == 14
    for other in set(first) - {uid}:
        assert second[other]["SEQUENCE"] == first[other]["SEQUENCE"]


def test_a_cancelled_cycle_and_a_group_left_are_marked_cancelled_not_dropped(
        db, world, tmp_path):
    bram = world["bram"]
    first = events(calendar_feed.write_feed(db, bram, tmp_path, "nl").read_bytes())
    groups.leave_group(db, bram, world["group"])
    after = events(calendar_feed.write_feed(db, bram, tmp_path, "nl").read_bytes())
    assert set(after) == set(first)
    for uid, event in after.items():
        assert str(event["STATUS"]) == "CANCELLED"
        assert event["SEQUENCE"] > first[uid]["SEQUENCE"]
    # Written again: they stay cancelled, the SEQUENCE does not climb for nothing.
    again = events(calendar_feed.write_feed(db, bram, tmp_path, "nl").read_bytes())
    assert {u: e["SEQUENCE"] for u, e in again.items()} == {
        u: e["SEQUENCE"] for u, e in after.items()}
    anna = world["anna"]
    calendar_feed.write_feed(db, anna, tmp_path, "nl")
    cycle = cycles.cycles_of_group(db, anna, world["group"])[0]
    cycles.cancel_cycle(db, anna, cycle.id)
    sessions = [e for e in events(calendar_feed.write_feed(db, anna, tmp_path, "nl")
                                  .read_bytes()).values() if str(e.get("LOCATION")) != "Kantine"]
    assert len(sessions) == 4 and all(str(e["STATUS"]) == "CANCELLED" for e in sessions)
    assert all(not e.walk("VALARM") for e in sessions)


def test_a_folder_that_is_gone_is_a_clear_message_and_nothing_is_written(db, world, tmp_path):
    gone = tmp_path / "OneDrive" / "Agenda"
    with pytest.raises(StorageError) as problem:
        calendar_feed.write_feed(db, world["anna"], gone, "nl")
    assert problem.value.code == "calendar_folder_missing"
    from app import messages

    assert str(gone) in messages.describe(problem.value, "nl")
    assert not gone.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in read-only folders")
def test_a_read_only_folder_keeps_the_file_as_it_was(db, world, tmp_path):
    path = calendar_feed.write_feed(db, world["anna"], tmp_path, "nl")
    before = path.read_bytes()
    fresh.schedule(db, world["man"], world["cid"], datetime(2027, 3, 19, 14, 0), "Kantine")
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(StorageError) as problem:
            calendar_feed.write_feed(db, world["anna"], tmp_path, "nl")
        assert problem.value.code == "calendar_folder_read_only"
        assert path.read_bytes() == before
    finally:
        tmp_path.chmod(0o755)


def test_a_read_only_file_system_is_a_clear_message(db, world, tmp_path, monkeypatch):
    """Also as root (tests run as root in CI): the write itself is refused."""
    import errno

    path = calendar_feed.write_feed(db, world["anna"], tmp_path, "nl")
    before = path.read_bytes()

    def refuse(target, data):
        raise OSError(errno.EROFS, "Read-only file system", str(target))

    monkeypatch.setattr(calendar_feed, "write_atomic", refuse)
    with pytest.raises(StorageError) as problem:
        calendar_feed.write_feed(db, world["anna"], tmp_path, "nl")
    assert problem.value.code == "calendar_folder_read_only"
    assert path.read_bytes() == before
