"""Move one session of a week cycle (a sick day, a room taken) to another day and time."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.planning import EARLIEST_START, LATEST_START, WorkCalendar, move_window
from app.services import cycles
from app.services.cycles import ClosingDayRow, CycleRow, SessionRow
from models.errors import DomainError
from ui.context import AppContext
from ui.dialogs.form import GuardedDialog
from ui.dialogs.plan_cycle import quarter_time_field, time_range
from ui.icons import icon
from ui.names_groups import format_day
from ui.widgets.common import FieldError, hint_label, with_notes
from ui.widgets.date_field import DateField


class MoveSessionDialog(GuardedDialog):
    """The day can be any working day of the week the session was planned in, or the next;
    what is closed or already holds a session of the cycle is said before saving."""

    def __init__(self, ctx: AppContext, session: SessionRow, cycle: CycleRow,
                 closing_days: list[ClosingDayRow], parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent, ctx)
        self.ctx = ctx
        self.session = session
        self.cycle = cycle
        self.today = today or date.today()
        self.calendar = WorkCalendar(closing_days=[c.day for c in closing_days])
        self.closing_names = {c.day: c.description for c in closing_days}
        self.first, self.last = move_window(session.planned_day or session.day)
        layout = QVBoxLayout(self)
        self.intro = hint_label()
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        self.day = DateField(lambda: ctx.language, session.day, today=self.today)
        self.day.set_range(max(self.first, self.today), self.last)
        self.day_note = FieldError()
        self.day_hint = hint_label()
        self.start_time = quarter_time_field(lambda: ctx.language, session.start_time)
        self.time_hint = hint_label()
        self.day_label, self.time_label = QLabel(), QLabel()
        self.day_label.setBuddy(self.day)
        self.time_label.setBuddy(self.start_time)
        form.addRow(self.day_label, with_notes(self.day, self.day_note, self.day_hint))
        form.addRow(self.time_label, with_notes(self.start_time, self.time_hint))
        self.general_error = FieldError()
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.move_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.move_button.setIcon(icon("calendar"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.day.date_changed.connect(lambda _d: self._check())
        self.start_time.time_changed.connect(lambda _t: self._check())
        self.setMinimumWidth(520)
        self.retranslate()

    def chosen(self) -> tuple[date, time] | None:
        """The day and time as typed now; None while either cannot be read."""
        day, start = self.day.value(), self.start_time.value()
        return None if day is None or start is None else (day, start)

    def _why_not(self, day: date) -> str:
        """What makes a day impossible, said before saving; empty when it is free to try."""
        lang = self.ctx.language
        reason = self.calendar.reason_closed(day)
        if reason == "weekend":
            return self.tr("%1 is in the weekend.").replace("%1", format_day(day, lang))
        if reason is not None and reason.startswith("holiday:"):
            return self.tr("%1 is a public holiday: %2.").replace(
                "%1", format_day(day, lang)).replace(
                "%2", self.calendar.holiday_name(day, lang) or "")
        if reason == "closing_day":
            name = self.closing_names.get(day) or self.tr("closing day")
            return self.tr("The organisation is closed on %1: %2.").replace(
                "%1", format_day(day, lang)).replace("%2", name)
        for other in self.cycle.sessions:
            if other.id != self.session.id and other.day == day:
                return self.tr("Day %1 of this cycle is already on %2.").replace(
                    "%1", str(other.day_number)).replace("%2", format_day(day, lang))
        return ""

    def _check(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            self.move_button.setEnabled(True)  # Move then says what cannot be read
            return
        day, start = chosen
        problem = self._why_not(day)
        self.day_note.show_message(problem)
        unchanged = (day, start) == (self.session.day, self.session.start_time)
        self.move_button.setEnabled(not problem and not unchanged)
        self.general_error.show_message("")

    def submit(self) -> None:
        day, start = self.day.checked(), self.start_time.checked()
        if day is None or start is None:
            return
        problem = self._why_not(day)
        if problem:
            self.day_note.show_message(problem)
            return
        db, actor, sid = self.ctx.db, self.ctx.actor, self.session.id

        def work() -> Changes:
            return cycles.move_session(db, actor, sid, day, start)

        self.buttons.setEnabled(False)
        self.ctx.change(self, work, lambda _c: self.accept(), self._failed)

    def _failed(self, error: DomainError) -> None:
        self.buttons.setEnabled(True)
        self.general_error.show_message(self.ctx.describe(error))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = self.ctx.language
        s = self.session
        self.setWindowTitle(self.tr("Move day %1").replace("%1", str(s.day_number)))
        self.intro.setText(self.tr(
            "Someone is ill, or the room is taken? Move this one session to another working "
            "day and time. The other sessions of the cycle stay where they are.")
            + "\n" + self.tr("Now: %1, %2.").replace("%1", format_day(s.day, lang)).replace(
                "%2", time_range(s.start_time)))
        self.day_label.setText(self.tr("&Day"))
        self.time_label.setText(self.tr("Start &time"))
        self.day.setAccessibleName(self.tr("New day"))
        self.day_hint.setText(self.tr(
            "A working day from %1 to %2: the week it was planned in, or the next.").replace(
            "%1", format_day(self.first, lang)).replace("%2", format_day(self.last, lang)))
        self.time_hint.setText(self.tr("Between %1 and %2; the session lasts an hour.").replace(
            "%1", EARLIEST_START.strftime("%H:%M")).replace(
            "%2", LATEST_START.strftime("%H:%M")))
        self.move_button.setText(self.tr("&Move"))
        self._check()
