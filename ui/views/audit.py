"""The audit log for the owner: who did what sensitive thing, and when. Read-only."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.changes import Changes
from app.services import audit
from ui.context import AppContext
from ui.item_models.audit import AuditTableModel
from ui.widgets.common import hint_label, title_label


class AuditView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.title = title_label()
        self.intro = hint_label()
        self.model = AuditTableModel(ctx.language)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        # A personal copy holds no audit log: it stays in the organisation's database.
        self.table.setVisible(not ctx.on_copy)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        if self.ctx.on_copy:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: audit.list_entries(db, actor),
                      lambda rows: self.model.set_rows(rows, self.ctx.language))

    def _changed(self, _changes: Changes) -> None:
        # Nearly every change may add an entry; the log is small and cheap to reread.
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Audit log"))
        self.intro.setText(self.tr(
            "Sensitive actions are recorded here: changes to people and roles, passwords, "
            "imports and exports. Nobody can change or remove these entries."))
        if self.ctx.on_copy:
            self.intro.setText(self.tr(
                "The audit log is kept in your organisation's database only: it never goes "
                "along on a personal copy. Read it when you work connected, without a copy."))
