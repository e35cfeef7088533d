"""Settings › Take my data along: an encrypted personal copy on this laptop, to work offline."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtWidgets import (
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.jobs import Progress
from app.paths import APP_DIR_NAME
from app.personal_copy.make import CopyReport, make_copy
from models.errors import DomainError
from ui.context import AppContext
from ui.dialogs.form import FormDialog
from ui.long_job import JobDialog, run_job
from ui.widgets.common import field_with_button, hint_label

# The folder offered first: beside this account's other Regiestoel data.
COPY_FOLDER_NAME = "personal-copy"


def default_folder() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)) / COPY_FOLDER_NAME


class TakeAlongDialog(FormDialog):
    """Asks the password again and a folder, makes the copy as a long job, and remembers
    that this laptop works on it from the next start."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.report: CopyReport | None = None
        self.job: JobDialog | None = None
        self.done_box: QMessageBox | None = None
        self.setMinimumWidth(560)
        self.what_goes = hint_label()
        self.what_never = hint_label()
        self.how_safe = hint_label()
        # The explanation first, the fields under it.
        for place, label in enumerate((self.what_goes, self.what_never, self.how_safe)):
            self.body.insertWidget(place, label)
        self.folder = QLineEdit(str(default_folder()))
        self.choose = QPushButton()
        self.choose.clicked.connect(self.choose_folder)
        folder_row = field_with_button(self.folder, self.choose)
        self.add_field("folder", folder_row, focus=self.folder)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field("password", self.password)
        self.password.textChanged.connect(self._check)
        self.retranslate()
        self._check()
        self.password.setFocus()

    def _check(self) -> None:
        self.save_button.setEnabled(bool(self.password.text()) and not self._saving)

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for your personal copy"), self.folder.text())
        if name:
            self.folder.setText(str(Path(name) / COPY_FOLDER_NAME)
                                if any(Path(name).iterdir()) else name)

    def submit(self) -> None:
        self.clear_errors()
        text = self.folder.text().strip()
        if not text:
            self.show_field_error("folder", self.tr("Choose a folder."))
            return
        folder = Path(text).expanduser()
        password = self.password.text()
        source, person_id = self.ctx.db, self.ctx.actor.person_id or 0
        # The address to sync with later, without a password: the laptop keeps no server login.
        server_url = self.ctx.location.database_url

        def work(progress: Progress) -> CopyReport:
            progress.point_of_no_return("copy_making")
            return make_copy(source, person_id, password, folder, server_url=server_url)

        self._saving = True
        self.buttons.setEnabled(False)
        self.job = run_job(self.ctx, self, self.tr("Making your personal copy"), work,
                           self._made, self._failed, cancellable=False)

    def _failed(self, error: DomainError) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        self._check()
        field = {"wrong_password": "password", "personal_copy_folder_taken": "folder",
                 "data_dir_unusable": "folder", "no_permission": "folder",
                 "read_only_file_system": "folder"}.get(error.code)
        self.show_field_error(field, self.ctx.describe(error))
        if field == "password":
            self.password.selectAll()
            self.password.setFocus()

    def _made(self, report: CopyReport) -> None:
        self._saving = False
        self.report = report
        self.password.clear()
        local = self.ctx.local
        local.personal_copy_dir = str(report.folder.resolve())
        local.save()
        self._clean = self.state()
        self.done_box = QMessageBox(QMessageBox.Icon.Information, self.tr("Personal copy made"),
                                    self.done_text(report), QMessageBox.StandardButton.Ok,
                                    self.parentWidget())
        self.done_box.open()
        self.accept()

    def done_text(self, report: CopyReport) -> str:
        return self.tr(
            "Your personal copy is ready in %1. From the next start Regiestoel opens it on "
            "this laptop, with your password, also without a connection; when the laptop "
            "reaches your organisation's database, your changes are exchanged.").replace(
                "%1", str(report.folder))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Take my data along"))
        self.what_goes.setText(self.tr(
            "Regiestoel makes an encrypted copy on this laptop of what you may read: your "
            "development question, your work situations, your conversations and "
            "preparations, your learning groups with their sessions, lessons learned, names "
            "and teams, and the organisation's settings. With it you work without a "
            "connection too; whenever the laptop reaches your organisation's database, your "
            "changes and theirs are exchanged."))
        self.what_never.setText(self.tr(
            "What never goes along: colleagues' private records that you may not read, "
            "answers to the culture scan, and the audit log."))
        self.how_safe.setText(self.tr(
            "The copy is locked with your password: without it, nobody can read it, not even "
            "from a stolen laptop. Forgot your password? Then make a new copy at the office."))
        self.set_label("folder", self.tr("&Folder"))
        self.set_label("password", self.tr("Your &password"))
        self.choose.setText(self.tr("C&hoose…"))
        self.save_button.setText(self.tr("&Make the copy"))
