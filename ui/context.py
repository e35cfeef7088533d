"""What every screen is given through its constructor: database, workers, bus, session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from app import messages
from app.access import Actor, Operation, may
from app.changes import Area, Changes
from app.db import Database
from app.failures import as_domain_error
from app.paths import Location
from app.settings import LocalSettings
from models.errors import Conflict, DomainError
from ui.i18n import Languages
from ui.tasks import Tasks

if TYPE_CHECKING:
    from app.personal_copy.opening import OpenCopy


class Bus(QObject):
    """Broadcasts what changed, so each view refreshes what it shows."""

    changed = Signal(object)  # Changes
    # A short confirmation for the status bar ("Settings saved."), said where people look.
    notice = Signal(str)
    # Ctrl+L in a dialog: the main window locks, as Ctrl+L there does.
    lock_requested = Signal()
    # On a personal copy: its server came within reach, or went out of it.
    connection = Signal()


@dataclass
class Session:
    actor: Actor | None = None

    @property
    def person_id(self) -> int | None:
        return self.actor.person_id if self.actor else None

    def may(self, operation: Operation) -> bool:
        return self.actor is not None and may(self.actor, operation)

    def require_actor(self) -> Actor:
        if self.actor is None:
            raise RuntimeError("nobody is logged in")
        return self.actor


@dataclass
class AppContext:
    db: Database
    location: Location
    tasks: Tasks
    bus: Bus
    languages: Languages
    local: LocalSettings
    session: Session = field(default_factory=Session)
    # The AI coach (ui.coach.Coach): made on first use, so its model loads only when asked.
    coach: Any = None
    # The person's personal copy when this laptop works on one (``db`` is then its
    # Database); None on the organisation's database.
    copy: OpenCopy | None = None
    # On a copy: whether its server answered at the last look (the sync runner keeps it);
    # services that pass through to the server work only then.
    server_online: bool = False

    @property
    def on_copy(self) -> bool:
        return self.copy is not None

    def set_server_online(self, online: bool) -> None:
        """The copy's server is (no longer) in reach: screens that depend on it redraw."""
        if online != self.server_online:
            self.server_online = online
            self.bus.connection.emit()

    @property
    def language(self) -> str:
        return self.languages.current

    @property
    def actor(self) -> Actor:
        return self.session.require_actor()

    def describe(self, error: DomainError) -> str:
        return messages.describe(error, self.language)

    def show_error(self, parent: QWidget | None, error: BaseException) -> None:
        """The GUI's one boundary: an expected problem (a domain error, a full disk, no
        permission, a damaged database, a server that refused) gets one plain sentence in
        the person's language; anything else goes to the crash handler."""
        expected = as_domain_error(error)
        if expected is not None:
            QMessageBox.warning(parent, "Regiestoel", self.describe(expected))
            return
        raise error

    def call(
        self,
        parent: QWidget | None,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[DomainError], None] | None = None,
    ) -> None:
        """Run a service call in the background; known errors go to ``on_error`` or a box.

        A result that arrives after ``parent`` was closed (the screen locked, say) is dropped.
        """

        def alive() -> bool:
            return parent is None or isValid(parent)

        def done(result: Any) -> None:
            if on_done is not None and alive():
                on_done(result)

        def failed(exc: BaseException) -> None:
            if not alive():
                return
            expected = as_domain_error(exc)
            if on_error is not None and expected is not None:
                on_error(expected)
            else:
                self.show_error(parent, exc)

        self.tasks.run(fn, done, failed)

    def change(
        self,
        parent: QWidget | None,
        fn: Callable[[], Changes],
        on_done: Callable[[Changes], None] | None = None,
        on_error: Callable[[DomainError], None] | None = None,
    ) -> None:
        """Like ``call`` for a mutating service: the returned Changes are broadcast.

        When someone else saved the same record first (on a shared server, say), the
        person is told so and every screen reloads, so they see that other change."""

        def done(changes: Changes) -> None:
            if on_done is not None:
                on_done(changes)
            self.bus.changed.emit(changes)

        def failed(error: DomainError) -> None:
            if on_error is not None:
                on_error(error)
            else:
                self.show_error(parent, error)
            if isinstance(error, Conflict) and error.code == "edited_elsewhere":
                self.bus.changed.emit(Changes(frozenset(Area)))

        self.call(parent, fn, done, failed)
