"""Replay: the outbox's operations applied on the organisation's server, in order, as the
copy's person (with their roles as the server knows them now), through the same services.

Each operation is one server transaction together with its ``applied_operation`` row, so an
operation the server has seen is never applied again: a sync cut off after the server's
commit, before the copy heard of it, finds the row next time and takes its outcome from
there. Local ids in an operation's arguments are translated to the server's ids of the
records made by earlier operations. A stale operation becomes a conflict (both versions kept
in the copy); one the server now refuses (sharing withdrawn, the group left) is kept as
refused, with the reason, for the person to see. Operations on a record with a conflict
wait for it; the others go on.
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
    # (record, expected_* name, version in the copy) -> the server's version after replay.
    chain: dict[tuple[str, str, int], int] = {}
    counts = {APPLIED: 0, CONFLICT: 0, REFUSED: 0}
    for n, op in enumerate(todo, start=1):
        if progress is not None:
            progress(n, len(todo))
        if op["record"] in blocked:
            continue  # waits for the person's choice on the conflict before it
        args = json.loads(op["args"])
        mentioned = _local_ints(args)
        if mentioned & refused_ids:
            _refuse_locally(copy, op, "sync_depends_on_refused")
            refused_ids |= _made(op)
            counts[REFUSED] += 1
            continue
        if mentioned - known.keys():
            blocked.add(op["record"])  # its record was made by an operation still waiting
            continue
        translated = _chained(_translated(args, known), op["record"], chain)
        outcome, result = _send(server, copy_id, as_who, op, translated, seen)
        _checkpoint("after_server_commit")
        known.update(_learn(copy, op, outcome, result))
        counts[outcome] += 1
        if outcome == APPLIED:
            for key, mine in json.loads(op["after"] or "{}").items():
                server_version = result.get("after", {}).get(key)
                if isinstance(mine, int) and isinstance(server_version, int):
                    chain[(op["record"], key, mine)] = server_version
        if outcome == CONFLICT:
            blocked.add(op["record"])
        elif outcome == REFUSED:
            refused_ids |= _made(op)
    return Replayed(sent=sum(counts.values()), applied=counts[APPLIED],
                    conflicts=counts[CONFLICT], refused=counts[REFUSED])


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


def _send(server: Database, copy_id: str, person: _Person, op: Any, args: Any,
          seen: dict[str, tuple[str, dict[str, Any]]]) -> tuple[str, dict[str, Any]]:
    """One operation, in one server transaction with its ``applied_operation`` row. One the
    server refuses, or finds stale, is taken back whole (its transaction rolled back, no
    savepoint: two round trips fewer for each that goes through) and its outcome recorded
    in a transaction of its own."""
    if op["op_id"] in seen:
        return seen[op["op_id"]]

    def record(conn: Connection, outcome: str, result: dict[str, Any]) -> None:
        conn.execute(insert(AppliedOperation).values(
            op_id=op["op_id"], copy_id=copy_id, seq=op["seq"], outcome=outcome,
            result=json.dumps(result, ensure_ascii=False, sort_keys=True),
            applied_at=utcnow()))

    with server.engine.connect() as conn:
        try:
            with conn.begin():
                result = _apply(server, conn, person, op["operation"], args)
                record(conn, APPLIED, result)
            return APPLIED, result
        except _TakeBack as back:
            outcome, result, stale = back.outcome, back.result, back.stale
        with conn.begin():
            if stale is not None:
                with Session(bind=conn, join_transaction_mode="create_savepoint") as s:
                    result = stale(s)
            record(conn, outcome, result)
    return outcome, result


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


def _apply(server: Database, conn: Connection, person: _Person, name: str, args: Any
           ) -> dict[str, Any]:
    """The operation through its service, in ``conn``'s transaction; what it made and the
    versions it left. ``_TakeBack`` when refused or stale (the caller rolls back)."""
    made: dict[str, list[int]] = {}
    # Reads need no savepoint of their own: a failure takes the whole operation back.
    bound = OneTransaction(server, conn, _collect(made), reads_in_savepoint=False)
    try:
        fn = operation(name)
        arguments = codec.decode(args)
    except (LookupError, ValueError, TypeError, AttributeError):
        raise _TakeBack(REFUSED, {"code": "sync_operation_unknown", "params": {}}) from None
    try:
        actor = person.actor(bound)  # the roles the server gives them now
        fn(bound, actor, **arguments)
        from app.personal_copy.outbox import versions_after

        after = versions_after(bound, name, arguments, person.person_id)
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


def _learn(copy: Any, op: Any, outcome: str, result: dict[str, Any]) -> dict[int, int]:
    """What the server did with an operation, kept in the copy in one transaction."""
    this = copy_outbox.c.op_id == op["op_id"]
    pairs: dict[int, int] = {}
    with writing(copy.db) as conn, Session(bind=conn) as s:
        if outcome == APPLIED:
            pairs = local_ids.remember(s, json.loads(op["created"]), result.get("created", {}))
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
        s.flush()
    return pairs


def _refuse_locally(copy: Any, op: Any, code: str) -> None:
    with writing(copy.db) as conn:
        conn.execute(update(copy_outbox).where(copy_outbox.c.op_id == op["op_id"]).values(
            state=REFUSED, outcome=json.dumps({"code": code, "params": {}})))
