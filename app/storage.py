"""Open the database of a resolved location: check the folder, recognise the file, migrate."""

from __future__ import annotations

import os
import tempfile

from app.db import Database
from app.paths import Location
from app.schema import SchemaStatus, open_database
from models.errors import StorageError


def ensure_writable_folder(location: Location) -> None:
    folder = location.data_dir
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # os.access lies on some file systems; writing a probe file is the honest check.
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-check-"):
            pass
    except PermissionError as exc:
        raise StorageError("database_read_only", path=str(folder)) from exc
    except OSError as exc:
        raise StorageError("data_dir_unusable", path=str(folder), detail=exc.strerror) from exc
    db_file = location.database_file
    if db_file is not None and db_file.exists() and not os.access(db_file, os.W_OK):
        raise StorageError("database_read_only", path=str(db_file))


def open_location(location: Location, *, migrate: bool = True) -> tuple[Database, SchemaStatus]:
    """The database at ``location``, at the newest schema (unless ``migrate`` is False)."""
    if location.is_sqlite_file:
        ensure_writable_folder(location)
    db = Database(location.database_url)
    try:
        if migrate:
            status = open_database(db, location.database_file, location.backup_dir)
        else:
            from app.schema import schema_status

            status = schema_status(db, location.database_file)
    except Exception:
        db.dispose()
        raise
    return db, status
