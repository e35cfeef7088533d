"""Open the database of a resolved location: check the folder, recognise the file, migrate."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from sqlalchemy.exc import OperationalError

from app.db import Database, storage_error
from app.paths import Location, sqlite_url
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
    location: Location, *, migrate: bool = True, read_only: bool = False, create: bool = True
) -> tuple[Database, SchemaStatus]:
    """The database at ``location``, at the newest schema (unless ``migrate`` is False).

    A new SQLite database is made under a temporary name in the data folder and renamed
    into place only when its schema is complete, so a failure (a full disk) leaves no empty
    or half-made database behind; without ``create`` there must be one already. A restore
    that was interrupted is finished or rolled back first. A server's password comes from
    the keyring (or the environment), never from a file."""
    refuse_personal_copy(location)
    file = location.database_file
    if file is not None and not read_only:
        ensure_writable_folder(location)
    if file is not None and migrate and not read_only:
        # Only the folder's one writer opens with ``migrate``: a restore cannot be running.
        from app.restore import recover_interrupted_restore

        recover_interrupted_restore(location)
        if not _exists(file):
            if not create:
                raise StorageError("database_missing", path=str(location.data_dir))
            _create_sqlite(file)
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
    except Exception as exc:
        db.dispose()
        known = _known(exc)
        if known is None:
            raise
        raise known from exc
    return db, status


def refuse_personal_copy(location: Location) -> None:
    """A data folder with a personal copy's marker holds one person's encrypted copy, never
    the organisation's database: it is not opened as one, nor is a database made beside it."""
    from app.personal_copy.marker import holds_copy

    if location.is_sqlite_file and holds_copy(location.data_dir):
        raise StorageError("data_dir_is_personal_copy", path=str(location.data_dir))


def _exists(file: Path) -> bool:
    try:
        return file.stat().st_size > 0
    except FileNotFoundError:
        return False


def _known(exc: BaseException) -> Exception | None:
    from app.failures import as_domain_error

    return as_domain_error(exc)


def _create_sqlite(file: Path) -> None:
    """A new database at the newest schema, appearing at ``file`` only when complete."""
    from app.schema import migrate

    fd, name = tempfile.mkstemp(dir=file.parent, prefix=".new-", suffix=".sqlite3")
    os.close(fd)
    tmp = Path(name)
    try:
        db = Database(sqlite_url(tmp))
        try:
            migrate(db)
        finally:
            db.dispose()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, file)
    except BaseException as exc:
        remove_with_sidecars(tmp)
        if isinstance(exc, Exception) and (known := _known(exc)) is not None:
            raise known from exc
        raise


def sidecars(db_file: Path) -> tuple[Path, ...]:
    """The files SQLite keeps beside a database while it works on it."""
    return tuple(db_file.with_name(db_file.name + s) for s in ("-wal", "-shm", "-journal"))


def remove_with_sidecars(db_file: Path) -> None:
    for path in (db_file, *sidecars(db_file)):
        # What cannot be removed now is found by name at the next start.
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


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
