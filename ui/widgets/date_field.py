"""Date and time fields that read what people type (28122026, 28-12, 0730) and refuse the rest."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.dates import UnreadableDate, format_date, format_time, parse_date, parse_time
from ui.icons import icon
from ui.widgets.common import FieldError

Language = Callable[[], str]


class _OutOfRange(UnreadableDate):
    """A readable value outside the allowed range; carries its own sentence."""

    def __init__(self, message: str) -> None:
        super().__init__("out_of_range")
        self.message = message


class _TypedField(QWidget):
    """A line edit with its own message below: what is typed is read when editing ends
    (Enter, Tab, a click elsewhere), written back in the standard form, or refused with a
    sentence. An unreadable text is never replaced by a default: the text stays, so the
    person sees what they typed, and :meth:`checked` returns None."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.optional = False
        self.problem = ""
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        self.line = QLineEdit()
        self.line.installEventFilter(self)
        self.row.addWidget(self.line)
        self.row.addStretch(1)
        self.error = FieldError()
        column.addLayout(self.row)
        column.addWidget(self.error)
        self.setFocusProxy(self.line)
        self.line.editingFinished.connect(self._commit)
        self.line.textEdited.connect(lambda _t: self._clear_problem())

    # --- to be given by the subclass -------------------------------------------------------

    def _read(self, text: str) -> object:
        raise NotImplementedError

    def _show(self, value: object) -> str:
        raise NotImplementedError

    def _step(self, value: object, steps: int) -> object:
        raise NotImplementedError

    def _message(self, code: str, text: str) -> str:
        raise NotImplementedError

    def _emit(self, value: object) -> None:
        raise NotImplementedError

    def _placeholder(self) -> str:
        raise NotImplementedError

    # --- reading ---------------------------------------------------------------------------

    def _parsed(self) -> tuple[object | None, str]:
        """(value, problem) for the text as it stands now."""
        text = self.line.text()
        try:
            return self._read(text), ""
        except _OutOfRange as outside:
            return None, outside.message
        except UnreadableDate as refused:
            if refused.code == "empty" and self.optional:
                return None, ""
            return None, self._message(refused.code, text.strip())

    def _commit(self) -> None:
        value, problem = self._parsed()
        self._set_problem(problem)
        if value is not None:
            self._write(value)

    def _write(self, value: object) -> None:
        before = self._last
        self.line.setText(self._show(value))
        self._last = value
        if value != before:
            self._emit(value)

    def _set_problem(self, text: str) -> None:
        self.problem = text
        self.error.show_message(text)
        self.line.setProperty("invalid", bool(text))

    def _clear_problem(self) -> None:
        if self.problem:
            self._set_problem("")

    def is_valid(self) -> bool:
        return not self._parsed()[1]

    def _checked(self) -> object | None:
        """The value as typed now; a problem is shown and the field takes the focus."""
        value, problem = self._parsed()
        self._set_problem(problem)
        if problem:
            self.line.setFocus()
            self.line.selectAll()
            return None
        if value is not None:
            self._write(value)
        return value

    # --- keys and texts ----------------------------------------------------------------------

    _last: object | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
            if steps and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
                value, problem = self._parsed()
                if value is not None and not problem:
                    self._write(self._step(value, steps))
                return True
            if self._popup_key(event):
                return True
        return super().eventFilter(watched, event)

    def _popup_key(self, event: QKeyEvent) -> bool:
        return False

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt API
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.line.setPlaceholderText(self._placeholder())
        value, problem = self._parsed()
        if value is not None:
            self.line.setText(self._show(value))
        if self.problem:
            self._set_problem(problem)


class DateField(_TypedField):
    """A date typed as people type it, or picked from a calendar (the button, Alt+Down or
    F4). Up and Down move a day. ``date_changed(date)`` when a new date is read."""

    date_changed = Signal(object)

    def __init__(self, language: Language, value: date | None = None, *,
                 today: date | None = None, optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.today = today or date.today()
        self.optional = optional
        self.minimum: date | None = None
        self.maximum: date | None = None
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("00-00-00000") + 24)
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("00-00-0000") + 16)
        self.button = QToolButton()
        self.button.setIcon(icon("calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.row.insertWidget(1, self.button)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(False)
        self.calendar.hide()
        self.button.clicked.connect(lambda _c=False: self.open_calendar())
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        if value is not None:
            self.set_date(value)
        self._retranslate()

    # --- the value ----------------------------------------------------------------------------

    def value(self) -> date | None:
        """The date as typed now, or None when it is empty or cannot be used."""
        value, problem = self._parsed()
        return None if problem or not isinstance(value, date) else value

    def checked(self) -> date | None:
        """The date to save; None (with the reason shown next to the field) when it cannot
        be used. An optional empty field also gives None, without a reason."""
        value = self._checked()
        return value if isinstance(value, date) else None

    def set_date(self, value: date | None) -> None:
        self._set_problem("")
        if value is None:
            self.line.clear()
            self._last = None
        else:
            self._write(value)

    def set_range(self, minimum: date | None, maximum: date | None) -> None:
        self.minimum, self.maximum = minimum, maximum
        low, high = minimum or date(1900, 1, 1), maximum or date(2199, 12, 31)
        self.calendar.setMinimumDate(QDate(low.year, low.month, low.day))
        self.calendar.setMaximumDate(QDate(high.year, high.month, high.day))
        if self.problem or self.value() is not None:
            self._set_problem(self._parsed()[1] if self.line.text().strip() else "")

    # --- the calendar -------------------------------------------------------------------------

    def open_calendar(self) -> None:
        shown = self.value() or self.today
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.adjustSize()
        self.calendar.move(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        self.calendar.hide()
        value = date(picked.year(), picked.month(), picked.day())
        self._set_problem(self._parsed_value_problem(value))
        self._write(value)
        self.line.setFocus()

    def _popup_key(self, event: QKeyEvent) -> bool:
        alt_down = (event.key() == Qt.Key.Key_Down
                    and bool(event.modifiers() & Qt.KeyboardModifier.AltModifier))
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return True
        return False

    # --- reading and writing --------------------------------------------------------------------

    def _read(self, text: str) -> object:
        value = parse_date(text, self.today)
        problem = self._parsed_value_problem(value)
        if problem:
            raise _OutOfRange(problem)
        return value

    def _parsed_value_problem(self, value: date) -> str:
        lang = self.language()
        low, high = self.minimum, self.maximum
        if (low and value < low) or (high and value > high):
            if low and high:
                return self.tr("Choose a date from %1 to %2.").replace(
                    "%1", format_date(low, lang)).replace("%2", format_date(high, lang))
            if low:
                return self.tr("Choose %1 or later.").replace("%1", format_date(low, lang))
            assert high is not None
            return self.tr("Choose %1 or earlier.").replace("%1", format_date(high, lang))
        return ""

    def _show(self, value: object) -> str:
        assert isinstance(value, date)
        return format_date(value, self.language())

    def _step(self, value: object, steps: int) -> object:
        assert isinstance(value, date)
        moved = value + timedelta(days=steps)
        return moved if not self._parsed_value_problem(moved) else value

    def _emit(self, value: object) -> None:
        self.date_changed.emit(value)

    def _example(self) -> str:
        return "28-12-2026" if self.language() == "nl" else "28/12/2026"

    def _placeholder(self) -> str:
        return self.tr("dd-mm-yyyy") if self.language() == "nl" else self.tr("dd/mm/yyyy")

    def _message(self, code: str, text: str) -> str:
        if code == "empty":
            return self.tr("Fill in a date.")
        if code == "no_such_day":
            return self.tr("“%1” is not a day on the calendar.").replace("%1", text)
        short = "28-12" if self.language() == "nl" else "28/12"
        return self.tr("“%1” is not a date. Type it as %2, 28122026 or %3.").replace(
            "%1", text).replace("%2", self._example()).replace("%3", short)

    def _retranslate(self) -> None:
        super()._retranslate()
        self.button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Choose from a calendar"))
        self.calendar.setLocale(self.locale())


class TimeField(_TypedField):
    """A time typed as 0730, 7:30, 7.30, 730 or 7; Up and Down move a quarter. With
    ``round_to=15``, a typed time is rounded to the nearest quarter."""

    time_changed = Signal(object)

    def __init__(self, language: Language, value: time | None = None, *, round_to: int = 1,
                 minimum: time = time(0, 0), maximum: time = time(23, 59),
                 parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.round_to = round_to
        self.step = max(round_to, 15)
        self.minimum, self.maximum = minimum, maximum
        width = self.line.fontMetrics().horizontalAdvance("00:000") + 24
        self.line.setMinimumWidth(width)
        self.line.setMaximumWidth(width + 20)
        if value is not None:
            self.set_time(value)
        self._retranslate()

    def value(self) -> time | None:
        value, problem = self._parsed()
        return None if problem or not isinstance(value, time) else value

    def checked(self) -> time | None:
        value = self._checked()
        return value if isinstance(value, time) else None

    def set_time(self, value: time) -> None:
        self._set_problem("")
        self._write(value)

    def _read(self, text: str) -> object:
        typed = parse_time(text)
        minutes = round((typed.hour * 60 + typed.minute) / self.round_to) * self.round_to
        minutes = min(minutes, 24 * 60 - self.round_to)  # 23:55 rounds down, not to 24:00
        value = time(minutes // 60, minutes % 60)
        if not self.minimum <= value <= self.maximum:
            raise _OutOfRange(self.tr("Choose a time from %1 to %2.").replace(
                "%1", format_time(self.minimum)).replace("%2", format_time(self.maximum)))
        return value

    def _show(self, value: object) -> str:
        assert isinstance(value, time)
        return format_time(value)

    def _step(self, value: object, steps: int) -> object:
        assert isinstance(value, time)
        minutes = value.hour * 60 + value.minute + steps * self.step
        if not 0 <= minutes < 24 * 60:
            return value
        moved = time(minutes // 60, minutes % 60)
        return moved if self.minimum <= moved <= self.maximum else value

    def _emit(self, value: object) -> None:
        self.time_changed.emit(value)

    def _placeholder(self) -> str:
        return self.tr("hh:mm")

    def _message(self, code: str, text: str) -> str:
        if code == "empty":
            return self.tr("Fill in a time.")
        return self.tr("“%1” is not a time. Type it as 07:30, 0730 or 7.30.").replace(
            "%1", text)
