"""A conversation's record: sign one side, reopen a signed record, schedule the meeting."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.access import Actor
from app.changes import Changes
from app.services import auth, conversations
from app.services.conversations import ZONE, AgreementRow, ConversationStatusRow
from app.versions import STALE
from models import CorrectionPart, Side, SignKind
from models.errors import DomainError
from ui.context import AppContext
from ui.dialogs.form import FormDialog, GuardedDialog
from ui.dialogs.lesson import text_edit
from ui.i18n import format_date
from ui.screen import fitting
from ui.widgets.common import FieldError, hint_label, role_label, with_notes
from ui.widgets.date_field import DateField, TimeField

PASSWORD_ERRORS = frozenset({"wrong_password", "login_wait", "sign_with_own_password"})
REASON_MAX = 2000
LOCATION_MAX = 120


def fit_height(dialog: QDialog) -> None:
    """Grow a dialog to the height its wrapped texts need at its width (Qt sizes a window
    from the labels' unwrapped hints, which cuts the last lines of long texts off)."""
    layout = dialog.layout()
    if layout is None:
        return
    needed = layout.totalHeightForWidth(dialog.width())
    if needed > dialog.height():
        # Never past the free part of the screen: the buttons stay in view.
        dialog.resize(fitting(dialog, QSize(dialog.width(), needed)))


def _signer_of(row: ConversationStatusRow, side: Side) -> tuple[int | None, str]:
    if side is Side.PROFESSIONAL:
        return row.professional_id, row.professional_name
    return row.manager_id, row.manager_name


class SignDialog(FormDialog):
    """One side signs with their own password: *agreed*, or *seen* with a remark that
    becomes part of the record — or asks for a correction of the summary or an agreement
    instead. On the shared laptop the other participant types their own password here; the
    service checks it, so nobody signs (or asks) for someone else.

    The dialog signs the record as the screen loaded it (``row.version``): when it changed
    meanwhile, the signature is refused and the person reads the record again first."""

    def __init__(self, ctx: AppContext, row: ConversationStatusRow, side: Side,
                 parent: QWidget | None = None, *,
                 agreements: tuple[AgreementRow, ...] = (), correction: bool = False) -> None:
        super().__init__(ctx, parent)
        self.row = row
        self.side = Side(side)
        self.agreements = agreements
        self.signer_id, self.signer_name = _signer_of(row, self.side)
        self.signed = False
        self.stale = False
        self.heading = role_label("", "subtitle", wrap=True)
        self.handover = hint_label()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)

        # --- agreed, seen with a remark, or a correction -----------------------------------
        self.choice = QButtonGroup(self)
        self.agreed = QRadioButton()
        self.seen = QRadioButton()
        self.correct = QRadioButton()
        for n, widget in enumerate((self.heading, self.handover, self.explanation,
                                    self.agreed, self.seen, self.correct)):
            self.body.insertWidget(n, widget)
        for n, button in enumerate((self.agreed, self.seen, self.correct)):
            self.choice.addButton(button, n)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.remark = text_edit(3)
        self.remark_hint = hint_label()
        self.part = QComboBox()
        self.wish = text_edit(3)
        self.wish_hint = hint_label()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field("remark", self.remark, self.remark_hint)
        self.add_field("part", self.part)
        self.add_field("correction", self.wish, self.wish_hint)
        self.add_field("password", self.password)
        self.body.addStretch(1)
        self.sign_button = self.save_button
        (self.correct if correction else self.agreed).setChecked(True)
        self.choice.idToggled.connect(self._toggled)
        self.password.textChanged.connect(self._check)
        for box in (self.remark, self.wish):
            box.textChanged.connect(self._check)
        self.setMinimumWidth(500)
        self.retranslate()
        self._chosen()
        self.password.setFocus()

    @property
    def remark_error(self) -> FieldError:
        return self.fields["remark"].error

    @property
    def wish_error(self) -> FieldError:
        return self.fields["correction"].error

    @property
    def password_error(self) -> FieldError:
        return self.fields["password"].error

    @property
    def is_me(self) -> bool:
        return self.signer_id is not None and self.signer_id == self.ctx.session.person_id

    @property
    def asking(self) -> bool:
        """A correction request instead of a signature."""
        return self.correct.isChecked()

    def _toggled(self, _id: int, on: bool) -> None:
        if on:
            self._chosen()

    def _chosen(self) -> None:
        seen, asking = self.seen.isChecked(), self.asking
        self.form.setRowVisible(self.fields["remark"].row, seen)
        for key in ("part", "correction"):
            self.form.setRowVisible(self.fields[key].row, asking)
        self.sign_button.setText(self.tr("&Ask for a correction") if asking
                                 else self.tr("&Sign"))
        self._check()

    def _too_long(self, box: QPlainTextEdit, error: FieldError) -> bool:
        too_long = len(box.toPlainText()) > REASON_MAX
        error.show_message(self.tr("This text is too long: at most %n characters.", "",
                                   REASON_MAX) if too_long else "")
        return too_long

    def _check(self) -> None:
        ready = bool(self.password.text()) and not self.stale
        remark_long = self._too_long(self.remark, self.remark_error)
        wish_long = self._too_long(self.wish, self.wish_error)
        if self.seen.isChecked():
            ready = ready and bool(self.remark.toPlainText().strip()) and not remark_long
        elif self.asking:
            ready = ready and bool(self.wish.toPlainText().strip()) and not wish_long \
                and self.part.currentIndex() >= 0
        self.sign_button.setEnabled(ready)
        if self.password.text():
            self.password_error.show_message("")

    def submit(self) -> None:
        password = self.password.text()
        if not password or self.signer_id is None or not self.sign_button.isEnabled():
            return
        db, me, signer_id = self.ctx.db, self.ctx.actor, self.signer_id
        cid, side, version = self.row.id, self.side, self.row.version
        if self.asking:
            agreement_id = self.part.currentData()
            part = CorrectionPart.SUMMARY if agreement_id is None else CorrectionPart.AGREEMENT
            wish = self.wish.toPlainText()

            def act(signer: Actor) -> Changes:
                return conversations.request_correction(
                    db, signer, cid, side, password, part=part, text=wish,
                    agreement_id=agreement_id, expected_version=version)
        else:
            kind = SignKind.SEEN if self.seen.isChecked() else SignKind.AGREED
            remark = self.remark.toPlainText() if kind is SignKind.SEEN else ""

            def act(signer: Actor) -> Changes:
                return conversations.sign(db, signer, cid, side, password,
                                          expected_version=version, kind=kind, remark=remark)

        def work() -> Changes:
            # The other participant signs as themself; their password proves it.
            return act(me if signer_id == me.person_id else auth.actor_for(db, signer_id))

        self.save(work, self._signed)

    def _signed(self, _changes: Changes) -> None:
        self.signed = True
        self.password.clear()
        self.accept()

    def show_error(self, error: DomainError) -> None:
        if self.ctx.on_copy and error.code in ("offline_sign", "offline_correction"):
            # The copy's server went out of reach since it was last seen: the page says so.
            self.ctx.set_server_online(False)
        if error.code == STALE:
            # Signing what was on the screen is no longer possible: read it again first.
            self.stale = True
        self._check()
        if error.code in PASSWORD_ERRORS:
            self.password.clear()
            self.password.setFocus()
            self.password_error.show_message(self.ctx.describe(error))
        elif error.field == "remark":
            self.remark_error.show_message(self.ctx.describe(error))
        elif error.field in ("correction", "agreement", "part"):
            self.wish_error.show_message(self.ctx.describe(error))
        else:
            self.general_error.show_message(self.ctx.describe(error))

    def retranslate(self) -> None:
        professional = self.side is Side.PROFESSIONAL
        self.setWindowTitle(self.tr("Sign as professional") if professional
                            else self.tr("Sign as manager"))
        self.heading.setText(
            (self.tr("%1 signs as the professional") if professional
             else self.tr("%1 signs as the manager")).replace("%1", self.signer_name))
        if self.is_me:
            self.handover.setText(self.tr("Type your own password to sign."))
        else:
            self.handover.setText(self.tr(
                "Let %1 type their own password. Only %1 can sign this side.")
                .replace("%1", self.signer_name))
        self.explanation.setText(self.tr(
            "By signing you confirm that you read the record: both preparations, the "
            "agreements and the summary. Once both of you have signed, it is locked. Do you "
            "see something differently? Sign as seen, with a remark, or ask for a correction."))
        self.agreed.setText(self.tr("A&greed: I agree with the record"))
        self.seen.setText(self.tr("S&een, with a remark: I read it, and add my view"))
        self.correct.setText(self.tr("Ask for a &correction instead of signing"))
        self.set_label("remark", self.tr("&Your remark"))
        self.remark_hint.setText(self.tr("Your remark becomes part of the record, for both of "
                                         "you to read."))
        self.set_label("part", self.tr("&What should be corrected?"))
        current = self.part.currentData()
        self.part.clear()
        self.part.addItem(self.tr("The summary"), None)
        for a in self.agreements:
            self.part.addItem(self.tr("Agreement: %1").replace("%1", a.title), a.id)
        if self.part.findData(current) >= 0:
            self.part.setCurrentIndex(self.part.findData(current))
        self.set_label("correction", self.tr("What should c&hange?"))
        self.wish_hint.setText(self.tr(
            "This is not a signature. Both of you see the request, and you can both change "
            "the record again. A change takes back a signature that is already there."))
        self.set_label("password",
                       self.tr("&Password of %1").replace("%1", self.signer_name))
        self._chosen()


class ReopenDialog(FormDialog):
    """Unlock a signed record, with a reason that stays in its history."""

    def __init__(self, ctx: AppContext, row: ConversationStatusRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.row = row
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.body.insertWidget(0, self.intro)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.reason = text_edit(3)
        self.reason_hint = hint_label()
        self.add_field("reason", self.reason, self.reason_hint)
        self.reopen_button = self.save_button
        self.reason.textChanged.connect(self._check)
        self.setMinimumWidth(480)
        self.retranslate()

    @property
    def reason_error(self) -> FieldError:
        return self.fields["reason"].error

    def _check(self) -> None:
        text = self.reason.toPlainText()
        too_long = len(text) > REASON_MAX
        self.show_field_error("reason", self.tr(
            "This text is too long: at most %n characters.", "", REASON_MAX)
            if too_long else "")
        self.reopen_button.setEnabled(bool(text.strip()) and not too_long)

    def submit(self) -> None:
        reason = self.reason.toPlainText()
        db, actor, cid, version = self.ctx.db, self.ctx.actor, self.row.id, self.row.version
        self.save(lambda: conversations.reopen(db, actor, cid, reason,
                                               expected_version=version))

    def show_error(self, error: DomainError) -> None:
        self.show_field_error("reason", self.ctx.describe(error))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reopen the record"))
        self.intro.setText(self.tr(
            "Reopening takes back both signatures, so you can change the record. Afterwards "
            "both of you sign again."))
        self.set_label("reason", self.tr("&Why do you reopen it?"))
        self.reason_hint.setText(self.tr(
            "The reason stays in the record's history, for both of you to see."))
        self.reopen_button.setText(self.tr("&Reopen"))
        self._check()


def _default_meeting(row: ConversationStatusRow) -> datetime:
    """The planned meeting, or the next working day at 10:00 (within the half year if it can)."""
    if row.meeting_at is not None:
        return row.meeting_at.astimezone(ZONE).replace(tzinfo=None)
    day = datetime.now(ZONE).date() + timedelta(days=1)
    if day < row.window_start:
        day = row.window_start
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime(day.year, day.month, day.day, 10, 0)


class ScheduleDialog(GuardedDialog):
    """Set or move the meeting: a date, a time and a place (in Amsterdam time)."""

    def __init__(self, ctx: AppContext, row: ConversationStatusRow, location: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ctx)
        self.ctx = ctx
        self.row = row
        layout = QVBoxLayout(self)
        self.intro = hint_label()
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        start = _default_meeting(row)
        self.when_day = DateField(lambda: ctx.language, start.date())
        self.when_time = TimeField(lambda: ctx.language, start.time(), round_to=5)
        self.when = QWidget()
        when_row = QHBoxLayout(self.when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.when_day, 0, Qt.AlignmentFlag.AlignTop)
        when_row.addWidget(self.when_time, 0, Qt.AlignmentFlag.AlignTop)
        when_row.addStretch(1)
        self.when.setFocusProxy(self.when_day)
        self.when_hint = hint_label()
        self.location = QLineEdit(location)
        self.location.setMaxLength(LOCATION_MAX)
        self.errors = {"meeting_at": FieldError(), "location": FieldError()}
        self.labels = {"meeting_at": QLabel(), "location": QLabel()}
        self.labels["meeting_at"].setBuddy(self.when)
        self.labels["location"].setBuddy(self.location)
        form.addRow(self.labels["meeting_at"],
                    with_notes(self.when, self.errors["meeting_at"], self.when_hint))
        form.addRow(self.labels["location"], with_notes(self.location, self.errors["location"]))
        layout.addLayout(form)
        self.general_error = FieldError()
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.when_day.date_changed.connect(lambda _v: self._check())
        self.setMinimumWidth(460)
        self.retranslate()

    def chosen(self) -> datetime | None:
        """The typed moment, naive: the service reads it as Amsterdam time. None (with the
        reason next to the field) when the date or time cannot be read."""
        day, moment = self.when_day.checked(), self.when_time.checked()
        return None if day is None or moment is None else datetime.combine(day, moment)

    def _check(self) -> None:
        day = self.when_day.value()
        outside = day is not None and not self.row.window_start <= day <= self.row.window_end
        # Only a note: a meeting just after the half year is still better than none.
        self.when_hint.setVisible(outside)

    def submit(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.show_message("")
        db, actor, cid = self.ctx.db, self.ctx.actor, self.row.id
        when, place = self.chosen(), self.location.text()
        if when is None:
            return
        self.buttons.setEnabled(False)
        version = self.row.version
        self.ctx.change(self, lambda: conversations.schedule(db, actor, cid, when, place,
                                                             expected_version=version),
                        lambda _c: self.accept(), self._failed)

    def _failed(self, error: DomainError) -> None:
        self.buttons.setEnabled(True)
        (self.errors.get(error.field or "") or self.general_error).show_message(
            self.ctx.describe(error))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        fit_height(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Schedule the meeting"))
        self.intro.setText(self.tr(
            "Choose a moment for the two of you, about an hour, somewhere you can talk "
            "undisturbed. Afterwards you can export an invitation for your calendars."))
        self.labels["meeting_at"].setText(self.tr("&Date and time"))
        self.labels["location"].setText(self.tr("&Where"))
        self.when_day.setAccessibleName(self.tr("Date of the meeting"))
        self.when_time.setAccessibleName(self.tr("Time of the meeting"))
        self.location.setPlaceholderText(self.tr("for example: the small meeting room"))
        self.when_hint.setText(self.tr(
            "This is outside the half year of this conversation (%1 to %2).")
            .replace("%1", format_date(self.row.window_start, self.ctx.language))
            .replace("%2", format_date(self.row.window_end, self.ctx.language)))
        self._check()
