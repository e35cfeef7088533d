"""A restore killed with SIGKILL at one fixed point, for the restore-safety test.

Run as ``python -m tests.app.restore_killer DATA_DIR BACKUP POINT``: it restores BACKUP over
the database in DATA_DIR and kills itself (SIGKILL: no clean-up runs) at POINT, one of
``KILL_POINTS``.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

# Each point is in one phase of a restore (see app/restore.py), in the order they run.
KILL_POINTS = (
    "verified",  # the backup was read and checked; nothing written yet
    "copy-written",  # the prepared copy's bytes are on disk, not yet migrated
    "migrating",  # in the middle of migrating the prepared copy (its -wal exists)
    "prepared",  # the prepared copy is complete
    "current-folded",  # the current database's WAL was folded into it
    "current-saved",  # the before-restore backup exists
    "marker-written",  # past the point of no return
    "sidecars-removed",  # the current database's journal files are gone, not yet renamed
    "renamed",  # the restored file is in place, not yet in the audit log
)


def _die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def _after(module: Any, name: str, when: str, point: str) -> None:
    """Kill right after ``module.name`` returns, when ``point`` is ``when``."""
    original = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        if point == when:
            _die()
        return result

    setattr(module, name, wrapper)


def main() -> None:
    data_dir, backup, point = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    assert point in KILL_POINTS, point
    from app import restore, schema
    from app.jobs import Progress
    from app.paths import resolve_location

    def report(step: str, _done: int, _total: int) -> None:
        if (point, step) in {("verified", "restore_preparing"),
                             ("prepared", "restore_saving_current")}:
            _die()

    if point == "copy-written":
        from app import db

        real_database = db.Database

        def database(url: str, **kwargs: Any) -> Any:
            if ".restore-" in url:
                _die()  # the copy is written and about to be migrated
            return real_database(url, **kwargs)

        db.Database = database  # type: ignore[assignment,misc]
    if point == "migrating":
        original_upgrade = schema.upgrade_on

        def upgrade(connection: Any) -> None:
            connection.exec_driver_sql("CREATE TABLE half_way (x INTEGER)")
            _die()
            original_upgrade(connection)

        schema.upgrade_on = upgrade  # type: ignore[assignment]
    _after(restore, "_fold_wal_into", "current-folded", point)
    _after(restore, "_save_current", "current-saved", point)
    _after(restore, "_write_marker", "marker-written", point)
    if point == "sidecars-removed":
        real_replace = os.replace

        def replace(src: Any, dst: Any) -> None:
            if Path(dst).name == "regiestoel.sqlite3":
                _die()
            real_replace(src, dst)

        restore.os.replace = replace  # type: ignore[attr-defined]
    if point == "renamed":
        def record(*_args: Any, **_kwargs: Any) -> None:
            _die()

        restore._record_restore = record  # type: ignore[assignment]
    restore.restore_backup(resolve_location(data_dir), backup, progress=Progress(report))
    print("finished without being killed")


if __name__ == "__main__":
    main()
