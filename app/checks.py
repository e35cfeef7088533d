"""The health check behind `regiestoel-admin check`: schema version and integrity."""

from __future__ import annotations

import sqlite3

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from app import messages
from app.db import Database, known_storage_error
from app.paths import Location
from app.schema import SchemaState, schema_status
from models.errors import StorageError
from models.migrations import head_revision


def run_check(db: Database, location: Location, language: str) -> tuple[bool, str]:
    """(healthy, one summary line). Never changes the database; a damaged one is said to
    be damaged (not foreign), in that one line."""
    try:
        return _run_check(db, location, language)
    except StorageError as exc:
        if exc.code != "database_damaged":
            raise
    except (sqlite3.DatabaseError, DatabaseError) as exc:
        known = known_storage_error(exc)
        if known is None or known.code != "database_damaged":
            raise
    return False, messages.text("database_damaged", language)


def _run_check(db: Database, location: Location, language: str) -> tuple[bool, str]:
    status = schema_status(db, location.database_file)
    head = head_revision()
    if status.state is SchemaState.FOREIGN:
        return False, messages.text("check.foreign", language)
    if status.state is SchemaState.NEW:
        return False, messages.text("check.empty", language)
    if db.is_sqlite:
        with db.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        integrity_ok = rows == ["ok"]
        integrity = "ok" if integrity_ok else "; ".join(rows[:3])
    else:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        integrity_ok, integrity = True, "ok"
    schema_ok = status.state is SchemaState.CURRENT
    ok = schema_ok and integrity_ok
    code = "check.ok" if ok else "check.problem"
    return ok, messages.text(
        code, language, revision=status.revision, head=head, integrity=integrity
    )
