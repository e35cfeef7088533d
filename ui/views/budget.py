"""Learning & budget: my requests for formal learning, deciding on my reports', the ledger."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.access import Operation
from app.changes import Area, Changes
from app.services import budget, development, learning_requests, situations
from app.services.budget import FIRST_YEAR, LAST_YEAR, Ledger, LedgerRow, MyBudget
from app.services.development import QuestionView
from app.services.learning_requests import RequestRow
from app.services.situations import SituationRow
from models import RequestStatus, Role
from models.errors import Conflict, DomainError
from ui.context import AppContext
from ui.dialogs.carry_over import CarryOverDialog
from ui.dialogs.evaluate_request import EvaluateRequestDialog
from ui.dialogs.learning_request import AmountDialog, LearningRequestDialog, ReasonDialog
from ui.i18n import format_date, format_money
from ui.icons import icon
from ui.item_models.budget import (
    COST,
    HOURS,
    KIND,
    NAME,
    PERSON,
    ROW_ROLE,
    START,
    STATUS,
    LedgerTableModel,
    RequestsTableModel,
    carried_text,
    error_colour,
)
from ui.long_job import JobDialog, write_file_job
from ui.names_budget import (
    CANCELLABLE,
    EVALUABLE,
    hours_text,
    intervention_name,
    request_status_name,
)
from ui.widgets.common import (
    Card,
    EmptyState,
    FieldError,
    confirm,
    hint_label,
    role_label,
    title_label,
)
from ui.widgets.tables import uniform_rows

Opener = Callable[[QDialog], None]


def _table(lines: int) -> QTableView:
    """A read-only list of rows, one selected at a time; long titles wrap onto ``lines``
    (the full text is in the tooltip and the details beside the list)."""
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    uniform_rows(table, lines)
    return table


def _fit_columns(table: QTableView, columns: Iterable[int], cap: int | None = None) -> None:
    """Size columns to their contents (a sample of rows), at most ``cap`` wide."""
    for column in columns:
        table.resizeColumnToContents(column)
        if cap is not None:
            table.setColumnWidth(column, min(table.columnWidth(column), cap))


def _paragraphs(text: str) -> str:
    return "<br>".join(escape(line) for line in text.strip().splitlines())


def _button_row(*buttons: QPushButton, right: tuple[QPushButton, ...] = ()) -> QHBoxLayout:
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    for b in right:
        row.addWidget(b)
    return row


# --- one request, in words ----------------------------------------------------------------


class RequestDetail(QScrollArea):
    """Everything about the selected request, from the question to the evaluation."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request: RequestRow | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.pages = QStackedWidget()
        self.setWidget(self.pages)
        self.nothing = hint_label()
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.nothing)
        content = QWidget()
        self.pages.addWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 4, 12, 12)
        self.heading = role_label("", "subtitle", wrap=True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.meta = hint_label()
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for w in (self.heading, self.meta, self.body):
            layout.addWidget(w)
        layout.addStretch(1)
        self.retranslate()

    def show_request(self, request: RequestRow | None) -> None:
        self.request = request
        self._render()

    def _render(self) -> None:
        r = self.request
        if r is None:
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        lang = self.ctx.language
        mine = r.person_id == self.ctx.session.person_id
        self.heading.setText(r.title)
        meta = [intervention_name(r.kind)]
        if r.provider:
            meta.append(r.provider)
        meta.append(request_status_name(r.status))
        self.meta.setText(" · ".join(meta))

        rows: list[tuple[str, str]] = []
        if not mine:
            rows.append((self.tr("Asked by"), escape(r.person_name)))
        cost = self.tr("%1, from the budget of %2").replace(
            "%1", format_money(r.cost_cents, lang)).replace("%2", str(r.budget_year))
        rows.append((self.tr("Cost"), escape(cost)))
        hours = hours_text(r.minutes, lang)
        rows.append((self.tr("Hours"), escape(
            self.tr("%1, in working time") if r.in_working_time
            else self.tr("%1, outside working time")).replace("%1", hours)))
        if r.start_date or r.end_date:
            when = " – ".join(format_date(d, lang) for d in (r.start_date, r.end_date) if d)
        else:
            when = self.tr("No date yet")
        rows.append((self.tr("When"), escape(when)))
        if r.link:
            rows.append((self.tr("Link"), escape(r.link)))
        if r.reason.strip():
            rows.append((self.tr("Why"), _paragraphs(r.reason)))
        links = []
        if r.development_question_id is not None:
            links.append(self.tr("your development question") if mine
                         else self.tr("a development question"))
        if r.situation_title:
            links.append(self.tr("the work situation “%1”").replace("%1", r.situation_title))
        if links:
            rows.append((self.tr("It helps with"), escape(", ".join(links))))
        if r.decided_at is not None:
            decided = (self.tr("Approved by %1 on %2") if r.status not in (
                RequestStatus.DECLINED,) else self.tr("Declined by %1 on %2"))
            text = escape(decided.replace("%1", r.decided_by_name or "—").replace(
                "%2", format_date(r.decided_at.astimezone().date(), lang)))
            if r.decision_reason.strip():
                text += "<br>" + _paragraphs(r.decision_reason)
            rows.append((self.tr("Decision"), text))
        if r.over_budget_reason.strip():
            rows.append((self.tr("Approved beyond the budget, because"),
                         _paragraphs(r.over_budget_reason)))
        if r.status is RequestStatus.COMPLETED:
            rows.append((self.tr("What was learned"), _paragraphs(r.learned)))
            if r.applied_situation_title or r.applied_note.strip():
                applied = escape(r.applied_situation_title)
                if r.applied_note.strip():
                    applied += ("<br>" if applied else "") + _paragraphs(r.applied_note)
                rows.append((self.tr("Where it is applied"), applied))
            rows.append((self.tr("What it cost"), escape(format_money(r.spent_cents, lang))))
        self.body.setText("".join(f"<p><b>{escape(label)}</b><br>{value}</p>"
                                  for label, value in rows))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.nothing.setText(self.tr("Choose a request to see what it is about."))
        self._render()


class RequestList(QSplitter):
    """A list of requests beside the selected one's details."""

    selection_changed = Signal()

    def __init__(self, ctx: AppContext, *, show_person: bool, show_status: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.ctx = ctx
        self.setChildrenCollapsible(False)
        self.model = RequestsTableModel()
        self.table = _table(lines=2)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        # Figures and dates as wide as they need; the title gets the rest of the width.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(PERSON, not show_person)
        self.table.setColumnHidden(STATUS, not show_status)
        self.table.setColumnHidden(KIND, True)  # in the details; the list stays narrow
        self.table.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.detail = RequestDetail(ctx)
        self.addWidget(self.table)
        self.addWidget(self.detail)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self._split_once = False
        self._refilling = False
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._changed())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            # Amounts and dates are written the new language's way, and so are the names.
            self.model.set_language(self.ctx.language)
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if not self._split_once:
            self._split_once = True
            width = max(self.width(), 700)
            self.setSizes([width * 3 // 5, width * 2 // 5])
        super().showEvent(event)

    def set_rows(self, rows: list[RequestRow], wanted: int | None = None) -> None:
        current = self.selected()
        wanted = wanted if wanted is not None else (current.id if current else None)
        self._refilling = True
        self.model.set_rows(rows, self.ctx.language)
        fitting = self.table.fontMetrics().averageCharWidth() * 24
        _fit_columns(self.table, (PERSON, COST, HOURS, START, STATUS), fitting)
        if wanted is not None and self.model.row_of(wanted) is not None:
            self.select(wanted)
        elif rows:
            self.select(rows[0].id)
        self._refilling = False
        self._changed()

    def selected(self) -> RequestRow | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        return rows[0].data(ROW_ROLE) if rows else None

    def select(self, request_id: int) -> None:
        row = self.model.row_of(request_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _changed(self) -> None:
        if self._refilling:
            return
        self.detail.show_request(self.selected())
        self.selection_changed.emit()


# --- my requests -----------------------------------------------------------------------


class MyRequestsTab(QWidget):
    def __init__(self, ctx: AppContext, open_dialog: Opener,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_dialog = open_dialog
        self.loaded = False
        self.rows: list[RequestRow] = []
        self.my_budget: MyBudget | None = None
        self.confirmation: QMessageBox | None = None
        self._select_after_reload: int | None = None
        layout = QVBoxLayout(self)

        self.budget_card = Card()
        self.budget_text = QLabel()
        self.budget_text.setWordWrap(True)
        self.budget_text.setTextFormat(Qt.TextFormat.RichText)
        self.learning_first = hint_label()
        self.budget_card.body.addWidget(self.budget_text)
        self.budget_card.body.addWidget(self.learning_first)
        layout.addWidget(self.budget_card)

        self.ask_button = QPushButton(icon("add"), "")
        self.edit_button = QPushButton(icon("edit"), "")
        self.plan_button = QPushButton(icon("calendar"), "")
        self.cancel_button = QPushButton(icon("stop"), "")
        self.evaluate_button = QPushButton(icon("finish"), "")
        self.list = RequestList(ctx, show_person=False)
        self.empty = EmptyState("budget")
        self.empty_ask = self.empty.add_button("", "add")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        self.error = FieldError()
        self.buttons_row = _button_row(self.ask_button, self.edit_button, self.plan_button,
                                       self.cancel_button, right=(self.evaluate_button,))
        layout.addLayout(self.buttons_row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)

        for b in (self.ask_button, self.empty_ask):
            b.clicked.connect(self.ask)
        self.edit_button.clicked.connect(self.edit_selected)
        self.plan_button.clicked.connect(self.plan_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.evaluate_button.clicked.connect(self.evaluate_selected)
        self.list.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.list.selection_changed.connect(self._update_buttons)
        self.retranslate()

    # --- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def load() -> tuple[list[RequestRow], MyBudget]:
            return learning_requests.my_requests(db, actor), budget.my_budget(db, actor)

        self.ctx.call(self, load, self._show)

    def _show(self, loaded: tuple[list[RequestRow], MyBudget]) -> None:
        self.rows, self.my_budget = loaded
        wanted, self._select_after_reload = self._select_after_reload, None
        self.list.set_rows(self.rows, wanted)
        self.stack.setCurrentWidget(self.list if self.rows else self.empty)
        for b in (self.edit_button, self.plan_button, self.cancel_button,
                  self.evaluate_button):
            b.setVisible(bool(self.rows))
        self.ask_button.setVisible(bool(self.rows))  # the empty state has its own
        self._render_budget()
        self.loaded = True
        self._update_buttons()

    def selected(self) -> RequestRow | None:
        return self.list.selected()

    def _update_buttons(self) -> None:
        r = self.selected()
        status = r.status if r else None
        self.edit_button.setEnabled(status is RequestStatus.REQUESTED)
        self.plan_button.setEnabled(status is RequestStatus.APPROVED)
        self.cancel_button.setEnabled(status in CANCELLABLE)
        self.evaluate_button.setEnabled(status in EVALUABLE)
        self.error.show_message("")

    # --- actions -------------------------------------------------------------------------

    def _with_links(self, then: Callable[[QuestionView | None, list[SituationRow]], None]
                    ) -> None:
        """Load what a request may be linked to: my development question, my situations."""
        db, actor = self.ctx.db, self.ctx.actor

        def load() -> tuple[QuestionView | None, list[SituationRow]]:
            return (development.my_question(db, actor),
                    situations.list_situations(db, actor, include_finished=False))

        self.ctx.call(self, load, lambda loaded: then(*loaded))

    def _remember(self, dialog: LearningRequestDialog) -> None:
        self._select_after_reload = dialog.saved_id

    def ask(self) -> None:
        def show(question: QuestionView | None, found: list[SituationRow]) -> None:
            dialog = LearningRequestDialog(self.ctx, question, found, None, self)
            dialog.accepted.connect(lambda: self._remember(dialog))
            self.open_dialog(dialog)

        self._with_links(show)

    def edit_selected(self) -> None:
        r = self.selected()
        if r is None or r.status is not RequestStatus.REQUESTED:
            return

        def show(question: QuestionView | None, found: list[SituationRow]) -> None:
            self.open_dialog(LearningRequestDialog(self.ctx, question, found, r, self))

        self._with_links(show)

    def plan_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.change(self, lambda: learning_requests.plan(
            db, actor, r.id, expected_version=r.version_id), None, self._failed)

    def cancel_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.confirmation = confirm(
            self, self.tr("Cancel %1?").replace("%1", r.title),
            self.tr("The request is called off. Money set aside for it goes back to the "
                    "budget. You cannot undo this, but you can always ask again."),
            lambda: self.ctx.change(self, lambda: learning_requests.cancel(
                db, actor, r.id, expected_version=r.version_id), None, self._failed))

    def evaluate_selected(self) -> None:
        r = self.selected()
        if r is None or r.status not in EVALUABLE:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: situations.list_situations(db, actor),
                      lambda found: self.open_dialog(
                          EvaluateRequestDialog(self.ctx, r, found, self)))

    def _failed(self, error: DomainError) -> None:
        self.error.show_message(self.ctx.describe(error))

    # --- texts ---------------------------------------------------------------------------

    def _render_budget(self) -> None:
        b = self.my_budget
        lang = self.ctx.language
        if b is None:
            self.budget_text.setText("")
            return
        left = escape(format_money(b.remaining_cents, lang))
        if b.remaining_cents < 0:
            left = f"<span style='color:{error_colour().name()}'>{left}</span>"
        if b.shared:
            text = self.tr(
                "<b>Learning budget %1:</b> your requests are paid from the organisation's "
                "budget, which has %2 left of %3.")
        else:
            text = self.tr("<b>My learning budget %1:</b> %2 left of %3.")
        text = text.replace("%1", str(b.year)).replace("%2", left).replace(
            "%3", escape(format_money(b.available_cents, lang)))
        mine = b.own_committed_cents + b.own_spent_cents
        if b.shared and mine:
            text += " " + escape(self.tr("%1 of it is for your requests.").replace(
                "%1", format_money(mine, lang)))
        if b.carried:
            text += " " + escape(self.tr("Carried over from earlier years: %1.").replace(
                "%1", carried_text(b.carried, lang)))
        if b.expiring_cents:
            text += " " + escape(self.tr("%1 of it expires on %2 unless you use it.").replace(
                "%1", format_money(b.expiring_cents, lang)).replace(
                "%2", format_date(date(b.year, 12, 31), lang)))
        self.budget_text.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._render_budget()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.budget_card.heading.setText(self.tr("My budget"))
        self.list.table.setAccessibleName(self.tr("My requests"))
        self.learning_first.setText(self.tr(
            "Most learning happens in your work: with your learning group, on your own "
            "work situations. A course or training comes second: ask for one when it "
            "helps with your development question or a situation at work."))
        self.ask_button.setText(self.tr("&Ask for training…"))
        self.edit_button.setText(self.tr("&Change…"))
        self.plan_button.setText(self.tr("Mark as &planned"))
        self.plan_button.setToolTip(self.tr("The dates are fixed: mark the request as planned."))
        self.cancel_button.setText(self.tr("Ca&ncel request…"))
        self.evaluate_button.setText(self.tr("&Done — evaluate…"))
        self.empty.set_texts(
            self.tr("Ask for a course or training"),
            self.tr("When a course, training, coaching or conference would help you in your "
                    "work, ask for it here. Your manager decides, the learning budget pays, "
                    "and afterwards you tell what you learned."))
        self.empty_ask.setText(self.tr("Ask for training…"))
        self._render_budget()


# --- deciding ------------------------------------------------------------------------------


class DecideTab(QWidget):
    """Requests of my direct reports that wait for my decision."""

    count_changed = Signal(int)

    def __init__(self, ctx: AppContext, open_dialog: Opener,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_dialog = open_dialog
        self.loaded = False
        self.rows: list[RequestRow] = []
        self.wanted: int | None = None  # to select once the list arrives
        layout = QVBoxLayout(self)
        self.hint = hint_label()
        layout.addWidget(self.hint)
        self.approve_button = QPushButton(icon("check"), "")
        self.decline_button = QPushButton(icon("stop"), "")
        layout.addLayout(_button_row(self.approve_button, self.decline_button))
        # Everything here waits for a decision: no status column.
        self.list = RequestList(ctx, show_person=True, show_status=False)
        self.empty = EmptyState("check")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.approve_button.clicked.connect(self.approve_selected)
        self.decline_button.clicked.connect(self.decline_selected)
        self.list.selection_changed.connect(self._update_buttons)
        self.retranslate()

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: learning_requests.requests_to_decide(db, actor),
                      self._show)

    def select_when_loaded(self, request_id: int) -> None:
        """Select this request now, or when the list arrives (a link from My team)."""
        if self.loaded:
            self.list.select(request_id)
        else:
            self.wanted = request_id

    def _show(self, rows: list[RequestRow]) -> None:
        self.rows = rows
        self.list.set_rows(rows, self.wanted)
        self.wanted = None
        self.stack.setCurrentWidget(self.list if rows else self.empty)
        for w in (self.hint, self.approve_button, self.decline_button):
            w.setVisible(bool(rows))
        self.loaded = True
        self._update_buttons()
        self.count_changed.emit(len(rows))

    def selected(self) -> RequestRow | None:
        return self.list.selected()

    def _update_buttons(self) -> None:
        waiting = self.selected() is not None
        self.approve_button.setEnabled(waiting)
        self.decline_button.setEnabled(waiting)
        self.error.show_message("")

    def approve_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        self.error.show_message("")
        db, actor = self.ctx.db, self.ctx.actor

        def failed(error: DomainError) -> None:
            if isinstance(error, Conflict) and error.code == "over_budget":
                self._approve_beyond_budget(r, self.ctx.describe(error))
            else:
                self.error.show_message(self.ctx.describe(error))

        self.ctx.change(self, lambda: learning_requests.approve(
            db, actor, r.id, expected_version=r.version_id), None, failed)

    def _approve_beyond_budget(self, r: RequestRow, message: str) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def texts() -> tuple[str, str, str, str]:
            return (self.tr("Beyond the budget"), message,
                    self.tr("&Why do you approve it anyway?"), self.tr("Approve anyway"))

        def work(reason: str) -> Changes:
            return learning_requests.approve(db, actor, r.id, over_budget_reason=reason,
                                             expected_version=r.version_id)

        self.open_dialog(ReasonDialog(self.ctx, texts, work, self))

    def decline_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        db, actor = self.ctx.db, self.ctx.actor

        def texts() -> tuple[str, str, str, str]:
            return (self.tr("Decline %1").replace("%1", r.title),
                    self.tr("%1 reads your reason with the decision. Perhaps there is "
                            "another way to learn this, in the work or in a learning group?")
                    .replace("%1", r.person_name),
                    self.tr("&Why do you decline it?"), self.tr("Decline"))

        def work(reason: str) -> Changes:
            return learning_requests.decline(db, actor, r.id, reason,
                                             expected_version=r.version_id)

        self.open_dialog(ReasonDialog(self.ctx, texts, work, self))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.hint.setText(self.tr(
            "Requests of the people you manage. Approve what helps them in their work; "
            "when you decline, say why."))
        self.list.table.setAccessibleName(self.tr("Requests waiting for your decision"))
        self.approve_button.setText(self.tr("A&pprove"))
        self.decline_button.setText(self.tr("&Decline…"))
        self.empty.set_texts(
            self.tr("Nothing to decide"),
            self.tr("When someone you manage asks for a course or training, the request "
                    "waits here for your decision."))


# --- the ledger ----------------------------------------------------------------------------


class LedgerTab(QWidget):
    """The owner's view of one year: the ledger, setting budgets, and every request."""

    def __init__(self, ctx: AppContext, open_dialog: Opener,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_dialog = open_dialog
        self.can_manage = ctx.session.may(Operation.MANAGE_BUDGET)
        self.loaded = False
        self.ledger: Ledger | None = None
        self._serial = 0
        # Read when its tab is first opened: a year of every person's budget and requests
        # need not slow down opening the area on the tab of one's own requests.
        self._load_when_shown = False
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(date.today().year)
        self.year.setGroupSeparatorShown(False)
        self.year_label.setBuddy(self.year)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)

        self.model = LedgerTableModel()
        self.table = _table(lines=1)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.year_button = QPushButton(icon("budget"), "")
        self.person_button = QPushButton(icon("person"), "")
        self.carry_button = QPushButton(icon("history"), "")
        self.export_button = QPushButton(icon("export"), "")
        for b in (self.year_button, self.person_button, self.carry_button):
            b.setVisible(self.can_manage)
        self.status = hint_label()
        self.job: JobDialog | None = None
        self.error = FieldError()
        ledger_box = QWidget()
        ledger_column = QVBoxLayout(ledger_box)
        ledger_column.setContentsMargins(0, 0, 0, 0)
        ledger_column.addWidget(self.table, 1)
        ledger_column.addLayout(_button_row(self.year_button, self.person_button,
                                            self.carry_button, right=(self.export_button,)))
        ledger_column.addWidget(self.status)
        ledger_column.addWidget(self.error)

        requests_box = QWidget()
        requests_column = QVBoxLayout(requests_box)
        requests_column.setContentsMargins(0, 8, 0, 0)
        self.requests_heading = role_label("", "subtitle")
        self.requests = RequestList(ctx, show_person=True)
        self.no_requests = hint_label()
        requests_column.addWidget(self.requests_heading)
        requests_column.addWidget(self.requests, 1)
        requests_column.addWidget(self.no_requests)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(ledger_box)
        self.splitter.addWidget(requests_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)

        self.year.valueChanged.connect(lambda _y: self.reload())
        self.year_button.clicked.connect(self.set_year_budget)
        self.person_button.clicked.connect(self.set_person_budget)
        self.carry_button.clicked.connect(self.set_carry_over)
        self.export_button.clicked.connect(self.export_ledger)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self._double_clicked())
        self.retranslate()

    # --- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        if not self.isVisible():
            self._load_when_shown = True
            return
        self._load_when_shown = False
        db, actor, year = self.ctx.db, self.ctx.actor, self.year.value()
        self._serial += 1
        serial = self._serial

        def load() -> tuple[Ledger, list[RequestRow]]:
            return (budget.ledger(db, actor, year),
                    learning_requests.all_requests(db, actor, year))

        def loaded(result: tuple[Ledger, list[RequestRow]]) -> None:
            if serial == self._serial:  # a later year was chosen meanwhile
                self._show(*result)

        self.ctx.call(self, load, loaded)

    @property
    def waits_for_its_tab(self) -> bool:
        return self._load_when_shown and not self.loaded

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._load_when_shown:
            self.reload()

    def _show(self, ledger: Ledger, requests: list[RequestRow]) -> None:
        selected = self.selected()
        self.ledger = ledger
        self.model.set_ledger(ledger, self.ctx.language)
        _fit_columns(self.table, (c for c in range(self.model.columnCount()) if c != NAME))
        if selected is not None:
            row = self.model.row_of(selected.scope, selected.id)
            if row is not None:
                self.table.selectRow(row)
        self.requests.set_rows(requests)
        self.requests.setVisible(bool(requests))
        self.no_requests.setVisible(not requests)
        self.loaded = True
        self._render()
        self._update_buttons()

    def selected(self) -> LedgerRow | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.person_button.setEnabled(row is not None and row.scope == "person")
        self.year_button.setEnabled(self.ledger is not None)
        self.carry_button.setEnabled(self.ledger is not None)
        self.export_button.setEnabled(self.ledger is not None)

    def _double_clicked(self) -> None:
        row = self.selected()
        if row is not None and row.scope == "person":
            self.set_person_budget()
        elif row is not None and row.scope == "organisation":
            self.set_year_budget()

    # --- actions -------------------------------------------------------------------------

    def set_year_budget(self) -> None:
        if self.ledger is None or not self.can_manage:
            return
        db, actor, year = self.ctx.db, self.ctx.actor, self.ledger.year
        current = self.ledger.organisation.available_cents

        def texts() -> tuple[str, str, str, str]:
            return (self.tr("Learning budget %1").replace("%1", str(year)),
                    self.tr("What the organisation sets aside for formal learning in %1: "
                            "courses, training, coaching.").replace("%1", str(year)),
                    self.tr("&Budget"), self.tr("Save"))

        def work(cents: int | None) -> Changes:
            return budget.set_year_budget(db, actor, year, cents or 0)

        self.open_dialog(AmountDialog(self.ctx, texts, current, work, parent=self))

    def set_person_budget(self) -> None:
        row = self.selected()
        if self.ledger is None or row is None or row.scope != "person" or not self.can_manage:
            return
        db, actor, year, pid = self.ctx.db, self.ctx.actor, self.ledger.year, row.id

        def texts() -> tuple[str, str, str, str]:
            return (self.tr("Budget of %1").replace("%1", row.name),
                    self.tr("An individual budget for %1 in %2. Their requests are then paid "
                            "from it, and are checked against it.").replace(
                        "%1", row.name).replace("%2", str(year)),
                    self.tr("&Budget"), self.tr("Save"))

        def none_text() -> str:
            return self.tr("No budget of their own: paid from the organisation's budget")

        def work(cents: int | None) -> Changes:
            return budget.set_person_budget(db, actor, pid, year, cents)

        self.open_dialog(AmountDialog(self.ctx, texts, row.available_cents if row.individual
                                      else None, work, none_text=none_text, parent=self))

    def set_carry_over(self) -> None:
        if self.ledger is not None and self.can_manage:
            self.open_dialog(CarryOverDialog(self.ctx, self.ledger.carry_years, parent=self))

    def export_ledger(self) -> None:
        year = self.year.value()
        suggested = Path.home() / self.tr("learning-budget-%1.csv").replace("%1", str(year))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the ledger"), str(suggested), self.tr("CSV files (*.csv)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        db, actor, lang, year = self.ctx.db, self.ctx.actor, self.ctx.language, \
            self.year.value()
        self.status.setText("")
        self.error.show_message("")

        def done(count: int) -> None:
            self.status.setText(self.tr("%n row(s) exported to %1.", "", count).replace(
                "%1", str(path)))

        self.job = write_file_job(
            self.ctx, self, self.tr("Exporting the ledger"),
            lambda: budget.export_ledger(db, actor, year, path, lang), done,
            lambda e: self.error.show_message(self.ctx.describe(e)),
            lambda: self.status.setText(self.tr("Not exported: no file was written.")))

    # --- texts ---------------------------------------------------------------------------

    def _render(self) -> None:
        book = self.ledger
        if book is None:
            self.summary.setText("")
            return
        org = book.organisation
        lang = self.ctx.language
        left = escape(format_money(org.remaining_cents, lang))
        if org.remaining_cents < 0:
            left = f"<span style='color:{error_colour().name()}'>{left}</span>"
        summary = self.tr("<b>%1 left</b> of %2 in %3.").replace(
            "%1", left).replace("%2", escape(format_money(org.available_cents, lang))) \
            .replace("%3", str(book.year))
        rule = (self.tr("Unused individual budget carries over for %n year(s).", "",
                        book.carry_years) if book.carry_years
                else self.tr("Unused individual budget lapses at the end of the year."))
        summary += " " + escape(rule)
        if org.expiring_cents:
            summary += " " + escape(self.tr("%1 of individual budgets expires on %2.").replace(
                "%1", format_money(org.expiring_cents, lang)).replace(
                "%2", format_date(date(book.year, 12, 31), lang)))
        self.summary.setText(summary)
        self.requests_heading.setText(self.tr("All requests in %1").replace(
            "%1", str(book.year)))
        self.no_requests.setText(self.tr("Nobody has asked for training in %1 yet.").replace(
            "%1", str(book.year)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._render()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Year"))
        self.table.setAccessibleName(self.tr("Ledger"))
        self.requests.table.setAccessibleName(self.tr("All requests"))
        self.year_button.setText(self.tr("Set the year &budget…"))
        self.person_button.setText(self.tr("&Individual budget…"))
        self.person_button.setToolTip(self.tr("Choose a person in the ledger first."))
        self.carry_button.setText(self.tr("&Carry-over…"))
        self.export_button.setText(self.tr("E&xport to CSV…"))
        self.model.set_language(self.ctx.language)
        self._render()


# --- the area ------------------------------------------------------------------------------


class BudgetView(QWidget):
    """Tabs by role: my requests for everyone, deciding for managers and owners, the
    ledger for whoever may see it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        self.title = title_label()
        self.intro = hint_label()
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        self.tabs = QTabWidget()
        self.tabs.setTabBarAutoHide(True)  # a professional has only their own requests
        layout.addWidget(self.tabs, 1)

        actor = ctx.actor
        self.mine = MyRequestsTab(ctx, self._open)
        self.tabs.addTab(self.mine, icon("person"), "")
        self.decide: DecideTab | None = None
        if actor.has(Role.MANAGER) or actor.has(Role.OWNER):
            self.decide = DecideTab(ctx, self._open)
            self.tabs.addTab(self.decide, icon("check"), "")
            self.decide.count_changed.connect(lambda _n: self.retranslate())
        self.ledger: LedgerTab | None = None
        if ctx.session.may(Operation.VIEW_LEDGER):
            self.ledger = LedgerTab(ctx, self._open)
            self.tabs.addTab(self.ledger, icon("budget"), "")
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    @property
    def loaded(self) -> bool:
        """Every tab has its data, except a ledger that waits for its tab to be opened."""
        return all(tab.loaded for tab in self._tabs()
                   if not (isinstance(tab, LedgerTab) and tab.waits_for_its_tab))

    def _tabs(self) -> list[MyRequestsTab | DecideTab | LedgerTab]:
        tabs: list[MyRequestsTab | DecideTab | LedgerTab] = [self.mine]
        if self.decide is not None:
            tabs.append(self.decide)
        if self.ledger is not None:
            tabs.append(self.ledger)
        return tabs

    def reload(self) -> None:
        for tab in self._tabs():
            tab.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Area.BUDGET, Area.ORGANISATION):
            self.reload()
        elif changes.touches(Area.PEOPLE, Area.TEAMS) and self.ledger is not None:
            self.ledger.reload()
            if self.decide is not None:
                self.decide.reload()

    def _open(self, dialog: QDialog) -> None:
        """Window-modal without blocking, so background results keep arriving."""
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def decide_request(self, request_id: int) -> None:
        """Open a request that waits for my decision on its tab, selected."""
        if self.decide is None:
            return
        self.tabs.setCurrentWidget(self.decide)
        self.decide.select_when_loaded(request_id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Learning & budget"))
        self.intro.setText(self.tr(
            "Formal learning: courses, training, coaching and conferences that you ask for, "
            "paid from the learning budget and evaluated afterwards."))
        self.tabs.setTabText(self.tabs.indexOf(self.mine), self.tr("My requests"))
        if self.decide is not None:
            waiting = len(self.decide.rows)
            self.tabs.setTabText(self.tabs.indexOf(self.decide),
                                 self.tr("To decide (%1)").replace("%1", str(waiting))
                                 if waiting else self.tr("To decide"))
        if self.ledger is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.ledger), self.tr("Ledger"))

