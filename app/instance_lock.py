"""One writer per data folder: an OS-level lock on `regiestoel.lock`, with who holds it."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.paths import Location

LOCK_FILE = "regiestoel.lock"

# On Windows a locked byte range cannot be read by others, so the lock sits on one byte far
# beyond the JSON: the holder's details stay readable while the lock is held.
_WINDOWS_LOCK_OFFSET = 1 << 20

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.lseek(fd, 0, os.SEEK_SET)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock belongs to the open file description: the kernel drops it when the holder
        # dies, however it dies, so a lock file left behind by a crash is simply free.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


@dataclass(frozen=True)
class Held:
    """Another live Regiestoel writes to this folder; these are its own words about itself."""

    host: str
    user: str
    who: str
    since: datetime | None
    pid: int | None = None


@dataclass
class Lock:
    """This process is the one writer of the folder until ``release``.

    ``path`` is None for a database server (it handles concurrency itself);
    ``took_over`` says a crashed Regiestoel had left its lock file behind.
    """

    path: Path | None
    took_over: bool = False
    _fd: int | None = None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        # The file stays: unlinking it would let a waiting opener lock a file nobody sees.
        # Empty means "nobody", so the next one does not report a takeover.
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        _unlock(fd)
        os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


def os_user() -> str:
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        return "?"


def lock_path(location: Location) -> Path:
    return location.data_dir / LOCK_FILE


def acquire(location: Location, who: str) -> Lock | Held:
    """Become the one writer of ``location``'s data folder, or learn who already is."""
    if not location.is_sqlite_file:
        return Lock(path=None)
    path = lock_path(location)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = _open(path)
    try:
        if not _try_lock(fd):
            held = _held(_read(fd))
            os.close(fd)
            return held
        previous = _read(fd)
        record = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": os_user(),
            "who": who,
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        data = json.dumps(record, ensure_ascii=False).encode("utf-8")
        with contextlib.suppress(OSError):  # a file we may only read (see _open)
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, data)
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        raise
    return Lock(path=path, took_over=previous is not None, _fd=fd)


def _open(path: Path) -> int:
    binary = getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | binary, 0o644)
    except PermissionError:
        # Made by another account of this computer: the OS lock still works on a file we
        # may only read, we just cannot leave our name in it.
        return os.open(path, os.O_RDONLY | binary)
    fchmod = getattr(os, "fchmod", None)  # POSIX only
    if fchmod is not None:
        # Nobody else may write the holder's name into it (a world-writable file could be
        # filled with a false one); another account still takes the lock on a file it may
        # only read (see above). Only the file's owner may change the mode, so try.
        with contextlib.suppress(OSError):
            fchmod(fd, 0o644)
    return fd


def _read(fd: int) -> dict[str, Any] | None:
    """The record in the file, or None when it is empty; unreadable counts as a record."""
    os.lseek(fd, 0, os.SEEK_SET)
    raw = b""
    while chunk := os.read(fd, 65536):
        raw += chunk
        if len(raw) > _WINDOWS_LOCK_OFFSET:
            break
    os.lseek(fd, 0, os.SEEK_SET)
    raw = raw.rstrip(b"\x00 \r\n\t")
    if not raw:
        return None
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _held(record: dict[str, Any] | None) -> Held:
    # The holder may not have written its details yet (a start-up at the same instant).
    record = record or {}
    since: datetime | None = None
    raw_since = record.get("since")
    if isinstance(raw_since, str):
        with contextlib.suppress(ValueError):
            since = datetime.fromisoformat(raw_since)
    pid = record.get("pid")
    return Held(
        host=str(record.get("host") or "?"),
        user=str(record.get("user") or "?"),
        who=str(record.get("who") or record.get("user") or "?"),
        since=since,
        pid=pid if isinstance(pid, int) else None,
    )
