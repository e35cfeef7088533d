"""Table settings that stay fast with ten years of rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

# Columns fitted to their contents look at the rows in view and this many around them, not
# at every row (Qt's default is 1,000 rows, each read for every column on every layout).
SIZE_SAMPLE_ROWS = 30


def uniform_rows(table: QTableView, lines: int = 1) -> None:
    """One height for every row (``lines`` of text; more is wrapped, then cut off) and
    column widths from a sample of rows.

    Sizing each row to its own contents reads every cell of every row on each layout: with
    thousands of rows that is seconds per click. The full text stays in the tooltip.
    """
    table.setWordWrap(lines > 1)
    table.setTextElideMode(Qt.TextElideMode.ElideNone if lines > 1
                           else Qt.TextElideMode.ElideRight)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().lineSpacing() * lines + 10)
    table.horizontalHeader().setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
