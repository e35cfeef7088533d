"""The learning culture scan: open and close rounds, answer once, read anonymous results.

Anonymity: who answered (``CultureParticipation``) and what was answered (``CultureTally``,
counts only) share nothing but the round. Results exist only for a closed round (so no one
can compare results before and after a colleague answers) and only for at least
``MIN_RESPONDENTS``. Team results exist only in rounds opened for some teams, whose tallies
are kept per team of the answerer, and only when every team of that round that has any
respondent has at least ``MIN_RESPONDENTS``: any sum or difference of shown results then
covers at least that many people, so no single answer can be subtracted out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.access import Actor, Operation, require
from app.changes import Area, Changes
from app.db import Database
from app.paths import resources_dir
from app.services import audit
from app.validation import clean_text
from models import (
    CultureAction,
    CultureFocus,
    CultureParticipation,
    CultureRound,
    CultureTally,
    Person,
    Team,
    culture_round_team,
)
from models.base import utcnow
from models.culture import DONT_KNOW
from models.errors import Conflict, Forbidden, Invalid, NotFound

MIN_RESPONDENTS = 3
ANSWERS = (DONT_KNOW, 1, 2, 3, 4, 5)
MAX_FOCUS = 2
ACTION_STATUSES = ("open", "done", "dropped")


# --- content ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Statement:
    key: str
    text: str


@dataclass(frozen=True)
class Characteristic:
    key: str
    title: str
    statements: tuple[Statement, ...]
    short: str = ""  # a word or two, for the points of a radar chart


@cache
def characteristics(language: str) -> tuple[Characteristic, ...]:
    """The ten characteristics with three statements each, from resources/content/culture."""
    folder = resources_dir() / "content" / "culture"
    path = folder / f"{language}.json"
    if not path.exists():
        path = folder / "nl.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        Characteristic(
            key=c["key"],
            title=c["title"],
            statements=tuple(Statement(key=s["key"], text=s["text"]) for s in c["statements"]),
            short=c.get("short") or c["title"],
        )
        for c in data
    )


def characteristic_keys() -> tuple[str, ...]:
    return tuple(c.key for c in characteristics("nl"))


def statement_keys() -> tuple[str, ...]:
    return tuple(s.key for c in characteristics("nl") for s in c.statements)


# --- plain results ---------------------------------------------------------------------------

@dataclass(frozen=True)
class RoundRow:
    id: int
    opened_at: datetime
    closes_on: date
    closed_at: datetime | None
    team_ids: tuple[int, ...]
    respondents: int
    finished: bool = False  # closed by hand, or past its closing date

    @property
    def is_open(self) -> bool:
        return not self.finished


@dataclass(frozen=True)
class CharacteristicResult:
    key: str
    mean: float | None  # of the 1-5 answers to its statements; None when there are none
    answers: int  # 1-5 answers to its statements
    dont_know: int


@dataclass(frozen=True)
class CultureActionRow:
    id: int
    round_id: int
    key: str
    title: str
    owner_id: int | None
    due: date | None
    status: str


@dataclass(frozen=True)
class FocusFollowUp:
    """A focus of the previous round, looked at again: its mean then, and its actions."""

    key: str
    previous_round_id: int
    previous_mean: float | None
    actions: tuple[CultureActionRow, ...]


@dataclass(frozen=True)
class Results:
    round_id: int
    team_id: int | None
    respondents: int
    characteristics: tuple[CharacteristicResult, ...]
    focus: tuple[str, ...]
    previous_focus: tuple[FocusFollowUp, ...]
    # This round's actions per focus characteristic.
    actions: dict[str, tuple[CultureActionRow, ...]] = field(default_factory=dict)

    def to_data(self) -> dict[str, object]:
        return {
            "round": self.round_id,
            "team": self.team_id,
            "respondents": self.respondents,
            "characteristics": [
                {"key": c.key, "mean": None if c.mean is None else round(c.mean, 2),
                 "answers": c.answers, "dont_know": c.dont_know}
                for c in self.characteristics
            ],
            "focus": list(self.focus),
            "previous_focus": [
                {"key": f.key, "round": f.previous_round_id,
                 "mean": None if f.previous_mean is None else round(f.previous_mean, 2),
                 "actions": [{"id": a.id, "title": a.title, "status": a.status,
                              "due": a.due.isoformat() if a.due else None}
                             for a in f.actions]}
                for f in self.previous_focus
            ],
        }


@dataclass(frozen=True)
class TrendPoint:
    round_id: int
    closes_on: date
    respondents: int
    means: dict[str, float | None]


# --- rounds ----------------------------------------------------------------------------------

def _round(s: Session, round_id: int) -> CultureRound:
    found = s.get(CultureRound, round_id)
    if found is None:
        raise NotFound("culture_round_not_found", id=round_id)
    return found


def _round_team_ids(s: Session, round_id: int) -> tuple[int, ...]:
    rows = s.execute(
        select(culture_round_team.c.team_id)
        .where(culture_round_team.c.round_id == round_id)
        .order_by(culture_round_team.c.team_id)
    ).scalars()
    return tuple(rows)


def _respondents(s: Session, round_id: int) -> int:
    return s.scalar(
        select(func.count()).select_from(CultureParticipation)
        .where(CultureParticipation.round_id == round_id)
    ) or 0


def _finished(r: CultureRound, today: date | None = None) -> bool:
    """A round ends when it is closed by hand or when its closing date has passed: from then
    on nobody can answer, so its results may show without the owner having to close it."""
    return r.closed_at is not None or (today or date.today()) > r.closes_on


def _finished_clause(today: date | None = None) -> ColumnElement[bool]:
    return or_(CultureRound.closed_at.is_not(None),
               CultureRound.closes_on < (today or date.today()))


def _row(s: Session, r: CultureRound) -> RoundRow:
    return RoundRow(r.id, r.opened_at, r.closes_on, r.closed_at, _round_team_ids(s, r.id),
                    _respondents(s, r.id), _finished(r))


def open_round(
    db: Database, actor: Actor, closes_on: date, team_ids: list[int] | None = None,
    *, today: date | None = None,
) -> Changes:
    """Open a round for everyone, or for some teams; every tally cell starts at zero now."""
    require(actor, Operation.MANAGE_CULTURE)
    if closes_on < (today or date.today()):
        raise Invalid("culture_closes_in_past", field="closes_on")
    teams = sorted(set(team_ids or ()))
    with db.transaction() as s:
        for team_id in teams:
            if s.get(Team, team_id) is None:
                raise NotFound("culture_team_unknown", id=team_id)
        r = CultureRound(closes_on=closes_on)
        s.add(r)
        s.flush()
        for team_id in teams:
            s.execute(culture_round_team.insert().values(round_id=r.id, team_id=team_id))
        # All cells exist before anyone answers, so row order and ids carry nothing.
        segments: list[int | None] = list(teams) or [None]
        s.add_all(
            CultureTally(round_id=r.id, team_id=seg, statement_key=key, answer=a, count=0)
            for seg in segments for key in statement_keys() for a in ANSWERS
        )
        audit.record(s, actor, "culture_round_opened", None, round=r.id, teams=teams)
        new_id = r.id
    return Changes.of(Area.CULTURE, ids=(new_id,), value=new_id)


def close_round(db: Database, actor: Actor, round_id: int) -> Changes:
    require(actor, Operation.MANAGE_CULTURE)
    with db.transaction() as s:
        r = _round(s, round_id)
        if r.closed_at is not None:
            raise Conflict("culture_round_closed", id=round_id)
        r.closed_at = utcnow()
        audit.record(s, actor, "culture_round_closed", None, round=round_id)
    return Changes.of(Area.CULTURE, ids=(round_id,))


def rounds(db: Database, actor: Actor) -> list[RoundRow]:
    require(actor, Operation.VIEW_CULTURE_RESULTS)
    with db.read() as s:
        return [_row(s, r) for r in s.scalars(select(CultureRound).order_by(CultureRound.id))]


def _segment_for(s: Session, actor: Actor, r: CultureRound) -> int | None:
    """The answerer's team in a round for some teams (their first one in it), else None."""
    scope = _round_team_ids(s, r.id)
    if not scope:
        return None
    person = s.get(Person, actor.person_id)
    mine = sorted(t.id for t in (person.teams if person else []) if t.id in scope)
    if not mine:
        raise Forbidden("culture_round_not_for_you", id=r.id)
    return mine[0]


def _answerable(r: CultureRound, today: date) -> bool:
    return not _finished(r, today)


def my_open_rounds(db: Database, actor: Actor, *, today: date | None = None) -> list[RoundRow]:
    """Rounds this person may still answer."""
    if actor.person_id is None:
        return []
    day = today or date.today()
    result = []
    with db.read() as s:
        answered = set(s.scalars(select(CultureParticipation.round_id)
                                 .where(CultureParticipation.person_id == actor.person_id)))
        for r in s.scalars(select(CultureRound).order_by(CultureRound.id)):
            if r.id in answered or not _answerable(r, day):
                continue
            try:
                _segment_for(s, actor, r)
            except Forbidden:
                continue
            result.append(_row(s, r))
    return result


def _validated_answers(answers: dict[str, int]) -> dict[str, int]:
    known = statement_keys()
    for key, value in answers.items():
        if key not in known:
            raise Invalid("culture_statement_unknown", key=key)
        if isinstance(value, bool) or not isinstance(value, int) or value not in ANSWERS:
            raise Invalid("culture_answer_out_of_range", key=key)
    missing = [k for k in known if k not in answers]
    if missing:
        raise Invalid("culture_answers_incomplete", missing=len(missing))
    return dict(answers)


def answer(
    db: Database, actor: Actor, round_id: int, answers: dict[str, int],
    *, today: date | None = None,
) -> Changes:
    """Record that the actor answered and add their answers to the tallies, together."""
    if actor.person_id is None:
        raise Forbidden("culture_answer_needs_person")
    clean = _validated_answers(answers)
    try:
        with db.transaction() as s:
            r = _round(s, round_id)
            if not _answerable(r, today or date.today()):
                raise Conflict("culture_round_closed", id=round_id)
            segment = _segment_for(s, actor, r)
            already = s.get(CultureParticipation, (round_id, actor.person_id))
            if already is not None:
                raise Conflict("already_answered", id=round_id)
            s.add(CultureParticipation(round_id=round_id, person_id=actor.person_id))
            in_segment = (CultureTally.team_id.is_(None) if segment is None
                          else CultureTally.team_id == segment)
            for key, value in clean.items():
                s.execute(
                    update(CultureTally)
                    .where(CultureTally.round_id == round_id, in_segment,
                           CultureTally.statement_key == key, CultureTally.answer == value)
                    .values(count=CultureTally.count + 1)
                )
            # Deliberately no audit entry: its timestamp would say when this person answered.
    except IntegrityError as exc:  # a second answer racing the first
        raise Conflict("already_answered", id=round_id) from exc
    return Changes.of(Area.CULTURE, ids=(round_id,))


# --- results ---------------------------------------------------------------------------------

def _tallies(s: Session, round_id: int) -> dict[int | None, dict[tuple[str, int], int]]:
    """Counts per segment (team or None) and (statement, answer)."""
    by_segment: dict[int | None, dict[tuple[str, int], int]] = {}
    rows = s.execute(
        select(CultureTally.team_id, CultureTally.statement_key, CultureTally.answer,
               func.sum(CultureTally.count))
        .where(CultureTally.round_id == round_id)
        .group_by(CultureTally.team_id, CultureTally.statement_key, CultureTally.answer)
    )
    for team_id, key, value, count in rows:
        cell = by_segment.setdefault(team_id, {})
        cell[(key, value)] = cell.get((key, value), 0) + int(count or 0)
    return by_segment


def _segment_respondents(cells: dict[tuple[str, int], int]) -> int:
    # Everyone answers every statement (0 = don't know), so any one statement counts them.
    first = statement_keys()[0]
    return sum(n for (key, _a), n in cells.items() if key == first)


def _merge(parts: list[dict[tuple[str, int], int]]) -> dict[tuple[str, int], int]:
    merged: dict[tuple[str, int], int] = {}
    for part in parts:
        for cell, n in part.items():
            merged[cell] = merged.get(cell, 0) + n
    return merged


def _scores(cells: dict[tuple[str, int], int]) -> tuple[CharacteristicResult, ...]:
    out = []
    for c in characteristics("nl"):
        total = answered = dont_know = 0
        for st in c.statements:
            for value in ANSWERS:
                n = cells.get((st.key, value), 0)
                if value == DONT_KNOW:
                    dont_know += n
                else:
                    answered += n
                    total += n * value
        out.append(CharacteristicResult(c.key, total / answered if answered else None,
                                        answered, dont_know))
    return tuple(out)


def _round_cells(s: Session, r: CultureRound, team_id: int | None
                 ) -> tuple[int, dict[tuple[str, int], int]]:
    """Respondents and counts to show, or ``too_few_respondents`` where that could identify."""
    if not _finished(r):
        raise Conflict("culture_round_still_open", id=r.id)
    segments = _tallies(s, r.id)
    sizes = {seg: _segment_respondents(cells) for seg, cells in segments.items()}
    if team_id is None:
        cells = _merge(list(segments.values()))
        respondents = sum(sizes.values())
    else:
        if team_id not in _round_team_ids(s, r.id):
            raise Invalid("culture_team_not_in_round", id=r.id, team=team_id)
        # A team result is shown only if every segment with anyone in it is large enough;
        # otherwise "whole minus this team" (or minus several) could isolate a small group.
        if any(0 < n < MIN_RESPONDENTS for n in sizes.values()):
            raise Conflict("too_few_respondents", minimum=MIN_RESPONDENTS)
        cells = segments.get(team_id, {})
        respondents = sizes.get(team_id, 0)
    if respondents < MIN_RESPONDENTS:
        raise Conflict("too_few_respondents", minimum=MIN_RESPONDENTS)
    return respondents, cells


def _actions(s: Session, round_id: int, key: str) -> tuple[CultureActionRow, ...]:
    rows = s.scalars(select(CultureAction)
                     .where(CultureAction.round_id == round_id, CultureAction.key == key)
                     .order_by(CultureAction.id))
    return tuple(CultureActionRow(a.id, a.round_id, a.key, a.title, a.owner_id, a.due, a.status)
                 for a in rows)


def _focus(s: Session, round_id: int) -> tuple[str, ...]:
    order = characteristic_keys()
    keys = s.scalars(select(CultureFocus.key).where(CultureFocus.round_id == round_id))
    return tuple(sorted(keys, key=lambda k: order.index(k) if k in order else len(order)))


def _previous_focus(s: Session, r: CultureRound) -> tuple[FocusFollowUp, ...]:
    previous_id = s.scalar(
        select(func.max(CultureFocus.round_id)).where(CultureFocus.round_id < r.id)
    )
    if previous_id is None:
        return ()
    previous = _round(s, previous_id)
    try:
        _n, cells = _round_cells(s, previous, None)
        means = {c.key: c.mean for c in _scores(cells)}
    except (Conflict, Invalid):
        means = {}
    return tuple(FocusFollowUp(key, previous_id, means.get(key), _actions(s, previous_id, key))
                 for key in _focus(s, previous_id))


def results(db: Database, actor: Actor, round_id: int, team_id: int | None = None) -> Results:
    require(actor, Operation.VIEW_CULTURE_RESULTS)
    with db.read() as s:
        r = _round(s, round_id)
        respondents, cells = _round_cells(s, r, team_id)
        focus = _focus(s, round_id)
        return Results(round_id, team_id, respondents, _scores(cells), focus,
                       _previous_focus(s, r), {key: _actions(s, round_id, key) for key in focus})


def trend(db: Database, actor: Actor) -> list[TrendPoint]:
    """Means per characteristic for the whole of each closed round with enough respondents."""
    require(actor, Operation.VIEW_CULTURE_RESULTS)
    points = []
    with db.read() as s:
        for r in s.scalars(select(CultureRound).where(_finished_clause())
                           .order_by(CultureRound.closes_on, CultureRound.id)):
            try:
                respondents, cells = _round_cells(s, r, None)
            except Conflict:
                continue
            points.append(TrendPoint(r.id, r.closes_on, respondents,
                                     {c.key: c.mean for c in _scores(cells)}))
    return points


def latest_result(s: Session, until: date) -> Results | None:
    """The whole-organisation result of the latest closed round closing on or before
    ``until`` with enough respondents (for the dashboard); None when there is none."""
    for r in s.scalars(select(CultureRound)
                       .where(_finished_clause(), CultureRound.closes_on <= until)
                       .order_by(CultureRound.closes_on.desc(), CultureRound.id.desc())):
        try:
            respondents, cells = _round_cells(s, r, None)
        except Conflict:
            continue
        return Results(r.id, None, respondents, _scores(cells), _focus(s, r.id), ())
    return None


def privacy_statement(language: str) -> str:
    """What is kept of an answer and what is not, in plain words, shown where people answer."""
    folder = resources_dir() / "content" / "culture"
    path = folder / f"privacy.{language}.txt"
    if not path.exists():
        path = folder / "privacy.nl.txt"
    return path.read_text(encoding="utf-8").strip()


# --- focus and actions -----------------------------------------------------------------------

def choose_focus(db: Database, actor: Actor, round_id: int, keys: list[str]) -> Changes:
    """One or two characteristics to work on after the round's results (replaces earlier)."""
    require(actor, Operation.MANAGE_CULTURE)
    chosen = list(dict.fromkeys(keys))
    if not 1 <= len(chosen) <= MAX_FOCUS:
        raise Invalid("culture_focus_count", maximum=MAX_FOCUS)
    for key in chosen:
        if key not in characteristic_keys():
            raise Invalid("culture_characteristic_unknown", key=key)
    with db.transaction() as s:
        r = _round(s, round_id)
        if not _finished(r):
            raise Conflict("culture_round_still_open", id=round_id)
        for old in s.scalars(select(CultureFocus).where(CultureFocus.round_id == round_id)):
            s.delete(old)
        s.flush()
        s.add_all(CultureFocus(round_id=round_id, key=key) for key in chosen)
        audit.record(s, actor, "culture_focus_chosen", None, round=round_id, keys=chosen)
    return Changes.of(Area.CULTURE, ids=(round_id,))


def add_culture_action(
    db: Database, actor: Actor, round_id: int, key: str, title: str,
    owner_id: int | None = None, due: date | None = None,
) -> Changes:
    require(actor, Operation.MANAGE_CULTURE)
    clean = clean_text(title, "title", max_length=300, required=True)
    with db.transaction() as s:
        _round(s, round_id)
        if key not in _focus(s, round_id):
            raise Invalid("culture_action_not_focus", key=key)
        if owner_id is not None and s.get(Person, owner_id) is None:
            raise NotFound("person_not_found", id=owner_id)
        action = CultureAction(round_id=round_id, key=key, title=clean, owner_id=owner_id,
                               due=due, status="open")
        s.add(action)
        s.flush()
        new_id = action.id
    return Changes.of(Area.CULTURE, ids=(new_id,), value=new_id)


def set_culture_action_status(db: Database, actor: Actor, action_id: int, status: str
                              ) -> Changes:
    require(actor, Operation.MANAGE_CULTURE)
    if status not in ACTION_STATUSES:
        raise Invalid("culture_action_status_unknown", status=status)
    with db.transaction() as s:
        action = s.get(CultureAction, action_id)
        if action is None:
            raise NotFound("culture_action_not_found", id=action_id)
        action.status = status
    return Changes.of(Area.CULTURE, ids=(action_id,))
