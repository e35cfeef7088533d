"""Running a session of a week cycle: start it, keep attendance and notes, finish it.

Finishing logs one learning hour per person present, in working time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.access import Actor
from app.changes import Area, Changes
from app.content import DayAgenda
from app.db import Database
from app.personal_copy.outbox import offline_operation
from app.policy import Op
from app.services import agendas, groups
from app.services.actions import ActionRow, new_action
from app.services.cycles import position_of
from app.validation import clean_text
from models import (
    Action,
    Attendance,
    Cycle,
    CycleStatus,
    LearningGroup,
    LearningHours,
    Person,
    Room,
    SessionStatus,
)
from models import Session as SessionModel
from models.base import utcnow
from models.errors import Conflict, Invalid, NotFound

# A session left "running" longer than this (a crashed laptop) may be taken over.
STALE_AFTER = timedelta(hours=3)


@dataclass(frozen=True)
class Participant:
    id: int
    name: str
    is_guide: bool


@dataclass
class AttendanceInput:
    present: bool = True
    energy: int | None = None
    meaning: int | None = None


@dataclass(frozen=True)
class SessionView:
    id: int
    cycle_id: int
    group_id: int
    group_name: str
    day_number: int
    day: date
    start_time: time
    minutes: int
    status: SessionStatus
    room_name: str
    participants: tuple[Participant, ...]
    agenda: DayAgenda
    notes: str
    summary: str
    attendance: dict[int, AttendanceInput]
    actions: tuple[ActionRow, ...]
    started_on: str
    started_at: datetime | None
    version_id: int


@dataclass
class SessionRecord:
    """What the runner hands in when it saves or finishes."""

    notes: str = ""
    summary: str = ""
    attendance: dict[int, AttendanceInput] = field(default_factory=dict)


def _load(s: Session, actor: Actor, session_id: int, op: Op = Op.CHANGE
          ) -> tuple[SessionModel, Cycle, LearningGroup]:
    session = s.get(SessionModel, session_id)
    if session is None:
        raise NotFound("session_not_found")
    cycle = s.get(Cycle, session.cycle_id)
    assert cycle is not None
    group = groups.require_participant(s, actor, cycle.group_id, op)
    return session, cycle, group


def get_session(db: Database, actor: Actor, session_id: int, language: str) -> SessionView:
    with db.read() as s:
        session, cycle, group = _load(s, actor, session_id, Op.READ)
        room = s.get(Room, cycle.room_id) if cycle.room_id else None
        people = [Participant(m.id, m.name, False) for m in group.members]
        if group.guide is not None and group.guide_id not in {p.id for p in people}:
            people.append(Participant(group.guide.id, group.guide.name, True))
        names = dict(s.execute(select(Person.id, Person.name)).all())
        actions = tuple(
            ActionRow(a.id, a.title, a.owner_id, names.get(a.owner_id, ""), a.due,
                      a.status, a.session_id, a.version_id)  # type: ignore[arg-type]
            for a in s.scalars(select(Action).where(Action.session_id == session.id)
                               .order_by(Action.id))
        )
        attendance = {a.person_id: AttendanceInput(a.present, a.energy, a.meaning)
                      for a in session.attendance}
        # The day of the cycle in the order held: a moved session takes that day's agenda.
        day_number = position_of(cycle, session)
        view = SessionView(
            id=session.id, cycle_id=cycle.id, group_id=group.id, group_name=group.name,
            day_number=day_number, day=session.day, start_time=session.start_time,
            minutes=session.minutes, status=SessionStatus(session.status),
            room_name=room.name if room else "", participants=tuple(people),
            agenda=agendas.agenda_for_day(db, language, day_number),
            notes=session.notes, summary=session.summary, attendance=attendance,
            actions=actions, started_on=session.started_on, started_at=session.started_at,
            version_id=session.version_id,
        )
    return view


@offline_operation("sessions.start_session")
def start_session(db: Database, actor: Actor, session_id: int, where: str, *,
                  now: datetime | None = None) -> Changes:
    """Mark a session running on this laptop; a second laptop is told where it runs."""
    moment = now or utcnow()
    with db.transaction() as s:
        session, cycle, _group = _load(s, actor, session_id)
        if cycle.status != CycleStatus.PLANNED.value:
            raise Conflict("cycle_not_found")
        if session.status == SessionStatus.DONE.value:
            raise Conflict("session_already_done")
        started = session.started_at
        running_elsewhere = (
            session.status == SessionStatus.RUNNING.value
            and session.started_on != where
            and started is not None
            and moment - started < STALE_AFTER
        )
        if running_elsewhere and started is not None:
            raise Conflict("session_running_elsewhere", where=session.started_on,
                           time=started.astimezone().strftime("%H:%M"))
        if session.status != SessionStatus.RUNNING.value or session.started_on != where:
            session.status = SessionStatus.RUNNING.value
            session.started_at = moment
            session.started_by = actor.person_id
            session.started_on = where
    return Changes.of(Area.SESSIONS, ids=(session_id,))


def _apply_record(session: SessionModel, record: SessionRecord, participants: set[int]) -> None:
    session.notes = clean_text(record.notes, "notes", max_length=50_000, multiline=True)
    session.summary = clean_text(record.summary, "summary", max_length=10_000, multiline=True)
    existing = {a.person_id: a for a in session.attendance}
    for person_id, given in record.attendance.items():
        if person_id not in participants:
            raise Invalid("group_member_unknown", field="attendance")
        for value in (given.energy, given.meaning):
            if value is not None and not 1 <= value <= 5:
                raise Invalid("rating_out_of_range", field="rating")
        row = existing.get(person_id)
        if row is None:
            row = Attendance(person_id=person_id)
            session.attendance.append(row)
        row.present, row.energy, row.meaning = given.present, given.energy, given.meaning


def _participants(group: LearningGroup) -> set[int]:
    ids = {m.id for m in group.members}
    return ids | ({group.guide_id} if group.guide_id else set())


@offline_operation("sessions.save_progress")
def save_progress(db: Database, actor: Actor, session_id: int, record: SessionRecord
                  ) -> Changes:
    """Saved as the session goes, so nothing is lost if the laptop goes off."""
    with db.transaction() as s:
        session, _cycle, group = _load(s, actor, session_id)
        if session.status == SessionStatus.DONE.value:
            raise Conflict("session_already_done")
        _apply_record(session, record, _participants(group))
    return Changes.of(Area.SESSIONS, ids=(session_id,))


@offline_operation("sessions.add_action")
def add_action(db: Database, actor: Actor, session_id: int, title: str, owner_id: int,
               due: date | None) -> Changes:
    with db.transaction() as s:
        session, _cycle, group = _load(s, actor, session_id)
        if owner_id not in _participants(group):
            raise Invalid("group_member_unknown", field="owner")
        action = new_action(title, owner_id, due, actor.person_id, session_id=session.id)
        s.add(action)
        s.flush()
        new_id = action.id
    return Changes.of(Area.ACTIONS, Area.SESSIONS, ids=(new_id,), value=new_id)


# Counted for a session finished early: never more than a long working day.
MOST_SESSION_MINUTES = 240


@offline_operation("sessions.finish_session")
def finish_session(db: Database, actor: Actor, session_id: int, record: SessionRecord,
                   *, minutes: int | None = None) -> Changes:
    """Close the session and log its time as learning in working time per person present:
    the planned time, or ``minutes`` when the group says it took less (or more)."""
    if minutes is not None and not 1 <= minutes <= MOST_SESSION_MINUTES:
        raise Invalid("session_minutes_out_of_range", field="minutes",
                      most=MOST_SESSION_MINUTES)
    with db.transaction() as s:
        session, _cycle, group = _load(s, actor, session_id)
        if session.status == SessionStatus.DONE.value:
            raise Conflict("session_already_done")
        _apply_record(session, record, _participants(group))
        session.status = SessionStatus.DONE.value
        session.ended_at = utcnow()
        if session.started_at is None:
            session.started_at = session.ended_at
            session.started_by = actor.person_id
        s.flush()
        logged = {h.person_id for h in s.scalars(
            select(LearningHours).where(LearningHours.source == "session",
                                        LearningHours.source_id == session.id))}
        for a in session.attendance:
            if a.present and a.person_id not in logged:
                s.add(LearningHours(person_id=a.person_id, day=session.day,
                                    minutes=session.minutes if minutes is None else minutes,
                                    in_working_time=True,
                                    source="session", source_id=session.id))
    return Changes.of(Area.SESSIONS, Area.HOURS, Area.CYCLES, ids=(session_id,))
