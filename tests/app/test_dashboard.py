"""The dashboard's figures match values computed by hand on a small, fixed organisation."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.services import culture, dashboard
from app.services.dashboard import Period
from models import (
    Attendance,
    BudgetYear,
    Conversation,
    CultureRound,
    Cycle,
    LearningGroup,
    LearningHours,
    LearningRequest,
    Lesson,
    Person,
    WorkSituation,
)
from models import Session as LearningSession
from models.errors import Forbidden, Invalid


def at(day: str) -> datetime:
    return datetime.combine(date.fromisoformat(day), time(12), UTC)


@pytest.fixture
def org(db, owner, add_person) -> dict[str, object]:
    """Owner (not a professional), four professionals p1-p4 and p5 who left in 2025."""
    p = [add_person().person_id for _ in range(5)]
    p1, p2, p3, p4, p5 = p
    with db.transaction() as s:
        s.get(Person, p5).archived_at = at("2025-06-01")
        group = LearningGroup(name="Deegwerkers")
        s.add(group)
        s.flush()

        def cycle(status: str, uid: str, days: list[tuple[str, str]]) -> list[int]:
            c = Cycle(group_id=group.id, start_time=time(9), status=status, uid=uid)
            s.add(c)
            s.flush()
            ids = []
            for number, (day, state) in enumerate(days, 1):
                ls = LearningSession(cycle_id=c.id, day_number=number,
                                     day=date.fromisoformat(day), start_time=time(9),
                                     status=state)
                s.add(ls)
                s.flush()
                ids.append(ls.id)
            return ids

        s1, s2, s3, _s4 = cycle("planned", "c1", [("2026-03-02", "done"), ("2026-03-03", "done"),
                                                  ("2026-03-04", "done"),
                                                  ("2026-03-05", "planned")])
        cycle("cancelled", "c2", [("2026-05-04", "planned")])
        (old,) = cycle("planned", "c3", [("2025-12-01", "done")])
        for session, present in ((s1, {p1: True, p2: True, p3: False}),
                                 (s2, {p1: True, p2: False, p3: False}),
                                 (s3, {p1: True, p2: True, p3: True}),
                                 (old, {p4: True})):
            s.add_all(Attendance(session_id=session, person_id=who, present=here)
                      for who, here in present.items())
        for n, (who, day, minutes, working) in enumerate(((p1, "2026-03-02", 60, True),
                                           (p2, "2026-03-02", 60, True),
                                           (p1, "2026-06-10", 120, True),
                                           (p4, "2026-07-01", 90, False),
                                           (p1, "2025-12-31", 60, True))):
            s.add(LearningHours(person_id=who, day=date.fromisoformat(day), minutes=minutes,
                                in_working_time=working, source="session", source_id=n))
        for who, year, half, status, locked in ((p1, 2026, 1, "signed", "2026-06-15"),
                                                (p2, 2026, 1, "signed", "2026-07-03"),
                                                (p3, 2026, 1, "planned", None),
                                                (p4, 2026, 1, "cancelled", None),
                                                (p1, 2026, 2, "signed", "2026-12-01"),
                                                (p1, 2025, 2, "signed", "2025-12-01")):
            start, end = (date(year, 1, 1), date(year, 6, 30)) if half == 1 else (
                date(year, 7, 1), date(year, 12, 31))
            s.add(Conversation(professional_id=who, manager_id=None, year=year, half=half,
                               window_start=start, window_end=end, status=status,
                               locked_at=at(locked) if locked else None))
        s.add(BudgetYear(year=2026, amount_cents=1_000_000))
        for who, year, status, cost, actual in ((p1, 2026, "approved", 200_000, None),
                                                (p2, 2026, "completed", 150_000, 120_000),
                                                (p3, 2026, "declined", 500_000, None),
                                                (p4, 2026, "requested", 30_000, None),
                                                (p1, 2025, "completed", 99_900, None)):
            s.add(LearningRequest(person_id=who, kind="course", title="Cursus", status=status,
                                  cost_cents=cost, actual_cost_cents=actual, budget_year=year))
        for status, finished in (("improved", "2026-04-01"), ("innovated", "2026-11-11"),
                                 ("improved", "2025-12-12"), ("closed", "2026-05-05")):
            s.add(WorkSituation(title="Situatie", kind="bottleneck", aim="improve",
                                owner_id=p1, status=status, finished_at=at(finished)))
        for title, day in (("Voordeeg", "2026-02-01"), ("Oventijd", "2026-09-09"),
                           ("Oud", "2025-01-01")):
            s.add(Lesson(title=title, author_id=p1, created_at=at(day)))
    return {"people": p}


def scan(db, owner, pros, values: list[int]) -> int:
    """A closed round closing on 1 May 2026, each person answering all with one value."""
    round_id = culture.open_round(db, owner, date.today() + timedelta(days=7)).value
    for pro, value in zip(pros, values, strict=True):
        culture.answer(db, pro, round_id, dict.fromkeys(culture.statement_keys(), value))
    culture.close_round(db, owner, round_id)
    with db.transaction() as s:  # as if it had run in April 2026
        r = s.get(CultureRound, round_id)
        r.closes_on = date(2026, 5, 1)
        r.closes_at = culture.closing_moment(r.closes_on)
    return round_id


def test_the_year_figures_match_hand_computed_values(db, owner, org):
    from app.services.auth import actor_for

    # Five respondents: the threshold (the owner and the four who are still here).
    pros = [owner] + [actor_for(db, pid) for pid in org["people"][:4]]  # type: ignore[index]
    round_id = scan(db, owner, pros, [4, 2, 5, 4, 2])
    f = dashboard.figures(db, owner, Period(2026))
    # p1, p2 and p3 were present at a held session; p4 was not; p5 left before 2026.
    assert (f.participants, f.professionals, f.participation) == (3, 4, 0.75)
    # 60 + 60 + 120 minutes in working time in 2026; five people (owner and p1-p4).
    assert (f.learning_minutes, f.people, f.hours_per_person) == (240, 5, 0.8)
    assert f.norm_hours_per_person == 40
    # Cycle c1: 4 sessions planned, 3 held; c2 was cancelled; c3 was in 2025.
    assert (f.cycles_held, f.sessions_planned, f.sessions_held) == (1, 4, 3)
    assert (f.attendance_present, f.attendance_expected) == (6, 9)
    # Due in 2026: three in the first half (one cancelled is not), one in the second.
    assert (f.conversations_due, f.conversations_on_time, f.conversations_late) == (4, 2, 1)
    assert f.conversations_on_time_share == 0.5
    # 2,000 committed + 1,200 spent (the actual cost) of 10,000.
    assert (f.budget_available_cents, f.budget_committed_cents, f.budget_spent_cents) == (
        1_000_000, 200_000, 120_000)
    assert f.budget_used == 0.32
    assert (f.situations_improved, f.situations_innovated, f.lessons_shared) == (1, 1, 2)
    assert (f.culture_round, f.culture_respondents) == (round_id, 5)
    assert f.culture_means["openness"] == pytest.approx(17 / 5)
    assert not f.is_empty


def test_a_quarter_counts_only_its_own_months(db, owner, org):
    q1 = dashboard.figures(db, owner, Period(2026, 1))
    assert (q1.start, q1.end) == (date(2026, 1, 1), date(2026, 3, 31))
    assert (q1.learning_minutes, q1.norm_hours_per_person) == (120, 10)
    assert (q1.sessions_held, q1.conversations_due, q1.lessons_shared) == (3, 0, 1)
    assert q1.conversations_on_time_share is None
    q2 = dashboard.figures(db, owner, Period(2026, 2))
    assert (q2.conversations_due, q2.conversations_on_time, q2.conversations_late) == (3, 1, 1)
    assert (q2.participants, q2.situations_improved) == (0, 1)
    assert q2.culture_round is None  # no scan round in this test
    assert Period(2026, 2).end == date(2026, 6, 30)


def test_a_year_without_data_is_honestly_empty(db, owner, org):
    f = dashboard.figures(db, owner, Period(2024))
    assert f.is_empty
    assert (f.participation, f.attendance, f.conversations_on_time_share) == (0.0, None, None)
    assert f.budget_used == 0.0  # the organisation's default budget, nothing used
    assert f.culture_round is None and f.culture_means == {}


def test_the_lists_behind_the_figures_are_aggregates(db, owner, org):
    period = Period(2026)
    groups = dashboard.breakdown(db, owner, period, "participation")
    assert [(r.label, r.values) for r in groups.rows] == [("Deegwerkers", (3, 3))]
    hours = dashboard.breakdown(db, owner, period, "hours").rows
    assert [r.values[0] for r in hours] == [0, 0, 2.0, 0, 0, 2.0, 0, 0, 0, 0, 0, 0]
    money = dashboard.breakdown(db, owner, period, "budget").rows
    assert [(r.label, r.values) for r in money] == [("course", (4, 200_000, 120_000))]
    lessons = dashboard.breakdown(db, owner, period, "lessons").rows
    assert [r.label for r in lessons] == ["Voordeeg", "Oventijd"]
    talks = dashboard.breakdown(db, owner, period, "conversations").rows
    assert sum(r.values[0] for r in talks) == 4


def test_only_the_owner_sees_the_dashboard_and_bad_periods_are_refused(db, owner, add_person):
    pro = add_person()
    with pytest.raises(Forbidden):
        dashboard.figures(db, pro, Period(2026))
    with pytest.raises(Invalid):
        Period(2026, 5)
    with pytest.raises(Invalid):
        dashboard.breakdown(db, owner, Period(2026), "salaries")


def test_cli_prints_the_same_figures_as_json(db, owner, org, data_dir: Path, capsys):
    code = main(["--data-dir", str(data_dir), "dashboard", "--year", "2026"])
    out, _err = capsys.readouterr()
    assert code == 0
    data = json.loads(out)
    assert data == json.loads(json.dumps(dashboard.figures(db, owner, Period(2026)).to_data()))
    assert (data["participation"], data["budget_used"], data["budget_reference"]) == (
        0.75, 0.32, 0.55)


def test_cli_refuses_a_bad_year(data_dir: Path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(data_dir), "dashboard", "--year", "twenty"])
    assert exit_.value.code == 2
    assert "year" in capsys.readouterr().err
