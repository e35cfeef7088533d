"""The organisation's schema for a new copy: the statements Alembic's migrations leave in a
SQLite file, made once per program run in an empty file and replayed in the encrypted one.

Replaying them is the same schema (the same tables, indexes, search tables and revision) in
a fraction of the time of running every migration again for each copy; the empty file holds
no one's data, only the schema.
"""

from __future__ import annotations

import sqlite3
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

# The tables FTS5 makes for itself beside a virtual table: made again by its CREATE.
_FTS5_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")


@cache
def schema_statements() -> tuple[tuple[str, ...], str]:
    """(the CREATE statements in the order SQLite keeps them, the Alembic revision)."""
    from app.db import Database
    from app.paths import sqlite_url
    from app.schema import migrate

    with tempfile.TemporaryDirectory(prefix="regiestoel-schema-") as folder:
        file = Path(folder) / "schema.sqlite3"
        db = Database(sqlite_url(file))
        try:
            migrate(db)
        finally:
            db.dispose()
        conn = sqlite3.connect(file)
        try:
            rows = conn.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                "ORDER BY rowid").fetchall()
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            conn.close()
    virtual = [name for kind, name, sql in rows
               if kind == "table" and sql.upper().startswith("CREATE VIRTUAL TABLE")]
    shadows = {v + suffix for v in virtual for suffix in _FTS5_SHADOWS}
    statements = tuple(sql for _kind, name, sql in rows
                       if name not in shadows and not name.startswith("sqlite_"))
    return statements, str(revision)


def create_schema(dbapi_conn: Any) -> None:
    """Make the schema in an empty (encrypted) database, in one transaction."""
    from models.base import SQLITE_APPLICATION_ID

    statements, revision = schema_statements()
    dbapi_conn.execute(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
    dbapi_conn.execute("BEGIN")
    for sql in statements:
        dbapi_conn.execute(sql)
    dbapi_conn.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (revision,))
    dbapi_conn.execute("COMMIT")
