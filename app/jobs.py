"""Long jobs (backup, restore, import, export, move): progress reported, cancelling where safe."""

from __future__ import annotations

import threading
from collections.abc import Callable

# What a job reports: a step code (the UI words it), and how far it is (done of total; a
# total of 0 means "no measure": the UI shows a busy bar).
Report = Callable[[str, int, int], None]


class Cancelled(Exception):
    """The person cancelled the job before it changed anything."""


class Progress:
    """Handed to a long job. ``step`` reports and is where a cancel takes effect, until the
    job passes its point of no return (after which it finishes whatever is asked)."""

    def __init__(self, report: Report | None = None,
                 cancel: threading.Event | None = None) -> None:
        self._report = report
        self.cancel = cancel or threading.Event()
        self._committed = False

    def step(self, what: str, done: int = 0, total: int = 0) -> None:
        if self.cancel.is_set() and not self._committed:
            raise Cancelled(what)
        if self._report is not None:
            self._report(what, done, total)

    def point_of_no_return(self, what: str) -> None:
        """From here the job finishes: stopping halfway would be worse than finishing."""
        self.step(what)
        self._committed = True

    @property
    def cancellable(self) -> bool:
        return not self._committed


def progress_of(progress: Progress | None) -> Progress:
    return progress if progress is not None else Progress()
