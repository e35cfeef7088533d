"""Exporting cycles to a calendar file that Outlook, Google and Apple can import."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import icalendar
import pytest

from app.ical import Contact, CycleEvent, CycleSession, cycles_to_ics
from models.errors import Invalid

NOW = datetime(2026, 1, 2, 12, 0, tzinfo=UTC)
UID = "c0ffee00-1234-4abc-8def-000000000001"


def cycle(*days: date, start: time = time(9), **changes: object) -> CycleEvent:
    days = days or (date(2026, 1, 12), date(2026, 1, 13), date(2026, 1, 14), date(2026, 1, 15))
    event = CycleEvent(
        uid=UID,
        sequence=0,
        group_name="Planning, zorg; en meer",
        room_name="Kamer Noord",
        sessions=[CycleSession(n, day, start, 60, "planned") for n, day in enumerate(days, 1)],
        attendees=[Contact("Anna de Vries", "anna@example.org"),
                   Contact("Bram Öztürk", "bram@example.org")],
        organiser=Contact("Olaf Eigenaar", "olaf@example.org"),
    )
    return replace(event, **changes)  # type: ignore[arg-type]


def export(*cycles: CycleEvent, language: str = "nl", now: datetime = NOW) -> icalendar.Calendar:
    data = cycles_to_ics(list(cycles), calendar_name="Leergroepen", language=language, now=now)
    return icalendar.Calendar.from_ical(data)


def test_the_file_has_one_event_per_session_at_nine_in_amsterdam():
    calendar = export(cycle())
    events = calendar.walk("VEVENT")
    assert len(events) == 4
    for event in events:
        start = event.decoded("DTSTART")
        assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
        assert start.tzinfo is not None
        assert (start.hour, start.minute) == (9, 0)
        assert start.astimezone(UTC).hour == 8  # winter: UTC+1
        assert (event.decoded("DTEND") - start).total_seconds() == 3600
    assert [e.decoded("DTSTART").date() for e in events] == [
        date(2026, 1, 12), date(2026, 1, 13), date(2026, 1, 14), date(2026, 1, 15)]


def test_a_summer_session_at_nine_is_seven_utc():
    summer = export(cycle(date(2026, 6, 8), date(2026, 6, 9), date(2026, 6, 10),
                          date(2026, 6, 11)))
    assert {e.decoded("DTSTART").astimezone(UTC).hour for e in summer.walk("VEVENT")} == {7}


def test_a_cycle_across_the_clock_change_stays_at_nine_local_time():
    # Summer time starts on Sunday 29 March 2026.
    calendar = export(cycle(date(2026, 3, 26), date(2026, 3, 27), date(2026, 3, 30),
                            date(2026, 3, 31)))
    hours = [e.decoded("DTSTART").astimezone(UTC).hour for e in calendar.walk("VEVENT")]
    assert hours == [8, 8, 7, 7]


def test_the_file_carries_the_amsterdam_time_zone():
    calendar = export(cycle())
    zones = calendar.walk("VTIMEZONE")
    assert [str(zone["TZID"]) for zone in zones] == ["Europe/Amsterdam"]
    assert {sub.name for sub in zones[0].subcomponents} >= {"STANDARD", "DAYLIGHT"}
    assert calendar.get_missing_tzids() == set()


def test_the_calendar_says_who_made_it_and_that_it_publishes():
    calendar = export(cycle())
    assert str(calendar["PRODID"]) == "-//Regiestoel//NL"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Leergroepen"


def test_each_session_reads_well_in_dutch():
    event = export(cycle()).walk("VEVENT")[1]
    assert str(event["SUMMARY"]) == "Vitale weekcyclus: Planning, zorg; en meer (dag 2 van 4)"
    assert str(event["LOCATION"]) == "Kamer Noord"
    assert "werktijd" in str(event["DESCRIPTION"])
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event.decoded("DTSTAMP") == NOW


def test_each_session_reads_well_in_english():
    event = export(cycle(), language="en").walk("VEVENT")[3]
    assert str(event["SUMMARY"]) == "Vital week cycle: Planning, zorg; en meer (day 4 of 4)"
    assert "working time" in str(event["DESCRIPTION"])


def test_the_group_and_the_organiser_are_invited_by_name():
    event = export(cycle()).events[0]
    attendees = event.attendees
    assert [str(a) for a in attendees] == ["mailto:anna@example.org", "mailto:bram@example.org"]
    assert [a.params["CN"] for a in attendees] == ["Anna de Vries", "Bram Öztürk"]
    organiser = event.organizer
    assert isinstance(organiser, icalendar.vCalAddress)
    assert str(organiser) == "mailto:olaf@example.org"
    assert organiser.params["CN"] == "Olaf Eigenaar"


def test_a_second_export_updates_the_same_events():
    first = export(cycle(), now=NOW)
    second = export(cycle(), now=datetime(2026, 1, 9, 8, 30, tzinfo=UTC))
    uids = [str(e["UID"]) for e in first.walk("VEVENT")]
    assert uids == [f"{UID}-{n}@regiestoel" for n in (1, 2, 3, 4)]
    assert [str(e["UID"]) for e in second.walk("VEVENT")] == uids


def test_the_sequence_grows_when_the_cycle_changes():
    before = export(cycle(sequence=0))
    after = export(cycle(sequence=1, start=time(10)))
    assert {e.decoded("SEQUENCE") for e in before.walk("VEVENT")} == {0}
    assert {e.decoded("SEQUENCE") for e in after.walk("VEVENT")} == {1}


def test_a_cancelled_cycle_exports_cancelled_events():
    calendar = export(cycle(cancelled=True, sequence=3))
    events = calendar.walk("VEVENT")
    assert len(events) == 4
    assert {str(e["STATUS"]) for e in events} == {"CANCELLED"}
    assert {e.decoded("SEQUENCE") for e in events} == {3}


def test_two_cycles_export_in_date_order():
    later = cycle(date(2026, 2, 2), date(2026, 2, 3), date(2026, 2, 4), date(2026, 2, 5),
                  uid="second-cycle")
    events = export(later, cycle()).walk("VEVENT")
    assert len(events) == 8
    starts = [e.decoded("DTSTART") for e in events]
    assert starts == sorted(starts)
    assert len({str(e["UID"]) for e in events}) == 8


def test_a_cycle_without_a_room_has_no_location():
    event = export(cycle(room_name=None)).walk("VEVENT")[0]
    assert "LOCATION" not in event


def test_an_empty_export_is_still_a_calendar():
    calendar = export()
    assert calendar.walk("VEVENT") == []


def test_an_unknown_language_is_refused():
    with pytest.raises(Invalid) as caught:
        cycles_to_ics([cycle()], calendar_name="x", language="de")
    assert caught.value.code == "language_unknown"


def test_plain_tuples_work_as_well_as_named_ones():
    plain = CycleEvent(
        uid=UID, sequence=0, group_name="Zorg", room_name="",
        sessions=[(1, date(2026, 1, 12), time(9), 60, "done"),
                  (2, date(2026, 1, 13), time(9), 60, "planned")],
        attendees=[("Anna de Vries", "anna@example.org")],
        organiser=("Regiestoel", ""),
    )
    events = export(plain).events
    assert [str(e["UID"]) for e in events] == [f"{UID}-1@regiestoel", f"{UID}-2@regiestoel"]
    assert [str(a) for a in events[0].attendees] == ["mailto:anna@example.org"]
    # No e-mail address: no ORGANIZER line rather than an empty "mailto:".
    assert "ORGANIZER" not in events[0]
    assert "LOCATION" not in events[0]
