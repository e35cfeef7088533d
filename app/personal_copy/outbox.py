"""The outbox: what a person changes offline, recorded as the service calls they made.

The screens call the same services on the copy's ``Database``. A service allowed offline is
marked ``@offline_operation("module.function")``: on a copy its whole call runs in one
transaction of the copy, at the end of which the call (name, arguments as JSON, the
``expected_*`` versions it saw, a new ``op_id``) is appended to ``copy_outbox`` — no change
without its operation, no operation without its change. Every other service that changes
something is marked ``@online_only(code)`` and refuses on a copy with a reason — unless it is
also marked to pass through (``passthrough``): then, while the copy's server answers, it runs
there instead (``passthrough.py``). Behind all of them, ``guard`` makes the copy's engine
refuse any other write (audit entries of reads excepted: they travel to the server at the
next sync).
"""

from __future__ import annotations

import functools
import importlib
import inspect as pyinspect
import json
import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.db import Database, _storage_error_or_same
from app.personal_copy import codec
from app.personal_copy.identity import copy_outbox
from models.base import utcnow
from models.errors import Conflict, Forbidden

F = TypeVar("F", bound=Callable[..., Any])

# The copy's engine lets a connection with this execution option write.
WRITES = "regiestoel_copy_writes"
# The only table a copy writes outside an operation: the audit entries of offline reads.
OPEN_TABLES = frozenset({"audit_entry"})
REFUSED_OFFLINE = "offline_needs_server"

# "module.function" -> the marked service, for replay.
OPERATIONS: dict[str, Callable[..., Any]] = {}
# "module.function" -> an online-only service that runs on the server while it answers.
PASSTHROUGH: dict[str, Callable[..., Any]] = {}


@dataclass
class _Recording:
    made: dict[str, list[int]] = field(default_factory=dict)


_ACTIVE: ContextVar[_Recording | None] = ContextVar("regiestoel_offline_operation",
                                                    default=None)


def offline_operation(name: str) -> Callable[[F], F]:
    """Mark a service as allowed offline: on a copy, its call is recorded in the outbox."""

    def mark(fn: F) -> F:
        signature = pyinspect.signature(fn)

        @functools.wraps(fn)
        def call(db: Database, actor: Any, *args: Any, **kwargs: Any) -> Any:
            if not getattr(db, "is_personal_copy", False) or _ACTIVE.get() is not None:
                return fn(db, actor, *args, **kwargs)
            bound = signature.bind(db, actor, *args, **kwargs)
            # What can be read once (a generator) is read here, for the call and the outbox.
            arguments = {k: list(v) if isinstance(v, Iterator) else v
                         for k, v in list(bound.arguments.items())[2:]}
            return _record(db, name, fn, actor, arguments)

        call.offline_operation = name  # type: ignore[attr-defined]
        OPERATIONS[name] = call
        return call  # type: ignore[return-value]

    return mark


def online_only(code: str = REFUSED_OFFLINE, *, passthrough: Any = None
                ) -> Callable[[F], F]:
    """Mark a service that changes the organisation's database directly: on a copy it is
    refused with ``Forbidden(code)``, whose words say why it needs the connection.

    ``passthrough`` (a ``passthrough.ReadBack``: what the copy reads back afterwards) lets
    the call run on the server itself, through the copy's own login, whenever the copy's
    server answers; only when it does not is the call refused."""

    def mark(fn: F) -> F:
        name = f"{fn.__module__.rpartition('.')[2]}.{fn.__name__}"
        signature = pyinspect.signature(fn)

        @functools.wraps(fn)
        def call(db: Database, *args: Any, **kwargs: Any) -> Any:
            if getattr(db, "is_personal_copy", False) and _ACTIVE.get() is None:
                on_server = getattr(db, "on_server", None)
                if passthrough is None or on_server is None:
                    raise Forbidden(code)
                bound = signature.bind(db, *args, **kwargs)
                return on_server(name, fn, code, passthrough,
                                 dict(list(bound.arguments.items())[1:]))
            return fn(db, *args, **kwargs)

        call.online_only = code  # type: ignore[attr-defined]
        call.passthrough = passthrough is not None  # type: ignore[attr-defined]
        if passthrough is not None:
            PASSTHROUGH[name] = call
        return call  # type: ignore[return-value]

    return mark


def operation(name: str) -> Callable[..., Any]:
    """The service an outbox entry names; only a marked one (an outbox is data)."""
    module, _, function = name.partition(".")
    if not re.fullmatch(r"[a-z_]+", module) or not re.fullmatch(r"[a-z_]+", function):
        raise LookupError(name)
    found = getattr(importlib.import_module(f"app.services.{module}"), function, None)
    if getattr(found, "offline_operation", None) != name:
        raise LookupError(name)
    return found  # type: ignore[return-value]


# --- one transaction for a whole service call ------------------------------------------------


class OneTransaction(Database):
    """A ``Database`` whose every transaction (and read) is a savepoint in one connection's
    transaction: a service that opens several transactions is still one change, committed
    or rolled back with what is recorded beside it."""

    def __init__(self, origin: Database, conn: Connection,
                 on_session: Callable[[Session], None] | None = None, *,
                 reads_in_savepoint: bool = True, savepoints: bool = True) -> None:
        # Not Database.__init__: no engine of its own, the origin's connection.
        self.url, self.read_only = origin.url, False
        self.is_personal_copy = origin.is_personal_copy
        self.engine = origin.engine
        self.is_sqlite, self.is_postgresql = origin.is_sqlite, origin.is_postgresql
        self._conn = conn
        self._on_session = on_session
        self._reads_in_savepoint = reads_in_savepoint and savepoints
        self._savepoints = savepoints

    def _session(self, *, reading: bool = False) -> Session:
        # A session without a savepoint joins the transaction and never ends it: closing it
        # leaves it as it was, a failure is taken back by the caller's savepoint (replay's,
        # one per operation: ``savepoints=False`` saves two round trips per transaction).
        inner = self._reads_in_savepoint if reading else self._savepoints
        mode = "create_savepoint" if inner else "rollback_only"
        session = Session(bind=self._conn, join_transaction_mode=mode,  # type: ignore[arg-type]
                          expire_on_commit=False)
        if self._on_session is not None:
            self._on_session(session)
        return session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        try:
            with self._session() as session, session.begin():
                yield session
        except StaleDataError as exc:
            raise Conflict("edited_elsewhere") from exc
        except DatabaseError as exc:
            raise _storage_error_or_same(exc) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._session(reading=True) as session:
                yield session
        except DatabaseError as exc:
            raise _storage_error_or_same(exc) from exc

    def dispose(self) -> None:  # the origin owns the engine
        pass


@contextmanager
def writing(db: Database, *, forget: bool = True) -> Iterator[Connection]:
    """A connection of the copy that may write (the outbox, sync), in one transaction.

    What it writes forgets the server's counters of the tables it wrote: the copy no longer
    stands for what they counted, and the next pull compares those tables (and the tables
    depending on them) afresh. A write whose table cannot be told forgets them all. A pull
    writes what the counters stand for (``forget=False``)."""
    from app.personal_copy.identity import copy_pull_state

    written: set[str] = set()
    unknown: list[str] = []

    def note(_conn: Connection, _cursor: Any, statement: str, _params: Any, _context: Any,
             _many: bool) -> None:
        found = _WRITE.match(statement)
        if found is not None:
            written.add(found.group(1).lower())
        elif not _READ.match(statement):
            unknown.append(statement)

    engine = db.engine.execution_options(sqlite_begin="IMMEDIATE")
    with engine.connect() as conn:
        conn.execution_options(**{WRITES: True})
        if forget:
            event.listen(conn, "before_cursor_execute", note)
        try:
            with conn.begin():
                yield conn
                if forget:
                    event.remove(conn, "before_cursor_execute", note)
                    if unknown:
                        conn.execute(copy_pull_state.delete())
                    elif written:
                        conn.execute(copy_pull_state.delete().where(
                            copy_pull_state.c.table_name.in_(sorted(written))))
        finally:
            if forget and event.contains(conn, "before_cursor_execute", note):
                event.remove(conn, "before_cursor_execute", note)


def _record(db: Database, name: str, fn: Callable[..., Any], actor: Any,
            arguments: dict[str, Any]) -> Any:
    from app.personal_copy.local_ids import assign_on

    args_json = json.dumps(codec.encode(arguments), ensure_ascii=False, sort_keys=True)
    versions = {k: v for k, v in arguments.items() if k.startswith("expected_")}
    from app.services import audit

    recording = _Recording()
    with writing(db) as conn:
        audited_before = audit.last_entry_id(conn)
        bound = OneTransaction(db, conn, lambda s: assign_on(s, recording.made))
        token = _ACTIVE.set(recording)
        try:
            result = fn(bound, actor, **arguments)
        finally:
            _ACTIVE.reset(token)
        after = versions_after(bound, name, arguments, actor.person_id)
        # What the call audited, the server audits again when it replays the call: sent
        # once, by the replay, not also as an entry of an offline read.
        audit.forget_on_copy(db, conn, after=audited_before)
        conn.execute(copy_outbox.insert().values(
            op_id=str(uuid.uuid4()), operation=name, args=args_json,
            versions=json.dumps(versions, sort_keys=True),
            after=json.dumps(after, sort_keys=True),
            created=json.dumps(recording.made, sort_keys=True),
            record=record_key(name, arguments), state="pending", outcome="{}",
            created_at=utcnow()))
    return result


def versions_after(db: Database, name: str, arguments: dict[str, Any], person_id: int
                   ) -> dict[str, int | None]:
    """The versions the operation's record has now (in its own transaction)."""
    from app.personal_copy.conflicts import theirs

    with db.read() as s:
        return theirs(s, name, arguments, person_id)[2]


def record_key(name: str, arguments: dict[str, Any]) -> str:
    """What an operation is about, so that one waiting behind a conflict waits only for
    operations on the same record: the service's module and the first id it is given (a
    question is its person's one current question: the module alone)."""
    module = name.partition(".")[0]
    for key, value in arguments.items():
        if key.endswith("_id") and isinstance(value, int) and not isinstance(value, bool):
            return f"{module}:{key}={value}"
    return module


# --- nothing else writes on a copy -----------------------------------------------------------

# Statements that change nothing (what ``writing`` need not forget anything for).
_READ = re.compile(r"^\s*(?:SELECT|PRAGMA|SAVEPOINT|RELEASE|ROLLBACK|BEGIN|COMMIT)\b",
                   re.IGNORECASE)
_WRITE = re.compile(r"^\s*(?:INSERT|UPDATE|DELETE|REPLACE)\b(?:\s+OR\s+\w+)?"
                    r"(?:\s+INTO|\s+FROM)?\s+\"?(\w+)", re.IGNORECASE)


def guard(db: Database) -> None:
    """The copy's engine refuses every write that is neither an outbox operation's, sync's,
    nor an audit entry of a read: a service nobody marked cannot change the copy behind the
    outbox's back."""

    @event.listens_for(db.engine, "before_cursor_execute")
    def refuse(conn: Connection, _cursor: Any, statement: str, _params: Any, _context: Any,
               _many: bool) -> None:
        found = _WRITE.match(statement)
        if found is None or found.group(1).lower() in OPEN_TABLES:
            return
        if conn.get_execution_options().get(WRITES):
            return
        raise Forbidden(REFUSED_OFFLINE)
