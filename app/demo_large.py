"""A large demo organisation for benchmarks: 250 people (or any size) with ten years of history.

Rows are written with SQLAlchemy Core bulk inserts (executemany, explicit ids) in one
transaction, so ~150,000 rows take seconds instead of minutes; the lessons then go through
the real search index. ``scale`` shrinks the history (not the people) for tests.
"""

from __future__ import annotations

import json
import random
import uuid
from collections import defaultdict
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from app import demo_large_text as words
from app.access import Actor
from app.db import Database
from app.demo import ORG_NAME, demo_password
from app.lesson_search import SearchUnavailable, index_for
from app.passwords import hash_password, new_recovery_code
from app.planning import WorkCalendar
from app.services import audit
from app.services.conversations import preparation_keys
from app.services.culture import (
    DEFAULT_THRESHOLD,
    characteristic_keys,
    closing_moment,
    statement_keys,
)
from models import (
    Account,
    Action,
    Attendance,
    BudgetYear,
    Conversation,
    CultureAction,
    CultureFocus,
    CultureParticipation,
    CultureRound,
    CultureTally,
    Cycle,
    DevelopmentQuestion,
    ExpertiseTag,
    GuidingAnswer,
    LearningGroup,
    LearningHours,
    LearningRequest,
    Lesson,
    Organisation,
    Person,
    PersonRole,
    Preparation,
    Role,
    Room,
    Side,
    Signature,
    SituationNote,
    Team,
    WorkSituation,
    group_member,
    person_team,
)
from models import Session as SessionModel
from models.culture import (
    ANSWERS,
    FOLLOW_UP,
    FOLLOW_UP_KEY,
    SCAN,
    pack_counts,
    pack_people,
)
from models.errors import Conflict

PEOPLE = 250
# The owner, at least two team managers and their people; an upper bound that keeps a typo
# (25000 for 2500) from filling the disk.
MIN_PEOPLE = 20
MAX_PEOPLE = 10_000
YEARS = 10
# Full-scale totals (about): the "ten years of a 250-person organisation".
CYCLES = 2000
CONVERSATION_HALVES = 2 * YEARS
LESSONS = 10_000
REQUESTS = 3000
CULTURE_ROUNDS = 20
GROUPS = 200
SITUATIONS = 3000
BATCH = 5000
NINE = time(9, 0)
YEARLY_BUDGET_CENTS = 20_000_000
DOMAIN = "vandijk-groep.nl"

Row = dict[str, Any]


@dataclass(frozen=True)
class LargeDemo:
    people: int
    counts: dict[str, int]


def _aware(day: date, at: time = NINE) -> datetime:
    return datetime.combine(day, at, tzinfo=UTC)


class _Writer:
    """Collects rows per table and writes them in batches of executemany."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.counts: dict[str, int] = defaultdict(int)

    def write(self, table: Any, rows: Iterable[dict[str, Any]]) -> None:
        t: Table = table if isinstance(table, Table) else table.__table__
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                self._flush(t, batch)
                batch = []
        if batch:
            self._flush(t, batch)

    def _flush(self, t: Table, batch: list[dict[str, Any]]) -> None:
        self.s.execute(insert(t), batch)
        self.counts[t.name] += len(batch)


class _Builder:
    def __init__(self, s: Session, today: date, scale: float, password: str,
                 people: int = PEOPLE) -> None:
        self.w = _Writer(s)
        self.count = people
        # Groups, cycles, situations, lessons, actions and requests grow with the people;
        # teams too (about 17 people each), so a larger organisation is more of the same.
        self.size = people / PEOPLE
        self.team_count = max(2, round(len(words.TEAMS) * self.size))
        self.s = s
        self.today = today
        self.scale = scale
        self.rng = random.Random(20261127)
        self.first_day = date(today.year - YEARS + 1, 1, 1)
        self.calendar = WorkCalendar()
        self.password_hash = hash_password(password)
        self.now = datetime.now(UTC)

    def n(self, full: int) -> int:
        return max(1, round(full * self.scale))

    def m(self, full: int) -> int:
        """A total that grows with the number of people."""
        return self.n(round(full * self.size))

    def team_name(self, index: int) -> str:
        base = words.TEAMS[index % len(words.TEAMS)]
        return base if index < len(words.TEAMS) else f"{base} {index // len(words.TEAMS) + 1}"

    def day_between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randrange(max(1, (last - first).days + 1)))

    # --- people ------------------------------------------------------------------------

    def people(self) -> None:
        rng = self.rng
        self.w.write(Organisation, [{
            "id": 1, "name": ORG_NAME.replace("Installatiebedrijf", "Installatiegroep"),
            "yearly_budget_cents": YEARLY_BUDGET_CENTS, "hours_norm": 48,
            "idle_lock_minutes": 10, "default_language": "nl", "version_id": 1,
            "recovery_code_hash": hash_password(new_recovery_code()), "created_at": self.now,
        }])
        team_count = self.team_count
        self.w.write(Team, [{"id": i + 1, "name": self.team_name(i), "created_at": self.now}
                            for i in range(team_count)])
        # Person 1 owns the company; 2..16 lead a team; everyone else is a professional.
        self.team_of: dict[int, int] = {}
        self.manager_of: dict[int, int | None] = {1: None}
        self.members_of: dict[int, list[int]] = defaultdict(list)
        people: list[Row] = []
        roles: list[Row] = []
        tags: list[Row] = []
        teams: list[Row] = []
        accounts: list[Row] = []
        self.guides: list[int] = []
        self.left: set[int] = set()
        for pid in range(1, self.count + 1):
            person_roles = [Role.PROFESSIONAL]
            team: int | None = None
            if pid == 1:
                person_roles = [Role.OWNER, Role.MANAGER]
            elif pid <= team_count + 1:
                team = pid - 1
                person_roles = [Role.MANAGER, Role.PROFESSIONAL]
                self.manager_of[pid] = 1
            else:
                team = (pid - 2) % team_count + 1
                self.manager_of[pid] = team + 1
                if pid % 12 == 0:
                    person_roles.append(Role.GUIDE)
                    self.guides.append(pid)
            if team is not None:
                self.team_of[pid] = team
                teams.append({"person_id": pid, "team_id": team})
                if pid > team_count + 1:
                    self.members_of[team].append(pid)
            name = words.person_name(pid - 1)
            # A few left in the last year (their records stay until two years after).
            left_on = self.today - timedelta(days=30 * (pid % 11 + 1)) if pid % 50 == 7 else None
            if left_on:
                self.left.add(pid)
            people.append({
                "id": pid, "name": name,
                "email": f"{name.lower().replace(' ', '.')}.{pid}@{DOMAIN}",
                "birth_year": 1958 + (pid * 13) % 46, "manager_id": self.manager_of[pid],
                "language": None, "notes": "", "created_at": _aware(self.first_day),
                "archived_at": _aware(left_on) if left_on else None, "left_on": left_on,
                "version_id": 1,
            })
            roles.extend({"person_id": pid, "role": r.value} for r in person_roles)
            if Role.GUIDE in person_roles or pid % 7 == 0:
                tags.extend({"person_id": pid, "tag": t}
                            for t in rng.sample(words.EXPERTISE, rng.randint(1, 3)))
            accounts.append({"person_id": pid, "password_hash": self.password_hash,
                             "must_change_password": False, "failed_attempts": 0})
        self.w.write(Person, people)
        self.w.write(PersonRole, roles)
        self.w.write(ExpertiseTag, tags)
        self.w.write(person_team, teams)
        self.w.write(Account, accounts)
        self.active = [pid for pid in range(1, self.count + 1) if pid not in self.left]

    # --- learning: questions, groups, cycles, situations, lessons, actions ----------------

    def questions(self) -> None:
        keys = ("aim", "current", "obstacles", "next_step")
        rows: list[Row] = []
        answers: list[Row] = []
        self.question_of: dict[int, int] = {}
        qid = 0
        for pid in range(2, self.count + 1):
            for k in range(3):  # two closed ones from earlier years, one open
                qid += 1
                created = self.first_day + timedelta(days=365 * 3 * k + pid)
                closed = _aware(created + timedelta(days=700)) if k < 2 else None
                rows.append({"id": qid, "person_id": pid, "version_id": 1,
                             "text": f"Hoe kan ik {self.rng.choice(words.SUBJECTS)} beter "
                                     f"{self.rng.choice(words.VERBS)}?",
                             "shared_with_manager": pid % 3 != 0, "closed_at": closed,
                             "created_at": _aware(created), "updated_at": _aware(created)})
                answers.extend({"question_id": qid, "key": key,
                                "text": words.sentence(self.rng), "created_at": _aware(created)}
                               for key in keys[: 1 + (pid + k) % 4])
            self.question_of[pid] = qid
        self.w.write(DevelopmentQuestion, rows)
        self.w.write(GuidingAnswer, answers)

    def groups(self) -> None:
        rng = self.rng
        self.w.write(Room, [{"id": i + 1, "name": n, "archived": False} for i, n in enumerate(
            ("Vergaderkamer boven", "Kantine", "Werkplaats", "Leslokaal", "Kamer Noord",
             "Kamer Zuid", "Showroom", "Projectkamer"))])
        self.group_members: dict[int, list[int]] = {}
        self.group_guide: dict[int, int | None] = {}
        rows: list[Row] = []
        members: list[Row] = []
        for gid in range(1, self.m(GROUPS) + 1):
            team = (gid - 1) % self.team_count + 1
            pool = self.members_of[team]
            chosen = rng.sample(pool, min(len(pool), rng.randint(3, 6)))
            guides = [g for g in self.guides if g not in chosen]
            guide = rng.choice(guides) if gid % 3 and guides else None
            self.group_members[gid] = chosen
            self.group_guide[gid] = guide
            # Older groups finished their work; the newest fifth is still going.
            archived = None if gid > self.m(GROUPS) * 0.8 else _aware(
                self.today - timedelta(days=60 + gid * 3))
            rows.append({"id": gid, "name": f"{words.title(rng)} ({gid})",
                         "purpose": words.sentence(rng), "guide_id": guide,
                         "created_by": chosen[0], "created_at": _aware(self.first_day),
                         "archived_at": archived})
            members.extend({"group_id": gid, "person_id": p} for p in chosen)
        self.w.write(LearningGroup, rows)
        self.w.write(group_member, members)

    def _four_days(self, first: date) -> list[date]:
        days: list[date] = []
        d = first
        while len(days) < 4:
            if self.calendar.is_working_day(d):
                days.append(d)
            d += timedelta(days=1)
        return days

    def cycles(self) -> None:
        rng = self.rng
        count = self.m(CYCLES)
        span = (self.today + timedelta(days=60) - self.first_day).days
        cycles, sessions, attendance, hours = [], [], [], []
        self.done_sessions: list[tuple[int, date, list[int]]] = []
        sid = 0
        hours_id = 0
        groups = list(self.group_members)
        for cid in range(1, count + 1):
            gid = groups[(cid - 1) % len(groups)]
            first = self.first_day + timedelta(days=span * (cid - 1) // count)
            first -= timedelta(days=first.weekday())  # cycles start on a Monday
            days = self._four_days(first)
            people = self.group_members[gid] + ([g] if (g := self.group_guide[gid]) else [])
            cancelled = cid % 40 == 0 and days[0] > self.today
            cycles.append({"id": cid, "group_id": gid, "room_id": cid % 8 + 1,
                           "start_time": NINE, "uid": str(uuid.UUID(int=rng.getrandbits(128))),
                           "status": "cancelled" if cancelled else "planned", "sequence": 0,
                           "created_by": people[0], "created_at": _aware(first - timedelta(7)),
                           "version_id": 1})
            for number, day in enumerate(days, start=1):
                sid += 1
                done = day < self.today
                notes = words.paragraph(rng, 2) if done else ""
                sessions.append({
                    "id": sid, "cycle_id": cid, "day_number": number, "day": day,
                    "start_time": NINE, "minutes": 60, "status": "done" if done else "planned",
                    "started_at": _aware(day) if done else None,
                    "started_by": people[0] if done else None,
                    "started_on": "vergaderkamer-laptop" if done else "",
                    "ended_at": _aware(day, time(10, 0)) if done else None,
                    "notes": notes, "summary": notes.split(".")[0] + "." if done else "",
                    "version_id": 1})
                if not done or cancelled:
                    continue
                present_people = []
                for p in people:
                    present = rng.random() < 0.9
                    attendance.append({"session_id": sid, "person_id": p, "present": present,
                                       "energy": rng.randint(2, 5) if present else None,
                                       "meaning": rng.randint(2, 5) if present else None,
                                       "note": ""})
                    if present:
                        present_people.append(p)
                        hours_id += 1
                        hours.append({"id": hours_id, "person_id": p, "day": day, "minutes": 60,
                                      "in_working_time": True, "source": "session",
                                      "source_id": sid, "created_at": _aware(day)})
                self.done_sessions.append((sid, day, present_people or people))
        self.hours_id = hours_id
        self.w.write(Cycle, cycles)
        self.w.write(SessionModel, sessions)
        self.w.write(Attendance, attendance)
        self.w.write(LearningHours, hours)

    def situations(self) -> None:
        rng = self.rng
        count = self.m(SITUATIONS)
        rows, notes = [], []
        self.finished_situations: list[tuple[int, int]] = []
        self.situation_of_group: dict[int, list[int]] = defaultdict(list)
        groups = list(self.group_members)
        note_id = 0
        for wid in range(1, count + 1):
            gid = groups[(wid - 1) % len(groups)]
            owner = rng.choice(self.group_members[gid])
            created = self.first_day + timedelta(
                days=(self.today - self.first_day).days * (wid - 1) // count)
            age = (self.today - created).days
            if age > 240:
                status = rng.choice(("closed", "closed", "improved", "innovated"))
            else:
                status = rng.choice(("registered", "analysed", "experimenting", "improved"))
            finished = status in ("closed", "improved", "innovated")
            rows.append({
                "id": wid, "title": words.title(rng), "description": words.paragraph(rng, 2),
                "kind": rng.choice(("bottleneck", "challenge")),
                "aim": rng.choice(("improve", "innovate", "perform")), "status": status,
                "owner_id": owner, "group_id": gid,
                "development_question_id": self.question_of.get(owner) if wid % 4 == 0 else None,
                "experiment": words.sentence(rng) if status != "registered" else "",
                "expected_result": words.sentence(rng) if status != "registered" else "",
                "outcome": rng.choice(words.OUTCOMES) if finished else "",
                "created_at": _aware(created), "updated_at": _aware(created),
                "finished_at": _aware(created + timedelta(days=60)) if finished else None,
                "version_id": 1})
            self.situation_of_group[gid].append(wid)
            if finished:
                self.finished_situations.append((wid, owner))
            for kind in ("question", "question", "option"):
                note_id += 1
                notes.append({"id": note_id, "situation_id": wid, "kind": kind,
                              "text": words.sentence(rng), "author_id": owner,
                              "created_at": _aware(created)})
        self.w.write(WorkSituation, rows)
        self.w.write(SituationNote, notes)

    def lessons(self) -> None:
        rng = self.rng
        count = self.m(LESSONS)
        finished = self.finished_situations
        span = (self.today - self.first_day).days
        rows = []
        for lid in range(1, count + 1):
            situation, author = finished[lid % len(finished)] if lid % 3 == 0 else (
                None, rng.choice(self.active))
            created = self.first_day + timedelta(days=span * (lid - 1) // count)
            rows.append({
                "id": lid, "title": words.title(rng), "context": words.paragraph(rng, 3),
                "what_worked": words.paragraph(rng, 2), "what_did_not": words.sentence(rng),
                "next_time": words.sentence(rng), "tags": words.tags(rng),
                "situation_id": situation, "author_id": author,
                "created_at": _aware(created), "version_id": 1})
        self.w.write(Lesson, rows)
        # PostgreSQL has no index yet: the lesson service falls back to LIKE there.
        with suppress(SearchUnavailable):
            index_for(self.s).rebuild(self.s)

    def actions(self, conversation_agreements: list[tuple[int, int, date]]) -> None:
        rng = self.rng
        count = self.m(20_000)
        rows = []
        aid = 0
        from_sessions = count - len(conversation_agreements)
        sessions = self.done_sessions
        for k in range(max(0, from_sessions)):
            sid, day, people = sessions[k * len(sessions) // max(1, from_sessions)]
            aid += 1
            rows.append(self._action(aid, rng.choice(people), day, session_id=sid))
        for cid, owner, day in conversation_agreements:
            aid += 1
            rows.append(self._action(aid, owner, day, conversation_id=cid))
        self.w.write(Action, rows)

    def _action(self, aid: int, owner: int, day: date, **link: int) -> dict[str, Any]:
        due = day + timedelta(days=self.rng.randint(3, 60))
        if due < self.today - timedelta(days=14):
            status = self.rng.choices(("done", "dropped", "open"), (85, 10, 5))[0]
        else:
            status = "open"
        return {"id": aid, "title": words.sentence(self.rng)[:300], "owner_id": owner,
                "due": due, "status": status, "session_id": link.get("session_id"),
                "situation_id": None, "conversation_id": link.get("conversation_id"),
                "created_by": owner, "created_at": _aware(day),
                "done_at": _aware(due) if status == "done" else None, "version_id": 1}

    # --- talent conversations ----------------------------------------------------------

    def conversations(self) -> list[tuple[int, int, date]]:
        rng = self.rng
        halves = [(y, h) for y in range(self.first_day.year, self.today.year + 1) for h in (1, 2)]
        current = (self.today.year, 1 if self.today.month <= 6 else 2)
        halves = [yh for yh in halves if yh <= current][-max(1, round(CONVERSATION_HALVES *
                                                                     min(1.0, self.scale * 4))):]
        pro_keys = preparation_keys(Side.PROFESSIONAL)
        man_keys = preparation_keys(Side.MANAGER)
        rows, preps, signatures, agreements = [], [], [], []
        cid = prep_id = sig_id = 0
        for year, half in halves:
            start = date(year, 1, 1) if half == 1 else date(year, 7, 1)
            end = date(year, 6, 30) if half == 1 else date(year, 12, 31)
            is_current = (year, half) == current
            for pid in range(2, self.count + 1):
                if pid in self.left and is_current:
                    continue
                manager = self.manager_of[pid]
                cid += 1
                held = self.day_between(start, min(end, self.today))
                status = "planned" if is_current else ("cancelled" if cid % 17 == 0
                                                       else "signed")
                signed = status == "signed"
                rows.append({
                    "id": cid, "professional_id": pid, "manager_id": manager, "year": year,
                    "half": half, "window_start": start, "window_end": end,
                    "meeting_at": _aware(held, time(14, 0)) if signed else None,
                    "location": "Kantoor" if signed else "", "status": status,
                    "summary": words.paragraph(rng, 2) if signed else "",
                    "readable_by_later_managers": pid % 4 == 0,
                    "locked_at": _aware(held, time(15, 0)) if signed else None,
                    "ical_uid": "", "ical_sequence": 0, "created_at": _aware(start),
                    "version_id": 1})
                if status == "cancelled" or (is_current and pid % 3 == 0):
                    continue
                published = _aware(held - timedelta(days=3)) if signed or pid % 2 else None
                for side, keys, author in (("professional", pro_keys, pid),
                                           ("manager", man_keys, manager)):
                    prep_id += 1
                    content = {k: words.sentence(rng) for k in keys[:3]}
                    preps.append({"id": prep_id, "conversation_id": cid, "side": side,
                                  "author_id": author, "published_at": published,
                                  "content": json.dumps(content, ensure_ascii=False),
                                  "updated_at": published or self.now})
                    if signed:
                        sig_id += 1
                        signatures.append({"id": sig_id, "conversation_id": cid, "side": side,
                                           "person_id": author, "void": False,
                                           "signed_at": _aware(held, time(15, 0))})
                if signed:
                    agreements.append((cid, pid, held))
                    if cid % 2:
                        agreements.append((cid, pid, held))
        self.w.write(Conversation, rows)
        self.w.write(Preparation, preps)
        self.w.write(Signature, signatures)
        return agreements

    # --- formal learning and budget ----------------------------------------------------

    def requests(self) -> None:
        rng = self.rng
        count = self.m(REQUESTS)
        years = range(self.first_day.year, self.today.year + 1)
        self.w.write(BudgetYear, [{"year": y, "amount_cents": YEARLY_BUDGET_CENTS}
                                  for y in years])
        span = (self.today + timedelta(days=90) - self.first_day).days
        rows, hours = [], []
        for rid in range(1, count + 1):
            pid = self.active[rid % len(self.active)] if rid % 5 else rng.choice(self.active)
            if pid == 1:
                pid = 2
            kind, title, provider, cost, hour_count = rng.choice(words.COURSES)
            asked = self.first_day + timedelta(days=span * (rid - 1) // count)
            start = asked + timedelta(days=rng.randint(14, 60))
            if start < self.today - timedelta(days=30):
                status = rng.choices(("completed", "declined", "cancelled"), (80, 12, 8))[0]
            else:
                status = rng.choice(("requested", "approved", "planned", "declined"))
            decided = status != "requested"
            done = status == "completed"
            rows.append({
                "id": rid, "person_id": pid, "kind": kind, "title": title,
                "provider": provider, "link": "", "cost_cents": cost,
                "actual_cost_cents": cost if done else None, "minutes": hour_count * 60,
                "in_working_time": kind != "theory", "start_date": start,
                "end_date": start + timedelta(days=1 if hour_count > 8 else 0),
                "budget_year": start.year, "reason": words.sentence(rng),
                "development_question_id": None, "situation_id": None, "status": status,
                "decided_by": self.manager_of[pid] if decided else None,
                "decided_at": _aware(asked + timedelta(days=7)) if decided else None,
                "decision_reason": "Past dit jaar niet in het budget." if status == "declined"
                else "", "over_budget_reason": "",
                "learned": words.sentence(rng) if done else "",
                "applied_situation_id": None, "applied_note": "",
                "completed_at": _aware(start + timedelta(days=2)) if done else None,
                "created_at": _aware(asked), "version_id": 1})
            if done:
                self.hours_id += 1
                hours.append({"id": self.hours_id, "person_id": pid,
                              "day": start + timedelta(days=1 if hour_count > 8 else 0),
                              "minutes": hour_count * 60, "in_working_time": kind != "theory",
                              "source": "intervention", "source_id": rid,
                              "created_at": _aware(start)})
        self.w.write(LearningRequest, rows)
        self.w.write(LearningHours, hours)

    # --- learning culture scan ---------------------------------------------------------

    def culture(self) -> None:
        rng = self.rng
        keys = statement_keys()
        count = min(CULTURE_ROUNDS, max(1, round(CULTURE_ROUNDS * self.scale * 4)))
        rounds: list[Row] = []
        participation: list[Row] = []
        tallies: list[Row] = []
        focus: list[Row] = []
        actions: list[Row] = []
        tally_id = action_id = 0
        for rnd in range(1, count + 1):
            # Two rounds a year, in March and September; the last may still be open.
            months_back = 6 * (count - rnd)
            opened = date(self.today.year, 3 if self.today.month < 9 else 9, 1)
            year, month = opened.year, opened.month - months_back
            while month < 1:
                year, month = year - 1, month + 12
            opened = date(year, month, 1)
            closes = opened + timedelta(days=21)
            closed = _aware(closes) if closes < self.today else None
            rounds.append({"id": rnd, "opened_at": _aware(opened), "closes_on": closes,
                           "closes_at": closing_moment(closes), "closed_at": closed,
                           "threshold": DEFAULT_THRESHOLD, "layout": ",".join(keys),
                           "followup_opens_at": None, "followup_closes_at": None,
                           "followup_closed_at": None})
            respondents = rng.sample(self.active, int(len(self.active) * rng.uniform(0.55, 0.8)))
            participation += [{"round_id": rnd, "part": SCAN, "people": pack_people(respondents)},
                              {"round_id": rnd, "part": FOLLOW_UP, "people": b""}]
            lean = rng.uniform(-0.5, 0.8)
            counts: dict[tuple[str, int], int] = {}
            for key in keys:
                cells = dict.fromkeys(ANSWERS, 0)
                for _ in respondents:
                    value = round(3 + lean + rng.gauss(0, 1))
                    cells[0 if rng.random() < 0.05 else min(5, max(1, value))] += 1
                counts.update({(key, a): n for a, n in cells.items()})
            tally_id += 2
            tallies += [{"id": tally_id - 1, "round_id": rnd, "part": SCAN, "team_id": None,
                         "counts": pack_counts(keys, counts)},
                        {"id": tally_id, "round_id": rnd, "part": FOLLOW_UP, "team_id": None,
                         "counts": pack_counts((FOLLOW_UP_KEY,), {})}]
            chosen = rng.sample(characteristic_keys(), 2)
            for key in chosen:
                focus.append({"round_id": rnd, "key": key})
                action_id += 1
                actions.append({"id": action_id, "round_id": rnd, "key": key,
                                "title": words.sentence(rng), "owner_id": 1,
                                "due": closes + timedelta(days=90),
                                "status": "done" if closes < self.today else "open"})
        self.w.write(CultureRound, rounds)
        self.w.write(CultureParticipation, participation)
        self.w.write(CultureTally, tallies)
        self.w.write(CultureFocus, focus)
        self.w.write(CultureAction, actions)


def create_large_demo(db: Database, password: str | None = None, *, scale: float = 1.0,
                      today: date | None = None, people: int = PEOPLE) -> LargeDemo:
    """Fill an empty database with the large organisation of ``people`` people (the same
    organisation for the same size, every time); ``scale`` < 1 shrinks its history."""
    if not MIN_PEOPLE <= people <= MAX_PEOPLE:
        raise ValueError(f"people must be between {MIN_PEOPLE} and {MAX_PEOPLE}")
    today = today or date.today()
    with db.transaction() as s:
        if s.scalar(select(func.count()).select_from(Organisation)):
            raise Conflict("demo_folder_not_empty")
        b = _Builder(s, today, scale, password or demo_password(), people)
        b.people()
        b.questions()
        b.groups()
        b.cycles()
        b.situations()
        b.lessons()
        agreements = b.conversations()
        b.actions(agreements)
        b.requests()
        b.culture()
        audit.record(s, Actor.machine_admin(), "demo_created", None, people=people, large=True)
    return LargeDemo(people=people, counts=dict(b.w.counts))
