"""The Meeting page: both preparations side by side, agreements, summary, signing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import (
    QDate,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.services import conversations
from app.services.conversations import (
    AgreementRow,
    PreparationView,
)
from models import ActionStatus, Side
from models.errors import DomainError
from ui.context import AppContext
from ui.dialogs.lesson import text_edit
from ui.i18n import format_date
from ui.icons import icon
from ui.item_models.conversations import (
    moment_text,
)
from ui.names_conversations import (
    AGREEMENT_STATUS_ORDER,
    agreement_status_name,
    side_name,
)
from ui.views.conversation_common import (
    NARROW,
    SIDES,
    SUMMARY_MAX,
    Loaded,
    _button_row,
    _change,
    _half_year_of_label,
    _paragraphs,
    _quiet,
    _rich_label,
)
from ui.widgets.common import (
    Card,
    FieldError,
    hint_label,
    with_notes,
)


class AgreementGrid(QWidget):
    """Agreements in a grid: what, who, by when, status, and (for new ones) remove. When
    ``narrow``, each agreement takes two lines: the title, and under it the rest."""

    status_changed = Signal(int, object)  # agreement id, ActionStatus
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.narrow = False
        self.combos: dict[int, QComboBox] = {}
        self.remove_buttons: dict[int, QToolButton] = {}
        self.titles: dict[int, QLabel] = {}

    def set_rows(self, rows: tuple[AgreementRow, ...], language: str, *, editable: bool,
                 removable: bool) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.combos, self.remove_buttons, self.titles = {}, {}, {}
        narrow = self.narrow
        # Wide: the title gets most of the room, a long name some. Narrow: the title has a
        # line of its own; the rest shares the line under it.
        for column in range(5):
            self.grid.setColumnStretch(column, 0)
        self.grid.setColumnStretch(0, 1 if narrow else 3)
        self.grid.setColumnStretch(1, 0 if narrow else 1)
        quiet = _quiet(self)
        top = Qt.AlignmentFlag.AlignTop
        row = 0
        if rows and not narrow:
            for column, text in enumerate((self.tr("Agreement"), self.tr("Who"),
                                           self.tr("Due"), self.tr("Status"))):
                self.grid.addWidget(hint_label(text), 0, column)
            row = 1
        for a in rows:
            title = _rich_label()
            text = escape(a.title)
            if a.carried_over:
                mark = self.tr("Carried over from %1").replace(
                    "%1", _half_year_of_label(a.half_year).lower())
                text += f"<br><span style='color:{quiet}'>↻ {escape(mark)}</span>"
            title.setText(text)
            self.titles[a.id] = title
            who = QLabel(a.owner_name)
            who.setWordWrap(True)
            due = QLabel(format_date(a.due, language) if a.due else self.tr("no date"))
            if narrow:
                self.grid.addWidget(title, row, 0, 1, 5)
                row += 1
                first = 0
            else:
                self.grid.addWidget(title, row, 0)
                first = 1
            self.grid.addWidget(who, row, first, top)
            self.grid.addWidget(due, row, first + 1, top)
            if editable:
                combo = QComboBox()
                for status in AGREEMENT_STATUS_ORDER:
                    combo.addItem(agreement_status_name(status), status)
                combo.setCurrentIndex(AGREEMENT_STATUS_ORDER.index(a.status))
                combo.setAccessibleName(self.tr("Status of “%1”").replace("%1", a.title))
                combo.activated.connect(
                    lambda _i, c=combo, aid=a.id: self.status_changed.emit(aid, c.currentData()))
                self.combos[a.id] = combo
                self.grid.addWidget(combo, row, first + 2, top)
            else:
                self.grid.addWidget(QLabel(agreement_status_name(a.status)), row, first + 2, top)
            if removable:
                remove = QToolButton()
                remove.setIcon(icon("delete"))
                remove.setAutoRaise(True)
                remove.setToolTip(self.tr("Remove this agreement"))
                remove.setAccessibleName(self.tr("Remove “%1”").replace("%1", a.title))
                remove.clicked.connect(lambda _c=False, aid=a.id: self.remove_requested.emit(aid))
                self.remove_buttons[a.id] = remove
                self.grid.addWidget(remove, row, first + 3, top)
            row += 1


class MeetingPage(QScrollArea):
    """At the table: both published preparations, what became of the last agreements, new
    agreements, the summary, and both signatures."""

    sign_requested = Signal(object)  # Side
    reload_wanted = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded: Loaded | None = None
        self._summary_filled: tuple[int, str] | None = None
        self._summary_too_long = False
        self._narrow: bool | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.setWidget(inner)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 8, 8, 8)
        layout.setSpacing(12)

        # --- both preparations, side by side ----------------------------------------------
        self.columns_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns_row.setSpacing(12)
        self.column_cards: dict[Side, Card] = {}
        self.columns: dict[Side, QLabel] = {}
        for side in SIDES:
            card = Card()
            card.heading.setWordWrap(True)
            label = _rich_label()
            card.body.addWidget(label)
            card.body.addStretch(1)
            self.column_cards[side], self.columns[side] = card, label
            self.columns_row.addWidget(card, 1)
        layout.addLayout(self.columns_row)

        # --- earlier agreements -----------------------------------------------------------
        self.earlier_card = Card()
        self.earlier_card.heading.setWordWrap(True)
        self.earlier_hint = hint_label()
        self.earlier = AgreementGrid()
        self.earlier_card.body.addWidget(self.earlier_hint)
        self.earlier_card.body.addWidget(self.earlier)
        self.earlier_error = FieldError()
        self.earlier_card.body.addWidget(self.earlier_error)
        layout.addWidget(self.earlier_card)

        # --- new agreements ---------------------------------------------------------------
        self.agreements_card = Card()
        self.agreements_hint = hint_label()
        self.agreements = AgreementGrid()
        self.agreement_title = QLineEdit()
        self.agreement_title.setMaxLength(200)
        self.agreement_owner = QComboBox()
        # Long names may shorten in the closed box rather than widen the whole page.
        self.agreement_owner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agreement_owner.setMinimumContentsLength(14)
        self.agreement_has_due = QCheckBox()
        self.agreement_due = QDateEdit()
        self.agreement_due.setCalendarPopup(True)
        self.agreement_due.setDate(QDate.currentDate().addMonths(3))
        self.agreement_due.setEnabled(False)
        self.add_agreement_button = QPushButton(icon("add"), "")
        self.agreement_error = FieldError()
        self.adding = QWidget()
        self.adding_grid = QGridLayout(self.adding)
        self.adding_grid.setContentsMargins(0, 6, 0, 0)
        self.adding_grid.addWidget(self.agreement_title, 0, 0, 1, 4)
        self.adding_grid.addWidget(self.agreement_error, 4, 0, 1, 4)
        for w in (self.agreements_hint, self.agreements, self.adding):
            self.agreements_card.body.addWidget(w)
        layout.addWidget(self.agreements_card)

        # --- summary ----------------------------------------------------------------------
        self.summary_card = Card()
        self.summary_hint = hint_label()
        self.summary = text_edit(5)
        self.summary_error = FieldError()
        self.summary_saved = hint_label()
        self.summary_saved.hide()
        self.save_summary_button = QPushButton(icon("edit"), "")
        self.summary_card.body.addWidget(self.summary_hint)
        self.summary_card.body.addWidget(with_notes(self.summary, self.summary_error,
                                                    self.summary_saved))
        self.summary_card.body.addLayout(_button_row(self.save_summary_button, stretch_at=0))
        layout.addWidget(self.summary_card)

        # --- signatures -------------------------------------------------------------------
        self.sign_card = Card()
        self.sign_hint = hint_label()
        self.sign_card.body.addWidget(self.sign_hint)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 1)
        self.sign_labels: dict[Side, QLabel] = {}
        self.sign_states: dict[Side, QLabel] = {}
        self.sign_buttons: dict[Side, QPushButton] = {}
        for n, side in enumerate(SIDES):
            label, state = QLabel(), hint_label()
            label.setWordWrap(True)
            who = QVBoxLayout()
            who.setSpacing(0)
            who.addWidget(label)
            who.addWidget(state)
            button = QPushButton(icon("check"), "")
            button.clicked.connect(lambda _c=False, s=side: self.request_sign(s))
            grid.addLayout(who, n, 0)
            grid.addWidget(button, n, 1, Qt.AlignmentFlag.AlignVCenter)
            self.sign_labels[side], self.sign_states[side] = label, state
            self.sign_buttons[side] = button
        self.sign_card.body.addLayout(grid)
        self.sign_error = FieldError()
        self.sign_card.body.addWidget(self.sign_error)
        layout.addWidget(self.sign_card)
        layout.addStretch(1)

        self.earlier.status_changed.connect(self.set_status)
        self.agreements.status_changed.connect(self.set_status)
        self.agreements.remove_requested.connect(self.remove_agreement)
        self.agreement_title.textChanged.connect(lambda _t: self._check())
        self.agreement_title.returnPressed.connect(self.add_agreement)
        self.agreement_has_due.toggled.connect(self.agreement_due.setEnabled)
        self.add_agreement_button.clicked.connect(self.add_agreement)
        self.summary.textChanged.connect(self._check)
        self.save_summary_button.clicked.connect(lambda: self.save_summary())
        self._arrange(False)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._arrange(self.width() < NARROW)

    def _arrange(self, narrow: bool) -> None:
        """Side by side when there is room; under each other when not, so nothing is cut."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self.columns_row.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                      else QBoxLayout.Direction.LeftToRight)
        grid = self.adding_grid
        parts = (self.agreement_owner, self.agreement_has_due, self.agreement_due,
                 self.add_agreement_button)
        for widget in parts:
            grid.removeWidget(widget)
        if narrow:
            grid.addWidget(self.agreement_owner, 1, 0, 1, 4)
            grid.addWidget(self.agreement_has_due, 2, 0)
            grid.addWidget(self.agreement_due, 2, 1)
            grid.addWidget(self.add_agreement_button, 3, 0, 1, 4, Qt.AlignmentFlag.AlignRight)
        else:
            grid.addWidget(self.agreement_owner, 1, 0)
            grid.addWidget(self.agreement_has_due, 1, 1)
            grid.addWidget(self.agreement_due, 1, 2)
            grid.addWidget(self.add_agreement_button, 1, 3)
        for column in range(4):
            grid.setColumnStretch(column, 0)
        grid.setColumnStretch(2 if narrow else 0, 1)
        self.earlier.narrow = self.agreements.narrow = narrow
        self._render()

    # --- showing ---------------------------------------------------------------------------

    def show_loaded(self, loaded: Loaded) -> None:
        previous = self.loaded
        self.loaded = loaded
        m = loaded.meeting
        other = previous is None or previous.row.id != loaded.row.id
        if other:
            for label in (self.earlier_error, self.agreement_error, self.summary_error,
                          self.sign_error):
                label.show_message("")
            self.summary_saved.hide()
            self.agreement_title.clear()
        if other or not self.summary_touched():
            if self.summary.toPlainText() != m.summary:
                self.summary.setPlainText(m.summary)
            self._summary_filled = (loaded.row.id, m.summary)
        owner = self.agreement_owner.currentData()
        self.agreement_owner.clear()
        for side in SIDES:
            person = loaded.row.professional_id if side is Side.PROFESSIONAL \
                else loaded.row.manager_id
            if person is not None:
                self.agreement_owner.addItem(
                    f"{loaded.name_of(side)} ({side_name(side).lower()})", person)
        if owner is not None and self.agreement_owner.findData(owner) >= 0:
            self.agreement_owner.setCurrentIndex(self.agreement_owner.findData(owner))
        self._render()

    def summary_touched(self) -> bool:
        return self._summary_filled is not None and \
            self.summary.toPlainText() != self._summary_filled[1]

    def _render(self) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        m, lang = loaded.meeting, self.ctx.language
        editable = loaded.editable
        for side in SIDES:
            self._render_column(loaded, side)
        reviewed = m.reviewed_agreements
        self.earlier_card.setVisible(bool(reviewed))
        self.earlier.set_rows(reviewed, lang, editable=editable, removable=False)
        self.agreements.set_rows(m.agreements, lang, editable=editable, removable=editable)
        self.agreements_hint.setText(
            self.tr("No agreements yet. What will each of you do in the coming half year?")
            if not m.agreements else
            self.tr("Agreements carry over to the next conversation until they are done."))
        self.agreements_hint.setVisible(not m.agreements or editable)
        self.adding.setVisible(editable)
        self.summary.setReadOnly(not editable)
        self.save_summary_button.setVisible(editable)
        self.summary_hint.setVisible(editable)
        self._render_signatures(loaded)
        self._check()

    def _render_column(self, loaded: Loaded, side: Side) -> None:
        m = loaded.meeting
        prep: PreparationView | None = m.preparation(side)
        name = loaded.name_of(side) or "—"
        card = self.column_cards[side]
        card.heading.setText(self.tr("%1 · %2").replace("%1", side_name(side))
                             .replace("%2", name))
        quiet = _quiet(self)
        label = self.columns[side]
        if prep is None or not prep.published:
            if loaded.my_side is side:
                text = self.tr("Your preparation is not published yet, so only you can read "
                               "it. Publish it on the Prepare page.")
            else:
                text = self.tr("%1 has not published a preparation yet. You can read it here "
                               "once it is published.").replace("%1", name)
            label.setText(f"<i style='color:{quiet}'>{escape(text)}</i>")
            return
        nothing = self.tr("Nothing written.")
        parts = []
        for f in loaded.fields[side]:
            value = prep.fields.get(f.key, "").strip()
            body = _paragraphs(value) if value else \
                f"<i style='color:{quiet}'>{escape(nothing)}</i>"
            parts.append(f"<p><b>{escape(f.label)}</b><br>{body}</p>")
        published = self.tr("Published on %1.").replace(
            "%1", moment_text(prep.published_at, self.ctx.language))  # type: ignore[arg-type]
        parts.append(f"<p style='color:{quiet}'>{escape(published)}</p>")
        label.setText("".join(parts))

    def _render_signatures(self, loaded: Loaded) -> None:
        m, row = loaded.meeting, loaded.row
        signed = {sig.side: sig for sig in m.current_signatures}
        both_published = row.professional_published and row.manager_published
        for side in SIDES:
            name = loaded.name_of(side) or "—"
            self.sign_labels[side].setText(self.tr("%1 (%2)").replace("%1", name)
                                           .replace("%2", side_name(side).lower()))
            sig = signed.get(side)
            self.sign_states[side].setText(
                self.tr("Signed on %1").replace("%1", moment_text(sig.signed_at,
                                                                  self.ctx.language))
                if sig is not None else self.tr("Not signed yet"))
            button = self.sign_buttons[side]
            button.setText(self.tr("Sign as &professional…") if side is Side.PROFESSIONAL
                           else self.tr("Sign as &manager…"))
            button.setVisible(loaded.editable and sig is None)
            button.setEnabled(both_published)
        if m.locked:
            hint = self.tr("Both of you signed, so the record is locked. If something must "
                           "change, reopen it; then both of you sign again.")
        elif not both_published:
            hint = self.tr("You sign once both of you have published your preparation. Each "
                           "of you signs with your own password, also on this laptop.")
        elif signed:
            hint = self.tr("A change now takes back the signature that is already there; "
                           "then you sign again.")
        else:
            hint = self.tr("Each of you signs with your own password, also on this laptop. "
                           "Once both of you have signed, the record is locked.")
        self.sign_hint.setText(hint)

    def _check(self) -> None:
        self.add_agreement_button.setEnabled(bool(self.agreement_title.text().strip()))
        too_long = len(self.summary.toPlainText()) > SUMMARY_MAX
        # Only our own note is taken back here; a refusal from the service stays in view.
        if too_long:
            self.summary_error.show_message(
                self.tr("This text is too long: at most %n characters.", "", SUMMARY_MAX))
        elif self._summary_too_long:
            self.summary_error.show_message("")
        self._summary_too_long = too_long
        self.save_summary_button.setEnabled(not too_long)
        if self.summary_touched():
            self.summary_saved.hide()

    # --- actions ---------------------------------------------------------------------------

    def _refused(self, label: FieldError) -> Callable[[DomainError], None]:
        def show(error: DomainError) -> None:
            label.show_message(self.ctx.describe(error))
            if error.code in ("record_locked", "conversation_cancelled"):
                # Signed meanwhile (on another laptop, say): show the record as it is now.
                self.reload_wanted.emit()

        return show

    def add_agreement(self) -> None:
        loaded = self.loaded
        title = self.agreement_title.text()
        owner = self.agreement_owner.currentData()
        if loaded is None or not title.strip() or owner is None:
            return
        due: date | None = None
        if self.agreement_has_due.isChecked():
            q = self.agreement_due.date()
            due = date(q.year(), q.month(), q.day())
        self.agreement_error.show_message("")
        db, actor, cid = self.ctx.db, self.ctx.actor, loaded.row.id

        def added(_changes: Changes) -> None:
            if self.agreement_title.text() == title:
                self.agreement_title.clear()
            self.agreement_title.setFocus()

        _change(
            self, lambda: conversations.add_agreement(db, actor, cid, title, owner, due),
            added, self._refused(self.agreement_error))

    def set_status(self, agreement_id: int, status: ActionStatus) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        db, actor, cid = self.ctx.db, self.ctx.actor, loaded.row.id
        error = self.agreement_error if any(a.id == agreement_id for a in
                                            loaded.meeting.agreements) else self.earlier_error
        error.show_message("")
        _change(
            self, lambda: conversations.set_agreement_status(db, actor, cid, agreement_id,
                                                             status),
            None, self._refused(error))

    def remove_agreement(self, agreement_id: int) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        db, actor, cid = self.ctx.db, self.ctx.actor, loaded.row.id
        self.agreement_error.show_message("")
        _change(
            self, lambda: conversations.remove_agreement(db, actor, cid, agreement_id),
            None, self._refused(self.agreement_error))

    def save_summary(self, then: Callable[[], None] | None = None) -> None:
        """Save the summary; ``then`` (a callable) runs once it is saved."""
        loaded = self.loaded
        if loaded is None:
            return
        text = self.summary.toPlainText()
        db, actor, cid = self.ctx.db, self.ctx.actor, loaded.row.id
        self.summary_error.show_message("")

        def saved(_changes: Changes) -> None:
            self._summary_filled = (cid, text)
            self.summary_saved.setText(self.tr("Saved."))
            self.summary_saved.show()
            if then is not None:
                then()

        _change(self, lambda: conversations.save_summary(db, actor, cid, text),
                        saved, self._refused(self.summary_error))

    def request_sign(self, side: Side) -> None:
        """Sign what is on the screen: a summary typed but not saved is saved first."""
        self.sign_error.show_message("")
        if self.loaded is not None and self.loaded.editable and self.summary_touched():
            self.save_summary(lambda: self.sign_requested.emit(side))
        else:
            self.sign_requested.emit(side)

    def retranslate(self) -> None:
        self.earlier_card.heading.setText(self.tr("What became of earlier agreements"))
        self.earlier_hint.setText(self.tr(
            "The agreements of last time, and older ones that are still open. Mark what is "
            "done; open ones carry over."))
        self.agreements_card.heading.setText(self.tr("New agreements"))
        self.agreement_title.setPlaceholderText(self.tr(
            "for example: Follow the planning course before March"))
        self.agreement_title.setAccessibleName(self.tr("New agreement"))
        self.agreement_owner.setAccessibleName(self.tr("Who does it"))
        self.agreement_has_due.setText(self.tr("Due &date"))
        self.agreement_due.setAccessibleName(self.tr("Due date"))
        self.add_agreement_button.setText(self.tr("&Add agreement"))
        self.summary_card.heading.setText(self.tr("Summary"))
        self.summary_hint.setText(self.tr(
            "In a few sentences: what did you talk about, and what do you take with you?"))
        self.summary.setAccessibleName(self.tr("Summary"))
        self.save_summary_button.setText(self.tr("Save s&ummary"))
        self.sign_card.heading.setText(self.tr("Signatures"))
        if self.loaded is not None:
            self.show_loaded(self.loaded)


# --- the record and the history --------------------------------------------------------------


