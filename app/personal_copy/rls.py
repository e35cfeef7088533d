"""Row-level security for the personal copies' own server logins, generated from the policy.

On PostgreSQL every personal copy logs in with a role of its own (``server_role.py``),
a member of the group role ``regiestoel_copy``. The policies below are ``TO`` that group:
the organisation's own login owns the tables and is not affected (row-level security does
not apply to a table's owner unless forced). What a copy's role may read is what
``selection.select_for`` carries for its person, table by table, asked of ``app.policy``'s
``RULES`` through ``policy.sql_allows``: the person is the server's ``rs_person()`` (the
person of the copy logged in, while the copy is not revoked), the relations are
``SECURITY DEFINER`` functions that read the groups and managers without being filtered.

The few columns ``selection`` blanks for a person (a conversation's summary and location
when only its status may be listed, the owner-only columns of ``person``, the organisation's
recovery code hash) a row cannot hide: those three tables are read through views of the same
name in the schema ``regiestoel_copy``, first on a copy's login's search path, which blank
them as ``selection`` does; the tables themselves grant the login every other column only.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Connection

from app import policy
from app.access import ALLOWED, Operation
from app.personal_copy import counters, culture_gate
from app.personal_copy.selection import LEFT_OUT_SETTINGS, NEVER, ORGANISATION, POLICY
from app.policy import Kind, Op, Relation, When
from models import Base, Role

GROUP = "regiestoel_copy"
PREFIX = "rs_"  # of every function and policy made here: refreshing drops and remakes them
ME = "(SELECT rs_person())"
IS_OWNER = "(SELECT rs_is_owner())"

R, W = Relation, When


# --- the relations and conditions of RULES, as SQL -----------------------------------------


def _among(value: str, ids: str) -> str:
    """``value`` is one of the ids an ``rs_*_ids()`` function gives for the copy's person.

    The array is worked out once per statement (an initplan, as ``ME``), not once per row:
    a function call per row (``rs_member(group_id)``, itself asking ``rs_person()``) made a
    sync read tens of thousands of attendances and actions in tens of seconds."""
    return f"coalesce({value} = ANY((SELECT {ids}())::integer[]), false)"


def _relations(person: str | None, group: str | None) -> dict[Relation, str]:
    """As ``policy.relations``: SELF, else the current manager, else an earlier one."""
    found = {R.OWNER: IS_OWNER}
    if person is not None:
        other = f"coalesce({person} <> {ME}, false)"
        manages = _among(person, "rs_report_ids")
        found[R.SELF] = f"coalesce({person} = {ME}, false)"
        found[R.CURRENT_MANAGER] = f"({other} AND {manages})"
        found[R.EARLIER_MANAGER] = (f"({other} AND NOT {manages} "
                                    f"AND {_among(person, 'rs_talked_with_ids')})")
    if group is not None:
        found[R.GROUP_MEMBER] = _among(group, "rs_member_group_ids")
        found[R.GUIDE] = _among(group, "rs_guide_group_ids")
    return found


def _conditions(person: str | None, shared: str | None, talk: str | None,
                side: str | None, author: str | None) -> dict[When, str]:
    found = {W.ALWAYS: "true"}
    if shared is not None:
        found[W.SHARED] = f"coalesce({shared}, false)"
    if talk is not None:
        took = f"coalesce({ME} IN ({talk}.professional_id, {talk}.manager_id), false)"
        found[W.TOOK_PART] = took
        found[W.TOOK_PART_OR_ALLOWED] = (
            f"({took} OR (coalesce({talk}.readable_by_later_managers, false) AND "
            f"rs_managed_later({talk}.professional_id, {talk}.year, {talk}.half)))")
    if side is not None:
        found[W.OWN_SIDE] = (f"coalesce({side} = {ME} AND ({author} IS NULL "
                             f"OR {author} = {ME}), false)")
    if person is not None:
        found[W.NO_MANAGER] = f"NOT rs_has_manager({person})"
    return found  # SEALED and NEVER are never met by a copy's login


def allows(kind: Kind, op: Op, *, person: str | None = None, group: str | None = None,
           shared: str | None = None, talk: str | None = None, side: str | None = None,
           author: str | None = None) -> str:
    """The SQL of ``policy.allows(kind, op, subject)`` for the copy's person, the subject's
    parts given as SQL expressions (``talk`` the alias of its conversation row)."""
    return policy.sql_allows(kind, op, _relations(person, group),
                             _conditions(person, shared, talk, side, author))


def _exists(table: str, key: str, value: str, more: str = "true") -> str:
    """A parent row that the copy's role itself may read (its own policies apply)."""
    alias = f"p_{table}"
    return f"EXISTS (SELECT 1 FROM {table} {alias} WHERE {alias}.{key} = {value} AND " \
           f"{more.replace('@', alias)})"


def _about_talk(kind: Kind, op: Op, table: str, **more: str) -> str:
    """A part of a conversation: the question asked about its conversation row ``@``."""
    return _exists("conversation", "id", f"{table}.conversation_id",
                   allows(kind, op, person="@.professional_id", talk="@", **more))


def _own(table: str, column: str = "person_id") -> str:
    return f"coalesce({table}.{column} = {ME}, false)"


def _written_now(table: str) -> str:
    """A row this transaction wrote as a copy's login (see ``rs_written_now``). Only a
    transaction that wrote something asks the function: a read of thousands of rows does
    not call it once per row."""
    return (f"(pg_current_xact_id_if_assigned() IS NOT NULL "
            f"AND rs_written_now('{table}', {table}.id))")


def _roles_that_may(operation: Operation) -> str:
    roles = ", ".join(f"'{r.value}'" for r in sorted(ALLOWED[operation]))
    # Once per statement, not per row (an initplan): it depends on the login only.
    return f"(SELECT rs_has_role(ARRAY[{roles}]::text[]))"


# --- what the role may read, per table: as selection.POLICY ---------------------------------


def _preparation(op: Op) -> str:
    side = ("(CASE WHEN preparation.side = 'professional' THEN @.professional_id "
            "ELSE @.manager_id END)")
    draft = allows(Kind.PREPARATION_DRAFT, op, person="@.professional_id", talk="@",
                   side=side, author="preparation.author_id")
    published = allows(Kind.PREPARATION_PUBLISHED, op, person="@.professional_id",
                       talk="@", side=side, author="preparation.author_id")
    return _exists("conversation", "id", "preparation.conversation_id",
                   f"(CASE WHEN preparation.published_at IS NULL THEN {draft} "
                   f"ELSE {published} END)")


def _action(op: Op) -> str:
    mine = f"({_own('action', 'owner_id')}" + (
        f" OR {_own('action', 'created_by')})" if op is Op.CHANGE else ")")
    agreement = _about_talk(Kind.AGREEMENTS, op, "action")
    return (f"({mine} OR (action.conversation_id IS NOT NULL AND {agreement}) "
            f"OR {_exists('session', 'id', 'action.session_id')} "
            f"OR {_exists('work_situation', 'id', 'action.situation_id')})")


def _group(table: str, column: str, op: Op) -> str:
    return allows(Kind.GROUP_CONTENT, op, group=f"{table}.{column}")


def read_predicates() -> dict[str, str]:
    """Per table in ``selection.POLICY``: the rows the copy's role reads."""
    r = Op.READ
    found = {
        "development_question": allows(
            Kind.DEVELOPMENT_QUESTION, r, person="development_question.person_id",
            shared="development_question.shared_with_manager"),
        "guiding_answer": _exists("development_question", "id", "guiding_answer.question_id"),
        "work_situation": allows(Kind.WORK_SITUATION, r, person="work_situation.owner_id",
                                 group="work_situation.group_id"),
        "situation_note": _exists("work_situation", "id", "situation_note.situation_id"),
        "situation_close_request": _exists("work_situation", "id",
                                           "situation_close_request.situation_id"),
        # An open invitation shows the group's name and aim (groups.my_invitations).
        "learning_group": f"({_group('learning_group', 'id', r)} "
                          f"OR {_among('learning_group.id', 'rs_invited_group_ids')})",
        "group_member": _group("group_member", "group_id", r),
        "group_invitation": f"({_own('group_invitation')} "
                            f"OR {_group('group_invitation', 'group_id', r)})",
        "cycle": _group("cycle", "group_id", r),
        "session": _exists("cycle", "id", "session.cycle_id"),
        "attendance": _exists("session", "id", "attendance.session_id"),
        # Its status and dates (LIST), or the whole (READ): see the module's note.
        "conversation": "({} OR {})".format(*(
            allows(Kind.RECORD, op, person="conversation.professional_id",
                   talk="conversation") for op in (Op.READ, Op.LIST))),
        "preparation": _preparation(r),
        "signature": _about_talk(Kind.RECORD, r, "signature"),
        "correction_request": _about_talk(Kind.RECORD, r, "correction_request"),
        "conversation_event": _about_talk(Kind.RECORD, r, "conversation_event"),
        "action": _action(r),
        "learning_request": allows(Kind.LEARNING_REQUEST, r,
                                   person="learning_request.person_id"),
        "person_budget": allows(Kind.BUDGET_LINE, r, person="person_budget.person_id"),
        # As hours.hours_of: one's own, and everyone's for whoever sees a person's details;
        # a session's hours that the guide writes for the others, in that transaction only
        # (the server answers an insert with the new row).
        "learning_hours": f"({_own('learning_hours')} "
                          f"OR {_roles_that_may(Operation.VIEW_PERSON_DETAILS)} "
                          f"OR {_written_now('learning_hours')})",
        "notification_setting": _own("notification_setting"),
        "notification_shown": _own("notification_shown"),
        "coach_conversation": allows(Kind.COACH_CONVERSATION, r,
                                     person="coach_conversation.person_id"),
    }
    missing = set(POLICY) - set(found)
    if missing:  # a new table fails here until someone decides what its role reads
        raise LookupError(f"no row-level security decided for {sorted(missing)}")
    return found


def write_predicates() -> dict[str, str]:
    """Per table the copy's role may change: the rows it may insert, update and delete
    (the services decide what to change; this bounds a role used outside them)."""
    c = Op.CHANGE
    return {
        "development_question": allows(Kind.DEVELOPMENT_QUESTION, c,
                                       person="development_question.person_id"),
        "guiding_answer": _exists("development_question", "id", "guiding_answer.question_id",
                                  allows(Kind.DEVELOPMENT_QUESTION, c,
                                         person="@.person_id")),
        "work_situation": f"({allows(Kind.WORK_SITUATION, c, person='work_situation.owner_id')}"
                          f" OR {_group('work_situation', 'group_id', c)})",
        "situation_note": _exists("work_situation", "id", "situation_note.situation_id"),
        "situation_close_request": _exists("work_situation", "id",
                                           "situation_close_request.situation_id"),
        "learning_group": _group("learning_group", "id", c),
        "cycle": _group("cycle", "group_id", c),
        "session": _exists("cycle", "id", "session.cycle_id",
                           allows(Kind.GROUP_CONTENT, c, group="@.group_id")),
        "attendance": _exists("session", "id", "attendance.session_id"),
        "conversation": allows(Kind.RECORD, c, person="conversation.professional_id",
                               talk="conversation"),
        "preparation": _preparation(c),
        "conversation_event": _about_talk(Kind.RECORD, c, "conversation_event"),
        "action": _action(c),
        "learning_request": "({} OR {})".format(*(
            allows(kind, c, person="learning_request.person_id")
            for kind in (Kind.LEARNING_REQUEST, Kind.LEARNING_DECISION))),
        "person_budget": allows(Kind.BUDGET_LINE, c, person="person_budget.person_id"),
        # One's own hours, and those a session one runs gives its attendees.
        "learning_hours": f"({_own('learning_hours')} OR (learning_hours.source = 'session' "
                          f"AND {_exists('session', 'id', 'learning_hours.source_id')}))",
        "notification_setting": _own("notification_setting"),
        "notification_shown": _own("notification_shown"),
        "coach_conversation": allows(Kind.COACH_CONVERSATION, c,
                                     person="coach_conversation.person_id"),
        # A lesson is the organisation's, written by a person: by its author.
        "lesson": _own("lesson", "author_id"),
    }


def _closure(table: str) -> list[str]:
    """As ``selection._closed``: a row whose required reference points at a row the copy
    does not hold is not in it either."""
    found = []
    for fk in Base.metadata.tables[table].foreign_keys:
        target = fk.column.table.name
        if fk.parent.nullable or target == table or target not in POLICY:
            continue
        found.append(_exists(target, fk.column.name, f"{table}.{fk.parent.name}"))
    return found


# --- signing through a copy's login (passthrough.py): the few writes it needs ---------------

# The columns a copy's login may update in these tables; rows as ``signing_predicates``.
SIGNING_COLUMNS = {
    # A signature given is taken back (by its signer's correction, or by an edit of either
    # participant), and learns the record's version right after it.
    "signature": ("void", "voided_at", "voided_by", "void_reason", "version_after"),
    # A correction request is resolved when its side signs.
    "correction_request": ("resolved_at",),
    # The person's own failed-login count: a wrong password counts, a right one clears it.
    "account": ("failed_attempts", "locked_until"),
}


def _side_of(table: str) -> str:
    """The conversation's person of the row's side (``@`` the conversation row)."""
    return (f"(CASE WHEN {table}.side = 'professional' THEN @.professional_id "
            f"ELSE @.manager_id END)")


def _own_side(table: str) -> str:
    """``table``'s row is of the copy's person's own side of a record they take part in, as
    ``conversations._require_side`` asks: the record's, then the signature's rule."""
    author = (f"(SELECT pr.author_id FROM preparation pr WHERE pr.conversation_id = @.id "
              f"AND pr.side = {table}.side)")
    return _exists("conversation", "id", f"{table}.conversation_id", " AND ".join((
        allows(Kind.RECORD, Op.CHANGE, person="@.professional_id", talk="@"),
        allows(Kind.SIGNATURE, Op.CHANGE, person="@.professional_id", talk="@",
               side=_side_of(table), author=author))))


def signing_predicates() -> dict[str, dict[str, str]]:
    """Per table, per command: the rows a copy's login may write to sign a record or ask
    for its correction on the server (``conversations.sign``, ``.request_correction``)."""
    participant = _about_talk(Kind.RECORD, Op.CHANGE, "signature")
    open_record = _exists("conversation", "id", "signature.conversation_id",
                          "@.locked_at IS NULL")
    return {
        # One's own signature, of one's own side, on an open record; any participant's edit
        # takes signatures back (which columns, and never un-voided: the guard trigger).
        "signature": {
            "INSERT": (f"{_own('signature')} AND NOT signature.void AND {open_record} "
                       f"AND {_own_side('signature')}"),
            "UPDATE": participant,
        },
        "correction_request": {
            "INSERT": (f"{_own('correction_request')} AND correction_request.resolved_at "
                       f"IS NULL AND {_own_side('correction_request')}"),
            "UPDATE": _own_side("correction_request"),
        },
        # Its own row only: its password is checked (whoever holds the copy's login opened
        # the copy, whose key is derived from that same password) and its count kept.
        "account": {"SELECT": _own("account"), "UPDATE": _own("account")},
    }


@dataclass(frozen=True)
class Policy:
    table: str
    command: str  # SELECT, INSERT, UPDATE, DELETE
    using: str | None
    check: str | None

    def sql(self) -> str:
        name = f"{PREFIX}{self.command.lower()}"
        parts = [f'CREATE POLICY {name} ON "{self.table}" FOR {self.command} TO {GROUP}']
        if self.using is not None:
            parts.append(f"USING ({self.using})")
        if self.check is not None:
            parts.append(f"WITH CHECK ({self.check})")
        return " ".join(parts)


def policies() -> list[Policy]:
    """Every policy, for every table of the organisation's schema."""
    reads, writes = read_predicates(), write_predicates()
    found: list[Policy] = []
    for table in Base.metadata.sorted_tables:
        name = table.name
        if name in POLICY:
            # A parent asked once: a closure the predicate itself asks is not asked again.
            read = " AND ".join([reads[name], *(c for c in _closure(name) if c != reads[name])])
        elif name in ORGANISATION:
            # What everyone in the organisation reads: for a copy's person only (a role of
            # another organisation's database on the same server reads nothing here).
            read = " AND ".join([f"{ME} IS NOT NULL", *_closure(name)])
            if name == "org_setting":
                left_out = ", ".join(f"'{k}'" for k in sorted(LEFT_OUT_SETTINGS))
                read += f" AND org_setting.key NOT IN ({left_out})"
        elif name == "audit_entry":
            # Nothing of the log; only the entry just written, which the server returns.
            read = _written_now("audit_entry")
            found.append(Policy(name, "INSERT", None,
                                "audit_entry.actor_kind = 'person' AND "
                                + _own("audit_entry", "actor_id")))
        elif name == "personal_copy":
            read = "personal_copy.role_name = session_user"
            found.append(Policy(name, "UPDATE", f"{read} AND personal_copy.revoked_at IS NULL",
                                f"{read} AND personal_copy.revoked_at IS NULL"))
        elif name == "applied_operation":
            read = "applied_operation.copy_id = (SELECT rs_copy_id())"
            found.append(Policy(name, "INSERT", None, read))
            found.append(Policy(name, "UPDATE", read, read))
        else:
            assert name in NEVER, name
            continue  # nothing: row-level security on, no policy
        found.append(Policy(name, "SELECT", read, None))
        if name in writes:
            write = writes[name]
            found.append(Policy(name, "INSERT", None, write))
            found.append(Policy(name, "UPDATE", write, write))
            if name != "lesson":
                found.append(Policy(name, "DELETE", write, None))
    for name, commands in signing_predicates().items():
        for command, rows in commands.items():
            using = None if command == "INSERT" else rows
            check = None if command in ("SELECT", "DELETE") else rows
            found.append(Policy(name, command, using, check))
    # The lessons' search index on PostgreSQL (no model: app/lesson_search.py keeps it):
    # read by everyone, written for the lessons one writes.
    own_lesson = _exists("lesson", "id", "lesson_fts.lesson_id", _own("@", "author_id"))
    found += [Policy("lesson_fts", "SELECT", f"{ME} IS NOT NULL", None),
              Policy("lesson_fts", "INSERT", None, own_lesson),
              Policy("lesson_fts", "UPDATE", own_lesson, own_lesson),
              Policy("lesson_fts", "DELETE", own_lesson, None)]
    return found


# Tables whose rows a copy's login writes but may not read back: an audit entry, the hours a
# session gives its attendees.
WRITTEN_FOR_OTHERS = ("audit_entry", "learning_hours")

# Tables outside the models that a copy's role reads or writes.
INDEX_TABLES = ("lesson_fts",)


# --- columns a person may not read in rows they may read: as selection blanks them ---------

MASK_SCHEMA = GROUP  # the schema of the views a copy's login reads these tables through


def masked_columns() -> dict[str, dict[str, tuple[str, str]]]:
    """Per table, per column: (when the copy's person may read it, what it reads otherwise),
    as ``selection._organisation_row`` and ``selection._conversation_row`` blank them."""
    details = f"(coalesce(person.id = {ME}, false) OR " \
              f"{_roles_that_may(Operation.VIEW_PERSON_DETAILS)})"
    people = f"(coalesce(person.id = {ME}, false) OR {_roles_that_may(Operation.MANAGE_PEOPLE)})"
    content = allows(Kind.RECORD, Op.READ, person="conversation.professional_id",
                     talk="conversation")
    return {
        "person": {"birth_year": (people, "NULL"), "notes": (details, "''"),
                   "keep_reason": (details, "NULL"), "keep_until": (details, "NULL")},
        # The recovery code resets an owner's password: its hash stays on the server.
        "organisation": {"recovery_code_hash": ("false", "''")},
        # Only its status and dates, when the content is not the person's to read.
        "conversation": {"summary": (content, "''"), "location": (content, "''")},
    }


def _view_sql(table: str, read: str, schema: str) -> str:
    masks = masked_columns()[table]
    columns = []
    for column in Base.metadata.tables[table].columns:
        if column.name in masks:
            when, otherwise = masks[column.name]
            columns.append(f"CASE WHEN {when} THEN {table}.{column.name} ELSE {otherwise} END "
                           f"AS {column.name}")
        else:
            columns.append(f"{table}.{column.name}")
    # Owned by the organisation's login, the view reads past the policies: its WHERE is the
    # table's own policy; security_barrier keeps a caller's functions from seeing more rows.
    return (f'CREATE VIEW {MASK_SCHEMA}."{table}" WITH (security_barrier) AS SELECT '
            f'{", ".join(columns)} FROM "{schema}"."{table}" {table} WHERE {read}')


def drop_views_on(conn: Connection) -> None:
    """Before a migration: the views would hold on to the columns a migration changes."""
    if conn.dialect.name != "postgresql":
        return
    for table in masked_columns():
        conn.exec_driver_sql(f'DROP VIEW IF EXISTS {MASK_SCHEMA}."{table}"')


# A copy's login may lock (and so version) only rows that are its person's own; the views
# are updatable, and the organisation's login behind them is held by no policy.
_GUARDS = {
    "person": "OLD.id = rs_person()",
    # Its status and lock change only as signing changes them: signed and locked at once.
    "conversation": "rs_person() IN (OLD.professional_id, OLD.manager_id) AND ("
                    "(NEW.status IS NOT DISTINCT FROM OLD.status "
                    "AND NEW.locked_at IS NOT DISTINCT FROM OLD.locked_at) "
                    "OR (OLD.status = 'planned' AND NEW.status = 'signed' "
                    "AND OLD.locked_at IS NULL AND NEW.locked_at IS NOT NULL))",
}
# The columns a copy's login updates through those views (the version of a record it
# changes below; a conversation's signing: ``conversations.sign``).
_VIEW_COLUMNS = {"person": ("version_id",),
                 "conversation": ("version_id", "status", "locked_at")}
# A signature taken back stays taken back; only its own signer notes the version after it,
# once; whoever takes one back is the one named.
_SIGNATURE_GUARD = (
    "NOT (OLD.void AND NOT NEW.void) "
    "AND (NEW.version_after IS NOT DISTINCT FROM OLD.version_after "
    "OR (OLD.version_after IS NULL AND OLD.person_id = rs_person())) "
    "AND (NEW.void = OLD.void OR NEW.voided_by = rs_person()) "
    "AND (NOT OLD.void OR (NEW.voided_at IS NOT DISTINCT FROM OLD.voided_at "
    "AND NEW.voided_by IS NOT DISTINCT FROM OLD.voided_by "
    "AND NEW.void_reason IS NOT DISTINCT FROM OLD.void_reason))")

# A wait after wrong passwords stands: while it runs, a copy's login neither lowers its count
# nor shortens it (the service itself refuses every attempt then, and writes nothing).
_ACCOUNT_GUARD = (
    "OLD.locked_until IS NULL OR OLD.locked_until <= now() "
    "OR (NEW.failed_attempts >= OLD.failed_attempts "
    "AND NEW.locked_until IS NOT NULL AND NEW.locked_until >= OLD.locked_until)")


# --- the functions the policies ask --------------------------------------------------------

_FUNCTIONS = {
    "rs_person()": ("integer", """
        SELECT c.person_id FROM personal_copy c JOIN person p ON p.id = c.person_id
        WHERE c.role_name = session_user AND c.revoked_at IS NULL AND p.archived_at IS NULL"""),
    "rs_copy_id()": ("text", """
        SELECT id FROM personal_copy WHERE role_name = session_user AND revoked_at IS NULL"""),
    "rs_is_owner()": ("boolean", f"""
        SELECT EXISTS (SELECT 1 FROM person_role WHERE person_id = rs_person()
                       AND role = '{Role.OWNER.value}')"""),
    "rs_has_role(roles text[])": ("boolean", """
        SELECT EXISTS (SELECT 1 FROM person_role WHERE person_id = rs_person()
                       AND role = ANY(roles))"""),
    "rs_manages(p integer)": ("boolean", """
        SELECT EXISTS (SELECT 1 FROM person WHERE id = p AND manager_id = rs_person())"""),
    "rs_has_manager(p integer)": ("boolean", """
        SELECT EXISTS (SELECT 1 FROM person WHERE id = p AND manager_id IS NOT NULL)"""),
    "rs_held_conversation(p integer)": ("boolean", """
        SELECT EXISTS (SELECT 1 FROM conversation
                       WHERE professional_id = p AND manager_id = rs_person())"""),
    "rs_managed_later(p integer, y integer, h integer)": ("boolean", """
        SELECT rs_manages(p) OR EXISTS (
            SELECT 1 FROM conversation WHERE professional_id = p
            AND manager_id = rs_person() AND (year > y OR (year = y AND half > h)))"""),
    "rs_member(g integer)": ("boolean", """
        SELECT EXISTS (SELECT 1 FROM group_member WHERE group_id = g
                       AND person_id = rs_person())"""),
    "rs_guide(g integer)": ("boolean", """
        SELECT EXISTS (SELECT 1 FROM learning_group WHERE id = g AND guide_id = rs_person())
               AND NOT rs_member(g)"""),
    # The same relations as id arrays, asked once per statement (see ``_among``).
    "rs_report_ids()": ("integer[]", """
        SELECT coalesce(array_agg(id), '{}') FROM person
        WHERE manager_id = (SELECT rs_person())"""),
    "rs_talked_with_ids()": ("integer[]", """
        SELECT coalesce(array_agg(DISTINCT professional_id), '{}') FROM conversation
        WHERE manager_id = (SELECT rs_person())"""),
    "rs_member_group_ids()": ("integer[]", """
        SELECT coalesce(array_agg(group_id), '{}') FROM group_member
        WHERE person_id = (SELECT rs_person())"""),
    "rs_guide_group_ids()": ("integer[]", """
        SELECT coalesce(array_agg(id), '{}') FROM learning_group
        WHERE guide_id = (SELECT rs_person()) AND id NOT IN (
            SELECT group_id FROM group_member WHERE person_id = (SELECT rs_person()))"""),
    "rs_invited_group_ids()": ("integer[]", """
        SELECT coalesce(array_agg(group_id), '{}') FROM group_invitation
        WHERE person_id = (SELECT rs_person()) AND status = 'open'"""),
    "rs_invited(g integer)": ("boolean", """
        SELECT EXISTS (SELECT 1 FROM group_invitation WHERE group_id = g
                       AND person_id = rs_person() AND status = 'open')"""),
    # A row this transaction wrote as a copy's login (noted by rs_note_written): the server
    # answers an INSERT with the new row, which must pass the SELECT policy.
    "rs_written_now(t text, i bigint)": ("boolean", """
        SELECT EXISTS (SELECT 1 FROM rs_written WHERE xid = pg_current_xact_id_if_assigned()
                       AND tbl = t AND id = i)"""),
}


def _function_sql(signature: str, returns: str, body: str, schema: str) -> str:
    # SECURITY DEFINER: they read as the organisation's login, past the policies (which
    # would otherwise ask themselves), with a fixed search path so no one shadows a table.
    # rs_written_now is VOLATILE: it must see what a trigger of the same statement wrote.
    volatility = "VOLATILE" if signature.startswith("rs_written_now") else "STABLE"
    return (f"CREATE OR REPLACE FUNCTION {signature} RETURNS {returns} LANGUAGE sql {volatility} "
            f"SECURITY DEFINER SET search_path = \"{schema}\", pg_temp AS $rs${body}$rs$")


class _Statements:
    """Statements gathered and sent to the server as one message: refreshing the policies
    is some four hundred of them, each a round trip of its own over a network (4 s at 10 ms).
    Without parameters they go as written (no ``%`` to escape), in the caller's transaction."""

    def __init__(self) -> None:
        self.sql: list[str] = []

    def __call__(self, statement: str) -> None:
        self.sql.append(statement)

    def send(self, conn: Connection) -> None:
        if self.sql:
            conn.exec_driver_sql(";\n".join(self.sql),
                                 execution_options={"no_parameters": True})
            self.sql = []


def install_on(conn: Connection) -> None:
    """Make or refresh the group role, the functions, the grants and every policy, in the
    caller's transaction: idempotent, so a changed policy reaches the server by running it
    again (a new copy, or a migration)."""
    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(hashtext('regiestoel_rls'))")
    schema = conn.exec_driver_sql("SELECT current_schema()").scalar_one()
    run = _Statements()
    run(f"""
        DO $rs$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{GROUP}') THEN
                CREATE ROLE {GROUP} NOLOGIN;
            END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $rs$""")
    # What a copy's login wrote in its transaction (see rs_written_now); not writable by it.
    run("CREATE TABLE IF NOT EXISTS rs_written "
                         "(xid xid8 NOT NULL, tbl text NOT NULL, id bigint NOT NULL)")
    run("REVOKE ALL ON rs_written FROM PUBLIC")
    for signature, (returns, body) in _FUNCTIONS.items():
        run(_function_sql(signature, returns, body, schema))
    run(f"""
        CREATE OR REPLACE FUNCTION rs_note_written() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $rs$
        BEGIN
            IF rs_person() IS NOT NULL THEN
                -- Forget what finished transactions wrote: none of them asks any more.
                DELETE FROM rs_written WHERE xid < pg_snapshot_xmin(pg_current_snapshot());
                INSERT INTO rs_written VALUES (pg_current_xact_id(), TG_TABLE_NAME, NEW.id);
            END IF;
            RETURN NEW;
        END $rs$""")
    for table in WRITTEN_FOR_OTHERS:
        run(f'DROP TRIGGER IF EXISTS rs_note_written ON "{table}"')
        run(f'CREATE TRIGGER rs_note_written BEFORE INSERT ON "{table}" '
                             "FOR EACH ROW EXECUTE FUNCTION rs_note_written()")
    old = conn.exec_driver_sql(
        "SELECT tablename, policyname FROM pg_policies WHERE schemaname = %(s)s "
        "AND policyname LIKE 'rs\\_%%'", {"s": schema}).all()
    for table_name, policy_name in old:
        run(f'DROP POLICY {policy_name} ON "{table_name}"')
    writes = set(write_predicates())
    run(f'GRANT USAGE ON SCHEMA "{schema}" TO {GROUP}')
    for name in Base.metadata.tables:
        run(f'ALTER TABLE "{name}" ENABLE ROW LEVEL SECURITY')
        run(f'REVOKE ALL ON "{name}" FROM {GROUP}')
        run(f'GRANT SELECT ON "{name}" TO {GROUP}')
        if name in writes:
            rights = "INSERT, UPDATE" if name == "lesson" else "INSERT, UPDATE, DELETE"
            run(f'GRANT {rights} ON "{name}" TO {GROUP}')
    for name, columns in SIGNING_COLUMNS.items():
        if "INSERT" in signing_predicates()[name]:
            run(f'GRANT INSERT ON "{name}" TO {GROUP}')
        run(f'GRANT UPDATE ({", ".join(columns)}) ON "{name}" TO {GROUP}')
    _install_guard(run, schema, "signature", _SIGNATURE_GUARD)
    _install_guard(run, schema, "account", _ACCOUNT_GUARD)
    _install_signed_by_both(run, schema)
    for name in INDEX_TABLES:
        run(f'ALTER TABLE "{name}" ENABLE ROW LEVEL SECURITY')
        run(f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{name}" TO {GROUP}')
    _install_views(run, schema)
    run(f"GRANT INSERT ON audit_entry TO {GROUP}")
    run(f"GRANT INSERT, UPDATE ON applied_operation TO {GROUP}")
    run(
        f"GRANT UPDATE (last_synced_at, laptop_name, version_id) ON personal_copy TO {GROUP}")
    run(f"GRANT SELECT ON alembic_version TO {GROUP}")
    run(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO {GROUP}')
    # The server's change counters that a pull asks first (``counters``).
    counters.install(run, schema, GROUP)
    culture_gate.install(run, schema, GROUP)
    run(f"REVOKE ALL ON SEQUENCE {counters.SEQUENCE} FROM {GROUP}")  # the trigger's alone
    for p in policies():
        run(p.sql())
    # The copies' logins plan without JIT: the policies' subqueries make the planner's cost
    # estimates large, and compiling them took longer than the reads (0.7 s a table).
    run("""
        DO $rs$ DECLARE r text; BEGIN
            FOR r IN SELECT c.role_name FROM personal_copy c JOIN pg_roles g
                     ON g.rolname = c.role_name LOOP
                EXECUTE format('ALTER ROLE %I SET jit = off', r);
            END LOOP;
        END $rs$""")
    run.send(conn)


def _install_views(run: _Statements, schema: str) -> None:
    reads = {p.table: p.using or "false" for p in policies() if p.command == "SELECT"}
    run(f"CREATE SCHEMA IF NOT EXISTS {MASK_SCHEMA}")
    run(f"GRANT USAGE ON SCHEMA {MASK_SCHEMA} TO {GROUP}")
    for table in masked_columns():
        run(f'DROP VIEW IF EXISTS {MASK_SCHEMA}."{table}"')
    for table, masks in masked_columns().items():
        run(_view_sql(table, reads[table], schema))
        # The table itself without the masked columns (other tables' policies look into it).
        visible = ", ".join(c.name for c in Base.metadata.tables[table].columns
                            if c.name not in masks)
        run(f'REVOKE ALL ON "{table}" FROM {GROUP}')
        run(f'GRANT SELECT ({visible}) ON "{table}" TO {GROUP}')
        run(f'GRANT SELECT ON {MASK_SCHEMA}."{table}" TO {GROUP}')
        if table in _GUARDS:
            # The services lock the person's own row and their conversation before writing.
            run(f'GRANT UPDATE ({", ".join(_VIEW_COLUMNS[table])}) '
                f'ON {MASK_SCHEMA}."{table}" TO {GROUP}')
            _install_guard(run, schema, table, _GUARDS[table])


def _install_guard(run: _Statements, schema: str, table: str, allowed: str) -> None:
    """A trigger that refuses a copy's login an update of ``table`` unless ``allowed`` (SQL
    over ``OLD`` and ``NEW``) holds: what a column grant cannot say."""
    run(f"""
        CREATE OR REPLACE FUNCTION rs_guard_{table}() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $rs$
        BEGIN
            IF rs_person() IS NOT NULL AND NOT coalesce({allowed}, false) THEN
                RAISE EXCEPTION 'a personal copy changes only its own records'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $rs$""")
    run(f'DROP TRIGGER IF EXISTS rs_guard ON "{table}"')
    run(f'CREATE TRIGGER rs_guard BEFORE UPDATE ON "{table}" '
        f"FOR EACH ROW EXECUTE FUNCTION rs_guard_{table}()")


def _install_signed_by_both(run: _Statements, schema: str) -> None:
    """A record a copy's login locks holds both sides' signatures when its transaction
    commits (checked then: the signature is written after the record's row)."""
    run(f"""
        CREATE OR REPLACE FUNCTION rs_signed_by_both() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $rs$
        BEGIN
            IF rs_person() IS NOT NULL AND EXISTS (
                    SELECT 1 FROM conversation WHERE id = NEW.id AND locked_at IS NOT NULL)
                AND (SELECT count(DISTINCT side) FROM signature
                     WHERE conversation_id = NEW.id AND NOT void) < 2 THEN
                RAISE EXCEPTION 'a record is locked only when both sides signed'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NULL;
        END $rs$""")
    run('DROP TRIGGER IF EXISTS rs_signed_by_both ON "conversation"')
    run('CREATE CONSTRAINT TRIGGER rs_signed_by_both AFTER UPDATE ON "conversation" '
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
        "WHEN (OLD.locked_at IS DISTINCT FROM NEW.locked_at) "
        "EXECUTE FUNCTION rs_signed_by_both()")


def search_path_for(conn: Connection) -> str:
    """A copy's login finds the masked views before the tables of the same name."""
    schema = conn.exec_driver_sql("SELECT current_schema()").scalar_one()
    return f'{MASK_SCHEMA}, "{schema}"'


def installed_on(conn: Connection) -> bool:
    """Whether this database has had copies' policies (then a migration refreshes them)."""
    return conn.exec_driver_sql(
        "SELECT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'rs_person' "
        "AND pronamespace = current_schema()::regnamespace)").scalar_one()
