"""Changes from the laptop that clash with the organisation's: both versions side by side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import messages
from app.personal_copy import conflicts
from app.personal_copy.conflicts import Conflict
from models.errors import DomainError
from ui.context import AppContext
from ui.widgets.common import FieldError, hint_label, title_label


def operation_name(operation: str) -> str:
    """What an operation is about, in the reader's words (the area of its service)."""
    names = {
        "development": QCoreApplication.translate("SyncConflictsDialog",
                                                  "Development question"),
        "situations": QCoreApplication.translate("SyncConflictsDialog", "Work situation"),
        "conversations": QCoreApplication.translate("SyncConflictsDialog",
                                                    "Conversation preparation"),
        "learning_requests": QCoreApplication.translate("SyncConflictsDialog",
                                                        "Learning request"),
        "lessons": QCoreApplication.translate("SyncConflictsDialog", "Lesson"),
        "actions": QCoreApplication.translate("SyncConflictsDialog", "Action"),
    }
    return names.get(operation.partition(".")[0], operation)


class SyncConflictsDialog(QDialog):
    """One clash at a time: *Keep my version*, *Keep theirs*, or *Merge* (the merged text is
    editable). Nothing is sent or dropped until the person chooses; ``resolved`` when they
    chose at least once (the next sync sends what they kept)."""

    resolved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.copy is not None
        self.ctx = ctx
        self.copy = ctx.copy
        self.items: list[Conflict] = []
        self.chosen = 0
        self.merged: dict[str, QPlainTextEdit] = {}
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumSize(820, 520)
        layout = QVBoxLayout(self)
        self.intro = hint_label()
        layout.addWidget(self.intro)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.currentRowChanged.connect(self._show)
        layout.addWidget(self.list)
        self.heading = title_label()
        layout.addWidget(self.heading)
        self.waiting = hint_label()
        layout.addWidget(self.waiting)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        layout.addWidget(self.scroller, 1)
        self.error = FieldError()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.mine_button = QPushButton()
        self.theirs_button = QPushButton()
        self.merge_button = QPushButton()
        self.close_button = QPushButton()
        self.mine_button.clicked.connect(lambda: self.choose("mine"))
        self.theirs_button.clicked.connect(lambda: self.choose("theirs"))
        self.merge_button.clicked.connect(lambda: self.choose("merged"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.mine_button, self.theirs_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.retranslate()
        self.reload()

    # --- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        copy = self.copy
        self.ctx.call(self, lambda: conflicts.pending(copy), self._loaded)

    def _loaded(self, items: list[Conflict]) -> None:
        self.items = items
        self.list.blockSignals(True)
        self.list.clear()
        for item in items:
            self.list.addItem(f"{operation_name(item.operation)}: {item.title}")
        self.list.blockSignals(False)
        self.list.setVisible(len(items) > 1)
        if not items:
            self.accept()
            return
        self.list.setCurrentRow(0)
        self._show(0)

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        self.error.show_message("")
        self.heading.setText(f"{operation_name(item.operation)}: {item.title}")
        self.waiting.setVisible(item.waiting > 0)
        self.waiting.setText(self.tr(
            "You changed this %n more time(s) after this change. Those changes are kept on "
            "this laptop and are sent right after your choice, on top of the version you "
            "keep.", "", item.waiting))
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        headers = (self.tr("My version (this laptop)"),
                   self.tr("Their version (the organisation)"), self.tr("Merged (edit freely)"))
        for column, text in enumerate(headers, start=1):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.merged = {}
        for line, field in enumerate(item.fields or tuple(item.mine), start=1):
            label = QLabel(self.field_name(field))
            label.setWordWrap(True)
            grid.addWidget(label, line, 0, Qt.AlignmentFlag.AlignTop)
            mine_text = item.mine.get(field, "")
            for column, value in ((1, mine_text), (2, item.theirs.get(field, ""))):
                shown = QPlainTextEdit(value)
                shown.setReadOnly(True)
                shown.setAccessibleName(f"{label.text()} — {headers[column - 1]}")
                grid.addWidget(shown, line, column)
            merged = QPlainTextEdit(mine_text)
            merged.setAccessibleName(f"{label.text()} — {headers[2]}")
            grid.addWidget(merged, line, 3)
            self.merged[field] = merged
        grid.setRowStretch(len(self.merged) + 1, 1)
        self.scroller.setWidget(grid_holder)

    # --- choosing ------------------------------------------------------------------------

    def choose(self, keep: str) -> None:
        item = self.current()
        if item is None:
            return
        merged = ({field: edit.toPlainText() for field, edit in self.merged.items()}
                  if keep == "merged" else None)
        copy = self.copy
        self._enable(False)
        self.ctx.call(self, lambda: conflicts.resolve(copy, item.id, keep, merged),
                      lambda _r: self._chosen(), self._failed)

    def _chosen(self) -> None:
        self.chosen += 1
        self._enable(True)
        self.reload()

    def _failed(self, error: DomainError) -> None:
        self._enable(True)
        self.error.show_message(self.ctx.describe(error))

    def _enable(self, on: bool) -> None:
        for button in (self.mine_button, self.theirs_button, self.merge_button):
            button.setEnabled(on)

    def done(self, result: int) -> None:
        if self.chosen:
            self.resolved.emit()
            self.chosen = 0
        super().done(result)

    # --- words ---------------------------------------------------------------------------

    def field_name(self, field: str) -> str:
        name = field.rpartition(".")[2]
        known = messages.field_name(name, self.ctx.language)
        return known if known != name else name.replace("_", " ").capitalize()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changes that clash"))
        self.intro.setText(self.tr(
            "While you worked on this laptop, the same record changed at your organisation. "
            "Look at both versions and choose which one stays, or merge them. Nothing is "
            "sent or dropped until you choose; what you keep goes along at the next sync."))
        self.mine_button.setText(self.tr("Keep &my version"))
        self.theirs_button.setText(self.tr("Keep &their version"))
        self.merge_button.setText(self.tr("Mer&ge"))
        self.close_button.setText(self.tr("Decide &later"))


class RefusedChangesDialog(QDialog):
    """Changes from the laptop the organisation's database did not take over, each with why
    and what was written; *Read* lets them go (nothing is ever sent again)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.copy is not None
        self.ctx = ctx
        self.copy = ctx.copy
        self.items: list[conflicts.Refusal] = []
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumSize(640, 420)
        layout = QVBoxLayout(self)
        self.intro = hint_label()
        layout.addWidget(self.intro)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        self.error = FieldError()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.read_button = QPushButton()
        self.read_button.clicked.connect(self.dismiss)
        self.later_button = QPushButton()
        self.later_button.clicked.connect(self.reject)
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.later_button)
        layout.addLayout(buttons)
        self.retranslate()
        copy = self.copy
        self.ctx.call(self, lambda: conflicts.refused(copy), self._loaded)

    def _loaded(self, items: list[conflicts.Refusal]) -> None:
        self.items = items
        parts = []
        for item in items:
            why = messages.text(item.code, self.ctx.language, **item.params)
            wrote = "\n".join(f"  {value}" for value in item.mine.values() if value)
            parts.append(f"{operation_name(item.operation)}: {why}\n{wrote}")
        self.text.setPlainText("\n\n".join(parts))

    def dismiss(self) -> None:
        copy, ids = self.copy, [item.op_id for item in self.items]

        def work() -> None:
            for op_id in ids:
                conflicts.dismiss(copy, op_id)

        self.read_button.setEnabled(False)
        self.ctx.call(self, work, lambda _r: self.accept(), self._failed)

    def _failed(self, error: DomainError) -> None:
        self.read_button.setEnabled(True)
        self.error.show_message(self.ctx.describe(error))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changes not taken over"))
        self.intro.setText(self.tr(
            "The organisation's database did not take over these changes from your laptop. "
            "Here is why, and what you wrote, so you can do it again where it still fits."))
        self.read_button.setText(self.tr("&Read"))
        self.later_button.setText(self.tr("&Later"))
