"""Benchmark: the dashboard's figures on a 250-person organisation with ten years of history.

    .venv/bin/python tests/bench/bench_dashboard.py [--rounds 5] [--no-write]

Builds a temporary SQLite database through the normal migrations, bulk-inserts ten years of
history (8,000 sessions with attendance, 5,000 conversations, 20,000 actions, 10,000 lessons,
3,000 learning requests, learning hours, work situations, two culture scan rounds), then
times what the dashboard loads when it opens (the figures of a year plus the hours and
sessions lists) and a quarter. Prints a table and merges into ``bench-results.json``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.results import RESULTS_FILE, entry, merge_results, print_table  # noqa: E402

TARGET_MS = 300.0
PEOPLE, YEARS = 250, 10


def build(db: Any, rng: random.Random, last_year: int) -> None:
    from app.services.culture import closing_moment, statement_keys
    from models import (
        Action,
        Attendance,
        Conversation,
        CultureParticipation,
        CultureRound,
        CultureTally,
        Cycle,
        LearningGroup,
        LearningHours,
        LearningRequest,
        Lesson,
        Organisation,
        Person,
        PersonRole,
        WorkSituation,
    )
    from models import Session as LearningSession
    from models.culture import (
        ANSWERS,
        FOLLOW_UP,
        FOLLOW_UP_KEY,
        SCAN,
        pack_counts,
        pack_people,
    )

    first = date(last_year - YEARS + 1, 1, 1)
    span = (date(last_year, 12, 31) - first).days

    def day() -> date:
        return first + timedelta(days=rng.randrange(span))

    def moment() -> datetime:
        return datetime.combine(day(), clock(12), UTC)

    with db.transaction() as s:
        s.add(Organisation(name="Bench", yearly_budget_cents=10_000_000, hours_norm=40,
                           recovery_code_hash="x"))
        s.execute(Person.__table__.insert(), [
            {"id": i, "name": f"Persoon {i}", "email": f"p{i}@bench.nl", "version_id": 1,
             "notes": "", "created_at": moment()} for i in range(1, PEOPLE + 1)])
        s.execute(PersonRole.__table__.insert(), [
            {"person_id": i, "role": "professional"} for i in range(1, PEOPLE + 1)])
        s.execute(LearningGroup.__table__.insert(), [
            {"id": g, "name": f"Groep {g}", "purpose": "", "created_at": moment()}
            for g in range(1, 61)])
        cycles, sessions, attendance, hours = [], [], [], []
        for c in range(1, 2001):
            start = day()
            cycles.append({"id": c, "group_id": rng.randint(1, 60), "start_time": clock(9),
                           "status": "planned", "uid": f"c{c}", "sequence": 0, "version_id": 1,
                           "created_at": moment()})
            members = rng.sample(range(1, PEOPLE + 1), 5)
            for n in range(4):
                sid = (c - 1) * 4 + n + 1
                sessions.append({"id": sid, "cycle_id": c, "day_number": n + 1,
                                 "day": start + timedelta(days=n), "start_time": clock(9),
                                 "minutes": 60, "status": "done", "started_on": "",
                                 "notes": "", "summary": "", "version_id": 1})
                for who in members:
                    present = rng.random() < 0.85
                    attendance.append({"session_id": sid, "person_id": who, "present": present,
                                       "note": ""})
                    if present:
                        hours.append({"person_id": who, "day": start + timedelta(days=n),
                                      "minutes": 60, "in_working_time": True,
                                      "source": "session", "source_id": sid,
                                      "created_at": moment()})
        s.execute(Cycle.__table__.insert(), cycles)
        s.execute(LearningSession.__table__.insert(), sessions)
        s.execute(Attendance.__table__.insert(), attendance)
        s.execute(LearningHours.__table__.insert(), hours)
        conversations = []
        for n in range(5000):
            slot = n // PEOPLE  # every person once per half year: 250 x 20 = 5,000
            year = last_year - YEARS + 1 + slot // 2
            half = 1 + slot % 2
            end = date(year, 6, 30) if half == 1 else date(year, 12, 31)
            conversations.append({
                "professional_id": 1 + n % PEOPLE, "manager_id": None, "year": year,
                "half": half, "window_start": end - timedelta(days=180), "window_end": end,
                "status": "signed", "locked_at": datetime.combine(
                    end - timedelta(days=rng.randint(-20, 60)), clock(12), UTC),
                "summary": "", "location": "", "readable_by_later_managers": False,
                "ical_uid": "", "ical_sequence": 0, "version_id": 1, "created_at": moment()})
        s.execute(Conversation.__table__.insert(), conversations)
        s.execute(Action.__table__.insert(), [
            {"title": "Actie", "owner_id": rng.randint(1, PEOPLE), "due": day(),
             "status": "open", "created_at": moment(), "version_id": 1} for _ in range(20_000)])
        s.execute(Lesson.__table__.insert(), [
            {"title": f"Les {n}", "context": "", "what_worked": "", "what_did_not": "",
             "next_time": "", "tags": "", "created_at": moment(), "version_id": 1}
            for n in range(10_000)])
        s.execute(LearningRequest.__table__.insert(), [
            {"person_id": rng.randint(1, PEOPLE), "kind": "course", "title": "Cursus",
             "provider": "", "link": "", "cost_cents": rng.randint(10_000, 200_000),
             "minutes": 480, "in_working_time": True, "budget_year": day().year,
             "reason": "", "status": rng.choice(["approved", "completed", "requested"]),
             "decision_reason": "", "over_budget_reason": "", "learned": "",
             "applied_note": "", "created_at": moment(), "version_id": 1}
            for _ in range(3000)])
        s.execute(WorkSituation.__table__.insert(), [
            {"title": "Situatie", "description": "", "kind": "bottleneck", "aim": "improve",
             "status": rng.choice(["improved", "innovated", "closed", "registered"]),
             "owner_id": rng.randint(1, PEOPLE), "experiment": "", "expected_result": "",
             "outcome": "", "created_at": moment(), "updated_at": moment(),
             "finished_at": moment(), "version_id": 1} for _ in range(2000)])
        for r in range(2):
            closes = date(last_year - r, 5, 1)
            keys = statement_keys()
            scan = CultureRound(opened_at=datetime.combine(closes, clock(9), UTC),
                                closes_on=closes, closes_at=closing_moment(closes),
                                threshold=5, layout=",".join(keys),
                                closed_at=datetime.combine(closes, clock(18), UTC))
            s.add(scan)
            s.flush()
            s.add_all([
                CultureParticipation(round_id=scan.id, part=SCAN,
                                     people=pack_people(range(1, 181))),
                CultureParticipation(round_id=scan.id, part=FOLLOW_UP, people=b""),
                CultureTally(round_id=scan.id, part=SCAN, team_id=None, counts=pack_counts(
                    keys, {(key, a): 30 for key in keys for a in ANSWERS})),
                CultureTally(round_id=scan.id, part=FOLLOW_UP, team_id=None,
                             counts=pack_counts((FOLLOW_UP_KEY,), {}))])


def run(rounds: int, results: Path | None) -> list[dict[str, Any]]:
    from app.access import Actor
    from app.paths import resolve_location
    from app.services import dashboard
    from app.storage import open_location
    from ui.views.dashboard import load

    folder = Path(tempfile.mkdtemp(prefix="regiestoel-bench-dashboard-"))
    db, _ = open_location(resolve_location(folder))
    year = date.today().year
    started = time.perf_counter()
    build(db, random.Random(10), year)
    print(f"built ten years of history in {time.perf_counter() - started:.1f} s")
    admin = Actor.machine_admin()

    def timed(period: Any) -> float:
        load(db, admin, period)  # warm-up: SQLite's cache and SQLAlchemy's compiled SQL
        times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            load(db, admin, period)
            times.append((time.perf_counter() - t0) * 1000)
        return statistics.median(times)

    entries = [
        entry("dashboard opens: a year's figures (ms)", timed(dashboard.Period(year)), "ms",
              TARGET_MS),
        entry("dashboard: a quarter's figures (ms)", timed(dashboard.Period(year, 2)), "ms",
              TARGET_MS),
    ]
    db.dispose()
    print_table("dashboard on 250 people, ten years", entries)
    if results is not None:
        merge_results(entries, results)
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="do not touch bench-results.json")
    args = parser.parse_args(argv)
    entries = run(args.rounds, None if args.no_write else RESULTS_FILE)
    return 0 if all(e["met"] is not False for e in entries) else 1


if __name__ == "__main__":
    raise SystemExit(main())
