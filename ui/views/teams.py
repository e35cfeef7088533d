"""The teams tab: which teams exist and how many people are in each."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.access import Operation
from app.changes import Area, Changes
from app.services import people
from app.services.people import TeamRow
from ui.context import AppContext
from ui.icons import icon
from ui.widgets.common import hint_label


class TeamsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[TeamRow] = []
        layout = QVBoxLayout(self)
        self.intro = hint_label()
        layout.addWidget(self.intro)
        self.list = QListWidget()
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), "")
        self.rename_button = QPushButton(icon("edit"), "")
        self.delete_button = QPushButton(icon("delete"), "")
        for b in (self.add_button, self.rename_button, self.delete_button):
            buttons.addWidget(b)
            b.setVisible(ctx.session.may(Operation.MANAGE_TEAMS))
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_team)
        self.rename_button.clicked.connect(self.rename_team)
        self.delete_button.clicked.connect(self.delete_team)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: people.list_teams(db, actor), self._show)

    def _show(self, rows: list[TeamRow]) -> None:
        self.rows = rows
        self.list.clear()
        for t in rows:
            item = QListWidgetItem(icon("team"), self._label(t))
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.list.addItem(item)
        self._update_buttons()

    def _label(self, team: TeamRow) -> str:
        return self.tr("%1 — %n person(s)", "", team.member_count).replace("%1", team.name)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Area.TEAMS, Area.PEOPLE):
            self.reload()

    def selected(self) -> TeamRow | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _update_buttons(self) -> None:
        team = self.selected()
        self.rename_button.setEnabled(team is not None)
        self.delete_button.setEnabled(team is not None and team.member_count == 0)

    def add_team(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New team"), self.tr("Name of the team:"))
        if ok and name.strip():
            db, actor = self.ctx.db, self.ctx.actor
            self.ctx.change(self, lambda: people.add_team(db, actor, name))

    def rename_team(self) -> None:
        team = self.selected()
        if team is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename team"), self.tr("New name:"),
                                        text=team.name)
        if ok and name.strip() and name != team.name:
            db, actor = self.ctx.db, self.ctx.actor
            self.ctx.change(self, lambda: people.rename_team(db, actor, team.id, name))

    def delete_team(self) -> None:
        team = self.selected()
        if team is not None:
            db, actor = self.ctx.db, self.ctx.actor
            self.ctx.change(self, lambda: people.delete_team(db, actor, team.id))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Teams"))
        self.intro.setText(self.tr(
            "Teams group the people who work together. A team can only be removed when "
            "nobody is in it any more."))
        self.add_button.setText(self.tr("New &team"))
        self.rename_button.setText(self.tr("Rena&me"))
        self.delete_button.setText(self.tr("Re&move"))
        for row, team in enumerate(self.rows):
            if self.list.item(row):
                self.list.item(row).setText(self._label(team))
