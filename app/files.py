"""Writing files safely: a temporary name in the target folder, renamed into place when complete."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from app.failures import from_os_error
from models.errors import Invalid


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network, FAT on a stick) refuse: the data is synced anyway
    finally:
        os.close(fd)


@contextmanager
def replacing(path: Path) -> Iterator[BinaryIO]:
    """A file to write ``path``'s new content into. It appears under ``path`` only when the
    block ends without an error; until then, and after a failure, ``path`` is as it was and
    no partial file is left. OS errors become the user's words (disk full, no permission)."""
    path = Path(path)
    folder = path.parent
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):  # a folder that is not there: a typo
            raise Invalid("file_unwritable", path=str(path),
                          detail=exc.strerror or str(exc)) from exc
        raise from_os_error(exc, folder) from exc
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _keep_mode(path, tmp)
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise from_os_error(exc, path) from exc
        raise
    fsync_dir(folder)


def write_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` as one step: all of it or, after a failure, nothing."""
    with replacing(path) as fh:
        fh.write(data)
    return path


def write_with(path: Path, write: Callable[[BinaryIO], None]) -> Path:
    with replacing(path) as fh:
        write(fh)
    return path


def _keep_mode(path: Path, tmp: Path) -> None:
    """A replaced file keeps its mode; a new one stays private to its owner (0600, as
    mkstemp makes it): what Regiestoel writes out is mostly about people."""
    with suppress(OSError):
        os.chmod(tmp, path.stat().st_mode & 0o777)
