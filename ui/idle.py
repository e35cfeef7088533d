"""Auto-lock of a shared laptop: any key or mouse activity restarts the idle countdown, and
Ctrl+L locks from whatever window has the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    """Emits ``timed_out`` after ``minutes`` without input, unless paused (a running session)."""

    timed_out = Signal()
    # Ctrl+L where no window's own shortcut took it: a message box, a file dialog.
    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)
        self._pauses = 0
        self._armed = False

    def start(self, minutes: int) -> None:
        self._timer.setInterval(max(1, minutes) * 60_000)
        self._armed = True
        self._timer.start()

    def set_interval_ms(self, msecs: int) -> None:
        self._timer.setInterval(msecs)
        if self._armed:
            self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def pause(self) -> None:
        """While paused (for instance during a session in the meeting room), never lock."""
        self._pauses += 1
        self._timer.stop()

    def resume(self) -> None:
        self._pauses = max(0, self._pauses - 1)
        if self._pauses == 0 and self._armed:
            self._timer.start()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY and self._armed and self._pauses == 0:
            self._timer.start()
        if self._armed and event.type() == QEvent.Type.KeyPress and _is_lock_key(event):
            # Taken here, so it is not handled again as it travels up to the parents.
            self.lock_requested.emit()
            return True
        return False

    def _expire(self) -> None:
        if self._armed and self._pauses == 0:
            self.timed_out.emit()


def _is_lock_key(event: QEvent) -> bool:
    """Ctrl+L (Cmd+L on a Mac), the key the main window's Lock has."""
    if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_L:
        return False
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return modifiers == Qt.KeyboardModifier.ControlModifier
