"""The one base for form dialogs: labelled fields, errors under them, Save/Cancel, fits the screen.

Every dialog in which a person types or chooses stands on ``GuardedDialog``: Esc, Cancel or
the window's close button ask before what was changed is thrown away, and Ctrl+L locks the
laptop from inside it. A form built on ``FormDialog`` gets besides, once and the same
everywhere:
- a label per field that is the field's buddy (Alt+letter) and its accessible name, also when
  the field is wrapped in a container with its hint (Qt finds no label for it there);
- an error under each field in room kept free for it, so an error never moves other fields;
- Save and Cancel where the platform puts them, Enter saves, and while saving both wait;
- a size that fits the free part of the screen, with a scroll bar when the form is taller.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSizeGrip,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from models.errors import DomainError
from ui.context import AppContext
from ui.screen import fit_to_screen
from ui.widgets.common import FieldError, name_by_buddies, plain_label


@dataclass
class Field:
    label: QLabel
    input: QWidget  # what the label names and Alt+letter focuses
    error: FieldError
    row: QWidget  # the input with its error and hint under it


# A widget with this property set (a search box, say) holds nothing the form would lose.
NOT_A_CHANGE = "not_a_change"


def ignore_changes(widget: QWidget) -> QWidget:
    """Typing here is no change of the form: Esc closes without asking."""
    widget.setProperty(NOT_A_CHANGE, True)
    return widget


def _value(widget: QWidget) -> object:
    """What a person typed or chose in one input, to tell whether the form changed."""
    if widget.property(NOT_A_CHANGE):
        return None
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QGroupBox):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QListWidget):
        # What is ticked or retyped; which line is selected is only where the person looks.
        return tuple((item.checkState(), item.text()) for r in range(widget.count())
                     if (item := widget.item(r)) is not None)
    return None


_MISSING = object()

# A label up to this wide keeps its words on one line; a longer one wraps between words.
LABEL_LINE_WIDTH = 260


def keep_on_one_line(label: QLabel) -> None:
    """Give a short label its full width in the label column.

    A word-wrapped QLabel asks for little width, so a form's label column came out narrower
    than its labels and broke them mid-phrase ("What came / out of it?")."""
    shown = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    natural = label.fontMetrics().horizontalAdvance(shown) + 2 * label.margin() + 2
    label.setMinimumWidth(min(natural, LABEL_LINE_WIDTH))


class GuardedDialog(QDialog):
    """A dialog that holds what a person typed or chose until they say to throw it away.

    What counts is read from the inputs themselves (``_value``), so a dialog needs no code of
    its own for it; one whose loss is not in its inputs (passwords shown once, say) tells by
    overriding ``has_unsaved`` and ``discard_texts``. ``ctx`` is None only before the
    program has one (the server password at start): there is nothing to lock yet."""

    def __init__(self, parent: QWidget | None = None, ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self._clean: dict[QWidget, object] | None = None
        self._saving = False
        self.discard_question: QMessageBox | None = None
        if ctx is not None:
            # A dialog is a window of its own: Ctrl+L of the main window does not reach it.
            lock = QShortcut(QKeySequence("Ctrl+L"), self)
            lock.activated.connect(ctx.bus.lock_requested)

    # --- changed or not ------------------------------------------------------------------

    def inputs_root(self) -> QWidget:
        """The widget whose children are the inputs."""
        return self

    def state(self) -> dict[QWidget, object]:
        # Only this window's own inputs: not those of a file dialog or question on top.
        return {w: value for w in self.inputs_root().findChildren(QWidget)
                if w.window() is self and (value := _value(w)) is not None}

    def mark_clean(self) -> None:
        """What is in the dialog now counts as unchanged (called again after a late fill)."""
        self._clean = self.state()

    def is_changed(self) -> bool:
        clean = self._clean
        if clean is None:
            return False
        return any(clean.get(w, _MISSING) != value for w, value in self.state().items())

    def has_unsaved(self) -> bool:
        """Whether closing now loses something the person would want; asked on Esc."""
        return self.is_changed()

    def set_saving(self, saving: bool) -> None:
        """While a save runs, Esc waits: closing would hide its answer."""
        self._saving = saving

    def discard_texts(self) -> tuple[str, str, str]:
        """The question's title, its text and the word on the button that throws away."""
        translate = QCoreApplication.translate
        return (translate("FormDialog", "Discard changes?"),
                translate("FormDialog", "You have changed this form. Discard what you changed?"),
                translate("FormDialog", "&Discard"))

    def reject(self) -> None:
        # Texts under the context "FormDialog", not the runtime class's (see HOUSE-STYLE.md).
        if self._saving:
            return  # the save decides: closing now would hide its answer
        if not self.has_unsaved():
            super().reject()
            return
        if self.discard_question is not None and self.discard_question.isVisible():
            return
        title, text, discard = self.discard_texts()
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text,
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Discard).setText(discard)
        box.button(QMessageBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("FormDialog", "&Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)

        def answered(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Discard):
                self._clean = None
                QDialog.reject(self)

        box.finished.connect(answered)
        self.discard_question = box
        box.open()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if self._clean is None:
            self.mark_clean()
        super().showEvent(event)


class FormDialog(GuardedDialog):
    """Subclasses add fields with ``add_field``, name them in ``set_label`` from their
    ``retranslate``, and save in ``submit`` through ``save``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, ctx)
        self.ctx = ctx
        self.fields: dict[str, Field] = {}
        self._fitted = False
        self.outer = outer = QVBoxLayout(self)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inner = inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields when the dialog is narrow (150% scaling, long Dutch words).
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.body.addLayout(self.form)
        self.scroller.setWidget(inner)
        outer.addWidget(self.scroller, 1)
        self.general_error = FieldError()
        outer.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(lambda: self.submit())
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.setSizeGripEnabled(True)
        # The grip sits in the bottom-right corner over the layout's margin; a margin lower
        # than the grip lets it cover the corner of the last button.
        grip = self.findChild(QSizeGrip)
        if grip is not None:
            margins = outer.contentsMargins()
            margins.setBottom(max(margins.bottom(), grip.sizeHint().height() + 1))
            outer.setContentsMargins(margins)

    # --- building ------------------------------------------------------------------------

    def add_field(self, key: str, widget: QWidget, *notes: QLabel,
                  focus: QWidget | None = None) -> Field:
        """A labelled row: ``widget`` with its error and ``notes`` (hints) under it.
        ``focus`` is the control inside ``widget`` when that is a container."""
        target = focus or widget
        label = QLabel()
        label.setBuddy(target)
        label.setWordWrap(True)
        error = FieldError()
        # Room for one line of error is kept, so an error appearing moves no other field.
        policy = error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        error.setSizePolicy(policy)
        error.setMinimumHeight(error.fontMetrics().height())
        row = QWidget()
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        for note in notes:
            column.addWidget(note)
        row.setFocusProxy(target)
        self.form.addRow(label, row)
        field = Field(label, target, error, row)
        self.fields[key] = field
        return field

    def set_label(self, key: str, text: str) -> None:
        field = self.fields[key]
        field.label.setText(text)
        field.input.setAccessibleName(plain_label(text))
        keep_on_one_line(field.label)

    @property
    def errors(self) -> dict[str, FieldError]:
        return {key: field.error for key, field in self.fields.items()}

    @property
    def labels(self) -> dict[str, QLabel]:
        return {key: field.label for key, field in self.fields.items()}

    @property
    def save_button(self) -> QAbstractButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    # --- errors --------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.error.show_message("")
        self.general_error.show_message("")

    def show_field_error(self, key: str | None, text: str) -> None:
        field = self.fields.get(key or "")
        if field is None:
            self.general_error.show_message(text)
            return
        field.error.show_message(text)
        if text:
            self.scroller.ensureWidgetVisible(field.row)

    def show_error(self, error: DomainError) -> None:
        """A refusal from a service, under the field it is about (or above the buttons)."""
        self.show_field_error(error.field, self.ctx.describe(error))

    # --- saving --------------------------------------------------------------------------

    def submit(self) -> None:
        """Check and save; subclasses call ``save`` with the service call."""
        raise NotImplementedError

    def save(self, work: Callable[[], Changes],
             on_saved: Callable[[Changes], None] | None = None) -> None:
        """Run ``work`` in the background; close when saved, or show why not."""
        self.clear_errors()
        self._saving = True
        self.buttons.setEnabled(False)

        def saved(changes: Changes) -> None:
            self._saving = False
            self._clean = self.state()
            if on_saved is not None:
                on_saved(changes)
            else:
                self.accept()

        def failed(error: DomainError) -> None:
            self._saving = False
            self.buttons.setEnabled(True)
            self.show_error(error)

        self.ctx.change(self, work, saved, failed)

    def inputs_root(self) -> QWidget:
        return self.inner

    # --- size ----------------------------------------------------------------------------

    def wanted_size(self) -> QSize:
        """The whole form without a scroll bar; the screen may allow less."""
        self.inner.adjustSize()
        content = self.inner.sizeHint()
        margins = self.outer.contentsMargins()
        spacing = max(self.outer.spacing(), 0)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = max(content.width() + bar, self.buttons.sizeHint().width(),
                    self.minimumWidth()) + margins.left() + margins.right()
        height = (content.height() + self.buttons.sizeHint().height()
                  + self.general_error.sizeHint().height() + 2 * spacing
                  + margins.top() + margins.bottom())
        return QSize(width, height)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if not self._fitted:
            self._fitted = True
            fit_to_screen(self, self.wanted_size())
        # Fields a subclass labelled itself (beside add_field) get their names too.
        name_by_buddies(self)
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            name_by_buddies(self)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Subclasses set their title and labels here."""

