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
from datetime import UTC, date, datetime
from functools import cached_property

from sqlalchemy import and_, func, or_, select
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
from app.personal_copy.outbox import online_only
from app.services import audit
from app.services.culture_answers import (
    FOLLOW_UP_DAYS,
    ZONE,
    _keys,
    _last_day,
    _local_day,
    _round,
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
    person_team,
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
from models.errors import Conflict, DomainError, Forbidden, Invalid, NotFound

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


class _Reads:
    """What the culture screens read, each kind in one query for every round at once and
    once per session (two rounds a year make few rows): over a network each query costs a
    round trip, and one screen shows the rounds, those I may answer, the trend and a result.

    Counts are read only of what is closed (a round's scan, a follow-up), as before: results
    come only from counts that can no longer change."""

    def __init__(self, s: Session, actor: Actor | None = None, *,
                 on_copy: bool = False) -> None:
        self.s = s
        self.actor = actor
        # On a personal copy: the parts its person answered from it (the organisation's
        # participation never comes to a laptop).
        self._on_copy = on_copy

    @cached_property
    def answered_here(self) -> frozenset[tuple[int, str]]:
        if not self._on_copy:
            return frozenset()
        from app.personal_copy.identity import copy_answered

        return frozenset((r, p) for r, p in self.s.execute(
            select(copy_answered.c.round_id, copy_answered.c.part)))

    @cached_property
    def _clock(self) -> tuple[datetime, int]:
        threshold = select(Organisation.culture_threshold).limit(1).scalar_subquery()
        if self.s.get_bind().dialect.name == "postgresql":
            # database_now and organisation_threshold in one query.
            moment, org = self.s.execute(select(func.clock_timestamp(), threshold)).one()
            return moment.astimezone(UTC), org or DEFAULT_THRESHOLD
        return database_now(self.s), organisation_threshold(self.s)

    @property
    def now(self) -> datetime:
        return self._clock[0]

    @property
    def threshold(self) -> int:
        return self._clock[1]

    @cached_property
    def rounds(self) -> list[CultureRound]:
        return list(self.s.scalars(select(CultureRound).order_by(CultureRound.id)))

    @cached_property
    def _by_id(self) -> dict[int, CultureRound]:
        return {r.id: r for r in self.rounds}

    def round(self, round_id: int) -> CultureRound:
        found = self._by_id.get(round_id)
        if found is None:
            raise NotFound("culture_round_not_found", id=round_id)
        return found

    @cached_property
    def _team_ids(self) -> dict[int, tuple[int, ...]]:
        teams: dict[int, list[int]] = {}
        for round_id, team_id in self.s.execute(
                select(culture_round_team.c.round_id, culture_round_team.c.team_id)
                .order_by(culture_round_team.c.round_id, culture_round_team.c.team_id)):
            teams.setdefault(round_id, []).append(team_id)
        return {round_id: tuple(ids) for round_id, ids in teams.items()}

    def team_ids(self, r: CultureRound) -> tuple[int, ...]:
        return self._team_ids.get(r.id, ())

    @cached_property
    def _participants(self) -> dict[tuple[int, str], tuple[int, ...]]:
        return {(round_id, part): unpack_people(bytes(people))
                for round_id, part, people in self.s.execute(
                    select(CultureParticipation.round_id, CultureParticipation.part,
                           CultureParticipation.people))}

    def participants(self, r: CultureRound, part: str = SCAN) -> tuple[int, ...]:
        return self._participants.get((r.id, part), ())

    @cached_property
    def _tallies(self) -> dict[tuple[int, str], dict[int | None, dict[tuple[str, int], int]]]:
        closed = or_(and_(CultureTally.part == SCAN, CultureRound.closed_at.is_not(None)),
                     and_(CultureTally.part == FOLLOW_UP,
                          CultureRound.followup_closed_at.is_not(None)))
        out: dict[tuple[int, str], dict[int | None, dict[tuple[str, int], int]]] = {}
        for round_id, part, team_id, block in self.s.execute(
                select(CultureTally.round_id, CultureTally.part, CultureTally.team_id,
                       CultureTally.counts)
                .join(CultureRound, CultureRound.id == CultureTally.round_id).where(closed)):
            r = self._by_id.get(round_id)
            if r is None:  # opened after the rounds were read
                continue
            cells = out.setdefault((round_id, part), {}).setdefault(team_id, {})
            for cell, n in unpack_counts(_keys(r, part), bytes(block)).items():
                cells[cell] = cells.get(cell, 0) + n
        return out

    def segments(self, r: CultureRound, part: str = SCAN
                 ) -> dict[int | None, dict[tuple[str, int], int]]:
        """Counts per segment (team, or None) and (statement, answer)."""
        return self._tallies.get((r.id, part), {})

    @cached_property
    def _focus(self) -> dict[int, tuple[str, ...]]:
        order = characteristic_keys()
        found: dict[int, list[str]] = {}
        for round_id, key in self.s.execute(select(CultureFocus.round_id, CultureFocus.key)):
            found.setdefault(round_id, []).append(key)
        return {round_id: tuple(sorted(keys, key=lambda k: order.index(k) if k in order
                                       else len(order)))
                for round_id, keys in found.items()}

    def focus(self, round_id: int) -> tuple[str, ...]:
        return self._focus.get(round_id, ())

    def previous_focus_round(self, round_id: int) -> int | None:
        """The latest round before this one with a focus chosen."""
        return max((rid for rid in self._focus if rid < round_id), default=None)

    @cached_property
    def _actions(self) -> dict[int, tuple[CultureActionRow, ...]]:
        rows: dict[int, list[CultureActionRow]] = {}
        for a, name in self.s.execute(
                select(CultureAction, Person.name)
                .outerjoin(Person, Person.id == CultureAction.owner_id)
                .order_by(CultureAction.id)):
            names = {a.owner_id: name or ""} if a.owner_id is not None else {}
            rows.setdefault(a.round_id, []).append(_action_row(a, names))
        return {round_id: tuple(found) for round_id, found in rows.items()}

    def actions(self, round_id: int) -> tuple[CultureActionRow, ...]:
        return self._actions.get(round_id, ())

    @cached_property
    def _me(self) -> tuple[bool, frozenset[int]]:
        """Whether the asker is a person here who has not left, and their teams."""
        assert self.actor is not None
        rows = self.s.execute(
            select(Person.archived_at, person_team.c.team_id)
            .outerjoin(person_team, person_team.c.person_id == Person.id)
            .where(Person.id == self.actor.person_id)).all()
        present = bool(rows) and rows[0][0] is None
        return present, frozenset(team for _archived, team in rows if team is not None)

    def my_segment(self, r: CultureRound) -> int | None:
        """``culture_answers._segment_for`` on what is read already."""
        scope = self.team_ids(r)
        present, teams = self._me
        if not present:
            raise Forbidden("culture_answer_needs_person")
        if not scope:
            return None
        mine = sorted(t for t in teams if t in scope)
        if not mine:
            raise Forbidden("culture_round_not_for_you", id=r.id)
        return mine[0]

    def may_answer(self, r: CultureRound, part: str) -> bool:
        assert self.actor is not None
        if self.actor.person_id in self.participants(r, part) or \
                (r.id, part) in self.answered_here:
            return False
        try:
            self.my_segment(r)
        except Forbidden:
            return False
        return True


def _round_rows(reads: _Reads, rounds: list[CultureRound]) -> list[RoundRow]:
    rows = []
    for r in rounds:
        whole, team = _thresholds(reads.threshold, r)
        rows.append(RoundRow(r.id, r.opened_at, r.closes_on, r.closed_at, reads.team_ids(r),
                             len(reads.participants(r)), _finished(r, reads.now), whole, team))
    return rows


@online_only()
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
        reads = _Reads(s)
        return _round_rows(reads, reads.rounds)


def current_threshold(db: Database) -> int:
    """The organisation's threshold, which rounds opened from now on are held to."""
    with db.read() as s:
        return organisation_threshold(s)


def _open_rounds(reads: _Reads) -> list[RoundRow]:
    now = reads.now
    return _round_rows(reads, [r for r in reads.rounds
                               if r.closed_at is None and r.closes_at > now
                               and reads.may_answer(r, SCAN)])


def my_open_rounds(db: Database, actor: Actor) -> list[RoundRow]:
    """Rounds this person may still answer."""
    if actor.person_id is None:
        return []
    close_due(db)
    with db.read() as s:
        return _open_rounds(_Reads(s, actor, on_copy=db.is_personal_copy))


def _followups(reads: _Reads) -> list[FollowUpQuestion]:
    now = reads.now
    result = []
    for r in reads.rounds:
        if r.followup_closed_at is not None or r.followup_opens_at is None \
                or r.followup_closes_at is None \
                or not r.followup_opens_at <= now < r.followup_closes_at:
            continue
        actions = reads.actions(r.id)
        if not actions or not reads.may_answer(r, FOLLOW_UP):
            continue
        last = _last_day(r.followup_closes_at)
        assert last is not None
        result.append(FollowUpQuestion(r.id, last, actions))
    return result


def my_followups(db: Database, actor: Actor) -> list[FollowUpQuestion]:
    """Follow-up questions open for this person now (a month after a round with actions)."""
    if actor.person_id is None:
        return []
    close_due(db)
    with db.read() as s:
        return _followups(_Reads(s, actor, on_copy=db.is_personal_copy))


@dataclass(frozen=True)
class Answerable:
    """What this person may answer now: scan rounds and follow-up questions."""

    rounds: list[RoundRow]
    followups: list[FollowUpQuestion]


def my_answerable(db: Database, actor: Actor, *, closed: bool = False) -> Answerable:
    """``my_open_rounds`` and ``my_followups`` read together (Mijn regie shows both).
    ``closed``: the caller ran ``close_due`` a moment ago (before its shared read)."""
    if actor.person_id is None:
        return Answerable([], [])
    if not closed:
        close_due(db)
    with db.read() as s:
        reads = _Reads(s, actor, on_copy=db.is_personal_copy)
        return Answerable(_open_rounds(reads), _followups(reads))


# --- results ---------------------------------------------------------------------------------

def _segments(s: Session, r: CultureRound, part: str = SCAN
              ) -> dict[int | None, dict[tuple[str, int], int]]:
    """Counts per segment (team, or None) and (statement, answer) of one round, open or not
    (for checks of the counts themselves; results read them through ``_Reads``)."""
    keys = _keys(r, part)
    out: dict[int | None, dict[tuple[str, int], int]] = {}
    for team_id, block in s.execute(select(CultureTally.team_id, CultureTally.counts)
                                    .where(CultureTally.round_id == r.id,
                                           CultureTally.part == part)):
        cells = out.setdefault(team_id, {})
        for cell, n in unpack_counts(keys, bytes(block)).items():
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


def _round_cells(reads: _Reads, r: CultureRound, team_id: int | None
                 ) -> tuple[int, dict[tuple[str, int], int]]:
    """Respondents and counts to show, or why not: every result anywhere comes from here."""
    if r.closed_at is None:
        raise Conflict("culture_round_still_open", id=r.id)
    whole_min, team_min = _thresholds(reads.threshold, r)
    segments = reads.segments(r)
    sizes = {seg: _respondents_in(cells, r.keys[0]) for seg, cells in segments.items()}
    if team_id is not None and team_id not in reads.team_ids(r):
        raise Invalid("culture_team_not_in_round", id=r.id, team=team_id)
    if sum(sizes.values()) < whole_min:
        raise Conflict("too_few_respondents", minimum=whole_min)
    if team_id is None:
        return sum(sizes.values()), _merge(list(segments.values()))
    if sizes.get(team_id, 0) < team_min:
        raise Conflict("too_few_respondents", minimum=team_min)
    if team_id not in visible_teams(sizes, set(reads.team_ids(r)), team_min):
        raise Conflict("culture_team_would_expose", minimum=team_min)
    return sizes[team_id], segments.get(team_id, {})


def _action_row(a: CultureAction, names: dict[int, str]) -> CultureActionRow:
    return CultureActionRow(a.id, a.round_id, a.key, a.title, a.owner_id, a.due, a.status,
                            names.get(a.owner_id, "") if a.owner_id else "")


def _focus(s: Session, round_id: int) -> tuple[str, ...]:
    order = characteristic_keys()
    keys = s.scalars(select(CultureFocus.key).where(CultureFocus.round_id == round_id))
    return tuple(sorted(keys, key=lambda k: order.index(k) if k in order else len(order)))


def _followup(reads: _Reads, r: CultureRound) -> FollowUpOutcome:
    whole_min, _team = _thresholds(reads.threshold, r)
    has_actions = bool(reads.actions(r.id))
    opens = _local_day(r.followup_opens_at) if r.followup_opens_at else None
    closes = _last_day(r.followup_closes_at)
    if opens is None or not has_actions:
        return FollowUpOutcome("none", minimum=whole_min)
    if r.followup_closed_at is None:
        assert r.followup_opens_at is not None
        if reads.now < r.followup_opens_at:
            return FollowUpOutcome("planned", opens, closes, minimum=whole_min)
        return FollowUpOutcome("open", opens, closes, len(reads.participants(r, FOLLOW_UP)),
                               minimum=whole_min)
    cells = _merge(list(reads.segments(r, FOLLOW_UP).values()))
    counted = _respondents_in(cells, FOLLOW_UP_KEY)
    if counted < whole_min:
        return FollowUpOutcome("too_few", opens, closes, minimum=whole_min)
    dont_know = cells.get((FOLLOW_UP_KEY, DONT_KNOW), 0)
    given = counted - dont_know
    total = sum(a * cells.get((FOLLOW_UP_KEY, a), 0) for a in ANSWERS)
    return FollowUpOutcome("shown", opens, closes, counted, total / given if given else None,
                           dont_know, whole_min)


def _previous(reads: _Reads, r: CultureRound, means: dict[str, float | None]
              ) -> tuple[tuple[FocusFollowUp, ...], FollowUpOutcome]:
    previous_id = reads.previous_focus_round(r.id)
    if previous_id is None:
        return (), FollowUpOutcome("none")
    previous = reads.round(previous_id)
    try:
        _n, cells = _round_cells(reads, previous, None)
        then = {c.key: c.mean for c in _scores(cells)}
    except (Conflict, Invalid):
        then = {}
    actions = reads.actions(previous_id)
    focus = tuple(FocusFollowUp(key, previous_id, then.get(key),
                                tuple(a for a in actions if a.key == key), means.get(key))
                  for key in reads.focus(previous_id))
    return focus, _followup(reads, previous)


def _results(reads: _Reads, round_id: int, team_id: int | None) -> Results:
    r = reads.round(round_id)
    respondents, cells = _round_cells(reads, r, team_id)
    scores = _scores(cells)
    focus = reads.focus(round_id)
    actions = reads.actions(round_id)
    previous, previous_followup = _previous(reads, r, {c.key: c.mean for c in scores})
    return Results(round_id, team_id, respondents, scores, focus, previous,
                   {key: tuple(a for a in actions if a.key == key) for key in focus},
                   _followup(reads, r), previous_followup)


def results(db: Database, actor: Actor, round_id: int, team_id: int | None = None) -> Results:
    require(actor, Operation.VIEW_CULTURE_RESULTS)
    close_due(db)
    with db.read() as s:
        return _results(_Reads(s), round_id, team_id)


def _trend(reads: _Reads) -> list[TrendPoint]:
    points = []
    closed = sorted((r for r in reads.rounds if r.closed_at is not None),
                    key=lambda r: (r.closes_on, r.id))
    for r in closed:
        try:
            respondents, cells = _round_cells(reads, r, None)
        except Conflict:
            continue
        points.append(TrendPoint(r.id, r.closes_on, respondents,
                                 {c.key: c.mean for c in _scores(cells)}))
    return points


def trend(db: Database, actor: Actor) -> list[TrendPoint]:
    """Means per characteristic for the whole of each closed round with enough respondents."""
    require(actor, Operation.VIEW_CULTURE_RESULTS)
    close_due(db)
    with db.read() as s:
        return _trend(_Reads(s))


@dataclass(frozen=True)
class Overview:
    """What the culture screen shows on opening, read together."""

    rounds: list[RoundRow]
    mine: list[RoundRow]  # rounds I may still answer
    trend: list[TrendPoint]
    teams: dict[int, str]
    threshold: int  # the organisation's, for rounds opened from now on
    # The newest closed round (the one the screen shows first), and its result for the whole
    # organisation or why that is not shown; all None when no round is closed.
    newest_round_id: int | None = None
    newest_result: Results | None = None
    newest_refused: DomainError | None = None


def overview(db: Database, actor: Actor) -> Overview:
    """The rounds, those I may still answer, the trend, the team names, the threshold for new
    rounds and the newest closed round's result: what ``rounds``, ``my_open_rounds``,
    ``trend``, ``people.list_teams``, ``current_threshold`` and ``results`` return, in one
    session and a handful of queries instead of a few dozen."""
    require(actor, Operation.VIEW_CULTURE_RESULTS)
    require(actor, Operation.VIEW_PEOPLE)  # the team names, as people.list_teams
    close_due(db)
    with db.read() as s:
        reads = _Reads(s, actor, on_copy=db.is_personal_copy)
        rows = _round_rows(reads, reads.rounds)
        mine = _open_rounds(reads) if actor.person_id is not None else []
        teams = {team_id: name for team_id, name in s.execute(select(Team.id, Team.name))}
        closed = [r.id for r in rows if not r.is_open]
        newest_id = closed[-1] if closed else None
        newest: Results | None = None
        refused: DomainError | None = None
        if newest_id is not None:
            try:
                newest = _results(reads, newest_id, None)
            except DomainError as exc:
                refused = exc
        return Overview(rows, mine, _trend(reads), teams, reads.threshold, newest_id, newest,
                        refused)


def latest_result(s: Session, until: date) -> Results | None:
    """The whole-organisation result of the latest closed round closing on or before
    ``until`` with enough respondents (for the dashboard); None when there is none. The
    caller runs ``close_due`` first."""
    reads = _Reads(s)
    candidates = sorted((r for r in reads.rounds
                         if r.closed_at is not None and r.closes_on <= until),
                        key=lambda r: (r.closes_on, r.id), reverse=True)
    for r in candidates:
        try:
            respondents, cells = _round_cells(reads, r, None)
        except Conflict:
            continue
        return Results(r.id, None, respondents, _scores(cells), reads.focus(r.id), ())
    return None


# --- focus and actions -----------------------------------------------------------------------

@online_only()
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


@online_only()
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


@online_only()
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
