"""Replay: the outbox's operations applied on the organisation's server, in order, as the
copy's person (with their roles as the server knows them now), through the same services.

Each operation is a savepoint in a server transaction of up to ``BATCH`` operations that
also inserts their ``applied_operation`` rows, so an operation the server has seen is never
applied again: a sync cut off after the server's commit, before the copy heard of it, finds
the rows next time and takes their outcomes from there. Local ids in an operation's
arguments are translated to the server's ids of the records made by earlier operations. A
stale operation becomes a conflict (both versions kept in the copy); one the server now
refuses (sharing withdrawn, the group left) is kept as refused, with the reason, for the
person to see. Operations on a record with a conflict wait for it; the others go on.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, event, insert, inspect, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from app import versions
from app.db import Database
from app.personal_copy import codec, conflicts, local_ids
from app.personal_copy.identity import copy_conflict, copy_outbox
from app.personal_copy.outbox import OneTransaction, operation, writing
from models.base import utcnow
from models.errors import Conflict, DomainError, StorageError
from models.personal_copies import AppliedOperation

APPLIED, CONFLICT, REFUSED = "applied", "conflict", "refused"


@dataclass(frozen=True)
class Replayed:
    sent: int  # operations the server dealt with in this run
    applied: int
    conflicts: int
    refused: int


def _checkpoint(where: str) -> None:
    """A place where a sync can be cut off (tests raise here: the laptop killed)."""


# Operations sent in one server transaction: a commit for many instead of one each, while
# the rows they change stay locked for a moment only.
BATCH = 25


def replay(copy: Any, server: Database, *,
           progress: Callable[[int, int], None] | None = None) -> Replayed:
    person_id, copy_id = copy.identity.person_id, copy.identity.copy_id
    with copy.db.read() as s:
        ops = s.execute(select(copy_outbox).order_by(copy_outbox.c.seq)).mappings().all()
        known = local_ids.translation(s)
    blocked = {op["record"] for op in ops if op["state"] == CONFLICT}
    refused_ids: set[int] = set()
    for op in ops:
        if op["state"] == REFUSED:
            refused_ids |= _made(op)
    todo = [op for op in ops if op["state"] == "pending"]
    # What the server already did with them (a sync cut off after its commit), asked for
    # all at once instead of once per operation; the primary key still refuses a second.
    seen = _seen(server, [op["op_id"] for op in todo])
    as_who = _Person(person_id)
    # The versions an operation leaves are read only when a later one on its record expects
    # a version (see ``_chained``): a read or two fewer for most operations.
    wanted: set[str] = set()
    expecting: set[str] = set()
    for op in reversed(todo):
        if op["record"] in expecting:
            wanted.add(op["op_id"])
        if _expects(json.loads(op["args"])):
            expecting.add(op["record"])
    # (record, expected_* name, version in the copy) -> the server's version after replay.
    chain: dict[tuple[str, str, int], int] = {}
    counts = {APPLIED: 0, CONFLICT: 0, REFUSED: 0}
    state = (known, chain, blocked, refused_ids, counts)

    def snapshot() -> tuple[Any, ...]:
        return tuple(type(part)(part) for part in state)

    def restore(saved: tuple[Any, ...]) -> None:
        for part, before in zip(state, saved, strict=True):
            part.clear()
            part.update(before)

    # Most operations go through: they run without a savepoint (two round trips each).
    # Once one is refused or stale, its batch is rolled back and run again with a
    # savepoint for each operation, as for every one after it.
    careful = False
    with server.engine.connect() as conn:
        batch = _Batch(copy, conn)
        saved, start, n = snapshot(), 0, 0
        try:
            while n < len(todo):
                op = todo[n]
                n += 1
                if progress is not None:
                    progress(n, len(todo))
                if op["record"] in blocked:
                    continue  # waits for the person's choice on the conflict before it
                args = json.loads(op["args"])
                mentioned = _local_ints(args)
                if mentioned & refused_ids:
                    batch.refused_locally(op, "sync_depends_on_refused")
                    refused_ids |= _made(op)
                    counts[REFUSED] += 1
                    continue
                if mentioned - known.keys():
                    blocked.add(op["record"])  # its record was made by an op still waiting
                    continue
                translated = _chained(_translated(args, known), op["record"], chain)
                if op["op_id"] in seen:
                    outcome, result = seen[op["op_id"]]
                else:
                    try:
                        outcome, result = _send(server, batch.begun(), copy_id, as_who, op,
                                                translated, batch.rows, careful=careful,
                                                read_after=op["op_id"] in wanted)
                    except _Again:
                        batch.rollback()
                        restore(saved)
                        n, careful = start, True
                        continue
                batch.learnt(op, outcome, result)
                counts[outcome] += 1
                if outcome == APPLIED:
                    known.update(local_ids.paired(json.loads(op["created"]),
                                                  result.get("created", {})))
                    for key, mine in json.loads(op["after"] or "{}").items():
                        server_version = result.get("after", {}).get(key)
                        if isinstance(mine, int) and isinstance(server_version, int):
                            chain[(op["record"], key, mine)] = server_version
                if outcome == CONFLICT:
                    blocked.add(op["record"])
                elif outcome == REFUSED:
                    refused_ids |= _made(op)
                if len(batch.rows) >= BATCH:
                    batch.commit()
                    saved, start = snapshot(), n
        except Exception:
            # What went before the failing operation is kept, as when each was a
            # transaction of its own (it failed in its savepoint); that failure is reported.
            batch.commit_quietly()
            raise
        batch.commit()
    return Replayed(sent=sum(counts.values()), applied=counts[APPLIED],
                    conflicts=counts[CONFLICT], refused=counts[REFUSED])


class _Batch:
    """The server transaction the operations go in, and what the copy learns once the
    server has committed it (never before: a batch rolled back leaves the copy as it was)."""

    def __init__(self, copy: Any, conn: Connection) -> None:
        self.copy, self.conn = copy, conn
        self.rows: list[dict[str, Any]] = []  # applied_operation rows, one insert
        self._steps: list[tuple[Any, str, dict[str, Any] | None]] = []

    def begun(self) -> Connection:
        if not self.conn.in_transaction():
            self.conn.begin()
        return self.conn

    def rollback(self) -> None:
        """The batch taken back whole: nothing of it on the server, nor learnt."""
        self.conn.rollback()
        self.rows, self._steps = [], []

    def learnt(self, op: Any, outcome: str, result: dict[str, Any]) -> None:
        self._steps.append((op, outcome, result))

    def refused_locally(self, op: Any, code: str) -> None:
        self._steps.append((op, code, None))

    def commit(self) -> None:
        if self.conn.in_transaction():
            if self.rows:
                self.conn.execute(insert(AppliedOperation), self.rows)
            self.conn.commit()
        self.rows = []
        steps, self._steps = self._steps, []
        if not steps:
            return
        # One transaction of the copy for them all: one commit (and fsync) per batch.
        with writing(self.copy.db) as conn, Session(bind=conn) as s:
            for op, outcome, result in steps:
                if result is None:
                    _refuse_locally(s, op, outcome)
                    continue
                _checkpoint("after_server_commit")
                _learn(s, op, outcome, result)
            s.flush()

    def commit_quietly(self) -> None:
        """Commit what went before a failure; a server gone meanwhile keeps nothing."""
        try:
            self.commit()
        except Exception:  # noqa: BLE001 - the failure that brought us here is reported
            self.rows, self._steps = [], []


def _chained(args: Any, record: str, chain: dict[tuple[str, str, int], int]) -> Any:
    """An operation made after another on the same record expects the version that one
    left in the copy: it gets the version that one left on the server."""
    if not isinstance(args, dict) or "$map" not in args:
        return args
    pairs = []
    for key, value in args["$map"]:
        if isinstance(key, str) and key.startswith("expected_") and isinstance(value, int):
            value = chain.get((record, key, value), value)
        pairs.append([key, value])
    return {"$map": pairs}


def _expects(args: Any) -> bool:
    """Whether an operation's arguments carry a version it expects (``expected_*``)."""
    return isinstance(args, dict) and any(
        isinstance(key, str) and key.startswith("expected_") and isinstance(value, int)
        for key, value in args.get("$map", []))


def _translated(args: Any, known: dict[int, int]) -> Any:
    return codec.map_ints(args, lambda v: known.get(v, v))


def _made(op: Any) -> set[int]:
    return {i for ids in json.loads(op["created"]).values() for i in ids}


def _local_ints(value: Any) -> set[int]:
    found: set[int] = set()

    def note(v: int) -> int:
        if local_ids.is_local(v):
            found.add(v)
        return v

    codec.map_ints(value, note)
    return found


# --- on the server -------------------------------------------------------------------------


class _Person:
    """The copy's person as the server knows them at this sync (their roles now), read
    once for all the operations instead of twice per operation."""

    def __init__(self, person_id: int) -> None:
        self.person_id = person_id
        self._actor: Any = None

    def actor(self, db: Database) -> Any:
        from app.services.auth import actor_for

        if self._actor is None:
            self._actor = actor_for(db, self.person_id)
        return self._actor


def _seen(server: Database, op_ids: list[str]) -> dict[str, tuple[str, dict[str, Any]]]:
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    with server.read() as s:
        for start in range(0, len(op_ids), 500):
            for op_id, outcome, result in s.execute(
                    select(AppliedOperation.op_id, AppliedOperation.outcome,
                           AppliedOperation.result)
                    .where(AppliedOperation.op_id.in_(op_ids[start:start + 500]))):
                found[op_id] = (outcome, json.loads(result or "{}"))
    return found


def _send(server: Database, conn: Connection, copy_id: str, person: _Person, op: Any,
          args: Any, rows: list[dict[str, Any]], *, careful: bool, read_after: bool = True
          ) -> tuple[str, dict[str, Any]]:
    """One operation in the batch's transaction, its ``applied_operation`` row added to
    ``rows`` (inserted with the batch, so committed with it or not at all).

    Not ``careful``: without any savepoint; ``_Again`` when it is not simply applied (the
    batch must be rolled back and sent carefully). ``careful``: in a savepoint, with the
    service's own savepoints, as when each operation was a transaction of its own; one the
    server refuses, or finds stale, is rolled back to its savepoint whole."""
    if not careful:
        began = conn.get_transaction()
        try:
            result = _apply(server, conn, person, op["operation"], args, savepoints=False,
                            read_after=read_after)
        except Exception as exc:
            raise _Again from exc
        if conn.get_transaction() is not began:
            # A service went on after a failure of its own (its retry): the transaction it
            # began in is gone, so is what went before in it.
            raise _Again
        outcome = APPLIED
    else:
        try:
            with conn.begin_nested():
                result = _apply(server, conn, person, op["operation"], args,
                                read_after=read_after)
            outcome = APPLIED
        except _TakeBack as back:
            outcome, result = back.outcome, back.result
            if back.stale is not None:
                with Session(bind=conn, join_transaction_mode="create_savepoint") as s:
                    result = back.stale(s)
    rows.append({"op_id": op["op_id"], "copy_id": copy_id, "seq": op["seq"],
                 "outcome": outcome,
                 "result": json.dumps(result, ensure_ascii=False, sort_keys=True),
                 "applied_at": utcnow()})
    return outcome, result


class _Again(Exception):
    """An operation sent without a savepoint did not simply apply: its batch goes again,
    carefully."""


class _TakeBack(Exception):
    """The operation is not applied: refused (``result`` says why) or stale (``stale``
    reads both versions once its changes are rolled back)."""

    def __init__(self, outcome: str, result: dict[str, Any],
                 stale: Callable[[Session], dict[str, Any]] | None = None) -> None:
        super().__init__(outcome)
        self.outcome, self.result, self.stale = outcome, result, stale


def _collect(made: dict[str, list[int]]) -> Callable[[Session], None]:
    def on_session(session: Session) -> None:
        @event.listens_for(session, "after_flush")
        def after_flush(s: Session, _context: Any) -> None:
            for obj in sorted(s.new, key=lambda o: inspect(o).insert_order):
                mapper = inspect(obj).mapper
                keys = mapper.primary_key
                table = mapper.local_table.name
                if len(keys) != 1 or table == "audit_entry":
                    continue
                value = getattr(obj, mapper.get_property_by_column(keys[0]).key)
                if isinstance(value, int):
                    made.setdefault(table, []).append(value)
    return on_session


def _apply(server: Database, conn: Connection, person: _Person, name: str, args: Any, *,
           savepoints: bool = True, read_after: bool = True) -> dict[str, Any]:
    """The operation through its service, in ``conn``'s transaction; what it made and the
    versions it left. ``_TakeBack`` when refused or stale (the caller rolls back)."""
    made: dict[str, list[int]] = {}
    # Reads need no savepoint of their own, nor (``savepoints=False``) the service's
    # transactions: a failure takes the whole operation back to its savepoint.
    bound = OneTransaction(server, conn, _collect(made), reads_in_savepoint=False,
                           savepoints=savepoints)
    try:
        fn = operation(name)
        arguments = codec.decode(args)
    except (LookupError, ValueError, TypeError, AttributeError):
        raise _TakeBack(REFUSED, {"code": "sync_operation_unknown", "params": {}}) from None
    try:
        actor = person.actor(bound)  # the roles the server gives them now
        fn(bound, actor, **arguments)
        from app.personal_copy.outbox import versions_after

        after = versions_after(bound, name, arguments, person.person_id) if read_after else {}
    except StorageError:
        raise
    except Conflict as exc:
        if exc.code != versions.STALE:
            raise _TakeBack(REFUSED, _refusal(exc)) from exc
        raise _TakeBack(CONFLICT, {}, lambda s: conflicts.conflict_row(
            s, name, arguments, person.person_id)) from exc
    except DomainError as exc:
        raise _TakeBack(REFUSED, _refusal(exc)) from exc
    return {"created": made, "after": after}


def _refusal(exc: DomainError) -> dict[str, Any]:
    return {"code": exc.code, "params": {k: str(v) for k, v in exc.params.items()}}


# --- back on the copy ------------------------------------------------------------------------


def _learn(s: Session, op: Any, outcome: str, result: dict[str, Any]) -> None:
    """What the server did with an operation, kept in the copy (in ``s``'s transaction)."""
    this = copy_outbox.c.op_id == op["op_id"]
    if outcome == APPLIED:
        local_ids.remember(s, json.loads(op["created"]), result.get("created", {}))
        s.execute(delete(copy_outbox).where(this))
    elif outcome == CONFLICT:
        arguments = codec.decode(json.loads(op["args"]))
        s.execute(delete(copy_conflict).where(copy_conflict.c.op_id == op["op_id"]))
        s.execute(copy_conflict.insert().values(
            op_id=op["op_id"], operation=op["operation"], title=result["title"][:300],
            mine=json.dumps(conflicts.mine(arguments), ensure_ascii=False),
            theirs=json.dumps(result["theirs"], ensure_ascii=False),
            versions=json.dumps(result["versions"]), created_at=utcnow()))
        s.execute(update(copy_outbox).where(this).values(state=CONFLICT))
    else:
        s.execute(update(copy_outbox).where(this).values(
            state=REFUSED, outcome=json.dumps(result, ensure_ascii=False)))


def _refuse_locally(s: Session, op: Any, code: str) -> None:
    s.execute(update(copy_outbox).where(copy_outbox.c.op_id == op["op_id"]).values(
        state=REFUSED, outcome=json.dumps({"code": code, "params": {}})))
