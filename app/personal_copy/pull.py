"""Pull: the copy made equal to what its person may read on the server now.

The same ``selection.select_for`` that made the copy is asked again on the server, in one
consistent snapshot, and the copy is diffed against it table by table: rows inserted,
changed and removed (an archived or erased person, a group left, a record whose sharing was
withdrawn), so a pulled copy and a fresh one hold the same rows. The server's change
counters (``counters``), read first in the same snapshot, say which tables can have changed
since the last pull: only those, and the tables whose rows depend on them, are chosen and
diffed (``selection.affected_by``); with none, nothing more is read. It needs no clock of the
laptop's. The copy's own tables (outbox, conflicts, identity) are left alone.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, func, select, text, tuple_, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from app.db import Database
from app.personal_copy import counters
from app.personal_copy.counters import Counters
from app.personal_copy.identity import copy_identity, copy_pull_state
from app.personal_copy.outbox import writing
from app.personal_copy.selection import Selection, affected_by, select_for, tables
from models import Base, Lesson
from models.errors import StorageError


@contextlib.contextmanager
def snapshot(server: Database) -> Iterator[Session]:
    """One consistent view of the server while the rows are chosen."""
    with server.engine.connect() as conn:
        if server.is_postgresql:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin(), Session(bind=conn) as s:
            yield s


def chosen_on(server: Database, person_id: int) -> tuple[Selection, datetime]:
    """What the person may read on the server now, and the server's time of it."""
    chosen, now, _counters = _chosen_since(server, person_id, None)
    assert chosen is not None
    return chosen, now


def _chosen_since(server: Database, person_id: int, held: Counters | None
                  ) -> tuple[Selection | None, datetime, Counters | None]:
    """``chosen_on`` for the tables that may have changed since the copy's counters
    ``held``, with the server's counters in the same snapshot; no selection (``None``)
    when no counter moved. A server without counters (a file) is chosen whole."""
    from app.access import Actor
    from app.services.culture_answers import database_now
    from models import Person

    with snapshot(server) as s:
        now = counters.read(s) if server.is_postgresql else None
        moved = counters.moved(held, now) if now is not None else None
        only = None if moved is None else affected_by(moved)
        if only is not None and not only:
            return None, database_now(s), now
        person = s.get(Person, person_id)
        if person is None:
            raise StorageError("personal_copy_unknown_server")
        actor = Actor(person.id, person.roles, person.name)
        return select_for(s, actor, only), database_now(s), now


def held_counters(conn: Connection) -> Counters | None:
    """The server's counters the copy was last pulled at, where it still stands for them
    (a table the copy wrote since has none: ``outbox.writing``)."""
    rows = conn.execute(select(copy_pull_state)).all()
    epochs = {r.epoch for r in rows}
    if len(epochs) != 1:
        return None
    return Counters(epochs.pop(), {r.table_name: r.changes for r in rows})


def _key_columns(table: Table) -> list[Any]:
    return list(table.primary_key.columns)


def _key(table: Table, row: dict[str, Any]) -> Any:
    return tuple(row[c.name] for c in _key_columns(table))


def _where(table: Table, keys: list[Any]) -> Any:
    columns = _key_columns(table)
    if len(columns) == 1:
        return columns[0].in_([k[0] for k in keys])
    return tuple_(*columns).in_(keys)


def apply(conn: Connection, chosen: Selection, lessons: set[int] | None = None) -> int:
    """Make the copy's organisation tables hold exactly ``chosen``; returns how many rows
    were inserted, changed or removed (the lessons among them added to ``lessons``)."""
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    # The tables chosen afresh only: the others stand as they were pulled.
    ordered = [t for t in tables() if t.name in chosen.rows]
    held: dict[str, dict[Any, dict[str, Any]]] = {}
    for table in ordered:
        result = conn.execute(select(table))
        names = tuple(result.keys())
        key = [names.index(c.name) for c in _key_columns(table)]
        held[table.name] = {tuple(r[i] for i in key): dict(zip(names, r, strict=True))
                            for r in result.all()}
    wanted = {t.name: {_key(t, r): r for r in chosen.rows.get(t.name, [])} for t in ordered}
    count = 0
    # Children go before their parents, parents come before their children.
    for table in reversed(ordered):
        if table.name == "audit_entry":
            continue  # the copy's own entries of reads: sync sends and removes them
        gone = [k for k in held[table.name] if k not in wanted[table.name]]
        if table.name == "lesson" and lessons is not None:
            lessons.update(k[0] for k in gone)
        for start in range(0, len(gone), 500):
            conn.execute(delete(table).where(_where(table, gone[start:start + 500])))
        count += len(gone)
    for table in ordered:
        if table.name == "audit_entry":
            continue
        have, want = held[table.name], wanted[table.name]
        new = [row for k, row in want.items() if k not in have]
        for start in range(0, len(new), 1000):
            conn.execute(table.insert(), new[start:start + 1000])
        changed = [row for k, row in want.items() if k in have and have[k] != row]
        if table.name == "lesson" and lessons is not None:
            lessons.update(row["id"] for row in new + changed)
        for row in changed:
            conn.execute(update(table).where(*[c == row[c.name] for c in
                                               _key_columns(table)]).values(**row))
        count += len(new) + len(changed)
    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise StorageError("personal_copy_incomplete", detail=str(problems[:3]))
    return count


def apply_rows(conn: Connection, parts: dict[str, tuple[str, Any, list[dict[str, Any]]]]
               ) -> int:
    """Make the copy hold exactly ``rows`` of each table among those whose ``column`` is
    ``value`` (``parts``: table -> (column, value, rows), parents first): one record and its
    parts brought level, as ``apply`` does for everything. Returns rows changed."""
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    tables = Base.metadata.tables
    count = 0
    for name, (column, value, rows) in reversed(list(parts.items())):
        table = tables[name]
        keep = [_key(table, row) for row in rows]
        stale = delete(table).where(table.c[column] == value)
        if keep:
            stale = stale.where(~_where(table, keep))
        count += conn.execute(stale).rowcount or 0
    for name, (_column, _value, rows) in parts.items():
        table = tables[name]
        for row in rows:
            match = [c == row[c.name] for c in _key_columns(table)]
            held = conn.execute(select(table).where(*match)).mappings().first()
            if held is None:
                conn.execute(table.insert().values(**row))
            elif dict(held) != row:
                conn.execute(update(table).where(*match).values(**row))
            else:
                continue
            count += 1
    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise StorageError("personal_copy_incomplete", detail=str(problems[:3]))
    return count


def _indexed(s: Session) -> int:
    from app.lesson_search import FTS_TABLE

    return int(s.scalar(text(f"SELECT count(*) FROM {FTS_TABLE}")) or 0)


def pull(copy: Any, server: Database) -> int:
    """The copy brought level with the server; returns rows received (inserted, changed or
    removed)."""
    from app.lesson_search import index_for

    with copy.db.engine.connect() as conn:
        held = held_counters(conn)
    # Only what changed on the server since the copy was last pulled, or in the copy (a
    # write forgets its tables' counters): with nothing, nothing to read, compare or write
    # but the time.
    chosen, now, at = _chosen_since(server, copy.identity.person_id, held)
    received = 0
    # Its own writes forget nothing: they make the copy what the counters ``at`` stand for.
    with writing(copy.db, forget=False) as conn:
        if chosen is not None:
            lessons: set[int] = set()
            received = apply(conn, chosen, lessons)
            with Session(bind=conn) as s:
                # Only the lessons that changed: indexing all ten thousand took seconds.
                index = index_for("sqlite")
                index.refresh(s, lessons)
                if _indexed(s) != s.scalar(select(func.count()).select_from(Lesson)):
                    index.rebuild(s)  # an index out of step with the lessons: afresh
                s.flush()
        if at is not None and at != held:
            counters.keep(conn, at)
        conn.execute(update(copy_identity).values(last_synced_at=now))
    return received
