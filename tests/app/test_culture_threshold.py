"""Issue 19, item 1: the anonymity threshold everywhere a result appears, and a differencing
search over every combination of filters the screens, the commands and the report allow.
"""

from __future__ import annotations

import contextlib
import itertools
import json
from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import annual_report
from app.cli import main
from app.services import audit, culture, dashboard, organisation, people
from app.services.dashboard import Period
from models.errors import Conflict, Invalid
from tests import fresh

NEXT_WEEK = date.today() + timedelta(days=7)
KEYS = culture.statement_keys()


def set_threshold(db, owner, value: int) -> None:
    current = organisation.get_settings(db, owner)
    fresh.update_settings(db, owner, replace(current, culture_threshold=value))


def answered_round(db, owner, pros, team_ids=None, *, value=4) -> int:
    round_id = culture.open_round(db, owner, NEXT_WEEK, team_ids).value
    for pro in pros:
        culture.answer(db, pro, round_id, dict.fromkeys(KEYS, value))
    culture.close_round(db, owner, round_id)
    return round_id


# --- the setting -----------------------------------------------------------------------------

def test_five_by_default_raised_at_will_lowered_to_three_but_never_below(db, owner):
    assert organisation.get_settings(db, owner).culture_threshold == 5
    for bad in (2, 0, -1, 101):
        with pytest.raises(Invalid) as err:
            set_threshold(db, owner, bad)
        assert (err.value.code, err.value.field) == ("culture_threshold_out_of_range",
                                                     "culture_threshold")
        assert organisation.get_settings(db, owner).culture_threshold == 5  # nothing changed
    set_threshold(db, owner, 3)
    set_threshold(db, owner, 8)
    assert organisation.get_settings(db, owner).culture_threshold == 8
    changes = [e.detail for e in audit.list_entries(db, owner)
               if e.action == "culture_threshold_changed"]
    assert changes == [{"before": 3, "after": 8}, {"before": 5, "after": 3}]


def test_a_lowering_applies_to_later_rounds_a_raise_at_once(db, owner, add_person):
    pros = [add_person(password=None) for _ in range(5)]
    told_five = answered_round(db, owner, pros[:4])
    set_threshold(db, owner, 3)
    told_three = answered_round(db, owner, pros[:4])
    # Those who answered under "at least 5" keep that promise.
    with pytest.raises(Conflict) as err:
        culture.results(db, owner, told_five)
    assert err.value.params["minimum"] == 5
    assert culture.results(db, owner, told_three).respondents == 4
    assert [(r.id, r.threshold, r.team_threshold) for r in culture.rounds(db, owner)] == [
        (told_five, 5, 5), (told_three, 3, 5)]
    set_threshold(db, owner, 6)
    with pytest.raises(Conflict):
        culture.results(db, owner, told_three)
    five = answered_round(db, owner, pros)
    with pytest.raises(Conflict) as err:
        culture.results(db, owner, five)
    assert err.value.params["minimum"] == 6


def test_a_team_needs_five_even_when_the_organisation_threshold_is_three(
        db, owner, add_person):
    set_threshold(db, owner, 3)
    a = people.add_team(db, owner, "Bakkers").value
    b = people.add_team(db, owner, "Verkopers").value
    team_a = [add_person(team_ids=[a], password=None) for _ in range(4)]
    team_b = [add_person(team_ids=[b], password=None) for _ in range(4)]
    round_id = answered_round(db, owner, team_a + team_b, [a, b])
    assert culture.results(db, owner, round_id).respondents == 8
    for team in (a, b):
        with pytest.raises(Conflict) as err:
            culture.results(db, owner, round_id, team)
        assert err.value.params["minimum"] == 5


def test_every_place_a_result_appears_holds_back_four_respondents(
        db, owner, add_person, data_dir, capsys):
    pros = [add_person(password=None) for _ in range(4)]
    round_id = answered_round(db, owner, pros)
    year = date.today().year
    with pytest.raises(Conflict):
        culture.results(db, owner, round_id)
    assert culture.trend(db, owner) == []
    figures = dashboard.figures(db, owner, Period(year))
    assert (figures.culture_round, figures.culture_means) == (None, {})
    assert dashboard.breakdown(db, owner, Period(year), "culture").rows == ()
    report = annual_report.render_report(annual_report.report_data(db, owner, year), "en")
    assert "chart:culture" not in report
    assert "No learning culture scan round with at least 5 respondents" in report
    assert main(["--data-dir", str(data_dir), "--lang", "en", "culture", "results",
                 str(round_id)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1 and "at least 5" in err
    assert main(["--data-dir", str(data_dir), "dashboard", "--year", str(year)]) == 0
    data = json.loads(capsys.readouterr()[0])
    assert (data["culture_round"], data["culture_means"]) == (None, {})
    # The fifth answer makes it show everywhere.
    more = add_person(password=None)
    shown = answered_round(db, owner, [*pros, more])
    assert dashboard.figures(db, owner, Period(year)).culture_round == shown


def test_while_a_round_is_open_nobody_sees_how_many_answered_per_team(
        db, owner, add_person, data_dir, capsys):
    a = people.add_team(db, owner, "Bakkers").value
    b = people.add_team(db, owner, "Verkopers").value
    team_a = [add_person(team_ids=[a], password=None) for _ in range(6)]
    team_b = [add_person(team_ids=[b], password=None) for _ in range(5)]
    round_id = culture.open_round(db, owner, NEXT_WEEK, [a, b]).value
    for pro in team_a[:2] + team_b:
        culture.answer(db, pro, round_id, dict.fromkeys(KEYS, 3))
    for team in (None, a, b):
        with pytest.raises(Conflict) as err:
            culture.results(db, owner, round_id, team)
        assert err.value.code == "culture_round_still_open"
        assert set(err.value.params) == {"id"}
    row = culture.rounds(db, owner)[0]
    assert row.respondents == 7  # the whole organisation's count, the only one there is
    assert main(["--data-dir", str(data_dir), "culture", "rounds"]) == 0
    assert capsys.readouterr()[0].split("\t")[3].strip() == "7"


# --- the differencing search -----------------------------------------------------------------

def isolating_combinations(sets: list[frozenset[int]], threshold: int) -> list[frozenset[int]]:
    """Every group of people that adding and subtracting the shown results can isolate, and
    that is smaller than the threshold (but not empty). Any combination with coefficients
    -1, 0 or 1 whose result counts each person 0 or 1 times is such a group."""
    found = []
    people_ = sorted(set().union(*sets)) if sets else []
    for coefficients in itertools.product((-1, 0, 1), repeat=len(sets)):
        if not any(coefficients):
            continue
        weight = {p: sum(c for c, s in zip(coefficients, sets, strict=True) if p in s)
                  for p in people_}
        if all(w in (0, 1) for w in weight.values()):
            group = frozenset(p for p, w in weight.items() if w == 1)
            if 0 < len(group) < threshold:
                found.append(group)
    return found


@settings(max_examples=400)
@given(sizes=st.lists(st.integers(0, 12), min_size=1, max_size=5),
       removed=st.integers(0, 6), team_min=st.integers(5, 8), whole_min=st.integers(3, 8))
def test_no_combination_of_shown_results_isolates_fewer_than_the_threshold(
        sizes, removed, team_min, whole_min):
    """The rule itself, on every shape of round: teams of any size, and a segment that
    cannot be chosen (a team removed after the round) of ``removed`` people."""
    segments: dict[int | None, int] = dict(enumerate(sizes))
    segments[None] = removed
    members = {}
    start = 0
    for seg, n in segments.items():
        members[seg] = frozenset(range(start, start + n))
        start += n
    team_min = max(team_min, whole_min)
    shown = culture.visible_teams(segments, set(range(len(sizes))), team_min)
    whole = frozenset().union(*members.values())
    sets = ([whole] if len(whole) >= whole_min else []) + \
        [members[t] for t in sorted(shown) if len(whole) >= whole_min]
    assert all(len(members[t]) >= team_min for t in shown)
    assert isolating_combinations(sets, min(whole_min, team_min)) == []
    assert isolating_combinations([members[t] for t in shown], team_min) == []
    # And nothing is hidden for no reason: with every team large enough, all show.
    if all(n >= team_min or n == 0 for n in sizes) and removed == 0:
        assert shown == {t for t, n in enumerate(sizes) if n}


@dataclass(frozen=True)
class Shown:
    """One result as a screen, command or the report shows it."""

    where: str
    round_id: int
    respondents: int
    means: tuple[float | None, ...]


def everything_shown(db, owner, data_dir, capsys, teams: list[int]) -> list[Shown]:
    """Every combination of filters there is: each round with the whole organisation and
    with each team (the Leercultuur screen and `culture results`), the trend, the dashboard
    and its culture list per year and quarter (the Dashboard screen), `dashboard --year`
    and the annual report. (A previous round's means beside its focus come from the same
    result of the whole round.)"""
    shown: list[Shown] = []
    rounds = culture.rounds(db, owner)
    for r in rounds:
        for team in [None, *teams]:
            with contextlib.suppress(Conflict, Invalid):
                res = culture.results(db, owner, r.id, team)
                shown.append(Shown(f"screen r{r.id} t{team}", r.id, res.respondents,
                                   tuple(c.mean for c in res.characteristics)))
            args = ["--data-dir", str(data_dir), "culture", "results", str(r.id)]
            if team is not None:
                args += ["--team", str(team)]
            code = main(args)
            out, _err = capsys.readouterr()
            if code == 0:
                data = json.loads(out)
                shown.append(Shown(f"cli r{r.id} t{team}", r.id, data["respondents"],
                                   tuple(c["mean"] for c in data["characteristics"])))
    for point in culture.trend(db, owner):
        shown.append(Shown("trend", point.round_id, point.respondents,
                           tuple(point.means.values())))
    for year in sorted({r.closes_on.year for r in rounds}):
        for quarter in (None, 1, 2, 3, 4):
            f = dashboard.figures(db, owner, Period(year, quarter))
            if f.culture_round is not None:
                shown.append(Shown(f"dashboard {year} q{quarter}", f.culture_round,
                                   f.culture_respondents, tuple(f.culture_means.values())))
                rows = dashboard.breakdown(db, owner, Period(year, quarter), "culture").rows
                shown.append(Shown(f"dashboard list {year} q{quarter}", f.culture_round,
                                   f.culture_respondents,
                                   tuple(row.values[0] or None for row in rows)))
        report = annual_report.report_data(db, owner, year).figures
        if report.culture_round is not None:
            shown.append(Shown(f"report {year}", report.culture_round,
                               report.culture_respondents,
                               tuple(report.culture_means.values())))
        assert main(["--data-dir", str(data_dir), "dashboard", "--year", str(year)]) == 0
        data = json.loads(capsys.readouterr()[0])
        if data["culture_round"] is not None:
            shown.append(Shown(f"dashboard --year {year}", data["culture_round"],
                               data["culture_respondents"],
                               tuple(data["culture_means"].values())))
    return shown


def own_answers(person_id: int) -> dict[str, int]:
    """Answers that differ per person and statement, so a result's means tell its group."""
    return {key: (person_id * 7 + i * 3) % 6 for i, key in enumerate(KEYS)}


def means_of(group: frozenset[int]) -> tuple[float | None, ...]:
    out = []
    for c in culture.characteristics("nl"):
        values = [own_answers(p)[st.key] for p in group for st in c.statements]
        given_ = [v for v in values if v]
        out.append(sum(given_) / len(given_) if given_ else None)
    return tuple(out)


def test_a_differencing_search_over_every_filter_finds_no_small_group(
        db, owner, add_person, data_dir, capsys):
    """An organisation built to tempt: a big team, a team of four, a small one, a person in
    two teams, a team removed after its round, an everyone round, and a round opened while
    the organisation's threshold was 3. Every result any screen, command or the report
    shows is matched to the people it covers (its respondents and all ten means must fit),
    and no sum or difference of one round's results isolates a group below its threshold.
    """
    from sqlalchemy import delete

    from models import Team, person_team

    a = people.add_team(db, owner, "Bakkers").value
    b = people.add_team(db, owner, "Verkopers").value
    c = people.add_team(db, owner, "Chauffeurs").value
    d = people.add_team(db, owner, "Tijdelijk").value
    team_a = [add_person(team_ids=[a], password=None) for _ in range(7)]
    team_b = [add_person(team_ids=[b], password=None) for _ in range(4)]
    both = add_person(team_ids=[a, b], password=None)  # counts in a, the lower id
    team_c = [add_person(team_ids=[c], password=None) for _ in range(2)]
    team_d = [add_person(team_ids=[d], password=None) for _ in range(3)]
    segment = {p.person_id: t for t, group in ((a, [*team_a, both]), (b, team_b),
                                               (c, team_c), (d, team_d)) for p in group}

    def run(team_ids, who) -> tuple[int, frozenset[int]]:
        round_id = culture.open_round(db, owner, NEXT_WEEK, team_ids).value
        for p in who:
            culture.answer(db, p, round_id, own_answers(p.person_id))
        culture.close_round(db, owner, round_id)
        return round_id, frozenset(p.person_id for p in who)

    rounds = {
        # 8 and 4: Verkopers hides, and then Bakkers too (the whole minus it is four).
        "a+b": run([a, b], [*team_a, both, *team_b]),
        # 8, 4 and 2: the hidden ones are six together, so Bakkers shows.
        "a+b+c": run([a, b, c], [*team_a, both, *team_b, *team_c]),
        "all teams": run([a, b, c, d], [*team_a, both, *team_b, *team_c, *team_d]),
        "everyone": run(None, [*team_a, both, *team_b, *team_c, *team_d]),
    }
    set_threshold(db, owner, 3)
    rounds["at 3"] = run([a, c], [*team_a[:3], *team_c])
    rounds["d removed"] = run([a, d], [*team_a[:5], *team_d])
    with db.transaction() as s:  # Tijdelijk is disbanded after its round
        s.execute(delete(person_team).where(person_team.c.team_id == d))
        s.delete(s.get(Team, d))

    shown = everything_shown(db, owner, data_dir, capsys, [a, b, c, d])
    team_results = {s.where for s in shown if s.where.startswith("screen") and "tNone" not in
                    s.where}
    assert team_results, "no team result shown at all: the search would prove little"
    for name, (round_id, who) in rounds.items():
        r = next(x for x in culture.rounds(db, owner) if x.id == round_id)
        groups = {None: who} | {t: frozenset(p for p in who if segment[p] == t)
                                for t in (a, b, c, d)}
        sets = set()
        for s in (s for s in shown if s.round_id == round_id):
            fits = [g for g in groups.values() if len(g) == s.respondents
                    and means_of(g) == pytest.approx(s.means, abs=0.006)]
            assert len(fits) == 1, f"{s.where} ({name}) matches {len(fits)} groups"
            sets.add(fits[0])
        assert isolating_combinations(sorted(sets, key=sorted), r.threshold) == [], name
        assert all(len(g) >= r.team_threshold for g in sets if g != who), name
