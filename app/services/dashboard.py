"""The owner's dashboard: whether learning happens, as aggregates over a period, in SQL.

Every figure is a COUNT or SUM in the database (never rows loaded into Python), so the
dashboard stays fast on ten years of history. The same ``figures`` feed the GUI, the annual
report and ``regiestoel-admin dashboard``. Only aggregates leave this module: the lists
behind a figure (``breakdown``) are counts per group, month, team or kind, or lessons, which
are for the whole organisation anyway.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, and_, case, distinct, extract, func, or_, select, true
from sqlalchemy.orm import Session

from app.access import Actor, Operation, require
from app.db import Database
from app.services import budget as budget_service
from app.services import culture
from models import (
    Attendance,
    BudgetYear,
    Conversation,
    ConversationStatus,
    Cycle,
    CycleStatus,
    LearningGroup,
    LearningHours,
    LearningRequest,
    Lesson,
    Organisation,
    Person,
    PersonRole,
    Role,
    SessionStatus,
    SituationStatus,
    Team,
    WorkSituation,
    person_team,
)
from models import Session as LearningSession
from models.errors import Invalid

# AWVN measured that its members' employees used 55% of their training budgets: the
# reference line on the budget chart.
AWVN_BUDGET_USE = 0.55
FIRST_YEAR, LAST_YEAR = 2000, 2100
FIGURES = ("participation", "hours", "sessions", "conversations", "budget", "situations",
           "lessons", "culture")


@dataclass(frozen=True)
class Period:
    """A year or one of its quarters; ``end`` is the last day in it."""

    year: int
    quarter: int | None = None

    def __post_init__(self) -> None:
        if not FIRST_YEAR <= self.year <= LAST_YEAR:
            raise Invalid("dashboard_year_out_of_range", first=FIRST_YEAR, last=LAST_YEAR)
        if self.quarter is not None and self.quarter not in (1, 2, 3, 4):
            raise Invalid("dashboard_quarter_unknown", quarter=self.quarter)

    @property
    def start(self) -> date:
        month = 1 if self.quarter is None else 3 * self.quarter - 2
        return date(self.year, month, 1)

    @property
    def end(self) -> date:
        if self.quarter is None or self.quarter == 4:
            return date(self.year, 12, 31)
        return date(self.year, 3 * self.quarter + 1, 1) - timedelta(days=1)

    @property
    def months(self) -> int:
        return 12 if self.quarter is None else 3

    @property
    def label(self) -> str:
        return str(self.year) if self.quarter is None else f"{self.year}-Q{self.quarter}"

    def moments(self) -> tuple[datetime, datetime]:
        """[start, end) as UTC timestamps, for timestamp columns."""
        return (datetime.combine(self.start, time(), UTC),
                datetime.combine(self.end + timedelta(days=1), time(), UTC))


@dataclass(frozen=True)
class Figures:
    period: str
    start: date
    end: date
    # participation: professionals present at a learning group session in the period
    professionals: int
    participants: int
    # learning hours in working time
    learning_minutes: int
    people: int
    norm_hours_per_person: float
    # week cycles and sessions
    cycles_held: int
    sessions_planned: int
    sessions_held: int
    attendance_present: int
    attendance_expected: int
    # talent conversations whose half year ends in the period
    conversations_due: int
    conversations_on_time: int
    conversations_late: int
    # the learning budget of the period's year
    budget_year: int
    budget_available_cents: int
    budget_committed_cents: int
    budget_spent_cents: int
    # work situations and lessons
    situations_improved: int
    situations_innovated: int
    lessons_shared: int
    # the latest closed culture scan round with enough respondents, up to the period's end
    culture_round: int | None
    culture_respondents: int
    culture_means: dict[str, float | None]

    @property
    def participation(self) -> float | None:
        return self.participants / self.professionals if self.professionals else None

    @property
    def hours_per_person(self) -> float | None:
        return self.learning_minutes / 60 / self.people if self.people else None

    @property
    def attendance(self) -> float | None:
        if not self.attendance_expected:
            return None
        return self.attendance_present / self.attendance_expected

    @property
    def conversations_on_time_share(self) -> float | None:
        if not self.conversations_due:
            return None
        return self.conversations_on_time / self.conversations_due

    @property
    def budget_used_cents(self) -> int:
        return self.budget_committed_cents + self.budget_spent_cents

    @property
    def budget_used(self) -> float | None:
        if not self.budget_available_cents:
            return None
        return self.budget_used_cents / self.budget_available_cents

    @property
    def is_empty(self) -> bool:
        """Nothing happened in the period: no sessions, hours, conversations, money or lessons."""
        return not (self.sessions_planned or self.learning_minutes or self.conversations_due
                    or self.budget_used_cents or self.situations_improved
                    or self.situations_innovated or self.lessons_shared)

    def to_data(self) -> dict[str, Any]:
        """Plain JSON-ready data: the stored counts plus the shares computed from them."""
        data = asdict(self)
        data["start"], data["end"] = self.start.isoformat(), self.end.isoformat()
        data["culture_means"] = {k: None if v is None else round(v, 2)
                                 for k, v in self.culture_means.items()}
        for name in ("participation", "hours_per_person", "attendance",
                     "conversations_on_time_share", "budget_used"):
            value = getattr(self, name)
            data[name] = None if value is None else round(value, 4)
        data["budget_used_cents"] = self.budget_used_cents
        data["budget_reference"] = AWVN_BUDGET_USE
        return data


def _active_people(period: Period) -> Any:
    """People who were still with the organisation at some moment of the period."""
    start, _end = period.moments()
    return or_(Person.archived_at.is_(None), Person.archived_at >= start)


def _professionals(period: Period) -> Select[Any]:
    return (select(Person.id).join(PersonRole, PersonRole.person_id == Person.id)
            .where(PersonRole.role == Role.PROFESSIONAL.value, _active_people(period)))


def _held_sessions(period: Period) -> Any:
    return and_(LearningSession.day >= period.start, LearningSession.day <= period.end,
                LearningSession.status == SessionStatus.DONE.value)


def figures(db: Database, actor: Actor, period: Period) -> Figures:
    require(actor, Operation.VIEW_DASHBOARD)
    culture.close_due(db)  # a culture round past its closing moment shows from now on
    with db.read() as s:
        return _figures(s, period)


def _figures(s: Session, period: Period) -> Figures:
    # Every figure of the period in one statement: over a network each statement costs a
    # round trip, and the dashboard asked a dozen counts one by one. Each source is read
    # once, for all its figures (one-row aggregates side by side), not once per figure.
    start_at, end_at = period.moments()
    in_period = and_(LearningSession.day >= period.start, LearningSession.day <= period.end,
                     Cycle.status != CycleStatus.CANCELLED.value)
    sessions = (select(LearningSession.id, LearningSession.status, LearningSession.cycle_id)
                .join(Cycle, Cycle.id == LearningSession.cycle_id).where(in_period).subquery())
    attended = (select(Attendance.present)
                .join(LearningSession, LearningSession.id == Attendance.session_id)
                .where(_held_sessions(period)).subquery())
    talks = (select(Conversation.status, Conversation.locked_at, Conversation.window_end)
             .where(Conversation.window_end >= period.start,
                    Conversation.window_end <= period.end,
                    Conversation.status != ConversationStatus.CANCELLED.value).subquery())
    requests = (select(LearningRequest.status, LearningRequest.cost_cents,
                       LearningRequest.actual_cost_cents)
                .where(LearningRequest.budget_year == period.year).subquery())
    situations = (select(WorkSituation.status)
                  .where(WorkSituation.finished_at >= start_at,
                         WorkSituation.finished_at < end_at).subquery())

    def summed(where: Any, column: Any = 1) -> Any:
        return func.coalesce(func.sum(case((where, column), else_=0)), 0)

    done = sessions.c.status == SessionStatus.DONE.value
    parts = [
        select(func.count().label("professionals"))
        .select_from(_professionals(period).subquery()),
        # A professional as a condition per attendance, not a list to start from: with
        # the list SQLite read every attendance of ten years, person by person (0.5 s at
        # 2,500 people) instead of the period's sessions.
        select(func.count(distinct(Attendance.person_id)).label("participants"))
        .join(LearningSession, LearningSession.id == Attendance.session_id)
        .where(_held_sessions(period), Attendance.present.is_(True),
               _professionals(period).where(PersonRole.person_id == Attendance.person_id)
               .exists()),
        select(func.count(Person.id).label("people")).where(_active_people(period)),
        select(func.coalesce(func.sum(LearningHours.minutes), 0).label("minutes"))
        .where(LearningHours.in_working_time.is_(True),
               LearningHours.day >= period.start, LearningHours.day <= period.end),
        select(func.count().label("planned"), summed(done).label("held"),
               func.count(distinct(case((done, sessions.c.cycle_id)))).label("cycles"))
        .select_from(sessions),
        select(summed(attended.c.present.is_(True)).label("present"),
               func.count().label("expected")).select_from(attended),
        select(func.count().label("due"), summed(_on_time(talks.c)).label("on_time"),
               summed(_late(talks.c)).label("late")).select_from(talks),
        select(summed(requests.c.status.in_(budget_service.COMMITTED),
                      requests.c.cost_cents).label("committed"),
               summed(requests.c.status.in_(budget_service.SPENT),
                      func.coalesce(requests.c.actual_cost_cents, requests.c.cost_cents)
                      ).label("spent")).select_from(requests),
        select(summed(situations.c.status == SituationStatus.IMPROVED.value)
               .label("improved"),
               summed(situations.c.status == SituationStatus.INNOVATED.value)
               .label("innovated")).select_from(situations),
        select(func.count(Lesson.id).label("lessons"))
        .where(Lesson.created_at >= start_at, Lesson.created_at < end_at),
    ]
    # Each part is an aggregate without GROUP BY: exactly one row, so joining them side by
    # side on nothing gives one row. The two settings may be missing: scalar, not joined.
    subs = [part.subquery() for part in parts]
    joined = subs[0]
    for sub in subs[1:]:
        joined = joined.join(sub, true())
    norm = select(Organisation.hours_norm).limit(1).scalar_subquery()
    budget_set = select(BudgetYear.amount_cents).where(
        BudgetYear.year == period.year).scalar_subquery()
    default_budget = select(Organisation.yearly_budget_cents).limit(1).scalar_subquery()
    row = s.execute(select(*[c for sub in subs for c in sub.c], norm.label("norm"),
                           func.coalesce(budget_set, default_budget, 0).label("available"))
                    .select_from(joined)).one()
    v = {key: int(value or 0) for key, value in row._mapping.items()}
    latest = culture.latest_result(s, period.end)
    return Figures(
        period=period.label, start=period.start, end=period.end,
        professionals=v["professionals"], participants=v["participants"],
        learning_minutes=v["minutes"], people=v["people"],
        norm_hours_per_person=v["norm"] * period.months / 12,
        cycles_held=v["cycles"], sessions_planned=v["planned"], sessions_held=v["held"],
        attendance_present=v["present"], attendance_expected=v["expected"],
        conversations_due=v["due"], conversations_on_time=v["on_time"],
        conversations_late=v["late"],
        budget_year=period.year, budget_available_cents=v["available"],
        budget_committed_cents=v["committed"], budget_spent_cents=v["spent"],
        situations_improved=v["improved"], situations_innovated=v["innovated"],
        lessons_shared=v["lessons"],
        culture_round=latest.round_id if latest else None,
        culture_respondents=latest.respondents if latest else 0,
        culture_means={c.key: c.mean for c in latest.characteristics} if latest else {},
    )


def _on_time(c: Any = None) -> Any:
    """Signed by both (the record locked) on or before the last day of its half year;
    ``c``: the columns of a subquery of conversations (default: the table's)."""
    c = Conversation.__table__.c if c is None else c
    return and_(c.status == ConversationStatus.SIGNED.value,
                func.date(c.locked_at) <= c.window_end)


def _late(c: Any = None) -> Any:
    c = Conversation.__table__.c if c is None else c
    return and_(c.status == ConversationStatus.SIGNED.value,
                func.date(c.locked_at) > c.window_end)


# --- the lists behind the figures ------------------------------------------------------------

@dataclass(frozen=True)
class BreakdownRow:
    label: str
    values: tuple[int | float | str, ...]


@dataclass(frozen=True)
class Breakdown:
    figure: str
    columns: tuple[str, ...]  # column keys; the GUI and report translate them
    rows: tuple[BreakdownRow, ...]


def breakdown(db: Database, actor: Actor, period: Period, figure: str) -> Breakdown:
    """The list behind one figure, as aggregates."""
    require(actor, Operation.VIEW_DASHBOARD)
    if figure not in FIGURES:
        raise Invalid("dashboard_figure_unknown", figure=figure)
    if figure == "culture":
        culture.close_due(db)
    with db.read() as s:
        return Breakdown(figure, *_BREAKDOWNS[figure](s, period))


def _months(period: Period) -> Iterator[tuple[str, date, date]]:
    for month in range(period.start.month, period.start.month + period.months):
        first = date(period.year, month, 1)
        last = (date(period.year + 1, 1, 1) if month == 12
                else date(period.year, month + 1, 1)) - timedelta(days=1)
        yield f"{period.year}-{month:02d}", first, last


_Result = tuple[tuple[str, ...], tuple[BreakdownRow, ...]]


def _participation_rows(s: Session, period: Period) -> _Result:
    """Per learning group: sessions held and distinct professionals present."""
    rows = s.execute(
        select(LearningGroup.name, func.count(distinct(LearningSession.id)),
               func.count(distinct(case((Attendance.present.is_(True), Attendance.person_id)))))
        .join(Cycle, Cycle.group_id == LearningGroup.id)
        .join(LearningSession, LearningSession.cycle_id == Cycle.id)
        .outerjoin(Attendance, Attendance.session_id == LearningSession.id)
        .where(_held_sessions(period))
        .group_by(LearningGroup.id, LearningGroup.name).order_by(LearningGroup.name)
    ).all()
    return (("sessions_held", "participants"),
            tuple(BreakdownRow(name, (int(n), int(p))) for name, n, p in rows))


def _by_month(s: Session, day: Any, *columns: Any, where: Any) -> dict[int, Any]:
    """``columns`` per month of ``day`` within the year, in one query (not one per month:
    over a network each query costs a round trip)."""
    month = extract("month", day)
    rows = s.execute(select(month, *columns).where(where).group_by(month)).all()
    return {int(m): row for m, *row in rows}


def _hours_rows(s: Session, period: Period) -> _Result:
    """Per month: hours learned in working time, in total."""
    minutes = _by_month(s, LearningHours.day, func.sum(LearningHours.minutes),
                        where=and_(LearningHours.in_working_time.is_(True),
                                   LearningHours.day >= period.start,
                                   LearningHours.day <= period.end))
    return ("hours",), tuple(
        BreakdownRow(label, (round(int(minutes.get(first.month, [0])[0] or 0) / 60, 1),))
        for label, first, _last in _months(period))


def _session_rows(s: Session, period: Period) -> _Result:
    """Per month: sessions planned, held, and attendance of the held ones."""
    in_period = and_(LearningSession.day >= period.start, LearningSession.day <= period.end)
    counts = _by_month(
        s, LearningSession.day, func.count(LearningSession.id),
        func.sum(case((LearningSession.status == SessionStatus.DONE.value, 1), else_=0)),
        where=and_(in_period, LearningSession.cycle_id.in_(
            select(Cycle.id).where(Cycle.status != CycleStatus.CANCELLED.value))))
    month = extract("month", LearningSession.day)
    present = {int(m): n for m, n in s.execute(
        select(month, func.count()).select_from(Attendance)
        .join(LearningSession, LearningSession.id == Attendance.session_id)
        .where(in_period, LearningSession.status == SessionStatus.DONE.value,
               Attendance.present.is_(True))
        .group_by(month))}
    out = []
    for label, first, _last in _months(period):
        planned, held = counts.get(first.month, (0, 0))
        out.append(BreakdownRow(label, (int(planned or 0), int(held or 0),
                                        int(present.get(first.month) or 0))))
    return ("sessions_planned", "sessions_held", "present"), tuple(out)


def _conversation_rows(s: Session, period: Period) -> _Result:
    """Per team of the professional: due, on time, late (statuses only, never content)."""
    team = func.coalesce(Team.name, "")
    rows = s.execute(
        select(team, func.count(distinct(Conversation.id)),
               func.count(distinct(case((_on_time(), Conversation.id)))),
               func.count(distinct(case((_late(), Conversation.id)))))
        .select_from(Conversation)
        .outerjoin(person_team, person_team.c.person_id == Conversation.professional_id)
        .outerjoin(Team, Team.id == person_team.c.team_id)
        .where(Conversation.window_end >= period.start, Conversation.window_end <= period.end,
               Conversation.status != ConversationStatus.CANCELLED.value)
        .group_by(team).order_by(team)
    ).all()
    return (("due", "on_time", "late"),
            tuple(BreakdownRow(name, (int(d), int(o), int(la))) for name, d, o, la in rows))


def _budget_rows(s: Session, period: Period) -> _Result:
    """Per kind of learning: committed and spent in the period's budget year, in cents."""
    committed = func.sum(case((LearningRequest.status.in_(budget_service.COMMITTED),
                               LearningRequest.cost_cents), else_=0))
    spent = func.sum(case((LearningRequest.status.in_(budget_service.SPENT),
                           func.coalesce(LearningRequest.actual_cost_cents,
                                         LearningRequest.cost_cents)), else_=0))
    rows = s.execute(
        select(LearningRequest.kind, committed, spent, func.count())
        .where(LearningRequest.budget_year == period.year)
        .group_by(LearningRequest.kind).order_by(LearningRequest.kind)
    ).all()
    return (("requests", "committed_cents", "spent_cents"),
            tuple(BreakdownRow(kind, (int(n), int(c or 0), int(sp or 0)))
                  for kind, c, sp, n in rows))


def _situation_rows(s: Session, period: Period) -> _Result:
    """Per month: situations improved and innovated (counts: their content is the group's)."""
    out = []
    for label, first, last in _months(period):
        lo = datetime.combine(first, time(), UTC)
        hi = datetime.combine(last + timedelta(days=1), time(), UTC)
        improved, innovated = s.execute(
            select(func.sum(case((WorkSituation.status == SituationStatus.IMPROVED.value, 1),
                                 else_=0)),
                   func.sum(case((WorkSituation.status == SituationStatus.INNOVATED.value, 1),
                                 else_=0)))
            .where(WorkSituation.finished_at >= lo, WorkSituation.finished_at < hi)
        ).one()
        out.append(BreakdownRow(label, (int(improved or 0), int(innovated or 0))))
    return ("improved", "innovated"), tuple(out)


def _lesson_rows(s: Session, period: Period) -> _Result:
    """The lessons shared in the period: for the whole organisation, so titles may show."""
    start_at, end_at = period.moments()
    rows = s.execute(
        select(Lesson.title, Lesson.created_at)
        .where(Lesson.created_at >= start_at, Lesson.created_at < end_at)
        .order_by(Lesson.created_at, Lesson.id)
    ).all()
    return (("shared_on",),
            tuple(BreakdownRow(title, (at.date().isoformat(),)) for title, at in rows))


def _culture_rows(s: Session, period: Period) -> _Result:
    latest = culture.latest_result(s, period.end)
    if latest is None:
        return ("mean",), ()
    return (("mean", "answers", "dont_know"),
            tuple(BreakdownRow(c.key, (round(c.mean, 2) if c.mean is not None else "",
                                       c.answers, c.dont_know))
                  for c in latest.characteristics))


_BREAKDOWNS = {
    "participation": _participation_rows,
    "hours": _hours_rows,
    "sessions": _session_rows,
    "conversations": _conversation_rows,
    "budget": _budget_rows,
    "situations": _situation_rows,
    "lessons": _lesson_rows,
    "culture": _culture_rows,
}
