"""Backups of the SQLite database: making, rotating, encrypting, verifying and restoring them.

A backup is one file. In the data folder's ``backups/`` it is a plain SQLite file made with
SQLite's online backup API, named ``regiestoel-YYYYMMDD-HHMMSS-<reason>.sqlite3`` (UTC time);
these are rotated. A backup written elsewhere (a USB stick) may be encrypted with a
passphrase: ``regiestoel-YYYYMMDD-HHMMSS-<reason>.regiestoel-backup`` holds

    b"RGSTBK1\\n"
    one JSON line: format version, scrypt parameters and salt, AES-GCM nonce, key check
    AES-GCM ciphertext of the SQLite bytes (tag at the end), with the two lines above as
    associated data, so a changed header is detected like a changed body.

Nothing here imports Qt; the GUI runs these functions in a worker thread.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from app.paths import Location
from app.sqlite_backup import backup_sqlite
from models.base import SQLITE_APPLICATION_ID
from models.errors import Invalid, StorageError
from models.migrations import head_revision, known_revisions

log = logging.getLogger(__name__)

REASONS = ("startup", "quit", "periodic", "manual", "before-migration", "before-restore")
PLAIN_SUFFIX = ".sqlite3"
ENCRYPTED_SUFFIX = ".regiestoel-backup"

MAGIC = b"RGSTBK1\n"
FORMAT_VERSION = 1
# scrypt cost: 64 MiB and about a tenth of a second on a laptop; the same for every backup,
# stored in the header so a later version may raise it without breaking old files.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**16, 8, 1
_SALT_BYTES, _NONCE_BYTES, _KEY_BYTES = 16, 12, 32
# What a header may ask for when read: enough for stronger future settings, not enough for
# a crafted file to make the reader allocate gigabytes.
_MAX_SCRYPT_N, _MAX_SCRYPT_R, _MAX_SCRYPT_P = 2**20, 32, 16
_MAX_HEADER_LINE = 4096
# AES-GCM in `cryptography` encrypts at most 2**31 - 1 bytes in one call.
_MAX_PLAIN_BYTES = 2**31 - 1 - 16

ROTATION_LAST, ROTATION_DAYS, ROTATION_MONTHS = 10, 30, 12

_NAME = re.compile(
    r"^regiestoel-(?P<stamp>\d{8}-\d{6})-(?P<reason>" + "|".join(REASONS) + r")"
    r"(?:-(?P<seq>\d+))?(?P<suffix>\.sqlite3|\.regiestoel-backup)$"
)
_SQLITE_HEADER = b"SQLite format 3\x00"


# --- names ---------------------------------------------------------------------------------


def backup_name(reason: str, taken_at: datetime, *, encrypted: bool = False, seq: int = 1) -> str:
    """``regiestoel-YYYYMMDD-HHMMSS-<reason>[-seq].<suffix>``, the time in UTC."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    stamp = taken_at.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    extra = f"-{seq}" if seq > 1 else ""
    suffix = ENCRYPTED_SUFFIX if encrypted else PLAIN_SUFFIX
    return f"regiestoel-{stamp}-{reason}{extra}{suffix}"


def parse_backup_name(name: str) -> datetime | None:
    """When a backup with this file name was taken (UTC), or None for any other name."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        return datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:  # 20261399-...: looks like ours, is not a time
        return None


def _free_name(folder: Path, reason: str, taken_at: datetime, encrypted: bool) -> Path:
    for seq in range(1, 1000):
        candidate = folder / backup_name(reason, taken_at, encrypted=encrypted, seq=seq)
        if not candidate.exists() and not _part(candidate).exists():
            return candidate
    raise StorageError("backup_failed", detail="too many backups in one second")


def _part(path: Path) -> Path:
    return path.with_name(path.name + ".part")


# --- rotation ------------------------------------------------------------------------------


def _month_index(day: date) -> int:
    return day.year * 12 + day.month


def choose_kept(names_with_times: Iterable[tuple[str, datetime]], now: datetime) -> set[str]:
    """Which backups rotation keeps: the newest 10; the newest of each of the last 30 days
    (today included); the newest of each of the last 12 calendar months (this one included).

    At most 10 + 30 + 12 names, and always the newest. Days and months are taken in UTC,
    like the file names.
    """
    now = now.astimezone(UTC)
    ordered = sorted(names_with_times, key=lambda nt: (nt[1], nt[0]), reverse=True)
    kept = {name for name, _ in ordered[:ROTATION_LAST]}
    days: set[int] = set()
    months: set[int] = set()
    for name, taken in ordered:
        day = taken.astimezone(UTC).date()
        age_days = (now.date() - day).days
        if 0 <= age_days < ROTATION_DAYS and age_days not in days:
            days.add(age_days)
            kept.add(name)
        age_months = _month_index(now.date()) - _month_index(day)
        if 0 <= age_months < ROTATION_MONTHS and age_months not in months:
            months.add(age_months)
            kept.add(name)
    return kept


def rotate(backup_dir: Path, now: datetime) -> list[Path]:
    """Delete the backups in ``backup_dir`` that rotation does not keep; return them.

    Only files named like our backups are considered: anything else in the folder (a file
    the user put there, a before-migration copy of an older naming) is never touched.
    """
    if not backup_dir.is_dir():
        return []
    ours: dict[str, datetime] = {}
    for path in backup_dir.iterdir():
        taken = parse_backup_name(path.name)
        if taken is not None and path.is_file():
            ours[path.name] = taken
    kept = choose_kept(ours.items(), now)
    deleted = []
    for name in sorted(set(ours) - kept):
        path = backup_dir / name
        try:
            path.unlink()
            deleted.append(path)
        except OSError:
            log.warning("could not delete old backup %s", path, exc_info=True)
    _remove_stale_parts(backup_dir, now)
    return deleted


def _remove_stale_parts(backup_dir: Path, now: datetime) -> None:
    """A backup interrupted by a crash leaves ``<name>.part``; after a day it is surely dead."""
    for path in backup_dir.glob("regiestoel-*.part"):
        taken = parse_backup_name(path.name.removesuffix(".part"))
        if taken is not None and (now - taken).total_seconds() > 86_400:
            try:
                path.unlink()
            except OSError:
                log.warning("could not delete %s", path, exc_info=True)


# --- making --------------------------------------------------------------------------------


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network, FAT on a stick) refuse: the data is synced anyway
    finally:
        os.close(fd)


def _database_file(location: Location) -> Path:
    if not location.is_sqlite_file or location.database_file is None:
        # A server database is backed up by the server's own tool, with the server's rights.
        from app.server_login import pg_dump_command

        raise StorageError("backup_use_pg_dump", command=pg_dump_command(location.database_url))
    return location.database_file


def _prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            "backup_target_unusable", path=str(folder), detail=exc.strerror or str(exc)
        ) from exc
    if not folder.is_dir():
        raise StorageError("backup_target_unusable", path=str(folder), detail="not a folder")


def _online_copy(source: Path, target: Path) -> None:
    """``backup_sqlite`` with a readable error, no ``.part`` left behind, and an fsync."""
    try:
        backup_sqlite(source, target)
        _fsync_file(target)
    except sqlite3.Error as exc:
        _part(target).unlink(missing_ok=True)
        raise StorageError("backup_failed", detail=str(exc)) from exc
    except OSError as exc:
        _part(target).unlink(missing_ok=True)
        if _is_disk_full(exc):
            raise StorageError("disk_full") from exc
        raise StorageError("backup_failed", detail=exc.strerror or str(exc)) from exc


def _is_disk_full(exc: OSError) -> bool:
    import errno

    return exc.errno in {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def make_backup(
    location: Location,
    *,
    reason: str,
    target_dir: Path | None = None,
    passphrase: str | None = None,
    now: datetime | None = None,
) -> Path:
    """Make one backup file of the database at ``location`` and return its path.

    Without ``target_dir`` the backup goes, unencrypted, into the data folder's backups and
    the backups there are rotated. With ``target_dir`` (another folder, a USB stick) it may
    be encrypted with ``passphrase``; nothing there is ever rotated or deleted. The file
    appears under its final name only when complete. Safe while the app writes (WAL).
    """
    source = _database_file(location)
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if passphrase is not None:
        if not passphrase:
            raise Invalid("backup_passphrase_empty")
        if target_dir is None:
            raise Invalid("backup_passphrase_needs_folder")
    if not source.is_file():
        raise StorageError("backup_no_database", path=str(source))
    now = now or datetime.now(UTC)
    folder = target_dir if target_dir is not None else location.backup_dir
    _prepare_folder(folder)
    target = _free_name(folder, reason, now, encrypted=passphrase is not None)
    if passphrase is None:
        _online_copy(source, target)
    else:
        _write_encrypted(location, source, target, passphrase)
    _fsync_dir(folder)
    log.info("backup (%s) written to %s", reason, target)
    if target_dir is None:
        rotate(folder, now)
    return target


def _write_encrypted(location: Location, source: Path, target: Path, passphrase: str) -> None:
    # The plain copy is made inside the data folder, next to the database it copies, so
    # no unencrypted personal data ever reaches the target (or the system's temp folder).
    with tempfile.TemporaryDirectory(dir=location.data_dir, prefix=".backup-") as scratch:
        plain = Path(scratch) / "copy.sqlite3"
        _online_copy(source, plain)
        data = plain.read_bytes()
    if len(data) > _MAX_PLAIN_BYTES:
        raise StorageError("backup_too_large")
    blob = encrypt(data, passphrase)
    part = _part(target)
    try:
        with part.open("wb") as fh:
            fh.write(blob)
            fh.flush()
            os.fsync(fh.fileno())
        part.replace(target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        if _is_disk_full(exc):
            raise StorageError("disk_full") from exc
        raise StorageError("backup_failed", detail=exc.strerror or str(exc)) from exc


# --- encryption ----------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """(AES key, key check): one scrypt run, split in two independent halves."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    out = Scrypt(salt=salt, length=2 * _KEY_BYTES, n=n, r=r, p=p).derive(
        passphrase.encode("utf-8")
    )
    # Only a hash of the second half is stored: it tells a wrong passphrase from a damaged
    # file, and costs an attacker the same scrypt run as trying the AES key itself.
    check = hashlib.sha256(b"regiestoel key check" + out[_KEY_BYTES:]).digest()[:16]
    return out[:_KEY_BYTES], check


def encrypt(data: bytes, passphrase: str) -> bytes:
    """The encrypted backup format (see the module docstring) of ``data``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(_SALT_BYTES), os.urandom(_NONCE_BYTES)
    key, check = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    fields = {
        "version": FORMAT_VERSION,
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": _b64(salt),
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
        "check": _b64(check),
    }
    header = MAGIC + json.dumps(fields, sort_keys=True).encode("ascii") + b"\n"
    return header + AESGCM(key).encrypt(nonce, data, header)


def _header(blob: bytes) -> tuple[bytes, dict[str, Any]]:
    end = blob.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_HEADER_LINE)
    if end < 0:
        raise Invalid("backup_corrupt")
    try:
        fields = json.loads(blob[len(MAGIC) : end].decode("ascii"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise Invalid("backup_corrupt") from exc
    if not isinstance(fields, dict):
        raise Invalid("backup_corrupt")
    version = fields.get("version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise Invalid("backup_too_new")
    return blob[: end + 1], fields


def _scrypt_params(fields: dict[str, Any]) -> tuple[int, int, int, bytes, bytes, bytes]:
    try:
        n, r, p = int(fields["n"]), int(fields["r"]), int(fields["p"])
        salt = base64.b64decode(fields["salt"], validate=True)
        nonce = base64.b64decode(fields["nonce"], validate=True)
        check = base64.b64decode(fields["check"], validate=True)
    except (KeyError, TypeError, ValueError) as exc:
        raise Invalid("backup_corrupt") from exc
    sane = (
        fields.get("version") == FORMAT_VERSION
        and fields.get("kdf") == "scrypt"
        and 2 <= n <= _MAX_SCRYPT_N
        and n & (n - 1) == 0
        and 1 <= r <= _MAX_SCRYPT_R
        and 1 <= p <= _MAX_SCRYPT_P
        and len(salt) >= 8
        and len(nonce) == _NONCE_BYTES
        and len(check) == 16
    )
    if not sane:
        raise Invalid("backup_corrupt")
    return n, r, p, salt, nonce, check


def decrypt(blob: bytes, passphrase: str | None) -> bytes:
    """The SQLite bytes inside an encrypted backup; Invalid when they cannot be had."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, fields = _header(blob)
    n, r, p, salt, nonce, check = _scrypt_params(fields)
    if not passphrase:
        raise Invalid("backup_needs_passphrase")
    key, expected = _derive(passphrase, salt, n, r, p)
    if not hmac.compare_digest(expected, check):
        raise Invalid("backup_wrong_passphrase")
    try:
        return AESGCM(key).decrypt(nonce, blob[len(header) :], header)
    except (InvalidTag, ValueError) as exc:
        # The passphrase is right (the key check matched), so the file itself changed.
        raise Invalid("backup_corrupt") from exc


# --- verifying -----------------------------------------------------------------------------


class SchemaAge(enum.Enum):
    OLDER = "older"  # made by an older Regiestoel: migrated when restored
    CURRENT = "current"
    # A newer schema is never an age a BackupInfo has: verify_backup refuses it.


@dataclass(frozen=True)
class BackupInfo:
    """What a verified backup holds, for a human summary before restoring."""

    path: Path
    encrypted: bool
    revision: str
    schema: SchemaAge
    organisation: str | None
    people: int
    taken_at: datetime | None  # from the file name (UTC); else the file's modification time
    size: int


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise Invalid("backup_file_missing", path=str(path)) from exc
    except IsADirectoryError as exc:
        raise Invalid("backup_not_regiestoel") from exc
    except OSError as exc:
        raise Invalid("backup_unreadable", path=str(path), detail=exc.strerror or str(exc)) from exc


def _plain_bytes(path: Path, passphrase: str | None) -> tuple[bytes, bool]:
    """(SQLite bytes, was it encrypted)."""
    blob = _read_file(path)
    if blob.startswith(MAGIC):
        return decrypt(blob, passphrase), True
    if blob.startswith(_SQLITE_HEADER):
        return blob, False
    raise Invalid("backup_not_regiestoel")


def _in_memory(data: bytes) -> sqlite3.Connection:
    """A private in-memory copy: nothing of the backup is written anywhere to look at it."""
    if len(data) >= 20 and data[18:20] == b"\x02\x02":
        # A file in WAL mode cannot be deserialized as such; as a rollback-journal file it
        # reads the same (a copied WAL database without its -wal has no more than this).
        data = data[:18] + b"\x01\x01" + data[20:]
    conn = sqlite3.connect(":memory:")
    conn.deserialize(data)
    return conn


def _inspect(data: bytes) -> tuple[str, str | None, int]:
    """(revision, organisation name, person count) of SQLite bytes that must be ours."""
    try:
        conn = _in_memory(data)
    except sqlite3.Error as exc:
        raise Invalid("backup_corrupt") from exc
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            log.warning("backup fails the integrity check: %s", "; ".join(map(str, rows[:5])))
            raise Invalid("backup_corrupt")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id != SQLITE_APPLICATION_ID or "alembic_version" not in tables:
            raise Invalid("backup_not_regiestoel")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or not row[0]:
            raise Invalid("backup_not_regiestoel")
        revision = str(row[0])
        if revision != head_revision() and revision not in known_revisions():
            raise Invalid("backup_too_new")
        if not {"organisation", "person"} <= tables:
            raise Invalid("backup_corrupt")
        org = conn.execute("SELECT name FROM organisation ORDER BY id LIMIT 1").fetchone()
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    except sqlite3.Error as exc:
        raise Invalid("backup_corrupt") from exc
    finally:
        conn.close()
    return revision, (org[0] if org else None), int(people)


def _info(path: Path, data: bytes, encrypted: bool) -> BackupInfo:
    revision, organisation, people = _inspect(data)
    taken_at = parse_backup_name(path.name)
    if taken_at is None:
        try:
            taken_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except OSError:
            taken_at = None
    return BackupInfo(
        path=path,
        encrypted=encrypted,
        revision=revision,
        schema=SchemaAge.CURRENT if revision == head_revision() else SchemaAge.OLDER,
        organisation=organisation,
        people=people,
        taken_at=taken_at,
        size=len(data),
    )


def verify_backup(path: Path, passphrase: str | None = None) -> BackupInfo:
    """Check a backup without changing anything: it decrypts, passes SQLite's integrity
    check, is a Regiestoel database, and its schema is not newer than this program's.

    Raises Invalid with ``backup_file_missing``, ``backup_unreadable``,
    ``backup_not_regiestoel``, ``backup_corrupt``, ``backup_needs_passphrase``,
    ``backup_wrong_passphrase`` or ``backup_too_new``.
    """
    path = Path(path)
    data, encrypted = _plain_bytes(path, passphrase)
    return _info(path, data, encrypted)


def list_backups(backup_dir: Path) -> list[tuple[Path, datetime]]:
    """Our backups in ``backup_dir``, newest first (without opening them)."""
    if not backup_dir.is_dir():
        return []
    found = [
        (p, t) for p in backup_dir.iterdir() if (t := parse_backup_name(p.name)) and p.is_file()
    ]
    return sorted(found, key=lambda pt: (pt[1], pt[0].name), reverse=True)


# --- restoring -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo  # what was restored
    previous: Path | None  # where the database it replaced was saved (None: there was none)
    migrated_from: str | None  # the backup's schema revision, when it had to be upgraded


def _save_current(location: Location, source: Path, now: datetime) -> Path | None:
    """Back up the database about to be replaced. A damaged one (the usual reason to
    restore) may defeat the online backup API; then its raw bytes are copied instead."""
    if not source.exists():
        return None
    try:
        return make_backup(location, reason="before-restore", now=now)
    except StorageError as exc:
        if exc.code != "backup_failed":
            raise
        log.warning("online backup of %s failed (%s); copying its bytes", source, exc.params)
    folder = location.backup_dir
    target = _free_name(folder, "before-restore", now, encrypted=False)
    try:
        shutil.copyfile(source, _part(target))
        _part(target).replace(target)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            # Not our naming pattern on purpose: rotation leaves it for a human to use.
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    except OSError as exc:
        _part(target).unlink(missing_ok=True)
        raise StorageError("backup_failed", detail=exc.strerror or str(exc)) from exc
    return target


def _prepare_restored_copy(location: Location, data: bytes, needs_migration: bool) -> Path:
    """The backup's database as a file in the data folder, at the newest schema."""
    from app.db import Database
    from app.schema import open_database

    fd, name = tempfile.mkstemp(dir=location.data_dir, prefix=".restore-", suffix=".sqlite3")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if needs_migration:
            db = Database(f"sqlite:///{tmp}")
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
    except BaseException:
        _remove_with_sidecars(tmp)
        raise
    return tmp


def _remove_with_sidecars(path: Path) -> None:
    for p in (path, *_sidecars(path)):
        p.unlink(missing_ok=True)


def _sidecars(db_file: Path) -> tuple[Path, Path]:
    return db_file.with_name(db_file.name + "-wal"), db_file.with_name(db_file.name + "-shm")


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


def _record_restore(location: Location, info: BackupInfo, previous: Path | None) -> None:
    from app.access import Actor
    from app.db import Database
    from app.services import audit

    db = Database(location.database_url)
    try:
        with db.transaction() as s:
            audit.record(
                s,
                Actor.machine_admin(),
                "restored",
                None,
                file=info.path.name,
                revision=info.revision,
                previous=previous.name if previous else "",
            )
    except Exception:
        # The data is already replaced; a missing log line must not report it as failed.
        log.error("the restore of %s could not be written to the audit log", info.path,
                  exc_info=True)
    finally:
        db.dispose()


def restore_backup(
    location: Location,
    path: Path,
    passphrase: str | None = None,
    *,
    now: datetime | None = None,
) -> RestoreResult:
    """Replace the database at ``location`` with the backup at ``path``.

    The backup is verified first, and a copy at the newest schema is prepared beside the
    database; only then is the current database backed up (reason ``before-restore``) and
    replaced in one rename. Any failure before that rename leaves the current data as it
    was. The caller must have closed every connection to the database (dispose its
    Database): the restore refuses with ``database_busy`` while one is open in WAL mode.
    """
    db_file = _database_file(location)
    path = Path(path)
    data, encrypted = _plain_bytes(path, passphrase)
    info = _info(path, data, encrypted)
    now = now or datetime.now(UTC)
    _prepare_folder(location.data_dir)
    tmp = _prepare_restored_copy(location, data, info.schema is SchemaAge.OLDER)
    del data
    try:
        _fold_wal_into(db_file)
        previous = _save_current(location, db_file, now)
        # A -wal or -shm left beside the restored file would be replayed into it and
        # damage it; what they held is in the file just saved.
        for sidecar in _sidecars(db_file):
            sidecar.unlink(missing_ok=True)
        os.replace(tmp, db_file)
    except BaseException:
        _remove_with_sidecars(tmp)
        raise
    _fsync_dir(db_file.parent)
    log.info("restored %s over %s (previous saved as %s)", path, db_file, previous)
    _record_restore(location, info, previous)
    return RestoreResult(
        info=info,
        previous=previous,
        migrated_from=info.revision if info.schema is SchemaAge.OLDER else None,
    )
