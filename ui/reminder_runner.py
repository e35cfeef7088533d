"""While Regiestoel runs: e-mail the reminders that are due and keep the calendar file of
the person logged in up to date, every few minutes, off the UI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app import messages
from models.errors import DomainError

if TYPE_CHECKING:
    from ui.context import AppContext

log = logging.getLogger(__name__)

PERIOD_MS = 5 * 60 * 1000  # every five minutes: "within the hour" stays within the hour


class ReminderRunner(QObject):
    """One round at a time in its own thread; ``finished`` reports the problems as
    ``[code, sentence]`` pairs in the interface's language, never raising into the UI."""

    finished = Signal(list)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.problems: list[str] = []
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.timer = QTimer(self)
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(self.run_now)
        self.finished.connect(self._remember)

    def start(self) -> None:
        self.timer.start()
        self.run_now()

    def stop(self, wait_seconds: float = 5.0) -> None:
        self.timer.stop()
        self._stop.set()
        if self._thread is not None:
            self._thread.join(wait_seconds)

    def run_now(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return  # the previous round is still sending
        work = self._round()
        self._thread = threading.Thread(target=work, name="reminders", daemon=True)
        self._thread.start()

    def _round(self) -> Callable[[], None]:
        """What one round does, with what it needs read on the UI thread first."""
        from app import calendar_feed, reminders

        db = self.ctx.db
        actor = self.ctx.session.actor
        language = self.ctx.language
        folder = ""
        if actor is not None and actor.person_id is not None:
            folder = self.ctx.local.calendar_folders.get(str(actor.person_id), "")

        def work() -> None:
            problems: list[list[str]] = []
            if not db.read_only:
                try:
                    codes = reminders.send_due(db, stop=self._stop.is_set).problems
                    # "No server set" is the normal state of an organisation without e-mail.
                    problems += [[c, messages.text(c, language)] for c in codes
                                 if c != "smtp_not_set"]
                except DomainError as exc:
                    problems.append([exc.code, messages.describe(exc, language)])
                except Exception:  # a bug must not stop the program; it is in the log
                    log.exception("sending reminders failed")
            if folder and actor is not None:
                try:
                    calendar_feed.write_feed(db, actor, Path(folder), language)
                except DomainError as exc:
                    problems.append([exc.code, messages.describe(exc, language)])
            self.finished.emit(problems)

        return work

    def _remember(self, problems: list[list[str]]) -> None:
        self.problems = [code for code, _text in problems]
        for code, _text in problems:
            log.warning("reminders: %s", code)
