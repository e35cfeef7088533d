"""What a person was typing when the laptop locked: kept out of sight until they log in again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog, QWidget

from app.changes import Area, Changes
from ui.context import Bus
from ui.dialogs.form import GuardedDialog


def unsaved_dialogs(window: QWidget) -> list[GuardedDialog]:
    """The open dialogs of ``window`` that hold something the person typed or chose."""
    return [d for d in window.findChildren(GuardedDialog)
            if d.isVisible() and d.has_unsaved()]


class ParkedWork(QObject):
    """One person's workspace and unsaved dialogs, hidden while the laptop is locked.

    Nothing of it is on the screen; the same person gets it back as they left it. While
    parked it hears nothing: the bus is held (so no screen reloads for nobody logged in) and
    language changes for the login screen do not reach it (the person's own language comes
    back with them). ``state`` is what the main window needs to put its workspace back."""

    def __init__(self, person_id: int, workspace: QWidget, dialogs: list[GuardedDialog],
                 bus: Bus, state: dict[str, object]) -> None:
        super().__init__(workspace)
        self.person_id = person_id
        self.workspace = workspace
        self.dialogs = dialogs
        self.bus = bus
        self.state = state
        self.titles = [d.windowTitle() for d in dialogs]
        for widget in (workspace, *dialogs):
            widget.installEventFilter(self)
        for dialog in dialogs:
            if dialog.discard_question is not None:
                dialog.discard_question.done(QDialog.DialogCode.Rejected)
            dialog.hide()
        workspace.hide()
        bus.blockSignals(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        return event.type() == QEvent.Type.LanguageChange

    def _release(self) -> None:
        for widget in (self.workspace, *self.dialogs):
            widget.removeEventFilter(self)
        self.bus.blockSignals(False)

    def restore(self) -> None:
        """Back on the screen, as it was; every screen reloads what may have changed."""
        self._release()
        for dialog in self.dialogs:
            dialog.show()  # with the modality it was opened with
            dialog.raise_()
            dialog.activateWindow()
        self.bus.changed.emit(Changes(frozenset(Area)))

    def drop(self) -> None:
        """Someone else logged in: the last person's work goes (they are told next time)."""
        self._release()
        for dialog in self.dialogs:
            dialog.done(QDialog.DialogCode.Rejected)
        self.workspace.deleteLater()
