"""Evaluate a learning intervention afterwards: what I learned, where I use it, what it took."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QWidget,
)

from app.changes import Changes
from app.services import learning_requests
from app.services.learning_requests import RequestRow
from app.services.situations import SituationRow
from ui.context import AppContext
from ui.dialogs.form import FormDialog
from ui.dialogs.learning_request import (
    amount_field,
    hours_field,
    minutes_of,
    read_amount,
    situation_combo,
)
from ui.dialogs.lesson import text_edit
from ui.widgets.common import hint_label, inline_row, role_label


class EvaluateRequestDialog(FormDialog):
    """Marks the request done; its hours then count as the asker's learning hours."""

    def __init__(self, ctx: AppContext, request: RequestRow, situations: list[SituationRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.request = request
        self.heading = role_label(request.title, "subtitle", wrap=True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.intro = hint_label()
        self.body.insertWidget(0, self.heading)
        self.body.insertWidget(1, self.intro)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)

        self.learned = text_edit(4)
        self.situation = situation_combo(situations)
        self.applied_note = text_edit(2)
        self.cost = amount_field(ctx, request.cost_cents)
        self.cost_hint = hint_label()
        self.hours = hours_field(ctx, request.minutes)
        self.in_working_time = QCheckBox()
        self.in_working_time.setChecked(request.in_working_time)
        self.hours_hint = hint_label()

        cost_row = inline_row(self.cost)
        hours_row = inline_row(self.hours, self.in_working_time)

        self.add_field("learned", self.learned)
        self.add_field("applied_situation", self.situation)
        self.add_field("applied_note", self.applied_note)
        self.add_field("actual_cost", cost_row, self.cost_hint, focus=self.cost)
        self.add_field("minutes", hours_row, self.hours_hint, focus=self.hours)
        self.body.addStretch(1)
        self.learned.textChanged.connect(self._check)
        self.cost.textChanged.connect(self._check)
        self.setMinimumWidth(600)
        self.retranslate()

    def _check(self) -> None:
        cents, problem = read_amount(self.ctx, self.cost.text(), "actual_cost")
        self.show_field_error("actual_cost", problem)
        ready = bool(self.learned.toPlainText().strip()) and cents is not None
        self.save_button.setEnabled(ready)

    def submit(self) -> None:
        cents, _problem = read_amount(self.ctx, self.cost.text(), "actual_cost")
        if cents is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        r = self.request
        learned, note = self.learned.toPlainText(), self.applied_note.toPlainText()
        situation_id = self.situation.currentData()
        minutes, working = minutes_of(self.hours), self.in_working_time.isChecked()

        def work() -> Changes:
            return learning_requests.complete(
                db, actor, r.id, actual_cost_cents=cents, learned=learned,
                applied_situation_id=situation_id, applied_note=note, minutes=minutes,
                in_working_time=working, expected_version=r.version_id)

        self.save(work)

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Evaluate %1").replace("%1", self.request.title))
        self.intro.setText(self.tr(
            "%1 is done. Look back for a moment: what did it bring you, and where will you "
            "use it?").replace("%1", f"“{self.request.title}”"))
        texts = {
            "learned": self.tr("What did you &learn?"),
            "applied_situation": self.tr("Where do you &apply it?"),
            "applied_note": self.tr("&How"),
            "actual_cost": self.tr("What it &cost"),
            "minutes": self.tr("Hours it &took"),
        }
        for key, text in texts.items():
            self.set_label(key, text)
        self.learned.setPlaceholderText(self.tr(
            "The two or three things you take with you."))
        self.situation.setItemText(0, self.tr("(no work situation)"))
        self.applied_note.setPlaceholderText(self.tr(
            "Optional: what you will do differently, and when."))
        self.cost.setAccessibleName(self.tr("Actual cost in euros"))
        self.cost_hint.setText(self.tr(
            "Filled in with what was asked. Change it when the invoice says otherwise."))
        self.hours.setAccessibleName(self.tr("Hours it took"))
        self.in_working_time.setText(self.tr("In &working time"))
        self.hours_hint.setText(self.tr("These hours count as your learning hours."))
        self._check()
