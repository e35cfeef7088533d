"""Write or edit a lesson learned; the form is shared with finishing a work situation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from app.changes import Changes
from app.services import lessons
from app.services.lessons import TAGS_MAX, TEXT_MAX, TITLE_MAX, LessonInput, LessonRow
from models.errors import DomainError
from ui.context import AppContext
from ui.dialogs.form import FormDialog, keep_on_one_line
from ui.widgets.common import FieldError, hint_label, plain_label, with_notes

TEXT_FIELDS = ("context", "what_worked", "what_did_not", "next_time")
FIELDS = ("title", *TEXT_FIELDS, "tags")


class TextField(QPlainTextEdit):
    """A multi-line field that Tab leaves (for keyboard users), a few lines high."""

    def __init__(self, lines: int = 3) -> None:
        super().__init__()
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(self._height(min(lines, 2)))

    def _height(self, lines: int) -> int:
        margins = self.contentsMargins()
        return (self.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom()
                + 2 * int(self.document().documentMargin()))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(super().sizeHint().width(), self._height(self.lines))


def text_edit(lines: int = 3) -> TextField:
    return TextField(lines)


class LessonForm(QWidget):
    """The fields of a lesson, with their explanations and errors; emits ``edited``."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, labels_above: bool = False) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if labels_above
                                   else QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors = {f: FieldError() for f in FIELDS}
        self.labels: dict[str, QLabel] = {f: QLabel() for f in FIELDS}
        for label in self.labels.values():
            # Beside its field a label may need two lines; above it, it has the whole row.
            label.setWordWrap(not labels_above)
        self.title = QLineEdit()
        self.title.setMaxLength(TITLE_MAX)
        self.texts: dict[str, QPlainTextEdit] = {
            f: text_edit(5 if f == "context" else 3) for f in TEXT_FIELDS}
        self.context, self.what_worked = self.texts["context"], self.texts["what_worked"]
        self.what_did_not, self.next_time = self.texts["what_did_not"], self.texts["next_time"]
        self.tags = QLineEdit()
        self.tags.setMaxLength(TAGS_MAX)
        self.tags_hint = hint_label()
        widgets: dict[str, QWidget] = {"title": self.title, **self.texts, "tags": self.tags}
        for key in FIELDS:
            self.labels[key].setBuddy(widgets[key])
            notes = (self.errors[key], self.tags_hint) if key == "tags" else (self.errors[key],)
            self.form.addRow(self.labels[key], with_notes(widgets[key], *notes))
        self.title.textChanged.connect(self._edited)
        self.tags.textChanged.connect(self._edited)
        for edit in self.texts.values():
            edit.textChanged.connect(self._edited)
        self.retranslate()

    def _edited(self) -> None:
        problems = self.problems()
        for key in TEXT_FIELDS:
            self.errors[key].show_message(problems.get(key, ""))
        self.edited.emit()

    def fill(self, lesson: LessonInput | LessonRow) -> None:
        self.title.setText(lesson.title)
        for key, edit in self.texts.items():
            edit.setPlainText(getattr(lesson, key))
        self.tags.setText(", ".join(lesson.tags))

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for key, edit in self.texts.items():
            if len(edit.toPlainText()) > TEXT_MAX:
                found[key] = self.tr("This text is too long: at most %n characters.", "",
                                     TEXT_MAX)
        return found

    def ready(self) -> bool:
        return bool(self.title.text().strip()) and not self.problems()

    def collect(self, situation_id: int | None = None) -> LessonInput:
        return LessonInput(
            title=self.title.text(),
            context=self.context.toPlainText(),
            what_worked=self.what_worked.toPlainText(),
            what_did_not=self.what_did_not.toPlainText(),
            next_time=self.next_time.toPlainText(),
            tags=[t for t in self.tags.text().split(",") if t.strip()],
            situation_id=situation_id,
        )

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.show_message("")

    def show_error(self, field: str | None, text: str) -> bool:
        """Show a service error next to its field; False when the field is not in this form."""
        target = self.errors.get(field or "")
        if target is None:
            return False
        target.show_message(text)
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {
            "title": self.tr("&Title"),
            "context": self.tr("What was the &situation?"),
            "what_worked": self.tr("What &worked?"),
            "what_did_not": self.tr("What did &not work?"),
            "next_time": self.tr("What would you do ne&xt time?"),
            "tags": self.tr("T&ags"),
        }
        widgets = {"title": self.title, **self.texts, "tags": self.tags}
        for key, text in texts.items():
            self.labels[key].setText(text)
            if self.labels[key].wordWrap():
                keep_on_one_line(self.labels[key])  # "Wat was de / situatie?" read badly
            # The field sits in a container with its notes: Qt would not find this label.
            widgets[key].setAccessibleName(plain_label(text))
        self.title.setPlaceholderText(self.tr("In a few words: what did you learn?"))
        self.context.setPlaceholderText(self.tr("Where, when and with whom. Enough for a "
                                                "colleague who was not there."))
        self.tags.setPlaceholderText(self.tr("for example: planning, new colleagues"))
        self.tags_hint.setText(self.tr("Words that help colleagues find this lesson, "
                                       "separated by commas."))


class LessonDialog(FormDialog):
    """A new lesson, or an existing one to improve (only its author or an owner may)."""

    def __init__(self, ctx: AppContext, lesson: LessonRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.lesson = lesson
        self.saved_id: int | None = None
        self.intro = hint_label()
        self.body.insertWidget(0, self.intro)
        # The lesson's fields are the form shared with finishing a work situation.
        self.lesson_form = LessonForm()
        self.body.addWidget(self.lesson_form)
        self.body.addStretch(1)
        self.lesson_form.edited.connect(self._check)
        if lesson is not None:
            self.lesson_form.fill(lesson)
        self.setMinimumWidth(600)
        self.retranslate()

    def _check(self) -> None:
        self.save_button.setEnabled(self.lesson_form.ready())

    def submit(self) -> None:
        self.lesson_form.clear_errors()
        db, actor = self.ctx.db, self.ctx.actor
        if self.lesson is None:
            data = self.lesson_form.collect()

            def work() -> Changes:
                return lessons.add_lesson(db, actor, data)
        else:
            lesson_id, version = self.lesson.id, self.lesson.version_id
            data = self.lesson_form.collect(self.lesson.situation_id)

            def work() -> Changes:
                return lessons.update_lesson(db, actor, lesson_id, data, version)

        self.save(work, self._saved)

    def _saved(self, changes: Changes) -> None:
        self.saved_id = changes.ids[0] if changes.ids else None
        self.accept()

    def show_error(self, error: DomainError) -> None:
        if not self.lesson_form.show_error(error.field, self.ctx.describe(error)):
            self.show_field_error(None, self.ctx.describe(error))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New lesson learned") if self.lesson is None
                            else self.tr("Edit lesson: %1").replace("%1", self.lesson.title))
        self.intro.setText(self.tr(
            "Write down what you learned so that a colleague can use it tomorrow. Short and "
            "concrete is better than complete."))
        self._check()
