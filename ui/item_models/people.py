"""The people table: the column model over PersonRow, and its search filter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt

from app.services.people import PersonRow, fold
from ui.item_models.columns import ROW_ROLE, Column, ColumnTableModel, Index
from ui.names import role_names

__all__ = ["ROW_ROLE", "Index", "PeopleFilter", "PeopleTableModel"]


def _name(p: PersonRow) -> str:
    if p.archived:
        return QCoreApplication.translate("PeopleModel", "%1 (archived)").replace("%1", p.name)
    return p.name


def _can_log_in(p: PersonRow) -> str:
    if p.archived:
        return ""
    return (QCoreApplication.translate("PeopleModel", "Yes") if p.has_account
            else QCoreApplication.translate("PeopleModel", "Not yet"))


class PeopleTableModel(ColumnTableModel[PersonRow]):
    def __init__(self) -> None:
        # Each header is a literal translate() call, so lupdate finds it.
        super().__init__([
            Column(lambda: QCoreApplication.translate("PeopleModel", "Name"), _name),
            Column(lambda: QCoreApplication.translate("PeopleModel", "E-mail"),
                   lambda p: p.email),
            Column(lambda: QCoreApplication.translate("PeopleModel", "Roles"),
                   lambda p: role_names(p.roles)),
            Column(lambda: QCoreApplication.translate("PeopleModel", "Teams"),
                   lambda p: ", ".join(p.teams)),
            Column(lambda: QCoreApplication.translate("PeopleModel", "Manager"),
                   lambda p: p.manager_name),
            Column(lambda: QCoreApplication.translate("PeopleModel", "Ask me about"),
                   lambda p: ", ".join(p.expertise)),
            Column(lambda: QCoreApplication.translate("PeopleModel", "Can log in"),
                   _can_log_in),
        ], key=lambda p: p.id, dimmed=lambda p: p.archived)


class PeopleFilter(QSortFilterProxyModel):
    """Matches name, e-mail, teams and expertise, ignoring case and accents."""

    def __init__(self) -> None:
        super().__init__()
        self._needle = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The table model sorts its rows itself (see ``ColumnTableModel.sort``); this
        filter keeps their order."""
        model = self.sourceModel()
        if isinstance(model, ColumnTableModel):
            model.sort(column, order)

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
