"""Vital week cycles: rooms and closing days, planning four sessions, moving one of them,
and calendar export."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app import policy
from app.access import Actor, Operation, require
from app.changes import Area, Changes
from app.db import Database
from app.personal_copy.outbox import online_only
from app.policy import Kind, Op
from app.services import groups as group_service
from app.validation import clean_text
from models import ClosingDay, Cycle, CycleStatus, LearningGroup, Person, Room, SessionStatus
from models import Session as SessionModel
from models.errors import Conflict, Invalid, NotFound

if TYPE_CHECKING:  # planning pulls in the holidays package: imported when first planning
    from app.ical import CycleEvent
    from app.planning import Busy, MoveRequest, SlotRequest, Suggestion, WorkCalendar

SESSION_MINUTES = 60


@dataclass(frozen=True)
class RoomRow:
    id: int
    name: str


@dataclass(frozen=True)
class ClosingDayRow:
    day: date
    description: str


@dataclass(frozen=True)
class SessionRow:
    """``day_number`` is the session's place in the order the cycle's sessions are held
    (1–4); a moved session keeps where it was first planned in ``planned_day`` and
    ``planned_start``."""

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
    planned_day: date | None = None
    planned_start: time | None = None

    @property
    def moved(self) -> bool:
        return self.planned_day is not None


@dataclass(frozen=True)
class CycleRow:
    id: int
    group_id: int
    room_name: str
    start_time: time
    status: CycleStatus
    sessions: tuple[SessionRow, ...]

    @property
    def first_day(self) -> date:
        return self.sessions[0].day

    @property
    def done(self) -> bool:
        return all(s.status is SessionStatus.DONE for s in self.sessions)


@dataclass(frozen=True)
class CyclePlan:
    """What the person planning asks for: from when, at what time, where."""

    earliest: date
    start_time: time
    room_id: int | None
    latest_first_day: date | None = None


# --- rooms and closing days (settings) ------------------------------------------------------


def list_rooms(db: Database, actor: Actor) -> list[RoomRow]:
    with db.read() as s:
        stmt = select(Room).where(Room.archived.is_(False)).order_by(Room.name)
        return [RoomRow(r.id, r.name) for r in s.scalars(stmt)]


@online_only()
def add_room(db: Database, actor: Actor, name: str) -> Changes:
    require(actor, Operation.MANAGE_SETTINGS)
    clean = clean_text(name, "room", max_length=120, required=True)
    with db.transaction() as s:
        if any(n.casefold() == clean.casefold() for n in s.scalars(select(Room.name))):
            raise Conflict("room_name_taken", field="room", name=clean)
        room = Room(name=clean)
        s.add(room)
        s.flush()
        new_id = room.id
    return Changes.of(Area.ORGANISATION, ids=(new_id,), value=new_id)


@online_only()
def remove_room(db: Database, actor: Actor, room_id: int) -> Changes:
    """Rooms used by cycles stay in their history: they are archived, not deleted."""
    require(actor, Operation.MANAGE_SETTINGS)
    with db.transaction() as s:
        room = s.get(Room, room_id)
        if room is None:
            raise NotFound("room_not_found")
        room.archived = True
    return Changes.of(Area.ORGANISATION, ids=(room_id,))


def list_closing_days(db: Database, actor: Actor, year: int | None = None
                      ) -> list[ClosingDayRow]:
    with db.read() as s:
        stmt = select(ClosingDay).order_by(ClosingDay.day)
        if year is not None:
            stmt = stmt.where(ClosingDay.day >= date(year, 1, 1),
                              ClosingDay.day <= date(year, 12, 31))
        return [ClosingDayRow(c.day, c.description) for c in s.scalars(stmt)]


@online_only()
def add_closing_day(db: Database, actor: Actor, day: date, description: str = "") -> Changes:
    require(actor, Operation.MANAGE_SETTINGS)
    clean = clean_text(description, "description", max_length=120)
    with db.transaction() as s:
        existing = s.get(ClosingDay, day)
        if existing is None:
            s.add(ClosingDay(day=day, description=clean))
        else:
            existing.description = clean
    return Changes.of(Area.ORGANISATION)


MAX_CLOSING_RANGE_DAYS = 366


@dataclass(frozen=True)
class ClosedPeriod:
    first: date
    last: date
    description: str


def closed_periods(days: list[ClosingDayRow]) -> list[ClosedPeriod]:
    """Closing days as the owner entered them: days in a row with the same description (a
    weekend in between does not break the row) are one period."""
    periods: list[ClosedPeriod] = []
    for row in sorted(days, key=lambda r: r.day):
        if periods:
            last = periods[-1]
            gap = [last.last + timedelta(days=n) for n in range(1, (row.day - last.last).days)]
            if row.description == last.description and all(d.weekday() >= 5 for d in gap):
                periods[-1] = ClosedPeriod(last.first, row.day, last.description)
                continue
        periods.append(ClosedPeriod(row.day, row.day, row.description))
    return periods


@online_only()
def add_closing_days(db: Database, actor: Actor, first: date, last: date,
                     description: str = "") -> Changes:
    """A closed period (a three-week *bouwvak*) in one step: every weekday from ``first`` to
    ``last``; weekends are closed anyway, so they do not fill the list. One day alone is
    stored even on a weekend, as asked."""
    require(actor, Operation.MANAGE_SETTINGS)
    clean = clean_text(description, "description", max_length=120)
    if last < first:
        raise Invalid("closing_range_reversed", field="closing_until")
    if (last - first).days >= MAX_CLOSING_RANGE_DAYS:
        raise Invalid("closing_range_too_long", field="closing_until",
                      days=MAX_CLOSING_RANGE_DAYS)
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    if len(days) > 1:
        days = [d for d in days if d.weekday() < 5]
    with db.transaction() as s:
        existing = {c.day: c for c in s.scalars(
            select(ClosingDay).where(ClosingDay.day >= first, ClosingDay.day <= last))}
        for day in days:
            if day in existing:
                existing[day].description = clean
            else:
                s.add(ClosingDay(day=day, description=clean))
    return Changes.of(Area.ORGANISATION, value=len(days))


@online_only()
def remove_closing_days(db: Database, actor: Actor, first: date, last: date) -> Changes:
    """Open a closed period again: every closing day from ``first`` to ``last``."""
    require(actor, Operation.MANAGE_SETTINGS)
    with db.transaction() as s:
        for found in s.scalars(select(ClosingDay).where(ClosingDay.day >= first,
                                                        ClosingDay.day <= last)):
            s.delete(found)
    return Changes.of(Area.ORGANISATION)


@online_only()
def remove_closing_day(db: Database, actor: Actor, day: date) -> Changes:
    require(actor, Operation.MANAGE_SETTINGS)
    with db.transaction() as s:
        existing = s.get(ClosingDay, day)
        if existing is not None:
            s.delete(existing)
    return Changes.of(Area.ORGANISATION)


# --- planning ------------------------------------------------------------------------------


def _calendar(s: Session) -> WorkCalendar:
    from app.planning import WorkCalendar

    return WorkCalendar(closing_days=list(s.scalars(select(ClosingDay.day))))


def _busy(s: Session, participants: set[int], room_id: int | None, start: date, end: date,
          exclude_session: int | None = None) -> list[Busy]:
    """Sessions already planned for these people or this room in the period."""
    from app.planning import Busy

    stmt = (
        select(SessionModel, Cycle, LearningGroup)
        .join(Cycle, Cycle.id == SessionModel.cycle_id)
        .join(LearningGroup, LearningGroup.id == Cycle.group_id)
        .where(Cycle.status == CycleStatus.PLANNED.value, SessionModel.day >= start,
               SessionModel.day <= end)
    )
    busy: list[Busy] = []
    for session, cycle, group in s.execute(stmt).all():
        if session.id == exclude_session:
            continue
        begin = session.start_time
        finish = (datetime.combine(session.day, begin)
                  + timedelta(minutes=session.minutes)).time()
        people = group_service.participant_ids(group)
        for person_id in people & participants:
            busy.append(Busy(person_id=person_id, room_id=None, day=session.day, start=begin,
                             end=finish))
        if room_id is not None and cycle.room_id == room_id:
            busy.append(Busy(person_id=None, room_id=room_id, day=session.day, start=begin,
                             end=finish))
    return busy


def _request(s: Session, group: LearningGroup, plan: CyclePlan) -> SlotRequest:
    from app.planning import SlotRequest

    if plan.room_id is not None:
        room = s.get(Room, plan.room_id)
        if room is None or room.archived:
            raise Invalid("room_not_found", field="room")
    participants = group_service.participant_ids(group)
    for member in group.members:
        if member.archived_at is not None:
            raise Invalid("group_member_archived", field="members", name=member.name)
    return SlotRequest(earliest=plan.earliest, start_time=plan.start_time,
                       minutes=SESSION_MINUTES, room_id=plan.room_id,
                       participant_ids=frozenset(participants),
                       latest_first_day=plan.latest_first_day)


def _horizon(plan: CyclePlan) -> date:
    last = plan.latest_first_day or plan.earliest + timedelta(weeks=8)
    return last + timedelta(days=14)


@online_only()
def plan_cycle(db: Database, actor: Actor, group_id: int, plan: CyclePlan) -> Changes:
    """Four consecutive working days, one hour at the same time, in a room; no one double."""
    from app.planning import plan_cycle as find_days

    with db.transaction() as s:
        group = group_service.require_participant(s, actor, group_id, Op.CHANGE)
        request = _request(s, group, plan)
        busy = _busy(s, set(request.participant_ids), plan.room_id, plan.earliest,
                     _horizon(plan))
        days = find_days(_calendar(s), request, busy)
        cycle = Cycle(group_id=group_id, room_id=plan.room_id, start_time=plan.start_time,
                      uid=str(uuid.uuid4()), created_by=actor.person_id)
        cycle.sessions = [
            SessionModel(day_number=n, day=d, start_time=plan.start_time,
                         minutes=SESSION_MINUTES)
            for n, d in enumerate(days, start=1)
        ]
        s.add(cycle)
        s.flush()
        new_id = cycle.id
    return Changes.of(Area.CYCLES, Area.GROUPS, ids=(new_id,), value=new_id)


def suggest_slots(db: Database, actor: Actor, group_id: int, plan: CyclePlan, count: int = 3
                  ) -> list[Suggestion]:
    """The next free four-day runs when the asked one does not fit."""
    from app.planning import suggest_slots as suggest

    with db.read() as s:
        group = group_service.require_participant(s, actor, group_id)
        request = _request(s, group, plan)
        busy = _busy(s, set(request.participant_ids), plan.room_id, plan.earliest,
                     _horizon(plan))
        return list(suggest(_calendar(s), request, busy, count=count))


@online_only()
def cancel_cycle(db: Database, actor: Actor, cycle_id: int) -> Changes:
    with db.transaction() as s:
        cycle = s.get(Cycle, cycle_id)
        if cycle is None:
            raise NotFound("cycle_not_found")
        group_service.require_participant(s, actor, cycle.group_id, Op.CHANGE)
        if any(x.status != SessionStatus.PLANNED.value for x in cycle.sessions):
            raise Conflict("session_already_done")
        cycle.status = CycleStatus.CANCELLED.value
        cycle.sequence += 1  # calendars that imported it see the cancellation as an update
        group_id = cycle.group_id
    return Changes.of(Area.CYCLES, Area.GROUPS, ids=(cycle_id, group_id))


def position_of(cycle: Cycle, session: SessionModel) -> int:
    """Which day of the cycle a session is (1–4): its place in the order they are held."""
    return [x.id for x in cycle.sessions].index(session.id) + 1


def _session_row(x: SessionModel, cycle: Cycle, group: LearningGroup, room: str) -> SessionRow:
    return SessionRow(id=x.id, cycle_id=cycle.id, group_id=group.id, group_name=group.name,
                      day_number=position_of(cycle, x), day=x.day, start_time=x.start_time,
                      minutes=x.minutes, status=SessionStatus(x.status), room_name=room,
                      planned_day=x.planned_day, planned_start=x.planned_start)


def _cycle_row(s: Session, cycle: Cycle) -> CycleRow:
    group = s.get(LearningGroup, cycle.group_id)
    assert group is not None
    room = s.get(Room, cycle.room_id) if cycle.room_id else None
    room_name = room.name if room else ""
    return CycleRow(
        id=cycle.id, group_id=cycle.group_id, room_name=room_name, start_time=cycle.start_time,
        status=CycleStatus(cycle.status),
        sessions=tuple(_session_row(x, cycle, group, room_name) for x in cycle.sessions),
    )


def cycles_of_group(db: Database, actor: Actor, group_id: int) -> list[CycleRow]:
    with db.read() as s:
        group_service.require_participant(s, actor, group_id)
        stmt = select(Cycle).where(Cycle.group_id == group_id).order_by(Cycle.id.desc())
        return [_cycle_row(s, c) for c in s.scalars(stmt)]


def upcoming_sessions(db: Database, actor: Actor, *, days: int = 28,
                      groups: list[group_service.GroupRow] | None = None
                      ) -> list[SessionRow]:
    """My sessions from today on (groups I am in or guide), soonest first. ``groups``: what
    ``groups.my_groups`` returned a moment ago, when the caller read it already."""
    rows = []
    if groups is None:
        groups = group_service.my_groups(db, actor)
    my_groups = {g.id for g in groups}
    if not my_groups:
        return []
    with db.read() as s:
        stmt = (
            select(SessionModel, Cycle, LearningGroup, Room.name)
            .join(Cycle, Cycle.id == SessionModel.cycle_id)
            .join(LearningGroup, LearningGroup.id == Cycle.group_id)
            .outerjoin(Room, Room.id == Cycle.room_id)
            .where(Cycle.group_id.in_(my_groups), Cycle.status == CycleStatus.PLANNED.value,
                   SessionModel.day >= date.today(),
                   SessionModel.day <= date.today() + timedelta(days=days),
                   SessionModel.status != SessionStatus.DONE.value)
            .order_by(SessionModel.day, SessionModel.start_time)
        )
        for x, cycle, group, room in s.execute(stmt).all():
            rows.append(_session_row(x, cycle, group, room or ""))
    return rows


# --- moving one session --------------------------------------------------------------------


@online_only()
def move_session(db: Database, actor: Actor, session_id: int, day: date, start_time: time,
                 *, today: date | None = None) -> Changes:
    """Move one planned session (a sick day, a room taken) to another working day and time
    in the week it was planned in or the next, where its people and room are free.

    The cycle keeps its four sessions; they are shown in the order they are held. The
    session's calendar event keeps its UID and gets a higher SEQUENCE, as does any other
    session whose day number changes with the new order.
    """
    from app.planning import MoveRequest, check_move

    with db.transaction() as s:
        session = s.get(SessionModel, session_id)
        if session is None:
            raise NotFound("session_not_found")
        cycle = s.get(Cycle, session.cycle_id)
        assert cycle is not None
        group = group_service.require_participant(s, actor, cycle.group_id)
        if cycle.status != CycleStatus.PLANNED.value:
            raise Conflict("cycle_not_found")
        if session.status != SessionStatus.PLANNED.value:
            raise Conflict("session_move_started")
        if (session.day, session.start_time) == (day, start_time):
            return Changes.of(Area.CYCLES, ids=(cycle.id,), value=cycle.id)
        before = [x.id for x in cycle.sessions]
        move = MoveRequest(
            day=day, start_time=start_time, minutes=session.minutes,
            planned_day=session.planned_day or session.day,
            other_days={n: x.day for n, x in enumerate(cycle.sessions, start=1)
                        if x.id != session.id},
            today=today or date.today())
        check_move(_calendar(s), move)
        _refuse_conflicts(s, group, cycle, session, move)
        if session.planned_day is None:
            session.planned_day, session.planned_start = session.day, session.start_time
        if (session.planned_day, session.planned_start) == (day, start_time):
            session.planned_day = session.planned_start = None  # back where it was planned
        session.day, session.start_time = day, start_time
        session.sequence += 1
        s.flush()
        s.refresh(cycle, ["sessions"])
        for place, x in enumerate(cycle.sessions):
            if x.id != session.id and before.index(x.id) != place:
                x.sequence += 1  # its "day N of 4" changed in calendars too
        cycle_id = cycle.id
    return Changes.of(Area.CYCLES, Area.SESSIONS, ids=(cycle_id,), value=cycle_id)


def _refuse_conflicts(s: Session, group: LearningGroup, cycle: Cycle, session: SessionModel,
                      move: MoveRequest) -> None:
    """Someone of the group, or the cycle's room, already taken then: a clear refusal."""
    from app.planning import SlotRequest, conflicts

    people = group_service.participant_ids(group)
    request = SlotRequest(earliest=move.day, start_time=move.start_time,
                          minutes=move.minutes, room_id=cycle.room_id,
                          participant_ids=frozenset(people))
    busy = _busy(s, set(people), cycle.room_id, move.day, move.day,
                 exclude_session=session.id)
    found = conflicts([move.day], request, busy)
    when = {"day": move.day, "time": move.start_time.strftime("%H:%M")}
    for clash in found:
        if clash.room_id is not None:
            room = s.get(Room, clash.room_id)
            raise Conflict("session_move_room_taken", field="day",
                           room=room.name if room else "", **when)
    for clash in found:
        person = s.get(Person, clash.person_id)
        raise Conflict("session_move_person_busy", field="day",
                       name=person.name if person else "", **when)


# --- calendar export -----------------------------------------------------------------------


def _events(s: Session, cycles: list[Cycle]) -> list[CycleEvent]:
    from app.ical import CycleEvent, CycleSession

    events: list[CycleEvent] = []
    for cycle in cycles:
        group = s.get(LearningGroup, cycle.group_id)
        assert group is not None
        room = s.get(Room, cycle.room_id) if cycle.room_id else None
        people = list(group.members) + ([group.guide] if group.guide else [])
        creator = s.get(Person, cycle.created_by) if cycle.created_by else None
        organiser = creator or (people[0] if people else None)
        events.append(CycleEvent(
            uid=cycle.uid, sequence=cycle.sequence, group_name=group.name,
            room_name=room.name if room else "",
            sessions=[CycleSession(x.day_number, x.day, x.start_time, x.minutes, x.status,
                                   sequence=x.sequence, position=place,
                                   planned_day=x.planned_day, planned_start=x.planned_start)
                      for place, x in enumerate(cycle.sessions, start=1)],
            attendees=[(p.name, p.email) for p in people],
            organiser=(organiser.name, organiser.email) if organiser else ("Regiestoel", ""),
            cancelled=cycle.status == CycleStatus.CANCELLED.value,
        ))
    return events


def calendar_for_group(db: Database, actor: Actor, group_id: int, language: str) -> bytes:
    from app.ical import cycles_to_ics

    with db.read() as s:
        group = group_service.require_participant(s, actor, group_id, Op.LIST)
        cycles = list(s.scalars(select(Cycle).where(Cycle.group_id == group_id)
                                .order_by(Cycle.id)))
        return cycles_to_ics(_events(s, cycles), calendar_name=group.name,
                             language=language)


def calendar_for_session(db: Database, actor: Actor, session_id: int, language: str) -> bytes:
    """The cycle of one session (its four events), for a reminder's attachment: for the
    group's members and guide."""
    from app.ical import cycles_to_ics

    with db.read() as s:
        session = s.get(SessionModel, session_id)
        if session is None:
            raise NotFound("session_not_found", id=session_id)
        cycle = s.get(Cycle, session.cycle_id)
        assert cycle is not None
        group = group_service.require_participant(s, actor, cycle.group_id, Op.LIST)
        return cycles_to_ics(_events(s, [cycle]), calendar_name=group.name, language=language)


def calendar_for_person(db: Database, actor: Actor, person_id: int, language: str) -> bytes:
    """Every cycle of every group the person is in or guides (themself or the administrator)."""
    from app.ical import cycles_to_ics

    with db.read() as s:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound("person_not_found", id=person_id)
        policy.require(s, actor, Kind.GROUP_CONTENT, Op.LIST,
                       policy.Subject(person_id=person_id), code="not_allowed")
        groups = list(s.scalars(select(LearningGroup).where(or_(
            LearningGroup.id.in_(policy.groups_of(person_id)),
            LearningGroup.guide_id == person_id))))
        cycles = list(s.scalars(select(Cycle).where(Cycle.group_id.in_([g.id for g in groups]))
                                .order_by(Cycle.id)))
        return cycles_to_ics(_events(s, cycles), calendar_name=person.name,
                             language=language)
