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
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from app.backup_check import (
    check_schema,
    checksum_line,
    checksum_path,
    verify_checksum,
)
from app.failures import from_os_error, is_disk_full
from app.files import fsync_dir, write_atomic
from app.jobs import Progress, progress_of
from app.paths import Location
from app.sqlite_backup import backup_sqlite, part_files
from models.base import SQLITE_APPLICATION_ID
from models.errors import DomainError, Invalid, StorageError
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
# What a header may ask for when read: exactly what this program writes, so a crafted file
# cannot make the reader spend gigabytes and minutes before "wrong passphrase". A later
# version that writes stronger settings raises these together with FORMAT_VERSION.
_MAX_SCRYPT_N, _MAX_SCRYPT_R, _MAX_SCRYPT_P = SCRYPT_N, SCRYPT_R, SCRYPT_P
_MAX_SALT_BYTES = 64
_MAX_HEADER_LINE = 4096
# AES-GCM in `cryptography` encrypts at most 2**31 - 1 bytes in one call.
_MAX_PLAIN_BYTES = 2**31 - 1 - 16
# A backup file is read whole into memory to verify it: nothing larger is a backup of ours.
MAX_BACKUP_BYTES = _MAX_PLAIN_BYTES + 1024

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
            checksum_path(path).unlink(missing_ok=True)
            deleted.append(path)
        except OSError:
            log.warning("could not delete old backup %s", path, exc_info=True)
    _remove_stale_parts(backup_dir, now)
    return deleted


def _remove_stale_parts(backup_dir: Path, now: datetime) -> None:
    """A backup interrupted by a crash leaves ``<name>.part``; after a day it is surely dead."""
    for path in backup_dir.glob("regiestoel-*.part*"):
        taken = parse_backup_name(path.name.partition(".part")[0])
        if taken is not None and (now - taken).total_seconds() > 86_400:
            try:
                path.unlink()
            except OSError:
                log.warning("could not delete %s", path, exc_info=True)


# --- making --------------------------------------------------------------------------------


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


_fsync_dir = fsync_dir


def _database_file(location: Location) -> Path:
    if not location.is_sqlite_file or location.database_file is None:
        # A server database is backed up by the server's own tool, with the server's rights.
        from app.server_login import pg_dump_command

        raise StorageError("backup_use_pg_dump", command=pg_dump_command(location.database_url))
    return location.database_file


def _prepare_folder(folder: Path) -> None:
    """The target folder exists and takes a file; otherwise say why not (no permission, a
    read-only stick, a full disk) before anything is written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not folder.is_dir():
            raise StorageError("backup_target_unusable", path=str(folder),
                               detail="not a folder")
        # Writing a probe is the honest check (os.access lies on some file systems).
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-check-"):
            pass
    except OSError as exc:
        raise from_os_error(exc, folder, otherwise="backup_target_unusable") from exc


def _online_copy(source: Path, target: Path) -> None:
    """``backup_sqlite`` with a readable error, an fsync, and nothing left behind on failure
    (neither the ``.part`` file nor the journal files SQLite made beside it)."""
    try:
        backup_sqlite(source, target)
        _fsync_file(target)
    except sqlite3.Error as exc:
        _remove_parts(target)
        raise _copy_error(exc, target) from exc
    except OSError as exc:
        _remove_parts(target)
        raise from_os_error(exc, target.parent, otherwise="backup_failed") from exc
    except BaseException:
        _remove_parts(target)
        raise


def _remove_parts(target: Path) -> None:
    for path in part_files(target):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s", path)


def _copy_error(exc: sqlite3.Error, target: Path) -> DomainError:
    """SQLite says "disk I/O error" for a full disk and "unable to open database file" for a
    folder it may not write to: look at the folder to name the real cause."""
    text = str(exc).lower()
    if "full" in text or _nearly_full(target.parent):
        return StorageError("disk_full")
    if "unable to open" in text or "readonly" in text:
        try:
            with tempfile.NamedTemporaryFile(dir=target.parent, prefix=".write-check-"):
                pass
        except OSError as probe:
            return from_os_error(probe, target.parent)
    if "malformed" in text or "not a database" in text:
        return StorageError("database_damaged")
    return StorageError("backup_failed", detail=str(exc))


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def _is_disk_full(exc: OSError) -> bool:
    return is_disk_full(exc)


def _check_source(source: Path) -> None:
    """Only Regiestoel's own database is backed up: another program's file is not ours to
    copy, and a damaged one is said to be damaged."""
    from app.schema import SchemaState, schema_status_of_file

    try:
        if not source.is_file():
            raise StorageError("backup_no_database", path=str(source))
    except OSError as exc:
        raise from_os_error(exc, source.parent, otherwise="backup_failed") from exc
    state = schema_status_of_file(source).state
    if state is SchemaState.FOREIGN:
        raise StorageError("not_regiestoel_database", path=str(source))
    if state is SchemaState.NEW:
        raise StorageError("backup_no_database", path=str(source))


def _write_checksum(target: Path) -> None:
    """Beside a plain backup, its SHA-256 in ``sha256sum``'s format: restore refuses the
    backup when its bytes no longer match (damage, not tampering: see app.backup_check)."""
    digest = checksum_line(target.read_bytes(), target.name)
    write_atomic(checksum_path(target), digest)


def make_backup(
    location: Location,
    *,
    reason: str,
    target_dir: Path | None = None,
    passphrase: str | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
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
    job = progress_of(progress)
    _check_source(source)
    now = now or datetime.now(UTC)
    folder = target_dir if target_dir is not None else location.backup_dir
    _prepare_folder(folder)
    target = _free_name(folder, reason, now, encrypted=passphrase is not None)
    job.step("backup_copying")
    if passphrase is None:
        _online_copy(source, target)
        try:
            job.step("backup_checksum")
            _write_checksum(target)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    else:
        _write_encrypted(location, source, target, passphrase, job)
    _fsync_dir(folder)
    log.info("backup (%s) written to %s", reason, target)
    if target_dir is None:
        rotate(folder, now)
    return target


def _write_encrypted(location: Location, source: Path, target: Path, passphrase: str,
                     job: Progress) -> None:
    # The plain copy is made inside the data folder, next to the database it copies, so
    # no unencrypted personal data ever reaches the target (or the system's temp folder).
    try:
        with tempfile.TemporaryDirectory(dir=location.data_dir, prefix=".backup-") as scratch:
            plain = Path(scratch) / "copy.sqlite3"
            _online_copy(source, plain)
            data = plain.read_bytes()
    except OSError as exc:
        raise from_os_error(exc, location.data_dir, otherwise="backup_failed") from exc
    if len(data) > _MAX_PLAIN_BYTES:
        raise StorageError("backup_too_large")
    job.step("backup_encrypting")
    blob = encrypt(data, passphrase)
    job.step("backup_writing")
    part = _part(target)
    try:
        with part.open("wb") as fh:
            fh.write(blob)
            fh.flush()
            os.fsync(fh.fileno())
        part.replace(target)
    except BaseException as exc:
        part.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise from_os_error(exc, target.parent, otherwise="backup_failed") from exc
        raise


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
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise Invalid("backup_corrupt") from exc
    if not isinstance(fields, dict):
        raise Invalid("backup_corrupt")
    version = fields.get("version")
    if isinstance(version, int) and _whole(version) and version > FORMAT_VERSION:
        raise Invalid("backup_too_new")
    return blob[: end + 1], fields


def _whole(value: object) -> bool:
    """A JSON whole number: not a bool, a float, infinity or NaN."""
    return isinstance(value, int) and not isinstance(value, bool)


def _b64_field(fields: dict[str, Any], key: str, limit: int) -> bytes:
    value = fields.get(key)
    if not isinstance(value, str) or len(value) > limit * 2:
        raise Invalid("backup_corrupt")
    try:
        return base64.b64decode(value, validate=True)
    except ValueError as exc:
        raise Invalid("backup_corrupt") from exc


def _scrypt_params(fields: dict[str, Any]) -> tuple[int, int, int, bytes, bytes, bytes]:
    """The key derivation's settings, refused unless they are what this program writes."""
    n, r, p = fields.get("n"), fields.get("r"), fields.get("p")
    if not (_whole(n) and _whole(r) and _whole(p)):
        raise Invalid("backup_corrupt")
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    salt = _b64_field(fields, "salt", _MAX_SALT_BYTES)
    nonce = _b64_field(fields, "nonce", _NONCE_BYTES)
    check = _b64_field(fields, "check", 16)
    sane = (
        fields.get("version") == FORMAT_VERSION
        and fields.get("kdf") == "scrypt"
        and 2 <= n <= _MAX_SCRYPT_N
        and n & (n - 1) == 0
        and 1 <= r <= _MAX_SCRYPT_R
        and 1 <= p <= _MAX_SCRYPT_P
        and 8 <= len(salt) <= _MAX_SALT_BYTES
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
    # A plain backup: True when it matched the checksum written when it was made, None when
    # no checksum was found beside it (copied by hand, or made by an older Regiestoel).
    checksum_ok: bool | None = None


def _read_file(path: Path) -> bytes:
    """The whole file, if it is a regular file of a size a backup can have (never a pipe,
    which would wait forever, nor a multi-gigabyte file chosen by mistake)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as exc:
        raise Invalid("backup_file_missing", path=str(path)) from exc
    except IsADirectoryError as exc:
        raise Invalid("backup_not_regiestoel") from exc
    except OSError as exc:
        raise Invalid("backup_unreadable", path=str(path), detail=exc.strerror or str(exc)) from exc
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise Invalid("backup_not_regiestoel")
        if info.st_size > MAX_BACKUP_BYTES:
            raise Invalid("backup_too_big", maximum=MAX_BACKUP_BYTES // 2**30)
        try:
            data = fh.read(MAX_BACKUP_BYTES + 1)
        except OSError as exc:
            raise Invalid("backup_unreadable", path=str(path),
                          detail=exc.strerror or str(exc)) from exc
    if len(data) > MAX_BACKUP_BYTES:
        raise Invalid("backup_too_big", maximum=MAX_BACKUP_BYTES // 2**30)
    return data


def _plain_bytes(path: Path, passphrase: str | None) -> tuple[bytes, bool, bool | None]:
    """(SQLite bytes, was it encrypted, did it match its checksum)."""
    blob = _read_file(path)
    if blob.startswith(MAGIC):
        return decrypt(blob, passphrase), True, None
    if blob.startswith(_SQLITE_HEADER):
        return blob, False, verify_checksum(path, blob)
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
    """(revision, organisation name, person count) of SQLite bytes that must be ours, with
    exactly the schema Regiestoel makes at their revision."""
    try:
        conn = _in_memory(data)
    except (sqlite3.Error, OverflowError, MemoryError) as exc:
        raise Invalid("backup_corrupt") from exc
    try:
        # Nothing in the copy runs: no trigger fires while it is only read.
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
        check_schema(conn, revision)
        org = conn.execute("SELECT name FROM organisation ORDER BY id LIMIT 1").fetchone()
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    except sqlite3.Error as exc:
        raise Invalid("backup_corrupt") from exc
    finally:
        conn.close()
    return revision, (str(org[0]) if org else None), int(people)


def _info(path: Path, data: bytes, encrypted: bool, checksum_ok: bool | None) -> BackupInfo:
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
        checksum_ok=checksum_ok,
    )


def read_verified(path: Path, passphrase: str | None = None) -> tuple[bytes, BackupInfo]:
    """The backup's SQLite bytes and what they hold, after every check of verify_backup."""
    path = Path(path)
    data, encrypted, checksum_ok = _plain_bytes(path, passphrase)
    return data, _info(path, data, encrypted, checksum_ok)


def verify_backup(path: Path, passphrase: str | None = None) -> BackupInfo:
    """Check a backup without changing anything: it decrypts, matches the checksum written
    when it was made, passes SQLite's integrity check, is a Regiestoel database whose schema
    is exactly what Regiestoel makes (an allow-list), not newer than this program's.

    Raises Invalid with ``backup_file_missing``, ``backup_unreadable``, ``backup_too_big``,
    ``backup_not_regiestoel``, ``backup_corrupt``, ``backup_checksum_mismatch``,
    ``backup_schema_not_ours``, ``backup_needs_passphrase``, ``backup_wrong_passphrase``
    or ``backup_too_new``.
    """
    return read_verified(path, passphrase)[1]


def list_backups(backup_dir: Path) -> list[tuple[Path, datetime]]:
    """Our backups in ``backup_dir``, newest first (without opening them)."""
    try:
        if not backup_dir.is_dir():
            return []
        found = [
            (p, t) for p in backup_dir.iterdir()
            if (t := parse_backup_name(p.name)) and p.is_file()
        ]
    except OSError:
        return []
    return sorted(found, key=lambda pt: (pt[1], pt[0].name), reverse=True)


def copy_with_checksum(source: Path, target: Path) -> Path:
    """A plain backup of ``source`` at ``target``, with its checksum beside it."""
    _online_copy(source, target)
    try:
        _write_checksum(target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target
