"""Ask the owner of a work situation in my group to finish it: the result I see, and why."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.services import situations
from app.services.situations import SituationDetail
from models import SituationStatus
from models.errors import DomainError
from ui.context import AppContext
from ui.dialogs.lesson import text_edit
from ui.names_learning import RESULT_ORDER, status_name
from ui.widgets.common import FieldError, hint_label, with_notes

NOTE_MAX = 2000


class AskToFinishDialog(QDialog):
    """Only the owner finishes their situation; this sends them the question on *Mijn regie*."""

    def __init__(self, ctx: AppContext, situation: SituationDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.situation = situation
        experimented = situation.row.status == SituationStatus.EXPERIMENTING
        layout = QVBoxLayout(self)
        self.intro = hint_label()
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        self.result_group = QButtonGroup(self)
        self.result_buttons: dict[SituationStatus, QRadioButton] = {}
        results = QWidget()
        column = QVBoxLayout(results)
        column.setContentsMargins(0, 0, 0, 0)
        for status in RESULT_ORDER:
            button = QRadioButton()
            button.setEnabled(experimented or status == SituationStatus.CLOSED)
            self.result_group.addButton(button)
            self.result_buttons[status] = button
            column.addWidget(button)
        self.result_buttons[situations.suggested_result(situation)].setChecked(True)
        self.result_label = QLabel()
        form.addRow(self.result_label, results)
        self.note = text_edit(3)
        self.note_error = FieldError()
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        form.addRow(self.note_label, with_notes(self.note, self.note_error))
        self.general_error = FieldError()
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.note.textChanged.connect(self._check)
        self.setMinimumWidth(520)
        self.retranslate()

    def chosen_result(self) -> SituationStatus:
        return next(s for s, b in self.result_buttons.items() if b.isChecked())

    def _check(self) -> None:
        too_long = len(self.note.toPlainText()) > NOTE_MAX
        self.note_error.show_message(
            self.tr("This text is too long: at most %n characters.", "", NOTE_MAX)
            if too_long else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not too_long)

    def submit(self) -> None:
        self.general_error.show_message("")
        db, actor = self.ctx.db, self.ctx.actor
        sid, result, note = self.situation.row.id, self.chosen_result(), self.note.toPlainText()

        def work() -> Changes:
            return situations.ask_to_finish(db, actor, sid, result, note)

        self.buttons.setEnabled(False)
        self.ctx.change(self, work, lambda _c: self.accept(), self._failed)

    def _failed(self, error: DomainError) -> None:
        self.buttons.setEnabled(True)
        target = self.note_error if error.field == "note" else self.general_error
        target.show_message(self.ctx.describe(error))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        owner = self.situation.row.owner_name
        self.setWindowTitle(self.tr("Ask %1 to finish").replace("%1", owner))
        self.intro.setText(self.tr(
            "“%1” is %2's work situation: only they finish it. Say what you think came "
            "out of it; %2 sees your question on My learning and decides.").replace(
            "%1", self.situation.row.title).replace("%2", owner))
        self.result_label.setText(self.tr("Result"))
        for status, button in self.result_buttons.items():
            button.setText(status_name(status))
        self.note_label.setText(self.tr("&Why?"))
        self.note.setPlaceholderText(self.tr(
            "for example: The new schedule has worked for two weeks now."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Ask %1").replace("%1", owner))
        self._check()
