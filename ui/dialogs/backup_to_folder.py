"""Back up to another folder or a USB stick, optionally encrypted with a passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.backup import make_backup
from app.jobs import Progress
from app.secrets import SecretStore, remember_passphrase
from models.errors import DomainError
from ui.context import AppContext
from ui.dialogs.form import GuardedDialog
from ui.long_job import run_job
from ui.widgets.common import FieldError, field_with_button, hint_label, with_notes


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class BackupToFolderDialog(GuardedDialog):
    """Choose a folder, perhaps a passphrase; ``saved_path`` holds the file once written."""

    def __init__(self, ctx: AppContext, store: SecretStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ctx)
        self.ctx = ctx
        self.store = store
        self.saved_path: Path | None = None
        self.job: QDialog | None = None
        self.setWindowTitle(self.tr("Back up to a folder or USB stick"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "Keep a copy of all data somewhere else, such as a USB stick, so it survives "
            "a lost or broken laptop.")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)

        self.folder = QLineEdit()
        self.choose = QPushButton(self.tr("&Choose…"))
        folder_row = field_with_button(self.folder, self.choose)
        self.folder_error = FieldError()
        form.addRow(self.tr("&Folder"), with_notes(folder_row, self.folder_error))

        self.passphrase = password_field()
        self.repeat = password_field()
        self.passphrase_hint = hint_label(self.tr(
            "Optional, but wise for a USB stick: without a passphrase anyone who has the "
            "stick can read all the data. Without the passphrase the backup cannot be "
            "restored, so keep it safe."))
        self.repeat_error = FieldError()
        form.addRow(self.tr("&Passphrase"), with_notes(self.passphrase, self.passphrase_hint))
        form.addRow(self.tr("&Repeat passphrase"), with_notes(self.repeat, self.repeat_error))

        self.remember = QCheckBox(self.tr("Re&member the passphrase on this computer"))
        self.remember_hint = hint_label()
        if store.available:
            self.remember_hint.setText(self.tr(
                "It is kept in the system's keyring, never in a file."))
        else:
            self.remember.setEnabled(False)
            self.remember_hint.setText(self.tr(
                "Regiestoel cannot remember it on this system: there is no keyring to keep "
                "it in safely, and it is never written to a file. Type it each time."))
        form.addRow("", with_notes(self.remember, self.remember_hint))

        self.general_error = FieldError()
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Back up"))
        layout.addWidget(self.buttons)

        self.choose.clicked.connect(self.choose_folder)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for field in (self.folder, self.passphrase, self.repeat):
            field.textChanged.connect(self._check)
        self._check()

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the backup"), self.folder.text() or str(
                Path.home()))
        if name:
            self.folder.setText(name)

    def _check(self) -> bool:
        phrase, repeat = self.passphrase.text(), self.repeat.text()
        mismatch = bool(phrase or repeat) and phrase != repeat
        self.repeat_error.show_message(
            self.tr("The two passphrases are not the same.") if mismatch and repeat else "")
        self.remember.setEnabled(self.store.available and bool(phrase))
        ok = bool(self.folder.text().strip()) and not mismatch
        self.ok.setEnabled(ok)
        return ok

    def submit(self) -> None:
        if not self._check():
            return
        self.folder_error.show_message("")
        self.general_error.show_message("")
        folder = Path(self.folder.text().strip())
        passphrase = self.passphrase.text() or None
        remember = bool(passphrase) and self.remember.isChecked() and self.store.available
        location, store = self.ctx.location, self.store

        def work(progress: Progress) -> Path:
            path = make_backup(location, reason="manual", target_dir=folder,
                               passphrase=passphrase, progress=progress)
            if remember and passphrase:
                remember_passphrase(store, passphrase)
            return path

        self.buttons.setEnabled(False)
        self.job = run_job(self.ctx, self, self.tr("Making a backup"), work, self._done,
                           self._failed, on_cancelled=lambda: self.buttons.setEnabled(True))

    def _done(self, path: Path) -> None:
        self.buttons.setEnabled(True)
        self.saved_path = path
        self.accept()

    def _failed(self, error: DomainError) -> None:
        self.buttons.setEnabled(True)
        folder_codes = {"backup_target_unusable", "no_permission", "read_only_file_system",
                        "disk_full"}
        target = self.folder_error if error.code in folder_codes else self.general_error
        target.show_message(self.ctx.describe(error))
