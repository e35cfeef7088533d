"""A long job (backup, restore, import, export, move) off the UI thread, with progress and
Cancel.

The job runs on the database worker (``ui.tasks``), so it never races other database work;
its progress reaches the UI thread through a ``Relay``. Cancel asks the job to stop at its
next step; a job past its point of no return finishes, and the button says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.jobs import Cancelled, Progress
from ui.context import AppContext
from ui.relay import Relay


class JobDialog(QDialog):
    """Shows what a running job does; ``cancelled`` once the person stopped it in time."""

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 cancellable: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self.progress = Progress(self._report_from_job)
        self.relay = Relay(self)
        self.cancelled = False
        self.ended = False
        layout = QVBoxLayout(self)
        self.step = QLabel()
        self.step.setWordWrap(True)
        layout.addWidget(self.step)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the job says how far it is
        self.bar.setAccessibleName(title)
        layout.addWidget(self.bar)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setEnabled(cancellable)
        self.buttons.rejected.connect(self.cancel)
        layout.addWidget(self.buttons)
        self.step.setText(self.tr("Starting…"))

    # Called on the job's thread.
    def _report_from_job(self, step: str, done: int, total: int) -> None:
        self.relay.post(self._show, step, done, total, self.progress.cancellable)

    def _show(self, step: str, done: int, total: int, cancellable: bool) -> None:
        if not isValid(self):
            return
        self.step.setText(self.step_text(step))
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        else:
            self.bar.setRange(0, 0)
        if not cancellable:
            self.cancel_button.setEnabled(False)
            self.cancel_button.setToolTip(self.tr("This step cannot be stopped halfway; it "
                                                  "finishes in a moment."))

    def cancel(self) -> None:
        if self.ended or not self.cancel_button.isEnabled():
            return
        self.progress.cancel.set()
        self.cancel_button.setEnabled(False)
        self.step.setText(self.tr("Stopping…"))

    def reject(self) -> None:  # Esc and the window's close button: the same as Cancel
        self.cancel()

    def finish(self) -> None:
        self.ended = True
        self.relay.drain()
        self.accept()

    def step_text(self, step: str) -> str:
        return {
            "backup_copying": self.tr("Copying the database…"),
            "backup_checksum": self.tr("Writing the checksum…"),
            "backup_encrypting": self.tr("Encrypting the backup…"),
            "backup_writing": self.tr("Writing the backup…"),
            "restore_verifying": self.tr("Checking the backup…"),
            "restore_preparing": self.tr("Preparing the restored data…"),
            "restore_saving_current": self.tr("Backing up the current data…"),
            "restore_replacing": self.tr("Replacing the data…"),
            "import_reading": self.tr("Reading the file…"),
            "import_checking": self.tr("Checking the rows…"),
            "import_writing": self.tr("Saving the people…"),
            "move_copying": self.tr("Copying the tables…"),
            "move_indexing": self.tr("Building the search index…"),
            "move_committing": self.tr("Saving on the server…"),
            "move_verifying": self.tr("Comparing every row…"),
            "export_reading": self.tr("Collecting the data…"),
            "export_records": self.tr("Adding the signed conversation records…"),
            "export_sealing": self.tr("Sealing the file…"),
            "export_writing": self.tr("Writing the file…"),
            "report_reading": self.tr("Counting the year's figures…"),
            "report_writing": self.tr("Writing the report…"),
            "copy_making": self.tr("Choosing what you may read and encrypting it…"),
        }.get(step, step)


def run_job(
    ctx: AppContext,
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Any], None] | None = None,
    *,
    cancellable: bool = True,
    on_cancelled: Callable[[], None] | None = None,
    show_after_ms: int = 0,
) -> JobDialog:
    """Run ``work(progress)`` on the database worker with a progress dialog; the UI stays
    responsive. Expected problems go to ``on_error`` (or a message box). With
    ``show_after_ms`` the dialog appears only when the job takes that long: a quick export
    does not flash a window."""
    dialog = JobDialog(title, parent, cancellable=cancellable)

    def done(result: Any) -> None:
        dialog.finish()
        on_done(result)

    def failed(error: Any) -> None:
        dialog.finish()
        if on_error is not None:
            on_error(error)
        else:
            ctx.show_error(parent, error)

    def run() -> Any:
        try:
            return work(dialog.progress)
        except Cancelled:
            return _CANCELLED
        except BaseException:
            # Whatever happens, the dialog does not stay open on a job that ended.
            dialog.relay.post(dialog.finish)
            raise

    def arrived(result: Any) -> None:
        if result is _CANCELLED:
            dialog.cancelled = True
            dialog.finish()
            if on_cancelled is not None:
                on_cancelled()
            return
        done(result)

    ctx.call(parent, run, arrived, failed)
    if show_after_ms > 0:
        QTimer.singleShot(show_after_ms, dialog, lambda: None if dialog.ended else dialog.open())
    else:
        dialog.open()
    return dialog


def write_file_job(
    ctx: AppContext,
    parent: QWidget | None,
    title: str,
    write: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Any], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> JobDialog:
    """An export that writes its file in one go (a CSV): Cancel counts while it waits its
    turn on the worker; once it writes, it finishes (the file appears whole, or not)."""

    def work(progress: Progress) -> Any:
        progress.point_of_no_return("export_writing")
        return write()

    return run_job(ctx, parent, title, work, on_done, on_error, on_cancelled=on_cancelled,
                   show_after_ms=QUICK_MS)


# A job that ends sooner than this shows no window at all.
QUICK_MS = 400


def wait_for(dialog: JobDialog) -> None:
    """Keep the UI responsive until the job ends (for the quit backup, after the main loop)."""
    loop = QEventLoop()
    dialog.finished.connect(loop.quit)
    if not dialog.ended:
        loop.exec()


class _Cancelled:
    pass


_CANCELLED = _Cancelled()
