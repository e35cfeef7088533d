"""One table model for lists of rows: each column says its header and how it shows a row.

The people, work-situation and audit tables (and any new big table) are this model with their
own columns, instead of each repeating rowCount, headerData and data.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.validation import fold

T = TypeVar("T")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    """``header`` is asked each time, so a language switch shows at once."""

    header: Callable[[], str]
    text: Callable[[T], str]
    align: Qt.AlignmentFlag | None = None


class ColumnTableModel(QAbstractTableModel, Generic[T]):
    """Rows of one kind; ``key`` finds a row again after a reload, ``dimmed`` shows a row in
    italics (archived, finished)."""

    def __init__(self, columns: Sequence[Column[T]], *,
                 key: Callable[[T], Hashable] | None = None,
                 dimmed: Callable[[T], bool] | None = None) -> None:
        super().__init__()
        self.columns = list(columns)
        self._rows: list[T] = []
        self._key = key
        self._dimmed = dimmed
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = self._in_order(list(rows))
        self.endResetModel()

    def _in_order(self, rows: list[T]) -> list[T]:
        if self._sorted is None:
            return rows
        column, order = self._sorted
        text = self.columns[column].text
        # Each row's text folded once (case and accents ignored, as a person reads a list),
        # then Python's sort: a sorting proxy asked Python for two texts per comparison,
        # 0.3 s for 2,500 people.
        return sorted(rows, key=lambda r: (fold(text(r)), text(r)),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._sorted = (column, order)
        self._rows = self._in_order(before)
        where = {id(r): n for n, r in enumerate(self._rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [
            self.index(where[id(before[i.row()])], i.column()) for i in old])
        self.layoutChanged.emit()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, key: Hashable) -> int | None:
        if self._key is None:
            return None
        return next((n for n, r in enumerate(self._rows) if self._key(r) == key), None)

    def retranslate(self) -> None:
        """Headers and texts again, in the language now in use."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.columns) - 1))

    # --- Qt's model API ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._dimmed is not None and self._dimmed(row):
            font = QFont()
            font.setItalic(True)
            return font
        return None
