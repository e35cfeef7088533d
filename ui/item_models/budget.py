"""Tables of formal learning: requests for a learning intervention, and the budget ledger."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from app.carry_over import Amount
from app.services.budget import Ledger, LedgerRow
from app.services.learning_requests import RequestRow
from models import RequestStatus
from ui.i18n import format_date, format_money
from ui.item_models.columns import Column, ColumnTableModel
from ui.names_budget import CLOSED, hours_text, intervention_name, request_status_name, scope_name

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NO_AMOUNT = "—"


def error_colour() -> QColor:
    """The colour of the error labels in the style sheet, for the palette in use."""
    app = QApplication.instance()
    dark = bool(app.property("regiestoel_dark")) if app is not None else False
    return QColor("#f2b8b5" if dark else "#b3261e")


# --- requests ---------------------------------------------------------------------------

TITLE, PERSON, KIND, COST, HOURS, START, STATUS = range(7)


def _cost(r: RequestRow, language: str) -> str:
    # What it cost once done, else what it will cost.
    cents = r.spent_cents if r.status is RequestStatus.COMPLETED else r.cost_cents
    return format_money(cents, language)


class RequestsTableModel(ColumnTableModel[RequestRow]):
    """Requests, newest first. Cost is what it cost once done, else what it will cost;
    finished business reads quieter (italic) than what still needs someone."""

    def __init__(self) -> None:
        self.language = "en"
        right = Qt.AlignmentFlag.AlignRight
        # Each header is a literal translate() call, so lupdate finds it.
        super().__init__([
            Column(lambda: QCoreApplication.translate("BudgetModel", "Learning intervention"),
                   lambda r: r.title),
            Column(lambda: QCoreApplication.translate("BudgetModel", "Asked by"),
                   lambda r: r.person_name),
            Column(lambda: QCoreApplication.translate("BudgetModel", "Kind"),
                   lambda r: intervention_name(r.kind)),
            Column(lambda: QCoreApplication.translate("BudgetModel", "Cost"),
                   lambda r: _cost(r, self.language), align=right),
            Column(lambda: QCoreApplication.translate("BudgetModel", "Hours"),
                   lambda r: hours_text(r.minutes, self.language), align=right),
            Column(lambda: QCoreApplication.translate("BudgetModel", "Starts"),
                   lambda r: format_date(r.start_date, self.language)),
            Column(lambda: QCoreApplication.translate("BudgetModel", "Status"),
                   lambda r: request_status_name(r.status)),
        ], key=lambda r: r.id, dimmed=lambda r: r.status in CLOSED)

    def set_rows(self, rows: Sequence[RequestRow], language: str | None = None) -> None:
        if language is not None:
            self.language = language
        super().set_rows(rows)

    def set_language(self, language: str) -> None:
        """Write the same rows in another language (names, amounts, dates)."""
        self.language = language
        self.retranslate()


# --- the ledger -------------------------------------------------------------------------

SCOPE, NAME, AVAILABLE, COMMITTED, SPENT, REMAINING, EXPIRING = range(7)
MONEY_COLUMNS = (AVAILABLE, COMMITTED, SPENT, REMAINING, EXPIRING)


def _ledger_headers() -> list[str]:
    return [
        QCoreApplication.translate("BudgetModel", "Scope"),
        QCoreApplication.translate("BudgetModel", "Name"),
        QCoreApplication.translate("BudgetModel", "Available"),
        QCoreApplication.translate("BudgetModel", "Committed"),
        QCoreApplication.translate("BudgetModel", "Spent"),
        QCoreApplication.translate("BudgetModel", "Remaining"),
        QCoreApplication.translate("BudgetModel", "Expiring"),
    ]


def carried_text(amounts: tuple[Amount, ...], language: str) -> str:
    """Budget carried over from earlier years, each amount with its expiry, in words."""
    return "; ".join(
        QCoreApplication.translate("BudgetModel", "%1 from %2, until %3").replace(
            "%1", format_money(a.cents, language)).replace("%2", str(a.origin)).replace(
            "%3", format_date(a.expires_on, language))
        for a in amounts)


def has_own_budget(row: LedgerRow) -> bool:
    """Whether the row has money of its own: the organisation always; a person with an
    individual budget; a team whose members have individual budgets."""
    if row.scope == "person":
        return row.individual
    if row.scope == "team":
        return row.available_cents > 0
    return True


class LedgerTableModel(QAbstractTableModel):
    """The ledger of one year. Rows paid from the shared budget show no remaining amount
    of their own: a negative number there would look like an overspend that is none."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[LedgerRow] = []
        self.language = "en"
        self.year: int | None = None

    def set_ledger(self, ledger: Ledger, language: str) -> None:
        self.beginResetModel()
        self._rows = list(ledger.rows)
        self.year = ledger.year
        self.language = language
        self.endResetModel()

    def set_language(self, language: str) -> None:
        """Write the same rows in another language (names, amounts, dates)."""
        self.language = language
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def row_at(self, row: int) -> LedgerRow:
        return self._rows[row]

    def row_of(self, scope: str, row_id: int) -> int | None:
        for number, r in enumerate(self._rows):
            if r.scope == scope and r.id == row_id:
                return number
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 7

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _ledger_headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in MONEY_COLUMNS:
            return RIGHT
        return None

    def _text(self, r: LedgerRow, column: int) -> str:
        lang = self.language
        if column == SCOPE:
            return scope_name(r.scope)
        if column == NAME:
            if r.archived:
                return QCoreApplication.translate("BudgetModel", "%1 (archived)").replace(
                    "%1", r.name)
            return r.name
        own = has_own_budget(r)
        amounts = {
            AVAILABLE: r.available_cents if own else None,
            COMMITTED: r.committed_cents,
            SPENT: r.spent_cents,
            REMAINING: r.remaining_cents if own else None,
            EXPIRING: r.expiring_cents if own or r.scope == "organisation" else None,
        }
        cents = amounts[column]
        return NO_AMOUNT if cents is None else format_money(cents, lang)

    def _tooltip(self, r: LedgerRow, column: int) -> str:
        if column in (AVAILABLE, REMAINING, EXPIRING) and not has_own_budget(r) \
                and r.scope != "organisation":
            return QCoreApplication.translate(
                "BudgetModel", "No budget of its own: paid from the organisation's budget.")
        if column == AVAILABLE and r.carried:
            return QCoreApplication.translate(
                "BudgetModel", "%1, of which carried over: %2").replace(
                "%1", self._text(r, column)).replace("%2", carried_text(r.carried,
                                                                        self.language))
        if column == EXPIRING:
            return QCoreApplication.translate(
                "BudgetModel", "%1 of individual budget lapses on 31 December unless it "
                "is used.").replace("%1", self._text(r, column))
        if column == REMAINING and r.remaining_cents < 0:
            return QCoreApplication.translate(
                "BudgetModel", "More is committed and spent than is available.")
        return self._text(r, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY_COLUMNS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == REMAINING \
                and has_own_budget(r) and r.remaining_cents < 0:
            return error_colour()
        if role == Qt.ItemDataRole.FontRole:
            if r.scope == "organisation" or (column == REMAINING and has_own_budget(r)
                                             and r.remaining_cents < 0):
                font = QFont()
                font.setBold(True)
                return font
            if r.archived:
                font = QFont()
                font.setItalic(True)
                return font
        return None
