"""Move an organisation's SQLite database into an empty PostgreSQL database, verified."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from app.db import Database, known_storage_error, storage_error
from app.jobs import Progress, progress_of
from app.lesson_search import index_for
from app.schema import SchemaState, schema_status_on, upgrade_on
from app.server_login import is_server_url, login_url
from models import Base
from models.errors import Invalid, StorageError

BATCH = 1000


@dataclass
class MoveReport:
    """Rows per table, in the order they were copied; ``verified`` once every row matched."""

    rows: dict[str, int] = field(default_factory=dict)
    indexed_lessons: int = 0
    verified: bool = False

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _tables() -> list[Table]:
    # Dependency order: a row's parents are always copied before it.
    return list(Base.metadata.sorted_tables)


def _ordered(table: Table) -> Any:
    return select(table).order_by(*table.primary_key.columns)


def _rows(conn: Connection, table: Table) -> Iterator[dict[str, Any]]:
    for row in conn.execute(_ordered(table)).mappings():
        yield dict(row)


def _self_references(table: Table) -> list[str]:
    """Columns pointing into their own table (a person's manager): filled in afterwards,
    so the order of the rows never matters."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _copy_table(source: Connection, target: Connection, table: Table) -> int:
    later = _self_references(table)
    pk = [c.name for c in table.primary_key.columns]
    count = 0
    batch: list[dict[str, Any]] = []
    pending: list[dict[str, Any]] = []
    for row in _rows(source, table):
        if later:
            refs = {c: row[c] for c in later if row[c] is not None}
            if refs:
                pending.append({**{f"pk_{k}": row[k] for k in pk}, **refs})
                row = {**row, **dict.fromkeys(refs)}
        batch.append(row)
        count += 1
        if len(batch) >= BATCH:
            target.execute(table.insert(), batch)
            batch = []
    if batch:
        target.execute(table.insert(), batch)
    for refs in pending:
        where = [table.c[k] == refs[f"pk_{k}"] for k in pk]
        values = {c: refs[c] for c in later if c in refs}
        target.execute(update(table).where(*where).values(**values))
    return count


def _reset_sequences(target: Connection) -> None:
    """Numbering on the server continues after the highest copied id."""
    for table in _tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not _is_integer(pk[0]):
            continue
        name, column = table.name, pk[0].name
        if not _has_sequence(target, name, column):
            continue
        target.execute(text(
            f"SELECT setval(pg_get_serial_sequence('\"{name}\"', '{column}'), "
            f"COALESCE(MAX(\"{column}\"), 1), MAX(\"{column}\") IS NOT NULL) FROM \"{name}\""
        ))


def _is_integer(column: Any) -> bool:
    try:
        return column.type.python_type is int
    except NotImplementedError:  # SQLAlchemy's answer for types without a Python type
        return False


def _has_sequence(target: Connection, table: str, column: str) -> bool:
    found = target.execute(
        text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": f'"{table}"', "c": column}
    ).scalar()
    return found is not None


def _by_key(conn: Connection, table: Table) -> dict[tuple[Any, ...], dict[str, Any]]:
    keys = [c.name for c in table.primary_key.columns]
    return {tuple(row[k] for k in keys): row for row in _rows(conn, table)}


def _verify(source: Connection, target: Connection, report: MoveReport) -> list[str]:
    """Tables whose rows differ between the two databases (empty: a faithful copy)."""
    differing: list[str] = []
    for table in _tables():
        count = target.execute(select(text("count(*)")).select_from(table)).scalar_one()
        if count != report.rows[table.name]:
            differing.append(table.name)
            continue
        # Keyed by primary key: text keys sort differently on the two databases (collation).
        if _by_key(source, table) != _by_key(target, table):
            differing.append(table.name)
    return differing


def move_to(
    source: Database, target_url: str, progress: Callable[[str, int], None] | None = None,
    *, cancel: Progress | None = None,
) -> MoveReport:
    """Copy everything of ``source`` into the empty server database at ``target_url``.

    The target is migrated to the same schema first; the copy is one transaction on the
    server (an interrupted move leaves the tables empty, ready for another try); then the
    search index is rebuilt and every row compared with its original."""
    if not is_server_url(target_url):
        raise Invalid("move_target_not_server")
    job = progress_of(cancel)
    target = Database(login_url(target_url))
    try:
        try:
            return _move(source, target, progress, job)
        except OperationalError as exc:
            raise storage_error(exc) from exc
        except DBAPIError as exc:
            # No rights to create tables, say: the server's own words name the cause.
            known = known_storage_error(exc)
            if known is None:
                raise
            raise known from exc
    finally:
        target.dispose()


def _empty(conn: Connection) -> bool:
    """Nothing at all in the target's schema: no table, and no view or sequence that could
    be taken for one of ours."""
    if schema_status_on(conn).state is not SchemaState.NEW:
        return False
    found = conn.execute(text(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind IN ('r','v','m','S','f','p')"
    )).scalar()
    return not found


def _move(source: Database, target: Database,
          progress: Callable[[str, int], None] | None, job: Progress) -> MoveReport:
    with target.engine.connect() as conn:
        if schema_status_on(conn).state is SchemaState.NEWER:
            # Said as such: "not empty" would hide that this laptop needs an update.
            raise StorageError("schema_too_new")
        if not _empty(conn):
            raise StorageError("move_target_not_empty")
    report = MoveReport()
    total = len(_tables())
    with source.engine.connect() as src, target.engine.begin() as dst:
        # Two moves at the same time: the second waits here, then finds the first's tables.
        dst.execute(text("SELECT pg_advisory_xact_lock(hashtext('regiestoel move-to'))"))
        if not _empty(dst):
            raise StorageError("move_target_not_empty")
        # Schema and rows in one transaction: an interrupted (or cancelled) move leaves an
        # empty database behind, ready for another try.
        upgrade_on(dst)
        for number, table in enumerate(_tables()):
            job.step("move_copying", number, total)
            report.rows[table.name] = _copy_table(src, dst, table)
            if progress is not None:
                progress(table.name, report.rows[table.name])
        job.step("move_indexing", total, total)
        _reset_sequences(dst)
        with Session(bind=dst) as session:
            report.indexed_lessons = index_for("postgresql").rebuild(session)
            session.flush()
        # Cancelling stops here at the latest: after this, the copy is committed.
        job.point_of_no_return("move_committing")
    job.step("move_verifying", total, total)
    with source.engine.connect() as src, target.engine.connect() as dst:
        differing = _verify(src, dst, report)
        if differing:
            raise StorageError("move_not_verified", tables=", ".join(differing))
        report.verified = True
        return report
