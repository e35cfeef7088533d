"""The conversations area: half-yearly talent development conversations, prepared, held and
signed by a professional and their manager; an overview of statuses for managers and owner."""

from __future__ import annotations

from html import escape
from typing import cast

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.access import Operation
from app.changes import Area, Changes
from app.services import conversations
from app.services.conversations import (
    ConversationStatusRow,
)
from models import Role, Side
from models.errors import DomainError
from ui.context import AppContext
from ui.dialogs.plan_conversations import PlanConversationsDialog
from ui.dialogs.sign import ReopenDialog, ScheduleDialog, SignDialog
from ui.icons import icon
from ui.item_models.conversations import (
    ROW_ROLE,
    MyConversationsModel,
    OverviewModel,
    meeting_text,
    moment_text,
    status_text,
)
from ui.names_conversations import (
    due_name,
    half_year_name,
    side_name,
    status_name,
)
from ui.views.conversation_common import (
    Loaded,
    _button_row,
    _call,
    _change,
    _rich_label,
    _WrappingDelegate,
)
from ui.views.conversation_meeting import MeetingPage
from ui.views.conversation_prepare import PreparePage
from ui.views.conversation_record import HistoryPage, RecordPage
from ui.widgets.common import (
    EmptyState,
    FieldError,
    hint_label,
    role_label,
    title_label,
)
from ui.widgets.tables import uniform_rows

PREPARE, MEETING, RECORD, HISTORY = range(4)  # the panel's tabs


class ConversationPanel(QWidget):
    """The selected conversation: a heading, and pages to prepare, meet, keep the record and
    look back. For someone who may not read it: its status, and why the rest is private."""

    sign_requested = Signal(object)  # Side
    correction_requested = Signal(object)  # Side
    reopen_requested = Signal()
    schedule_requested = Signal()
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded: Loaded | None = None
        self.status_row: ConversationStatusRow | None = None
        self.wanted_id: int | None = None
        # The conversation read along with the list, for the first show_conversation only.
        self.ahead: Loaded | None = None
        self.ready = False
        self._serial = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        self.nothing = hint_label()
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.nothing)

        # --- private: status only -----------------------------------------------------------
        self.private = QWidget()
        private = QVBoxLayout(self.private)
        self.private_heading = role_label("", "subtitle", wrap=True)
        private_row = QHBoxLayout()
        lock = QLabel()
        lock.setPixmap(icon("lock").pixmap(24, 24))
        self.private_message = QLabel()
        self.private_message.setWordWrap(True)
        private_row.addWidget(lock, 0, Qt.AlignmentFlag.AlignTop)
        private_row.addWidget(self.private_message, 1)
        self.private_status = _rich_label()
        private.addWidget(self.private_heading)
        private.addLayout(private_row)
        private.addWidget(self.private_status)
        self.back_button = QPushButton(icon("calendar"), "")
        private.addLayout(_button_row(self.back_button))
        private.addStretch(1)
        self.stack.addWidget(self.private)

        # --- the conversation ---------------------------------------------------------------
        self.content = QWidget()
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.heading = role_label("", "subtitle", wrap=True)
        self.meta = hint_label()
        titles.addWidget(self.heading)
        titles.addWidget(self.meta)
        self.schedule_button = QPushButton(icon("calendar"), "")
        head.addLayout(titles, 1)
        head.addWidget(self.schedule_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(head)
        self.lock_banner = QWidget()
        banner = QHBoxLayout(self.lock_banner)
        banner.setContentsMargins(0, 2, 0, 2)
        lock_icon = QLabel()
        lock_icon.setPixmap(icon("lock").pixmap(18, 18))
        self.lock_text = QLabel()
        self.lock_text.setWordWrap(True)
        self.reopen_button = QPushButton(icon("history"), "")
        banner.addWidget(lock_icon, 0, Qt.AlignmentFlag.AlignTop)
        banner.addWidget(self.lock_text, 1)
        banner.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addWidget(self.lock_banner)
        self.share = QCheckBox()
        self.share_error = FieldError()
        column.addWidget(self.share)
        column.addWidget(self.share_error)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        # Each page is built when it is first shown or asked for; until then an empty stand-in.
        self._built: dict[int, QWidget] = {}
        self._filling = False
        for name in ("edit", "person", "lock", "history"):
            self.pages.addTab(QWidget(), icon(name), "")
        column.addWidget(self.pages, 1)
        self.stack.addWidget(self.content)

        self.schedule_button.clicked.connect(self.schedule_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.share.clicked.connect(lambda checked: self.set_shared(checked))
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.pages.currentChanged.connect(self._page_shown)
        self.retranslate()
        self.show_conversation(None)

    # --- the pages, built on first use ----------------------------------------------------

    @property
    def prepare(self) -> PreparePage:
        return cast(PreparePage, self._page(PREPARE))

    @property
    def meeting(self) -> MeetingPage:
        return cast(MeetingPage, self._page(MEETING))

    @property
    def record(self) -> RecordPage:
        return cast(RecordPage, self._page(RECORD))

    @property
    def history(self) -> HistoryPage:
        return cast(HistoryPage, self._page(HISTORY))

    def _page(self, n: int) -> QWidget:
        """The page of tab ``n``, built (and filled with the conversation shown) if needed."""
        page = self._built.get(n)
        if page is not None:
            return page
        page = (PreparePage, MeetingPage, RecordPage, HistoryPage)[n](self.ctx)
        self._built[n] = page
        if isinstance(page, MeetingPage):
            page.sign_requested.connect(self.sign_requested)
            page.correction_requested.connect(self.correction_requested)
            page.reload_wanted.connect(self.reload)
        page.retranslate()
        stand_in = self.pages.widget(n)
        current, visible = self.pages.currentIndex(), self.pages.isTabVisible(n)
        tab_icon, text = self.pages.tabIcon(n), self.pages.tabText(n)
        # Swapping the stand-in is no change of page for whoever listens.
        blocker = QSignalBlocker(self.pages)
        self.pages.removeTab(n)
        self.pages.insertTab(n, page, tab_icon, text)
        self.pages.setTabVisible(n, visible)
        self.pages.setCurrentIndex(current)
        blocker.unblock()
        if stand_in is not None:
            stand_in.deleteLater()
        if self.loaded is not None and not self._filling and not isinstance(page, HistoryPage):
            page.show_loaded(self.loaded)  # type: ignore[attr-defined]
        return page

    def _page_shown(self, n: int) -> None:
        if n >= 0 and n not in self._built:
            # Built after this signal, not inside it: the tab bar is still switching.
            QTimer.singleShot(0, self, lambda: self._show_page(n))
            return
        self._load_history_if_shown()

    def _show_page(self, n: int) -> None:
        if isValid(self) and self.pages.currentIndex() == n:
            self._page(n)
            self._load_history_if_shown()

    # --- loading ---------------------------------------------------------------------------

    def show_conversation(self, conversation_id: int | None) -> None:
        self.wanted_id = conversation_id
        self._serial += 1
        serial = self._serial
        self.ready = False
        ahead, self.ahead = self.ahead, None
        if conversation_id is None:
            self.loaded = None
            self.stack.setCurrentWidget(self.nothing)
            self.ready = True
            return
        if ahead is not None and ahead.row.id == conversation_id:
            self._show(ahead)  # read with the list a moment ago
            return
        db, actor, lang = self.ctx.db, self.ctx.actor, self.ctx.language
        me = self.ctx.session.person_id

        def load() -> Loaded:
            return Loaded(conversations.meeting_view(db, actor, conversation_id),
                          conversations.preparation_fields(lang), me)

        def loaded(result: Loaded) -> None:
            if serial == self._serial:
                self._show(result)

        def refused(error: DomainError) -> None:
            if serial != self._serial:
                return
            self.loaded = None
            message = self.ctx.describe(error)

            def status(row: ConversationStatusRow) -> None:
                if serial == self._serial:
                    self._show_private(message, row)

            def no_status(_e: DomainError) -> None:
                if serial == self._serial:
                    self.nothing.setText(message)
                    self.stack.setCurrentWidget(self.nothing)
                    self.ready = True

            _call(self, lambda: conversations.conversation_status(
                db, actor, conversation_id), status, no_status)

        _call(self, load, loaded, refused)

    def reload(self) -> None:
        self.show_conversation(self.wanted_id)

    def _show(self, loaded: Loaded) -> None:
        self._filling = True  # the pages built below are filled once, at the end
        try:
            self._show_loaded(loaded)
        finally:
            self._filling = False
        self._load_history_if_shown(force=True)
        self.ready = True

    def _show_loaded(self, loaded: Loaded) -> None:
        previous = self.loaded
        self.loaded = loaded
        self.status_row = loaded.row
        new = previous is None or previous.row.id != loaded.row.id
        self.pages.setTabVisible(0, loaded.my_side is not None)
        if new:
            # Start where there is work: preparing, or the record once it is signed.
            if loaded.meeting.locked:
                self.pages.setCurrentWidget(self.record)
            elif loaded.my_side is None:
                self.pages.setCurrentWidget(self.meeting)
            else:
                mine = loaded.meeting.preparation(loaded.my_side)
                self.pages.setCurrentWidget(self.meeting if mine is not None
                                            and mine.published else self.prepare)
            self.share_error.show_message("")
        elif previous is not None and loaded.meeting.locked != previous.meeting.locked:
            # Just signed by both: here is the record. Just reopened: back to the table.
            self.pages.setCurrentWidget(self.record if loaded.meeting.locked else self.meeting)
        self._page(self.pages.currentIndex())  # the page in view; the others once shown
        for page in list(self._built.values()):
            if isinstance(page, HistoryPage):
                page.entries = None if new else page.entries
            else:
                page.show_loaded(loaded)  # type: ignore[attr-defined]
        self._render()
        self.stack.setCurrentWidget(self.content)

    def _load_history_if_shown(self, force: bool = False) -> None:
        """The history is read only when someone looks at it (reading it is audited)."""
        loaded = self.loaded
        if loaded is None or HISTORY not in self._built \
                or self.pages.currentWidget() is not self.history:
            return
        if force or self.history.professional_id != loaded.row.professional_id \
                or self.history.entries is None:
            self.history.load(loaded.row.professional_id)

    def _show_private(self, message: str, row: ConversationStatusRow) -> None:
        self.status_row = row
        lang = self.ctx.language
        self.private_heading.setText(self.tr("%1 and %2").replace("%1", row.professional_name)
                                     .replace("%2", row.manager_name or "—"))
        self.private_message.setText(message)
        facts = [
            (self.tr("Half year"), half_year_name(row.year, row.half)),
            (self.tr("Status"), status_text(row)),
            (self.tr("Meeting"), meeting_text(row.meeting_at, lang)),
            (self.tr("Preparations published"),
             self.tr("%1 of 2").replace("%1", str(int(row.professional_published)
                                                  + int(row.manager_published)))),
            (self.tr("Signatures"), self.tr("%1 of 2").replace("%1", str(row.signatures))),
        ]
        self.private_status.setText("<table cellpadding='3'>" + "".join(
            f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts)
            + "</table>")
        self.stack.setCurrentWidget(self.private)
        self.ready = True

    def _render(self) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        row, lang = loaded.row, self.ctx.language
        self.heading.setText(self.tr("%1 and %2").replace("%1", row.professional_name)
                             .replace("%2", row.manager_name or "—"))
        parts = [half_year_name(row.year, row.half), status_name(row.status)]
        if row.due is not None:
            parts.append(due_name(row.due))
        if row.meeting_at is not None:
            when = meeting_text(row.meeting_at, lang)
            if loaded.meeting.location:
                when = f"{when}, {loaded.meeting.location}"
            parts.append(self.tr("meeting %1").replace("%1", when))
        else:
            parts.append(self.tr("no meeting scheduled yet"))
        if loaded.my_side is not None:
            parts.append(self.tr("you take part as %1").replace(
                "%1", side_name(loaded.my_side).lower()))
        self.meta.setText(" · ".join(parts))
        self.schedule_button.setVisible(loaded.editable)
        self.schedule_button.setText(self.tr("&Move the meeting…") if row.meeting_at
                                     else self.tr("Sc&hedule the meeting…"))
        locked = loaded.meeting.locked
        self.lock_banner.setVisible(locked)
        self.reopen_button.setVisible(locked and loaded.my_side is not None)
        if locked and row.locked_at is not None:
            self.lock_text.setText(self.tr(
                "Signed by both of you on %1. The record is locked: nothing can be changed "
                "unless one of you reopens it.").replace("%1", moment_text(row.locked_at,
                                                                          lang)))
        self.share.setChecked(loaded.meeting.readable_by_later_managers)
        self.share.setVisible(loaded.my_side is not None)
        professional = loaded.my_side is Side.PROFESSIONAL
        self.share.setEnabled(professional)
        self.share.setToolTip(
            self.tr("A later manager of yours may read this record, for example when you "
                    "change teams. Without it, only the two of you read it.") if professional
            else self.tr("Only %1 decides this.").replace("%1", row.professional_name))

    def set_shared(self, allowed: bool) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        db, actor, cid, version = self.ctx.db, self.ctx.actor, loaded.row.id, loaded.row.version
        self.share_error.show_message("")

        def failed(error: DomainError) -> None:
            self.share.setChecked(not allowed)
            self.share_error.show_message(self.ctx.describe(error))

        _change(self, lambda: conversations.set_readable_by_later_managers(
            db, actor, cid, allowed, expected_version=version), None, failed)

    def retranslate(self) -> None:
        self.nothing.setText(self.tr("Choose a conversation to prepare it, hold it, or read "
                                     "it back."))
        self.share.setText(self.tr("&Later managers may read this record"))
        self.back_button.setText(self.tr("&Back to the overview"))
        self.reopen_button.setText(self.tr("&Reopen…"))
        for n, text in enumerate((self.tr("Prepare"), self.tr("Meeting"), self.tr("Record"),
                                  self.tr("History"))):
            self.pages.setTabText(n, text)
        for page in self._built.values():
            page.retranslate()  # type: ignore[attr-defined]
        self._render()


# --- the overview --------------------------------------------------------------------------


class OverviewPage(QWidget):
    """Statuses and dates of the conversations I may oversee (never their content)."""

    open_requested = Signal(int)
    plan_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[ConversationStatusRow] = []
        self._stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.hint = hint_label()
        layout.addWidget(self.hint)
        self.due_only = QCheckBox()
        self.due_only.setChecked(True)
        self.plan_button = QPushButton(icon("add"), "")
        self.plan_note = hint_label()
        self.plan_note.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.due_only)
        bar.addStretch(1)
        bar.addWidget(self.plan_button)
        layout.addLayout(bar)
        layout.addWidget(self.plan_note)
        self.model = OverviewModel(ctx.language)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        uniform_rows(self.table)  # ten years of every professional's conversations
        header = self.table.horizontalHeader()
        # Every column as wide as its text; on a narrow screen the table scrolls sideways
        # rather than squeezing the names into a sliver. The last column (the status) is not
        # stretched: a stretched column gets only the room left over, and at 1366×768 that
        # cut "Een voorbereiding gepubliceerd · Te laat" short.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        # As high as its rows (up to the room there is), with the button right under it.
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.nothing_due = hint_label()
        layout.addWidget(self.table, 1)
        layout.addWidget(self.nothing_due)
        self.open_button = QPushButton(icon("person"), "")
        layout.addLayout(_button_row(self.open_button))
        layout.addStretch(0)
        self.due_only.toggled.connect(lambda _on: self._show_rows())
        self.plan_button.clicked.connect(self.plan_requested)
        self.open_button.clicked.connect(self._open)
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.plan_button.setVisible(ctx.session.may(Operation.VIEW_CONVERSATION_STATUS))

    def set_rows(self, rows: list[ConversationStatusRow]) -> None:
        self.rows = rows
        if self.isVisible():
            self._show_rows()
        else:
            # Shown when the tab is opened: sizing the columns to a hidden table is wasted.
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if self._stale:
            self._show_rows()
        super().showEvent(event)

    def _show_rows(self) -> None:
        self._stale = False
        selected = self.selected()
        shown = [r for r in self.rows if r.due is not None] if self.due_only.isChecked() \
            else self.rows
        self.model.set_rows(shown)
        me = self.ctx.session.person_id
        # A manager sees only their own reports: a column with their own name says nothing.
        self.table.setColumnHidden(1, all(r.manager_id == me for r in shown))
        self.table.setVisible(bool(shown))
        self.nothing_due.setVisible(not shown)
        self.nothing_due.setText(
            self.tr("Nothing is due: every conversation of this half year is signed.")
            if self.due_only.isChecked() and self.rows else
            self.tr("No conversations to show yet."))
        if selected is not None and self.model.row_of(selected.id) is not None:
            self.table.selectRow(self.model.row_of(selected.id))  # type: ignore[arg-type]
        self._update()

    def selected(self) -> ConversationStatusRow | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        return rows[0].data(ROW_ROLE) if rows else None  # type: ignore[no-any-return]

    def _update(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def _open(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_requested.emit(row.id)

    def retranslate(self) -> None:
        owner = self.ctx.session.may(Operation.VIEW_CONVERSATION_STATUS)
        self.hint.setText(
            self.tr("Who still has to hold their conversation. You see statuses and dates "
                    "only: what is said stays between the professional and the manager.")
            if owner else
            self.tr("The conversations of the people you manage: statuses and dates. You "
                    "read the content of the conversations you take part in."))
        self.due_only.setText(self.tr("Only &due and overdue"))
        self.plan_button.setText(self.tr("Plan talent conversations…"))
        self.open_button.setText(self.tr("&Open conversation"))
        self.table.setAccessibleName(self.tr("Conversations overview"))
        self._show_rows()
        self.model.language = self.ctx.language
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)


# --- the area -------------------------------------------------------------------------------


class ConversationsView(QWidget):
    """My talent conversations per half year, and for managers and the owner an overview."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        self.rows: list[ConversationStatusRow] = []
        self.dialog: QDialog | None = None
        self._select_after_reload: int | None = None
        self._refilling = False
        self._split_once = False
        # Asked for first, so the database works while the widgets below are built (the
        # answer is handled once this constructor has returned).
        self._every_half_year = False
        self._request_rows(every=False)
        self.oversees = ctx.session.may(Operation.VIEW_CONVERSATION_STATUS) or \
            ctx.actor.has(Role.MANAGER)
        layout = QVBoxLayout(self)
        self.title = title_label()
        self.intro = hint_label()
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        # --- my conversations ---------------------------------------------------------------
        self.model = MyConversationsModel(ctx.language)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        # Half years are headings, open: no arrows, little indentation, more room (a
        # long list gets arrows when it is loaded).
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(self.fontMetrics().averageCharWidth() * 2)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        # One column: who, and under it where the conversation stands (the model's other
        # columns hold the same, for a wider table elsewhere).
        self.tree.setHeaderHidden(True)
        self.tree.setColumnHidden(1, True)
        self.tree.setColumnHidden(2, True)
        self.none_of_mine = hint_label()
        self.none_of_mine.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left = QWidget()
        left.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.tree, 1)
        left_column.addWidget(self.none_of_mine)
        self.panel = ConversationPanel(ctx)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)

        # --- overview (managers and owner) --------------------------------------------------
        self.overview = OverviewPage(ctx)
        self.overview.due_only.toggled.connect(self._due_only_toggled)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, icon("person"), "")
        self.tabs.addTab(self.overview, icon("calendar"), "")
        self.tabs.setTabVisible(1, self.oversees)
        self.tabs.tabBar().setVisible(self.oversees)

        # --- nothing yet --------------------------------------------------------------------
        self.empty = EmptyState("calendar")
        self.owner = ctx.session.may(Operation.VIEW_CONVERSATION_STATUS)
        self.empty_plan = self.empty.add_button("", "add")
        self.empty_plan.setVisible(self.owner)
        self.plan_note = hint_label()
        self.plan_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plan_note.hide()
        empty_layout = self.empty.layout()
        assert isinstance(empty_layout, QVBoxLayout)
        empty_layout.insertWidget(empty_layout.count() - 1, self.plan_note)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._selected_changed())
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self._relayout_timer.timeout.connect(self._relayout_tree)
        self.tree.viewport().installEventFilter(self)
        self.empty_plan.clicked.connect(self.plan_half_year)
        self.overview.plan_requested.connect(self.plan_half_year)
        self.overview.open_requested.connect(self.open_conversation)
        self.panel.sign_requested.connect(self.sign)
        self.panel.correction_requested.connect(self.ask_correction)
        self.panel.reopen_requested.connect(self.reopen)
        self.panel.schedule_requested.connect(self.schedule)
        self.panel.back_requested.connect(lambda: self.tabs.setCurrentWidget(self.overview))
        self.panel.back_button.setVisible(self.oversees)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if not self._split_once:
            # Three tenths for the list, whatever the panel's own size hint asks for.
            self._split_once = True
            width = max(self.width(), 800)
            self.splitter.setSizes([width * 3 // 10, width * 7 // 10])
        elif self.loaded and not event.spontaneous():
            # Coming back to the area: the other may have published or signed meanwhile,
            # on their own laptop (a shared database sends no signal here).
            self.reload()
            self.panel.reload()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            # Rows wrap to the list's width; their heights are measured again once it settles.
            self._relayout_timer.start()  # once for a burst of resizes, not once per resize
        return super().eventFilter(watched, event)

    def _relayout_tree(self) -> None:
        if isValid(self.tree):
            self.tree.doItemsLayout()

    # --- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        """My conversations, and for the overview what it shows: only the due ones until
        every half year is asked for (ten years of everyone's statuses are thousands)."""
        self._request_rows(every=not self.overview.due_only.isChecked())

    def _request_rows(self, every: bool) -> None:
        db, actor, lang = self.ctx.db, self.ctx.actor, self.ctx.language
        me = self.ctx.session.person_id
        self._every_half_year = every
        # On opening, the conversation shown first is read in the same trip as the list.
        ahead = not self.loaded and self._select_after_reload is None

        def load() -> tuple[list[ConversationStatusRow], Loaded | None]:
            rows = load_rows()
            first = MyConversationsModel.first_of(
                [r for r in rows if me is not None and me in (r.professional_id, r.manager_id)],
                me) if ahead else None
            if first is None:
                return rows, None
            try:
                return rows, Loaded(conversations.meeting_view(db, actor, first.id),
                                    conversations.preparation_fields(lang), me)
            except DomainError:
                return rows, None  # the panel asks again, and says why it may not

        def load_rows() -> list[ConversationStatusRow]:
            if every:
                return conversations.list_conversations(db, actor)
            rows = conversations.list_conversations(db, actor, taking_part_or_due=True)
            if not rows:  # nothing mine and nothing due: is there anything at all?
                return conversations.list_conversations(db, actor)
            return rows

        _call(self, load, self._loaded)

    def _due_only_toggled(self, due_only: bool) -> None:
        if not due_only and not self._every_half_year:
            self.reload()

    def _loaded(self, result: tuple[list[ConversationStatusRow], Loaded | None]) -> None:
        rows, self.panel.ahead = result
        first = not self.loaded
        self.rows = rows
        me = self.ctx.session.person_id
        mine = [r for r in rows if me is not None and me in (r.professional_id, r.manager_id)]
        others = [r for r in rows if r.professional_id != me]
        current = self.selected()
        # What was asked for before the list arrived (a link on Mijn regie, say) wins over
        # the one that needs me most: the panel may already show it.
        wanted = self._select_after_reload or (current.id if current else None) \
            or self.panel.wanted_id
        self._select_after_reload = None
        self._refilling = True
        self.model.language = self.ctx.language
        self.model.set_rows(mine, me)
        opened = self.model.opened_half_years()
        # Headings always open while the list is short; a long one (a manager of many)
        # gets arrows, the newest half year open and the older ones closed.
        closable = len(opened) < self.model.rowCount()
        self.tree.setRootIsDecorated(closable)
        self.tree.setItemsExpandable(closable)
        for half_year in opened:
            self.tree.expand(self.model.index(half_year, 0))
        self.overview.set_rows(others)
        self.stack.setCurrentWidget(self.tabs if rows else self.empty)
        self.none_of_mine.setVisible(not mine)
        self.tree.setVisible(bool(mine))
        if first and not mine and self.oversees:
            self.tabs.setCurrentWidget(self.overview)
        if wanted is not None and self.model.index_of(wanted).isValid():
            self.select_conversation(wanted)
        elif mine and (self.panel.wanted_id is None
                       or self.model.index_of(self.panel.wanted_id).isValid()):
            # The one that needs me most: the newest half year, my own conversation first.
            self.select_conversation(self.model.rows()[0].id)
        self._refilling = False
        self._selected_changed()
        self.panel.ahead = None  # read for this moment only, never shown later
        self.loaded = True

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Area.CONVERSATIONS, Area.PEOPLE):
            self.reload()
        wanted = self.panel.wanted_id
        if wanted is None:
            return
        ours = changes.touches(Area.CONVERSATIONS) and (wanted in changes.ids
                                                         or not changes.ids)
        # An agreement finished elsewhere (in the actions on the home screen, say).
        elsewhere = changes.touches(Area.ACTIONS) and not changes.touches(Area.CONVERSATIONS)
        if ours or elsewhere or changes.touches(Area.PEOPLE):
            self.panel.reload()

    def selected(self) -> ConversationStatusRow | None:
        model = self.tree.selectionModel()
        rows = model.selectedRows() if model else []
        return self.model.row_at(rows[0]) if rows else None

    def select_conversation(self, conversation_id: int) -> None:
        index = self.model.index_of(conversation_id)
        if not index.isValid():
            return
        self.tree.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def _selected_changed(self) -> None:
        if self._refilling:
            return
        row = self.selected()
        if row is not None and row.id != self.panel.wanted_id:
            self.panel.show_conversation(row.id)
        elif row is None and self.panel.wanted_id is not None \
                and self.model.index_of(self.panel.wanted_id).isValid():
            self.panel.show_conversation(None)

    def open_conversation(self, conversation_id: int) -> None:
        """Show one conversation (from the overview, or a link elsewhere, e.g. the home)."""
        self.tabs.setCurrentIndex(0)
        if not self.loaded:
            # The list is still on its way: select this one when it arrives, not the first.
            self._select_after_reload = conversation_id
        if self.model.index_of(conversation_id).isValid():
            self.select_conversation(conversation_id)
            return
        # Not one of mine: the panel shows what I may see of it, and says why.
        self._refilling = True
        self.tree.clearSelection()
        self._refilling = False
        self.panel.show_conversation(conversation_id)

    # --- actions -------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        """Window-modal without blocking, so background results keep arriving."""
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def plan_half_year(self) -> None:
        """The owner chooses this or the next half year and sees who is included first."""
        dialog = PlanConversationsDialog(self.ctx, self)
        dialog.planned.connect(self._planned)
        self._open(dialog)

    def _planned(self, count: int, year: int, half: int) -> None:
        when = half_year_name(year, half).lower()
        text = self.tr("%n conversation(s) planned for the %1.", "", count).replace("%1", when)
        for note in (self.plan_note, self.overview.plan_note):
            note.setText(text)
            note.show()

    def sign(self, side: Side, correction: bool = False) -> None:
        """Sign (agreed, or seen with a remark) or ask for a correction, for ``side``, on the
        record as this screen shows it."""
        loaded = self.panel.loaded
        if loaded is not None:
            m = loaded.meeting
            agreements = m.agreements + tuple(a for a in m.reviewed_agreements
                                              if a not in m.agreements)
            self._open(SignDialog(self.ctx, loaded.row, side, self, agreements=agreements,
                                  correction=correction))

    def ask_correction(self, side: Side) -> None:
        self.sign(side, correction=True)

    def reopen(self) -> None:
        loaded = self.panel.loaded
        if loaded is not None:
            self._open(ReopenDialog(self.ctx, loaded.row, self))

    def schedule(self) -> None:
        loaded = self.panel.loaded
        if loaded is not None:
            self._open(ScheduleDialog(self.ctx, loaded.row, loaded.meeting.location, self))

    # --- texts ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.panel.retranslate()  # the texts carry palette colours (light or dark)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Conversations"))
        self.intro.setText(self.tr(
            "Every half year a professional and their manager talk about development: both "
            "prepare, both give account, and you make agreements. Never about pay."))
        self.tabs.setTabText(0, self.tr("My conversations"))
        self.tabs.setTabText(1, self.tr("Overview"))
        self.tree.setAccessibleName(self.tr("My conversations"))
        self.none_of_mine.setText(self.tr(
            "You take part in no conversation yet. A conversation is planned for every "
            "professional who has a manager."))
        self.empty.set_texts(
            self.tr("Talk about development, every half year"),
            self.tr("In a talent development conversation a professional and their manager "
                    "look back and ahead. Both prepare on their own and publish when ready, "
                    "both give account of what they did, and you make agreements that carry "
                    "over to the next time. Both sign the record. It is never about pay.")
            + ("" if self.owner else " " + self.tr(
                "The owner plans the conversations every half year.")))
        self.empty_plan.setText(self.tr("Plan talent conversations…"))
        self.overview.retranslate()
        self.model.language = self.ctx.language
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)
        self.panel.retranslate()
        if self.loaded:
            self.reload()
            self.panel.reload()  # the preparation's parts and the record, in this language
