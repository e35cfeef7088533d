"""What is due for one person now: the one answer behind Mijn regie's card and every reminder."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, or_, select

from app import policy
from app.access import Actor
from app.db import Database
from app.ical import TZID
from models import (
    Action,
    ActionStatus,
    Conversation,
    ConversationStatus,
    Cycle,
    CycleStatus,
    GroupInvitation,
    InvitationStatus,
    LearningGroup,
    LearningRequest,
    Preparation,
    RequestStatus,
    Room,
    SessionStatus,
    Side,
)
from models import Session as SessionModel

ZONE = ZoneInfo(TZID)
# Before a conversation: a first reminder two weeks ahead, a second three days ahead.
PREPARE_FIRST = timedelta(days=14)
PREPARE_SECOND = timedelta(days=3)
SOON = timedelta(hours=1)


class DueKind(enum.StrEnum):
    """The fixed codes of what can be due: the same in every language (the admin command
    prints them, e-mails and screens name them in the person's language)."""

    SESSION_TOMORROW = "session_tomorrow"
    SESSION_SOON = "session_soon"  # starts within the hour
    PREPARE_TWO_WEEKS = "prepare_two_weeks"
    PREPARE_THREE_DAYS = "prepare_three_days"
    AGREEMENT_OVERDUE = "agreement_overdue"
    ACTION_OVERDUE = "action_overdue"
    DECISION_WAITING = "decision_waiting"
    GROUP_INVITATION = "group_invitation"
    CULTURE_ROUND = "culture_round"
    SESSION = "session"  # in the weekly summary: a session this week
    WEEKLY_SUMMARY = "weekly_summary"  # e-mail only: the week's items on Monday morning


@dataclass(frozen=True)
class DueItem:
    """One thing due. Kind, date and place only, never content: this is what a reminder
    (an e-mail, a notification) may say."""

    kind: DueKind
    item_id: int  # the session, conversation, action, request, invitation or round
    due_on: date  # the day of the session or meeting, the date passed, the day asked
    at: datetime | None = None  # the moment (aware), for a session or a meeting
    place: str = ""  # the room or the meeting's location

    @property
    def key(self) -> tuple[str, int, date]:
        return (self.kind.value, self.item_id, self.due_on)


def local_now(now: datetime | None = None) -> datetime:
    """Now in Amsterdam time (``now`` given by tests, aware)."""
    return (now or datetime.now(UTC)).astimezone(ZONE)


def due_for(db: Database, actor: Actor, now: datetime | None = None, *,
            open_rounds: list[Any] | None = None, open_actions: list[Any] | None = None,
            invitations: list[Any] | None = None,
            my_groups: list[Any] | None = None) -> list[DueItem]:
    """Everything due for the person logged in, soonest first. Each part asks the policy
    as that person: their groups, their conversations, their actions, their decisions.
    Read a moment ago by the caller (each part one query less over the network):
    ``open_rounds`` (``culture.my_open_rounds``), ``open_actions``
    (``actions.my_open_actions``), ``invitations`` (``groups.my_invitations``) and
    ``my_groups`` (``groups.my_groups``: none, then no sessions either)."""
    if actor.person_id is None:
        return []
    moment = local_now(now)
    overdue = (_overdue_actions(db, actor, moment) if open_actions is None
               else _overdue_of(open_actions, moment))
    invited = (_invitations(db, actor) if invitations is None
               else [_invitation_item(i.id, i.invited_at) for i in invitations])
    # my_groups asks the same policy as _my_sessions (the groups I am in or guide, not
    # archived): without any, there is no session of mine to look for.
    sessions = [] if my_groups == [] else _sessions(db, actor, moment)
    items = (sessions + _preparations(db, actor, moment)
             + overdue + _decisions(db, actor) + invited
             + _culture_rounds(db, actor, open_rounds))
    return sorted(items, key=lambda i: (i.due_on, i.at or datetime.min.replace(tzinfo=UTC),
                                        i.kind.value, i.item_id))


def _sessions(db: Database, actor: Actor, moment: datetime) -> list[DueItem]:
    """Sessions of groups I am in or guide: tomorrow, and those that start within the hour."""
    today = moment.date()
    tomorrow = today + timedelta(days=1)
    found = []
    for session_id, day, at, room in _my_sessions(db, actor, today, tomorrow):
        if day == tomorrow:
            found.append(DueItem(DueKind.SESSION_TOMORROW, session_id, day, at, room))
        elif moment <= at <= moment + SOON:
            found.append(DueItem(DueKind.SESSION_SOON, session_id, day, at, room))
    return found


def week_sessions(db: Database, actor: Actor, now: datetime | None = None) -> list[DueItem]:
    """My sessions from now until Sunday, for the weekly summary."""
    moment = local_now(now)
    sunday = moment.date() + timedelta(days=6 - moment.weekday())
    return [DueItem(DueKind.SESSION, sid, day, at, room)
            for sid, day, at, room in _my_sessions(db, actor, moment.date(), sunday)
            if at >= moment]


def _my_sessions(db: Database, actor: Actor, first: date, last: date
                 ) -> list[tuple[int, date, datetime, str]]:
    """Planned sessions of groups I am in or guide, from ``first`` to ``last``, soonest first:
    (session, day, start as an aware moment, room)."""
    with db.read() as s:
        rows = s.execute(
            select(SessionModel.id, SessionModel.day, SessionModel.start_time, Room.name)
            .join(Cycle, Cycle.id == SessionModel.cycle_id)
            .join(LearningGroup, LearningGroup.id == Cycle.group_id)
            .outerjoin(Room, Room.id == Cycle.room_id)
            .where(policy.groups_visible(actor, policy.Op.LIST),
                   LearningGroup.archived_at.is_(None),
                   Cycle.status == CycleStatus.PLANNED.value,
                   SessionModel.status == SessionStatus.PLANNED.value,
                   SessionModel.day >= first, SessionModel.day <= last)
            .order_by(SessionModel.day, SessionModel.start_time, SessionModel.id)).all()
    return [(sid, day, datetime.combine(day, start, tzinfo=ZONE), room or "")
            for sid, day, start, room in rows]


def _preparations(db: Database, actor: Actor, moment: datetime) -> list[DueItem]:
    """My side of a planned conversation, not yet published: two weeks and three days before
    the meeting (before the end of its window when no meeting is set)."""
    me = actor.person_id
    today = moment.date()
    # Whether my side is published already comes with each conversation: one query.
    my_side = case((Conversation.professional_id == me, Side.PROFESSIONAL.value),
                   else_=Side.MANAGER.value)
    published = select(Preparation.id).where(
        Preparation.conversation_id == Conversation.id, Preparation.side == my_side,
        Preparation.published_at.is_not(None)).exists()
    with db.read() as s:
        rows = s.execute(
            select(Conversation.id, Conversation.professional_id, Conversation.window_end,
                   Conversation.meeting_at, Conversation.location)
            .where(policy.conversations_listed(actor),
                   or_(Conversation.professional_id == me, Conversation.manager_id == me),
                   Conversation.status == ConversationStatus.PLANNED.value,
                   Conversation.locked_at.is_(None), ~published)).all()
    found = []
    for cid, _professional_id, window_end, meeting_at, location in rows:
        at = meeting_at.astimezone(ZONE) if meeting_at is not None else None
        target = at.date() if at is not None else window_end
        if target < today:
            continue
        if today >= target - PREPARE_SECOND:
            kind = DueKind.PREPARE_THREE_DAYS
        elif today >= target - PREPARE_FIRST:
            kind = DueKind.PREPARE_TWO_WEEKS
        else:
            continue
        found.append(DueItem(kind, cid, target, at, location if at is not None else ""))
    return found


def _overdue_actions(db: Database, actor: Actor, moment: datetime) -> list[DueItem]:
    """My open agreements (from a conversation) and actions (from a session) past their date."""
    with db.read() as s:
        rows = s.execute(
            select(Action.id, Action.due, Action.conversation_id)
            .where(policy.own_actions(actor), Action.status == ActionStatus.OPEN.value,
                   Action.due.is_not(None), Action.due < moment.date())).all()
    return [_overdue_item(action_id, due, conversation)
            for action_id, due, conversation in rows if due is not None]


def _overdue_of(open_actions: list[Any], moment: datetime) -> list[DueItem]:
    """The overdue ones among my open actions (``actions.my_open_actions``: the same policy
    and status as ``_overdue_actions`` asks)."""
    return [_overdue_item(a.id, a.due, a.conversation_id) for a in open_actions
            if a.due is not None and a.due < moment.date()]


def _overdue_item(action_id: int, due: date, conversation_id: int | None) -> DueItem:
    return DueItem(DueKind.AGREEMENT_OVERDUE if conversation_id else DueKind.ACTION_OVERDUE,
                   action_id, due)


def _decisions(db: Database, actor: Actor) -> list[DueItem]:
    """Learning requests that wait for my decision (only that they exist, and since when)."""
    with db.read() as s:
        rows = s.execute(
            select(LearningRequest.id, LearningRequest.created_at)
            .where(policy.decisions_waiting(actor),
                   LearningRequest.status == RequestStatus.REQUESTED.value)).all()
    return [DueItem(DueKind.DECISION_WAITING, rid, created.astimezone(ZONE).date())
            for rid, created in rows]


def _invitations(db: Database, actor: Actor) -> list[DueItem]:
    """Invitations to a group that wait for my answer."""
    with db.read() as s:
        rows = s.execute(
            select(GroupInvitation.id, GroupInvitation.invited_at)
            .join(LearningGroup, LearningGroup.id == GroupInvitation.group_id)
            .where(and_(GroupInvitation.person_id == actor.person_id,
                        GroupInvitation.status == InvitationStatus.OPEN.value,
                        LearningGroup.archived_at.is_(None)))).all()
    return [_invitation_item(iid, invited) for iid, invited in rows]


def _invitation_item(invitation_id: int, invited_at: datetime) -> DueItem:
    return DueItem(DueKind.GROUP_INVITATION, invitation_id, invited_at.astimezone(ZONE).date())


def _culture_rounds(db: Database, actor: Actor, open_rounds: list[Any] | None
                    ) -> list[DueItem]:
    """Open culture scan rounds I may still answer, due by their last day. Whether I have
    answered is read from the round's own anonymous participation, never stored here."""
    from app.services import culture

    if open_rounds is None:
        open_rounds = culture.my_open_rounds(db, actor)
    return [DueItem(DueKind.CULTURE_ROUND, r.id, r.closes_on) for r in open_rounds]
