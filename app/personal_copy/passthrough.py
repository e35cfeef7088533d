"""Online-only services that a personal copy runs on the organisation's server itself.

A few services need the server's state of the moment, not the copy's (signing checks the
record's current version and the signer's failed-login count there). On a copy they are
marked ``@online_only(code, passthrough=ReadBack(...))``: while the copy's server answers,
the call runs there, through the copy's own login (row-level security bounds it, as it
bounds a replay), as the person with the roles the server gives them now — exactly the
checks an online call makes. The copy then reads that record's rows back at once, so the
screen shows the result without waiting for the next sync. When the server does not answer,
the call is refused with ``Forbidden(code)``, as on a copy without a connection.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.db import Database
from app.personal_copy.identity import copy_outbox
from models import Base
from models.errors import Conflict, Forbidden, StorageError


@dataclass(frozen=True)
class ReadBack:
    """What the copy reads back after a call: the rows of each table whose column (the
    value) holds the id the call's ``argument`` names — parents first."""

    argument: str
    tables: Mapping[str, str]
    # Noted in the copy after the call went through (its arguments), when the copy holds
    # nothing the call changed (the culture scan: that this person answered).
    note: Callable[[Connection, dict[str, Any]], None] | None = None


def attach(copy: Any) -> None:
    """Let the copy's ``Database`` run passing services on the copy's server."""

    def on_server(name: str, fn: Callable[..., Any], code: str, read_back: ReadBack,
                  arguments: dict[str, Any]) -> Any:
        return run(copy, name, fn, code, read_back, arguments)

    copy.db.on_server = on_server


def run(copy: Any, name: str, fn: Callable[..., Any], code: str, read_back: ReadBack,
        arguments: dict[str, Any]) -> Any:
    """``fn`` on the copy's server as the copy's person, then its record read back."""
    from app.personal_copy.outbox import record_key
    from app.personal_copy.server_role import server_database
    from app.personal_copy.sync import check_server
    from app.services.auth import actor_for

    actor = arguments.pop("actor")
    if actor.person_id != copy.identity.person_id:
        raise Forbidden("copy_signs_own_side")  # a copy acts for its own person only
    record_id = arguments.get(read_back.argument)
    _require_sent(copy, record_key(name, arguments))
    try:
        server = server_database(copy)
    except StorageError as exc:
        raise _offline(exc, code) from exc
    try:
        try:
            check_server(server)
        except StorageError as exc:
            raise _offline(exc, code) from exc
        try:
            result = fn(server, actor_for(server, copy.identity.person_id), **arguments)
        except Conflict:
            # The screen showed an older record (changed, signed, locked meanwhile): the
            # copy gets the server's at once, so the person sees why.
            read_back_rows(copy, server, read_back, record_id)
            raise
        read_back_rows(copy, server, read_back, record_id)
        if read_back.note is not None:
            from app.personal_copy.outbox import writing

            with writing(copy.db) as conn:
                read_back.note(conn, arguments)
        return result
    finally:
        server.dispose()


def _offline(exc: StorageError, code: str) -> Exception:
    """No answer from the server: the refusal a copy without a connection gives."""
    return Forbidden(code) if exc.code == "server_unreachable" else exc


def _require_sent(copy: Any, record: str) -> None:
    """Changes to the same record that the server has not had yet (waiting in the outbox, or
    in a conflict) come first: signing now would sign another version than the screen's."""
    with copy.db.read() as s:
        waiting = s.execute(select(copy_outbox.c.op_id).where(
            copy_outbox.c.record == record,
            copy_outbox.c.state.in_(("pending", "conflict"))).limit(1)).first()
    if waiting is not None:
        raise Conflict("passthrough_unsent_changes")


def read_back_rows(copy: Any, server: Database, read_back: ReadBack, record_id: Any) -> int:
    """The record's rows as the copy's login reads them on the server now, written into the
    copy (inserted, changed, removed); returns how many rows changed."""
    from app.personal_copy.outbox import writing
    from app.personal_copy.pull import apply_rows, snapshot

    if not isinstance(record_id, int) or not read_back.tables:
        return 0
    tables = Base.metadata.tables
    with snapshot(server) as s:
        rows = {name: [dict(r) for r in s.execute(
            select(tables[name]).where(tables[name].c[column] == record_id)).mappings()]
            for name, column in read_back.tables.items()}
    with writing(copy.db) as conn:
        return apply_rows(conn, {name: (column, record_id, rows[name])
                                 for name, column in read_back.tables.items()})
