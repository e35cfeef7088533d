"""A manager's view of the team: per direct report what the policy lets the manager see."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app import policy
from app.access import Actor
from app.db import Database
from app.ical import TZID
from app.policy import Kind, Op
from app.services import audit
from models import (
    Action,
    ActionStatus,
    Conversation,
    ConversationStatus,
    DevelopmentQuestion,
    LearningGroup,
    LearningHours,
    LearningRequest,
    Organisation,
    Person,
    RequestStatus,
    group_member,
)
from models.errors import Forbidden

ZONE = ZoneInfo(TZID)


@dataclass(frozen=True)
class TeamAgreement:
    """An open agreement from a conversation with the report (either side owns it)."""

    id: int
    title: str
    owner_id: int
    owner_name: str
    due: date | None
    conversation_id: int
    half_year: str  # of the conversation it was made in, ``2026-2``
    overdue: bool


@dataclass(frozen=True)
class WaitingRequest:
    """A learning request of the report that waits for my decision."""

    id: int
    title: str
    asked_on: date


@dataclass(frozen=True)
class NextConversation:
    """Our next talent conversation: when it is set, or the end of its half year."""

    id: int
    half_year: str
    window_end: date
    meeting_at: datetime | None
    overdue: bool  # its half year is over and it is not signed


@dataclass(frozen=True)
class ReportCard:
    person_id: int
    name: str
    # The current development question when the report shares it with me; ``None`` both
    # when it is not shared and when there is none (whether one exists is theirs to tell).
    question: str | None
    minutes_in_working_time: int  # learning hours this year, in minutes
    agreements: tuple[TeamAgreement, ...]
    requests: tuple[WaitingRequest, ...]
    groups: tuple[str, ...]  # names only
    next_conversation: NextConversation | None

    @property
    def hours_in_working_time(self) -> float:
        return self.minutes_in_working_time / 60


@dataclass(frozen=True)
class TeamOverview:
    year: int
    norm_hours: int
    reports: tuple[ReportCard, ...]
    total: int = 0  # active direct reports; more than ``reports`` when a limit was asked


def has_reports(db: Database, actor: Actor) -> bool:
    """Whether the person logged in is someone's direct manager (the screen is for them)."""
    if actor.person_id is None:
        return False
    with db.read() as s:
        return s.scalar(select(Person.id).where(
            Person.manager_id == actor.person_id, Person.archived_at.is_(None)).limit(1)) \
            is not None


def my_team(db: Database, actor: Actor, today: date | None = None, *,
            limit: int | None = None) -> TeamOverview:
    """One card per active direct report (the first ``limit`` by name when given), read in
    a fixed number of queries whatever the team's size. Every part is filtered by the policy
    table (``policy.where_allows``), so a former manager, a colleague or an unshared
    question shows nothing; each report whose records were read gets an audit entry, and
    only those: a report left out by the limit is not read."""
    if actor.person_id is None:
        raise Forbidden("not_allowed", operation="my_team")  # the administrator has no team
    today = today or date.today()
    with db.read() as s:
        reports = s.execute(
            select(Person.id, Person.name)
            .where(Person.manager_id == actor.person_id, Person.archived_at.is_(None))
            .order_by(Person.name, Person.id)).all()
        total = len(reports)
        if limit is not None:
            reports = reports[:max(0, limit)]
        ids = [pid for pid, _name in reports]
        norm = s.scalar(select(Organisation.hours_norm).limit(1)) or 0
        if not ids:
            return TeamOverview(today.year, norm, (), total)
        questions = _questions(s, actor, ids)
        minutes = _hours(s, actor, ids, today.year)
        agreements = _agreements(s, actor, ids, today)
        requests = _requests(s, actor, ids)
        groups = _groups(s, actor, ids)
        conversations = _next_conversations(s, actor, ids, today)
    cards = tuple(ReportCard(
        person_id=pid, name=name, question=questions.get(pid, (None, None))[1],
        minutes_in_working_time=minutes.get(pid, 0),
        agreements=tuple(agreements[pid]), requests=tuple(requests[pid]),
        groups=tuple(groups[pid]), next_conversation=conversations.get(pid))
        for pid, name in reports)
    _audit(db, actor, cards, questions, today.year)
    return TeamOverview(today.year, norm, cards, total)


def _questions(s: Session, actor: Actor, ids: list[int]) -> dict[int, tuple[int, str]]:
    """person -> (question, text): the current question, where shared with me."""
    rows = s.execute(
        select(DevelopmentQuestion.person_id, DevelopmentQuestion.id, DevelopmentQuestion.text)
        .where(DevelopmentQuestion.person_id.in_(ids),
               DevelopmentQuestion.closed_at.is_(None),
               policy.where_allows(actor, Kind.DEVELOPMENT_QUESTION, Op.READ,
                                   person=DevelopmentQuestion.person_id,
                                   shared=DevelopmentQuestion.shared_with_manager.is_(True)))
        .order_by(DevelopmentQuestion.id)).all()
    # The newest open question is the current one (as app.services.development says).
    return {pid: (qid, text) for pid, qid, text in rows}


def _hours(s: Session, actor: Actor, ids: list[int], year: int) -> dict[int, int]:
    rows = s.execute(
        select(LearningHours.person_id, func.coalesce(func.sum(LearningHours.minutes), 0))
        .where(LearningHours.person_id.in_(ids), LearningHours.in_working_time.is_(True),
               LearningHours.day >= date(year, 1, 1), LearningHours.day <= date(year, 12, 31),
               policy.where_allows(actor, Kind.LEARNING_HOURS, Op.READ,
                                   person=LearningHours.person_id))
        .group_by(LearningHours.person_id)).all()
    return {pid: int(total) for pid, total in rows}


def _agreements(s: Session, actor: Actor, ids: list[int], today: date
                ) -> dict[int, list[TeamAgreement]]:
    owner = aliased(Person)
    rows = s.execute(
        select(Conversation.professional_id, Action.id, Action.title, Action.owner_id,
               owner.name, Action.due, Conversation.id, Conversation.year, Conversation.half)
        .join(Conversation, Conversation.id == Action.conversation_id)
        .join(owner, owner.id == Action.owner_id)
        .where(Conversation.professional_id.in_(ids),
               Action.status == ActionStatus.OPEN.value,
               policy.where_allows(actor, Kind.AGREEMENTS, Op.READ,
                                   person=Conversation.professional_id,
                                   conversation=Conversation))
        .order_by(Action.due.is_(None), Action.due, Action.id)).all()
    found: dict[int, list[TeamAgreement]] = defaultdict(list)
    for pid, aid, title, owner_id, owner_name, due, cid, year, half in rows:
        found[pid].append(TeamAgreement(aid, title, owner_id, owner_name, due, cid,
                                        f"{year}-{half}", due is not None and due < today))
    return found


def _requests(s: Session, actor: Actor, ids: list[int]) -> dict[int, list[WaitingRequest]]:
    rows = s.execute(
        select(LearningRequest.person_id, LearningRequest.id, LearningRequest.title,
               LearningRequest.created_at)
        .where(LearningRequest.person_id.in_(ids),
               LearningRequest.status == RequestStatus.REQUESTED.value,
               policy.decisions_waiting(actor),
               policy.where_allows(actor, Kind.LEARNING_REQUEST, Op.LIST,
                                   person=LearningRequest.person_id))
        .order_by(LearningRequest.created_at, LearningRequest.id)).all()
    found: dict[int, list[WaitingRequest]] = defaultdict(list)
    for pid, rid, title, created in rows:
        found[pid].append(WaitingRequest(rid, title, created.astimezone(ZONE).date()))
    return found


def _groups(s: Session, actor: Actor, ids: list[int]) -> dict[int, list[str]]:
    person = group_member.c.person_id
    rows = s.execute(
        select(person, LearningGroup.name)
        .join(LearningGroup, LearningGroup.id == group_member.c.group_id)
        .where(person.in_(ids), LearningGroup.archived_at.is_(None),
               policy.where_allows(actor, Kind.GROUP_CONTENT, Op.LIST, person=person))
        .order_by(LearningGroup.name, LearningGroup.id)).all()
    found: dict[int, list[str]] = defaultdict(list)
    for pid, name in rows:
        found[pid].append(name)
    return found


def _next_conversations(s: Session, actor: Actor, ids: list[int], today: date
                        ) -> dict[int, NextConversation]:
    """Our first open conversation per report (statuses and dates only)."""
    rows = s.execute(
        select(Conversation.professional_id, Conversation.id, Conversation.year,
               Conversation.half, Conversation.window_end, Conversation.meeting_at)
        .where(Conversation.professional_id.in_(ids),
               Conversation.manager_id == actor.person_id,
               Conversation.status == ConversationStatus.PLANNED.value,
               Conversation.locked_at.is_(None),
               policy.where_allows(actor, Kind.RECORD, Op.LIST,
                                   person=Conversation.professional_id,
                                   conversation=Conversation))
        .order_by(Conversation.year.desc(), Conversation.half.desc())).all()
    found: dict[int, NextConversation] = {}
    for pid, cid, year, half, window_end, meeting_at in rows:
        # Read newest first, so the earliest open one (an overdue one) is written last.
        found[pid] = NextConversation(cid, f"{year}-{half}", window_end, meeting_at,
                                      overdue=today > window_end)
    return found


def _audit(db: Database, actor: Actor, cards: tuple[ReportCard, ...],
           questions: dict[int, tuple[int, str]], year: int) -> None:
    """One entry per report whose records were read, in one transaction: the question (when
    shared), the hours, the open agreements, the requests waiting."""
    entries: list[tuple[int, dict[str, Any]]] = []
    for card in cards:
        if card.person_id == actor.person_id:
            continue
        detail: dict[str, Any] = {"hours_year": year}
        if card.person_id in questions:
            detail["question"] = questions[card.person_id][0]
        if card.agreements:
            detail["agreements"] = [a.id for a in card.agreements]
        if card.requests:
            detail["requests"] = [r.id for r in card.requests]
        entries.append((card.person_id, detail))
    if not entries:
        return
    with db.transaction() as s:
        for person_id, detail in entries:
            audit.record(s, actor, "team_overview_read", person_id, **detail)
