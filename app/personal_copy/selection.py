"""Which rows of the organisation's database go into a person's copy, decided by the policy.

Every table has one way of carriage (``CARRIAGE``):

- ``ORGANISATION``: what everyone in the organisation reads (names, teams, rooms, lessons,
  settings, culture scan rounds and their actions), with the few columns that the role
  table (``app.access``) keeps for the owner blanked for everyone else;
- ``NEVER``: never on a laptop (logins, the audit log, culture scan answers and who took
  part, reminder claims), whatever the policy would let its person read;
- a question to ``app.policy`` per row: the kind of record, the operation (``READ``, or
  ``LIST`` for a conversation's status and dates without its content) and the row's
  subject, built the way the services build it. The answer is ``policy.allows``: the same
  relations and conditions the services use, never a list of its own.

Then every reference is closed over: a row whose parent did not go goes neither (an
attendance of a session the person cannot read), and an optional reference to a row that
did not go is left empty (a request's work situation the manager may not read).
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Table, false, select
from sqlalchemy.orm import Session

from app import policy
from app.access import Actor, Operation, may
from app.policy import Kind, Op, Subject
from models import Base

Row = dict[str, Any]


class Carriage(enum.Enum):
    ORGANISATION = "organisation"
    NEVER = "never"
    POLICY = "policy"


# Why each table never reaches a laptop.
NEVER: dict[str, str] = {
    "account": "password hashes and lock-out counts: opening the copy is the login",
    "audit_entry": "the audit log stays with the organisation (the issue: never carried)",
    "culture_participation": "who answered a culture scan: nobody reads it",
    "culture_tally": "culture scan answers: only results above the threshold are shown, "
                     "and those are computed on the server",
    "reminder_claim": "which e-mail reminders were sent: the server's business",
    "personal_copy": "the register of everyone's laptops: the owner's, on the server",
    "applied_operation": "what the server did with operations from the copies: the "
                         "server's memory against applying one twice",
}

# What everyone in the organisation reads.
ORGANISATION = frozenset({
    "organisation", "org_setting", "team", "person", "person_team", "person_role",
    "expertise_tag", "room", "closing_day", "lesson", "budget_year", "culture_round",
    "culture_round_team", "culture_focus", "culture_action",
})

# The organisation's settings a laptop has no use for: a copy sends no e-mail.
LEFT_OUT_SETTINGS = frozenset({"smtp"})


@dataclass
class Selection:
    """The rows per table that go into the copy, in the order tables are written."""

    rows: dict[str, list[Row]] = field(default_factory=dict)

    def count(self) -> int:
        return sum(len(v) for v in self.rows.values())

    def keys(self, table: str) -> set[Any]:
        return {_key(Base.metadata.tables[table], r) for r in self.rows.get(table, [])}


def tables() -> list[Table]:
    """The organisation's tables, parents before children."""
    return list(Base.metadata.sorted_tables)


_PRIMARY_KEYS: dict[str, tuple[str, ...]] = {}


def _key(table: Table, row: Row) -> Any:
    pk = _PRIMARY_KEYS.get(table.name)
    if pk is None:
        pk = _PRIMARY_KEYS[table.name] = tuple(c.name for c in table.primary_key.columns)
    return row[pk[0]] if len(pk) == 1 else tuple(row[c] for c in pk)


class _Asker:
    """``policy.allows`` for one person, remembered per question: a session and its
    attendance ask the same question about the same group."""

    def __init__(self, s: Session, actor: Actor) -> None:
        self.s, self.actor = s, actor
        self._answers: dict[tuple[Any, ...], bool] = {}
        self._relations: dict[tuple[int | None, int | None], frozenset[policy.Relation]] = {}

    def allows(self, kind: Kind, op: Op, subject: Subject) -> bool:
        key = (kind, op, subject.person_id, subject.group_id, subject.shared, subject.talk,
               subject.side_person_id, subject.author_id)
        if key not in self._answers:
            # The relations to a record depend on its person and group only: thousands of
            # conversations of a few hundred people need a few hundred look-ups, not more.
            whose = (subject.person_id, subject.group_id)
            if whose not in self._relations:
                self._relations[whose] = policy.relations(self.s, self.actor, subject)
            self._answers[key] = policy.decide(self.s, self.actor, kind, op, subject,
                                               self._relations[whose])
        return self._answers[key]


@dataclass
class _Source:
    """Every row read so far, by table and key: a child's subject needs its parent."""

    s: Session
    actor: Actor
    ask: _Asker
    rows: dict[str, dict[Any, Row]] = field(default_factory=dict)
    kept: dict[str, set[Any]] = field(default_factory=dict)
    invited_groups: set[int] | None = None
    own_action_ids: set[int] | None = None

    def parent(self, table: str, key: Any) -> Row | None:
        return self.rows.get(table, {}).get(key)

    def kept_parent(self, table: str, key: Any) -> bool:
        return key in self.kept.get(table, set())


def _conversation(row: Row) -> Any:
    # The policy reads a Conversation's attributes; a row of it has the same names.
    return SimpleNamespace(**row)


# --- the questions per table ---------------------------------------------------------------

Decide = Callable[[_Source, Row], Row | None]


def _development_question(src: _Source, row: Row) -> Row | None:
    subject = Subject(person_id=row["person_id"], shared=row["shared_with_manager"])
    return row if src.ask.allows(Kind.DEVELOPMENT_QUESTION, Op.READ, subject) else None


def _situation_subject(row: Row) -> Subject:
    return Subject(person_id=row["owner_id"], group_id=row["group_id"])


def _work_situation(src: _Source, row: Row) -> Row | None:
    return row if src.ask.allows(Kind.WORK_SITUATION, Op.READ, _situation_subject(row)) \
        else None


def _group_readable(src: _Source, group_id: int | None) -> bool:
    return group_id is not None and src.ask.allows(Kind.GROUP_CONTENT, Op.READ,
                                                   Subject(group_id=group_id))


def _my_invitation_groups(src: _Source) -> set[int]:
    """Groups that invite the person: an invitation shows the group's name and aim
    (``groups.my_invitations``), before any of its content."""
    from models import GroupInvitation, InvitationStatus

    if src.invited_groups is None:
        src.invited_groups = set(src.s.scalars(select(GroupInvitation.group_id).where(
            GroupInvitation.person_id == src.actor.person_id,
            GroupInvitation.status == InvitationStatus.OPEN.value)))
    return src.invited_groups


def _learning_group(src: _Source, row: Row) -> Row | None:
    readable = _group_readable(src, row["id"]) or row["id"] in _my_invitation_groups(src)
    return row if readable else None


def _group_content(src: _Source, row: Row) -> Row | None:
    return row if _group_readable(src, row["group_id"]) else None


def _group_invitation(src: _Source, row: Row) -> Row | None:
    mine = row["person_id"] == src.actor.person_id
    return row if mine or _group_readable(src, row["group_id"]) else None


def _session(src: _Source, row: Row) -> Row | None:
    cycle = src.parent("cycle", row["cycle_id"])
    return row if cycle is not None and _group_readable(src, cycle["group_id"]) else None


def _conversation_row(src: _Source, row: Row) -> Row | None:
    subject = policy.about_conversation(_conversation(row))
    if src.ask.allows(Kind.RECORD, Op.READ, subject):
        return row
    if src.ask.allows(Kind.RECORD, Op.LIST, subject):
        # Its status and dates only: what it says and where it was held stay out.
        return {**row, "summary": "", "location": ""}
    return None


def _record_part(src: _Source, row: Row) -> Row | None:
    """Signatures, correction requests, the history: part of the record's content."""
    c = src.parent("conversation", row["conversation_id"])
    if c is None:
        return None
    subject = policy.about_conversation(_conversation(c))
    return row if src.ask.allows(Kind.RECORD, Op.READ, subject) else None


def _preparation(src: _Source, row: Row) -> Row | None:
    c = src.parent("conversation", row["conversation_id"])
    if c is None:
        return None
    side_person = c["professional_id"] if row["side"] == "professional" else c["manager_id"]
    kind = Kind.PREPARATION_DRAFT if row["published_at"] is None else \
        Kind.PREPARATION_PUBLISHED
    subject = policy.about_conversation(_conversation(c), side_person_id=side_person,
                                        author_id=row["author_id"])
    return row if src.ask.allows(kind, Op.READ, subject) else None


def _own_actions(src: _Source) -> set[int]:
    from models import Action

    if src.own_action_ids is None:
        src.own_action_ids = set(src.s.scalars(
            select(Action.id).where(policy.own_actions(src.actor))))
    return src.own_action_ids


def _action(src: _Source, row: Row) -> Row | None:
    if row["id"] in _own_actions(src):
        return row  # the person's own actions and agreements, as in their list
    if row["conversation_id"] is not None:
        c = src.parent("conversation", row["conversation_id"])
        if c is not None and src.ask.allows(Kind.AGREEMENTS, Op.READ,
                                            policy.about_conversation(_conversation(c))):
            return row
    if row["session_id"] is not None:
        session = src.parent("session", row["session_id"])
        cycle = src.parent("cycle", session["cycle_id"]) if session else None
        if cycle is not None and _group_readable(src, cycle["group_id"]):
            return row
    if row["situation_id"] is not None:
        w = src.parent("work_situation", row["situation_id"])
        if w is not None and src.ask.allows(Kind.WORK_SITUATION, Op.READ,
                                            _situation_subject(w)):
            return row
    return None


def _about_person(kind: Kind) -> Decide:
    def decide(src: _Source, row: Row) -> Row | None:
        return row if src.ask.allows(kind, Op.READ, Subject(person_id=row["person_id"])) \
            else None
    return decide


def _learning_hours(src: _Source, row: Row) -> Row | None:
    # As ``hours.hours_of``: the person's own, and everyone's for whoever sees details.
    mine = row["person_id"] == src.actor.person_id
    return row if mine or may(src.actor, Operation.VIEW_PERSON_DETAILS) else None


def _own_only(src: _Source, row: Row) -> Row | None:
    """The person's own choices (desktop notifications): nobody else reads them."""
    return row if row["person_id"] == src.actor.person_id else None


def _parent_kept(table: str, column: str) -> Decide:
    """A part of a record: it goes with its record, or not at all."""
    def decide(src: _Source, row: Row) -> Row | None:
        return row if src.kept_parent(table, row[column]) else None
    return decide


# Rows that their table's question above would refuse whatever they hold, left out by the
# query itself so that ten years of them are not read to be dropped: a part goes only with
# its kept record (``_parent_kept``), someone else's hours only to whoever sees details.
Narrow = Callable[[_Source, Table], Any]


def _kept_parent_column(parent: str, column: str) -> Narrow:
    def where(src: _Source, table: Table) -> Any:
        kept = src.kept.get(parent, set())
        return table.c[column].in_(sorted(kept)) if kept else false()
    return where


def _own_rows_unless(operation: Operation | None) -> Narrow:
    def where(src: _Source, table: Table) -> Any:
        if operation is not None and may(src.actor, operation):
            return None
        return table.c.person_id == src.actor.person_id
    return where


NARROW: dict[str, Narrow] = {
    "guiding_answer": _kept_parent_column("development_question", "question_id"),
    "situation_note": _kept_parent_column("work_situation", "situation_id"),
    "situation_close_request": _kept_parent_column("work_situation", "situation_id"),
    "attendance": _kept_parent_column("session", "session_id"),
    "learning_hours": _own_rows_unless(Operation.VIEW_PERSON_DETAILS),
    "notification_setting": _own_rows_unless(None),
    "notification_shown": _own_rows_unless(None),
}


POLICY: dict[str, Decide] = {
    "development_question": _development_question,
    "guiding_answer": _parent_kept("development_question", "question_id"),
    "work_situation": _work_situation,
    "situation_note": _parent_kept("work_situation", "situation_id"),
    "situation_close_request": _parent_kept("work_situation", "situation_id"),
    "learning_group": _learning_group,
    "group_member": _group_content,
    "group_invitation": _group_invitation,
    "cycle": _group_content,
    "session": _session,
    "attendance": _parent_kept("session", "session_id"),
    "conversation": _conversation_row,
    "preparation": _preparation,
    "signature": _record_part,
    "correction_request": _record_part,
    "conversation_event": _record_part,
    "action": _action,
    "learning_request": _about_person(Kind.LEARNING_REQUEST),
    "person_budget": _about_person(Kind.BUDGET_LINE),
    "learning_hours": _learning_hours,
    "notification_setting": _own_only,
    "notification_shown": _own_only,
    # Saved conversations with the AI coach: their author's alone, asked of the policy.
    "coach_conversation": _about_person(Kind.COACH_CONVERSATION),
}


# What a table's choice reads besides its own rows and its parents' (the references
# ``_closed`` follows, and the parent rows a question looks at): the relations
# ``app.policy.relations`` and its conditions ask, and the asker's roles. On the server a
# copy reads those through its row-level security too, so what they depend on counts as
# well (``depends_on`` follows them).
_ASKER = frozenset({"person_role"})  # the asker's roles: OWNER, and ``may`` in the masks
# The person's manager now (person.manager_id, NO_MANAGER), an earlier or later manager
# (EARLIER_MANAGER, TOOK_PART_OR_ALLOWED: conversation).
_ABOUT_PERSON = _ASKER | {"person", "conversation"}
# GROUP_MEMBER and GUIDE: the members and the guide (``know_relations``).
_ABOUT_GROUP = _ASKER | {"group_member", "learning_group"}
READS: dict[str, frozenset[str]] = {
    "person": _ASKER,  # which columns are blanked
    "development_question": _ABOUT_PERSON,
    "work_situation": _ABOUT_PERSON | _ABOUT_GROUP,
    "learning_group": _ABOUT_GROUP | {"group_invitation"},  # an invitation shows its group
    "group_member": _ABOUT_GROUP,
    "group_invitation": _ABOUT_GROUP,
    "cycle": _ABOUT_GROUP,
    "session": _ABOUT_GROUP,
    "conversation": _ABOUT_PERSON,
    "preparation": _ABOUT_PERSON,
    "signature": _ABOUT_PERSON,
    "correction_request": _ABOUT_PERSON,
    "conversation_event": _ABOUT_PERSON,
    "action": _ABOUT_PERSON | _ABOUT_GROUP,
    "learning_request": _ABOUT_PERSON,
    "person_budget": _ABOUT_PERSON,
    "learning_hours": _ASKER,  # everyone's hours for whoever sees a person's details
    "coach_conversation": _ABOUT_PERSON,
}


def _parents(table: str) -> set[str]:
    """The tables ``table`` refers to, optional references too (``_action`` looks at its
    session's and situation's rows)."""
    return {fk.column.table.name for fk in Base.metadata.tables[table].foreign_keys} - {table}


def _reached(start: set[str], step: Callable[[str], Iterable[str]]) -> frozenset[str]:
    found, todo = set(start), list(start)
    while todo:
        for name in step(todo.pop()):
            if name not in found:
                found.add(name)
                todo.append(name)
    return frozenset(found)


@functools.cache
def depends_on(table: str) -> frozenset[str]:
    """Every table whose rows can change which rows of ``table`` a copy holds, or what they
    hold: itself, its parents, what its question reads, and so on up."""
    return _reached({table}, lambda t: _parents(t) | READS.get(t, frozenset()))


def affected_by(moved: set[str]) -> set[str]:
    """The tables to choose afresh when the tables ``moved`` changed: those depending on
    one of them (a changed parent, a group left, a sharing withdrawn)."""
    return {t.name for t in tables() if carriage(t.name) is not Carriage.NEVER
            and depends_on(t.name) & moved}


def carriage(table: str) -> Carriage:
    if table in NEVER:
        return Carriage.NEVER
    if table in ORGANISATION:
        return Carriage.ORGANISATION
    if table in POLICY:
        return Carriage.POLICY
    # A new table fails loudly until someone decides how it travels.
    raise LookupError(f"no carriage decided for table {table!r}")


# --- the organisation's tables -------------------------------------------------------------


def _organisation_row(src: _Source, table: str, row: Row) -> Row | None:
    actor = src.actor
    if table == "organisation":
        # The recovery code resets an owner's password: its hash stays on the server.
        return {**row, "recovery_code_hash": ""}
    if table == "org_setting":
        return None if row["key"] in LEFT_OUT_SETTINGS else row
    if table == "person" and row["id"] != actor.person_id:
        # As the people list: the year of birth for whoever manages people, the notes and
        # the reason to keep someone's records for whoever sees a person's details.
        if not may(actor, Operation.MANAGE_PEOPLE):
            row = {**row, "birth_year": None}
        if not may(actor, Operation.VIEW_PERSON_DETAILS):
            row = {**row, "notes": "", "keep_reason": None, "keep_until": None}
    return row


# --- the selection -------------------------------------------------------------------------


def select_for(s: Session, actor: Actor, only: set[str] | None = None) -> Selection:
    """Every row the person's copy holds, read in ``s`` (one consistent snapshot); with
    ``only``, the rows of those tables alone (their parents are read to decide, not
    returned)."""
    if actor.person_id is None:
        raise ValueError("a personal copy is for a person")
    needed = None if only is None else _reached(set(only), _parents)
    # The groups' members and guides and the asker's earlier conversations, read once:
    # asked per group and person they were some 5,000 round trips at 250 people.
    policy.know_relations(s, actor)
    src = _Source(s, actor, _Asker(s, actor))
    chosen = Selection()
    for table in tables():
        if needed is not None and table.name not in needed:
            continue  # neither chosen afresh nor a parent of one that is
        how = carriage(table.name)
        if how is Carriage.NEVER:
            # Not read at all: the audit log of ten years is not fetched to be dropped.
            src.kept[table.name] = set()
            if only is None or table.name in only:
                chosen.rows[table.name] = []
            continue
        source_rows = _read(src, table)
        src.rows[table.name] = {_key(table, r): r for r in source_rows}
        if how is Carriage.ORGANISATION:
            kept = [r for r in (_organisation_row(src, table.name, r) for r in source_rows)
                    if r is not None]
        else:
            decide = POLICY[table.name]
            kept = [r for r in (decide(src, r) for r in source_rows) if r is not None]
        kept = _closed(table, kept, src)
        if only is None or table.name in only:
            chosen.rows[table.name] = kept
        src.kept[table.name] = {_key(table, r) for r in kept}
    return chosen


def _read(src: _Source, table: Table) -> list[Row]:
    """The table's rows as dicts (one query; plain tuples zipped with the column names,
    which is several times faster than a mapping per row for a hundred thousand rows)."""
    query = select(table).order_by(*table.primary_key.columns)
    narrow = NARROW.get(table.name)
    where = narrow(src, table) if narrow is not None else None
    if where is not None:
        query = query.where(where)
    result = src.s.execute(query)
    names = tuple(result.keys())
    return [dict(zip(names, row, strict=True)) for row in result.all()]


def _closed(table: Table, rows: Iterable[Row], src: _Source) -> list[Row]:
    """Rows whose references all point at rows in the copy: a required one to a row left
    out drops the row; an optional one is emptied."""
    rows = list(rows)
    own = {_key(table, r) for r in rows}
    result: list[Row] = []
    for row in rows:
        keep = True
        for fk in table.foreign_keys:
            column, target = fk.parent.name, fk.column.table.name
            value = row.get(column)
            if value is None:
                continue
            present = own if target == table.name else src.kept.get(target, set())
            if value in present:
                continue
            if fk.parent.nullable:
                row = {**row, column: None}
            else:
                keep = False
                break
        if keep:
            result.append(row)
    return result
