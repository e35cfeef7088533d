"""Restore a backup: verify it first, show what it holds, then replace the current data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.backup import MAGIC, BackupInfo, SchemaAge, verify_backup
from app.changes import Area, Changes
from app.jobs import Progress
from app.secrets import SecretStore, recalled_passphrase
from models.errors import DomainError
from ui.context import AppContext
from ui.dialogs.backup_to_folder import password_field
from ui.dialogs.form import GuardedDialog
from ui.i18n import format_date, format_number
from ui.screen import fitting
from ui.widgets.common import FieldError, hint_label, role_label, with_notes


def is_encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False  # verify_backup explains what is wrong with the file


class RestoreBackupDialog(GuardedDialog):
    """Check the chosen file (``info`` once it passed), then restore it on the owner's word.

    The restore runs off the UI thread with its progress shown; afterwards ``reopen`` runs
    (Regiestoel opens the restored data at its login screen), when the owner has read that
    it is done."""

    def __init__(self, ctx: AppContext, path: Path, store: SecretStore,
                 reopen: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ctx)
        self.ctx = ctx
        self.path = Path(path)
        self.reopen = reopen
        self.job: QDialog | None = None
        self.info: BackupInfo | None = None
        self.restored = False
        self.message: QMessageBox | None = None
        self.encrypted = is_encrypted(self.path)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        file_label = role_label(str(self.path), wrap=True)
        form.addRow(self.tr("Backup file"), file_label)

        self.passphrase = password_field()
        self.passphrase_error = FieldError()
        self.check_button = QPushButton(self.tr("&Check"))
        # Under the form at the dialog's full width, not inside the form row: a wrapped label
        # in a form row is given one line's height by Qt, and the message was cut off.
        self.passphrase_row = with_notes(self.passphrase)
        if self.encrypted:
            remembered = recalled_passphrase(store)
            if remembered:
                self.passphrase.setText(remembered)
            form.addRow(self.tr("&Passphrase"), self.passphrase_row)
            form.addRow("", self.check_button)
        else:
            self.passphrase_row.hide()
            self.check_button.hide()

        layout.addWidget(self.passphrase_error)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.warning = role_label("", "error", wrap=True)
        self.warning.setText(self.tr(
            "Restoring replaces all current data with this backup. A backup of the current "
            "data is made first. Afterwards Regiestoel opens the restored data at the login "
            "screen."))
        self.warning.hide()
        layout.addWidget(self.warning)
        self.general_error = FieldError()
        layout.addWidget(self.general_error)
        layout.addWidget(hint_label(self.tr("Nothing is replaced until you choose to restore.")))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Restore"))
        self.restore_button.setEnabled(False)
        layout.addWidget(self.buttons)

        self.check_button.clicked.connect(self.check)
        self.passphrase.textChanged.connect(self._passphrase_changed)
        self.passphrase.returnPressed.connect(self.check)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        if not self.encrypted or self.passphrase.text():
            self.check()

    # --- verifying -----------------------------------------------------------------------

    def _passphrase_changed(self) -> None:
        self.info = None
        self.restore_button.setEnabled(False)
        self.warning.hide()
        self.summary.clear()
        self.passphrase_error.show_message("")

    def check(self) -> None:
        self.passphrase_error.show_message("")
        self.general_error.show_message("")
        path, passphrase = self.path, self.passphrase.text() or None
        self.ctx.call(self, lambda: verify_backup(path, passphrase), self._verified,
                      self._failed)

    def _verified(self, info: BackupInfo) -> None:
        self.info = info
        lang = self.ctx.language
        lines = [
            self.tr("Organisation: %1").replace("%1", info.organisation or "—"),
            self.tr("%n person(s)", "", info.people),
            self.tr("Made on: %1").replace("%1", format_date(info.taken_at, lang)),
            self.tr("Made by this version of Regiestoel.") if info.schema is SchemaAge.CURRENT
            else self.tr("Made by an older version of Regiestoel; it is upgraded when "
                         "restored."),
            self.tr("Encrypted with a passphrase.") if info.encrypted
            else self.tr("Not encrypted."),
            *([] if info.encrypted or info.checksum_ok else [self.tr(
                "No checksum was found beside this file (it was copied by hand, or made by "
                "an older Regiestoel), so damage to it cannot be ruled out.")]),
            self.tr("Size: %1 kB").replace("%1", format_number(max(1, info.size // 1024),
                                                                 lang)),
        ]
        self.summary.setText("\n".join(lines))
        self.warning.show()
        self.restore_button.setEnabled(True)
        self._fit()  # room for the summary, so no line is clipped

    def _failed(self, error: DomainError) -> None:
        self.info = None
        self.restore_button.setEnabled(False)
        self.buttons.setEnabled(True)
        self.warning.hide()
        text = self.ctx.describe(error)
        if error.code in ("backup_wrong_passphrase", "backup_needs_passphrase"):
            self.passphrase_error.show_message(text)
        else:
            self.general_error.show_message(text)
        self._fit()

    def _fit(self) -> None:
        """Grow to show every line of what is shown now."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        # As tall as the message needs, within the screen (it was cut off after a wrong
        # passphrase).
        self.resize(fitting(self, QSize(self.width(),
                                        max(self.height(), self.sizeHint().height()))))

    # --- restoring -----------------------------------------------------------------------

    def restore(self) -> None:
        if self.info is None:
            return
        from app.restore import restore_backup
        from ui.long_job import run_job

        passphrase = self.passphrase.text() or None
        ctx, location, path = self.ctx, self.ctx.location, self.path

        def work(progress: Progress) -> object:
            # On the database worker: nothing else uses the database meanwhile, and every
            # connection is closed before the file is replaced (the engine opens new ones
            # on the restored file afterwards).
            ctx.db.dispose()
            return restore_backup(location, path, passphrase, progress=progress)

        self.buttons.setEnabled(False)
        self.job = run_job(ctx, self, self.tr("Restoring the backup"), work, self._restored,
                           self._failed, on_cancelled=lambda: self.buttons.setEnabled(True))

    def _restored(self, _result: object) -> None:
        self.restored = True
        self.message = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Backup restored"),
            self.tr("The backup has been restored. Regiestoel now opens the restored data: "
                    "log in again."),
            QMessageBox.StandardButton.Ok, self)
        self.message.finished.connect(lambda _r: self._finish())
        self.message.open()

    def _finish(self) -> None:
        self.accept()
        # Every screen reloads from the restored data.
        self.ctx.bus.changed.emit(Changes(frozenset(Area)))
        if self.reopen is not None:
            self.reopen()
