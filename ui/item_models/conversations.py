"""Conversation lists: my conversations per half year (a tree), and the status overview."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.services.conversations import ZONE, ConversationStatusRow, DueState
from models import ConversationStatus
from ui.i18n import format_date
from ui.icons import icon
from ui.names_conversations import due_name, half_year_name, status_name

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = 0


def moment_text(when: datetime, language: str) -> str:
    """A stored moment in Amsterdam time, the time people typed in: 03-12-2026 10:00."""
    local = when.astimezone(ZONE)
    return f"{format_date(local.date(), language)} {local:%H:%M}"


def meeting_text(when: datetime | None, language: str) -> str:
    """The meeting's date and time, or that it has none yet."""
    if when is None:
        return QCoreApplication.translate("Conversations", "Not scheduled")
    return moment_text(when, language)


def stage_text(row: ConversationStatusRow) -> str:
    """Where the conversation stands, in a few words."""
    if row.status is not ConversationStatus.PLANNED:
        return status_name(row.status)
    if row.signatures == 1:
        return QCoreApplication.translate("Conversations", "Signed by one of you")
    published = int(row.professional_published) + int(row.manager_published)
    if published == 2:
        return QCoreApplication.translate("Conversations", "Both prepared")
    if published == 1:
        return QCoreApplication.translate("Conversations", "One preparation published")
    return QCoreApplication.translate("Conversations", "Preparing")


def status_text(row: ConversationStatusRow) -> str:
    """The stage, with "due now" or "overdue" when the half year asks for it."""
    if row.due is None:
        return stage_text(row)
    return f"{stage_text(row)} · {due_name(row.due)}"


def status_icon(row: ConversationStatusRow) -> Any:
    if row.due is DueState.OVERDUE:
        return icon("warning")
    if row.status is ConversationStatus.SIGNED:
        return icon("check")
    if row.due is DueState.DUE:
        return icon("calendar")
    return None


class MyConversationsModel(QAbstractItemModel):
    """Half years (newest first) with my conversations in them, as professional or manager.

    A half year row has internal id 0; a conversation row the number of its half year + 1.
    """

    COLUMNS = 3

    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self.language = language
        self.me: int | None = None
        self._groups: list[tuple[tuple[int, int], list[ConversationStatusRow]]] = []

    def set_rows(self, rows: list[ConversationStatusRow], me: int | None) -> None:
        self.beginResetModel()
        self.me = me
        groups: dict[tuple[int, int], list[ConversationStatusRow]] = {}
        for r in rows:
            groups.setdefault((r.year, r.half), []).append(r)
        self._groups = [
            (key, sorted(found, key=lambda r: (r.professional_id != me,
                                               r.professional_name.casefold())))
            for key, found in sorted(groups.items(), reverse=True)
        ]
        self.endResetModel()

    def rows(self) -> list[ConversationStatusRow]:
        return [r for _key, found in self._groups for r in found]

    def opened_half_years(self, rows: int = 40) -> list[int]:
        """The half years the tree shows opened: the newest always, then older ones while
        they add up to ``rows`` conversations. A professional sees all their years; a
        manager of 140 people the newest half year, not 2,800 rows of ten years."""
        opened, shown = [], 0
        for n, (_key, found) in enumerate(self._groups):
            if opened and shown + len(found) > rows:
                break
            opened.append(n)
            shown += len(found)
        return opened

    @staticmethod
    def first_of(rows: list[ConversationStatusRow], me: int | None
                 ) -> ConversationStatusRow | None:
        """The row ``set_rows`` puts first: the newest half year, my own conversation first."""
        return min(rows, key=lambda r: (-r.year, -r.half, r.professional_id != me,
                                        r.professional_name.casefold()), default=None)

    def index_of(self, conversation_id: int) -> QModelIndex:
        for g, (_key, found) in enumerate(self._groups):
            for n, r in enumerate(found):
                if r.id == conversation_id:
                    return self.index(n, 0, self.index(g, 0))
        return QModelIndex()

    # --- the tree --------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here rather than by hasIndex, which calls back into rowCount and
        # columnCount: the tree asks for every index of ten years when it expands.
        if row < 0 or not 0 <= column < self.COLUMNS:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._groups):
                return QModelIndex()
            return self.createIndex(row, column, NO_PARENT)
        if parent.internalId() != NO_PARENT or parent.column() != 0 \
                or row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == NO_PARENT:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == NO_PARENT and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return self.COLUMNS

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = [
                QCoreApplication.translate("Conversations", "Conversation"),
                QCoreApplication.translate("Conversations", "Status"),
                QCoreApplication.translate("Conversations", "Meeting"),
            ]
            return headers[section]
        return None

    def row_at(self, index: Index) -> ConversationStatusRow | None:
        if not index.isValid() or index.internalId() == NO_PARENT:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == NO_PARENT:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == NO_PARENT:
            (year, half), _found = self._groups[index.row()]
            if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
                return half_year_name(year, half)
            if index.column() == 0 and role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        r = self.row_at(index)
        assert r is not None
        column = index.column()
        if role == ROW_ROLE:
            return r
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                # Two lines, so a narrow list shows both without cutting either off.
                return f"{self.who(r)}\n{status_text(r)}"
            if column == 1:
                return status_text(r)
            return meeting_text(r.meeting_at, self.language)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return f"{self.who(r)}, {status_text(r)}"
        if role == Qt.ItemDataRole.DecorationRole and column in (0, 1):
            return status_icon(r)
        return None

    def who(self, r: ConversationStatusRow) -> str:
        """The other person: my manager, or the professional I talk with."""
        if r.professional_id == self.me:
            name = r.manager_name or QCoreApplication.translate("Conversations", "no manager")
            text = QCoreApplication.translate("Conversations", "%1 (your manager)")
            return text.replace("%1", name)
        return r.professional_name


class OverviewModel(QAbstractTableModel):
    """Statuses and dates of conversations (the owner's and a manager's overview)."""

    COLUMNS = 7

    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self.language = language
        self._rows: list[ConversationStatusRow] = []

    def set_rows(self, rows: list[ConversationStatusRow]) -> None:
        self.beginResetModel()
        # Overdue first, then due, then the rest; the newest half year on top.
        order = {DueState.OVERDUE: 0, DueState.DUE: 1, None: 2}
        self._rows = sorted(rows, key=lambda r: (order[r.due], -r.year, -r.half,
                                                 r.professional_name.casefold()))
        self.endResetModel()

    def row_at(self, row: int) -> ConversationStatusRow:
        return self._rows[row]

    def row_of(self, conversation_id: int) -> int | None:
        for n, r in enumerate(self._rows):
            if r.id == conversation_id:
                return n
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = [
                QCoreApplication.translate("Conversations", "Professional"),
                QCoreApplication.translate("Conversations", "Manager"),
                QCoreApplication.translate("Conversations", "Half year"),
                QCoreApplication.translate("Conversations", "Meeting"),
                QCoreApplication.translate("Conversations", "Prepared"),
                QCoreApplication.translate("Conversations", "Signed"),
                QCoreApplication.translate("Conversations", "Status"),
            ]
            return headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return r
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            published = int(r.professional_published) + int(r.manager_published)
            of_two = QCoreApplication.translate("Conversations", "%1 of 2")
            manager = r.manager_name or "—"
            if r.manager_left and r.manager_name:
                manager = QCoreApplication.translate("Conversations", "%1 (left)").replace(
                    "%1", r.manager_name)
            values = [
                r.professional_name,
                manager,
                half_year_name(r.year, r.half),
                meeting_text(r.meeting_at, self.language),
                of_two.replace("%1", str(published)),
                of_two.replace("%1", str(r.signatures)),
                status_text(r),
            ]
            return values[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 6:
            return status_icon(r)
        if role == Qt.ItemDataRole.FontRole and r.due is DueState.OVERDUE and column == 6:
            font = QFont()
            font.setBold(True)
            return font
        return None
