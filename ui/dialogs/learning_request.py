"""Ask for (or change) a learning intervention; and the small dialogs of deciding and budgeting.

The small ones: a required reason (declining, approving beyond the budget) and an amount
(the year budget, an individual budget). Money is typed the way the reader writes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.changes import Changes
from app.money import format_amount, parse_amount
from app.services import learning_requests
from app.services.budget import Cents
from app.services.development import QuestionView
from app.services.learning_requests import MAX_COST_CENTS, MAX_MINUTES, RequestInput, RequestRow
from app.services.situations import SituationRow
from models import InterventionKind
from models.errors import DomainError, Invalid
from ui.context import AppContext
from ui.dialogs.form import FormDialog
from ui.dialogs.lesson import text_edit
from ui.i18n import LOCALES
from ui.names_budget import KIND_ORDER, intervention_name
from ui.widgets.common import FieldError, hint_label, inline_row
from ui.widgets.date_field import DateField as TypedDateField

# The shape the request service accepts; the service stays the judge when saving.
_LINK = re.compile(r"https?://[^\s/?#]+\.[^\s]*", re.IGNORECASE)


# --- small pieces the budget dialogs share -----------------------------------------------


def read_amount(ctx: AppContext, text: str, field: str,
                maximum: int | None = MAX_COST_CENTS) -> tuple[int | None, str]:
    """The cents in ``text`` and no problem, or ``None`` and what is wrong with it.
    Nothing typed yet is no problem to explain, only not an amount."""
    if not text.strip():
        return None, ""
    try:
        cents = parse_amount(text, ctx.language, field=field)
    except Invalid as exc:
        return None, ctx.describe(exc)
    if maximum is not None and cents > maximum:
        return None, ctx.describe(Invalid("cost_absurd", field=field, maximum=Cents(maximum)))
    return cents, ""


def amount_field(ctx: AppContext, cents: int | None = None) -> QLineEdit:
    field = QLineEdit()
    field.setMaxLength(20)
    field.setAlignment(Qt.AlignmentFlag.AlignRight)
    # Room for "100.000,00" at any font size, without taking the whole row.
    field.setMinimumWidth(field.fontMetrics().horizontalAdvance("0") * 14)
    if cents is not None:
        field.setText(format_amount(cents, ctx.language))
    return field


def hours_field(ctx: AppContext, minutes: int = 0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setLocale(LOCALES.get(ctx.language, LOCALES["en"]))
    spin.setDecimals(2)
    spin.setRange(0, MAX_MINUTES / 60)
    spin.setSingleStep(0.5)
    spin.setValue(minutes / 60)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


def minutes_of(spin: QDoubleSpinBox) -> int:
    return round(spin.value() * 60)


def situation_combo(situations: list[SituationRow], chosen_id: int | None = None,
                    chosen_title: str = "") -> QComboBox:
    """Item 0 is "none" (its text set by the dialog); a linked situation that is no longer
    in the list (finished, or left the group) stays choosable."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    combo.addItem("", None)
    for s in situations:
        combo.addItem(s.title, s.id)
    if chosen_id is not None and combo.findData(chosen_id) < 0:
        combo.addItem(chosen_title or "…", chosen_id)
    if chosen_id is not None:
        combo.setCurrentIndex(combo.findData(chosen_id))
    return combo


class DateField(QWidget):
    """A date that may also be unknown yet: a typed date and a "no date yet" box."""

    def __init__(self, ctx: AppContext, value: date | None = None) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = TypedDateField(lambda: ctx.language, value or date.today())
        self.none = QCheckBox()
        self.none.setChecked(value is None)
        self.edit.setEnabled(value is not None)
        self.none.toggled.connect(lambda on: self.edit.setEnabled(not on))
        row.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.none, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        self.setFocusProxy(self.edit)

    def shown(self) -> date | None:
        """The date in the edit, also while "no date yet" is ticked; None if unreadable."""
        return self.edit.value()

    def value(self) -> date | None:
        return None if self.none.isChecked() else self.shown()

    def readable(self) -> bool:
        """False (with the reason shown) when a date is asked for but cannot be read."""
        return self.none.isChecked() or self.edit.checked() is not None

    def set_value(self, value: date | None) -> None:
        self.none.setChecked(value is None)
        if value is not None:
            self.edit.set_date(value)


# --- asking --------------------------------------------------------------------------------


class LearningRequestDialog(FormDialog):
    """Ask for a learning intervention, or change one that still waits for a decision.

    ``question`` is my current development question (if I have one), ``situations`` the
    work situations I may link (mine and my groups')."""

    def __init__(
        self,
        ctx: AppContext,
        question: QuestionView | None,
        situations: list[SituationRow],
        request: RequestRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.question = question
        self.request = request
        self.saved_id: int | None = None
        self.intro = hint_label()
        self.body.insertWidget(0, self.intro)

        self.kind = QComboBox()
        for kind in KIND_ORDER:
            self.kind.addItem("", kind.value)
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.provider = QLineEdit()
        self.provider.setMaxLength(200)
        self.link = QLineEdit()
        self.link.setMaxLength(500)
        self.cost = amount_field(ctx)
        self.cost_hint = hint_label()
        self.hours = hours_field(ctx)
        self.hours_hint = hint_label()
        self.in_working_time = QCheckBox()
        self.in_working_time.setChecked(True)
        self.start = DateField(ctx)
        self.end = DateField(ctx)
        self.dates_hint = hint_label()
        self.reason = text_edit(4)
        self.link_question = QCheckBox()
        self.question_hint = hint_label()
        linked = request.development_question_id if request else None
        self.can_link = question is not None or linked is not None
        self.situation = situation_combo(
            situations, request.situation_id if request else None,
            request.situation_title if request else "")
        self.situation_hint = hint_label()

        cost_row = inline_row(self.cost)
        hours_row = inline_row(self.hours, self.in_working_time)

        self.add_field("kind", self.kind)
        self.add_field("title", self.title)
        self.add_field("provider", self.provider)
        self.add_field("link", self.link)
        # Cost and hours have names of their own ("Cost in euros"), set in retranslate.
        self.add_field("cost", cost_row, self.cost_hint, focus=self.cost)
        self.add_field("minutes", hours_row, self.hours_hint, focus=self.hours)
        self.add_field("start_date", self.start, focus=self.start.edit)
        self.add_field("end_date", self.end, self.dates_hint, focus=self.end.edit)
        self.add_field("reason", self.reason)
        if self.can_link:
            self.add_field("development_question", self.link_question, self.question_hint)
        self.add_field("situation", self.situation, self.situation_hint)
        self.body.addStretch(1)

        if request is not None:
            self._fill(request)
        else:
            self.link_question.setChecked(question is not None)
        for line in (self.title, self.cost, self.link):
            line.textChanged.connect(self._check)
        self.reason.textChanged.connect(self._check)
        for field in (self.start, self.end):
            field.edit.date_changed.connect(lambda _d: self._check())
            field.none.toggled.connect(lambda _on: self._check())
        self.end.none.toggled.connect(self._end_follows_start)
        self.setMinimumWidth(640)
        self.retranslate()

    def _fill(self, r: RequestRow) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(r.kind.value), 0))
        self.title.setText(r.title)
        self.provider.setText(r.provider)
        self.link.setText(r.link)
        self.cost.setText(format_amount(r.cost_cents, self.ctx.language))
        self.hours.setValue(r.minutes / 60)
        self.in_working_time.setChecked(r.in_working_time)
        self.start.set_value(r.start_date)
        self.end.set_value(r.end_date)
        self.reason.setPlainText(r.reason)
        self.link_question.setChecked(r.development_question_id is not None)

    # --- checking ------------------------------------------------------------------------

    def _end_follows_start(self, no_end: bool) -> None:
        """Giving an end date starts from the start date, not from today."""
        start = self.start.value()
        shown = self.end.shown()
        if not no_end and start is not None and (shown is None or shown < start):
            self.end.edit.set_date(start)

    def _problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        _cents, cost_problem = read_amount(self.ctx, self.cost.text(), "cost")
        if cost_problem:
            problems["cost"] = cost_problem
        link = self.link.text().strip()
        if link and not _LINK.fullmatch(link):
            problems["link"] = self.ctx.describe(Invalid("link_invalid", field="link"))
        start, end = self.start.value(), self.end.value()
        if start is not None and end is not None and end < start:
            problems["end_date"] = self.ctx.describe(Invalid("end_before_start",
                                                             field="end_date"))
        if len(self.reason.toPlainText()) > learning_requests.MAX_TEXT:
            problems["reason"] = self.ctx.describe(Invalid(
                "text_too_long", field="reason", maximum=learning_requests.MAX_TEXT))
        return problems

    def _check(self) -> None:
        problems = self._problems()
        for key in ("cost", "link", "end_date", "reason"):
            self.show_field_error(key, problems.get(key, ""))
        cents, _problem = read_amount(self.ctx, self.cost.text(), "cost")
        ready = bool(self.title.text().strip()) and cents is not None and not problems
        self.save_button.setEnabled(ready)

    def _question_id(self) -> int | None:
        if not self.can_link or not self.link_question.isChecked():
            return None
        linked = self.request.development_question_id if self.request else None
        if linked is not None:
            return linked
        return self.question.id if self.question else None

    def collect(self) -> RequestInput:
        cents, _problem = read_amount(self.ctx, self.cost.text(), "cost")
        return RequestInput(
            kind=InterventionKind(self.kind.currentData()),
            title=self.title.text(),
            provider=self.provider.text(),
            link=self.link.text().strip(),
            cost_cents=cents or 0,
            minutes=minutes_of(self.hours),
            in_working_time=self.in_working_time.isChecked(),
            start_date=self.start.value(),
            end_date=self.end.value(),
            reason=self.reason.toPlainText(),
            development_question_id=self._question_id(),
            situation_id=self.situation.currentData(),
        )

    # --- saving --------------------------------------------------------------------------

    def submit(self) -> None:
        if not (self.start.readable() and self.end.readable()):
            return
        data = self.collect()
        db, actor = self.ctx.db, self.ctx.actor
        if self.request is None:

            def work() -> Changes:
                return learning_requests.ask(db, actor, data)
        else:
            rid, version = self.request.id, self.request.version_id

            def work() -> Changes:
                return learning_requests.update_request(db, actor, rid, data,
                                                        expected_version=version)

        self.save(work, self._saved)

    def _saved(self, changes: Changes) -> None:
        self.saved_id = changes.ids[0] if changes.ids else None
        self.accept()

    def show_error(self, error: DomainError) -> None:
        field = {"applied_situation": "situation"}.get(error.field or "", error.field or "")
        self.show_field_error(field, self.ctx.describe(error))

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ask for training") if self.request is None
                            else self.tr("Change %1").replace("%1", self.request.title))
        self.intro.setText(self.tr(
            "Ask for a course, training or coaching that helps you in your work. Your "
            "manager decides; afterwards you tell what you learned."))
        texts = {
            "kind": self.tr("&Kind"),
            "title": self.tr("&What"),
            "provider": self.tr("&Provider"),
            "link": self.tr("&Link"),
            "cost": self.tr("&Cost"),
            "minutes": self.tr("&Hours"),
            "start_date": self.tr("&Starts"),
            "end_date": self.tr("&Ends"),
            "reason": self.tr("Wh&y"),
            "development_question": self.tr("Development question"),
            "situation": self.tr("Work si&tuation"),
        }
        for key, text in texts.items():
            if key in self.fields:
                self.set_label(key, text)
        for number, kind in enumerate(KIND_ORDER):
            self.kind.setItemText(number, intervention_name(kind))
        self.title.setPlaceholderText(self.tr("for example: Planning with Excel"))
        self.provider.setPlaceholderText(self.tr("the school, trainer or website"))
        self.link.setPlaceholderText("https://")
        self.cost.setAccessibleName(self.tr("Cost in euros"))
        self.cost_hint.setText(self.tr(
            "In euros, for example %1. Type 0 when it is free.").replace(
            "%1", format_amount(125050, self.ctx.language)))
        self.hours.setAccessibleName(self.tr("Hours it takes"))
        self.in_working_time.setText(self.tr("In w&orking time"))
        self.hours_hint.setText(self.tr(
            "All the time it takes you, in hours. When it is done, they count as your "
            "learning hours."))
        for field in (self.start, self.end):
            field.none.setText(self.tr("No date yet"))
        self.start.edit.setAccessibleName(self.tr("Start date"))
        self.end.edit.setAccessibleName(self.tr("End date"))
        self.dates_hint.setText(self.tr(
            "The start date decides the budget year; without one, it is this year."))
        self.reason.setPlaceholderText(self.tr(
            "What do you want to learn, and how does it help you in your work?"))
        self.link_question.setText(self.tr("It helps with my development question"))
        linked = self.request.development_question_id if self.request else None
        if self.question is not None and linked in (None, self.question.id):
            self.question_hint.setText(self.tr("“%1”").replace("%1", self.question.text))
        else:
            self.question_hint.setText(self.tr("Linked to an earlier development question."))
        self.situation.setItemText(0, self.tr("(no work situation)"))
        self.situation_hint.setText(self.tr(
            "Optional: the work situation where you want to use what you learn."))
        self._check()


# --- the small dialogs ---------------------------------------------------------------------

# Window title, introduction, the label of the field, and the text of the OK button.
Texts = Callable[[], tuple[str, str, str, str]]


class ReasonDialog(FormDialog):
    """A required reason, then ``work(reason)`` runs; its error is shown under the field."""

    def __init__(self, ctx: AppContext, texts: Texts, work: Callable[[str], Changes],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.texts = texts
        self.work = work
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.body.insertWidget(0, self.intro)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.reason = text_edit(4)
        self.add_field("reason", self.reason)
        self.ok = self.save_button
        self.reason.textChanged.connect(self._check)
        self.setMinimumWidth(480)
        self.retranslate()

    @property
    def error(self) -> FieldError:
        return self.fields["reason"].error

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.reason.toPlainText().strip()))

    def submit(self) -> None:
        text = self.reason.toPlainText()
        if text.strip():
            self.save(lambda: self.work(text))

    def show_error(self, error: DomainError) -> None:
        self.show_field_error("reason", self.ctx.describe(error))

    def retranslate(self) -> None:
        title, intro, label, ok = self.texts()
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.set_label("reason", label)
        self.ok.setText(ok)
        self._check()


class AmountDialog(FormDialog):
    """An amount of money, then ``work(cents)`` runs. With ``none_text`` a box offers "no
    amount" (``work(None)``), for an individual budget that is taken away again."""

    def __init__(self, ctx: AppContext, texts: Texts, cents: int | None,
                 work: Callable[[int | None], Changes], *,
                 none_text: Callable[[], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.texts = texts
        self.none_text = none_text
        self.work = work
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.body.insertWidget(0, self.intro)
        self.amount = amount_field(ctx, cents)
        self.none = QCheckBox()
        self.none.setChecked(none_text is not None and cents is None)
        self.add_field("amount", inline_row(self.amount), focus=self.amount)
        self.form.addRow("", self.none)
        self.form.setRowVisible(self.none, none_text is not None)
        self.ok = self.save_button
        self.amount.textChanged.connect(self._check)
        self.none.toggled.connect(lambda _on: self._check())
        self.setMinimumWidth(440)
        self.retranslate()

    @property
    def error(self) -> FieldError:
        return self.fields["amount"].error

    def cents(self) -> tuple[int | None, str]:
        return read_amount(self.ctx, self.amount.text(), "budget", maximum=None)

    def _check(self) -> None:
        without = self.none.isChecked()
        self.amount.setEnabled(not without)
        cents, problem = self.cents()
        self.show_field_error("amount", "" if without else problem)
        self.ok.setEnabled(without or cents is not None)

    def submit(self) -> None:
        cents, _problem = self.cents()
        value = None if self.none.isChecked() else cents
        if value is None and not self.none.isChecked():
            return
        self.save(lambda: self.work(value))

    def show_error(self, error: DomainError) -> None:
        self.show_field_error("amount", self.ctx.describe(error))

    def retranslate(self) -> None:
        title, intro, label, ok = self.texts()
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.set_label("amount", label)
        self.ok.setText(ok)
        self.amount.setAccessibleName(self.tr("Amount in euros"))
        self.amount.setPlaceholderText(format_amount(125050, self.ctx.language))
        if self.none_text is not None:
            self.none.setText(self.none_text())
        self._check()
