"""The people area: a searchable list of colleagues and, for the owner, managing them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.access import Operation
from app.changes import Area, Changes
from app.services import first_logins, people, people_csv
from app.services.people import PersonRow
from ui.context import AppContext
from ui.dialogs.first_passwords import FirstPasswordsDialog
from ui.dialogs.import_people import ImportPeopleDialog
from ui.dialogs.passwords import ResetPasswordDialog
from ui.dialogs.person import PersonDialog
from ui.icons import icon
from ui.item_models.people import ROW_ROLE, PeopleFilter, PeopleTableModel
from ui.long_job import JobDialog, write_file_job
from ui.offline import needs_server, reason_label
from ui.views.teams import TeamsPanel
from ui.widgets.common import EmptyState, confirm, hint_label, title_label
from ui.widgets.tables import uniform_rows


class PeopleView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_manage = ctx.session.may(Operation.MANAGE_PEOPLE)
        self.loaded = False
        self._select_after_reload: int | None = None
        self.dialog: QDialog | None = None
        self.job: JobDialog | None = None
        self.message: QMessageBox | None = None
        self.confirmation: QMessageBox | None = None
        layout = QVBoxLayout(self)
        self.title = title_label()
        self.intro = hint_label()
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # --- the people list -------------------------------------------------------------
        list_page = QWidget()
        page = QVBoxLayout(list_page)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.show_archived = QCheckBox()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_archived)
        page.addLayout(bar)

        self.model = PeopleTableModel()
        self.filter = PeopleFilter()
        self.filter.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.filter)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        uniform_rows(self.table)  # columns fitted on a sample of rows, not all of them
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.empty = EmptyState("people")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        page.addWidget(self.stack, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), "")
        self.edit_button = QPushButton(icon("edit"), "")
        self.archive_button = QPushButton(icon("archive"), "")
        self.password_button = QPushButton(icon("key"), "")
        self.import_button = QPushButton(icon("import"), "")
        self.export_button = QPushButton(icon("export"), "")
        self.first_passwords_button = QPushButton(icon("key"), "")
        for b in (self.add_button, self.edit_button, self.archive_button, self.password_button):
            buttons.addWidget(b)
        buttons.addWidget(self.first_passwords_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        page.addLayout(buttons)
        # On a personal copy people are managed at the organisation's database.
        self.offline = reason_label()
        page.addWidget(self.offline)
        for b in (self.add_button, self.edit_button, self.archive_button,
                  self.password_button, self.import_button, self.export_button,
                  self.first_passwords_button):
            b.setVisible(self.can_manage)
        self.show_archived.setVisible(self.can_manage)
        self.tabs.addTab(list_page, icon("people"), "")

        self.teams = TeamsPanel(ctx)
        self.tabs.addTab(self.teams, icon("team"), "")

        self.empty_add = self.empty.add_button("", "add")
        self.empty_import = self.empty.add_button("", "import")

        self.search.textChanged.connect(self._search)
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.add_button.clicked.connect(self.add_person)
        self.empty_add.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.archive_or_restore)
        self.password_button.clicked.connect(self.reset_password)
        self.first_passwords_button.clicked.connect(lambda _c=False: self.give_first_passwords())
        self.import_button.clicked.connect(self.import_people)
        self.empty_import.clicked.connect(self.import_people)
        self.export_button.clicked.connect(self.export_people)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    # --- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        archived = self.show_archived.isChecked()
        self.ctx.call(self, lambda: people.list_people(db, actor, include_archived=archived),
                      self._show)

    def _show(self, rows: list[PersonRow]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        lonely_owner = self.can_manage and len(rows) <= 1 and not self.search.text()
        self.stack.setCurrentWidget(self.empty if lonely_owner else self.table)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))
        wanted = self._select_after_reload or (selected.id if selected else None)
        self._select_after_reload = None
        if wanted is not None:
            self.select_person(wanted)
        self.loaded = True
        self._update_buttons()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Area.PEOPLE, Area.TEAMS, Area.ACCOUNTS):
            self.reload()

    def _search(self, text: str) -> None:
        self.filter.set_search(text)

    def selected(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return rows[0].data(ROW_ROLE)  # type: ignore[no-any-return]

    def select_person(self, person_id: int) -> None:
        for row in range(self.filter.rowCount()):
            index = self.filter.index(row, 0)
            if index.data(ROW_ROLE).id == person_id:
                self.table.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return

    def _update_buttons(self) -> None:
        person = self.selected()
        for b in (self.edit_button, self.archive_button, self.password_button):
            b.setEnabled(person is not None)
        if person is None:
            self.archive_button.setText(self.tr("&Archive"))
        else:
            self.archive_button.setText(self.tr("&Restore") if person.archived
                                        else self.tr("&Archive"))
            self.archive_button.setIcon(icon("restore" if person.archived else "archive"))
            self.password_button.setEnabled(not person.archived
                                            and person.id != self.ctx.session.person_id)
        if self.can_manage:
            needs_server(self.ctx, "offline_needs_server", self.offline, self.add_button,
                         self.edit_button, self.archive_button, self.password_button,
                         self.import_button, self.first_passwords_button)

    # --- actions -------------------------------------------------------------------------

    def _open_person_dialog(self, person: PersonRow | None) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def load() -> tuple[list[people.TeamRow], list[PersonRow]]:
            return people.list_teams(db, actor), people.managers(db, actor)

        def show(loaded: tuple[list[people.TeamRow], list[PersonRow]]) -> None:
            dialog = PersonDialog(self.ctx, loaded[0], loaded[1], person, self)
            dialog.accepted.connect(lambda: self._remember_selection(dialog.saved_id))
            self._open(dialog)

        self.ctx.call(self, load, show)

    def _open(self, dialog: QDialog) -> None:
        """Window-modal without blocking, so background results keep arriving."""
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def _remember_selection(self, person_id: int | None) -> None:
        self._select_after_reload = person_id

    def add_person(self) -> None:
        self._open_person_dialog(None)

    def edit_selected(self) -> None:
        person = self.selected()
        if person is not None and self.can_manage:
            self._open_person_dialog(person)

    def archive_or_restore(self) -> None:
        person = self.selected()
        if person is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        if person.archived:
            self.ctx.change(self, lambda: people.restore_person(db, actor, person.id))
            return
        self.confirmation = confirm(
            self,
            self.tr("Archive %1?").replace("%1", person.name),
            self.tr("%1 can no longer log in and disappears from the lists. Everything "
                    "%1 did stays in the history. You can restore %1 later.")
            .replace("%1", person.name),
            lambda: self.ctx.change(self, lambda: people.archive_person(db, actor, person.id)),
        )

    def reset_password(self) -> None:
        person = self.selected()
        if person is not None:
            self._open(ResetPasswordDialog(self.ctx, person.id, person.name, self))

    def give_first_passwords(self) -> None:
        self._open(FirstPasswordsDialog(self.ctx, self))

    def import_people(self) -> None:
        dialog = ImportPeopleDialog(self.ctx, self)
        dialog.accepted.connect(self._after_import)
        self._open(dialog)

    def _after_import(self) -> None:
        """Imported people cannot log in yet: offer their first passwords right away."""
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: first_logins.people_without_login(db, actor),
                      lambda waiting: self.give_first_passwords() if waiting else None)

    def export_people(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export people"), str(Path.home() / self.tr("people.csv")),
            self.tr("CSV files (*.csv)"))
        if not name:
            return
        db, actor, lang = self.ctx.db, self.ctx.actor, self.ctx.language

        def exported(count: int) -> None:
            self._tell(self.tr("Export ready"), self.tr("%n person(s) exported.", "", count))

        self.job = write_file_job(
            self.ctx, self, self.tr("Exporting people"),
            lambda: people_csv.export_people(db, actor, Path(name), lang), exported,
            on_cancelled=lambda: self._tell(self.tr("Not exported"),
                                            self.tr("Not exported: no file was written.")))

    def _tell(self, title: str, text: str) -> None:
        self.message = QMessageBox(QMessageBox.Icon.Information, title, text,
                                   QMessageBox.StandardButton.Ok, self)
        self.message.open()

    # --- texts ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("People"))
        self.intro.setText(self.tr(
            "Everyone in your organisation, their teams, and what colleagues may ask them "
            "about. Looking for someone to guide your learning group? Search for a subject."))
        self.search.setPlaceholderText(self.tr("Search by name, team or subject"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.show_archived.setText(self.tr("Show archived"))
        self.tabs.setTabText(0, self.tr("People"))
        self.tabs.setTabText(1, self.tr("Teams"))
        self.add_button.setText(self.tr("&New person"))
        self.edit_button.setText(self.tr("&Edit"))
        self.password_button.setText(self.tr("Pass&word…"))
        self.import_button.setText(self.tr("&Import…"))
        self.export_button.setText(self.tr("E&xport…"))
        self.first_passwords_button.setText(self.tr("&First passwords…"))
        self.first_passwords_button.setToolTip(self.tr(
            "A temporary password for everyone who cannot log in yet, and a handout to print"))
        self.empty.set_texts(
            self.tr("Add your colleagues"),
            self.tr("Regiestoel works with the people in your organisation: who is in which "
                    "team, who manages whom, and who knows what. Add them one by one, or "
                    "import the list you already keep in Excel."))
        self.empty_add.setText(self.tr("Add a person"))
        self.empty_import.setText(self.tr("Import from Excel"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self._update_buttons()
