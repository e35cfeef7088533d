"""Syncing the personal copy from the GUI: at login, every few minutes, and on demand.

Whether the server can be reached is asked on a thread of its own (a laptop without network
waits seconds for that answer, and the screens must not); the sync itself runs on the
database worker like every other change to the copy, its progress relayed to the bar.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from app.changes import Area, Changes
from app.failures import as_domain_error
from app.personal_copy import unlock
from app.personal_copy.opening import OpenCopy
from app.personal_copy.sync import SyncReport
from models.errors import StorageError
from ui.context import AppContext
from ui.relay import Relay
from ui.tasks import Tasks

log = logging.getLogger(__name__)

# How often a running program looks for the server and syncs when it is there.
INTERVAL_MS = 5 * 60_000
# How long the reachability probe waits for an answer.
PROBE_TIMEOUT_S = 3.0


class SyncRunner(QObject):
    """The copy's connection state for the offline bar; ``changed`` whenever it moves."""

    changed = Signal()
    # After a sync the person asked for (their login, Sync now) left conflicts to decide.
    conflicts_waiting = Signal(int)
    # The owner revoked this laptop's copy: sync has removed it.
    revoked = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        assert ctx.copy is not None
        self.ctx = ctx
        self.copy: OpenCopy = ctx.copy
        # None until the first probe has answered: shown as offline (not connected yet).
        self.online: bool | None = None
        self.syncing = False
        self.step = ""
        self.problem = ""
        self.conflicts = 0
        # Changes the server did not take over (with why), until the person has read them.
        self.refused = 0
        self.report: SyncReport | None = None
        self.last_synced: datetime = self.copy.identity.last_synced_at
        self.probe = Tasks(self)  # its own thread: a probe never holds up the screens
        self.relay = Relay(self)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.check(attended=False))
        self._stopped = False

    # --- when --------------------------------------------------------------------------

    def at_login(self) -> None:
        """A login on the copy: sync now when the server is there, then every few minutes."""
        self._stopped = False
        self.check(attended=True)
        self.timer.start()
        self._count_conflicts()

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
        self.probe.wait(int(PROBE_TIMEOUT_S * 1000) + 2000)

    def sync_now(self) -> None:
        self.sync(attended=True)

    # --- how ---------------------------------------------------------------------------

    def check(self, *, attended: bool) -> None:
        if self.syncing or self._stopped:
            return
        from app.personal_copy.sync import server_reachable

        copy = self.copy
        self.probe.run(lambda: server_reachable(copy, timeout_s=PROBE_TIMEOUT_S),
                       lambda reachable: self._probed(bool(reachable), attended),
                       self._probe_failed)

    def _probed(self, reachable: bool, attended: bool) -> None:
        if self._stopped:
            return
        if reachable:
            self.sync(attended=attended)
            return
        self._set_online(False)
        self.changed.emit()

    def _probe_failed(self, exc: BaseException) -> None:
        log.warning("could not tell whether the server is reachable: %s", exc)
        self._set_online(False)
        self.changed.emit()

    def sync(self, *, attended: bool) -> None:
        if self.syncing:
            return
        from app.personal_copy.sync import sync

        self.syncing = True
        self.problem = ""
        self.step = ""
        self.changed.emit()
        copy, relay, language = self.copy, self.relay, self.ctx.language
        relay.begin()

        def work() -> tuple[SyncReport, datetime, tuple[int, int]]:
            try:
                # The steps come in the person's words: the bar shows them as they are.
                report = sync(copy, progress=lambda step: relay.post(self._progress, step),
                              language=language)
                if report.revoked:
                    return report, self.last_synced, (0, 0)
                return report, unlock.last_synced(copy), _waiting(copy)
            finally:
                relay.post(relay.end)

        self.ctx.tasks.run(work, lambda done: self._synced(done[0], done[1], done[2], attended),
                           lambda exc: self._failed(exc, attended))

    def _progress(self, step: str) -> None:
        self.step = step
        self.changed.emit()

    def _synced(self, report: SyncReport, last: datetime, counts: tuple[int, int],
                attended: bool) -> None:
        waiting, self.refused = counts
        self.syncing = False
        self.step = ""
        self.report = report
        if report.revoked:
            self.online = True
            self.ctx.set_server_online(False)  # the copy is gone: nothing passes through
            self.changed.emit()
            self.timer.stop()
            self.revoked.emit()
            return
        self._set_online(True)
        self.last_synced = last
        self.conflicts = waiting
        self.changed.emit()
        if report.received or report.sent:
            # The server's changes are in the copy now: every screen shows them.
            self.ctx.bus.changed.emit(Changes(frozenset(Area)))
        if attended and waiting:
            self.conflicts_waiting.emit(waiting)

    def _failed(self, exc: BaseException, attended: bool) -> None:
        self.syncing = False
        self.step = ""
        expected = as_domain_error(exc)
        if expected is None:
            self.changed.emit()
            raise exc
        unreachable = isinstance(expected, StorageError) and expected.code == "server_unreachable"
        if unreachable:
            self._set_online(False)
        # Away from the network is no news in the background; asked for, it is the answer.
        if attended or not unreachable:
            self.problem = self.ctx.describe(expected)
        self.changed.emit()

    def _set_online(self, online: bool) -> None:
        self.online = online
        self.ctx.set_server_online(online)

    def recount(self) -> None:
        """Clashes and refusals again, after the person dealt with some."""
        self._count_conflicts()

    def _count_conflicts(self) -> None:
        copy = self.copy
        self.ctx.call(None, lambda: _waiting(copy), self._counted)

    def _counted(self, counts: tuple[int, int]) -> None:
        self.conflicts, self.refused = counts
        self.changed.emit()

    def days_without_sync(self) -> int:
        return max(0, (datetime.now(UTC) - self.last_synced).days)

    def is_stale(self) -> bool:
        return self.days_without_sync() >= unlock.STALE_DAYS


def _waiting(copy: OpenCopy) -> tuple[int, int]:
    """Clashes to decide, and refusals to read."""
    from app.personal_copy import conflicts

    return len(conflicts.pending(copy)), len(conflicts.refused(copy))
