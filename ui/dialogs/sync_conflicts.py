"""Changes from the laptop that clash with the organisation's: both versions side by side."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
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
            self.list.addItem(f"{self.operation_name(item.operation)}: {item.title}")
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
        self.heading.setText(f"{self.operation_name(item.operation)}: {item.title}")
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

    def operation_name(self, operation: str) -> str:
        area = operation.partition(".")[0]
        return {
            "development": self.tr("Development question"),
            "situations": self.tr("Work situation"),
            "conversations": self.tr("Conversation preparation"),
            "learning_requests": self.tr("Learning request"),
            "lessons": self.tr("Lesson"),
            "actions": self.tr("Action"),
        }.get(area, operation)

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
