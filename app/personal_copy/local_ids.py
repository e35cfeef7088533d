"""Ids of records made offline: from 2**40 up, one counter for the whole copy.

A server's sequences never come near 2**40, so a local id never clashes with a server id,
and because one counter serves every table, a local id names one row: an operation that
refers to it (a note on a situation registered offline) is translated to the server's id
once the operation that made it has been applied (``copy_local_id``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, event, func, inspect, select, update
from sqlalchemy.orm import Session

from app.personal_copy.identity import copy_local_id

LOCAL_ID_START = 2**40


def is_local(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= LOCAL_ID_START


def _single_integer_key(obj: Any) -> tuple[str, str] | None:
    mapper = inspect(obj).mapper
    keys = mapper.primary_key
    if len(keys) != 1 or not isinstance(keys[0].type, Integer):
        return None
    return mapper.local_table.name, mapper.get_property_by_column(keys[0]).key


def _next_id(session: Session) -> int:
    with session.no_autoflush:
        highest = session.execute(select(func.max(copy_local_id.c.local_id))).scalar()
    return max(LOCAL_ID_START, (highest or 0) + 1)


def assign_on(session: Session, made: dict[str, list[int]]) -> None:
    """Give every new row of ``session`` (in the order they were added) a local id before
    it is written, and note it in ``made`` (table -> ids) and in ``copy_local_id``."""

    @event.listens_for(session, "before_flush")
    def before_flush(s: Session, _context: Any, _instances: Any) -> None:
        new = sorted(s.new, key=lambda o: inspect(o).insert_order)
        for obj in new:
            key = _single_integer_key(obj)
            if key is None or getattr(obj, key[1]) is not None:
                continue
            table, attr = key
            if table == "audit_entry":
                continue  # sent as entries, never referred to
            local = _next_id(s)
            setattr(obj, attr, local)
            with s.no_autoflush:
                s.execute(copy_local_id.insert().values(local_id=local, table_name=table))
            made.setdefault(table, []).append(local)


def remember(session: Session, local: dict[str, list[int]], server: dict[str, list[int]]
             ) -> dict[int, int]:
    """Pair the ids an operation made offline with those it made on the server (per table,
    in the order made) and keep the pairs; returns them."""
    pairs = paired(local, server)
    for mine, theirs in pairs.items():
        session.execute(update(copy_local_id).where(copy_local_id.c.local_id == mine)
                        .values(server_id=theirs))
    return pairs


def paired(local: dict[str, list[int]], server: dict[str, list[int]]) -> dict[int, int]:
    """The ids an operation made offline, each with the one it made on the server (per
    table, in the order made); nothing kept."""
    return {mine: theirs for table, ids in local.items()
            for mine, theirs in zip(ids, server.get(table, []), strict=False)}


def translation(session: Session) -> dict[int, int]:
    return {local: server for local, server in session.execute(
        select(copy_local_id.c.local_id, copy_local_id.c.server_id)
        .where(copy_local_id.c.server_id.is_not(None)))}
