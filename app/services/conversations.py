"""Talent development conversations: cadence, preparing, the meeting, signing, history, access.

A development conversation, never a pay appraisal. Who reads what:

- the professional and the manager who take part read the content; a draft preparation
  only its author, until it is published; there are no private manager notes;
- a later manager reads an earlier record only if the professional allowed it;
- the owner (and the machine's administrator) see statuses and dates, never content;
- every read of content by someone other than the professional is in the audit log.
"""

from __future__ import annotations

import enum
import json
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, vCalAddress
from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased, joinedload, selectinload
from sqlalchemy.orm.interfaces import ORMOption

from app import messages, policy, versions
from app.access import Actor, Operation, may, require
from app.changes import Area, Changes
from app.content import GUIDING_KEYS
from app.db import Database
from app.ical import PRODID, TZID
from app.paths import resources_dir
from app.personal_copy.outbox import offline_operation, online_only
from app.personal_copy.passthrough import ReadBack
from app.policy import Kind, Op, about_conversation
from app.services import audit
from app.services import conversation_planning as planning
from app.services.actions import new_action
from app.services.auth import check_password, locked_account
from app.validation import clean_text
from models import (
    Action,
    ActionStatus,
    Conversation,
    ConversationEvent,
    ConversationStatus,
    CorrectionPart,
    CorrectionRequest,
    DevelopmentQuestion,
    LearningHours,
    Lesson,
    Organisation,
    Person,
    Preparation,
    Role,
    Side,
    Signature,
    SignKind,
    SituationStatus,
    VoidReason,
    WorkSituation,
)
from models.base import utcnow
from models.errors import Conflict, Forbidden, Invalid, NotFound

ZONE = ZoneInfo(TZID)
MEETING_MINUTES = 60
TEXT_MAX = 10_000
SUMMARY_MAX = 20_000
REMARK_MAX = 2000
FIRST_YEAR, LAST_YEAR = 2000, 2100
LANGUAGES = ("nl", "en")

Clock = Callable[[], datetime]


class DueState(enum.StrEnum):
    DUE = "due"  # the half year is running and the record is not signed yet
    OVERDUE = "overdue"  # the half year is over and the record is still not signed


class EventKind(enum.StrEnum):
    REOPENED = "reopened"
    MANAGER_REPLACED = "manager_replaced"
    AGREEMENT_FOLLOWED_UP = "agreement_followed_up"  # in a later conversation


# --- half years ----------------------------------------------------------------------------


def half_year_of(day: date) -> tuple[int, int]:
    """(year, half): half 1 is January–June, half 2 is July–December."""
    return day.year, 1 if day.month <= 6 else 2


def window_of(year: int, half: int) -> tuple[date, date]:
    """First and last day of a half year."""
    if half not in (1, 2) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise Invalid("half_year_invalid", field="half_year", low=FIRST_YEAR, high=LAST_YEAR)
    if half == 1:
        return date(year, 1, 1), date(year, 6, 30)
    return date(year, 7, 1), date(year, 12, 31)


def half_year_label(year: int, half: int) -> str:
    """``2026-2``: how lists and the admin command name a half year."""
    return f"{year}-{half}"


# --- preparation content -------------------------------------------------------------------


@dataclass(frozen=True)
class PreparationField:
    key: str
    label: str
    hint: str


@cache
def preparation_fields(language: str) -> dict[Side, tuple[PreparationField, ...]]:
    """The fields each side prepares, with label and hint, from resources/content/preparation."""
    folder = resources_dir() / "content" / "preparation"
    path = folder / f"{language}.json"
    if not path.exists():
        path = folder / "nl.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        Side(side): tuple(PreparationField(str(f["key"]), str(f["label"]), str(f.get("hint", "")))
                          for f in fields)
        for side, fields in data.items()
    }


def preparation_keys(side: Side) -> tuple[str, ...]:
    return tuple(f.key for f in preparation_fields("nl")[Side(side)])


# --- what the services return --------------------------------------------------------------


@dataclass(frozen=True)
class ConversationStatusRow:
    """Statuses and dates only: what the owner and the overviews may see."""

    id: int
    professional_id: int
    professional_name: str
    manager_id: int | None
    manager_name: str
    # The manager left the organisation (archived) or is gone: the owner hands it over.
    manager_left: bool
    year: int
    half: int
    window_start: date
    window_end: date
    meeting_at: datetime | None
    status: ConversationStatus
    due: DueState | None
    professional_published: bool
    manager_published: bool
    signatures: int  # valid signatures: 0, 1 or 2
    locked_at: datetime | None
    # The record's version: a screen saves with the version it loaded (see app.versions).
    version: int

    @property
    def half_year(self) -> str:
        return half_year_label(self.year, self.half)


@dataclass(frozen=True)
class PreparationView:
    side: Side
    author_id: int | None
    author_name: str
    fields: dict[str, str]
    published_at: datetime | None
    updated_at: datetime
    version: int

    @property
    def published(self) -> bool:
        return self.published_at is not None


@dataclass(frozen=True)
class AgreementRow:
    id: int
    title: str
    owner_id: int
    owner_name: str
    due: date | None
    status: ActionStatus
    conversation_id: int
    half_year: str  # of the conversation it was made in
    carried_over: bool  # made in an earlier conversation and still open
    version: int


@dataclass(frozen=True)
class SignatureRow:
    side: Side
    person_id: int | None
    person_name: str
    signed_at: datetime
    kind: SignKind
    remark: str  # with "seen, with a remark": part of the record
    void: bool  # taken back: the record changed, was reopened or handed over
    void_reason: VoidReason | None = None
    voided_at: datetime | None = None
    voided_by_name: str = ""


@dataclass(frozen=True)
class CorrectionRow:
    """One side asked for a correction instead of signing: visible to both."""

    id: int
    side: Side
    person_name: str
    part: CorrectionPart
    agreement_id: int | None
    agreement_title: str
    text: str
    requested_at: datetime
    resolved_at: datetime | None  # its author signed since

    @property
    def open(self) -> bool:
        return self.resolved_at is None


@dataclass(frozen=True)
class EventRow:
    kind: str
    person_name: str
    note: str
    at: datetime


@dataclass(frozen=True)
class MeetingView:
    conversation: ConversationStatusRow
    location: str
    professional_preparation: PreparationView | None
    manager_preparation: PreparationView | None
    # The previous conversation's agreements with their status (if the reader may see it).
    previous_agreements: tuple[AgreementRow, ...]
    # Still-open agreements of earlier conversations: they carry over until finished.
    carried_over: tuple[AgreementRow, ...]
    agreements: tuple[AgreementRow, ...]
    summary: str
    signatures: tuple[SignatureRow, ...]
    events: tuple[EventRow, ...]
    readable_by_later_managers: bool
    corrections: tuple[CorrectionRow, ...] = ()

    @property
    def version(self) -> int:
        """The record's version as loaded: every save from this screen passes it."""
        return self.conversation.version

    @property
    def locked(self) -> bool:
        return self.conversation.locked_at is not None

    @property
    def open_corrections(self) -> tuple[CorrectionRow, ...]:
        return tuple(r for r in self.corrections if r.open)

    @property
    def awaiting_signature(self) -> bool:
        """One side signed and nobody asked for a correction: the record waits for the other
        signature, and stays as it is until then (a correction request reopens editing)."""
        return not self.locked and bool(self.current_signatures) and not self.open_corrections

    @property
    def reviewed_agreements(self) -> tuple[AgreementRow, ...]:
        """What became of earlier agreements: the previous conversation's, with their status,
        and whatever is still open from before that."""
        seen = {a.id for a in self.previous_agreements}
        return self.previous_agreements + tuple(a for a in self.carried_over if a.id not in seen)

    @property
    def current_signatures(self) -> tuple[SignatureRow, ...]:
        return tuple(sig for sig in self.signatures if not sig.void)

    def preparation(self, side: Side) -> PreparationView | None:
        if Side(side) is Side.PROFESSIONAL:
            return self.professional_preparation
        return self.manager_preparation


@dataclass(frozen=True)
class TimelineEntry:
    conversation: ConversationStatusRow
    agreements: tuple[AgreementRow, ...]
    summary: str
    events: tuple[EventRow, ...]


# --- small helpers -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Who:
    name: str
    email: str
    archived: bool


def _directory(s: Session) -> dict[int, _Who]:
    rows = s.execute(select(Person.id, Person.name, Person.email, Person.archived_at))
    return {i: _Who(n, e, a is not None) for i, n, e, a in rows}


def _name(people: Mapping[int, _Who], person_id: int | None) -> str:
    who = people.get(person_id) if person_id is not None else None
    return who.name if who else ""


def _side(value: Side | str) -> Side:
    try:
        return Side(value)
    except ValueError as exc:
        raise Invalid("side_unknown", field="side") from exc


def _get(s: Session, conversation_id: int, options: Iterable[ORMOption] = ()
         ) -> Conversation:
    c = s.get(Conversation, conversation_id, options=list(options))
    if c is None:
        raise NotFound("conversation_not_found", id=conversation_id)
    return c


def _side_person(c: Conversation, side: Side) -> int | None:
    return c.professional_id if side is Side.PROFESSIONAL else c.manager_id


def _require_participant(s: Session, actor: Actor, c: Conversation,
                         kind: Kind = Kind.RECORD) -> None:
    policy.require(s, actor, kind, Op.CHANGE, about_conversation(c), code="not_participant")


def _require_side(s: Session, actor: Actor, c: Conversation, side: Side) -> None:
    """Only the person of that side acts for it (prepares, publishes, signs)."""
    _require_participant(s, actor, c)
    prep = _prep(c, side)
    policy.require(s, actor, Kind.SIGNATURE, Op.CHANGE,
                   about_conversation(c, side_person_id=_side_person(c, side),
                                      author_id=prep.author_id if prep else None),
                   code="not_your_side")


def _require_open(c: Conversation) -> None:
    """Not signed by both (locked) and not cancelled."""
    if c.locked_at is not None:
        raise Conflict("record_locked")
    if c.status == ConversationStatus.CANCELLED.value:
        raise Conflict("conversation_cancelled")


def _require_editable(c: Conversation) -> None:
    """Open, and not waiting for the second signature: once one side signed, the record
    stays as it is until the other signs too, or either asks for a correction."""
    _require_open(c)
    if _valid_signatures(c) and not _open_corrections(c):
        raise Conflict("record_awaiting_signature")


def _earlier(professional_id: int, year: int, half: int) -> ColumnElement[bool]:
    """The conversations of the same professional before this half year."""
    return and_(
        Conversation.professional_id == professional_id,
        or_(Conversation.year < year, and_(Conversation.year == year, Conversation.half < half)),
    )


def _later(professional_id: int, year: int, half: int) -> ColumnElement[bool]:
    return and_(
        Conversation.professional_id == professional_id,
        or_(Conversation.year > year, and_(Conversation.year == year, Conversation.half > half)),
    )


def _require_content(s: Session, actor: Actor, c: Conversation) -> None:
    policy.require(s, actor, Kind.RECORD, Op.READ, about_conversation(c))


def _audit_read(db: Database, actor: Actor, professional_id: int, part: str,
                conversation_ids: Iterable[int]) -> None:
    """A read of content by anyone but the professional themself is written down."""
    audit.record_read(db, actor, professional_id, "conversation_read", part=part,
                      conversations=sorted(conversation_ids))


def _prep(c: Conversation, side: Side) -> Preparation | None:
    return next((p for p in c.preparations if p.side == side.value), None)


def _fields(prep: Preparation) -> dict[str, str]:
    data = json.loads(prep.content or "{}")
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _published(c: Conversation, side: Side) -> bool:
    prep = _prep(c, side)
    return prep is not None and prep.published_at is not None


def _valid_signatures(c: Conversation) -> list[Signature]:
    return [sig for sig in c.signatures if not sig.void]


def _open_corrections(c: Conversation) -> list[CorrectionRequest]:
    return [r for r in c.corrections if r.resolved_at is None]


def _take_back(signatures: Iterable[Signature], reason: VoidReason, by: int | None,
               now: datetime) -> None:
    """Signatures that no longer count stay in the history: when, by whose doing and why."""
    for sig in signatures:
        sig.void = True
        sig.voided_at, sig.voided_by, sig.void_reason = now, by, reason.value


def _edited(c: Conversation, actor: Actor) -> None:
    """The record changed: its version goes up (screens loaded before are stale), and a
    signature given on it is taken back — the signer signed something else. Both see why."""
    versions.bump(c)
    _take_back(_valid_signatures(c), VoidReason.EDITED, actor.person_id, utcnow())


def _locked(s: Session, conversation_id: int) -> Conversation:
    """The conversation, locked until the transaction ends (see app.versions)."""
    return versions.locked(s, Conversation, conversation_id,
                           missing=NotFound("conversation_not_found", id=conversation_id))


def _edit(s: Session, actor: Actor, conversation_id: int, expected_version: int,
          side: Side | None = None, kind: Kind = Kind.RECORD) -> Conversation:
    """The conversation a participant (or ``side``) changes from a screen: locked, theirs,
    not signed by both, unchanged since the screen loaded ``expected_version``, and not
    waiting for a second signature."""
    c = _locked(s, conversation_id)
    if side is None:
        _require_participant(s, actor, c, kind)
    else:
        _require_side(s, actor, c, side)
    _require_open(c)  # "signed by both, so locked" says more than "changed meanwhile"
    versions.check(c, expected_version)
    _require_editable(c)
    return c


def _due(c: Conversation, today: date) -> DueState | None:
    return _due_of(c.status, c.window_start, c.window_end, today)


def _due_of(status: str, window_start: date, window_end: date, today: date
            ) -> DueState | None:
    if status != ConversationStatus.PLANNED.value:
        return None
    if today > window_end:
        return DueState.OVERDUE
    if today >= window_start:
        return DueState.DUE
    return None


def _status_row(c: Conversation, people: Mapping[int, _Who], today: date
                ) -> ConversationStatusRow:
    manager = people.get(c.manager_id) if c.manager_id is not None else None
    return ConversationStatusRow(
        id=c.id, professional_id=c.professional_id,
        professional_name=_name(people, c.professional_id),
        manager_id=c.manager_id, manager_name=manager.name if manager else "",
        manager_left=manager is None or manager.archived,
        year=c.year, half=c.half, window_start=c.window_start, window_end=c.window_end,
        meeting_at=c.meeting_at, status=ConversationStatus(c.status), due=_due(c, today),
        professional_published=_published(c, Side.PROFESSIONAL),
        manager_published=_published(c, Side.MANAGER),
        signatures=len(_valid_signatures(c)), locked_at=c.locked_at, version=c.version_id,
    )


def _preparation_view(prep: Preparation, people: Mapping[int, _Who]) -> PreparationView:
    return PreparationView(
        side=Side(prep.side), author_id=prep.author_id, author_name=_name(people, prep.author_id),
        fields=_fields(prep), published_at=prep.published_at, updated_at=prep.updated_at,
        version=prep.version_id,
    )


def _visible_preparation(s: Session, actor: Actor, c: Conversation, side: Side,
                         people: Mapping[int, _Who]) -> PreparationView | None:
    """A draft only for its author; a published preparation for whoever reads the content."""
    prep = _prep(c, side)
    if prep is None:
        return None
    kind = Kind.PREPARATION_DRAFT if prep.published_at is None else \
        Kind.PREPARATION_PUBLISHED
    subject = about_conversation(c, side_person_id=_side_person(c, side),
                                 author_id=prep.author_id)
    if not policy.allows(s, actor, kind, Op.READ, subject):
        return None
    return _preparation_view(prep, people)


def _agreement_row(a: Action, people: Mapping[int, _Who], labels: Mapping[int, str],
                   current_id: int | None) -> AgreementRow:
    conversation_id = a.conversation_id or 0
    return AgreementRow(
        id=a.id, title=a.title, owner_id=a.owner_id, owner_name=_name(people, a.owner_id),
        due=a.due, status=ActionStatus(a.status), conversation_id=conversation_id,
        half_year=labels.get(conversation_id, ""),
        carried_over=current_id is not None and conversation_id != current_id
        and a.status == ActionStatus.OPEN.value,
        version=a.version_id,
    )


def _agreements_of(s: Session, conversation_ids: Iterable[int], *, open_only: bool = False
                   ) -> list[Action]:
    ids = list(conversation_ids)
    if not ids:
        return []
    stmt = select(Action).where(Action.conversation_id.in_(ids))
    if open_only:
        stmt = stmt.where(Action.status == ActionStatus.OPEN.value)
    return list(s.scalars(stmt.order_by(Action.due.is_(None), Action.due, Action.id)))


def _events(s: Session, conversation_id: int, people: Mapping[int, _Who]) -> tuple[EventRow, ...]:
    stmt = select(ConversationEvent).where(ConversationEvent.conversation_id == conversation_id)
    return tuple(EventRow(e.kind, _name(people, e.person_id), e.note, e.at)
                 for e in s.scalars(stmt.order_by(ConversationEvent.id)))


def _meeting_parts() -> list[ORMOption]:
    """What ``_meeting`` shows of the conversation itself, read in the same query."""
    return [joinedload(Conversation.preparations), joinedload(Conversation.signatures),
            joinedload(Conversation.corrections)]


def _with_parts() -> list[ORMOption]:
    return [selectinload(Conversation.preparations), selectinload(Conversation.signatures)]


# --- cadence -------------------------------------------------------------------------------


def _plan(s: Session, year: int, half: int) -> list[int]:
    """Create the missing conversations of a half year: everyone active with an active
    direct manager gets one, with that manager, whatever their roles."""
    return planning.plan_missing(s, year, half, window_of(year, half))


def plannable_half_years(today: date | None = None) -> tuple[tuple[int, int], ...]:
    """The half years the owner plans from the screen: this one, and the next (so on
    4 December the conversations need not all be due by 31 December)."""
    this = half_year_of(today or date.today())
    return this, planning.next_half_year(*this)


def planning_preview(db: Database, actor: Actor, year: int, half: int
                     ) -> list[planning.PlanCandidate]:
    """Who planning this half year would include, and why anyone is not (owner or
    machine administrator): names and managers only, no content."""
    if not may(actor, Operation.VIEW_CONVERSATION_STATUS):
        raise Forbidden("not_allowed", operation="plan_conversations")
    window_of(year, half)
    with db.read() as s:
        return planning.candidates(s, year, half)


@online_only()
def plan_half_year(db: Database, actor: Actor, year: int, half: int) -> Changes:
    """Create the half year's missing conversations (owner or machine administrator).

    Idempotent: running it again creates only what is still missing.
    """
    if not may(actor, Operation.VIEW_CONVERSATION_STATUS):
        raise Forbidden("not_allowed", operation="plan_conversations")
    window_of(year, half)
    with db.transaction() as s:
        ids = _plan(s, year, half)
        if ids:
            audit.record(s, actor, "conversations_planned", None, year=year, half=half,
                         count=len(ids))
    return Changes.of(Area.CONVERSATIONS, ids=tuple(ids), value=len(ids))


def list_conversations(db: Database, actor: Actor, *, due_only: bool = False,
                       taking_part: bool = False, taking_part_or_due: bool = False,
                       planned_only: bool = False,
                       today: date | None = None) -> list[ConversationStatusRow]:
    """Statuses and dates: everyone's for the owner and the administrator; otherwise my own,
    those I take part in, and those of my direct reports. ``taking_part``: only those I take
    part in (as professional or manager), whoever I am. ``taking_part_or_due``: those, and
    the due ones, in one read. ``planned_only``: not yet held (the years of signed ones
    stay out, which in a large organisation are most of them)."""
    today = today or date.today()
    me = actor.person_id
    with db.read() as s:
        stmt = _status_select().where(policy.conversations_listed(actor))
        if taking_part:
            stmt = stmt.where(or_(Conversation.professional_id == me,
                                  Conversation.manager_id == me))
        due = and_(Conversation.status == ConversationStatus.PLANNED.value,
                   Conversation.window_start <= today)
        if due_only:
            stmt = stmt.where(due)
        if planned_only:
            stmt = stmt.where(Conversation.status == ConversationStatus.PLANNED.value)
        if taking_part_or_due:
            stmt = stmt.where(or_(Conversation.professional_id == me,
                                  Conversation.manager_id == me, due))
        rows = _status_rows(s, stmt, today)
    rows.sort(key=lambda r: (r.year, r.half, r.professional_name.casefold(), r.id))
    return rows


def _status_select() -> Any:
    return select(
        Conversation.id, Conversation.professional_id, Conversation.manager_id,
        Conversation.year, Conversation.half, Conversation.window_start,
        Conversation.window_end, Conversation.meeting_at, Conversation.status,
        Conversation.locked_at, Conversation.version_id)


def _status_rows(s: Session, stmt: Any, today: date) -> list[ConversationStatusRow]:
    """Status rows for the conversations ``stmt`` selects. Thousands of conversations are
    read as plain columns, in one query: the two people's names, whether each side
    published and how many signatures count come along as columns, never as objects."""
    professional, manager = aliased(Person), aliased(Person)

    def published(side: Side) -> Any:
        return select(Preparation.id).where(
            Preparation.conversation_id == Conversation.id, Preparation.side == side.value,
            Preparation.published_at.is_not(None)).exists()

    signatures = (select(func.count(Signature.id))
                  .where(Signature.conversation_id == Conversation.id,
                         Signature.void.is_(False)).scalar_subquery())
    stmt = (stmt.add_columns(professional.name, manager.name, manager.archived_at,
                             published(Side.PROFESSIONAL), published(Side.MANAGER), signatures)
            .outerjoin(professional, professional.id == Conversation.professional_id)
            .outerjoin(manager, manager.id == Conversation.manager_id))
    rows = []
    for (cid, professional_id, manager_id, year, half, start, end, meeting_at, status,
         locked_at, version, professional_name, manager_name, manager_archived_at,
         professional_published, manager_published, signed) in s.execute(stmt).all():
        rows.append(ConversationStatusRow(
            id=cid, professional_id=professional_id,
            professional_name=professional_name or "",
            manager_id=manager_id, manager_name=manager_name or "",
            manager_left=manager_name is None or manager_archived_at is not None,
            year=year, half=half, window_start=start, window_end=end, meeting_at=meeting_at,
            status=ConversationStatus(status), due=_due_of(status, start, end, today),
            professional_published=bool(professional_published),
            manager_published=bool(manager_published),
            signatures=signed or 0, locked_at=locked_at, version=version,
        ))
    return rows


def due_overview(db: Database, actor: Actor, today: date | None = None
                 ) -> list[ConversationStatusRow]:
    """Conversations that are due (half year running) or overdue (half year over), unsigned.

    The current half year is planned first (idempotent), so a new half year shows up by
    itself. Managers see their reports; the owner everyone; statuses and dates only.
    """
    today = today or date.today()
    year, half = half_year_of(today)
    with db.transaction() as s:
        _plan(s, year, half)
    return list_conversations(db, actor, due_only=True, today=today)


@dataclass(frozen=True)
class RecordVersions:
    """The versions a screen opened now would load: numbers only, no content."""

    record: int
    preparations: dict[Side, int]  # of the sides that have one
    agreements: dict[int, int]  # of this conversation's agreements and earlier ones


def record_versions(db: Database, actor: Actor, conversation_id: int) -> RecordVersions:
    """For a participant who acts like a freshly opened screen (the demo, a script)."""
    with db.read() as s:
        c = _get(s, conversation_id)
        _require_participant(s, actor, c)
        earlier = select(Conversation.id).where(_earlier(c.professional_id, c.year, c.half))
        agreements = s.execute(select(Action.id, Action.version_id).where(
            or_(Action.conversation_id == c.id, Action.conversation_id.in_(earlier))))
        return RecordVersions(
            record=c.version_id,
            preparations={Side(p.side): p.version_id for p in c.preparations},
            agreements={a: v for a, v in agreements})


def conversation_status(db: Database, actor: Actor, conversation_id: int,
                        today: date | None = None) -> ConversationStatusRow:
    with db.read() as s:
        c = _get(s, conversation_id)
        policy.require(s, actor, Kind.RECORD, Op.LIST, about_conversation(c),
                       code="not_allowed")
        return _status_row(c, _directory(s), today or date.today())


@online_only()
def schedule(db: Database, actor: Actor, conversation_id: int, meeting_at: datetime,
             location: str = "", *, expected_version: int) -> Changes:
    """Set (or move) the meeting; a naive time is Amsterdam time. Moving it raises the
    invitation's SEQUENCE, so calendars update the event instead of adding another."""
    when = meeting_at if meeting_at.tzinfo is not None else meeting_at.replace(tzinfo=ZONE)
    place = clean_text(location, "location", max_length=120)
    with db.transaction() as s:
        c = _edit(s, actor, conversation_id, expected_version)
        moved = c.meeting_at is not None and (c.meeting_at != when or c.location != place)
        if not c.ical_uid:
            c.ical_uid = f"conversation-{uuid.uuid4()}@regiestoel"
        elif moved:
            c.ical_sequence += 1
            _edited(c, actor)  # the record names the meeting's moment and place
        c.meeting_at = when.astimezone(UTC)
        c.location = place
    return Changes.of(Area.CONVERSATIONS, ids=(conversation_id,))


def _address(who: _Who | None) -> vCalAddress | None:
    if who is None or not who.email:
        return None
    address = vCalAddress(f"mailto:{who.email}")
    address.params["CN"] = who.name
    return address


def _meeting_event(c: Conversation, people: Mapping[int, _Who], language: str,
                   stamp: datetime, alarm_minutes: int) -> Event:
    """The meeting as one VEVENT (same UID on every export, its SEQUENCE raised on a move),
    with an alarm ``alarm_minutes`` before (none for 0, or when cancelled)."""
    from app.ical import add_alarms

    assert c.meeting_at is not None
    professional = people.get(c.professional_id)
    manager = people.get(c.manager_id) if c.manager_id is not None else None
    start = c.meeting_at.astimezone(ZONE)
    event = Event()
    event.add("uid", c.ical_uid)
    event.add("sequence", c.ical_sequence)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=MEETING_MINUTES))
    event.add("summary", messages.text(
        "conversation.invite_summary", language,
        professional=professional.name if professional else "",
        manager=manager.name if manager else ""))
    event.add("description", messages.text("conversation.invite_description", language))
    if c.location:
        event.add("location", c.location)
    organiser = _address(manager)
    if organiser is not None:
        event.add("organizer", organiser)
    for who in (professional, manager):
        attendee = _address(who)
        if attendee is not None:
            attendee.params["ROLE"] = "REQ-PARTICIPANT"
            attendee.params["PARTSTAT"] = "NEEDS-ACTION"
            event.add("attendee", attendee)
    cancelled = c.status == ConversationStatus.CANCELLED.value
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    if not cancelled and alarm_minutes > 0:
        add_alarms(event, [timedelta(minutes=alarm_minutes)], str(event["summary"]))
    return event


def invite_ics(db: Database, actor: Actor, conversation_id: int, language: str, *,
               now: datetime | None = None) -> bytes:
    """An invitation (.ics, one VEVENT in Amsterdam time with its VTIMEZONE) for both."""
    from app.services.alarms import conversation_alarm_minutes

    if language not in LANGUAGES:
        raise Invalid("language_unknown", field="language")
    with db.read() as s:
        c = _get(s, conversation_id)
        _require_participant(s, actor, c)
        if c.meeting_at is None:
            raise Conflict("meeting_not_scheduled")
        event = _meeting_event(c, _directory(s), language, now or utcnow(),
                               conversation_alarm_minutes(s))
        start = c.meeting_at.astimezone(ZONE)
        cancelled = c.status == ConversationStatus.CANCELLED.value
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "CANCEL" if cancelled else "REQUEST")
    calendar.add_component(Timezone.from_tzid(
        TZID, first_date=date(start.year, 1, 1), last_date=date(start.year + 1, 1, 1)))
    calendar.add_component(event)
    return calendar.to_ical()


def meeting_events(db: Database, actor: Actor, language: str, *,
                   now: datetime | None = None) -> list[Event]:
    """The meetings of the conversations I take part in (for my calendar subscription)."""
    from app.services.alarms import conversation_alarm_minutes

    me = actor.person_id
    if language not in LANGUAGES:
        raise Invalid("language_unknown", field="language")
    if me is None:
        return []
    with db.read() as s:
        talks = list(s.scalars(select(Conversation).where(
            policy.conversations_listed(actor),
            or_(Conversation.professional_id == me, Conversation.manager_id == me),
            Conversation.meeting_at.is_not(None), Conversation.ical_uid != "")
            .order_by(Conversation.meeting_at, Conversation.id)))
        people, minutes = _directory(s), conversation_alarm_minutes(s)
        return [_meeting_event(c, people, language, now or utcnow(), minutes) for c in talks]


# --- preparation ---------------------------------------------------------------------------


@offline_operation("conversations.save_preparation")
def save_preparation(db: Database, actor: Actor, conversation_id: int, side: Side | str,
                     fields: Mapping[str, str], *, expected_version: int | None,
                     expected_record_version: int, publish: bool = False) -> Changes:
    """Save my side's texts (only the fields given; the others stay as they are), and with
    ``publish`` share them with the other participant in the same step.

    ``expected_version``: the preparation's version the screen loaded (``None``: it had none
    yet). A published preparation is part of the record both sign, so its change is also
    checked against the record's version the screen loaded (``expected_record_version``)
    and takes back a signature given on it. ``Changes.value`` is the preparation's new
    version."""
    side = _side(side)
    keys = preparation_keys(side)
    clean: dict[str, str] = {}
    for key, value in fields.items():
        if key not in keys:
            raise Invalid("preparation_field_unknown", field=key)
        clean[key] = clean_text(value, key, max_length=TEXT_MAX, multiline=True)
    with db.transaction() as s:
        c = _locked(s, conversation_id)
        _require_side(s, actor, c, side)
        _require_open(c)
        prep = _prep(c, side)
        if prep is None:
            if expected_version is not None:
                raise Conflict(versions.STALE)  # it was there when the screen loaded
        else:
            versions.check(prep, expected_version)
        published = prep is not None and prep.published_at is not None
        if published:
            versions.check(c, expected_record_version)
        _require_editable(c)
        if prep is None:
            prep = Preparation(side=side.value, author_id=actor.person_id, content="{}")
            c.preparations.append(prep)
        content = _fields(prep)
        content.update(clean)
        stored = json.dumps(content, ensure_ascii=False, sort_keys=True)
        if stored != prep.content:
            prep.content = stored
            prep.author_id = actor.person_id
            prep.updated_at = utcnow()
            if published:
                _edited(c, actor)
        if publish:
            _publish(c, prep)
        s.flush()
        new_version = prep.version_id
    return Changes.of(Area.CONVERSATIONS, ids=(conversation_id,), value=new_version)


def _publish(c: Conversation, prep: Preparation) -> None:
    if not any(v.strip() for v in _fields(prep).values()):
        raise Invalid("preparation_empty")
    if prep.published_at is None:
        prep.published_at = utcnow()
        versions.bump(c)  # the record now holds it


@offline_operation("conversations.publish_preparation")
def publish_preparation(db: Database, actor: Actor, conversation_id: int, side: Side | str,
                        *, expected_version: int) -> Changes:
    """Share my preparation with the other participant; until now only I could read it.
    ``expected_version``: the preparation's version the screen loaded."""
    side = _side(side)
    with db.transaction() as s:
        c = _locked(s, conversation_id)
        _require_side(s, actor, c, side)
        _require_open(c)
        prep = _prep(c, side)
        if prep is None:
            raise Invalid("preparation_empty")
        versions.check(prep, expected_version)
        _require_editable(c)
        _publish(c, prep)
    return Changes.of(Area.CONVERSATIONS, ids=(conversation_id,))


def preparation_of(db: Database, actor: Actor, conversation_id: int, side: Side | str
                   ) -> PreparationView | None:
    """One side's preparation: a draft for its author only (anyone else gets None), a
    published one for whoever may read the conversation."""
    side = _side(side)
    with db.read() as s:
        c = _get(s, conversation_id)
        _require_content(s, actor, c)
        view = _visible_preparation(s, actor, c, side, _directory(s))
        professional_id = c.professional_id
    if view is not None:
        _audit_read(db, actor, professional_id, f"preparation_{side.value}", [conversation_id])
    return view


def _in_window(column: Any, start: date, end: date) -> ColumnElement[bool]:
    """A UTC timestamp column within the half year, in Amsterdam days."""
    since = datetime.combine(start, time.min, tzinfo=ZONE).astimezone(UTC)
    until = datetime.combine(end + timedelta(days=1), time.min, tzinfo=ZONE).astimezone(UTC)
    return and_(column >= since, column < until)


def _hours(minutes: int, language: str) -> str:
    text = f"{minutes / 60:.1f}".removesuffix(".0")
    return text.replace(".", ",") if language == "nl" else text


def _day(value: date, language: str) -> str:
    return value.strftime("%d-%m-%Y" if language == "nl" else "%d/%m/%Y")


def _lines(items: Iterable[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def _prefill_question(s: Session, person_id: int, language: str) -> str:
    q = s.scalars(select(DevelopmentQuestion).where(DevelopmentQuestion.person_id == person_id)
                  .order_by(DevelopmentQuestion.closed_at.is_not(None),
                            DevelopmentQuestion.id.desc()).limit(1)).first()
    if q is None:
        return messages.text("conversation.prefill.no_question", language)
    answers: dict[str, str] = {}
    for a in q.answers:  # ordered by id: the last one per key is the current answer
        answers[a.key] = a.text
    answered = sum(1 for k in GUIDING_KEYS if answers.get(k, "").strip())
    return messages.text("conversation.prefill.question", language, question=q.text,
                         answered=answered, total=len(GUIDING_KEYS))


def _prefill_situations(s: Session, person_id: int, start: date, end: date, language: str
                        ) -> str:
    finished = (SituationStatus.IMPROVED.value, SituationStatus.INNOVATED.value)
    stmt = (select(WorkSituation)
            .where(WorkSituation.owner_id == person_id, WorkSituation.status.in_(finished),
                   _in_window(func.coalesce(WorkSituation.finished_at, WorkSituation.updated_at),
                              start, end))
            .order_by(WorkSituation.id))
    items = [messages.text(f"conversation.prefill.situation_{w.status}", language, title=w.title)
             for w in s.scalars(stmt)]
    if not items:
        return messages.text("conversation.prefill.no_situations", language)
    return messages.text("conversation.prefill.situations", language,
                         count=len(items)) + "\n" + _lines(items)


def _prefill_lessons(s: Session, person_id: int, start: date, end: date, language: str) -> str:
    titles = list(s.scalars(select(Lesson.title).where(
        Lesson.author_id == person_id, _in_window(Lesson.created_at, start, end))
        .order_by(Lesson.id)))
    if not titles:
        return messages.text("conversation.prefill.no_lessons", language)
    return messages.text("conversation.prefill.lessons", language,
                         count=len(titles)) + "\n" + _lines(titles)


def _prefill_hours(s: Session, person_id: int, start: date, end: date, language: str) -> str:
    rows = s.execute(
        select(LearningHours.in_working_time, func.coalesce(func.sum(LearningHours.minutes), 0))
        .where(LearningHours.person_id == person_id, LearningHours.day >= start,
               LearningHours.day <= end)
        .group_by(LearningHours.in_working_time)).all()
    totals = {bool(k): int(v) for k, v in rows}
    norm = s.scalar(select(Organisation.hours_norm).limit(1)) or 0
    return messages.text(
        "conversation.prefill.hours", language, inside=_hours(totals.get(True, 0), language),
        outside=_hours(totals.get(False, 0), language), start=_day(start, language),
        end=_day(end, language), norm=norm)


def _prefill_formal(s: Session, person_id: int, start: date, end: date, language: str) -> str:
    try:  # formal learning arrived with the learning budget; without it there is nothing
        from models.budget import LearningRequest, RequestStatus
    except ImportError:  # pragma: no cover - older builds
        return messages.text("conversation.prefill.no_formal", language)
    stmt = (select(LearningRequest)
            .where(LearningRequest.person_id == person_id,
                   LearningRequest.status == RequestStatus.COMPLETED.value,
                   or_(_in_window(LearningRequest.completed_at, start, end),
                       and_(LearningRequest.completed_at.is_(None),
                            LearningRequest.end_date >= start, LearningRequest.end_date <= end)))
            .order_by(LearningRequest.id))
    items = [f"{r.title} ({r.provider})" if r.provider else r.title for r in s.scalars(stmt)]
    if not items:
        return messages.text("conversation.prefill.no_formal", language)
    return messages.text("conversation.prefill.formal", language,
                         count=len(items)) + "\n" + _lines(items)


def prefill(db: Database, actor: Actor, conversation_id: int, language: str | None = None
            ) -> dict[str, str]:
    """The professional's preparation, pre-filled from what Regiestoel already knows about
    their half year, in plain words; they edit it before saving. Only for the professional."""
    with db.read() as s:
        c = _get(s, conversation_id)
        _require_side(s, actor, c, Side.PROFESSIONAL)
        # What Regiestoel knows of the half year carries over into the preparation: only
        # for the professional themself.
        for kind in (Kind.DEVELOPMENT_QUESTION, Kind.WORK_SITUATION, Kind.LEARNING_REQUEST):
            policy.require(s, actor, kind, Op.CARRY_OVER,
                           policy.Subject(person_id=c.professional_id))
        person = s.get(Person, c.professional_id)
        if language not in LANGUAGES:
            org_language = s.scalar(select(Organisation.default_language).limit(1))
            language = (person.language if person else None) or org_language or "nl"
            if language not in LANGUAGES:
                language = "nl"
        pid, start, end = c.professional_id, c.window_start, c.window_end
        texts = {
            "development_question_progress": _prefill_question(s, pid, language),
            "situations_improved": _prefill_situations(s, pid, start, end, language),
            "lessons_shared": _prefill_lessons(s, pid, start, end, language),
            "learning_hours": _prefill_hours(s, pid, start, end, language),
            "formal_learning": _prefill_formal(s, pid, start, end, language),
        }
    return {key: texts.get(key, "") for key in preparation_keys(Side.PROFESSIONAL)}


# --- the meeting ---------------------------------------------------------------------------


def _meeting(s: Session, actor: Actor, c: Conversation, today: date) -> MeetingView:
    people = _directory(s)
    earlier = list(s.scalars(select(Conversation)
                             .where(_earlier(c.professional_id, c.year, c.half))
                             .order_by(Conversation.year.desc(), Conversation.half.desc())))
    labels = {e.id: half_year_label(e.year, e.half) for e in earlier}
    labels[c.id] = half_year_label(c.year, c.half)
    previous = earlier[0] if earlier else None
    show_previous = previous is not None and policy.allows(
        s, actor, Kind.AGREEMENTS, Op.READ, about_conversation(previous))
    # Open agreements carry over only from records the reader may read: a later manager
    # sees none of a record the professional kept to the managers who took part in it.
    carried_from = {e.id for e in earlier
                    if policy.allows(s, actor, Kind.AGREEMENTS, Op.CARRY_OVER,
                                     about_conversation(e))}
    # The three lists below in one query (over a network each query costs a round trip).
    wanted = carried_from | {c.id} | ({previous.id} if show_previous and previous else set())
    agreements = _agreements_of(s, wanted)
    previous_rows: tuple[AgreementRow, ...] = ()
    if show_previous and previous is not None:
        previous_rows = tuple(_agreement_row(a, people, labels, c.id) for a in agreements
                              if a.conversation_id == previous.id)
    carried = tuple(_agreement_row(a, people, labels, c.id) for a in agreements
                    if a.conversation_id in carried_from
                    and a.status == ActionStatus.OPEN.value)
    own = tuple(_agreement_row(a, people, labels, c.id) for a in agreements
                if a.conversation_id == c.id)
    signatures = tuple(_signature_row(sig, people)
                       for sig in sorted(c.signatures, key=lambda sig: sig.id))
    corrections = tuple(_correction_row(r, people) for r in c.corrections)
    return MeetingView(
        conversation=_status_row(c, people, today), location=c.location,
        professional_preparation=_visible_preparation(s, actor, c, Side.PROFESSIONAL, people),
        manager_preparation=_visible_preparation(s, actor, c, Side.MANAGER, people),
        previous_agreements=previous_rows, carried_over=carried, agreements=own,
        summary=c.summary, signatures=signatures, events=_events(s, c.id, people),
        readable_by_later_managers=c.readable_by_later_managers, corrections=corrections,
    )


def _signature_row(sig: Signature, people: Mapping[int, _Who]) -> SignatureRow:
    return SignatureRow(
        side=Side(sig.side), person_id=sig.person_id, person_name=_name(people, sig.person_id),
        signed_at=sig.signed_at, kind=SignKind(sig.kind), remark=sig.remark, void=sig.void,
        void_reason=VoidReason(sig.void_reason) if sig.void_reason else None,
        voided_at=sig.voided_at, voided_by_name=_name(people, sig.voided_by))


def _correction_row(r: CorrectionRequest, people: Mapping[int, _Who]) -> CorrectionRow:
    return CorrectionRow(
        id=r.id, side=Side(r.side), person_name=_name(people, r.person_id),
        part=CorrectionPart(r.part), agreement_id=r.agreement_id,
        agreement_title=r.agreement_title, text=r.text, requested_at=r.requested_at,
        resolved_at=r.resolved_at)


def meeting_view(db: Database, actor: Actor, conversation_id: int) -> MeetingView:
    """Everything the two need at the table: both published preparations, what became of
    the last agreements, what carries over, the new agreements and the summary."""
    with db.read() as s:
        c = _get(s, conversation_id, _meeting_parts())
        _require_content(s, actor, c)
        view = _meeting(s, actor, c, date.today())
    _audit_read(db, actor, view.conversation.professional_id, "meeting", [conversation_id])
    return view


def signed_record(db: Database, actor: Actor, conversation_id: int) -> MeetingView:
    """The signed, locked record (for printing); Conflict while it is not signed."""
    with db.read() as s:
        c = _get(s, conversation_id, _meeting_parts())
        _require_content(s, actor, c)
        if c.locked_at is None or c.status != ConversationStatus.SIGNED.value:
            raise Conflict("record_not_signed")
        view = _meeting(s, actor, c, date.today())
    _audit_read(db, actor, view.conversation.professional_id, "record", [conversation_id])
    return view


@online_only()
def add_agreement(db: Database, actor: Actor, conversation_id: int, title: str, owner_id: int,
                  due: date | None = None, *, expected_version: int) -> Changes:
    """A new agreement, for the professional or for the manager (who gives account too).
    ``expected_version``: the record's version the screen loaded."""
    with db.transaction() as s:
        c = _edit(s, actor, conversation_id, expected_version, kind=Kind.AGREEMENTS)
        if owner_id not in (c.professional_id, c.manager_id):
            raise Invalid("agreement_owner_not_participant", field="owner")
        action = new_action(title, owner_id, due, actor.person_id)
        action.conversation_id = c.id
        s.add(action)
        _edited(c, actor)
        s.flush()
        new_id = action.id
    return Changes.of(Area.CONVERSATIONS, Area.ACTIONS, ids=(conversation_id, new_id),
                      value=new_id)


def _agreement_in(s: Session, actor: Actor, c: Conversation, agreement_id: int,
                  expected_version: int | None = None) -> Action:
    """An agreement of this conversation, or one of the professional's earlier ones that
    carries over to the reader; anything else does not exist for this conversation. With
    ``expected_version`` it is locked and checked like the record (it also changes on
    *Mijn regie*, where its owner marks it done)."""
    missing = NotFound("agreement_not_found", id=agreement_id)
    if expected_version is None:
        action = s.get(Action, agreement_id)
    else:
        action = versions.locked(s, Action, agreement_id, missing=missing)
    if action is None or action.conversation_id is None:
        raise missing
    if action.conversation_id != c.id:
        earlier = s.scalar(select(Conversation).where(
            _earlier(c.professional_id, c.year, c.half),
            Conversation.id == action.conversation_id))
        if earlier is None or not policy.allows(s, actor, Kind.AGREEMENTS, Op.CARRY_OVER,
                                                about_conversation(earlier)):
            raise missing
    if expected_version is not None:
        versions.check(action, expected_version)
    return action


def _follow_up(s: Session, actor: Actor, c: Conversation, action: Action,
               status: ActionStatus) -> None:
    """An earlier record's agreement followed up in this conversation: the earlier record
    stays locked, and its history and the audit log say what became of the agreement."""
    label = half_year_label(c.year, c.half)
    s.add(ConversationEvent(conversation_id=action.conversation_id,
                            kind=EventKind.AGREEMENT_FOLLOWED_UP.value,
                            person_id=actor.person_id,
                            note=f"{action.title} → {status.value} ({label})"))
    audit.record(s, actor, "agreement_followed_up", c.professional_id, conversation=c.id,
                 earlier_conversation=action.conversation_id, agreement=action.id,
                 status=status.value)


def follow_up_outside(s: Session, actor: Actor, action: Action, status: ActionStatus) -> None:
    """An agreement's status changed outside its meeting (in my list of actions): only by a
    participant, never on a cancelled record; on a signed one it is written down."""
    c = _get(s, action.conversation_id or 0)
    _require_participant(s, actor, c, Kind.AGREEMENTS)
    if c.status == ConversationStatus.CANCELLED.value:
        raise Conflict("conversation_cancelled")
    if action.status == status.value:
        return
    if c.locked_at is None:
        _edited(c, actor)  # part of the record both sign: a signature given on it is void
        return
    s.add(ConversationEvent(conversation_id=c.id, kind=EventKind.AGREEMENT_FOLLOWED_UP.value,
                            person_id=actor.person_id,
                            note=f"{action.title} → {status.value}"))
    audit.record(s, actor, "agreement_followed_up", c.professional_id,
                 earlier_conversation=c.id, agreement=action.id, status=status.value)


@online_only()
def set_agreement_status(db: Database, actor: Actor, conversation_id: int, agreement_id: int,
                         status: ActionStatus | str, *, expected_version: int,
                         expected_record_version: int) -> Changes:
    """Mark an agreement done, dropped, or open again — one of this conversation, or an
    earlier one that carried over and is reviewed in this meeting (the record shows both).
    ``expected_version``: the agreement's version the screen loaded; ``expected_record_version``:
    the record's."""
    try:
        new_status = ActionStatus(status)
    except ValueError as exc:
        raise Invalid("agreement_status_unknown", field="status") from exc
    with db.transaction() as s:
        c = _edit(s, actor, conversation_id, expected_record_version, kind=Kind.AGREEMENTS)
        action = _agreement_in(s, actor, c, agreement_id, expected_version)
        if action.status != new_status.value:
            action.status = new_status.value
            action.done_at = utcnow() if new_status is ActionStatus.DONE else None
            if action.conversation_id == c.id:
                _edited(c, actor)
            else:
                # An earlier record's agreement: that record stays as it was signed.
                _follow_up(s, actor, c, action, new_status)
    return Changes.of(Area.CONVERSATIONS, Area.ACTIONS, ids=(conversation_id, agreement_id))


@online_only()
def remove_agreement(db: Database, actor: Actor, conversation_id: int, agreement_id: int, *,
                     expected_version: int, expected_record_version: int) -> Changes:
    """Take back an agreement made by mistake in this (unsigned) conversation."""
    with db.transaction() as s:
        c = _edit(s, actor, conversation_id, expected_record_version, kind=Kind.AGREEMENTS)
        action = _agreement_in(s, actor, c, agreement_id, expected_version)
        if action.conversation_id != c.id:
            raise NotFound("agreement_not_found", id=agreement_id)
        s.delete(action)
        _edited(c, actor)
    return Changes.of(Area.CONVERSATIONS, Area.ACTIONS, ids=(conversation_id, agreement_id))


@online_only()
def save_summary(db: Database, actor: Actor, conversation_id: int, summary: str, *,
                 expected_version: int) -> Changes:
    """``expected_version``: the record's version the screen loaded; when someone saved in
    between (the other, on their own laptop), this save is refused instead of overwriting."""
    text = clean_text(summary, "summary", max_length=SUMMARY_MAX, multiline=True)
    with db.transaction() as s:
        c = _edit(s, actor, conversation_id, expected_version, kind=Kind.SUMMARY)
        if c.summary != text:
            c.summary = text
            _edited(c, actor)
    return Changes.of(Area.CONVERSATIONS, ids=(conversation_id,))


# --- signing, asking for a correction, locking, reopening ----------------------------------


# What a personal copy reads back after signing or asking for a correction on the server: the
# record and its parts (its preparations and agreements do not change).
RECORD_ROWS = ReadBack("conversation_id", {
    "conversation": "id", "signature": "conversation_id",
    "correction_request": "conversation_id", "conversation_event": "conversation_id"})


def _sign_kind(kind: SignKind | str, remark: str) -> tuple[SignKind, str]:
    try:
        chosen = SignKind(kind)
    except ValueError as exc:
        raise Invalid("sign_kind_unknown", field="kind") from exc
    text = clean_text(remark, "remark", max_length=REMARK_MAX, multiline=True,
                      required=chosen is SignKind.SEEN)
    if chosen is SignKind.AGREED and text:
        # A remark belongs to "seen, with a remark"; it is never dropped without a word.
        raise Invalid("remark_needs_seen", field="remark")
    return chosen, text


def _check_signing_version(c: Conversation, side: Side, expected_version: int) -> None:
    """The signer signs what their screen showed. Only one change may have come in between:
    the other side's signature, given on that same version at the same moment — then both
    signed the same record, and it locks."""
    if c.version_id == expected_version:
        return
    other = next((sig for sig in _valid_signatures(c) if sig.side != side.value), None)
    if other is not None and other.signed_version == expected_version and \
            other.version_after == c.version_id:
        return
    raise Conflict(versions.STALE)


def _password_of(s: Session, actor: Actor, password: str, now: datetime) -> Forbidden | None:
    """The signer's own password (each signs for themself on the shared laptop), counted as
    a login attempt: a wrong one is returned for raising once its count is saved."""
    account = locked_account(s, actor.person_id) if actor.person_id is not None else None
    if account is None:
        raise Forbidden("wrong_password")
    if account.must_change_password:
        # A temporary password is known to whoever set it: it cannot sign.
        raise Forbidden("sign_with_own_password")
    return check_password(account, password, now)


@online_only("offline_sign", passthrough=RECORD_ROWS)
def sign(db: Database, actor: Actor, conversation_id: int, side: Side | str, password: str,
         *, expected_version: int, kind: SignKind | str = SignKind.AGREED, remark: str = "",
         clock: Clock = utcnow) -> Changes:
    """Sign my side with my own password (on the shared laptop each signs for themself):
    *agreed*, or *seen* with a remark that becomes part of the record.

    ``expected_version`` is the record's version the signer's screen showed. Signing raises
    it, so an edit from a screen loaded before is refused as stale. Signing and locking are
    one step: the record row is locked while the signature is checked and written, so two
    signatures given at the same moment (on two laptops) lock the record. A wrong password
    counts as a failed login (the same waits apply)."""
    side = _side(side)
    chosen, text = _sign_kind(kind, remark)
    now = clock()
    with db.transaction() as s:
        c = _locked(s, conversation_id)
        _require_side(s, actor, c, side)
        _require_open(c)
        if any(sig.side == side.value for sig in _valid_signatures(c)):
            raise Conflict("already_signed")
        _check_signing_version(c, side, expected_version)
        if not (_published(c, Side.PROFESSIONAL) and _published(c, Side.MANAGER)):
            raise Conflict("preparations_not_published")
        refusal = _password_of(s, actor, password, now)
        if refusal is None:
            signature = Signature(side=side.value, person_id=actor.person_id, signed_at=now,
                                  kind=chosen.value, remark=text,
                                  signed_version=expected_version)
            c.signatures.append(signature)
            for request in _open_corrections(c):
                if request.side == side.value:
                    request.resolved_at = now  # its author signs: the correction is done
            if {sig.side for sig in _valid_signatures(c)} == {p.value for p in Side}:
                c.status = ConversationStatus.SIGNED.value
                c.locked_at = now
            versions.bump(c)
            audit.record(s, actor, "conversation_signed", c.professional_id,
                         conversation=c.id, side=side.value, kind=chosen.value)
            s.flush()
            signature.version_after = c.version_id
    if refusal is not None:
        raise refusal
    return Changes.of(Area.CONVERSATIONS, ids=(conversation_id,))


@online_only("offline_correction", passthrough=RECORD_ROWS)
def request_correction(db: Database, actor: Actor, conversation_id: int, side: Side | str,
                       password: str, *, part: CorrectionPart | str, text: str,
                       agreement_id: int | None = None, expected_version: int,
                       clock: Clock = utcnow) -> Changes:
    """Ask for a correction of the summary or of one agreement, instead of signing.

    Not a signature: with the person's own password (like signing, on the shared laptop),
    it takes back their own signature if they had given one, reopens editing for both, and
    stays visible to both until its author signs. Refused on a locked record."""
    side = _side(side)
    try:
        what = CorrectionPart(part)
    except ValueError as exc:
        raise Invalid("correction_part_unknown", field="part") from exc
    wish = clean_text(text, "correction", max_length=REMARK_MAX, required=True, multiline=True)
    now = clock()
    with db.transaction() as s:
        c = _locked(s, conversation_id)
        _require_side(s, actor, c, side)
        if c.locked_at is not None:
            raise Conflict("correction_on_locked_record")
        _require_open(c)
        versions.check(c, expected_version)
        title = ""
        if what is CorrectionPart.AGREEMENT:
            if agreement_id is None:
                raise Invalid("correction_agreement_missing", field="agreement")
            title = _agreement_in(s, actor, c, agreement_id).title
        elif agreement_id is not None:
            raise Invalid("correction_part_unknown", field="part")
        refusal = _password_of(s, actor, password, now)
        if refusal is None:
            own = [sig for sig in _valid_signatures(c) if sig.side == side.value]
            _take_back(own, VoidReason.CORRECTION, actor.person_id, now)
            c.corrections.append(CorrectionRequest(
                side=side.value, person_id=actor.person_id, part=what.value,
                agreement_id=agreement_id, agreement_title=title, text=wish,
                requested_at=now))
            versions.bump(c)
            audit.record(s, actor, "conversation_correction_requested", c.professional_id,
                         conversation=c.id, side=side.value, part=what.value)
    if refusal is not None:
        raise refusal
    return Changes.of(Area.CONVERSATIONS, ids=(conversation_id,))


@online_only()
def reopen(db: Database, actor: Actor, conversation_id: int, reason: str, *,
           expected_version: int) -> Changes:
    """Unlock a signed record (either participant, with a reason). The signatures are kept
    as void; both sign again."""
    note = clean_text(reason, "reason", max_length=2000, required=True, multiline=True)
    with db.transaction() as s:
        c = _locked(s, conversation_id)
        _require_participant(s, actor, c)
        versions.check(c, expected_version)
        if c.locked_at is None:
            raise Conflict("record_not_signed")
        _take_back(_valid_signatures(c), VoidReason.REOPENED, actor.person_id, utcnow())
        c.locked_at = None
        c.status = ConversationStatus.PLANNED.value
        s.add(ConversationEvent(conversation_id=c.id, kind=EventKind.REOPENED.value,
                                person_id=actor.person_id, note=note))
        audit.record(s, actor, "conversation_reopened", c.professional_id, conversation=c.id)
    return Changes.of(Area.CONVERSATIONS, ids=(conversation_id,))


@online_only()
def replace_manager(db: Database, actor: Actor, conversation_id: int, new_manager_id: int,
                    *, expected_version: int) -> Changes:
    """Hand an unsigned conversation to another manager (the owner does this, for example
    when the manager left). Their preparation starts empty; the professional's stays."""
    require(actor, Operation.MANAGE_PEOPLE)
    with db.transaction() as s:
        c = _locked(s, conversation_id)
        policy.require(s, actor, Kind.RECORD, Op.LIST, about_conversation(c),
                       code="not_allowed")
        versions.check(c, expected_version)
        _require_open(c)
        new = s.get(Person, new_manager_id)
        if new is None or new.archived_at is not None:
            raise Invalid("manager_unknown", field="manager", id=new_manager_id)
        if new.id == c.professional_id:
            raise Invalid("manager_is_self", field="manager")
        if not new.roles & {Role.MANAGER, Role.OWNER}:
            raise Invalid("manager_without_role", field="manager", name=new.name)
        if new.id == c.manager_id:
            return Changes.of(Area.CONVERSATIONS, ids=(conversation_id,))
        old_id = c.manager_id
        old = s.get(Person, old_id) if old_id is not None else None
        # The old manager's text (a draft only they saw, or what they published) is theirs.
        for prep in [p for p in c.preparations if p.side == Side.MANAGER.value]:
            c.preparations.remove(prep)
        now = utcnow()
        _take_back(_valid_signatures(c), VoidReason.MANAGER_REPLACED, actor.person_id, now)
        for request in _open_corrections(c):
            if request.side == Side.MANAGER.value:
                request.resolved_at = now  # the old manager's wish leaves with them
        c.manager_id = new.id
        if c.ical_uid:
            c.ical_sequence += 1  # the invitation now goes to someone else
        s.add(ConversationEvent(conversation_id=c.id, kind=EventKind.MANAGER_REPLACED.value,
                                person_id=actor.person_id,
                                note=f"{old.name if old else ''} → {new.name}"))
        audit.record(s, actor, "conversation_manager_replaced", c.professional_id,
                     conversation=c.id, old_manager=old_id, new_manager=new.id)
    return Changes.of(Area.CONVERSATIONS, ids=(conversation_id,))


@online_only()
def set_readable_by_later_managers(db: Database, actor: Actor, conversation_id: int,
                                   allowed: bool, *, expected_version: int) -> Changes:
    """The professional decides whether a later manager may read this record."""
    with db.transaction() as s:
        c = _locked(s, conversation_id)
        policy.require(s, actor, Kind.SHARING, Op.CHANGE, about_conversation(c))
        versions.check(c, expected_version)
        if c.readable_by_later_managers != allowed:
            c.readable_by_later_managers = allowed
            audit.record(s, actor, "conversation_sharing_changed", c.professional_id,
                         conversation=c.id, allowed=allowed)
    return Changes.of(Area.CONVERSATIONS, ids=(conversation_id,))


# --- history -------------------------------------------------------------------------------


def timeline(db: Database, actor: Actor, professional_id: int, today: date | None = None
             ) -> list[TimelineEntry]:
    """All conversations of a professional and their agreements across the years, oldest
    first: everything for the professional; for anyone else only the records they may read."""
    today = today or date.today()
    with db.read() as s:
        conversations = list(s.scalars(
            select(Conversation).options(*_with_parts())
            .where(Conversation.professional_id == professional_id)
            .order_by(Conversation.year, Conversation.half)))
        readable = [c for c in conversations
                    if policy.allows(s, actor, Kind.RECORD, Op.READ, about_conversation(c))]
        if not readable:
            policy.require(s, actor, Kind.RECORD, Op.LIST,
                           policy.Subject(person_id=professional_id))
        people = _directory(s)
        labels = {c.id: half_year_label(c.year, c.half) for c in conversations}
        entries = [
            TimelineEntry(
                conversation=_status_row(c, people, today),
                agreements=tuple(_agreement_row(a, people, labels, None)
                                 for a in _agreements_of(s, [c.id])),
                summary=c.summary, events=_events(s, c.id, people))
            for c in readable
        ]
    if entries:
        _audit_read(db, actor, professional_id, "timeline",
                    [e.conversation.id for e in entries])
    return entries
