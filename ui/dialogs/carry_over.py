"""The owner's carry-over rule: how many years unused individual budget stays available."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.carry_over import MAX_CARRY_YEARS
from app.changes import Changes
from app.services import budget
from models.errors import DomainError
from ui.context import AppContext
from ui.widgets.common import FieldError, hint_label, with_notes


class CarryOverDialog(QDialog):
    """As the organisation's collective agreement has it: 0 (it lapses) to 10 years."""

    def __init__(self, ctx: AppContext, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.intro = hint_label()
        layout.addWidget(self.intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.years = QSpinBox()
        self.years.setRange(0, MAX_CARRY_YEARS)
        self.years.setValue(current)
        self.years.setMaximumWidth(120)
        self.years_hint = hint_label()
        self.years_label = QLabel()
        self.years_label.setBuddy(self.years)
        form.addRow(self.years_label, with_notes(self.years, self.years_hint))
        self.error = FieldError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.years.valueChanged.connect(lambda _v: self._explain())
        self.setMinimumWidth(520)
        self.retranslate()

    def submit(self) -> None:
        db, actor, years = self.ctx.db, self.ctx.actor, self.years.value()

        def work() -> Changes:
            return budget.set_carry_years(db, actor, years)

        self.buttons.setEnabled(False)
        self.ctx.change(self, work, lambda _c: self.accept(), self._failed)

    def _failed(self, error: DomainError) -> None:
        self.buttons.setEnabled(True)
        self.error.show_message(self.ctx.describe(error))

    def _explain(self) -> None:
        years = self.years.value()
        self.years_hint.setText(self.tr(
            "Unused individual budget lapses on 31 December of its year.") if not years
            else self.tr("What is left of a year's budget stays available %n more year(s), "
                         "until 31 December of its last year.", "", years))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Carry over unused budget"))
        self.intro.setText(self.tr(
            "Many collective agreements let people keep what they did not use of their "
            "individual learning budget, often for three years. Spending always uses the "
            "amount that expires first. Carried-over amounts count for the person and their "
            "team, not in the organisation's budget of the year."))
        self.years_label.setText(self.tr("&Years"))
        self.years.setAccessibleName(self.tr("Years unused budget carries over"))
        self._explain()
