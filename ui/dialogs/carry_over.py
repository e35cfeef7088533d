"""The owner's carry-over rule: how many years unused individual budget stays available."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QSpinBox,
    QWidget,
)

from app.carry_over import MAX_CARRY_YEARS
from app.changes import Changes
from app.services import budget
from ui.context import AppContext
from ui.dialogs.form import FormDialog
from ui.widgets.common import FieldError, hint_label


class CarryOverDialog(FormDialog):
    """As the organisation's collective agreement has it: 0 (it lapses) to 10 years."""

    def __init__(self, ctx: AppContext, current: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.intro = hint_label()
        self.body.insertWidget(0, self.intro)
        self.years = QSpinBox()
        self.years.setRange(0, MAX_CARRY_YEARS)
        self.years.setValue(current)
        self.years.setMaximumWidth(120)
        self.years_hint = hint_label()
        self.add_field("years", self.years, self.years_hint)
        self.years.valueChanged.connect(lambda _v: self._explain())
        self.setMinimumWidth(520)
        self.retranslate()

    @property
    def error(self) -> FieldError:
        return self.general_error

    def submit(self) -> None:
        db, actor, years = self.ctx.db, self.ctx.actor, self.years.value()

        def work() -> Changes:
            return budget.set_carry_years(db, actor, years)

        self.save(work)

    def _explain(self) -> None:
        years = self.years.value()
        self.years_hint.setText(self.tr(
            "Unused individual budget lapses on 31 December of its year.") if not years
            else self.tr("What is left of a year's budget stays available %n more year(s), "
                         "until 31 December of its last year.", "", years))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Carry over unused budget"))
        self.intro.setText(self.tr(
            "Many collective agreements let people keep what they did not use of their "
            "individual learning budget, often for three years. Spending always uses the "
            "amount that expires first. Carried-over amounts count for the person and their "
            "team, not in the organisation's budget of the year."))
        self.set_label("years", self.tr("&Years"))
        self.years.setAccessibleName(self.tr("Years unused budget carries over"))
        self._explain()
