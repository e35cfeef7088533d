"""Evaluate a learning intervention afterwards: what I learned, where I use it, what it took."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from app.changes import Changes
from app.services import learning_requests
from app.services.learning_requests import RequestRow
from app.services.situations import SituationRow
from models.errors import DomainError
from ui.context import AppContext
from ui.dialogs.learning_request import (
    amount_field,
    fit_to_form,
    hours_field,
    minutes_of,
    read_amount,
    scrolling_form,
    situation_combo,
)
from ui.dialogs.lesson import text_edit
from ui.widgets.common import FieldError, hint_label, inline_row, role_label, with_notes

FIELDS = ("learned", "applied_situation", "applied_note", "actual_cost", "minutes")


class EvaluateRequestDialog(QDialog):
    """Marks the request done; its hours then count as the asker's learning hours."""

    def __init__(self, ctx: AppContext, request: RequestRow, situations: list[SituationRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request = request
        outer, layout = scrolling_form(self)
        self.heading = role_label(request.title, "subtitle", wrap=True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.intro = hint_label()
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        layout.addLayout(form)
        self.errors = {f: FieldError() for f in FIELDS}
        self.labels: dict[str, QLabel] = {f: QLabel() for f in FIELDS}

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

        rows: list[tuple[str, QWidget]] = [
            ("learned", with_notes(self.learned, self.errors["learned"])),
            ("applied_situation", with_notes(self.situation, self.errors["applied_situation"])),
            ("applied_note", with_notes(self.applied_note, self.errors["applied_note"])),
            ("actual_cost", with_notes(cost_row, self.errors["actual_cost"], self.cost_hint)),
            ("minutes", with_notes(hours_row, self.errors["minutes"], self.hours_hint)),
        ]
        for key, widget in rows:
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        layout.addStretch(1)

        self.general_error = FieldError()
        outer.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.learned.textChanged.connect(self._check)
        self.cost.textChanged.connect(self._check)
        self.setMinimumWidth(600)
        self.retranslate()
        fit_to_form(self, layout, 640)

    def _check(self) -> None:
        cents, problem = read_amount(self.ctx, self.cost.text(), "actual_cost")
        self.errors["actual_cost"].show_message(problem)
        ready = bool(self.learned.toPlainText().strip()) and cents is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ready)

    def submit(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.show_message("")
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

        self.buttons.setEnabled(False)
        self.ctx.change(self, work, lambda _c: self.accept(), self._failed)

    def _failed(self, error: DomainError) -> None:
        self.buttons.setEnabled(True)
        target = self.errors.get(error.field or "")
        (target or self.general_error).show_message(self.ctx.describe(error))

    # --- texts ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
            self.labels[key].setText(text)
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
