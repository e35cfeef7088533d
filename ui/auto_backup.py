"""Automatic backups while the program runs: after start-up, every few hours, and at quit."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.backup import make_backup, rotate
from app.jobs import Cancelled, Progress
from app.paths import Location
from models.errors import DomainError
from ui.tasks import Tasks

if TYPE_CHECKING:
    from ui.context import AppContext

log = logging.getLogger(__name__)

PERIOD_MS = 4 * 60 * 60 * 1000  # every four hours


class AutoBackup(QObject):
    """Backups of the SQLite database, made off the UI thread, then rotated."""

    def __init__(self, location: Location, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.tasks = tasks
        self.last_error: str = ""
        self.timer = QTimer(self)
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(lambda: self.in_background("periodic"))

    @property
    def enabled(self) -> bool:
        # On a database server the backups are the server's (pg_dump): nothing to do here.
        file = self.location.database_file
        return self.location.is_sqlite_file and file is not None and file.exists()

    def _make(self, reason: str, progress: Progress | None = None) -> None:
        if not self.enabled:
            return
        try:
            make_backup(self.location, reason=reason, progress=progress)
            rotate(self.location.backup_dir, datetime.now(UTC))
            self.last_error = ""
        except Cancelled:
            log.info("the %s backup was skipped by the person", reason)
        except (DomainError, OSError) as exc:
            # A failed automatic backup must never stop the work; it is logged and shown.
            self.last_error = str(exc)
            log.warning("automatic %s backup failed: %s", reason, exc)

    def start(self) -> None:
        """The start-up backup runs in the background once the first window is shown."""
        self.in_background("startup")
        self.timer.start()

    def in_background(self, reason: str) -> None:
        self.tasks.run(lambda: self._make(reason))

    def at_quit(self, ctx: AppContext | None = None) -> None:
        """The backup at quit, off the UI thread: a small window says what happens, and
        Cancel skips it (the other backups are still there)."""
        self.timer.stop()
        if not self.enabled:
            return
        if ctx is None:
            self.tasks.run(lambda: self._make("quit"))
            self.tasks.wait()
            return
        from ui.long_job import JobDialog, run_job, wait_for

        dialog: JobDialog = run_job(
            ctx, None, QCoreApplication.translate("AutoBackup", "Closing Regiestoel"),
            lambda progress: self._make("quit", progress), lambda _r: None)
        dialog.step.setText(QCoreApplication.translate(
            "AutoBackup", "Making a backup before Regiestoel closes…"))
        wait_for(dialog)
