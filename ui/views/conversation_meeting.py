"""The Meeting page: both preparations side by side, agreements, summary, signing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
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
from models import ActionStatus, CorrectionPart, Side, SignKind, VoidReason
from models.errors import DomainError, Forbidden
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
from ui.offline import needs_server, reason_label
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
    clear_layout,
    hint_label,
    with_notes,
)
from ui.widgets.date_field import DateField


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
        clear_layout(self.grid)
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
    correction_requested = Signal(object)  # Side
    reload_wanted = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded: Loaded | None = None
        # A copy's server coming into reach (or going) enables signing (or stops it).
        ctx.bus.connection.connect(self._render)
        # Every change is made with the versions on screen: one at a time, and the next only
        # once the page shows what the last one saved (otherwise it would refuse itself).
        self._pending = 0
        self._awaiting_reload = False
        self._after_reload: list[Callable[[], None]] = []  # to do once a save shows
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
        self.agreement_due = DateField(lambda: self.ctx.language,
                                       date.today() + timedelta(days=91))
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
        # Someone else saved the summary while this one was being typed: theirs, in view.
        self.summary_elsewhere = _rich_label()
        self.summary_elsewhere.hide()
        self.save_summary_button = QPushButton(icon("edit"), "")
        self.summary_card.body.addWidget(self.summary_hint)
        self.summary_card.body.addWidget(with_notes(self.summary, self.summary_error,
                                                    self.summary_saved, self.summary_elsewhere))
        self.summary_card.body.addLayout(_button_row(self.save_summary_button, stretch_at=0))
        layout.addWidget(self.summary_card)

        # --- correction requests: visible to both ------------------------------------------
        self.corrections_card = Card()
        self.corrections_card.heading.setWordWrap(True)
        self.corrections = _rich_label()
        self.corrections_card.body.addWidget(self.corrections)
        self.corrections_card.hide()
        layout.addWidget(self.corrections_card)

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
        self.correction_buttons: dict[Side, QPushButton] = {}
        for n, side in enumerate(SIDES):
            label, state = QLabel(), _rich_label()
            label.setWordWrap(True)
            who = QVBoxLayout()
            who.setSpacing(0)
            who.addWidget(label)
            who.addWidget(state)
            button = QPushButton(icon("check"), "")
            button.clicked.connect(lambda _c=False, s=side: self.request_sign(s))
            correction = QPushButton(icon("edit"), "")
            correction.clicked.connect(lambda _c=False, s=side: self.request_correction(s))
            buttons = QVBoxLayout()
            buttons.setSpacing(4)
            buttons.addWidget(button)
            buttons.addWidget(correction)
            grid.addLayout(who, n, 0)
            grid.addLayout(buttons, n, 1, Qt.AlignmentFlag.AlignVCenter)
            self.sign_labels[side], self.sign_states[side] = label, state
            self.sign_buttons[side], self.correction_buttons[side] = button, correction
        self.sign_card.body.addLayout(grid)
        self.sign_error = FieldError()
        self.sign_card.body.addWidget(self.sign_error)
        # On a personal copy: signing and asking for a correction need the organisation's
        # database (a signature is checked against the version there).
        self.sign_offline = reason_label()
        self.correction_offline = reason_label()
        self.sign_card.body.addWidget(self.sign_offline)
        self.sign_card.body.addWidget(self.correction_offline)
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
        self._awaiting_reload = False
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
            self.summary_elsewhere.hide()
        elif self._summary_filled is not None and self._summary_filled[1] != m.summary:
            # Saved by someone else while this text was typed: the typed text stays, and
            # theirs is shown, so nobody overwrites the other without having read it.
            quiet = _quiet(self)
            note = self.tr("Saved meanwhile by someone else:")
            keep = self.tr("Your text is still in the box above. Saving it replaces theirs, "
                           "so take over what you want to keep.")
            self.summary_elsewhere.setText(
                f"<b>{escape(note)}</b><br>{_paragraphs(m.summary) or '—'}"
                f"<br><span style='color:{quiet}'>{escape(keep)}</span>")
            self.summary_elsewhere.show()
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
        if not self.busy:
            after, self._after_reload = self._after_reload, []
            for then in after:
                then()

    def summary_touched(self) -> bool:
        return self._summary_filled is not None and \
            self.summary.toPlainText() != self._summary_filled[1]

    @property
    def busy(self) -> bool:
        """A change is on its way, or saved but not shown yet."""
        return self._pending > 0 or self._awaiting_reload

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
        self._render_corrections(loaded)
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

    def _render_corrections(self, loaded: Loaded) -> None:
        """Open correction requests, for both to see: who asks what, and why."""
        requests = loaded.meeting.open_corrections
        self.corrections_card.setVisible(bool(requests))
        if not requests:
            return
        quiet, lang = _quiet(self), self.ctx.language
        parts = []
        for r in requests:
            if r.part is CorrectionPart.AGREEMENT:
                what = self.tr("%1 asks for a correction of the agreement “%2”:") \
                    .replace("%2", r.agreement_title)
            else:
                what = self.tr("%1 asks for a correction of the summary:")
            what = what.replace("%1", r.person_name or side_name(r.side))
            parts.append(f"<p><b>{escape(what)}</b><br>{_paragraphs(r.text)}<br>"
                         f"<span style='color:{quiet}'>"
                         f"{escape(moment_text(r.requested_at, lang))}</span></p>")
        open_again = self.tr("The record is open for changes again. A change takes back a "
                             "signature that is already there; whoever asked signs once it "
                             "is right.")
        parts.append(f"<p style='color:{quiet}'>{escape(open_again)}</p>")
        self.corrections.setText("".join(parts))

    def _signature_state(self, loaded: Loaded, side: Side) -> str:
        """How this side signed (agreed, or seen with the remark), or that it has not; and
        when a signature of theirs was taken back, by whose change — for both to read."""
        m, lang, quiet = loaded.meeting, self.ctx.language, _quiet(self)
        sig = next((s for s in m.current_signatures if s.side is side), None)
        if sig is not None:
            when = moment_text(sig.signed_at, lang)
            if sig.kind is SignKind.SEEN:
                text = escape(self.tr("Seen, with a remark, on %1").replace("%1", when))
                return f"{text}<br><i>“{_paragraphs(sig.remark)}”</i>"
            return escape(self.tr("Agreed on %1").replace("%1", when))
        not_yet = self.tr("Not signed yet")
        text = f"<span style='color:{quiet}'>{escape(not_yet)}</span>"
        earlier = [s for s in m.signatures if s.side is side and s.void]
        last = earlier[-1] if earlier else None
        if last is not None and last.voided_at is not None and \
                last.void_reason is VoidReason.EDITED:
            by = last.voided_by_name or "—"
            if loaded.me is not None and last.person_id == loaded.me:
                note = self.tr("Your signature of %1 was taken back: %2 changed the record "
                               "afterwards. Read it again and sign once more.")
            else:
                note = self.tr("The signature of %1 was taken back: %2 changed the record "
                               "afterwards, so %3 signs again.")
            note = note.replace("%1", moment_text(last.signed_at, lang)).replace("%2", by) \
                .replace("%3", last.person_name or "—")
            text += f"<br><span style='color:{quiet}'>{escape(note)}</span>"
        return text

    def _render_signatures(self, loaded: Loaded) -> None:
        m, row = loaded.meeting, loaded.row
        signed = {sig.side: sig for sig in m.current_signatures}
        both_published = row.professional_published and row.manager_published
        for side in SIDES:
            name = loaded.name_of(side) or "—"
            self.sign_labels[side].setText(self.tr("%1 (%2)").replace("%1", name)
                                           .replace("%2", side_name(side).lower()))
            self.sign_states[side].setText(self._signature_state(loaded, side))
            button = self.sign_buttons[side]
            button.setText(self.tr("Sign as &professional…") if side is Side.PROFESSIONAL
                           else self.tr("Sign as &manager…"))
            button.setVisible(loaded.open and side not in signed)
            button.setEnabled(both_published and not self.busy)
            correction = self.correction_buttons[side]
            correction.setText(self.tr("Ask for a correction…"))
            correction.setAccessibleName(self.tr("%1 asks for a correction").replace(
                "%1", name))
            correction.setVisible(loaded.open)
            correction.setEnabled(not self.busy)
        # On a copy these run on the organisation's server while it is in reach; then only
        # for the copy's own person (the other side signs on their own laptop, or online).
        offline = needs_server(self.ctx, conversations.sign, self.sign_offline,
                               *self.sign_buttons.values())
        needs_server(self.ctx, conversations.request_correction, self.correction_offline,
                     *self.correction_buttons.values())
        if self.ctx.on_copy and not offline:
            only_mine = self.ctx.describe(Forbidden("copy_signs_own_side"))
            for side in SIDES:
                if side is not loaded.my_side:
                    for button in (self.sign_buttons[side], self.correction_buttons[side]):
                        button.setEnabled(False)
                        button.setToolTip(only_mine)
            self.sign_offline.setText(only_mine)
            self.sign_offline.setVisible(loaded.open and loaded.my_side is not None)
        other_signed = next(iter(signed.values()), None)
        if m.locked:
            hint = self.tr("Both of you signed, so the record is locked. If something must "
                           "change, reopen it; then both of you sign again.")
        elif not both_published:
            hint = self.tr("You sign once both of you have published your preparation. Each "
                           "of you signs with your own password, also on this laptop.")
        elif m.awaiting_signature and other_signed is not None:
            hint = self.tr("%1 signed. Until the other signs too, the record stays as it is. "
                           "Sign as agreed, or as seen with a remark; or ask for a correction, "
                           "which opens the record for changes again.").replace(
                "%1", other_signed.person_name or side_name(other_signed.side))
        elif signed:
            hint = self.tr("A change now takes back the signature that is already there; "
                           "then that side signs again.")
        else:
            hint = self.tr("Each of you signs with your own password, also on this laptop: "
                           "as agreed, or as seen with a remark. Once both of you have "
                           "signed, the record is locked.")
        self.sign_hint.setText(hint)

    def _check(self) -> None:
        busy = self.busy
        self.add_agreement_button.setEnabled(bool(self.agreement_title.text().strip())
                                             and not busy)
        for grid in (self.agreements, self.earlier):
            grid.setEnabled(not busy)
        too_long = len(self.summary.toPlainText()) > SUMMARY_MAX
        # Only our own note is taken back here; a refusal from the service stays in view.
        if too_long:
            self.summary_error.show_message(
                self.tr("This text is too long: at most %n characters.", "", SUMMARY_MAX))
        elif self._summary_too_long:
            self.summary_error.show_message("")
        self._summary_too_long = too_long
        self.save_summary_button.setEnabled(not too_long and not busy)
        if self.summary_touched():
            self.summary_saved.hide()

    # --- actions ---------------------------------------------------------------------------

    def _refused(self, label: FieldError) -> Callable[[DomainError], None]:
        def show(error: DomainError) -> None:
            label.show_message(self.ctx.describe(error))
            if error.code in ("record_locked", "conversation_cancelled",
                              "record_awaiting_signature"):
                # Signed meanwhile (on another laptop, say): show the record as it is now.
                self.reload_wanted.emit()

        return show

    def _edit(self, fn: Callable[[], Changes], done: Callable[[Changes], None] | None,
              failed: Callable[[DomainError], None]) -> None:
        """A change made with the versions on screen; the next waits until this one shows."""
        self._pending += 1
        self._render()

        def saved(changes: Changes) -> None:
            self._pending -= 1
            self._awaiting_reload = True  # this page's versions are old until it reloads
            if done is not None:
                done(changes)
            self._render()

        def refused(error: DomainError) -> None:
            self._pending -= 1
            failed(error)
            self._render()

        _change(self, fn, saved, refused)

    def add_agreement(self) -> None:
        loaded = self.loaded
        title = self.agreement_title.text()
        owner = self.agreement_owner.currentData()
        if loaded is None or not title.strip() or owner is None:
            return
        due: date | None = None
        if self.agreement_has_due.isChecked():
            due = self.agreement_due.checked()
            if due is None:
                return
        self.agreement_error.show_message("")
        db, actor, cid, version = self.ctx.db, self.ctx.actor, loaded.row.id, loaded.meeting.version

        def added(_changes: Changes) -> None:
            if self.agreement_title.text() == title:
                self.agreement_title.clear()
            self.agreement_title.setFocus()

        self._edit(lambda: conversations.add_agreement(db, actor, cid, title, owner, due,
                                                       expected_version=version),
                   added, self._refused(self.agreement_error))

    def _agreement(self, agreement_id: int) -> AgreementRow | None:
        loaded = self.loaded
        if loaded is None:
            return None
        shown = loaded.meeting.agreements + loaded.meeting.reviewed_agreements
        return next((a for a in shown if a.id == agreement_id), None)

    def set_status(self, agreement_id: int, status: ActionStatus) -> None:
        loaded, agreement = self.loaded, self._agreement(agreement_id)
        if loaded is None or agreement is None:
            return
        db, actor, cid = self.ctx.db, self.ctx.actor, loaded.row.id
        versions = {"expected_version": agreement.version,
                    "expected_record_version": loaded.meeting.version}
        error = self.agreement_error if any(a.id == agreement_id for a in
                                            loaded.meeting.agreements) else self.earlier_error
        error.show_message("")
        self._edit(lambda: conversations.set_agreement_status(db, actor, cid, agreement_id,
                                                              status, **versions),
                   None, self._refused(error))

    def remove_agreement(self, agreement_id: int) -> None:
        loaded, agreement = self.loaded, self._agreement(agreement_id)
        if loaded is None or agreement is None:
            return
        db, actor, cid = self.ctx.db, self.ctx.actor, loaded.row.id
        versions = {"expected_version": agreement.version,
                    "expected_record_version": loaded.meeting.version}
        self.agreement_error.show_message("")
        self._edit(lambda: conversations.remove_agreement(db, actor, cid, agreement_id,
                                                          **versions),
                   None, self._refused(self.agreement_error))

    def save_summary(self, then: Callable[[], None] | None = None) -> None:
        """Save the summary; ``then`` (a callable) runs once it is saved."""
        loaded = self.loaded
        if loaded is None:
            return
        text = self.summary.toPlainText()
        db, actor, cid, version = self.ctx.db, self.ctx.actor, loaded.row.id, loaded.meeting.version
        self.summary_error.show_message("")

        def shown() -> None:
            self.summary_saved.setText(self.tr("Saved."))
            self.summary_saved.setVisible(not self.summary_touched())
            if then is not None:
                then()

        def saved(_changes: Changes) -> None:
            self._summary_filled = (cid, text)
            self.summary_elsewhere.hide()
            # Said (and signing goes on) once the page shows the saved record's version.
            self._after_reload.append(shown)

        self._edit(lambda: conversations.save_summary(db, actor, cid, text,
                                                      expected_version=version),
                   saved, self._refused(self.summary_error))

    def request_sign(self, side: Side) -> None:
        """Sign what is on the screen: a summary typed but not saved is saved first."""
        self.sign_error.show_message("")
        if self.loaded is not None and self.loaded.editable and self.summary_touched():
            self.save_summary(lambda: self.sign_requested.emit(side))
        else:
            self.sign_requested.emit(side)

    def request_correction(self, side: Side) -> None:
        self.sign_error.show_message("")
        self.correction_requested.emit(side)

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
        self.corrections_card.heading.setText(self.tr("Corrections asked for"))
        if self.loaded is not None:
            self.show_loaded(self.loaded)


# --- the record and the history --------------------------------------------------------------


