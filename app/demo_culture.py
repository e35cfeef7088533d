"""The demo organisation's learning culture scan: two finished rounds and one open now.

Answers are drawn from a fixed seed, with each characteristic's own tendency, straight into
the counts (as the scan itself stores them); the second round shows the first round's focus
improving, so the trend line has something to tell. A month after the second round its team
is being asked whether the actions helped, so *Mijn regie* shows that question; the first
round's answer to it shows beside its actions in the second round's results.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from app.services.culture import (
    DEFAULT_THRESHOLD,
    FOLLOW_UP_DAYS,
    ZONE,
    characteristics,
    closing_moment,
    statement_keys,
)
from models import (
    CultureAction,
    CultureFocus,
    CultureParticipation,
    CultureRound,
    CultureTally,
    Person,
    culture_round_team,
)
from models.culture import (
    DONT_KNOW,
    FOLLOW_UP,
    FOLLOW_UP_KEY,
    SCAN,
    pack_counts,
    pack_people,
)

# Average tendency per characteristic in the first round, and what changed by the second.
TENDENCY = {"openness": 3.6, "continuous_learning": 3.1, "mistakes": 2.6,
            "collaboration": 3.9, "leadership": 3.4, "innovation": 3.0, "feedback": 2.5,
            "talent": 3.3, "systematic": 2.8, "change": 3.2}
IMPROVED = {"mistakes": 0.7, "feedback": 0.8, "systematic": 0.3}


def _moment(day: date) -> datetime:
    return datetime.combine(day, time(17), UTC)


def _draw(rng: random.Random, mean: float) -> int:
    if rng.random() < 0.06:
        return DONT_KNOW
    return max(1, min(5, round(rng.gauss(mean, 0.8))))


def _round(s: Session, rng: random.Random, people: list[Person], closes: date,
           shift: dict[str, float], *, teams: list[int] | None = None,
           closed: bool = True, followup: tuple[date, float] | None = None) -> int:
    """A round answered by ``people``; ``followup``: the day its follow-up opened and the
    tendency of its answers (answered by the same people when it has closed)."""
    keys = statement_keys()
    r = CultureRound(opened_at=_moment(closes - timedelta(days=14)), closes_on=closes,
                     closes_at=closing_moment(closes), threshold=DEFAULT_THRESHOLD,
                     layout=",".join(keys),
                     closed_at=_moment(closes + timedelta(days=1)) if closed else None)
    if followup is not None:
        opens, _tendency = followup
        r.followup_opens_at = datetime.combine(opens, time(), ZONE).astimezone(UTC)
        r.followup_closes_at = closing_moment(opens + timedelta(days=FOLLOW_UP_DAYS - 1))
    s.add(r)
    s.flush()
    for team_id in teams or ():
        s.execute(culture_round_team.insert().values(round_id=r.id, team_id=team_id))
    segments: list[int | None] = list(teams) if teams else [None]
    counts: dict[int | None, dict[tuple[str, int], int]] = {seg: {} for seg in segments}
    means = {}
    for c in characteristics("nl"):
        for st in c.statements:
            means[st.key] = TENDENCY.get(c.key, 3.2) + shift.get(c.key, 0.0)
    answered = []
    for person in people:
        segment = None
        if teams:
            mine = sorted(t.id for t in person.teams if t.id in teams)
            if not mine:
                continue
            segment = mine[0]
        answered.append(person.id)
        for key in keys:
            cell = (key, _draw(rng, means[key]))
            counts[segment][cell] = counts[segment].get(cell, 0) + 1
    s.add_all(CultureTally(round_id=r.id, part=SCAN, team_id=seg,
                           counts=pack_counts(keys, counts[seg])) for seg in segments)
    said: dict[tuple[str, int], int] = {}
    followers: list[int] = []
    if followup is not None and r.followup_closes_at is not None \
            and r.followup_closes_at < datetime.now(UTC):
        followers = answered
        for _person in followers:
            cell = (FOLLOW_UP_KEY, _draw(rng, followup[1]))
            said[cell] = said.get(cell, 0) + 1
        r.followup_closed_at = r.followup_closes_at
    s.add(CultureTally(round_id=r.id, part=FOLLOW_UP, team_id=None,
                       counts=pack_counts((FOLLOW_UP_KEY,), said)))
    s.add_all([CultureParticipation(round_id=r.id, part=SCAN, people=pack_people(answered)),
               CultureParticipation(round_id=r.id, part=FOLLOW_UP,
                                    people=pack_people(followers))])
    return r.id


def create_culture(s: Session, by_key: dict[str, Person], today: date | None = None) -> None:
    day = today or date.today()
    rng = random.Random(2026)
    everyone = list(by_key.values())
    s.flush()
    first_closes = day - timedelta(days=240)
    first = _round(s, rng, everyone[:19], first_closes, {},
                   followup=(first_closes + timedelta(days=31), 3.8))
    s.add_all([CultureFocus(round_id=first, key="mistakes"),
               CultureFocus(round_id=first, key="feedback")])
    s.add_all([
        CultureAction(round_id=first, key="mistakes", status="done",
                      title="Elke maand een 'fout van de maand' bespreken in het werkoverleg",
                      owner_id=by_key["henk"].id, due=day - timedelta(days=180)),
        CultureAction(round_id=first, key="feedback", status="done",
                      title="Vaste feedbackronde aan het eind van elke weekcyclus",
                      owner_id=by_key["sandra"].id, due=day - timedelta(days=150)),
        CultureAction(round_id=first, key="feedback", status="open",
                      title="Leidinggevenden vragen zelf om feedback in het talentgesprek",
                      owner_id=by_key["marieke"].id, due=day + timedelta(days=30)),
    ])
    team_ids = sorted({t.id for p in everyone for t in p.teams})
    # Closed five weeks ago: its follow-up question is open now, on everyone's Mijn regie.
    second_closes = day - timedelta(days=36)
    second = _round(s, rng, everyone[1:22], second_closes, IMPROVED, teams=team_ids,
                    followup=(second_closes + timedelta(days=31), 3.5))
    s.add(CultureFocus(round_id=second, key="systematic"))
    s.add(CultureAction(round_id=second, key="systematic", status="open",
                        title="Na elk groot project een korte terugblik met het hele team",
                        owner_id=by_key["youssef"].id, due=day + timedelta(days=45)))
    # A round open now, so the answer screen and the home card have something to show.
    _round(s, rng, everyone[10:15], day + timedelta(days=12), IMPROVED, closed=False)
