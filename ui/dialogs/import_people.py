"""Import people from a CSV file or an Excel workbook: a check first shows what would change,
then import; both run off the UI thread with their progress shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import Area, Changes
from app.jobs import Progress
from app.services import people_csv
from ui.context import AppContext
from ui.dialogs.form import GuardedDialog
from ui.long_job import run_job
from ui.widgets.common import hint_label, role_label


class ImportPeopleDialog(GuardedDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, ctx)
        self.ctx = ctx
        self.path: Path | None = None
        self.report: people_csv.ImportReport | None = None
        self.job: QDialog | None = None
        self.confirmation: QMessageBox | None = None
        self.setWindowTitle(self.tr("Import people"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "Choose an Excel workbook (.xlsx) or a CSV file. Regiestoel first shows what "
            "would change; nothing is saved until you click Import. A row with an ID updates "
            "that person; a row without an ID adds someone.")))
        self.columns = hint_label(self.tr(
            "Columns, in any order: ID, Name and E-mail (needed), Roles (owner, manager, "
            "employee or professional, guide; empty means employee), Teams, Manager "
            "(e-mail), Year of birth, Expertise. Several teams or roles in one cell are "
            "separated by commas. Dutch and English headers are both understood."))
        layout.addWidget(self.columns)
        self.template_button = QPushButton(self.tr("Save an empty &template…"))
        self.template_button.clicked.connect(self._save_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_button)
        template_row.addStretch(1)
        layout.addLayout(template_row)
        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setAccessibleName(self.tr("Chosen file"))
        self.choose = QPushButton(self.tr("&Choose file…"))
        self.choose.clicked.connect(self._choose)
        row.addWidget(self.file, 1)
        row.addWidget(self.choose)
        layout.addLayout(row)
        self.summary_title = role_label("", "subtitle")
        layout.addWidget(self.summary_title)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setMaximumHeight(140)
        self.summary.setAccessibleName(self.tr("Summary of the file"))
        layout.addWidget(self.summary)
        self.errors = QTableWidget(0, 3)
        self.errors.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.errors.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.errors.verticalHeader().setVisible(False)
        self.errors.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.errors.hide()
        layout.addWidget(self.errors, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(680, 520)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a list of people"), str(Path.home()),
            self.tr("Excel workbooks and CSV files (*.xlsx *.csv *.txt);;All files (*)"))
        if name:
            self.load(Path(name))

    def _save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save an empty template"),
            str(Path.home() / self.tr("people-template.csv")), self.tr("CSV files (*.csv)"))
        if name:
            self.save_template(Path(name))

    def save_template(self, path: Path) -> None:
        """A CSV with the headers in the person's language and one example row."""
        lang = self.ctx.language
        self.ctx.call(self, lambda: people_csv.write_template(path, lang),
                      lambda _p: self.summary_title.setText(
                          self.tr("Template saved as %1.").replace("%1", path.name)),
                      self._unreadable)

    def load(self, path: Path) -> None:
        """Check ``path`` with a dry run and show what an import would do."""
        self.path = path
        self.file.setText(str(path))
        self.import_button.setEnabled(False)
        self.summary_title.setText(self.tr("Checking…"))
        db, actor, lang = self.ctx.db, self.ctx.actor, self.ctx.language
        self.job = run_job(
            self.ctx, self, self.tr("Checking the file"),
            lambda progress: people_csv.import_people(db, actor, path, lang, dry_run=True,
                                                      progress=progress),
            self._show, self._unreadable,
            on_cancelled=lambda: self.summary_title.setText(self.tr("Not checked.")))

    def _unreadable(self, error: Exception) -> None:
        self.summary_title.setText(self.tr("This file cannot be imported"))
        self.summary.setPlainText(self.ctx.describe(error))  # type: ignore[arg-type]
        self.errors.hide()

    def _show(self, report: people_csv.ImportReport | None) -> None:
        if report is None:
            return
        self.report = report
        lines = people_csv.format_report(report, self.ctx.language)
        # With problems, the table lists them; the text keeps only the summary line.
        self.summary.setPlainText("\n".join(lines if report.ok else lines[:1]))
        if report.ok:
            self.summary_title.setText(self.tr("Ready to import"))
            self.errors.hide()
        else:
            self.summary_title.setText(self.tr("Nothing can be imported until these problems "
                                               "are solved"))
            self.errors.setRowCount(len(report.errors))
            for i, err in enumerate(report.errors):
                values = (str(err.row), err.column, err.message(self.ctx.language))
                for col, value in enumerate(values):
                    self.errors.setItem(i, col, QTableWidgetItem(value))
            self.errors.resizeColumnsToContents()
            self.errors.show()
        has_work = bool(report.created or report.updated)
        self.import_button.setEnabled(report.ok and has_work)

    def _import(self) -> None:
        if self.path is None or self.report is None or not self.report.ok:
            return
        db, actor, lang, path = self.ctx.db, self.ctx.actor, self.ctx.language, self.path
        self.import_button.setEnabled(False)

        def work(progress: Progress) -> people_csv.ImportReport:
            return people_csv.import_people(db, actor, path, lang, dry_run=False,
                                            progress=progress)

        self.job = run_job(self.ctx, self, self.tr("Importing people"), work, self._imported,
                           self._unreadable, on_cancelled=lambda: self._show(self.report))

    def _imported(self, report: people_csv.ImportReport) -> None:
        if not report.applied:
            self._show(report)
            return
        self.ctx.bus.changed.emit(Changes.of(Area.PEOPLE, Area.TEAMS, value=report))
        # Said in so many words: how many were added and changed.
        self.confirmation = QMessageBox(
            QMessageBox.Icon.Information, self.tr("People imported"),
            "\n".join(people_csv.format_report(report, self.ctx.language)),
            QMessageBox.StandardButton.Ok, self)
        self.confirmation.finished.connect(lambda _r: self.accept())
        self.confirmation.open()
