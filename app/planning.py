"""Working days and free slots for vital week cycles: pure planning logic, no database.

A vital week cycle is one hour on four consecutive working days, at the same start time,
in one room. A working day is a weekday that is neither a Dutch public holiday nor one of
the organisation's own closing days.

What we rely on from the ``holidays`` package (checked with 0.109, ``country_holidays("NL")``):

- New Year's Day, Good Friday, Easter Monday, King's Day, Ascension Day, Whit Monday,
  Christmas Day and Boxing Day (Tweede kerstdag) are listed every year. Easter Sunday and
  Whit Sunday are listed too, but fall on a Sunday anyway.
- King's Day is 27 April, or 26 April when the 27th is a Sunday (2025: Saturday 26 April).
- Liberation Day (5 May) is listed only in lustrum years (2025, 2030, ...), as most
  collective agreements give it off only then. An organisation that gives 5 May off every
  year records it as a closing day.
- Good Friday is listed, although many Dutch employers work that day. Skipping it is the
  safe side for planning: a session on a day when half the group is off is worse than one
  day later.

The holiday *names* in ``reason_closed`` are the package's English names: they are a stable
code, not text for a user; :meth:`WorkCalendar.holiday_name` gives the name in a language.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from functools import cache

import holidays

from models.errors import Invalid

CYCLE_DAYS = 4
DEFAULT_MINUTES = 60
MIN_MINUTES, MAX_MINUTES = 15, 180
EARLIEST_START, LATEST_START = time(7, 0), time(20, 0)
# Without an end of the period chosen, look this far ahead for a free week.
DEFAULT_SEARCH_WEEKS = 8
# Other start times tried for suggestions: on the hour, the hour ending by 17:00.
OFFICE_START_TIMES: tuple[time, ...] = tuple(time(hour) for hour in range(8, 17))
OFFICE_END = time(17, 0)

_HOLIDAY_LANGUAGES = {"nl": "nl", "en": "en_US"}


@cache
def _dutch_holidays(year: int, language: str) -> Mapping[date, str]:
    # Computed once per year and language, on first use (nothing happens at import time).
    return dict(holidays.country_holidays("NL", years=year, language=language))


class WorkCalendar:
    """Which days are working days: weekdays, minus Dutch public holidays and closing days."""

    def __init__(self, closing_days: Iterable[date] = ()) -> None:
        self.closing_days: frozenset[date] = frozenset(closing_days)

    def reason_closed(self, day: date) -> str | None:
        """None on a working day; else "weekend", "holiday:<English name>" or "closing_day"."""
        if day.weekday() >= 5:
            return "weekend"
        holiday = _dutch_holidays(day.year, _HOLIDAY_LANGUAGES["en"]).get(day)
        if holiday is not None:
            return f"holiday:{holiday}"
        if day in self.closing_days:
            return "closing_day"
        return None

    def is_working_day(self, day: date) -> bool:
        return self.reason_closed(day) is None

    def holiday_name(self, day: date, language: str) -> str | None:
        """The public holiday on ``day`` in "nl" or "en" (English for any other language)."""
        code = _HOLIDAY_LANGUAGES.get(language, _HOLIDAY_LANGUAGES["en"])
        return _dutch_holidays(day.year, code).get(day)

    def working_days_from(self, day: date) -> Iterator[date]:
        """Every working day on or after ``day``, in order, without end."""
        while True:
            if self.is_working_day(day):
                yield day
            day += timedelta(days=1)


@dataclass(frozen=True)
class Busy:
    """Something already planned: a person (and/or a room) is taken from start to end.

    ``person_id`` may be None for a room booked without people (e.g. by another team).
    """

    person_id: int | None
    room_id: int | None
    day: date
    start: time
    end: time


@dataclass(frozen=True)
class SlotRequest:
    """What the planner asks for; ``participant_ids`` are the members plus the guide."""

    earliest: date
    start_time: time
    minutes: int = DEFAULT_MINUTES
    room_id: int | None = None
    participant_ids: frozenset[int] = field(default_factory=frozenset)
    # The last day a cycle may start: the end of the weeks the user chose.
    latest_first_day: date | None = None


@dataclass(frozen=True)
class Conflict:
    """On ``day``, this person or this room is already taken at the requested hour."""

    day: date
    person_id: int | None
    room_id: int | None


@dataclass(frozen=True)
class Suggestion:
    """A free cycle: four working days at one start time."""

    first_day: date
    days: tuple[date, ...]
    start_time: time


def validate_request(request: SlotRequest) -> None:
    """Refuse a start time outside 07:00–20:00, a length outside 15–180 minutes, a bad period."""
    if not EARLIEST_START <= request.start_time <= LATEST_START:
        raise Invalid("cycle_start_time_out_of_range", field="start_time",
                      earliest=EARLIEST_START.strftime("%H:%M"),
                      latest=LATEST_START.strftime("%H:%M"))
    if not MIN_MINUTES <= request.minutes <= MAX_MINUTES:
        raise Invalid("cycle_minutes_out_of_range", field="minutes",
                      minimum=MIN_MINUTES, maximum=MAX_MINUTES)
    if request.latest_first_day is not None and request.latest_first_day < request.earliest:
        raise Invalid("cycle_period_reversed", field="latest_first_day")


def four_days_from(calendar: WorkCalendar, first: date) -> list[date]:
    """The four consecutive working days of a cycle that starts on ``first``.

    "Four consecutive working days" means: ``first`` and the next three *working* days.
    Closed days in between (a weekend, a holiday, a closing day) are skipped, not a break:
    Thursday, Friday, Monday, Tuesday is a valid cycle. ``first`` must itself be a
    working day, otherwise ``Invalid("cycle_start_not_working_day")`` with the reason code.
    """
    reason = calendar.reason_closed(first)
    if reason is not None:
        raise Invalid("cycle_start_not_working_day", field="first_day", day=first, reason=reason)
    days: list[date] = []
    for day in calendar.working_days_from(first):
        days.append(day)
        if len(days) == CYCLE_DAYS:
            break
    return days


def _minute_of_day(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _busy_by_day(busy: Iterable[Busy]) -> dict[date, list[Busy]]:
    by_day: dict[date, list[Busy]] = {}
    for entry in busy:
        by_day.setdefault(entry.day, []).append(entry)
    return by_day


def _conflicts(days: Iterable[date], start: time, minutes: int, request: SlotRequest,
               by_day: Mapping[date, list[Busy]]) -> list[Conflict]:
    begin = _minute_of_day(start)
    end = begin + minutes
    found: dict[Conflict, None] = {}  # ordered and without repeats
    for day in days:
        for entry in by_day.get(day, ()):
            # Half-open hours: a session ending at 10:00 leaves 10:00 free.
            if not (_minute_of_day(entry.start) < end and begin < _minute_of_day(entry.end)):
                continue
            if entry.person_id is not None and entry.person_id in request.participant_ids:
                found[Conflict(day, entry.person_id, None)] = None
            if request.room_id is not None and entry.room_id == request.room_id:
                found[Conflict(day, None, request.room_id)] = None
    return list(found)


def conflicts(days: Iterable[date], request: SlotRequest, busy: Iterable[Busy]) -> list[Conflict]:
    """Who or what is taken during [start, start + minutes) on these days.

    A participant who is busy gives ``Conflict(day, person_id, None)``; the requested room in
    use gives ``Conflict(day, None, room_id)``; each at most once per day, in day order.
    """
    return _conflicts(days, request.start_time, request.minutes, request, _busy_by_day(busy))


def _last_first_day(request: SlotRequest) -> date:
    if request.latest_first_day is not None:
        return request.latest_first_day
    return request.earliest + timedelta(weeks=DEFAULT_SEARCH_WEEKS, days=-1)


def _first_days(calendar: WorkCalendar, request: SlotRequest) -> Iterator[date]:
    last = _last_first_day(request)
    for day in calendar.working_days_from(request.earliest):
        if day > last:
            return
        yield day


def plan_cycle(calendar: WorkCalendar, request: SlotRequest, busy: Iterable[Busy]) -> list[date]:
    """The first four working days, from ``request.earliest`` on, free for everyone and the room.

    The first day lies no later than ``request.latest_first_day`` (or within 8 weeks of
    ``earliest``); otherwise ``Invalid("cycle_no_room_in_period")``.
    """
    validate_request(request)
    by_day = _busy_by_day(busy)
    for first in _first_days(calendar, request):
        days = four_days_from(calendar, first)
        if not _conflicts(days, request.start_time, request.minutes, request, by_day):
            return days
    raise Invalid("cycle_no_room_in_period", first=request.earliest, last=_last_first_day(request))


def _preferred_times(request: SlotRequest, start_times: Sequence[time]) -> list[time]:
    wanted = _minute_of_day(request.start_time)
    others = [
        t for t in dict.fromkeys(start_times)
        if t != request.start_time
        and EARLIEST_START <= t <= LATEST_START
        and _minute_of_day(t) + request.minutes <= _minute_of_day(OFFICE_END)
    ]
    # Nearest to the time asked for first; on a tie, the earlier hour.
    others.sort(key=lambda t: (abs(_minute_of_day(t) - wanted), _minute_of_day(t)))
    return [request.start_time, *others]


def suggest_slots(
    calendar: WorkCalendar,
    request: SlotRequest,
    busy: Iterable[Busy],
    count: int = 3,
    start_times: Sequence[time] = OFFICE_START_TIMES,
) -> list[Suggestion]:
    """Up to ``count`` free cycles in the period, soonest first, for when the request clashes.

    Each working day in the period is a candidate first day, in date order. On each, the
    requested start time is tried first, then the other ``start_times`` nearest to it
    (only those where the session ends by 17:00); the first free one is suggested, so
    there is at most one suggestion per first day. Fewer (or none) when the period is full.
    """
    validate_request(request)
    if count <= 0:
        return []
    by_day = _busy_by_day(busy)
    times = _preferred_times(request, start_times)
    found: list[Suggestion] = []
    for first in _first_days(calendar, request):
        days = four_days_from(calendar, first)
        for start in times:
            if not _conflicts(days, start, request.minutes, request, by_day):
                found.append(Suggestion(first, tuple(days), start))
                break
        if len(found) == count:
            break
    return found


# --- moving one session ---------------------------------------------------------------------


def move_window(planned_day: date) -> tuple[date, date]:
    """A session moves within the week it was planned in or the next: Monday to Sunday."""
    monday = planned_day - timedelta(days=planned_day.weekday())
    return monday, monday + timedelta(days=13)


@dataclass(frozen=True)
class MoveRequest:
    """Moving one session of a cycle: ``planned_day`` is where it was first planned (the
    window is counted from there, so moving again does not drift away); ``other_days``
    are the days of the cycle's other sessions, by their day number."""

    day: date
    start_time: time
    minutes: int
    planned_day: date
    other_days: Mapping[int, date]
    today: date


def check_move(calendar: WorkCalendar, move: MoveRequest) -> None:
    """Refuse a day that is not a working day, outside the window, in the past, or already
    holding another session of the cycle; and a start time outside 07:00–20:00.

    Whether people and the room are free is ``conflicts``' job, with the same ``Busy`` list
    as planning."""
    validate_request(SlotRequest(earliest=move.day, start_time=move.start_time,
                                 minutes=move.minutes))
    first, last = move_window(move.planned_day)
    if not first <= move.day <= last:
        raise Invalid("session_move_outside_weeks", field="day", first=first, last=last)
    if move.day < move.today:
        raise Invalid("session_move_in_past", field="day", day=move.day)
    reason = calendar.reason_closed(move.day)
    if reason == "weekend":
        raise Invalid("session_move_weekend", field="day", day=move.day)
    if reason is not None and reason.startswith("holiday:"):
        raise Invalid("session_move_holiday", field="day", day=move.day)
    if reason == "closing_day":
        raise Invalid("session_move_closing_day", field="day", day=move.day)
    for number, day in sorted(move.other_days.items()):
        if day == move.day:
            raise Invalid("session_move_day_taken", field="day", day=move.day, number=number)
