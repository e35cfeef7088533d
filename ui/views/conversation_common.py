"""Shared pieces of the conversations area: loaded data, safe calls, small widgets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import (
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)
from shiboken6 import isValid

from app.changes import Changes
from app.services import conversations
from app.services.conversations import (
    ConversationStatusRow,
    MeetingView,
    PreparationField,
)
from models import ConversationStatus, Side
from models.errors import DomainError
from ui.names_conversations import (
    half_year_name,
)

SIDES = (Side.PROFESSIONAL, Side.MANAGER)
SUMMARY_MAX = conversations.SUMMARY_MAX
# Below this width the two preparations stand under each other instead of side by side.
NARROW = 720


@dataclass(frozen=True)
class Loaded:
    """One conversation as the panel shows it, loaded in one go."""

    meeting: MeetingView
    fields: dict[Side, tuple[PreparationField, ...]]
    me: int | None

    @property
    def row(self) -> ConversationStatusRow:
        return self.meeting.conversation

    @property
    def my_side(self) -> Side | None:
        if self.me is not None and self.me == self.row.professional_id:
            return Side.PROFESSIONAL
        if self.me is not None and self.me == self.row.manager_id:
            return Side.MANAGER
        return None

    @property
    def open(self) -> bool:
        """I take part, and it is neither locked nor cancelled: I may sign or ask for a
        correction."""
        return (self.my_side is not None and not self.meeting.locked
                and self.row.status is not ConversationStatus.CANCELLED)

    @property
    def editable(self) -> bool:
        """Open, and not waiting for the second signature (a correction request reopens it)."""
        return self.open and not self.meeting.awaiting_signature

    def name_of(self, side: Side) -> str:
        if side is Side.PROFESSIONAL:
            return self.row.professional_name
        return self.row.manager_name

    def other_name(self) -> str:
        return self.name_of(Side.MANAGER if self.my_side is Side.PROFESSIONAL
                            else Side.PROFESSIONAL)


def _call(widget: Any, fn: Callable[[], Any], done: Callable[[Any], None] | None = None,
          failed: Callable[[DomainError], None] | None = None) -> None:
    """``ctx.call`` for a widget that may be gone when the answer comes (the screen was
    locked, or the area closed): then the answer is dropped instead of reaching a dead widget."""
    widget.ctx.call(widget, fn, *_while_alive(widget, done, failed))


def _change(widget: Any, fn: Callable[[], Changes], done: Callable[[Changes], None] | None = None,
            failed: Callable[[DomainError], None] | None = None) -> None:
    """``ctx.change`` likewise; the changes are broadcast either way."""
    widget.ctx.change(widget, fn, *_while_alive(widget, done, failed))


def _while_alive(widget: Any, done: Callable[[Any], None] | None,
                 failed: Callable[[DomainError], None] | None
                 ) -> tuple[Callable[[Any], None], Callable[[DomainError], None]]:
    def finished(value: Any) -> None:
        if done is not None and isValid(widget):
            done(value)

    def refused(error: DomainError) -> None:
        if not isValid(widget):
            return
        if failed is not None:
            failed(error)
        else:
            widget.ctx.show_error(widget, error)

    return finished, refused


def _paragraphs(text: str) -> str:
    return "<br>".join(escape(line) for line in text.strip().splitlines())


def _rich_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def _quiet(widget: QWidget) -> str:
    return widget.palette().color(QPalette.ColorRole.PlaceholderText).name()


def _half_year_of_label(label: str) -> str:
    """``2026-1`` (how the service names a half year) in words."""
    year, _sep, half = label.partition("-")
    if year.isdigit() and half in ("1", "2"):
        return half_year_name(int(year), int(half))
    return label


def _file_name(text: str) -> str:
    """Safe as a file name on every system."""
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in text).strip()
    return safe or "conversation"


def _button_row(*widgets: QWidget, stretch_at: int = -1) -> QHBoxLayout:
    row = QHBoxLayout()
    for n, w in enumerate(widgets):
        if n == stretch_at:
            row.addStretch(1)
        row.addWidget(w)
    if stretch_at < 0 or stretch_at >= len(widgets):
        row.addStretch(1)
    return row


class _WrappingDelegate(QStyledItemDelegate):
    """Measures wrapped text at the column's real width, which QTreeView does not pass on;
    otherwise a long (Dutch) name gets a row too low for its wrapped lines and is cut off."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.columnWidth(index.column()) - depth * self.tree.indentation()
        opt.rect = QRect(0, 0, max(width, 40), 1)  # valid, so the style wraps at its width
        style = self.tree.style()
        return style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt, QSize(),
                                      self.tree)


# --- prepare --------------------------------------------------------------------------------


