"""Ask the owner of a work situation in my group to finish it: the result I see, and why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.services import situations
from app.services.situations import SituationDetail
from models import SituationStatus
from ui.context import AppContext
from ui.dialogs.form import FormDialog
from ui.dialogs.lesson import text_edit
from ui.names_learning import RESULT_ORDER, status_name
from ui.widgets.common import hint_label

NOTE_MAX = 2000


class AskToFinishDialog(FormDialog):
    """Only the owner finishes their situation; this sends them the question on *Mijn regie*."""

    def __init__(self, ctx: AppContext, situation: SituationDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.situation = situation
        experimented = situation.row.status == SituationStatus.EXPERIMENTING
        self.intro = hint_label()
        self.body.insertWidget(0, self.intro)
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
        self.add_field("result", results,
                       focus=self.result_buttons[situations.suggested_result(situation)])
        self.note = text_edit(3)
        self.add_field("note", self.note)
        self.note.textChanged.connect(self._check)
        self.setMinimumWidth(520)
        self.retranslate()

    def chosen_result(self) -> SituationStatus:
        return next(s for s, b in self.result_buttons.items() if b.isChecked())

    def _check(self) -> None:
        too_long = len(self.note.toPlainText()) > NOTE_MAX
        self.show_field_error("note", self.tr(
            "This text is too long: at most %n characters.", "", NOTE_MAX) if too_long else "")
        self.save_button.setEnabled(not too_long)

    def submit(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        sid, result, note = self.situation.row.id, self.chosen_result(), self.note.toPlainText()

        def work() -> Changes:
            return situations.ask_to_finish(db, actor, sid, result, note)

        self.save(work)

    def retranslate(self) -> None:
        owner = self.situation.row.owner_name
        self.setWindowTitle(self.tr("Ask %1 to finish").replace("%1", owner))
        self.intro.setText(self.tr(
            "“%1” is %2's work situation: only they finish it. Say what you think came "
            "out of it; %2 sees your question on My learning and decides.").replace(
            "%1", self.situation.row.title).replace("%2", owner))
        self.set_label("result", self.tr("Result"))
        for status, button in self.result_buttons.items():
            button.setText(status_name(status))
        self.set_label("note", self.tr("&Why?"))
        self.note.setPlaceholderText(self.tr(
            "for example: The new schedule has worked for two weeks now."))
        self.save_button.setText(self.tr("&Ask %1").replace("%1", owner))
        self._check()
