"""The demo organisation's learning culture scan: two finished rounds and one open now.

Answers are drawn from a fixed seed, with each characteristic's own tendency, straight into
the counts (as the scan itself stores them); the second round shows the first round's focus
improving, so the trend line has something to tell.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from app.services.culture import ANSWERS, characteristics, statement_keys
from models import (
    CultureAction,
    CultureFocus,
    CultureParticipation,
    CultureRound,
    CultureTally,
    Person,
    culture_round_team,
)
from models.culture import DONT_KNOW

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
           closed: bool = True) -> int:
    r = CultureRound(opened_at=_moment(closes - timedelta(days=14)), closes_on=closes,
                     closed_at=_moment(closes + timedelta(days=1)) if closed else None)
    s.add(r)
    s.flush()
    for team_id in teams or ():
        s.execute(culture_round_team.insert().values(round_id=r.id, team_id=team_id))
    segments: list[int | None] = list(teams) if teams else [None]
    counts = {(seg, key, a): 0 for seg in segments for key in statement_keys() for a in ANSWERS}
    means = {}
    for c in characteristics("nl"):
        for st in c.statements:
            means[st.key] = TENDENCY.get(c.key, 3.2) + shift.get(c.key, 0.0)
    for person in people:
        segment = None
        if teams:
            mine = sorted(t.id for t in person.teams if t.id in teams)
            if not mine:
                continue
            segment = mine[0]
        s.add(CultureParticipation(round_id=r.id, person_id=person.id))
        for key in statement_keys():
            counts[(segment, key, _draw(rng, means[key]))] += 1
    s.add_all(CultureTally(round_id=r.id, team_id=seg, statement_key=key, answer=a, count=n)
              for (seg, key, a), n in counts.items())
    return r.id


def create_culture(s: Session, by_key: dict[str, Person], today: date | None = None) -> None:
    day = today or date.today()
    rng = random.Random(2026)
    everyone = list(by_key.values())
    s.flush()
    first = _round(s, rng, everyone[:19], day - timedelta(days=240), {})
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
    second = _round(s, rng, everyone[1:22], day - timedelta(days=45), IMPROVED, teams=team_ids)
    s.add(CultureFocus(round_id=second, key="systematic"))
    s.add(CultureAction(round_id=second, key="systematic", status="open",
                        title="Na elk groot project een korte terugblik met het hele team",
                        owner_id=by_key["youssef"].id, due=day + timedelta(days=45)))
    # A round open now, so the answer screen and the home card have something to show.
    _round(s, rng, everyone[10:15], day + timedelta(days=12), IMPROVED, closed=False)
