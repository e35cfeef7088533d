"""Plan a vital week cycle: from which day, at what time, in which room; free weeks offered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.planning import (
    DEFAULT_SEARCH_WEEKS,
    EARLIEST_START,
    LATEST_START,
    Suggestion,
    WorkCalendar,
    four_days_from,
)
from app.services import cycles
from app.services.cycles import SESSION_MINUTES, ClosingDayRow, CyclePlan, CycleRow, RoomRow
from app.services.groups import GroupRow
from models.errors import Conflict, DomainError
from ui.context import AppContext
from ui.dialogs.form import GuardedDialog
from ui.icons import icon
from ui.names_groups import format_day
from ui.screen import fitting
from ui.widgets.common import FieldError, hint_label, name_by_buddies, role_label, with_notes
from ui.widgets.date_field import DateField, TimeField

FIELDS = ("first_day", "start_time", "room", "latest_first_day")
QUARTER = 15


def next_monday(today: date) -> date:
    return today + timedelta(days=7 - today.weekday())


def _end(start: time) -> time:
    minutes = start.hour * 60 + start.minute + SESSION_MINUTES
    return time((minutes // 60) % 24, minutes % 60)


def time_range(start: time) -> str:
    return f"{start.strftime('%H:%M')}–{_end(start).strftime('%H:%M')}"


def quarter_time_field(language: Callable[[], str], value: time) -> TimeField:
    """A session's start: typed as 0730, 7:30 or 9, rounded to a quarter, in working hours."""
    return TimeField(language, value, round_to=QUARTER, minimum=EARLIEST_START,
                     maximum=LATEST_START)


class PlanCycleDialog(GuardedDialog):
    """Planned cycles are announced with ``planned(cycle_id)``; the dialog then shows the days."""

    planned = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        group: GroupRow,
        rooms: list[RoomRow],
        closing_days: list[ClosingDayRow],
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent, ctx)
        self.ctx = ctx
        self.group = group
        self.today = today or date.today()
        self.calendar = WorkCalendar(closing_days=[c.day for c in closing_days])
        self.closing_names = {c.day: c.description for c in closing_days}
        self.preview_days: list[date] = []
        self.planned_cycle: CycleRow | None = None
        self.suggestions: list[Suggestion] = []
        self.suggestion_buttons: list[QPushButton] = []

        layout = QVBoxLayout(self)
        self.intro = hint_label()
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        self.errors = {f: FieldError() for f in FIELDS}
        self.labels: dict[str, QLabel] = {f: QLabel() for f in FIELDS}

        language = lambda: ctx.language  # noqa: E731 - read when the fields retranslate
        self.first_day = DateField(language, next_monday(self.today), today=self.today)
        self.first_day.set_range(self.today, None)
        self.first_day_hint = hint_label()
        self.start_time = quarter_time_field(language, time(9, 0))
        self.start_time_hint = hint_label()
        self.room = QComboBox()
        self.room.addItem("", None)
        for room in rooms:
            self.room.addItem(icon("room"), room.name, room.id)
        if rooms:
            self.room.setCurrentIndex(1)
        self.room_hint = hint_label()
        self.has_rooms = bool(rooms)

        until_box = QWidget()
        until_row = QHBoxLayout(until_box)
        until_row.setContentsMargins(0, 0, 0, 0)
        self.until_enabled = QCheckBox()
        self.until = DateField(language, next_monday(self.today) + timedelta(days=13),
                               today=self.today)
        self.until.setEnabled(False)
        until_row.addWidget(self.until_enabled)
        until_row.addWidget(self.until)
        until_row.addStretch(1)
        until_box.setFocusProxy(self.until_enabled)
        self.until_hint = hint_label()

        rows: list[tuple[str, QWidget, QLabel]] = [
            ("first_day", self.first_day, self.first_day_hint),
            ("start_time", self.start_time, self.start_time_hint),
            ("room", self.room, self.room_hint),
            ("latest_first_day", until_box, self.until_hint),
        ]
        for key, widget, hint in rows:
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], with_notes(widget, self.errors[key], hint))

        # --- the four days, before and after saving ------------------------------------------
        self.days_frame = QFrame()
        self.days_frame.setProperty("role", "card")
        days = QVBoxLayout(self.days_frame)
        days.setContentsMargins(14, 10, 14, 12)
        self.days_heading = role_label("", "subtitle", wrap=True)
        self.days_list = QLabel()
        self.days_list.setWordWrap(True)
        self.days_note = hint_label()
        days.addWidget(self.days_heading)
        days.addWidget(self.days_list)
        days.addWidget(self.days_note)
        layout.addWidget(self.days_frame)

        # --- when the asked weeks are full: the next free ones -------------------------------
        self.suggestions_frame = QFrame()
        self.suggestions_frame.setProperty("role", "card")
        suggestions = QVBoxLayout(self.suggestions_frame)
        suggestions.setContentsMargins(14, 10, 14, 12)
        self.problem = FieldError()
        self.suggestions_heading = role_label("", "", wrap=True)
        self.suggestions_column = QVBoxLayout()
        suggestions.addWidget(self.problem)
        suggestions.addWidget(self.suggestions_heading)
        suggestions.addLayout(self.suggestions_column)
        self.suggestions_frame.hide()
        layout.addWidget(self.suggestions_frame)

        self.general_error = FieldError()
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.plan_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.plan_button.setIcon(icon("plan"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.first_day.date_changed.connect(self._first_day_changed)
        self.start_time.time_changed.connect(lambda _t: self._form_changed())
        self.room.currentIndexChanged.connect(lambda _i: self._form_changed())
        self.until_enabled.toggled.connect(self._until_toggled)
        self.until.date_changed.connect(lambda _d: self._form_changed())
        self.setTabOrder(self.first_day, self.start_time)
        self.setTabOrder(self.start_time, self.room)
        self.setTabOrder(self.room, self.until_enabled)
        self.setTabOrder(self.until_enabled, self.until)
        self.setMinimumWidth(580)
        self.retranslate()
        self._first_day_changed(next_monday(self.today))

    # --- the form ------------------------------------------------------------------------

    def plan(self) -> CyclePlan | None:
        """What is asked for; None (with the reason next to the field) when a date or the
        time cannot be read."""
        first, start = self.first_day.checked(), self.start_time.checked()
        until = self.until.checked() if self.until_enabled.isChecked() else None
        if first is None or start is None or (self.until_enabled.isChecked() and until is None):
            return None
        return CyclePlan(earliest=first, start_time=start, room_id=self.room.currentData(),
                         latest_first_day=until)

    def _first_day_changed(self, value: date) -> None:
        self.until.set_range(value, None)
        self._form_changed()

    def _until_toggled(self, on: bool) -> None:
        self.until.setEnabled(on)
        self._form_changed()

    def _form_changed(self) -> None:
        if self.planned_cycle is not None:
            return
        for label in (*self.errors.values(), self.general_error):
            label.show_message("")
        self._show_preview()

    def _show_preview(self) -> None:
        """The four days if everyone is free then; closed days on the way are named. While a
        date or the time cannot be read, the last readable preview stays."""
        chosen, start = self.first_day.value(), self.start_time.value()
        if chosen is None or start is None:
            return
        first = next(self.calendar.working_days_from(chosen))
        self.preview_days = four_days_from(self.calendar, first)
        self.days_heading.setText(self.tr("If everyone is free, you meet on:"))
        self.days_list.setText(self._day_lines(self.preview_days, start,
                                               self.room.currentText()
                                               if self.room.currentData() else ""))
        self.days_note.setText(self._closed_note(chosen, self.preview_days[-1]))
        self.days_note.setVisible(bool(self.days_note.text()))

    def _day_lines(self, days: list[date], start: time, room: str) -> str:
        lang = self.ctx.language
        where = f" · {room}" if room else ""
        return "\n".join(
            self.tr("Day %1: %2, %3").replace("%1", str(n)).replace(
                "%2", format_day(d, lang)).replace("%3", time_range(start)) + where
            for n, d in enumerate(days, start=1))

    def _closed_note(self, first: date, last: date) -> str:
        """Holidays and closing days between the chosen day and the last session."""
        lang, notes = self.ctx.language, []
        day = first
        while day <= last:
            reason = self.calendar.reason_closed(day)
            if reason and reason != "weekend":
                name = (self.calendar.holiday_name(day, lang) if reason.startswith("holiday:")
                        else self.closing_names.get(day) or self.tr("closing day"))
                notes.append(self.tr("Skipped %1: %2").replace(
                    "%1", format_day(day, lang)).replace("%2", name or ""))
            day += timedelta(days=1)
        return "\n".join(notes)

    # --- planning ------------------------------------------------------------------------

    def submit(self) -> None:
        if self.planned_cycle is not None:
            self.accept()
            return
        for label in (*self.errors.values(), self.general_error):
            label.show_message("")
        self._clear_suggestions()
        plan = self.plan()
        if plan is None:
            return
        db, actor, group_id = self.ctx.db, self.ctx.actor, self.group.id
        self.buttons.setEnabled(False)
        self.ctx.change(self, lambda: cycles.plan_cycle(db, actor, group_id, plan),
                        self._saved, lambda e: self._failed(e, plan))

    def _saved(self, changes: Changes) -> None:
        cycle_id = int(changes.value)
        db, actor, group_id = self.ctx.db, self.ctx.actor, self.group.id

        def load() -> CycleRow | None:
            return next((c for c in cycles.cycles_of_group(db, actor, group_id)
                         if c.id == cycle_id), None)

        self.ctx.call(self, load, self._show_planned)

    def _show_planned(self, cycle: CycleRow | None) -> None:
        self.buttons.setEnabled(True)
        if cycle is None:
            self.accept()
            return
        self.planned_cycle = cycle
        for widget in (self.first_day, self.start_time, self.room, self.until_enabled,
                       self.until):
            widget.setEnabled(False)
        self.mark_clean()  # planned: closing now loses nothing
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.plan_button.setIcon(icon("check"))
        self._render_planned()
        self.plan_button.setFocus()
        self.planned.emit(cycle.id)

    def planned_days(self) -> list[date]:
        return [s.day for s in self.planned_cycle.sessions] if self.planned_cycle else []

    def _render_planned(self) -> None:
        cycle = self.planned_cycle
        assert cycle is not None
        days = self.planned_days()
        self.days_heading.setText(self.tr("Planned. You meet on:"))
        self.days_list.setText(self._day_lines(days, cycle.start_time, cycle.room_name))
        later = bool(self.preview_days) and days[0] != self.preview_days[0]
        self.days_note.setText(self.tr(
            "Someone or the room was already taken earlier, so the cycle starts on the "
            "first free day.") if later else self.tr(
            "Everyone in the group sees these sessions. Export them to your calendar from "
            "the group."))
        self.days_note.show()
        self.plan_button.setText(self.tr("&Close"))
        QTimer.singleShot(0, self, self._fit)

    def _failed(self, error: DomainError, plan: CyclePlan) -> None:
        self.buttons.setEnabled(True)
        if error.code == "cycle_no_room_in_period" or isinstance(error, Conflict):
            self._offer_suggestions(error, plan)
            return
        target = self.errors.get(error.field or "")
        (target or self.general_error).show_message(self.ctx.describe(error))

    def _fit(self, shrink: bool = False) -> None:
        """Grow to show what was added (wrapped text included), or shrink after hiding it."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = self.width()
        need = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                else layout.totalSizeHint().height())
        if need > self.height() or shrink:
            # Never beyond the free part of the screen: Save must stay in view.
            self.resize(fitting(self, QSize(width, need)))

    def _offer_suggestions(self, error: DomainError, plan: CyclePlan) -> None:
        self.problem.show_message(self.ctx.describe(error))
        self.suggestions_heading.setText(self.tr("Looking for free weeks…"))
        self.suggestions_frame.show()
        QTimer.singleShot(0, self, self._fit)
        # Look beyond the weeks asked for: the next free weeks are what helps.
        horizon = plan.earliest + timedelta(weeks=DEFAULT_SEARCH_WEEKS, days=-1)
        latest = plan.latest_first_day
        wider = CyclePlan(plan.earliest, plan.start_time, plan.room_id,
                          latest if latest is not None and latest > horizon else None)
        db, actor, group_id = self.ctx.db, self.ctx.actor, self.group.id
        self.ctx.call(self, lambda: cycles.suggest_slots(db, actor, group_id, wider, count=4),
                      self._show_suggestions, self._suggestions_failed)

    def _suggestions_failed(self, error: DomainError) -> None:
        self.suggestions_heading.setText(self.ctx.describe(error))

    def _show_suggestions(self, found: list[Suggestion]) -> None:
        self._clear_suggestions(keep_frame=True)
        self.suggestions = list(found)
        if not found:
            self.suggestions_heading.setText(self.tr(
                "There is no free week in the next %1 weeks either. Try another room, or "
                "ask the group about another time.").replace("%1", str(DEFAULT_SEARCH_WEEKS)))
            return
        self.suggestions_heading.setText(self.tr("These weeks are free. Choose one:"))
        lang = self.ctx.language
        for s in found:
            text = self.tr("%1 to %2, %3").replace("%1", format_day(s.first_day, lang)).replace(
                "%2", format_day(s.days[-1], lang)).replace("%3", time_range(s.start_time))
            button = QPushButton(icon("calendar"), text)
            button.setStyleSheet("text-align: left; padding: 5px 10px;")
            button.clicked.connect(lambda _c=False, s=s: self.apply_suggestion(s))
            self.suggestions_column.addWidget(button)
            self.suggestion_buttons.append(button)
        QTimer.singleShot(0, self, self._fit)

    def _clear_suggestions(self, keep_frame: bool = False) -> None:
        for button in self.suggestion_buttons:
            self.suggestions_column.removeWidget(button)
            button.deleteLater()
        self.suggestion_buttons = []
        self.suggestions = []
        if not keep_frame:
            self.suggestions_frame.hide()

    def apply_suggestion(self, suggestion: Suggestion) -> None:
        """Fill the form with a free week; the person still presses Plan."""
        self.first_day.set_date(suggestion.first_day)
        self.start_time.set_time(suggestion.start_time)
        until = self.until.value()
        if self.until_enabled.isChecked() and (until is None or until < suggestion.first_day):
            self.until.set_date(suggestion.first_day)
        self._clear_suggestions()
        self._show_preview()
        self.plan_button.setFocus()
        QTimer.singleShot(0, self, lambda: self._fit(shrink=True))

    # --- texts ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            name_by_buddies(self)
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        # Fields wrapped with their hint and error get their label as accessible name.
        name_by_buddies(self)
        super().showEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Plan a week cycle for %1").replace("%1", self.group.name))
        self.intro.setText(self.tr(
            "A vital week cycle: the group meets one hour a day on four working days in a "
            "row, at the same time, in working time. Nobody is planned twice."))
        texts = {
            "first_day": self.tr("&From"),
            "start_time": self.tr("Start &time"),
            "room": self.tr("&Room"),
            "latest_first_day": self.tr("Peri&od"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.first_day.setAccessibleName(self.tr("First day from"))
        self.until.setAccessibleName(self.tr("Start no later than"))
        self.first_day_hint.setText(self.tr(
            "The first session is on the first working day from this date. Weekends, public "
            "holidays and closing days are skipped."))
        self.start_time_hint.setText(self.tr(
            "Every session lasts an hour, at the same time each day."))
        self.room.setItemText(0, self.tr("(no room)"))
        self.room_hint.setText(self.tr(
            "A quiet, comfortable room helps. Nobody gets the same room twice at once.")
            if self.has_rooms else self.tr(
            "No rooms yet. The owner adds them under Settings."))
        self.until_enabled.setText(self.tr("Only in the weeks until"))
        self.until_hint.setText(self.tr(
            "Optional: the last day on which the cycle may start. Without it, Regiestoel "
            "looks up to %1 weeks ahead for a free week.").replace(
                "%1", str(DEFAULT_SEARCH_WEEKS)))
        if self.planned_cycle is None:
            self.plan_button.setText(self.tr("&Plan"))
            self._show_preview()
        else:
            self._render_planned()

