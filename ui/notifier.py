"""While Regiestoel runs: a desktop notification for each new due item of the person logged
in, asked on a timer on the database worker; shown by the tray, or in the window without one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from app.services import notifications
from app.services.due import DueItem
from ui.context import AppContext
from ui.widgets.due_card import describe, open_place
from ui.widgets.due_notice import DueNotice

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.tray import Tray

log = logging.getLogger(__name__)

PERIOD_MS = 60_000  # once a minute: "starts within the hour" arrives in time
NEXT_MS = 8_000  # a tray shows one message at a time: the next one after this


class Notifier(QObject):
    """Asks ``app.services.notifications`` what is new for the person logged in and shows it,
    one at a time. Nothing while locked (nobody logged in): what became due meanwhile is
    new after the next login. An item counts as shown (in the database, so a restart does
    not repeat it) only once it was put on screen."""

    def __init__(self, ctx: AppContext, navigate: Callable[[DueItem], None],
                 tray: Tray | None = None, notice: DueNotice | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.navigate = navigate
        self.tray = tray
        self.notice = notice
        self.queue: list[DueItem] = []
        self.current: DueItem | None = None
        self.person_id: int | None = None  # whose queue this is
        # Shown in this run, per person: on a read-only database nothing can be written,
        # and a poll already under way must not bring the same item again.
        self.seen: dict[int, set[tuple[str, int, object]]] = {}
        self._asking = False
        self.timer = QTimer(self)
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(self.poll)
        # A tray message is not waited on: the next one follows after a while.
        self.pace = QTimer(self)
        self.pace.setSingleShot(True)
        self.pace.setInterval(NEXT_MS)
        self.pace.timeout.connect(self._next)
        if notice is not None:
            notice.opened.connect(self._notice_opened)
            notice.dismissed.connect(self._notice_dismissed)

    def start(self) -> None:
        self.timer.start()
        self.poll()

    def stop(self) -> None:
        self.timer.stop()
        self.pace.stop()

    # --- asking --------------------------------------------------------------------------

    def poll(self) -> None:
        actor = self.ctx.session.actor
        if actor is None or actor.person_id is None:
            self.clear()
            return
        if self._asking:
            return  # the last question is still on the worker
        person_id = actor.person_id
        if person_id != self.person_id:
            self.clear()
            self.person_id = person_id
        self._asking = True
        db = self.ctx.db
        self.ctx.tasks.run(lambda: notifications.new_for(db, actor),
                           lambda items: self._arrived(person_id, items), self._failed)

    def _failed(self, exc: BaseException) -> None:
        # A server that is away for a moment: asked again at the next tick, never a box.
        self._asking = False
        log.warning("asking for notifications failed: %s", exc)

    def _arrived(self, person_id: int, items: list[DueItem]) -> None:
        self._asking = False
        if self.ctx.session.person_id != person_id:
            return  # locked, or someone else logged in, while the worker asked
        seen = self.seen.setdefault(person_id, set())
        waiting = {i.key for i in self.queue}
        if self.current is not None:
            waiting.add(self.current.key)
        self.queue += [i for i in items if i.key not in seen and i.key not in waiting]
        if self.current is None:
            self._next()

    # --- showing -------------------------------------------------------------------------

    def _next(self) -> None:
        self.current = None
        if self.ctx.session.person_id is None or self.ctx.session.person_id != self.person_id:
            self.clear()
            return
        if not self.queue:
            if self.notice is not None:
                self.notice.clear()
            return
        item = self.current = self.queue.pop(0)
        text = describe(item, self.ctx.language)
        if self.tray is not None:
            self.tray.show_message(text, lambda: self._open(item))
            self.pace.start()
        elif self.notice is not None:
            self.notice.say(item)
        self._shown(item)

    def _shown(self, item: DueItem) -> None:
        actor = self.ctx.session.actor
        if actor is None or actor.person_id is None:
            return
        self.seen.setdefault(actor.person_id, set()).add(item.key)
        if self.ctx.db.read_only:
            return  # remembered for this run only
        db = self.ctx.db
        self.ctx.tasks.run(lambda: notifications.mark_shown(db, actor, [item]), None,
                           lambda exc: log.warning("remembering a notification failed: %s",
                                                   exc))

    def _open(self, item: DueItem) -> None:
        if self.ctx.session.person_id == self.person_id and self.person_id is not None:
            self.navigate(item)

    def _notice_opened(self) -> None:
        item = self.current
        if item is not None:
            self._open(item)
        self._next()

    def _notice_dismissed(self) -> None:
        self._next()

    def clear(self) -> None:
        """Locked or logged out: nothing of the last person's stays on screen or waits;
        what was not shown yet is asked for again after the next login."""
        self.queue = []
        self.current = None
        self.person_id = None
        self.pace.stop()
        if self.notice is not None:
            self.notice.clear()
        if self.tray is not None:
            self.tray.forget_message()


def attach(ctx: AppContext, window: MainWindow, *, with_tray: bool | None = None
           ) -> Notifier:
    """Notifications for ``window``: through the tray where the desktop has one (which also
    offers to keep running there), else as a notice in the window's status bar."""
    from ui.tray import Tray, tray_available

    if with_tray is None:
        with_tray = tray_available()
    tray = Tray(window, ctx.local, window) if with_tray else None
    notice = None
    if tray is None:
        notice = DueNotice(lambda item: describe(item, ctx.language))
        window.statusBar().insertPermanentWidget(0, notice)

    def navigate(item: DueItem) -> None:
        if tray is not None:
            tray.open_window()
        open_place(window.go_to, item)

    notifier = Notifier(ctx, navigate, tray, notice, window)
    # The lock and a login both change the window's page: clear at once, ask at once.
    window.pages.currentChanged.connect(lambda _index: _page_changed(ctx, notifier))
    return notifier


def _page_changed(ctx: AppContext, notifier: Notifier) -> None:
    if ctx.session.actor is None:
        notifier.clear()
    else:
        notifier.poll()
