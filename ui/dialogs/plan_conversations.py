"""Plan a half year's talent conversations: which half year, who is included, and why not."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.services import conversations
from app.services.conversation_planning import PlanCandidate, PlanReason
from models.errors import DomainError
from ui.context import AppContext
from ui.dialogs.form import GuardedDialog
from ui.icons import icon
from ui.names_conversations import half_year_name
from ui.widgets.common import FieldError, hint_label

NAME, MANAGER, WHY = range(3)


class PlanConversationsDialog(GuardedDialog):
    """``planned(count, year, half)`` once the conversations are created."""

    planned = Signal(int, int, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent, ctx)
        self.ctx = ctx
        self.choices = conversations.plannable_half_years(today)
        self.found: list[PlanCandidate] = []
        self.loaded_for: tuple[int, int] | None = None
        layout = QVBoxLayout(self)
        self.intro = hint_label()
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.half_label = QLabel()
        self.half_year = QComboBox()
        for year, half in self.choices:
            self.half_year.addItem("", (year, half))
        self.half_label.setBuddy(self.half_year)
        form.addRow(self.half_label, self.half_year)
        layout.addLayout(form)
        self.summary = hint_label()
        layout.addWidget(self.summary)
        self.people = QTreeWidget()
        self.people.setColumnCount(3)
        self.people.setRootIsDecorated(False)
        self.people.setAlternatingRowColors(True)
        self.people.header().setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        self.people.header().setSectionResizeMode(MANAGER,
                                                  QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.people, 1)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.plan_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.plan_button.setIcon(icon("plan"))
        self.plan_button.setEnabled(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.half_year.currentIndexChanged.connect(lambda _i: self.reload())
        self.resize(640, 460)
        self.retranslate()
        self.reload()

    def chosen(self) -> tuple[int, int]:
        year, half = self.half_year.currentData()
        return int(year), int(half)

    def reload(self) -> None:
        self.loaded_for = None
        self.plan_button.setEnabled(False)
        year, half = self.chosen()
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: conversations.planning_preview(db, actor, year, half),
                      lambda found: self._show(found, (year, half)), self._failed)

    def _show(self, found: list[PlanCandidate], for_half: tuple[int, int]) -> None:
        if for_half != self.chosen():
            return  # the owner chose another half year meanwhile
        self.found, self.loaded_for = found, for_half
        self._render()

    def included(self) -> list[PlanCandidate]:
        return [c for c in self.found if c.included]

    def _why(self, c: PlanCandidate) -> str:
        return {
            PlanReason.INCLUDED: self.tr("Gets a conversation with %1"),
            PlanReason.ALREADY_PLANNED: self.tr("Already planned in this half year"),
            PlanReason.NO_MANAGER: self.tr(
                "Not included: no manager. Choose one under People."),
            PlanReason.MANAGER_ARCHIVED: self.tr(
                "Not included: their manager %1 has left. Choose another under People."),
            PlanReason.ARCHIVED: self.tr("Not included: has left the organisation"),
        }[c.reason].replace("%1", c.manager_name)

    def _render(self) -> None:
        self.people.clear()
        # Who gets one first, then who is already planned, then who is left out and why.
        order = list(PlanReason)
        for c in sorted(self.found, key=lambda c: order.index(c.reason)):
            item = QTreeWidgetItem([c.name, c.manager_name, self._why(c)])
            item.setIcon(WHY, icon("check") if c.included else icon(
                "calendar" if c.reason is PlanReason.ALREADY_PLANNED else "warning"))
            item.setData(NAME, Qt.ItemDataRole.UserRole, c.person_id)
            self.people.addTopLevelItem(item)
        count = len(self.included())
        left_out = sum(c.reason not in (PlanReason.INCLUDED, PlanReason.ALREADY_PLANNED)
                       for c in self.found)
        when = half_year_name(*self.chosen()).lower()
        text = self.tr("%n person(s) get a conversation in the %1.", "", count).replace(
            "%1", when) if count else self.tr(
            "Nobody new to plan in the %1.").replace("%1", when)
        if left_out:
            text += " " + self.tr("%n person(s) are not included; the list says why.", "",
                                  left_out)
        self.summary.setText(text)
        self.plan_button.setText(self.tr("&Plan %n conversation(s)", "", count))
        self.plan_button.setEnabled(count > 0)

    def submit(self) -> None:
        if self.loaded_for is None or not self.included():
            return
        year, half = self.loaded_for
        db, actor = self.ctx.db, self.ctx.actor
        self.buttons.setEnabled(False)
        self.ctx.change(self, lambda: conversations.plan_half_year(db, actor, year, half),
                        lambda changes: self._planned(changes, year, half), self._failed)

    def _planned(self, changes: Changes, year: int, half: int) -> None:
        self.planned.emit(int(changes.value or 0), year, half)
        self.accept()

    def _failed(self, error: DomainError) -> None:
        self.buttons.setEnabled(True)
        self.error.show_message(self.ctx.describe(error))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Plan talent conversations"))
        self.intro.setText(self.tr(
            "Everyone who has a manager gets one talent conversation with that manager in "
            "the half year: professionals, and team leads and managers who have a manager "
            "of their own. Both prepare, talk and sign within the half year."))
        self.half_label.setText(self.tr("&Half year"))
        self.half_year.setAccessibleName(self.tr("Half year"))
        marks = (self.tr("%1 (this half year)"), self.tr("%1 (next half year)"))
        for index, (year, half) in enumerate(self.choices):
            self.half_year.setItemText(index, marks[index].replace(
                "%1", half_year_name(year, half)))
        self.people.setHeaderLabels([self.tr("Name"), self.tr("Manager"),
                                     self.tr("Included?")])
        self.people.setAccessibleName(self.tr("Who is included"))
        if self.loaded_for is not None:
            self._render()
