"""The one access policy: who, by relation to a record, may list, read, change, export or carry
over which kind of personal record. Every service asks here; none keeps rules of its own.

The rules are data (``RULES``): for a kind of record and an operation, each relation of the
asker to the record has a condition under which it is allowed. A relation that is absent is
refused; ``NEVER`` refuses even when another relation of the same asker would allow it.
``tests/app/test_policy_table.py`` proves every cell through every service that touches
the kind, and ``tests/test_architecture.py`` proves that no service reads a personal model
(``PERSONAL_MODELS``) without going through this module.

The machine's administrator (``regiestoel-admin``, no login) acts for no person: the
administrator can read the database file anyway, so the admin commands are no way around
the roles of people who log in. They see what exists (``LIST``) and export a person's data
only sealed with a passphrase that the person types (``SEALED``); they read no content.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, event, false, or_, select, true
from sqlalchemy.orm import Session

from app.access import Actor
from models import Role
from models.errors import Forbidden


class Kind(enum.StrEnum):
    """The kinds of personal record."""

    DEVELOPMENT_QUESTION = "development_question"  # the question and every answer version
    WORK_SITUATION = "work_situation"  # its title, description, experiment and outcome
    GROUP_CONTENT = "group_content"  # a group's sessions (notes, attendance, actions), its
    #                                  cycles, and the notes and steps on situations it takes up
    PREPARATION_DRAFT = "preparation_draft"  # a side's preparation before it is published
    PREPARATION_PUBLISHED = "preparation_published"
    SUMMARY = "summary"  # a conversation's summary (and location, history)
    AGREEMENTS = "agreements"  # the agreements made in a conversation
    RECORD = "record"  # the conversation as a whole: signed record, signing, reopening
    SIGNATURE = "signature"  # a side's signature under the record
    SHARING = "sharing"  # the professional's choices of who may read their records
    LEARNING_REQUEST = "learning_request"
    LEARNING_DECISION = "learning_decision"  # approving, declining, planning, calling off
    BUDGET_LINE = "budget_line"  # a person's own budget and what they committed and spent
    LEARNING_HOURS = "learning_hours"  # the hours a person learned, in and outside working time
    CULTURE_ANSWERS = "culture_answers"
    AUDIT_LOG = "audit_log"
    COACH_CONVERSATION = "coach_conversation"  # a conversation with the AI coach, saved


class Op(enum.StrEnum):
    LIST = "list"  # that it exists: its title, status and dates, never its content
    READ = "read"
    CHANGE = "change"
    EXPORT = "export"  # in a person's data export (right of access)
    CARRY_OVER = "carry_over"  # into the next conversation (agreements, the preparation)


class Relation(enum.StrEnum):
    """How the asker relates to the record (an asker may have several relations)."""

    SELF = "self"  # the professional the record is about
    CURRENT_MANAGER = "current_manager"  # their direct manager now
    EARLIER_MANAGER = "earlier_manager"  # held one of their conversations, not their manager now
    GROUP_MEMBER = "group_member"  # a member of the group the record belongs to
    GUIDE = "guide"  # the guide of that group
    OWNER = "owner"  # the owner/coordinator role
    MACHINE_ADMIN = "machine_admin"  # regiestoel-admin, without a login


class When(enum.StrEnum):
    """The condition under which a relation is allowed."""

    ALWAYS = "always"
    SHARED = "shared"  # the professional shared it with their manager
    TOOK_PART = "took_part"  # the asker is a participant of this conversation
    TOOK_PART_OR_ALLOWED = "took_part_or_allowed"  # or managed the professional after it, and
    #                                                the professional allowed later managers
    OWN_SIDE = "own_side"  # the preparation of the asker's own side, written by them
    NO_MANAGER = "no_manager"  # the person has no direct manager (an owner stands in)
    SEALED = "sealed"  # only sealed with a passphrase the person types
    NEVER = "never"  # refused, whatever other relation the asker has


R, W = Relation, When
SELF, CUR, EARLIER, MEMBER, GUIDE, OWNER, ADMIN = (
    R.SELF, R.CURRENT_MANAGER, R.EARLIER_MANAGER, R.GROUP_MEMBER, R.GUIDE, R.OWNER,
    R.MACHINE_ADMIN)
_MANAGERS_WHO_TOOK_PART = {CUR: W.TOOK_PART_OR_ALLOWED, EARLIER: W.TOOK_PART_OR_ALLOWED}
# The right of access: the person on their own login, or sealed for them by the owner or the
# machine's administrator. What goes in is what the person themself may read.
_EXPORT = {SELF: W.ALWAYS, OWNER: W.SEALED, ADMIN: W.SEALED}

RULES: dict[tuple[Kind, Op], dict[Relation, When]] = {
    # The development question is the professional's own; their manager reads it when shared.
    (Kind.DEVELOPMENT_QUESTION, Op.READ): {SELF: W.ALWAYS, CUR: W.SHARED},
    (Kind.DEVELOPMENT_QUESTION, Op.CHANGE): {SELF: W.ALWAYS},
    (Kind.DEVELOPMENT_QUESTION, Op.EXPORT): _EXPORT,
    (Kind.DEVELOPMENT_QUESTION, Op.CARRY_OVER): {SELF: W.ALWAYS},  # into their preparation
    # A work situation is for its owner and the group that takes it up.
    (Kind.WORK_SITUATION, Op.LIST): {SELF: W.ALWAYS, MEMBER: W.ALWAYS, GUIDE: W.ALWAYS,
                                     ADMIN: W.ALWAYS},
    (Kind.WORK_SITUATION, Op.READ): {SELF: W.ALWAYS, MEMBER: W.ALWAYS, GUIDE: W.ALWAYS},
    (Kind.WORK_SITUATION, Op.CHANGE): {SELF: W.ALWAYS},
    (Kind.WORK_SITUATION, Op.EXPORT): _EXPORT,
    (Kind.WORK_SITUATION, Op.CARRY_OVER): {SELF: W.ALWAYS},
    # Group content is for the members and the guide.
    # (SELF: a person's own calendar lists the cycles of their groups. CUR: a manager's view
    # of the team names the groups each report is in, names and dates only.)
    (Kind.GROUP_CONTENT, Op.LIST): {SELF: W.ALWAYS, CUR: W.ALWAYS, MEMBER: W.ALWAYS,
                                    GUIDE: W.ALWAYS, ADMIN: W.ALWAYS},
    (Kind.GROUP_CONTENT, Op.READ): {MEMBER: W.ALWAYS, GUIDE: W.ALWAYS},
    (Kind.GROUP_CONTENT, Op.CHANGE): {MEMBER: W.ALWAYS, GUIDE: W.ALWAYS},
    # In a person's export: the groups they are in and their own attendance.
    (Kind.GROUP_CONTENT, Op.EXPORT): _EXPORT,
    # A draft only for its author; published, for whoever reads the conversation.
    (Kind.PREPARATION_DRAFT, Op.READ): {SELF: W.OWN_SIDE, CUR: W.OWN_SIDE,
                                        EARLIER: W.OWN_SIDE},
    (Kind.PREPARATION_DRAFT, Op.CHANGE): {SELF: W.OWN_SIDE, CUR: W.OWN_SIDE,
                                          EARLIER: W.OWN_SIDE},
    (Kind.PREPARATION_DRAFT, Op.EXPORT): _EXPORT,
    (Kind.PREPARATION_PUBLISHED, Op.READ): {SELF: W.ALWAYS, **_MANAGERS_WHO_TOOK_PART},
    (Kind.PREPARATION_PUBLISHED, Op.CHANGE): {SELF: W.OWN_SIDE, CUR: W.OWN_SIDE,
                                              EARLIER: W.OWN_SIDE},
    (Kind.PREPARATION_PUBLISHED, Op.EXPORT): _EXPORT,
    (Kind.SUMMARY, Op.READ): {SELF: W.ALWAYS, **_MANAGERS_WHO_TOOK_PART},
    (Kind.SUMMARY, Op.CHANGE): {SELF: W.ALWAYS, CUR: W.TOOK_PART, EARLIER: W.TOOK_PART},
    (Kind.SUMMARY, Op.EXPORT): _EXPORT,
    (Kind.AGREEMENTS, Op.READ): {SELF: W.ALWAYS, **_MANAGERS_WHO_TOOK_PART},
    (Kind.AGREEMENTS, Op.CHANGE): {SELF: W.ALWAYS, CUR: W.TOOK_PART, EARLIER: W.TOOK_PART},
    (Kind.AGREEMENTS, Op.EXPORT): _EXPORT,
    # Open agreements of an earlier conversation, shown and followed up in the next one:
    # only for whoever may read that earlier record.
    (Kind.AGREEMENTS, Op.CARRY_OVER): {SELF: W.ALWAYS, **_MANAGERS_WHO_TOOK_PART},
    # Statuses and dates: the owner and the administrator see everyone's, a manager their
    # reports'; the content only the participants (and later managers when allowed).
    (Kind.RECORD, Op.LIST): {SELF: W.ALWAYS, CUR: W.ALWAYS, EARLIER: W.TOOK_PART,
                             OWNER: W.ALWAYS, ADMIN: W.ALWAYS},
    (Kind.RECORD, Op.READ): {SELF: W.ALWAYS, **_MANAGERS_WHO_TOOK_PART},
    (Kind.RECORD, Op.CHANGE): {SELF: W.ALWAYS, CUR: W.TOOK_PART, EARLIER: W.TOOK_PART},
    (Kind.RECORD, Op.EXPORT): _EXPORT,
    (Kind.SIGNATURE, Op.CHANGE): {SELF: W.OWN_SIDE, CUR: W.OWN_SIDE, EARLIER: W.OWN_SIDE},
    (Kind.SHARING, Op.CHANGE): {SELF: W.ALWAYS},
    # A learning request: the asker, their manager who decides, the owner who keeps the
    # budget. Every read by someone else than the asker is in the audit log.
    (Kind.LEARNING_REQUEST, Op.LIST): {SELF: W.ALWAYS, CUR: W.ALWAYS, OWNER: W.ALWAYS},
    (Kind.LEARNING_REQUEST, Op.READ): {SELF: W.ALWAYS, CUR: W.ALWAYS, OWNER: W.ALWAYS},
    (Kind.LEARNING_REQUEST, Op.CHANGE): {SELF: W.ALWAYS},
    (Kind.LEARNING_REQUEST, Op.EXPORT): _EXPORT,
    (Kind.LEARNING_REQUEST, Op.CARRY_OVER): {SELF: W.ALWAYS},  # into their preparation
    # Nobody decides on their own request; without a direct manager an owner does.
    (Kind.LEARNING_DECISION, Op.CHANGE): {SELF: W.NEVER, CUR: W.ALWAYS, OWNER: W.NO_MANAGER},
    (Kind.BUDGET_LINE, Op.READ): {SELF: W.ALWAYS, OWNER: W.ALWAYS, ADMIN: W.ALWAYS},
    (Kind.BUDGET_LINE, Op.CHANGE): {OWNER: W.ALWAYS},
    (Kind.BUDGET_LINE, Op.EXPORT): _EXPORT,
    # Learning hours this year against the norm: the person, their manager (the view of
    # the team), the owner (who sees whether learning happens).
    (Kind.LEARNING_HOURS, Op.READ): {SELF: W.ALWAYS, CUR: W.ALWAYS, OWNER: W.ALWAYS},
    # Nobody reads individual culture answers: they are stored as tallies only.
    (Kind.CULTURE_ANSWERS, Op.CHANGE): {SELF: W.ALWAYS},
    (Kind.AUDIT_LOG, Op.READ): {OWNER: W.ALWAYS},
    # A saved conversation with the coach is its author's alone: not shared, not exported
    # for someone else, not read by a manager or the owner.
    (Kind.COACH_CONVERSATION, Op.LIST): {SELF: W.ALWAYS},
    (Kind.COACH_CONVERSATION, Op.READ): {SELF: W.ALWAYS},
    (Kind.COACH_CONVERSATION, Op.CHANGE): {SELF: W.ALWAYS},
}

# What a refusal is called, per kind (the user's text lives in resources/content/messages).
REFUSAL: dict[Kind, str] = {
    Kind.DEVELOPMENT_QUESTION: "development_question_private",
    Kind.WORK_SITUATION: "not_group_member",
    Kind.GROUP_CONTENT: "not_group_member",
    Kind.PREPARATION_DRAFT: "conversation_content_private",
    Kind.PREPARATION_PUBLISHED: "conversation_content_private",
    Kind.SUMMARY: "conversation_content_private",
    Kind.AGREEMENTS: "conversation_content_private",
    Kind.RECORD: "conversation_content_private",
    Kind.SIGNATURE: "not_your_side",
    Kind.SHARING: "professional_only",
    Kind.LEARNING_REQUEST: "request_not_visible",
    Kind.LEARNING_DECISION: "not_direct_manager",
    Kind.BUDGET_LINE: "not_allowed",
    Kind.LEARNING_HOURS: "not_allowed",
    Kind.CULTURE_ANSWERS: "not_allowed",
    Kind.AUDIT_LOG: "not_allowed",
    Kind.COACH_CONVERSATION: "coach_conversation_private",
}

# The tables that hold personal records, and the kinds they hold. A service reads them only
# through this module's helpers (tests/test_architecture.py checks every function).
PERSONAL_TABLES: dict[str, frozenset[Kind]] = {
    "development_question": frozenset({Kind.DEVELOPMENT_QUESTION}),
    "guiding_answer": frozenset({Kind.DEVELOPMENT_QUESTION}),
    "work_situation": frozenset({Kind.WORK_SITUATION, Kind.GROUP_CONTENT}),
    "situation_note": frozenset({Kind.GROUP_CONTENT, Kind.WORK_SITUATION}),
    "session": frozenset({Kind.GROUP_CONTENT}),
    "attendance": frozenset({Kind.GROUP_CONTENT}),
    "conversation": frozenset({Kind.RECORD, Kind.SUMMARY, Kind.AGREEMENTS}),
    "preparation": frozenset({Kind.PREPARATION_DRAFT, Kind.PREPARATION_PUBLISHED}),
    "conversation_event": frozenset({Kind.RECORD}),
    "action": frozenset({Kind.AGREEMENTS, Kind.GROUP_CONTENT}),
    "learning_request": frozenset({Kind.LEARNING_REQUEST, Kind.LEARNING_DECISION}),
    "person_budget": frozenset({Kind.BUDGET_LINE}),
    "culture_tally": frozenset({Kind.CULTURE_ANSWERS}),
    "audit_entry": frozenset({Kind.AUDIT_LOG}),
    "coach_conversation": frozenset({Kind.COACH_CONVERSATION}),
}

# Service functions that touch a personal model for figures only: they return counts and
# sums, never a person's record, so no relation applies. Each says why.
AGGREGATES_ONLY: dict[str, str] = {
    "app.services.dashboard": "organisation-wide counts and sums for the owner's dashboard",
    "app.services.budget.totals_per_person": "committed and spent sums per person",
    "app.services.budget.individual_years": "budget sums per person and year, for callers "
                                            "that asked the policy first",
    "app.services.culture": "tallies per statement, shown only above the threshold",
    "app.services.culture_answers": "adds an answer to the tallies; reads only counts",
    "app.services.privacy._erase": "erasure blanks a person's records, it reads none",
    "app.services.privacy._erase_in_transaction": "erasure, as above",
    "app.services.audit.record": "appends to the audit log, reads nothing",
    # A personal copy's own audit entries (its person's reads offline), read only to be
    # handed to the server's log and then removed; refused on any other database.
    "app.services.audit.offline_entries": "a copy's entries, read to be sent, never shown",
    "app.services.audit.last_entry_id": "the highest entry id, nothing of an entry",
    "app.services.audit.forget_on_copy": "removes a copy's entries the server has",
    "app.services.people_csv": "people's names, roles and teams; no personal records",
    "app.services.conversation_planning": "who has a conversation in a half year and who "
    "has a manager; no content",
    "app.services.lessons._check_situations": "whether the situations a lesson names exist",
    "app.services.cycles._busy": "busy times of people and rooms for planning, no content",
    "app.services.budget.remaining_for": "what is left of a budget, for a decider the "
                                         "policy already let through (approve)",
}

# The kinds each list helper below answers for (the policy table test enumerates services
# through them).
QUERY_HELPER_KINDS: dict[str, Kind] = {
    "situations_visible": Kind.WORK_SITUATION,
    "groups_visible": Kind.GROUP_CONTENT,
    "conversations_listed": Kind.RECORD,
    "requests_listed": Kind.LEARNING_REQUEST,
    "decisions_waiting": Kind.LEARNING_DECISION,
    "own_actions": Kind.AGREEMENTS,
    "may_change_action": Kind.AGREEMENTS,
}


# --- who is in a group: the one definition -------------------------------------------------


def members_of(group_id: int) -> Select[Any]:
    """The people who are members of a group (the guide is not a member).

    The one place that says who is a member: every rule and query about group content uses
    it, so a stricter meaning (say, an accepted invitation) is made here once."""
    from models import group_member

    return select(group_member.c.person_id).where(group_member.c.group_id == group_id)


def groups_of(person_id: int | None) -> Select[Any]:
    """The groups a person is a member of (same definition as ``members_of``)."""
    from models import group_member

    return select(group_member.c.group_id).where(group_member.c.person_id == person_id)


def guided_by(person_id: int | None) -> Select[Any]:
    from models import LearningGroup

    return select(LearningGroup.id).where(LearningGroup.guide_id == person_id)


def memberships() -> Select[Any]:
    """Every (group, member) pair, as ``members_of`` says who is a member: for a caller that
    asks about every group at once (``know_relations``)."""
    from models import group_member

    return select(group_member.c.group_id, group_member.c.person_id)


def member_ids(s: Session, group_id: int) -> set[int]:
    known: _Known | None = s.info.get(_KNOWN)
    if known is not None:
        return set(known.members.get(group_id, ()))
    return set(s.scalars(members_of(group_id)))


def participant_ids(s: Session, group_id: int | None) -> set[int]:
    """Members and the guide of a group: who works on its content."""
    from models import LearningGroup

    if group_id is None:
        return set()
    known: _Known | None = s.info.get(_KNOWN)
    if known is not None:
        guide = known.guides.get(group_id)
    else:
        guide = s.scalar(select(LearningGroup.guide_id).where(LearningGroup.id == group_id))
    return member_ids(s, group_id) | ({guide} if guide is not None else set())


# --- the record a question is about --------------------------------------------------------


@dataclass(frozen=True)
class Talk:
    """The facts of a conversation that the rules look at."""

    id: int
    professional_id: int
    manager_id: int | None
    year: int
    half: int
    readable_by_later_managers: bool


@dataclass(frozen=True)
class Subject:
    """The record a question is about: whose it is, and what the conditions look at."""

    person_id: int | None = None  # the professional whose record it is
    group_id: int | None = None  # the group whose content it is, or that takes it up
    shared: bool = False  # SHARED: the professional shared it with their manager
    talk: Talk | None = None  # for conversation content
    side_person_id: int | None = None  # OWN_SIDE: the person of the preparation's side
    author_id: int | None = None  # OWN_SIDE: who wrote it
    extra: Mapping[str, object] = field(default_factory=dict)


def talk_of(c: object) -> Talk:
    """The rule facts of a Conversation row."""
    return Talk(id=c.id, professional_id=c.professional_id,  # type: ignore[attr-defined]
                manager_id=c.manager_id, year=c.year, half=c.half,  # type: ignore[attr-defined]
                readable_by_later_managers=c.readable_by_later_managers)  # type: ignore[attr-defined]


def about_conversation(c: object, **extra: object) -> Subject:
    talk = talk_of(c)
    return Subject(person_id=talk.professional_id, talk=talk, **extra)  # type: ignore[arg-type]


_MANAGERS = "policy_managers"


def _manager_of(s: Session, person_id: int | None) -> int | None:
    """The person's manager now. A list asks this for every row, so the first question in a
    session reads everyone's manager in one query (a few thousand pairs at most), not one
    query per row; a flush forgets them, as a change of manager may be in it."""
    from models import Person

    if person_id is None:
        return None
    managers = s.info.get(_MANAGERS)
    if managers is None:
        managers = {pid: manager
                    for pid, manager in s.execute(select(Person.id, Person.manager_id))}
        s.info[_MANAGERS] = managers
    return managers.get(person_id)


_KNOWN = "policy_known_relations"


@dataclass(frozen=True)
class _Known:
    """What ``relations`` asks about groups and earlier conversations, read all at once."""

    person_id: int | None
    members: dict[int, set[int]]
    guides: dict[int, int | None]
    talked_with: set[int]  # the professionals the person held a conversation with, as manager


def know_relations(s: Session, actor: Actor) -> None:
    """For a caller about to ask about thousands of records in one session that changes
    nothing (a personal copy's selection): every group's members and guide, and the people
    the asker held a conversation with as their manager, read in three queries instead of a
    few per group and person asked about. A flush or a rollback forgets them, as the
    managers; the answers are the same as without."""
    from models import Conversation, LearningGroup

    members: dict[int, set[int]] = {}
    for group_id, person_id in s.execute(memberships()):
        members.setdefault(group_id, set()).add(person_id)
    guides = {gid: guide for gid, guide in s.execute(
        select(LearningGroup.id, LearningGroup.guide_id))}
    talked: set[int] = set()
    if actor.person_id is not None:
        talked = set(s.scalars(select(Conversation.professional_id).where(
            Conversation.manager_id == actor.person_id).distinct()))
    s.info[_KNOWN] = _Known(actor.person_id, members, guides, talked)


@event.listens_for(Session, "after_flush")
def _forget_managers(session: Session, _context: Any) -> None:
    session.info.pop(_MANAGERS, None)
    session.info.pop(_KNOWN, None)


@event.listens_for(Session, "after_soft_rollback")
def _forget_managers_on_rollback(session: Session, _previous: Any) -> None:
    session.info.pop(_MANAGERS, None)
    session.info.pop(_KNOWN, None)


def _held_a_conversation(s: Session, manager_id: int, professional_id: int) -> bool:
    from models import Conversation

    known: _Known | None = s.info.get(_KNOWN)
    if known is not None and known.person_id == manager_id:
        return professional_id in known.talked_with
    return s.scalar(select(Conversation.id).where(
        Conversation.professional_id == professional_id,
        Conversation.manager_id == manager_id).limit(1)) is not None


def relations(s: Session, actor: Actor, subject: Subject) -> frozenset[Relation]:
    """Every relation the asker has to the record."""
    if actor.is_machine_admin:
        return frozenset({ADMIN})
    me = actor.person_id
    found: set[Relation] = set()
    if Role.OWNER in actor.roles:
        found.add(OWNER)
    if subject.person_id is not None:
        if me == subject.person_id:
            found.add(SELF)
        elif _manager_of(s, subject.person_id) == me:
            found.add(CUR)
        elif me is not None and _held_a_conversation(s, me, subject.person_id):
            found.add(EARLIER)
    if subject.group_id is not None and me is not None:
        if me in member_ids(s, subject.group_id):
            found.add(MEMBER)
        if me in participant_ids(s, subject.group_id) - member_ids(s, subject.group_id):
            found.add(GUIDE)
    return frozenset(found)


def _took_part(actor: Actor, talk: Talk | None) -> bool:
    return talk is not None and actor.person_id is not None and \
        actor.person_id in (talk.professional_id, talk.manager_id)


def _managed_later(s: Session, actor: Actor, talk: Talk) -> bool:
    """The professional's manager now, or the manager of one of their later conversations."""
    from models import Conversation

    if _manager_of(s, talk.professional_id) == actor.person_id:
        return True
    later = or_(Conversation.year > talk.year,
                and_(Conversation.year == talk.year, Conversation.half > talk.half))
    return s.scalar(select(Conversation.id).where(
        Conversation.professional_id == talk.professional_id,
        Conversation.manager_id == actor.person_id, later).limit(1)) is not None


def _holds(s: Session, actor: Actor, when: When, subject: Subject, sealed: bool) -> bool:
    match when:
        case W.ALWAYS:
            return True
        case W.SHARED:
            return subject.shared
        case W.TOOK_PART:
            return _took_part(actor, subject.talk)
        case W.TOOK_PART_OR_ALLOWED:
            talk = subject.talk
            return talk is not None and (_took_part(actor, talk) or (
                talk.readable_by_later_managers and _managed_later(s, actor, talk)))
        case W.OWN_SIDE:
            return actor.person_id is not None and actor.person_id == subject.side_person_id \
                and subject.author_id in (None, actor.person_id)
        case W.NO_MANAGER:
            return _manager_of(s, subject.person_id) is None
        case W.SEALED:
            return sealed
        case W.NEVER:
            return False


def allows(s: Session, actor: Actor, kind: Kind, op: Op, subject: Subject, *,
           sealed: bool = False) -> bool:
    """Whether the asker may do ``op`` on this record of ``kind``."""
    return decide(s, actor, kind, op, subject, relations(s, actor, subject), sealed=sealed)


def decide(s: Session, actor: Actor, kind: Kind, op: Op, subject: Subject,
           mine: frozenset[Relation], *, sealed: bool = False) -> bool:
    """``allows`` with the asker's relations to the record (``relations``) known already:
    they depend only on the record's person and group, so a caller that asks about many
    records of the same people (a personal copy) works them out once per person."""
    rule = RULES.get((kind, op), {})
    if any(rule.get(r) is W.NEVER for r in mine):
        return False
    return any(r in rule and _holds(s, actor, rule[r], subject, sealed) for r in mine)


def require(s: Session, actor: Actor, kind: Kind, op: Op, subject: Subject, *,
            sealed: bool = False, code: str | None = None) -> None:
    """Refuse with ``Forbidden`` (the kind's refusal, or ``code``) unless allowed."""
    if not allows(s, actor, kind, op, subject, sealed=sealed):
        raise Forbidden(code or REFUSAL[kind], kind=kind.value, operation=op.value)


def covers_everyone(actor: Actor, kind: Kind, op: Op) -> bool:
    """Whether the asker may do ``op`` on every record of ``kind`` by a relation that needs
    no record (the owner role, the machine's administrator): lists use this once instead
    of asking per row."""
    rule = RULES.get((kind, op), {})
    if actor.is_machine_admin:
        return rule.get(ADMIN) is W.ALWAYS
    return Role.OWNER in actor.roles and rule.get(OWNER) is W.ALWAYS


def allowed_relations(kind: Kind, op: Op) -> dict[Relation, When]:
    return dict(RULES.get((kind, op), {}))


def cells() -> Iterable[tuple[Kind, Op]]:
    return RULES.keys()


# --- query helpers: the rows of a list that the asker may see ------------------------------


def situations_visible(actor: Actor, op: Op = Op.READ) -> ColumnElement[bool]:
    """Work situations the asker may list or read: their own, and those of groups they
    are in or guide (every one for the administrator, which only lists)."""
    from models import WorkSituation

    rule = RULES[(Kind.WORK_SITUATION, op)]
    if actor.is_machine_admin:
        return true() if ADMIN in rule else false()
    me = actor.person_id
    return or_(WorkSituation.owner_id == me,
               WorkSituation.group_id.in_(groups_of(me)),
               WorkSituation.group_id.in_(guided_by(me)))


def groups_visible(actor: Actor, op: Op = Op.READ) -> ColumnElement[bool]:
    """Groups whose content the asker may list or read."""
    from models import LearningGroup

    if actor.is_machine_admin:
        return true() if ADMIN in RULES[(Kind.GROUP_CONTENT, op)] else false()
    return or_(LearningGroup.id.in_(groups_of(actor.person_id)),
               LearningGroup.guide_id == actor.person_id)


def conversations_listed(actor: Actor) -> ColumnElement[bool]:
    """Conversations whose status and dates the asker sees: everyone's for the owner and the
    administrator; otherwise their own, those they hold, and their direct reports'."""
    from models import Conversation, Person

    if actor.is_machine_admin or Role.OWNER in actor.roles:
        return true()
    me = actor.person_id
    reports = select(Person.id).where(Person.manager_id == me)
    return or_(Conversation.professional_id == me, Conversation.manager_id == me,
               Conversation.professional_id.in_(reports))


def requests_listed(actor: Actor) -> ColumnElement[bool]:
    """Learning requests the asker may list: their own, their direct reports', and every
    one for an owner (who keeps the budget)."""
    from models import LearningRequest, Person

    if actor.is_machine_admin:
        return false()
    if Role.OWNER in actor.roles:
        return true()
    me = actor.person_id
    reports = select(Person.id).where(Person.manager_id == me)
    return or_(LearningRequest.person_id == me, LearningRequest.person_id.in_(reports))


def decisions_waiting(actor: Actor) -> ColumnElement[bool]:
    """Requests the asker decides on: their direct reports', and an owner's also those of
    people without a direct manager; never their own."""
    from models import LearningRequest, Person

    if actor.is_machine_admin:
        return false()
    me = actor.person_id
    mine = Person.manager_id == me
    if Role.OWNER in actor.roles:
        mine = or_(mine, Person.manager_id.is_(None))
    return and_(LearningRequest.person_id.in_(select(Person.id).where(mine)),
                LearningRequest.person_id != me)


def own_actions(actor: Actor) -> ColumnElement[bool]:
    """Actions and agreements the asker owns: their own to see in their list."""
    from models import Action

    if actor.person_id is None:
        return false()
    return Action.owner_id == actor.person_id


def may_change_action(actor: Actor, owner_id: int, created_by: int | None) -> bool:
    """An action's status is for its owner and for who made it (an agreement's, moreover,
    only under its conversation's rules)."""
    return actor.person_id is not None and actor.person_id in (owner_id, created_by)


# --- the table as a filter: rows about people, for lists over many people ------------------


def where_allows(actor: Actor, kind: Kind, op: Op, *, person: Any, shared: Any = None,
                 conversation: Any = None) -> ColumnElement[bool]:
    """The rows the asker may ``op``, read from ``RULES`` itself as a SQL condition, so a
    list over many people asks the table once instead of once per row and cell.

    ``person`` is the column of whose record the row is; ``shared`` the column that says
    the person shared it (SHARED); ``conversation`` the Conversation entity the row belongs
    to (TOOK_PART, TOOK_PART_OR_ALLOWED), joined by the caller. Relations to a group, and
    conditions a list cannot answer (OWN_SIDE, SEALED), refuse here: this filter never
    lets through more than ``allows`` would, and tests/app/test_my_team.py proves it equal
    to ``allows`` on the cells that the view of the team uses."""
    from models import Conversation, Person

    rule = RULES.get((kind, op), {})
    me = actor.person_id
    reports = select(Person.id).where(Person.manager_id == me)
    relation: dict[Relation, ColumnElement[bool]]
    if actor.is_machine_admin:
        relation = {ADMIN: true()}
    else:
        is_self = person == me
        is_current = person.in_(reports)
        relation = {
            SELF: is_self,
            CUR: and_(~is_self, is_current),
            EARLIER: and_(~is_self, ~is_current, person.in_(
                select(Conversation.professional_id).where(Conversation.manager_id == me))),
            OWNER: true() if Role.OWNER in actor.roles else false(),
        }

    def took_part() -> ColumnElement[bool]:
        if conversation is None or me is None:
            return false()
        return or_(conversation.professional_id == me, conversation.manager_id == me)

    def managed_later() -> ColumnElement[bool]:
        from sqlalchemy.orm import aliased

        later = aliased(Conversation)
        return or_(
            conversation.professional_id.in_(reports),
            select(later.id).where(
                later.professional_id == conversation.professional_id,
                later.manager_id == me,
                or_(later.year > conversation.year,
                    and_(later.year == conversation.year, later.half > conversation.half)),
            ).exists())

    def condition(when: When) -> ColumnElement[bool]:
        match when:
            case W.ALWAYS:
                return true()
            case W.SHARED:
                return shared if shared is not None else false()
            case W.TOOK_PART:
                return took_part()
            case W.TOOK_PART_OR_ALLOWED:
                if conversation is None or me is None:
                    return false()
                return or_(took_part(), and_(
                    conversation.readable_by_later_managers.is_(True), managed_later()))
            case W.NO_MANAGER:
                return person.in_(select(Person.id).where(Person.manager_id.is_(None)))
            case _:  # OWN_SIDE, SEALED, NEVER: not in a list
                return false()

    never = [relation[r] for r, w in rule.items() if w is W.NEVER and r in relation]
    allowed = [and_(relation[r], condition(w)) for r, w in rule.items()
               if w is not W.NEVER and r in relation]
    if not allowed:
        return false()
    return and_(~or_(*never), or_(*allowed)) if never else or_(*allowed)


# --- the table as SQL text: for a server that enforces the rules itself --------------------


def sql_allows(kind: Kind, op: Op, relation: Mapping[Relation, str],
               condition: Mapping[When, str]) -> str:
    """``RULES`` for ``kind`` and ``op`` as one SQL boolean, for PostgreSQL's row-level
    security on a personal copy's own login (``app/personal_copy/rls.py``).

    ``relation`` holds the SQL test of each relation the asker can have to the row (the
    asker being the server's ``rs_person()``, not a Python ``Actor``), ``condition`` the SQL
    of each condition a row can meet. A relation or condition without SQL refuses, so this
    never lets through more than ``allows`` would; ``NEVER`` refuses as in ``decide``."""
    rule = RULES.get((kind, op), {})
    never = [relation[r] for r, w in rule.items() if w is W.NEVER and r in relation]
    allowed = [f"({relation[r]} AND {condition.get(w, 'false')})" for r, w in rule.items()
               if w is not W.NEVER and r in relation]
    if not allowed:
        return "false"
    either = " OR ".join(allowed)
    if never:
        return f"(NOT ({' OR '.join(never)}) AND ({either}))"
    return f"({either})"
