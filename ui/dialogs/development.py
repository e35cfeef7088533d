"""My development question and the ten guiding questions, each with its own history."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.content import guiding_questions
from app.services import development
from app.services.development import AnswerVersion, QuestionView
from models.errors import DomainError
from ui.context import AppContext
from ui.i18n import format_date
from ui.icons import icon
from ui.widgets.common import FieldError, hint_label, role_label


class DevelopmentDialog(QDialog):
    """Write the question; work through the guiding questions at your own pace."""

    def __init__(self, ctx: AppContext, current: QuestionView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current = current
        self.resize(820, 720)
        layout = QVBoxLayout(self)
        self.intro = hint_label()
        layout.addWidget(self.intro)
        self.question_label = role_label("", "subtitle")
        layout.addWidget(self.question_label)
        self.question = QPlainTextEdit(current.text if current else "")
        self.question.setMaximumHeight(90)
        self.question.textChanged.connect(self._check)
        layout.addWidget(self.question)
        self.question_error = FieldError()
        layout.addWidget(self.question_error)
        self.shared = QCheckBox()
        self.shared.setChecked(bool(current and current.shared_with_manager))
        layout.addWidget(self.shared)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        grid = QGridLayout(inner)
        self.answers: dict[str, QPlainTextEdit] = {}
        self.history_buttons: dict[str, QPushButton] = {}
        self.titles: dict[str, QLabel] = {}
        self.prompts: dict[str, QLabel] = {}
        row = 0
        for number, q in enumerate(guiding_questions(ctx.language), start=1):
            title = role_label(f"{number}. {q.title}", "subtitle", wrap=True)
            prompt = hint_label(q.prompt)
            edit = QPlainTextEdit(current.answers.get(q.key, "") if current else "")
            edit.setMinimumHeight(70)
            edit.setAccessibleName(q.title)
            history = QPushButton(icon("history"), "")
            history.clicked.connect(lambda _c=False, key=q.key: self.show_history(key))
            grid.addWidget(title, row, 0, 1, 2)
            grid.addWidget(prompt, row + 1, 0, 1, 2)
            grid.addWidget(edit, row + 2, 0)
            grid.addWidget(history, row + 2, 1, Qt.AlignmentFlag.AlignTop)
            self.answers[q.key], self.history_buttons[q.key] = edit, history
            self.titles[q.key], self.prompts[q.key] = title, prompt
            row += 3
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._check()

    def _check(self) -> None:
        ok = bool(self.question.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

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

        self.buttons.setEnabled(False)
        self.ctx.change(self, work, lambda _c: self.accept(), self._failed)

    def _failed(self, error: DomainError) -> None:
        self.buttons.setEnabled(True)
        target = self.question_error if error.field == "question" else self.error
        target.show_message(self.ctx.describe(error))

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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My development question"))
        self.intro.setText(self.tr(
            "Your development question is yours: what do you want to learn, in and for your "
            "own work? The ten guiding questions help you sharpen it. Answer them in any "
            "order, now or later; every saved version is kept."))
        self.question_label.setText(self.tr("My development question"))
        self.question.setPlaceholderText(self.tr(
            "for example: How do I find faults in heat pumps on my own?"))
        self.question.setAccessibleName(self.tr("My development question"))
        self.shared.setText(self.tr("My manager may read my question and my answers"))
        for key, button in self.history_buttons.items():
            count = self.current.versions.get(key, 0) if self.current else 0
            button.setText(self.tr("History (%n)", "", count))
            button.setEnabled(count > 0)
            button.setAccessibleName(self.tr("Earlier versions"))
