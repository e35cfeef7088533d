"""Finish a work situation: its result, what came out of it, and the lesson learned."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.services import situations
from app.services.lessons import LessonInput
from app.services.situations import SituationDetail
from models import SituationStatus
from models.errors import DomainError
from ui.context import AppContext
from ui.dialogs.form import FormDialog
from ui.dialogs.lesson import LessonForm, text_edit
from ui.names_learning import RESULT_ORDER
from ui.widgets.common import hint_label

OUTCOME_MAX = 10_000


class FinishSituationDialog(FormDialog):
    """Improved and innovated follow an experiment; closing is possible at any step."""

    def __init__(self, ctx: AppContext, situation: SituationDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.situation = situation
        self.saved_lesson_id: int | None = None
        self.experimented = situation.row.status == SituationStatus.EXPERIMENTING
        self.intro = hint_label()
        self.body.insertWidget(0, self.intro)
        # Labels above the fields: the outcome and the lesson's texts get the whole width.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.result_group = QButtonGroup(self)
        self.result_buttons: dict[SituationStatus, QRadioButton] = {}
        results = QWidget()
        column = QVBoxLayout(results)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for status in RESULT_ORDER:
            button = QRadioButton()
            button.setEnabled(self.experimented or status == SituationStatus.CLOSED)
            self.result_group.addButton(button)
            self.result_buttons[status] = button
            column.addWidget(button)
        self.result_hint = hint_label()
        self.result_hint.setVisible(not self.experimented)
        self.add_field("status", results, self.result_hint,
                       focus=self.result_buttons[SituationStatus.CLOSED])
        self.outcome = text_edit(4)
        self.add_field("outcome", self.outcome)

        self.lesson_box = QGroupBox()
        self.lesson_box.setCheckable(True)
        # A lesson is the point of an experiment; closing early often has none to tell.
        self.lesson_box.setChecked(self.experimented)
        box_layout = QVBoxLayout(self.lesson_box)
        self.lesson_hint = hint_label()
        box_layout.addWidget(self.lesson_hint)
        self.lesson = LessonForm(labels_above=True)
        box_layout.addWidget(self.lesson)
        self.body.addWidget(self.lesson_box)
        self.body.addStretch(1)

        self.result_group.buttonToggled.connect(lambda *_: self._check())
        self.outcome.textChanged.connect(self._check)
        self.lesson_box.toggled.connect(lambda _on: self._check())
        self.lesson.edited.connect(self._check)
        self._choose_default_result()
        self.retranslate()
        self.lesson.fill(self.prefilled_lesson())
        self.setMinimumWidth(640)

    def _choose_default_result(self) -> None:
        self.result_buttons[situations.suggested_result(self.situation)].setChecked(True)
        request = self.situation.close_request
        if request is not None and request.note:
            self.outcome.setPlainText(request.note)  # what the colleague who asked saw

    def prefilled_lesson(self) -> LessonInput:
        """What the situation already says: its title, and its story as the context."""
        s = self.situation
        parts = [s.description.strip()]
        if s.experiment.strip():
            parts.append(self.tr("Experiment: %1").replace("%1", s.experiment.strip()))
        if s.expected_result.strip():
            parts.append(self.tr("Expected result: %1").replace("%1", s.expected_result.strip()))
        return LessonInput(title=s.row.title, context="\n\n".join(p for p in parts if p))

    def chosen_result(self) -> SituationStatus | None:
        return next((s for s, b in self.result_buttons.items() if b.isChecked()), None)

    def _check(self) -> None:
        too_long = len(self.outcome.toPlainText()) > OUTCOME_MAX
        self.show_field_error("outcome", self.tr(
            "This text is too long: at most %n characters.", "", OUTCOME_MAX)
            if too_long else "")
        lesson_ok = not self.lesson_box.isChecked() or self.lesson.ready()
        ready = self.chosen_result() is not None and not too_long and lesson_ok
        self.save_button.setEnabled(ready)

    def submit(self) -> None:
        result = self.chosen_result()
        if result is None:
            return
        self.lesson.clear_errors()
        db, actor = self.ctx.db, self.ctx.actor
        sid, outcome = self.situation.row.id, self.outcome.toPlainText()
        version = self.situation.version_id
        lesson = self.lesson.collect(sid) if self.lesson_box.isChecked() else None

        def work() -> Changes:
            return situations.finish_situation(db, actor, sid, result, outcome, lesson,
                                               expected_version=version)

        self.save(work, self._saved)

    def _saved(self, changes: Changes) -> None:
        self.saved_lesson_id = changes.value
        self.accept()

    def show_error(self, error: DomainError) -> None:
        text = self.ctx.describe(error)
        if error.field in self.fields:
            self.show_field_error(error.field, text)
        elif not (self.lesson_box.isChecked() and self.lesson.show_error(error.field, text)):
            self.show_field_error(None, text)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Finish: %1").replace("%1", self.situation.row.title))
        self.intro.setText(self.tr(
            "Look back on the experiment: what came out of it? Then write down the lesson, "
            "so that colleagues with a similar situation can find it.") if self.experimented
            else self.tr("Close a work situation that no longer needs attention. If you "
                         "learned something on the way, you can still write it down."))
        self.set_label("status", self.tr("Result"))
        texts = {
            SituationStatus.IMPROVED: self.tr("Improved: it works better now"),
            SituationStatus.INNOVATED: self.tr("Innovated: we now do it in a new way"),
            SituationStatus.CLOSED: self.tr("Closed: we stop working on it"),
        }
        for status, button in self.result_buttons.items():
            button.setText(texts[status])
        self.result_hint.setText(self.tr(
            "Improved and innovated come after an experiment. You can close the situation "
            "at any step."))
        self.set_label("outcome", self.tr("What came &out of it?") if self.experimented
                       else self.tr("Why do you &close it?"))
        self.outcome.setPlaceholderText(self.tr(
            "Compare with the result you expected. What happened, and what did you notice?"))
        self.lesson_box.setTitle(self.tr("Write down the lesson learned"))
        self.lesson_hint.setText(self.tr(
            "Already filled in from the work situation. Make it something a colleague "
            "can use."))
        self.save_button.setText(self.tr("&Finish"))
        self._check()
