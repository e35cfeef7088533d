"""Requests for a learning intervention, from asking through the manager's decision to evaluation.

A professional asks for themself; their direct manager approves or declines; the asker
plans it, follows it and evaluates it, which logs the hours as learning hours.

Status transitions:

    requested -> approved | declined | cancelled
    approved  -> planned | completed | cancelled
    planned   -> completed | cancelled
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app import policy
from app.access import Actor, Operation, require
from app.changes import Area, Changes
from app.db import Database
from app.personal_copy.outbox import offline_operation, online_only
from app.policy import Kind, Op
from app.services import audit
from app.services.budget import Cents, clean_year, remaining_for
from app.validation import clean_text
from models import (
    DevelopmentQuestion,
    InterventionKind,
    LearningHours,
    LearningRequest,
    Person,
    RequestStatus,
    WorkSituation,
)
from models.base import utcnow
from models.errors import Conflict, Forbidden, Invalid, NotFound

# A hundred thousand euros: no small organisation pays that for one course; a typing error.
MAX_COST_CENTS = 100_000_00
MAX_MINUTES = 10_000
MAX_TEXT = 10_000
_LINK = re.compile(r"https?://[^\s/?#]+\.[^\s]*", re.IGNORECASE)

_NEXT: dict[RequestStatus, frozenset[RequestStatus]] = {
    RequestStatus.REQUESTED: frozenset(
        {RequestStatus.APPROVED, RequestStatus.DECLINED, RequestStatus.CANCELLED}),
    RequestStatus.APPROVED: frozenset(
        {RequestStatus.PLANNED, RequestStatus.COMPLETED, RequestStatus.CANCELLED}),
    RequestStatus.PLANNED: frozenset({RequestStatus.COMPLETED, RequestStatus.CANCELLED}),
    RequestStatus.DECLINED: frozenset(),
    RequestStatus.COMPLETED: frozenset(),
    RequestStatus.CANCELLED: frozenset(),
}


@dataclass
class RequestInput:
    """What the request form supplies. Money in cents, time in minutes."""

    kind: InterventionKind | str
    title: str
    provider: str = ""
    link: str = ""
    cost_cents: int = 0
    minutes: int = 0
    in_working_time: bool = True
    start_date: date | None = None
    end_date: date | None = None
    reason: str = ""
    development_question_id: int | None = None
    situation_id: int | None = None


@dataclass(frozen=True)
class RequestRow:
    """A request as lists and the detail view show it."""

    id: int
    person_id: int
    person_name: str
    manager_id: int | None
    manager_name: str
    kind: InterventionKind
    title: str
    provider: str
    link: str
    cost_cents: int
    actual_cost_cents: int | None
    minutes: int
    in_working_time: bool
    start_date: date | None
    end_date: date | None
    budget_year: int
    reason: str
    development_question_id: int | None
    situation_id: int | None
    situation_title: str
    status: RequestStatus
    decided_by_id: int | None
    decided_by_name: str
    decided_at: datetime | None
    decision_reason: str
    over_budget_reason: str
    learned: str
    applied_situation_id: int | None
    applied_situation_title: str
    applied_note: str
    completed_at: datetime | None
    created_at: datetime
    version_id: int

    @property
    def spent_cents(self) -> int:
        """What the request cost once completed (its expected cost without an actual one)."""
        if self.status is not RequestStatus.COMPLETED:
            return 0
        return self.actual_cost_cents if self.actual_cost_cents is not None else self.cost_cents


# --- checks --------------------------------------------------------------------------------


def _cost(value: int, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        # Money is whole cents; a float here is a programming error upstream.
        raise Invalid("amount_invalid", field=field, value=str(value))
    if value < 0:
        raise Invalid("amount_negative", field=field)
    if value > MAX_COST_CENTS:
        raise Invalid("cost_absurd", field=field, maximum=Cents(MAX_COST_CENTS))
    return value


def _minutes(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_MINUTES:
        raise Invalid("minutes_out_of_range", field="minutes", maximum=MAX_MINUTES)
    return value


def _dates(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise Invalid("end_before_start", field="end_date")


def _kind(value: InterventionKind | str) -> InterventionKind:
    try:
        return InterventionKind(value)
    except ValueError as exc:
        raise Invalid("kind_unknown", field="kind") from exc


def _link(value: str) -> str:
    link = clean_text(value, "link", max_length=500)
    if link and not _LINK.fullmatch(link):
        raise Invalid("link_invalid", field="link")
    return link


def _asker(person_id: int) -> Actor:
    return Actor(person_id=person_id, roles=frozenset())


def _situation_visible(s: Session, person_id: int, situation_id: int, field: str) -> None:
    """The asker may link the situations they may read: their own and their groups'."""
    situation = s.get(WorkSituation, situation_id)
    if situation is None or not policy.allows(
            s, _asker(person_id), Kind.WORK_SITUATION, Op.READ,
            policy.Subject(person_id=situation.owner_id, group_id=situation.group_id)):
        raise Invalid("situation_not_found", field=field)


def _validated(s: Session, person_id: int, data: RequestInput) -> RequestInput:
    clean = RequestInput(
        kind=_kind(data.kind),
        title=clean_text(data.title, "title", max_length=200, required=True),
        provider=clean_text(data.provider, "provider", max_length=200),
        link=_link(data.link),
        cost_cents=_cost(data.cost_cents, "cost"),
        minutes=_minutes(data.minutes),
        in_working_time=bool(data.in_working_time),
        start_date=data.start_date,
        end_date=data.end_date,
        reason=clean_text(data.reason, "reason", max_length=MAX_TEXT, multiline=True),
        development_question_id=data.development_question_id,
        situation_id=data.situation_id,
    )
    _dates(clean.start_date, clean.end_date)
    if clean.start_date is not None:
        clean_year(clean.start_date.year, "start_date")
    if clean.development_question_id is not None:
        q = s.get(DevelopmentQuestion, clean.development_question_id)
        if q is None or not policy.allows(s, _asker(person_id), Kind.DEVELOPMENT_QUESTION,
                                          Op.CHANGE, policy.Subject(person_id=q.person_id)):
            raise Invalid("question_not_found", field="development_question")
    if clean.situation_id is not None:
        _situation_visible(s, person_id, clean.situation_id, "situation")
    return clean


def _apply(r: LearningRequest, data: RequestInput) -> None:
    r.kind = InterventionKind(data.kind).value
    r.title, r.provider, r.link = data.title, data.provider, data.link
    r.cost_cents, r.minutes, r.in_working_time = data.cost_cents, data.minutes, \
        data.in_working_time
    r.start_date, r.end_date, r.reason = data.start_date, data.end_date, data.reason
    r.development_question_id, r.situation_id = data.development_question_id, data.situation_id


# --- loading and rules about who --------------------------------------------------------


def _load(s: Session, request_id: int) -> LearningRequest:
    r = s.get(LearningRequest, request_id)
    if r is None:
        raise NotFound("request_not_found", id=request_id)
    return r


def _check_version(r: LearningRequest, expected_version: int) -> None:
    if r.version_id != expected_version:
        raise Conflict("edited_elsewhere")


def _move(r: LearningRequest, to: RequestStatus) -> None:
    current = RequestStatus(r.status)
    if to not in _NEXT[current]:
        raise Conflict("request_wrong_status", status=current.value)
    r.status = to.value


def _about(r: LearningRequest) -> policy.Subject:
    return policy.Subject(person_id=r.person_id)


def _require_asker(s: Session, actor: Actor, r: LearningRequest) -> None:
    policy.require(s, actor, Kind.LEARNING_REQUEST, Op.CHANGE, _about(r), code="not_asker")


def _require_decider(s: Session, actor: Actor, r: LearningRequest) -> None:
    """The asker's direct manager decides (an owner for someone without one); nobody, owner
    or manager, decides on their own request."""
    own = actor.person_id is not None and actor.person_id == r.person_id
    policy.require(s, actor, Kind.LEARNING_DECISION, Op.CHANGE, _about(r),
                   code="own_request" if own else "not_direct_manager")


def _require_asker_or_manager(s: Session, actor: Actor, r: LearningRequest) -> None:
    if not (policy.allows(s, actor, Kind.LEARNING_REQUEST, Op.CHANGE, _about(r))
            or policy.allows(s, actor, Kind.LEARNING_DECISION, Op.CHANGE, _about(r))):
        raise Forbidden("not_asker")


def _audit_reads(db: Database, actor: Actor, rows: list[RequestRow]) -> None:
    """Reading someone else's requests (a manager deciding, the owner keeping the budget) is
    in the audit log: one entry per read, naming whose requests were read."""
    others = sorted({r.person_id for r in rows if r.person_id != actor.person_id})
    if len(others) == 1:
        audit.record_read(db, actor, others[0], "learning_requests_read",
                          requests=sorted(r.id for r in rows))
    elif others:
        with db.transaction() as s:
            audit.record(s, actor, "learning_requests_read", None, people=others,
                         requests=len(rows))


# --- asking --------------------------------------------------------------------------------


@offline_operation("learning_requests.ask")
def ask(db: Database, actor: Actor, data: RequestInput) -> Changes:
    """A professional asks for formal learning for themself. The budget year is the
    start date's year, or this year when there is no start date yet."""
    require(actor, Operation.ASK_LEARNING)
    if actor.person_id is None:
        raise Forbidden("not_allowed", operation=Operation.ASK_LEARNING.value)
    with db.transaction() as s:
        me = s.get(Person, actor.person_id)
        if me is None or me.archived_at is not None:
            raise NotFound("person_not_found", id=actor.person_id)
        clean = _validated(s, me.id, data)
        r = LearningRequest(person_id=me.id, status=RequestStatus.REQUESTED.value,
                            budget_year=_budget_year(clean.start_date, date.today().year))
        _apply(r, clean)
        s.add(r)
        s.flush()
        new_id = r.id
    return Changes.of(Area.BUDGET, ids=(new_id,), value=new_id)


def _budget_year(start: date | None, otherwise: int) -> int:
    return start.year if start is not None else otherwise


@offline_operation("learning_requests.update_request")
def update_request(db: Database, actor: Actor, request_id: int, data: RequestInput, *,
                   expected_version: int) -> Changes:
    """The asker changes their request while it waits for a decision."""
    with db.transaction() as s:
        r = _load(s, request_id)
        _require_asker(s, actor, r)
        _check_version(r, expected_version)
        if r.status != RequestStatus.REQUESTED.value:
            raise Conflict("request_wrong_status", status=r.status)
        clean = _validated(s, r.person_id, data)
        _apply(r, clean)
        # Without a start date it stays in the year it was asked in.
        r.budget_year = _budget_year(clean.start_date, r.created_at.year)
    return Changes.of(Area.BUDGET, ids=(request_id,))


# --- deciding ------------------------------------------------------------------------------


@online_only()
def approve(db: Database, actor: Actor, request_id: int, *, reason: str = "",
            over_budget_reason: str = "", expected_version: int) -> Changes:
    """The direct manager approves. Beyond the budget (the asker's own budget of that year
    if they have one, else the organisation's) this needs an ``over_budget_reason``."""
    with db.transaction() as s:
        r = _load(s, request_id)
        _require_decider(s, actor, r)
        _check_version(r, expected_version)
        reason = clean_text(reason, "decision_reason", max_length=MAX_TEXT, multiline=True)
        over = clean_text(over_budget_reason, "over_budget_reason", max_length=MAX_TEXT,
                          multiline=True)
        if r.status != RequestStatus.REQUESTED.value:
            raise Conflict("request_wrong_status", status=r.status)
        remaining = remaining_for(s, r.person_id, r.budget_year)
        beyond = r.cost_cents > 0 and r.cost_cents > remaining
        if beyond and not over:
            raise Conflict("over_budget", remaining=Cents(remaining), cost=Cents(r.cost_cents))
        _move(r, RequestStatus.APPROVED)
        r.decided_by, r.decided_at = actor.person_id, utcnow()
        r.decision_reason = reason
        r.over_budget_reason = over if beyond else ""
        audit.record(s, actor, "request_approved", r.person_id, request=r.id,
                     cost_cents=r.cost_cents, over_budget=beyond)
    return Changes.of(Area.BUDGET, ids=(request_id,))


@online_only()
def decline(db: Database, actor: Actor, request_id: int, reason: str, *,
            expected_version: int) -> Changes:
    """The direct manager declines, and always says why."""
    with db.transaction() as s:
        r = _load(s, request_id)
        _require_decider(s, actor, r)
        _check_version(r, expected_version)
        clean = clean_text(reason, "decision_reason", max_length=MAX_TEXT, multiline=True)
        if not clean:
            raise Invalid("decline_reason_required", field="decision_reason")
        _move(r, RequestStatus.DECLINED)
        r.decided_by, r.decided_at = actor.person_id, utcnow()
        r.decision_reason = clean
        audit.record(s, actor, "request_declined", r.person_id, request=r.id)
    return Changes.of(Area.BUDGET, ids=(request_id,))


# --- after the decision --------------------------------------------------------------------


@online_only()
def plan(db: Database, actor: Actor, request_id: int, *, start_date: date | None = None,
         end_date: date | None = None, expected_version: int) -> Changes:
    """Approved -> planned, by the asker or their manager, optionally with the final dates.

    The budget year stays the one the approval was given for."""
    with db.transaction() as s:
        r = _load(s, request_id)
        _require_asker_or_manager(s, actor, r)
        _check_version(r, expected_version)
        start = start_date if start_date is not None else r.start_date
        end = end_date if end_date is not None else r.end_date
        _dates(start, end)
        _move(r, RequestStatus.PLANNED)
        r.start_date, r.end_date = start, end
    return Changes.of(Area.BUDGET, ids=(request_id,))


@offline_operation("learning_requests.cancel")
def cancel(db: Database, actor: Actor, request_id: int, *, expected_version: int) -> Changes:
    """The asker or their manager calls it off; committed money is free again."""
    with db.transaction() as s:
        r = _load(s, request_id)
        _require_asker_or_manager(s, actor, r)
        _check_version(r, expected_version)
        _move(r, RequestStatus.CANCELLED)
    return Changes.of(Area.BUDGET, ids=(request_id,))


@online_only()
def complete(db: Database, actor: Actor, request_id: int, *,
             actual_cost_cents: int | None = None, learned: str,
             applied_situation_id: int | None = None, applied_note: str = "",
             minutes: int | None = None, in_working_time: bool | None = None,
             expected_version: int) -> Changes:
    """The asker evaluates: what it cost, what they learned and where they apply it.

    The minutes (the request's own when not given) are logged as learning hours on the end
    date (today without one), in or outside working time as given."""
    with db.transaction() as s:
        r = _load(s, request_id)
        _require_asker(s, actor, r)
        _check_version(r, expected_version)
        actual = None if actual_cost_cents is None else _cost(actual_cost_cents,
                                                              "actual_cost")
        spent_minutes = r.minutes if minutes is None else _minutes(minutes)
        working = r.in_working_time if in_working_time is None else bool(in_working_time)
        clean_learned = clean_text(learned, "learned", max_length=MAX_TEXT, multiline=True,
                                   required=True)
        note = clean_text(applied_note, "applied_note", max_length=MAX_TEXT, multiline=True)
        if applied_situation_id is not None:
            _situation_visible(s, r.person_id, applied_situation_id, "applied_situation")
        _move(r, RequestStatus.COMPLETED)
        r.actual_cost_cents = actual
        r.minutes, r.in_working_time = spent_minutes, working
        r.learned, r.applied_situation_id, r.applied_note = clean_learned, \
            applied_situation_id, note
        r.completed_at = utcnow()
        if spent_minutes > 0:
            s.add(LearningHours(person_id=r.person_id, day=r.end_date or date.today(),
                                minutes=spent_minutes, in_working_time=working,
                                source="intervention", source_id=r.id))
    return Changes.of(Area.BUDGET, Area.HOURS, ids=(request_id,))


# --- reading -------------------------------------------------------------------------------


def _rows(s: Session, stmt: Select[LearningRequest]) -> list[RequestRow]:
    requests = list(s.scalars(stmt.order_by(LearningRequest.created_at.desc(),
                                            LearningRequest.id.desc())))
    if not requests:
        return []
    people = {p.id: p for p in s.scalars(select(Person))}
    situation_ids = {i for r in requests for i in (r.situation_id, r.applied_situation_id)
                     if i is not None}
    titles = dict(s.execute(select(WorkSituation.id, WorkSituation.title)
                            .where(WorkSituation.id.in_(situation_ids))).all()
                  ) if situation_ids else {}

    def name(person_id: int | None) -> str:
        p = people.get(person_id) if person_id is not None else None
        return p.name if p is not None else ""

    rows = []
    for r in requests:
        asker = people.get(r.person_id)
        manager_id = asker.manager_id if asker is not None else None
        rows.append(RequestRow(
            id=r.id, person_id=r.person_id, person_name=name(r.person_id),
            manager_id=manager_id, manager_name=name(manager_id),
            kind=InterventionKind(r.kind), title=r.title, provider=r.provider, link=r.link,
            cost_cents=r.cost_cents, actual_cost_cents=r.actual_cost_cents,
            minutes=r.minutes, in_working_time=r.in_working_time, start_date=r.start_date,
            end_date=r.end_date, budget_year=r.budget_year, reason=r.reason,
            development_question_id=r.development_question_id, situation_id=r.situation_id,
            situation_title=titles.get(r.situation_id, "") if r.situation_id else "",
            status=RequestStatus(r.status), decided_by_id=r.decided_by,
            decided_by_name=name(r.decided_by), decided_at=r.decided_at,
            decision_reason=r.decision_reason, over_budget_reason=r.over_budget_reason,
            learned=r.learned, applied_situation_id=r.applied_situation_id,
            applied_situation_title=(titles.get(r.applied_situation_id, "")
                                     if r.applied_situation_id else ""),
            applied_note=r.applied_note, completed_at=r.completed_at,
            created_at=r.created_at, version_id=r.version_id,
        ))
    return rows


def my_requests(db: Database, actor: Actor) -> list[RequestRow]:
    """My own requests, newest first."""
    if actor.person_id is None:
        return []
    with db.read() as s:
        return _rows(s, select(LearningRequest).where(
            policy.requests_listed(actor), LearningRequest.person_id == actor.person_id))


def requests_to_decide(db: Database, actor: Actor) -> list[RequestRow]:
    """Requests of my direct reports that wait for my decision (an owner's also those of
    people without a direct manager). Reading them is in the audit log."""
    stmt = select(LearningRequest).where(
        LearningRequest.status == RequestStatus.REQUESTED.value,
        policy.decisions_waiting(actor))
    with db.read() as s:
        rows = _rows(s, stmt)
    _audit_reads(db, actor, rows)
    return rows


def all_requests(db: Database, actor: Actor, year: int | None = None) -> list[RequestRow]:
    """Every request (of one budget year, if given): for the owner, who keeps the budget.
    Reading them is in the audit log."""
    require(actor, Operation.VIEW_ALL_REQUESTS)
    stmt = select(LearningRequest).where(policy.requests_listed(actor))
    if year is not None:
        stmt = stmt.where(LearningRequest.budget_year == clean_year(year))
    with db.read() as s:
        rows = _rows(s, stmt)
    _audit_reads(db, actor, rows)
    return rows


def get_request(db: Database, actor: Actor, request_id: int) -> RequestRow:
    """One request, for the asker, their direct manager, and an owner (audited)."""
    with db.read() as s:
        r = _load(s, request_id)
        policy.require(s, actor, Kind.LEARNING_REQUEST, Op.READ, _about(r))
        row = _rows(s, select(LearningRequest).where(LearningRequest.id == r.id))[0]
    _audit_reads(db, actor, [row])
    return row
