"""Register or edit a work situation: what it is, bottleneck or challenge, and its aim."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.services import situations
from app.services.development import QuestionView
from app.services.situations import SituationDetail, SituationInput
from models import SituationAim, SituationKind
from ui.context import AppContext
from ui.dialogs.form import FormDialog
from ui.dialogs.lesson import text_edit
from ui.names_learning import AIM_ORDER, KIND_ORDER, aim_name, kind_explanation, kind_name
from ui.widgets.common import hint_label


def _column(*widgets: QWidget) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for w in widgets:
        column.addWidget(w)
    return box


class SituationDialog(FormDialog):
    """``question`` is my current development question (if I have one), to link to."""

    def __init__(
        self,
        ctx: AppContext,
        question: QuestionView | None = None,
        situation: SituationDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.question = question
        self.situation = situation
        self.saved_id: int | None = None
        self.intro = hint_label()
        self.body.insertWidget(0, self.intro)

        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.description = text_edit(5)

        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[SituationKind, QRadioButton] = {}
        self.kind_hints: dict[SituationKind, QLabel] = {}
        kind_widgets: list[QWidget] = []
        for kind in KIND_ORDER:
            button = QRadioButton()
            hint = hint_label()
            hint.setIndent(24)  # under the text of the radio button, not under its circle
            self.kind_group.addButton(button)
            self.kind_buttons[kind], self.kind_hints[kind] = button, hint
            kind_widgets += [button, hint]
        kinds = _column(*kind_widgets)

        self.aim_group = QButtonGroup(self)
        self.aim_buttons: dict[SituationAim, QRadioButton] = {}
        for aim in AIM_ORDER:
            button = QRadioButton()
            self.aim_group.addButton(button)
            self.aim_buttons[aim] = button
        aims = _column(*self.aim_buttons.values())

        self.link = QCheckBox()
        self.link_hint = hint_label()
        linked = situation.development_question_id if situation else None
        self.can_link = question is not None or linked is not None

        self.add_field("title", self.title)
        self.add_field("description", self.description)
        self.add_field("kind", kinds, focus=self.kind_buttons[KIND_ORDER[0]])
        self.add_field("aim", aims, focus=self.aim_buttons[AIM_ORDER[0]])
        if self.can_link:
            self.add_field("development_question", self.link, self.link_hint)
        self.body.addStretch(1)
        self.title.textChanged.connect(self._check)
        self.description.textChanged.connect(self._check)

        if situation is not None:
            self.title.setText(situation.row.title)
            self.description.setPlainText(situation.description)
            self.kind_buttons[situation.row.kind].setChecked(True)
            self.aim_buttons[situation.row.aim].setChecked(True)
            self.link.setChecked(linked is not None)
        else:
            self.kind_buttons[SituationKind.BOTTLENECK].setChecked(True)
            self.aim_buttons[SituationAim.IMPROVE].setChecked(True)
            self.link.setChecked(question is not None)
        self.setMinimumWidth(600)
        self.retranslate()

    # --- checking and saving -------------------------------------------------------------

    def _check(self) -> None:
        too_long = len(self.description.toPlainText()) > 10_000
        self.show_field_error("description", self.tr(
            "This text is too long: at most %n characters.", "", 10_000) if too_long else "")
        ready = bool(self.title.text().strip()) and not too_long
        self.save_button.setEnabled(ready)

    def _question_id(self) -> int | None:
        if not self.can_link or not self.link.isChecked():
            return None
        linked = self.situation.development_question_id if self.situation else None
        if linked is not None:
            return linked
        return self.question.id if self.question else None

    def collect(self) -> SituationInput:
        kind = next(k for k, b in self.kind_buttons.items() if b.isChecked())
        aim = next(a for a, b in self.aim_buttons.items() if b.isChecked())
        return SituationInput(
            title=self.title.text(),
            description=self.description.toPlainText(),
            kind=kind,
            aim=aim,
            development_question_id=self._question_id(),
        )

    def submit(self) -> None:
        data = self.collect()
        db, actor = self.ctx.db, self.ctx.actor
        if self.situation is None:

            def work() -> Changes:
                return situations.register_situation(db, actor, data)
        else:
            sid, version = self.situation.row.id, self.situation.version_id

            def work() -> Changes:
                return situations.update_situation(db, actor, sid, data,
                                                   expected_version=version)

        self.save(work, self._saved)

    def _saved(self, changes: Changes) -> None:
        self.saved_id = changes.ids[0] if changes.ids else None
        self.accept()

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New work situation") if self.situation is None
                            else self.tr("Edit %1").replace("%1", self.situation.row.title))
        self.intro.setText(self.tr(
            "Bring something from your own daily work. You will first collect questions "
            "about it, then look for options and try one out."))
        texts = {
            "title": self.tr("&Title"),
            "description": self.tr("&What is going on?"),
            "kind": self.tr("Kind"),
            "aim": self.tr("What do you want?"),
            "development_question": self.tr("Development question"),
        }
        for key, text in texts.items():
            if key in self.fields:
                self.set_label(key, text)
        self.title.setPlaceholderText(self.tr("for example: Orders are late on Mondays"))
        self.description.setPlaceholderText(self.tr(
            "Describe what happens, when, and who notices it. No solutions yet."))
        for kind, button in self.kind_buttons.items():
            button.setText(kind_name(kind))
            self.kind_hints[kind].setText(kind_explanation(kind))
        aim_texts = {
            SituationAim.IMPROVE: self.tr("Improve it: make it work better"),
            SituationAim.INNOVATE: self.tr("Innovate it: do it in a new way"),
            SituationAim.PERFORM: self.tr("Perform better in it myself"),
        }
        for aim, button in self.aim_buttons.items():
            button.setText(aim_texts[aim])
            button.setAccessibleName(aim_name(aim))
        self.link.setText(self.tr("Link to my development question"))
        linked = self.situation.development_question_id if self.situation else None
        if self.question is not None and linked in (None, self.question.id):
            self.link_hint.setText(self.tr("“%1”").replace("%1", self.question.text))
        else:
            self.link_hint.setText(self.tr("Linked to an earlier development question."))
        self._check()
