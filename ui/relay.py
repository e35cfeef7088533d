"""Hands work from Python threads to the UI thread through a queue, not a signal per item.

PySide6 6.12.0's ``SignalInstance.emit()`` drops one reference to ``True`` on every call; a
streamed answer emits thousands of times and the interpreter would abort ("bool_dealloc").
So the AI engine's tokens and a model file's progress go through a queue, and the UI thread
is woken by a posted event (``postEvent`` does not have the bug) when the queue fills; a slow
timer drains it too while work runs, as a safety net.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

SAFETY_DRAIN_MS = 50
_WAKE = QEvent.Type(QEvent.registerEventType())


class Relay(QObject):
    """``post`` from any thread; the call happens on the UI thread, in order, at once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.SimpleQueue[tuple[Callable[..., Any], tuple[Any, ...]]] = (
            queue.SimpleQueue())
        self._running = 0
        self._woken = False
        self._timer = QTimer(self)
        self._timer.setInterval(SAFETY_DRAIN_MS)
        self._timer.timeout.connect(self.drain)

    def begin(self) -> None:
        """A job starts (call on the UI thread): drain until it has ended."""
        self._running += 1
        self._timer.start()

    def end(self) -> None:
        """A job has ended (post this last, from its thread)."""
        self._running = max(0, self._running - 1)
        if self._running == 0:
            self._timer.stop()

    def post(self, fn: Callable[..., Any], *args: Any) -> None:
        self._queue.put((fn, args))
        if not self._woken:  # one wake-up per batch: a fast stream coalesces
            self._woken = True
            QCoreApplication.postEvent(self, QEvent(_WAKE))

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt API
        if event.type() == _WAKE:
            self._woken = False  # before draining: a post during the drain wakes us again
            self.drain()
            return True
        return super().event(event)

    def drain(self) -> None:
        while True:
            try:
                fn, args = self._queue.get_nowait()
            except queue.Empty:
                return
            fn(*args)
