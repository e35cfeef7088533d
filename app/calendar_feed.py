"""A person's calendar subscription: one .ics file in a folder they chose, kept up to date.

Outlook, Thunderbird or a phone that syncs the folder subscribe to the file once. Every
event keeps its UID; a change raises its SEQUENCE (the services do that); an event that
left the plan (a cycle of a group the person left, a meeting called off) stays in the file
as STATUS:CANCELLED with a higher SEQUENCE, so calendars remove it instead of keeping it.
"""

from __future__ import annotations

import errno
import os
from datetime import UTC, date, datetime
from pathlib import Path

from icalendar import Calendar, Component, Event, Timezone

from app.access import Actor
from app.db import Database
from app.files import write_atomic
from app.ical import PRODID, TZID
from models.errors import StorageError


def file_name(person_id: int) -> str:
    return f"regiestoel-{person_id}.ics"


def _previous(path: Path) -> dict[str, Component]:
    """The events of the file as written last time, by UID (none when absent or unreadable:
    a damaged file is simply written anew)."""
    try:
        calendar = Calendar.from_ical(path.read_bytes())
    except (OSError, ValueError):
        return {}
    return {str(e["UID"]): e for e in calendar.walk("VEVENT") if "UID" in e}


def _cancelled(old: Component, stamp: datetime) -> Component:
    """A left-over event marked cancelled, one SEQUENCE up (once: already cancelled stays)."""
    if str(old.get("STATUS", "")).upper() == "CANCELLED":
        return old
    event = Event()
    for key in ("UID", "DTSTART", "DTEND", "SUMMARY", "LOCATION"):
        if key in old:
            event.add(key.lower(), old.decoded(key) if key in ("DTSTART", "DTEND") else old[key])
    event.add("sequence", int(old.get("SEQUENCE", 0)) + 1)
    event.add("dtstamp", stamp)
    event.add("status", "CANCELLED")
    return event


_COMPARED = ("DTSTART", "DTEND", "STATUS", "LOCATION", "SUMMARY", "DESCRIPTION")


def _keep_sequence_rising(event: Component, old: Component | None) -> None:
    """Never below what the file said before, and above it when the event changed (so a
    calendar takes the change even when the record's own counter did not move)."""
    if old is None:
        return
    before, now = int(old.get("SEQUENCE", 0)), int(event.get("SEQUENCE", 0))
    changed = any(old.get(k) != event.get(k) if k not in ("DTSTART", "DTEND") else
                  (old.decoded(k) if k in old else None) != (event.decoded(k) if k in event
                                                               else None)
                  for k in _COMPARED)
    wanted = max(now, before + 1) if changed else max(now, before)
    if wanted != now:
        event.pop("SEQUENCE", None)
        event.add("sequence", wanted)


def person_calendar(db: Database, actor: Actor, language: str, *,
                    previous: dict[str, Component] | None = None,
                    now: datetime | None = None) -> bytes:
    """My sessions and my conversations' meetings as one calendar (METHOD:PUBLISH), plus
    what ``previous`` held that is no longer planned, marked cancelled."""
    from app.services import conversations, cycles

    assert actor.person_id is not None
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    sessions = Calendar.from_ical(
        cycles.calendar_for_person(db, actor, actor.person_id, language))
    events: list[Component] = list(sessions.walk("VEVENT"))
    events += conversations.meeting_events(db, actor, language, now=stamp)
    for event in events:
        _keep_sequence_rising(event, (previous or {}).get(str(event["UID"])))
    current = {str(e["UID"]) for e in events}
    events += [_cancelled(old, stamp) for uid, old in sorted((previous or {}).items())
               if uid not in current]
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Regiestoel")
    years = [e.decoded("DTSTART").year for e in events if "DTSTART" in e]
    if years:
        calendar.add_component(Timezone.from_tzid(
            TZID, first_date=date(min(years), 1, 1), last_date=date(max(years) + 1, 1, 1)))
    for event in sorted(events, key=lambda e: (str(e.get("DTSTART").dt)
                                               if "DTSTART" in e else "", str(e["UID"]))):
        calendar.add_component(event)
    return calendar.to_ical()


def write_feed(db: Database, actor: Actor, folder: Path, language: str, *,
               now: datetime | None = None) -> Path:
    """Write (or bring up to date) the person's file in ``folder``. A folder that is gone
    or read-only is a ``StorageError`` with its path; the file there stays as it was."""
    assert actor.person_id is not None
    if not folder.is_dir():
        raise StorageError("calendar_folder_missing", path=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError("calendar_folder_read_only", path=str(folder))
    target = folder / file_name(actor.person_id)
    data = person_calendar(db, actor, language, previous=_previous(target), now=now)
    try:
        write_atomic(target, data)  # complete or not at all: a syncing phone never sees half
    except PermissionError as exc:
        raise StorageError("calendar_folder_read_only", path=str(folder)) from exc
    except FileNotFoundError as exc:
        raise StorageError("calendar_folder_missing", path=str(folder)) from exc
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES):
            raise StorageError("calendar_folder_read_only", path=str(folder)) from exc
        raise StorageError("calendar_folder_failed", path=str(folder), detail=str(exc)) from exc
    return target
