"""Proposed actions from the coach: the user ticks, edits and saves them, or none at all."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import Area, Changes
from app.services import sessions
from ui.context import AppContext
from ui.dialogs.form import GuardedDialog
from ui.widgets.common import FieldError, hint_label
from ui.widgets.date_field import DateField


class ActionProposalsDialog(GuardedDialog):
    """Nothing is saved until Save: then each ticked line becomes an action of the session,
    through the same service as an action typed by hand."""

    def __init__(self, ctx: AppContext, session_id: int, proposals: Sequence[str],
                 owners: Sequence[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent, ctx)
        self.ctx = ctx
        self.session_id = session_id
        self.setWindowTitle(self.tr("Proposed actions"))
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        self.hint = hint_label(self.tr(
            "Tick the actions you want, double-click one to change its words, then save."))
        layout.addWidget(self.hint)
        self.list = QListWidget()
        for text in proposals:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        form = QFormLayout()
        self.owner = QComboBox()
        for person_id, name in owners:
            self.owner.addItem(name, person_id)
        self.due = DateField(lambda: ctx.language, date.today() + timedelta(days=7))
        self.due.setAccessibleName(self.tr("Due"))
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Due"), self.due)
        layout.addLayout(form)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item.text().strip() for item in items
                if item.checkState() == Qt.CheckState.Checked and item.text().strip()]

    def save(self) -> None:
        titles = self.chosen()
        if not titles:
            self.reject()
            return
        owner = self.owner.currentData()
        due = self.due.checked()
        if due is None:
            return
        db, actor, sid = self.ctx.db, self.ctx.actor, self.session_id

        def work() -> Changes:
            changes = Changes.of(Area.ACTIONS, Area.SESSIONS)
            for title in titles:
                changes = sessions.add_action(db, actor, sid, title, owner, due)
            return changes

        self.ctx.change(self, work, lambda _c: self.accept(),
                        lambda e: self.error.show_message(self.ctx.describe(e)))
