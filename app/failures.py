"""Expected failures from outside the program (disk, rights, files, database) as domain errors.

One place for both boundaries: the admin commands turn the result into one line on stderr
and an exit code, the GUI into one dialog. Anything not recognised here is unexpected and
goes to the crash handler as it is.
"""

from __future__ import annotations

import errno
import sqlite3

from models.errors import DomainError, Invalid, StorageError

# Exit codes of `regiestoel-admin`.
EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2

# Storage errors that mean "you asked for the wrong thing" rather than "a problem was found".
_USAGE_STORAGE_CODES = frozenset({"backup_use_pg_dump"})

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_NO_PERMISSION = {errno.EACCES, errno.EPERM}


def is_disk_full(exc: OSError) -> bool:
    return exc.errno in _DISK_FULL


def from_os_error(exc: OSError, path: object = None, *, otherwise: str = "file_unwritable"
                  ) -> DomainError:
    """The cause of a failed file operation, in words a person can act on; ``otherwise``
    is the code for a cause without words of its own (with ``path`` and ``detail``)."""
    where = str(path if path is not None else (exc.filename or ""))
    if is_disk_full(exc):
        return StorageError("disk_full")
    if exc.errno in _NO_PERMISSION:
        return StorageError("no_permission", path=where)
    if exc.errno == errno.EROFS:
        return StorageError("read_only_file_system", path=where)
    if exc.errno == errno.ENOENT:
        return Invalid("file_missing", path=where)
    if exc.errno in (errno.EISDIR, errno.ENOTDIR):
        return Invalid("not_a_file", path=where)
    return StorageError(otherwise, path=where, detail=exc.strerror or str(exc))


def as_domain_error(exc: BaseException) -> DomainError | None:
    """``exc`` as an expected problem, or None when it is a bug (for the crash handler)."""
    if isinstance(exc, DomainError):
        return exc
    if isinstance(exc, OSError):
        return from_os_error(exc)
    if isinstance(exc, OverflowError):
        # A number beyond what the database stores (an ID of 30 digits, say).
        return Invalid("number_too_large")
    from sqlalchemy.exc import DatabaseError

    from app.db import known_storage_error

    if isinstance(exc, sqlite3.DatabaseError | DatabaseError):
        return known_storage_error(exc)
    return None


def exit_code(error: DomainError) -> int:
    """1 when a problem was found (a damaged file, a full disk, a server that refused); 2 for
    bad usage or bad input."""
    if isinstance(error, StorageError) and error.code not in _USAGE_STORAGE_CODES:
        return EXIT_PROBLEM
    return EXIT_USAGE
