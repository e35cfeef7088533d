"""Settings, Laptops tab (the owner): every personal copy on a laptop, and revoking one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.services import personal_copies
from app.services.personal_copies import CopyRow
from models.errors import DomainError
from ui.context import AppContext
from ui.i18n import format_date
from ui.icons import icon
from ui.theme import ERROR_COLOUR
from ui.widgets.common import FieldError, confirm, hint_label


class LaptopsPanel(QWidget):
    COLUMNS = 5

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[CopyRow] = []
        self.loaded = False
        self.confirmation: QMessageBox | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = hint_label()
        layout.addWidget(self.intro)
        self.empty = hint_label()
        self.empty.hide()
        layout.addWidget(self.empty)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        layout.addWidget(self.table)
        self.error = FieldError()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.revoke_button = QPushButton(icon("delete"), "")
        buttons.addWidget(self.revoke_button)
        layout.addLayout(buttons)
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.refresh()

    # --- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: personal_copies.list_copies(db, actor), self._show)

    def _show(self, rows: list[CopyRow]) -> None:
        self.rows = rows
        self.loaded = True
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            self._fill_row(index, row)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _status(self, row: CopyRow) -> str:
        if row.revoked:
            return self.tr("Revoked %1").replace(
                "%1", format_date(row.revoked_at, self.ctx.language))
        if row.stale():
            return self.tr("Not synced for over 30 days")
        return self.tr("In use")

    def _fill_row(self, index: int, row: CopyRow) -> None:
        language = self.ctx.language
        values = (row.person_name, row.laptop_name, format_date(row.created_at, language),
                  format_date(row.last_synced_at, language) or self.tr("never"),
                  self._status(row))
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if row.stale():
                # A laptop out of touch for a month: lost, or someone who no longer uses it.
                item.setForeground(QBrush(ERROR_COLOUR))
            self.table.setItem(index, column, item)

    def selected(self) -> CopyRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        copy_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((r for r in self.rows if r.id == copy_id), None)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.revoke_button.setEnabled(row is not None and not row.revoked)

    # --- revoking --------------------------------------------------------------------------

    def ask_revoke(self) -> None:
        row = self.selected()
        if row is None or row.revoked:
            return
        self.confirmation = confirm(
            self, self.tr("Revoke this laptop's copy?"),
            self.tr("The personal copy of %1 on %2 can no longer sync from now on, and the "
                    "laptop deletes it at its next contact with the database. This cannot "
                    "be undone: %1 can make a new copy later.")
            .replace("%1", row.person_name).replace("%2", row.laptop_name or "?"),
            lambda: self.revoke(row.id))

    def revoke(self, copy_id: str) -> None:
        self.error.show_message("")
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.change(self, lambda: personal_copies.revoke(db, actor, copy_id),
                        self._revoked, self._failed)

    def _revoked(self, _changes: Changes) -> None:
        self.refresh()

    def _failed(self, error: DomainError) -> None:
        self.error.show_message(self.ctx.describe(error))

    # --- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Whoever takes their data along has a personal copy on their laptop, with a "
            "login of its own on the organisation's database that reads only what that "
            "person may read. Revoke a copy when a laptop is lost or someone leaves: its "
            "login stops at once, and the laptop deletes the copy at its next contact."))
        self.empty.setText(self.tr("No laptop holds a personal copy."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Person"), self.tr("Laptop"), self.tr("Made"), self.tr("Last synced"),
            self.tr("Status")])
        self.revoke_button.setText(self.tr("&Revoke…"))
        if self.loaded:
            self._show(self.rows)
