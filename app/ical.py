"""iCalendar export of vital week cycles: one event per session, in Amsterdam time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone, vCalAddress

from app.planning import CYCLE_DAYS
from models.errors import Invalid

TZID = "Europe/Amsterdam"
PRODID = "-//Regiestoel//NL"
# Alarms a calendar program shows before a session: the day before and an hour before.
SESSION_ALARMS = (timedelta(days=1), timedelta(hours=1))

# Words inside the exported file (read by calendar programs), not UI text.
_TEXTS = {
    "nl": {
        "summary": "Vitale weekcyclus: {group} (dag {day} van {days})",
        "description": "Een uur samen leren in werktijd, met aandacht voor energie en betekenis.",
        "moved": "Verplaatst; eerst gepland op {day} om {time}.",
    },
    "en": {
        "summary": "Vital week cycle: {group} (day {day} of {days})",
        "description": "One hour of learning together in working time, "
                       "with attention to energy and meaning.",
        "moved": "Moved; first planned on {day} at {time}.",
    },
}


class CycleSession(NamedTuple):
    """One session of a cycle; its status does not change the event (a done one stays).

    ``day_number`` names the event (its UID) for good; ``position`` is the day shown in the
    summary ("day 2 of 4"), its place in the order held (``day_number`` when not given).
    ``sequence`` is added to the cycle's: a moved session's event goes up on its own.
    ``planned_day`` and ``planned_start`` say where a moved session was first planned.
    A plain tuple ``(day_number, day, start_time, minutes, status)`` works as well.
    """

    day_number: int
    day: date
    start_time: time
    minutes: int
    status: str
    sequence: int = 0
    position: int | None = None
    planned_day: date | None = None
    planned_start: time | None = None


class Contact(NamedTuple):
    """A person in the invitation; a plain ``(name, email)`` tuple works as well."""

    name: str
    email: str


SessionTuple = CycleSession | tuple[int, date, time, int, str]
ContactTuple = tuple[str, str]


@dataclass(frozen=True)
class CycleEvent:
    """What a cycle needs for the export. ``uid`` is the cycle's stored, unchanging UID."""

    uid: str
    sequence: int
    group_name: str
    room_name: str | None
    sessions: Sequence[SessionTuple]
    attendees: Sequence[ContactTuple]
    organiser: ContactTuple | None
    cancelled: bool = False


def session_uid(cycle_uid: str, day_number: int) -> str:
    """The same UID on every export, so a calendar updates the event instead of adding one."""
    return f"{cycle_uid}-{day_number}@regiestoel"


def _address(contact: ContactTuple) -> vCalAddress | None:
    name, email = contact
    if not email:
        return None  # "mailto:" without an address makes calendar programs stumble
    address = vCalAddress(f"mailto:{email}")
    if name:
        address.params["CN"] = name
    return address


def add_alarms(event: Event, before: Sequence[timedelta], description: str) -> None:
    """A display alarm (VALARM) per lead time, relative to the event's start."""
    for lead in before:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", description)
        alarm.add("trigger", -lead)
        event.add_component(alarm)


def _event(cycle: CycleEvent, session: CycleSession, zone: ZoneInfo, stamp: datetime,
           texts: dict[str, str]) -> Event:
    start = datetime.combine(session.day, session.start_time, tzinfo=zone)
    event = Event()
    event.add("uid", session_uid(cycle.uid, session.day_number))
    # Above every earlier export of this event: the cycle's changes plus this session's own.
    event.add("sequence", cycle.sequence + session.sequence)
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    # Wall-clock arithmetic: an hour stays an hour on the day the clocks change.
    event.add("dtend", start + timedelta(minutes=session.minutes))
    event.add("summary", texts["summary"].format(
        group=cycle.group_name, day=session.position or session.day_number, days=CYCLE_DAYS))
    description = texts["description"]
    if session.planned_day is not None:
        planned = session.planned_start or session.start_time
        description += "\n" + texts["moved"].format(
            day=session.planned_day.strftime("%d-%m-%Y"), time=planned.strftime("%H:%M"))
    event.add("description", description)
    if cycle.room_name:
        event.add("location", cycle.room_name)
    organiser = _address(cycle.organiser) if cycle.organiser is not None else None
    if organiser is not None:
        event.add("organizer", organiser)
    for attendee in cycle.attendees:
        address = _address(attendee)
        if address is not None:
            event.add("attendee", address)
    event.add("status", "CANCELLED" if cycle.cancelled else "CONFIRMED")
    if not cycle.cancelled and session.status == "planned":
        add_alarms(event, SESSION_ALARMS, str(event["summary"]))
    return event


def cycles_to_ics(
    cycles: Sequence[CycleEvent],
    *,
    calendar_name: str,
    language: str,
    now: datetime | None = None,
) -> bytes:
    """An .ics file (METHOD:PUBLISH) with one VEVENT per session and a VTIMEZONE.

    A cancelled cycle keeps its events with STATUS:CANCELLED, so a calendar that imported
    it before removes or strikes them. ``now`` (UTC) is the DTSTAMP; tests pass a fixed one.
    """
    texts = _TEXTS.get(language)
    if texts is None:
        raise Invalid("language_unknown", field="language")
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", calendar_name)
    calendar.add("x-wr-calname", calendar_name)

    sessions = [(cycle, CycleSession(*session)) for cycle in cycles
                for session in cycle.sessions]
    if sessions:
        days = [session[1] for _, session in sessions]
        # Only the years in use: a short VTIMEZONE instead of transitions from 1970 to 2038.
        # from_tzid (not add_missing_timezones) raises when tzdata is missing instead of
        # silently leaving the zone out.
        calendar.add_component(Timezone.from_tzid(
            TZID, first_date=date(min(days).year, 1, 1), last_date=date(max(days).year + 1, 1, 1)))
    zone = ZoneInfo(TZID)
    for cycle, session in sorted(sessions, key=lambda pair: (pair[1][1], pair[1][2],
                                                             pair[0].uid, pair[1][0])):
        calendar.add_component(_event(cycle, session, zone, stamp, texts))
    return calendar.to_ical()
