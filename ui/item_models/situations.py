"""The work situations table: a QAbstractTableModel over SituationRow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.services.situations import SituationRow
from ui.names_learning import FINISHED_STATUSES, aim_name, kind_name, status_name

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
COLUMNS = 6


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("SituationsModel", "Work situation"),
        QCoreApplication.translate("SituationsModel", "Kind"),
        QCoreApplication.translate("SituationsModel", "Aim"),
        QCoreApplication.translate("SituationsModel", "Step"),
        QCoreApplication.translate("SituationsModel", "Owner"),
        QCoreApplication.translate("SituationsModel", "Learning group"),
    ]


class SituationsTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[SituationRow] = []

    def set_rows(self, rows: list[SituationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> SituationRow:
        return self._rows[row]

    def row_of(self, situation_id: int) -> int | None:
        for number, r in enumerate(self._rows):
            if r.id == situation_id:
                return number
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == ROW_ROLE:
            return r
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = [
                r.title,
                kind_name(r.kind),
                aim_name(r.aim),
                status_name(r.status),
                r.owner_name,
                r.group_name,
            ]
            return values[index.column()]
        if role == Qt.ItemDataRole.FontRole and r.status in FINISHED_STATUSES:
            font = QFont()
            font.setItalic(True)
            return font
        return None
