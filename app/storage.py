"""Open the database of a resolved location: check the folder, recognise the file, migrate."""

from __future__ import annotations

import os
import tempfile

from sqlalchemy.exc import OperationalError

from app.db import Database, storage_error
from app.paths import Location
from app.schema import SchemaStatus, open_database
from app.server_login import login_url
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


def open_location(
    location: Location, *, migrate: bool = True, read_only: bool = False
) -> tuple[Database, SchemaStatus]:
    """The database at ``location``, at the newest schema (unless ``migrate`` is False).

    A server's password comes from the keyring (or the environment), never from a file."""
    if location.is_sqlite_file and not read_only:
        ensure_writable_folder(location)
    db = Database(login_url(location.database_url), read_only=read_only)
    try:
        if migrate and not read_only:
            status = open_database(db, location.database_file, location.backup_dir)
        else:
            from app.schema import schema_status

            status = schema_status(db, location.database_file)
    except OperationalError as exc:
        db.dispose()
        raise storage_error(exc) from exc
    except Exception:
        db.dispose()
        raise
    return db, status


def probe_server(url: str, password: str | None = None) -> SchemaStatus:
    """Connect to a database server once and say what is there (for "test connection");
    changes nothing."""
    from app.schema import schema_status
    from app.server_login import login_url, with_password

    db = Database(with_password(url, password) if password else login_url(url))
    try:
        return schema_status(db, None)
    except OperationalError as exc:
        raise storage_error(exc) from exc
    finally:
        db.dispose()
