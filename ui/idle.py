"""Auto-lock of a shared laptop: any key or mouse activity restarts the idle countdown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

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
        return False

    def _expire(self) -> None:
        if self._armed and self._pauses == 0:
            self.timed_out.emit()
