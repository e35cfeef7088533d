"""My development question and the ten guiding questions, each with its own history."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.changes import Changes
from app.content import guiding_questions
from app.services import development
from app.services.development import AnswerVersion, QuestionView
from ui.context import AppContext
from ui.dialogs.form import FormDialog
from ui.i18n import format_date
from ui.icons import icon
from ui.widgets.common import FieldError, hint_label, role_label


class DevelopmentDialog(FormDialog):
    """Write the question; work through the guiding questions at your own pace."""

    def __init__(self, ctx: AppContext, current: QuestionView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.current = current
        self.intro = hint_label()
        self.body.insertWidget(0, self.intro)
        # The question over the whole width, its label above it.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.question = QPlainTextEdit(current.text if current else "")
        self.question.setTabChangesFocus(True)
        self.question.setMaximumHeight(90)
        self.question.textChanged.connect(self._check)
        self.shared = QCheckBox()
        self.shared.setChecked(bool(current and current.shared_with_manager))
        self.add_field("question", self.question, focus=self.question)
        self.body.addWidget(self.shared)

        grid = QGridLayout()
        self.answers: dict[str, QPlainTextEdit] = {}
        self.history_buttons: dict[str, QPushButton] = {}
        self.titles: dict[str, QLabel] = {}
        self.prompts: dict[str, QLabel] = {}
        row = 0
        for number, q in enumerate(guiding_questions(ctx.language), start=1):
            title = role_label(f"{number}. {q.title}", "subtitle", wrap=True)
            prompt = hint_label(q.prompt)
            edit = QPlainTextEdit(current.answers.get(q.key, "") if current else "")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
            edit.setAccessibleName(q.title)
            title.setBuddy(edit)
            history = QPushButton(icon("history"), "")
            history.clicked.connect(lambda _c=False, key=q.key: self.show_history(key))
            grid.addWidget(title, row, 0, 1, 2)
            grid.addWidget(prompt, row + 1, 0, 1, 2)
            grid.addWidget(edit, row + 2, 0)
            grid.addWidget(history, row + 2, 1, Qt.AlignmentFlag.AlignTop)
            self.answers[q.key], self.history_buttons[q.key] = edit, history
            self.titles[q.key], self.prompts[q.key] = title, prompt
            row += 3
        self.body.addLayout(grid)
        self.setMinimumWidth(640)
        self.retranslate()
        self._check()

    @property
    def question_error(self) -> FieldError:
        return self.fields["question"].error

    @property
    def error(self) -> FieldError:
        return self.general_error

    def wanted_size(self) -> QSize:
        # The ten questions are long: as much as the screen gives, up to this.
        return QSize(820, 720)

    def _check(self) -> None:
        self.save_button.setEnabled(bool(self.question.toPlainText().strip()))

    def submit(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        text, shared = self.question.toPlainText(), self.shared.isChecked()
        before = self.current.answers if self.current else {}
        # Only the answers worked on: each saved one becomes a version in its history.
        answers = {k: e.toPlainText() for k, e in self.answers.items()
                   if e.toPlainText().strip() != before.get(k, "").strip()}
        version = self.current.version_id if self.current else None

        def work() -> Changes:
            # Question and answers in one step, only if nobody changed them since loading.
            return development.save_question(db, actor, text, shared, answers,
                                             expected_version=version)

        self.save(work)

    def show_history(self, key: str) -> None:
        if self.current is None:
            return
        db, actor, qid = self.ctx.db, self.ctx.actor, self.current.id
        self.ctx.call(self, lambda: development.answer_history(db, actor, qid, key),
                      lambda versions: self._history_box(key, versions))

    def _history_box(self, key: str, versions: list[AnswerVersion]) -> None:
        lines = [f"<p><b>{format_date(v.saved_at, self.ctx.language)}</b><br>"
                 f"{v.text.replace(chr(10), '<br>')}</p>" for v in versions]
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.titles[key].text(),
                          "".join(lines) or self.tr("Nothing saved yet."),
                          QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        self.history_box = box
        box.open()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My development question"))
        self.intro.setText(self.tr(
            "Your development question is yours: what do you want to learn, in and for your "
            "own work? The ten guiding questions help you sharpen it. Answer them in any "
            "order, now or later; every saved version is kept."))
        self.set_label("question", self.tr("My &development question"))
        self.question.setPlaceholderText(self.tr(
            "for example: How do I find faults in heat pumps on my own?"))
        self.shared.setText(self.tr("My manager may read my question and my answers"))
        for key, button in self.history_buttons.items():
            count = self.current.versions.get(key, 0) if self.current else 0
            button.setText(self.tr("History (%n)", "", count))
            button.setEnabled(count > 0)
            button.setAccessibleName(self.tr("Earlier versions"))
