"""The learning culture scan: rounds, anonymous results, focus and actions, the follow-up.

How an answer is stored and when a round ends is ``culture_answers``; this module reads.
Results exist only for a closed round (so nobody compares before and after a colleague
answered) with at least the round's threshold of respondents, and a team's result only with
at least ``TEAM_THRESHOLD`` in that team and only when, together with every other result
shown, it cannot expose a smaller group (see ``visible_teams``). Every result anywhere (the
screens, the admin commands, the dashboard, the annual report) comes from ``_round_cells``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.access import Actor, Operation, require
from app.changes import Area, Changes
from app.culture_content import (
    Characteristic,
    Statement,
    characteristic_keys,
    characteristics,
    followup_question,
    privacy_text,
    statement_keys,
)
from app.db import Database
from app.services import audit
from app.services.culture_answers import (
    FOLLOW_UP_DAYS,
    ZONE,
    _keys,
    _last_day,
    _local_day,
    _participants,
    _round,
    _round_team_ids,
    _segment_for,
    answer,
    answer_followup,
    close_due,
    close_round,
    closing_moment,
    database_now,
)
from app.services.organisation import CULTURE_THRESHOLD_DEFAULT, CULTURE_THRESHOLD_MIN
from app.validation import clean_text
from models import (
    CultureAction,
    CultureFocus,
    CultureParticipation,
    CultureRound,
    CultureTally,
    Organisation,
    Person,
    Team,
    culture_round_team,
)
from models.culture import (
    ANSWERS,
    DONT_KNOW,
    FOLLOW_UP,
    FOLLOW_UP_KEY,
    SCAN,
    pack_counts,
    unpack_counts,
    unpack_people,
)
from models.errors import Conflict, Forbidden, Invalid, NotFound

# What other modules use from here, though it lives in culture_content or culture_answers.
__all__ = [
    "ANSWERS", "FOLLOW_UP_DAYS", "ZONE", "Characteristic", "Statement", "answer",
    "answer_followup", "characteristic_keys", "characteristics", "close_due", "close_round",
    "closing_moment", "database_now", "followup_question", "statement_keys",
]

# The organisation's threshold: 5 by default (the norm of Dutch survey tools), never below 3.
DEFAULT_THRESHOLD = CULTURE_THRESHOLD_DEFAULT
MIN_THRESHOLD = CULTURE_THRESHOLD_MIN
# A team's result needs at least this many in the team, whatever the organisation chose.
TEAM_THRESHOLD = 5
MAX_FOCUS = 2
ACTION_STATUSES = ("open", "done", "dropped")


def privacy_statement(language: str, threshold: int = DEFAULT_THRESHOLD) -> str:
    """What is kept of an answer and what remains, in plain words, shown where people answer."""
    return privacy_text(language).replace("{threshold}", str(threshold)).replace(
        "{team_threshold}", str(max(threshold, TEAM_THRESHOLD)))


# --- plain results ---------------------------------------------------------------------------

@dataclass(frozen=True)
class RoundRow:
    id: int
    opened_at: datetime
    closes_on: date
    closed_at: datetime | None
    team_ids: tuple[int, ...]
    respondents: int  # everyone in the organisation who took part (never per team)
    finished: bool = False  # closed by hand, or past its closing moment
    threshold: int = DEFAULT_THRESHOLD  # for a result of the whole round
    team_threshold: int = TEAM_THRESHOLD  # for a team's result

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
    owner_name: str = ""


@dataclass(frozen=True)
class FollowUpOutcome:
    """Whether the actions after a round helped, asked a month later (one question)."""

    state: str  # none | planned | open | too_few | shown
    opens_on: date | None = None
    closes_on: date | None = None
    respondents: int = 0  # when shown: answers counted; while open: people so far
    mean: float | None = None  # of the 1-5 answers
    dont_know: int = 0
    minimum: int = DEFAULT_THRESHOLD

    def to_data(self) -> dict[str, object]:
        shown = self.state == "shown"
        return {"state": self.state,
                "opens": self.opens_on.isoformat() if self.opens_on else None,
                "closes": self.closes_on.isoformat() if self.closes_on else None,
                "respondents": self.respondents if shown else None,
                "mean": None if self.mean is None or not shown else round(self.mean, 2),
                "dont_know": self.dont_know if shown else None}


@dataclass(frozen=True)
class FocusFollowUp:
    """A focus of the previous round, looked at again: its mean then and now, its actions."""

    key: str
    previous_round_id: int
    previous_mean: float | None
    actions: tuple[CultureActionRow, ...]
    mean: float | None = None  # in this round

    @property
    def change(self) -> float | None:
        if self.mean is None or self.previous_mean is None:
            return None
        return self.mean - self.previous_mean


def _action_data(a: CultureActionRow) -> dict[str, object]:
    return {"id": a.id, "title": a.title, "status": a.status,
            "due": a.due.isoformat() if a.due else None, "owner": a.owner_name or None}


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
    # Whether this round's actions helped, and the previous round's answer to that.
    followup: FollowUpOutcome = FollowUpOutcome("none")
    previous_followup: FollowUpOutcome = FollowUpOutcome("none")

    def to_data(self) -> dict[str, object]:
        def mean(value: float | None) -> float | None:
            return None if value is None else round(value, 2)

        return {
            "round": self.round_id,
            "team": self.team_id,
            "respondents": self.respondents,
            "characteristics": [
                {"key": c.key, "mean": mean(c.mean), "answers": c.answers,
                 "dont_know": c.dont_know}
                for c in self.characteristics
            ],
            "focus": list(self.focus),
            "previous_focus": [
                {"key": f.key, "round": f.previous_round_id, "mean": mean(f.previous_mean),
                 "now": mean(f.mean), "change": mean(f.change),
                 "actions": [_action_data(a) for a in f.actions]}
                for f in self.previous_focus
            ],
            "actions": {key: [_action_data(a) for a in rows]
                        for key, rows in self.actions.items()},
            "followup": self.followup.to_data(),
            "previous_followup": self.previous_followup.to_data(),
        }


@dataclass(frozen=True)
class TrendPoint:
    round_id: int
    closes_on: date
    respondents: int
    means: dict[str, float | None]


@dataclass(frozen=True)
class FollowUpQuestion:
    """A follow-up waiting for this person's one answer."""

    round_id: int
    closes_on: date  # the last day to answer
    actions: tuple[CultureActionRow, ...]


# --- thresholds ------------------------------------------------------------------------------

def organisation_threshold(s: Session) -> int:
    return s.scalar(select(Organisation.culture_threshold).limit(1)) or DEFAULT_THRESHOLD


def _thresholds(org: int, r: CultureRound) -> tuple[int, int]:
    """(whole round, one team): a raise applies at once, a lowering only to later rounds."""
    whole = max(org, r.threshold)
    return whole, max(whole, TEAM_THRESHOLD)


def visible_teams(sizes: dict[int | None, int], selectable: set[int], team_min: int
                  ) -> set[int]:
    """The teams whose result may show, with ``sizes`` the respondents per segment.

    A team shows only with ``team_min`` or more. Those that do not (and any segment that
    cannot be chosen, such as a removed team) are hidden; when the hidden ones together
    hold fewer than ``team_min`` (but some), "the whole minus the shown teams" would expose
    them, so the smallest shown team is hidden too, until the hidden ones are at least
    ``team_min`` together. Every group anyone can compute by adding and subtracting the
    shown results then holds zero or at least ``team_min`` people.
    """
    shown = {t for t in selectable if sizes.get(t, 0) >= team_min}
    hidden = sum(n for seg, n in sizes.items() if seg not in shown)
    while shown and 0 < hidden < team_min:
        smallest = min(shown, key=lambda t: (sizes.get(t, 0), t))
        shown.remove(smallest)
        hidden += sizes.get(smallest, 0)
    return shown


# --- rounds ----------------------------------------------------------------------------------

def _finished(r: CultureRound, now: datetime) -> bool:
    return r.closed_at is not None or now >= r.closes_at


def _row(s: Session, r: CultureRound, now: datetime, org: int) -> RoundRow:
    whole, team = _thresholds(org, r)
    return RoundRow(r.id, r.opened_at, r.closes_on, r.closed_at, _round_team_ids(s, r.id),
                    len(_participants(s, r.id)), _finished(r, now), whole, team)


def _all_rows(s: Session, rounds: list[CultureRound], now: datetime, org: int
              ) -> list[RoundRow]:
    """``_row`` for many rounds with three queries in all, not two per round (over a network
    each query costs a round trip)."""
    ids = [r.id for r in rounds]
    teams: dict[int, list[int]] = {}
    for round_id, team_id in s.execute(
            select(culture_round_team.c.round_id, culture_round_team.c.team_id)
            .where(culture_round_team.c.round_id.in_(ids))
            .order_by(culture_round_team.c.round_id, culture_round_team.c.team_id)):
        teams.setdefault(round_id, []).append(team_id)
    counts = {round_id: len(unpack_people(bytes(people))) for round_id, people in s.execute(
        select(CultureParticipation.round_id, CultureParticipation.people)
        .where(CultureParticipation.round_id.in_(ids), CultureParticipation.part == SCAN))}
    rows = []
    for r in rounds:
        whole, team = _thresholds(org, r)
        rows.append(RoundRow(r.id, r.opened_at, r.closes_on, r.closed_at,
                             tuple(teams.get(r.id, ())), counts.get(r.id, 0),
                             _finished(r, now), whole, team))
    return rows


def open_round(db: Database, actor: Actor, closes_on: date, team_ids: list[int] | None = None
               ) -> Changes:
    """Open a round for everyone, or for some teams; every block exists, at zero, from now."""
    require(actor, Operation.MANAGE_CULTURE)
    teams = sorted(set(team_ids or ()))
    with db.transaction() as s:
        if closes_on < _local_day(database_now(s)):
            raise Invalid("culture_closes_in_past", field="closes_on")
        for team_id in teams:
            if s.get(Team, team_id) is None:
                raise NotFound("culture_team_unknown", id=team_id)
        keys = statement_keys()
        r = CultureRound(closes_on=closes_on, closes_at=closing_moment(closes_on),
                         threshold=organisation_threshold(s), layout=",".join(keys))
        s.add(r)
        s.flush()
        for team_id in teams:
            s.execute(culture_round_team.insert().values(round_id=r.id, team_id=team_id))
        segments: list[int | None] = list(teams) or [None]
        s.add_all(CultureTally(round_id=r.id, part=SCAN, team_id=seg, counts=pack_counts(keys, {}))
                  for seg in segments)
        s.add(CultureTally(round_id=r.id, part=FOLLOW_UP, team_id=None,
                           counts=pack_counts((FOLLOW_UP_KEY,), {})))
        s.add_all(CultureParticipation(round_id=r.id, part=part, people=b"")
                  for part in (SCAN, FOLLOW_UP))
        audit.record(s, actor, "culture_round_opened", None, round=r.id, teams=teams)
        new_id = r.id
    return Changes.of(Area.CULTURE, ids=(new_id,), value=new_id)


def rounds(db: Database, actor: Actor) -> list[RoundRow]:
    require(actor, Operation.VIEW_CULTURE_RESULTS)
    close_due(db)
    with db.read() as s:
        now, org = database_now(s), organisation_threshold(s)
        return _all_rows(s, list(s.scalars(select(CultureRound).order_by(CultureRound.id))),
                         now, org)


def current_threshold(db: Database) -> int:
    """The organisation's threshold, which rounds opened from now on are held to."""
    with db.read() as s:
        return organisation_threshold(s)


def my_open_rounds(db: Database, actor: Actor) -> list[RoundRow]:
    """Rounds this person may still answer."""
    if actor.person_id is None:
        return []
    close_due(db)
    result = []
    with db.read() as s:
        now, org = database_now(s), organisation_threshold(s)
        for r in s.scalars(select(CultureRound).where(CultureRound.closed_at.is_(None),
                                                     CultureRound.closes_at > now)
                           .order_by(CultureRound.id)):
            if actor.person_id in _participants(s, r.id):
                continue
            try:
                _segment_for(s, actor, r)
            except Forbidden:
                continue
            result.append(_row(s, r, now, org))
    return result


def my_followups(db: Database, actor: Actor) -> list[FollowUpQuestion]:
    """Follow-up questions open for this person now (a month after a round with actions)."""
    if actor.person_id is None:
        return []
    close_due(db)
    result = []
    with db.read() as s:
        now = database_now(s)
        names = _names(s)
        for r in s.scalars(select(CultureRound).where(
                CultureRound.followup_closed_at.is_(None),
                CultureRound.followup_opens_at <= now, CultureRound.followup_closes_at > now)
                .order_by(CultureRound.id)):
            actions = _all_actions(s, r.id, names)
            if not actions or actor.person_id in _participants(s, r.id, FOLLOW_UP):
                continue
            try:
                _segment_for(s, actor, r)
            except Forbidden:
                continue
            last = _last_day(r.followup_closes_at)
            assert last is not None
            result.append(FollowUpQuestion(r.id, last, actions))
    return result


# --- results ---------------------------------------------------------------------------------

def _segments(s: Session, r: CultureRound, part: str = SCAN
              ) -> dict[int | None, dict[tuple[str, int], int]]:
    """Counts per segment (team, or None) and (statement, answer)."""
    keys = _keys(r, part)
    out: dict[int | None, dict[tuple[str, int], int]] = {}
    for team_id, block in s.execute(select(CultureTally.team_id, CultureTally.counts)
                                    .where(CultureTally.round_id == r.id,
                                           CultureTally.part == part)):
        cells = out.setdefault(team_id, {})
        for cell, n in unpack_counts(keys, bytes(block)).items():
            cells[cell] = cells.get(cell, 0) + n
    return out


def _all_segments(s: Session, rounds: list[CultureRound], part: str = SCAN
                  ) -> dict[int, dict[int | None, dict[tuple[str, int], int]]]:
    """``_segments`` of many rounds in one query."""
    by_id = {r.id: r for r in rounds}
    out: dict[int, dict[int | None, dict[tuple[str, int], int]]] = {r.id: {} for r in rounds}
    for round_id, team_id, block in s.execute(
            select(CultureTally.round_id, CultureTally.team_id, CultureTally.counts)
            .where(CultureTally.round_id.in_(list(by_id)), CultureTally.part == part)):
        cells = out[round_id].setdefault(team_id, {})
        for cell, n in unpack_counts(_keys(by_id[round_id], part), bytes(block)).items():
            cells[cell] = cells.get(cell, 0) + n
    return out


def _respondents_in(cells: dict[tuple[str, int], int], key: str) -> int:
    # Everyone answers every statement (0 = don't know), so any one statement counts them.
    return sum(n for (k, _a), n in cells.items() if k == key)


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


def _round_cells(s: Session, r: CultureRound, team_id: int | None, *, org: int | None = None,
                 segments: dict[int | None, dict[tuple[str, int], int]] | None = None,
                 ) -> tuple[int, dict[tuple[str, int], int]]:
    """Respondents and counts to show, or why not: every result anywhere comes from here.
    ``org`` (the threshold) and ``segments`` may be given when read for many rounds at once."""
    if r.closed_at is None:
        raise Conflict("culture_round_still_open", id=r.id)
    whole_min, team_min = _thresholds(organisation_threshold(s) if org is None else org, r)
    if segments is None:
        segments = _segments(s, r)
    sizes = {seg: _respondents_in(cells, r.keys[0]) for seg, cells in segments.items()}
    if team_id is not None and team_id not in _round_team_ids(s, r.id):
        raise Invalid("culture_team_not_in_round", id=r.id, team=team_id)
    if sum(sizes.values()) < whole_min:
        raise Conflict("too_few_respondents", minimum=whole_min)
    if team_id is None:
        return sum(sizes.values()), _merge(list(segments.values()))
    if sizes.get(team_id, 0) < team_min:
        raise Conflict("too_few_respondents", minimum=team_min)
    if team_id not in visible_teams(sizes, set(_round_team_ids(s, r.id)), team_min):
        raise Conflict("culture_team_would_expose", minimum=team_min)
    return sizes[team_id], segments.get(team_id, {})


def _names(s: Session) -> dict[int, str]:
    return {pid: name for pid, name in s.execute(select(Person.id, Person.name))}


def _action_row(a: CultureAction, names: dict[int, str]) -> CultureActionRow:
    return CultureActionRow(a.id, a.round_id, a.key, a.title, a.owner_id, a.due, a.status,
                            names.get(a.owner_id, "") if a.owner_id else "")


def _all_actions(s: Session, round_id: int, names: dict[int, str]
                 ) -> tuple[CultureActionRow, ...]:
    rows = s.scalars(select(CultureAction).where(CultureAction.round_id == round_id)
                     .order_by(CultureAction.id))
    return tuple(_action_row(a, names) for a in rows)


def _focus(s: Session, round_id: int) -> tuple[str, ...]:
    order = characteristic_keys()
    keys = s.scalars(select(CultureFocus.key).where(CultureFocus.round_id == round_id))
    return tuple(sorted(keys, key=lambda k: order.index(k) if k in order else len(order)))


def _followup(s: Session, r: CultureRound, now: datetime) -> FollowUpOutcome:
    whole_min, _team = _thresholds(organisation_threshold(s), r)
    has_actions = bool(s.scalar(select(func.count()).select_from(CultureAction)
                                .where(CultureAction.round_id == r.id)))
    opens = _local_day(r.followup_opens_at) if r.followup_opens_at else None
    closes = _last_day(r.followup_closes_at)
    if opens is None or not has_actions:
        return FollowUpOutcome("none", minimum=whole_min)
    if r.followup_closed_at is None:
        assert r.followup_opens_at is not None
        if now < r.followup_opens_at:
            return FollowUpOutcome("planned", opens, closes, minimum=whole_min)
        return FollowUpOutcome("open", opens, closes, len(_participants(s, r.id, FOLLOW_UP)),
                               minimum=whole_min)
    cells = _merge(list(_segments(s, r, FOLLOW_UP).values()))
    counted = _respondents_in(cells, FOLLOW_UP_KEY)
    if counted < whole_min:
        return FollowUpOutcome("too_few", opens, closes, minimum=whole_min)
    dont_know = cells.get((FOLLOW_UP_KEY, DONT_KNOW), 0)
    given = counted - dont_know
    total = sum(a * cells.get((FOLLOW_UP_KEY, a), 0) for a in ANSWERS)
    return FollowUpOutcome("shown", opens, closes, counted, total / given if given else None,
                           dont_know, whole_min)


def _previous(s: Session, r: CultureRound, means: dict[str, float | None], now: datetime,
              names: dict[int, str]) -> tuple[tuple[FocusFollowUp, ...], FollowUpOutcome]:
    previous_id = s.scalar(
        select(func.max(CultureFocus.round_id)).where(CultureFocus.round_id < r.id)
    )
    if previous_id is None:
        return (), FollowUpOutcome("none")
    previous = _round(s, previous_id)
    try:
        _n, cells = _round_cells(s, previous, None)
        then = {c.key: c.mean for c in _scores(cells)}
    except (Conflict, Invalid):
        then = {}
    actions = _all_actions(s, previous_id, names)
    focus = tuple(FocusFollowUp(key, previous_id, then.get(key),
                                tuple(a for a in actions if a.key == key), means.get(key))
                  for key in _focus(s, previous_id))
    return focus, _followup(s, previous, now)


def results(db: Database, actor: Actor, round_id: int, team_id: int | None = None) -> Results:
    require(actor, Operation.VIEW_CULTURE_RESULTS)
    close_due(db)
    with db.read() as s:
        r = _round(s, round_id)
        respondents, cells = _round_cells(s, r, team_id)
        scores = _scores(cells)
        focus = _focus(s, round_id)
        now, names = database_now(s), _names(s)
        actions = _all_actions(s, round_id, names)
        previous, previous_followup = _previous(s, r, {c.key: c.mean for c in scores}, now,
                                                names)
        return Results(round_id, team_id, respondents, scores, focus, previous,
                       {key: tuple(a for a in actions if a.key == key) for key in focus},
                       _followup(s, r, now), previous_followup)


def trend(db: Database, actor: Actor) -> list[TrendPoint]:
    """Means per characteristic for the whole of each closed round with enough respondents."""
    require(actor, Operation.VIEW_CULTURE_RESULTS)
    close_due(db)
    points = []
    with db.read() as s:
        org = organisation_threshold(s)
        closed = list(s.scalars(select(CultureRound).where(CultureRound.closed_at.is_not(None))
                                .order_by(CultureRound.closes_on, CultureRound.id)))
        segments = _all_segments(s, closed)
        for r in closed:
            try:
                respondents, cells = _round_cells(s, r, None, org=org, segments=segments[r.id])
            except Conflict:
                continue
            points.append(TrendPoint(r.id, r.closes_on, respondents,
                                     {c.key: c.mean for c in _scores(cells)}))
    return points


def latest_result(s: Session, until: date) -> Results | None:
    """The whole-organisation result of the latest closed round closing on or before
    ``until`` with enough respondents (for the dashboard); None when there is none. The
    caller runs ``close_due`` first."""
    for r in s.scalars(select(CultureRound)
                       .where(CultureRound.closed_at.is_not(None), CultureRound.closes_on <= until)
                       .order_by(CultureRound.closes_on.desc(), CultureRound.id.desc())):
        try:
            respondents, cells = _round_cells(s, r, None)
        except Conflict:
            continue
        return Results(r.id, None, respondents, _scores(cells), _focus(s, r.id), ())
    return None


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
    close_due(db)
    with db.transaction() as s:
        r = _round(s, round_id)
        if r.closed_at is None:
            raise Conflict("culture_round_still_open", id=round_id)
        for old in s.scalars(select(CultureFocus).where(CultureFocus.round_id == round_id)):
            s.delete(old)
        s.flush()
        s.add_all(CultureFocus(round_id=round_id, key=key) for key in chosen)
        audit.record(s, actor, "culture_focus_chosen", None, round=round_id, keys=chosen)
    return Changes.of(Area.CULTURE, ids=(round_id,))


def add_culture_action(
    db: Database, actor: Actor, round_id: int, key: str, title: str,
    owner_id: int | None, due: date | None,
) -> Changes:
    """An action for a focus characteristic: what, who sees to it, and by when."""
    require(actor, Operation.MANAGE_CULTURE)
    clean = clean_text(title, "title", max_length=300, required=True)
    if owner_id is None:
        raise Invalid("culture_action_owner_required", field="owner")
    if due is None:
        raise Invalid("culture_action_due_required", field="due")
    with db.transaction() as s:
        _round(s, round_id)
        if key not in _focus(s, round_id):
            raise Invalid("culture_action_not_focus", key=key)
        owner = s.get(Person, owner_id)
        if owner is None or owner.archived_at is not None:
            raise NotFound("person_not_found", id=owner_id)
        if due < _local_day(database_now(s)):
            raise Invalid("culture_action_due_in_past", field="due")
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
