"""The health check behind `regiestoel-admin check`: schema version and integrity."""

from __future__ import annotations

from sqlalchemy import text

from app import messages
from app.db import Database
from app.paths import Location
from app.schema import SchemaState, schema_status
from models.migrations import head_revision


def run_check(db: Database, location: Location, language: str) -> tuple[bool, str]:
    """(healthy, one summary line). Never changes the database."""
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
