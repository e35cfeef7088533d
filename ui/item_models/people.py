"""The people table: a QAbstractTableModel over PersonRow, and its search filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from app.services.people import PersonRow, fold
from ui.names import role_names

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("PeopleModel", "Name"),
        QCoreApplication.translate("PeopleModel", "E-mail"),
        QCoreApplication.translate("PeopleModel", "Roles"),
        QCoreApplication.translate("PeopleModel", "Teams"),
        QCoreApplication.translate("PeopleModel", "Manager"),
        QCoreApplication.translate("PeopleModel", "Ask me about"),
        QCoreApplication.translate("PeopleModel", "Can log in"),
    ]


def _can_log_in(p: PersonRow) -> str:
    if p.archived:
        return ""
    return (QCoreApplication.translate("PeopleModel", "Yes") if p.has_account
            else QCoreApplication.translate("PeopleModel", "Not yet"))


class PeopleTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[PersonRow] = []

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> PersonRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 7

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        if role == ROW_ROLE:
            return p
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == 0:
                if p.archived:
                    return QCoreApplication.translate("PeopleModel", "%1 (archived)").replace(
                        "%1", p.name
                    )
                return p.name
            values = [
                p.name,
                p.email,
                role_names(p.roles),
                ", ".join(p.teams),
                p.manager_name,
                ", ".join(p.expertise),
                _can_log_in(p),
            ]
            return values[col]
        if role == Qt.ItemDataRole.FontRole and p.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class PeopleFilter(QSortFilterProxyModel):
    """Matches name, e-mail, teams and expertise, ignoring case and accents."""

    def __init__(self) -> None:
        super().__init__()
        self._needle = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_search(self, text: str) -> None:
        needle = fold(text.strip())
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and newer
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange()
        else:
            self._needle = needle
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, PeopleTableModel)
        return self._needle in model.row_at(source_row).search_text
