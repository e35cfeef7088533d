"""Recognise a Regiestoel database, and bring its schema to the newest migration."""

from __future__ import annotations

import enum
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from app.db import Database
from models.base import SQLITE_APPLICATION_ID
from models.errors import StorageError
from models.migrations import MIGRATIONS_DIR, head_revision, known_revisions

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


class SchemaState(enum.Enum):
    NEW = "new"  # empty or absent: will be created
    CURRENT = "current"  # at the newest migration
    OUTDATED = "outdated"  # an older Regiestoel schema: migrate (after a backup)
    NEWER = "newer"  # made by a newer Regiestoel: this program must not write to it
    FOREIGN = "foreign"  # not a Regiestoel database: never touched


@dataclass(frozen=True)
class SchemaStatus:
    state: SchemaState
    revision: str | None


def _sqlite_status(path: Path) -> SchemaStatus:
    """What the file at ``path`` is, without changing a byte of a file that is not ours.

    Ours is told by the application id in the file's header. Only a file of ours is opened
    for writing, which lets SQLite finish what a killed program left in a rollback journal
    (a read-only look cannot, and would call our own file foreign). A file of ours that
    SQLite cannot read is damaged, not foreign."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return SchemaStatus(SchemaState.NEW, None)
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise StorageError("database_unreadable", detail=exc.strerror or str(exc)) from exc
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        return SchemaStatus(SchemaState.FOREIGN, None)
    ours = len(header) == 100 and int.from_bytes(header[68:72], "big") == SQLITE_APPLICATION_ID
    try:
        # Not a file: URI: the path is passed exactly as it is ("#" or "?" in a folder name).
        conn = sqlite3.connect(path) if ours else _read_only(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if ours:
            log.warning("the database %s cannot be read: %s", path, exc)
            raise StorageError("database_damaged") from exc
        return SchemaStatus(SchemaState.FOREIGN, None)
    if not tables:
        return SchemaStatus(SchemaState.NEW, None)
    if app_id != SQLITE_APPLICATION_ID:
        return SchemaStatus(SchemaState.FOREIGN, revision)
    return classify_revision(revision)


schema_status_of_file = _sqlite_status


def _read_only(path: Path) -> sqlite3.Connection:
    """A look at someone else's file that cannot change it (not even its journal mode)."""
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def classify_revision(revision: str | None) -> SchemaStatus:
    if revision is None:
        return SchemaStatus(SchemaState.FOREIGN, None)
    if revision == head_revision():
        return SchemaStatus(SchemaState.CURRENT, revision)
    if revision in known_revisions():
        return SchemaStatus(SchemaState.OUTDATED, revision)
    return SchemaStatus(SchemaState.NEWER, revision)


def _server_status(db: Database) -> SchemaStatus:
    with db.engine.connect() as conn:
        return schema_status_on(conn)


def schema_status_on(conn: Connection) -> SchemaStatus:
    """What a server database holds, seen through ``conn`` (inside its transaction)."""
    found = inspect(conn)
    tables = set(found.get_table_names())
    if not tables:
        # A view named like one of our tables is something, not nothing.
        return SchemaStatus(SchemaState.FOREIGN if found.get_view_names() else SchemaState.NEW,
                            None)
    if "alembic_version" not in tables or "organisation" not in tables:
        return SchemaStatus(SchemaState.FOREIGN, None)
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return classify_revision(revision)


def schema_status(db: Database, sqlite_file: Path | None) -> SchemaStatus:
    if sqlite_file is not None:
        return _sqlite_status(sqlite_file)
    return _server_status(db)


def upgrade_on(connection: Connection) -> None:
    # Alembic is imported only here: it costs start-up time and is needed only to migrate.
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, "head")


def migrate(db: Database) -> None:
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
        from app.personal_copy.server_role import refresh_after_migrate, release_before_migrate

        release_before_migrate(conn)
        upgrade_on(conn)
        # A server with personal copies gets the copies' policies of this version.
        refresh_after_migrate(conn)


def open_database(db: Database, sqlite_file: Path | None, backup_dir: Path | None) -> SchemaStatus:
    """Check the database and migrate it when needed; refuse what is not ours or too new.

    A pending migration on an existing SQLite file is preceded by a backup made with the
    online backup API, so an interrupted migration never costs data.
    """
    status = schema_status(db, sqlite_file)
    if status.state is SchemaState.FOREIGN:
        raise StorageError(
            "not_regiestoel_database",
            path=str(sqlite_file or db.engine.url.render_as_string(hide_password=True)),
        )
    if status.state is SchemaState.NEWER:
        raise StorageError("schema_too_new", revision=status.revision or "?")
    if status.state is SchemaState.CURRENT:
        return status
    if status.state is SchemaState.OUTDATED and sqlite_file is not None and backup_dir:
        # Named like every other backup, so rotation and the restore list know it.
        from datetime import UTC, datetime

        from app.backup import backup_name, copy_with_checksum

        target = backup_dir / backup_name("before-migration", datetime.now(UTC))
        copy_with_checksum(sqlite_file, target)
        log.info("backed up %s to %s before migrating", sqlite_file, target)
    migrate(db)
    return schema_status(db, sqlite_file)
