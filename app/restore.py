"""Restoring a backup over the database, so that a restore killed at any moment is finished or
rolled back by itself at the next start.

The phases: verify the backup (read only); prepare the restored copy beside the database
(``.restore-*.sqlite3``, migrated, folded into one file, synced); fold the current database's
WAL into it and back it up (reason ``before-restore``); write the marker
``restore-in-progress.json`` naming the prepared copy (the point of no return); remove the
current database's journal files; rename the copy over it; record the restore in the audit
log; remove the marker. ``recover_interrupted_restore`` (run when the data folder is opened
by its one writer) finishes a restore whose marker exists and removes the leftovers of one
that never reached it.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.backup import (
    BackupInfo,
    SchemaAge,
    _database_file,
    _free_name,
    _fsync_file,
    _prepare_folder,
    _remove_parts,
    make_backup,
    read_verified,
)
from app.backup_check import checksum_line, checksum_path
from app.failures import from_os_error
from app.files import fsync_dir, write_atomic
from app.jobs import Progress, progress_of
from app.paths import Location
from app.storage import remove_with_sidecars, sidecars
from models.errors import StorageError

log = logging.getLogger(__name__)

MARKER = "restore-in-progress.json"
_PREPARED_PREFIX = ".restore-"
_LEFTOVER_PATTERNS = (".restore-*.sqlite3*", ".new-*.sqlite3*")


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo  # what was restored
    previous: Path | None  # where the database it replaced was saved (None: there was none)
    migrated_from: str | None  # the backup's schema revision, when it had to be upgraded


def restore_backup(
    location: Location,
    path: Path,
    passphrase: str | None = None,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Replace the database at ``location`` with the backup at ``path``.

    The backup is verified first, and a copy at the newest schema is prepared beside the
    database; only then is the current database backed up (reason ``before-restore``) and
    replaced in one rename. Cancelling, or any failure, before that point leaves the current
    data as it was. The caller must hold the data folder's lock and have closed every
    connection to the database: the restore refuses with ``database_busy`` while one is open.
    """
    job = progress_of(progress)
    db_file = _database_file(location)
    path = Path(path)
    job.step("restore_verifying")
    data, info = read_verified(path, passphrase)
    now = now or datetime.now(UTC)
    _prepare_folder(location.data_dir)
    job.step("restore_preparing")
    tmp = _prepare_restored_copy(location, data, info.schema is SchemaAge.OLDER)
    del data
    try:
        job.step("restore_saving_current")
        _fold_wal_into(db_file)
        previous = _save_current(location, db_file, now)
        job.point_of_no_return("restore_replacing")
        _write_marker(location, tmp, info, previous)
    except BaseException:
        remove_with_sidecars(tmp)
        raise
    _replace(db_file, tmp)
    _record_restore(location, info.path.name, info.revision, previous)
    _marker(location).unlink(missing_ok=True)
    log.info("restored %s over %s (previous saved as %s)", path, db_file, previous)
    return RestoreResult(
        info=info,
        previous=previous,
        migrated_from=info.revision if info.schema is SchemaAge.OLDER else None,
    )


# --- the phases ----------------------------------------------------------------------------


def _prepare_restored_copy(location: Location, data: bytes, needs_migration: bool) -> Path:
    """The backup's database as one complete file in the data folder, at the newest schema."""
    from app.db import Database
    from app.paths import sqlite_url
    from app.schema import open_database

    try:
        fd, name = tempfile.mkstemp(dir=location.data_dir, prefix=_PREPARED_PREFIX,
                                    suffix=".sqlite3")
    except OSError as exc:
        raise from_os_error(exc, location.data_dir, otherwise="backup_failed") from exc
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if needs_migration:
            db = Database(sqlite_url(tmp))
            try:
                # No before-migration backup: the backup file being restored is that copy.
                open_database(db, tmp, None)
            finally:
                db.dispose()
        # One self-contained file: fold any -wal of the migration back in.
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.commit()
        finally:
            conn.close()
        _fsync_file(tmp)
    except BaseException as exc:
        remove_with_sidecars(tmp)
        if isinstance(exc, OSError):
            raise from_os_error(exc, location.data_dir, otherwise="backup_failed") from exc
        if isinstance(exc, sqlite3.Error):
            raise _sqlite_failure(exc, location.data_dir) from exc
        raise
    return tmp


def _sqlite_failure(exc: sqlite3.Error, folder: Path) -> StorageError:
    text = str(exc).lower()
    try:
        full = shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        full = False
    if "full" in text or full:
        return StorageError("disk_full")
    return StorageError("backup_failed", detail=str(exc))


def _fold_wal_into(db_file: Path) -> None:
    """Fold the current database's -wal into it by switching it to the rollback journal.

    That switch needs the only connection, so this refuses with ``database_busy`` while
    another program (or a forgotten connection) has the database open. A database too
    damaged to switch is left as it is; its bytes and -wal are saved as they are.
    """
    if not db_file.exists():
        return
    try:
        conn = sqlite3.connect(db_file, timeout=2)
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise StorageError("database_busy") from exc
        log.warning("could not fold the -wal of %s before restoring: %s", db_file, exc)
        return
    except sqlite3.DatabaseError as exc:
        log.warning("could not fold the -wal of %s before restoring: %s", db_file, exc)
        return
    if str(mode).lower() != "delete":
        raise StorageError("database_busy")


def _save_current(location: Location, source: Path, now: datetime) -> Path | None:
    """Back up the database about to be replaced. A damaged one (the usual reason to
    restore) may defeat the online backup API; then its raw bytes are copied instead."""
    if not source.exists():
        return None
    try:
        return make_backup(location, reason="before-restore", now=now)
    except StorageError as exc:
        if exc.code not in ("backup_failed", "database_damaged"):
            raise
        log.warning("online backup of %s failed (%s); copying its bytes", source, exc.code)
    folder = location.backup_dir
    target = _free_name(folder, "before-restore", now, encrypted=False)
    part = target.with_name(target.name + ".part")
    try:
        shutil.copyfile(source, part)
        write_atomic(checksum_path(target), checksum_line(part.read_bytes(), target.name))
        part.replace(target)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            # Not our naming pattern on purpose: rotation leaves it for a human to use.
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    except OSError as exc:
        _remove_parts(target)
        raise from_os_error(exc, folder, otherwise="backup_failed") from exc
    return target


def _marker(location: Location) -> Path:
    return location.data_dir / MARKER


def _write_marker(location: Location, tmp: Path, info: BackupInfo,
                  previous: Path | None) -> None:
    record = {"prepared": tmp.name, "backup": info.path.name, "revision": info.revision,
              "previous": previous.name if previous else ""}
    write_atomic(_marker(location), json.dumps(record).encode("utf-8"))


def _replace(db_file: Path, tmp: Path) -> None:
    # A -wal, -shm or -journal left beside the restored file would be replayed into it and
    # damage it; what they held is in the file just saved.
    for sidecar in sidecars(db_file):
        sidecar.unlink(missing_ok=True)
    os.replace(tmp, db_file)
    fsync_dir(db_file.parent)


def _record_restore(location: Location, backup: str, revision: str, previous: Path | None,
                    *, resumed: bool = False) -> None:
    from app.access import Actor
    from app.db import Database
    from app.services import audit

    db = Database(location.database_url)
    try:
        with db.transaction() as s:
            audit.record(s, Actor.machine_admin(), "restored", None, file=backup,
                         revision=revision, previous=previous.name if previous else "",
                         **({"finished_after_interruption": True} if resumed else {}))
    except Exception:
        # The data is already replaced; a missing log line must not report it as failed.
        log.error("the restore of %s could not be written to the audit log", backup,
                  exc_info=True)
    finally:
        db.dispose()


# --- after an interruption -----------------------------------------------------------------


def recover_interrupted_restore(location: Location) -> bool:
    """Finish a restore that passed its point of no return, and remove what an earlier one
    left behind before it. Call only as the data folder's one writer. True when a restore
    was finished."""
    db_file = location.database_file
    if db_file is None:
        return False
    marker = _marker(location)
    finished = False
    try:
        raw = marker.read_bytes()
    except FileNotFoundError:
        raw = None
    except OSError as exc:
        raise from_os_error(exc, marker, otherwise="backup_failed") from exc
    if raw is not None:
        record = _read_marker(raw)
        prepared = location.data_dir / record.get("prepared", "")
        if record.get("prepared", "").startswith(_PREPARED_PREFIX) and prepared.is_file():
            # Killed before the rename: the prepared copy is complete (it was synced before
            # the marker was written), so the restore is finished now.
            _replace(db_file, prepared)
        previous = record.get("previous") or None
        _record_restore(location, str(record.get("backup", "?")), str(record.get("revision",
                        "?")), location.backup_dir / previous if previous else None,
                        resumed=True)
        marker.unlink(missing_ok=True)
        finished = True
        log.warning("finished the restore of %s that was interrupted", record.get("backup"))
    _remove_leftovers(location)
    return finished


def _read_marker(raw: bytes) -> dict[str, str]:
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items() if isinstance(v, str)}


def _remove_leftovers(location: Location) -> None:
    """Prepared copies and new databases of runs that never finished, and the half-written
    files of a backup into ``backups/`` that was killed."""
    folders = [(location.data_dir, _LEFTOVER_PATTERNS),
               (location.backup_dir, ("regiestoel-*.part", "regiestoel-*.part-*"))]
    for folder, patterns in folders:
        for pattern in patterns:
            try:
                found = list(folder.glob(pattern))
            except OSError:
                continue
            for path in found:
                try:
                    path.unlink(missing_ok=True)
                    log.info("removed %s, left behind by an interrupted run", path)
                except OSError:
                    log.warning("could not remove %s", path)
    # The plain copy an encrypted backup is made from (see app.backup._write_encrypted).
    for scratch in location.data_dir.glob(".backup-*"):
        shutil.rmtree(scratch, ignore_errors=True)
