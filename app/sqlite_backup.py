"""Consistent copies of a live SQLite database through SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def part_files(target: Path) -> tuple[Path, ...]:
    """The temporary file a copy to ``target`` is written to, and SQLite's journals of it."""
    part = target.with_name(target.name + ".part")
    return (part, *(part.with_name(part.name + s) for s in ("-journal", "-wal", "-shm")))


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` page by page; safe while other connections write (WAL).

    The copy is written to ``target.part`` and renamed when complete; on failure the
    caller removes ``part_files(target)``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = part_files(target)[0]
    # as_uri() escapes characters such as "?" and "#" that a folder name may contain.
    src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        # A plain path (no URI) is taken literally by SQLite.
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            # A backup is one self-contained file: no -wal beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)
    return target
