"""Restore a backup: verify it first, show what it holds, then replace the current data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
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

from app.backup import MAGIC, BackupInfo, SchemaAge, restore_backup, verify_backup
from app.secrets import SecretStore, recalled_passphrase
from models.errors import DomainError
from ui.context import AppContext
from ui.dialogs.backup_to_folder import password_field
from ui.i18n import format_date, format_number
from ui.widgets.common import FieldError, hint_label, role_label, with_notes


def is_encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False  # verify_backup explains what is wrong with the file


class RestoreBackupDialog(QDialog):
    """Check the chosen file (``info`` once it passed), then restore it on the owner's word.

    Regiestoel must close after a restore, so ``quit_app`` runs when the owner has read that
    it is done."""

    def __init__(self, ctx: AppContext, path: Path, store: SecretStore,
                 quit_app: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.quit_app = quit_app
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
        self.passphrase_row = with_notes(self.passphrase, self.passphrase_error)
        if self.encrypted:
            remembered = recalled_passphrase(store)
            if remembered:
                self.passphrase.setText(remembered)
            form.addRow(self.tr("&Passphrase"), self.passphrase_row)
            form.addRow("", self.check_button)
        else:
            self.passphrase_row.hide()
            self.check_button.hide()

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.warning = role_label("", "error", wrap=True)
        self.warning.setText(self.tr(
            "Restoring replaces all current data with this backup. A backup of the current "
            "data is made first. Regiestoel closes afterwards; start it again to work with "
            "the restored data."))
        self.warning.hide()
        layout.addWidget(self.warning)
        self.general_error = FieldError()
        layout.addWidget(self.general_error)
        layout.addWidget(hint_label(self.tr("Nothing is replaced until you choose to restore.")))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Restore and close Regiestoel"))
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
            self.tr("Size: %1 kB").replace("%1", format_number(max(1, info.size // 1024),
                                                                 lang)),
        ]
        self.summary.setText("\n".join(lines))
        self.warning.show()
        self.restore_button.setEnabled(True)
        self.adjustSize()  # room for the summary, so no line is clipped

    def _failed(self, error: DomainError) -> None:
        self.info = None
        self.restore_button.setEnabled(False)
        self.warning.hide()
        text = self.ctx.describe(error)
        if error.code in ("backup_wrong_passphrase", "backup_needs_passphrase"):
            self.passphrase_error.show_message(text)
        else:
            self.general_error.show_message(text)
        self.adjustSize()

    # --- restoring -----------------------------------------------------------------------

    def restore(self) -> None:
        if self.info is None:
            return
        passphrase = self.passphrase.text() or None
        # Every connection must be closed before the file is replaced; the restore itself
        # takes a moment, so it runs here rather than racing the worker for the database.
        self.ctx.tasks.wait()
        self.ctx.db.dispose()
        try:
            restore_backup(self.ctx.location, self.path, passphrase)
        except DomainError as error:
            self._failed(error)  # nothing was replaced; the database opens again on use
            return
        self.restored = True
        self.buttons.setEnabled(False)
        self.message = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Backup restored"),
            self.tr("The backup has been restored. Regiestoel closes now; start it again to "
                    "work with the restored data."),
            QMessageBox.StandardButton.Ok, self)
        self.message.finished.connect(lambda _r: self._finish())
        self.message.open()

    def _finish(self) -> None:
        self.accept()
        if self.quit_app is not None:
            self.quit_app()
