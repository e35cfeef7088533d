"""The learning culture scan: answer once, counts only, nothing shown for fewer than five."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.services import culture, people
from models import CultureRound
from models.errors import Conflict, Forbidden, Invalid

TODAY = date.today()
NEXT_WEEK = TODAY + timedelta(days=7)
KEYS = culture.statement_keys()


def all_answers(value: int, **overrides: int) -> dict[str, int]:
    answers = dict.fromkeys(KEYS, value)
    answers.update({k.replace("__", "."): v for k, v in overrides.items()})
    return answers


def team_with(db, owner, add_person, name: str, size: int):
    team_id = people.add_team(db, owner, name).value
    return team_id, [add_person(team_ids=[team_id], password=None) for _ in range(size)]


def scores(result: culture.Results) -> dict[str, culture.CharacteristicResult]:
    return {c.key: c for c in result.characteristics}


def move_closing(db, round_id: int, closes_on: date) -> None:
    """As if the round had been opened with another closing day (time passing, in tests)."""
    with db.transaction() as s:
        r = s.get(CultureRound, round_id)
        r.closes_on = closes_on
        r.closes_at = culture.closing_moment(closes_on)


def answered_round(db, owner, pros, value: int = 4, team_ids=None) -> int:
    round_id = culture.open_round(db, owner, NEXT_WEEK, team_ids).value
    for pro in pros:
        culture.answer(db, pro, round_id, all_answers(value))
    culture.close_round(db, owner, round_id)
    return round_id


def test_the_content_has_ten_characteristics_with_three_statements_in_both_languages():
    for language in ("nl", "en"):
        chars = culture.characteristics(language)
        assert len(chars) == 10
        assert all(len(c.statements) == 3 for c in chars)
        assert [s.key for c in chars for s in c.statements] == list(KEYS)
        assert culture.followup_question(language)
    assert KEYS[0] == "openness.1"


def test_someone_answers_once_and_a_second_time_is_refused(db, owner, add_person):
    pro = add_person()
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    assert [r.id for r in culture.my_open_rounds(db, pro)] == [round_id]
    culture.answer(db, pro, round_id, all_answers(4))
    with pytest.raises(Conflict) as err:
        culture.answer(db, pro, round_id, all_answers(2))
    assert err.value.code == "already_answered"
    assert culture.my_open_rounds(db, pro) == []
    assert culture.rounds(db, pro)[0].respondents == 1


def test_answers_are_validated_before_anything_is_stored(db, owner, add_person):
    pro = add_person()
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    bad = [
        ({**all_answers(3), "nonsense.1": 3}, "culture_statement_unknown"),
        (all_answers(3, openness__1=6), "culture_answer_out_of_range"),
        ({k: 3 for k in KEYS[:-1]}, "culture_answers_incomplete"),
    ]
    for answers, code in bad:
        with pytest.raises(Invalid) as err:
            culture.answer(db, pro, round_id, answers)
        assert err.value.code == code
    assert culture.rounds(db, pro)[0].respondents == 0
    culture.answer(db, pro, round_id, all_answers(0))


def test_a_closed_round_and_a_round_for_other_teams_cannot_be_answered(db, owner, add_person):
    team_id, _ = team_with(db, owner, add_person, "Bakkers", 1)
    outsider = add_person()
    scoped = culture.open_round(db, owner, NEXT_WEEK, [team_id]).value
    with pytest.raises(Forbidden):
        culture.answer(db, outsider, scoped, all_answers(3))
    assert culture.my_open_rounds(db, outsider) == []
    whole = culture.open_round(db, owner, NEXT_WEEK).value
    culture.close_round(db, owner, whole)
    with pytest.raises(Conflict) as err:
        culture.answer(db, outsider, whole, all_answers(3))
    assert err.value.code == "culture_round_closed"
    with pytest.raises(Forbidden):
        culture.open_round(db, outsider, NEXT_WEEK)
    with pytest.raises(Invalid) as err:
        culture.open_round(db, owner, TODAY - timedelta(days=1))
    assert err.value.code == "culture_closes_in_past"


@pytest.mark.sqlite_only  # reads the SQLite file next to the program
def test_an_answer_inserts_no_row_and_stores_no_time(db, owner, add_person, data_dir: Path):
    pros = [add_person(password=None) for _ in range(3)]
    round_id = culture.open_round(db, owner, NEXT_WEEK).value

    def rows(con: sqlite3.Connection) -> list[tuple]:
        return [*con.execute("SELECT 'p', rowid, round_id, part FROM culture_participation"),
                *con.execute("SELECT 't', rowid, round_id, part FROM culture_tally")]

    with sqlite3.connect(data_dir / "regiestoel.sqlite3") as con:
        before = rows(con)
    for i, pro in enumerate(pros):
        culture.answer(db, pro, round_id, all_answers(i + 1))
    with sqlite3.connect(data_dir / "regiestoel.sqlite3") as con:
        def columns(table: str) -> set[str]:
            return {row[1] for row in con.execute(f"PRAGMA table_info({table})")}

        participation, tally = columns("culture_participation"), columns("culture_tally")
        assert participation == {"round_id", "part", "people"}
        assert tally == {"id", "round_id", "part", "team_id", "counts"}
        assert not any("at" in c.split("_") or "time" in c for c in participation | tally)
        # Every row existed before the first answer: rows and ids say nothing about order.
        assert rows(con) == before
        assert con.execute("PRAGMA secure_delete").fetchone() == (1,)
        audit = " ".join(r[0] for r in con.execute("SELECT action FROM audit_entry"))
        assert "answer" not in audit


def test_fewer_than_five_respondents_show_nothing_and_an_open_round_shows_nothing(
        db, owner, add_person):
    pros = [add_person(password=None) for _ in range(5)]
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    for pro in pros[:4]:
        culture.answer(db, pro, round_id, all_answers(5))
    with pytest.raises(Conflict) as err:
        culture.results(db, pros[0], round_id)
    assert err.value.code == "culture_round_still_open"
    culture.close_round(db, owner, round_id)
    with pytest.raises(Conflict) as err:
        culture.results(db, pros[0], round_id)
    assert (err.value.code, err.value.params["minimum"]) == ("too_few_respondents", 5)
    assert culture.trend(db, pros[0]) == []


def test_means_and_counts_on_fixed_answers(db, owner, add_person):
    pros = [add_person(password=None) for _ in range(5)]
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    culture.answer(db, pros[0], round_id, all_answers(5))
    culture.answer(db, pros[1], round_id, all_answers(4, openness__1=0))
    culture.answer(db, pros[2], round_id, all_answers(0, openness__2=1))
    culture.answer(db, pros[3], round_id, all_answers(2))
    culture.answer(db, pros[4], round_id, all_answers(0))
    culture.close_round(db, owner, round_id)
    result = culture.results(db, pros[0], round_id)
    assert result.respondents == 5
    s = scores(result)
    # openness: 5,5,5 + dk,4,4 + dk,1,dk + 2,2,2 + dk,dk,dk -> nine answers, six don't knows
    assert (s["openness"].answers, s["openness"].dont_know) == (9, 6)
    assert s["openness"].mean == pytest.approx((15 + 8 + 1 + 6) / 9)
    # elsewhere: 5,4,2 three times each, and six don't knows
    assert (s["feedback"].answers, s["feedback"].dont_know) == (9, 6)
    assert s["feedback"].mean == pytest.approx(11 / 3)


def test_a_team_filter_needs_five_in_the_team(db, owner, add_person):
    a, team_a = team_with(db, owner, add_person, "Bakkers", 5)
    b, team_b = team_with(db, owner, add_person, "Verkopers", 5)
    round_id = culture.open_round(db, owner, NEXT_WEEK, [a, b]).value
    for pro in team_a:
        culture.answer(db, pro, round_id, all_answers(4))
    for pro in team_b[:4]:
        culture.answer(db, pro, round_id, all_answers(2))
    culture.close_round(db, owner, round_id)
    assert culture.results(db, owner, round_id).respondents == 9
    with pytest.raises(Conflict) as err:
        culture.results(db, owner, round_id, b)
    assert (err.value.code, err.value.params["minimum"]) == ("too_few_respondents", 5)
    # Bakkers has five, but the whole minus Bakkers would be Verkopers' four.
    with pytest.raises(Conflict) as err:
        culture.results(db, owner, round_id, a)
    assert err.value.code == "culture_team_would_expose"


def test_team_results_where_every_team_has_five(db, owner, add_person):
    a, team_a = team_with(db, owner, add_person, "Bakkers", 5)
    b, team_b = team_with(db, owner, add_person, "Verkopers", 6)
    round_id = culture.open_round(db, owner, NEXT_WEEK, [a, b]).value
    for pro in team_a:
        culture.answer(db, pro, round_id, all_answers(4))
    for pro in team_b:
        culture.answer(db, pro, round_id, all_answers(2))
    culture.close_round(db, owner, round_id)
    result_a = culture.results(db, owner, round_id, a)
    assert result_a.respondents == 5
    assert scores(result_a)["change"].mean == 4
    assert scores(culture.results(db, owner, round_id, b))["change"].mean == 2


def test_subtracting_a_team_from_the_whole_cannot_reveal_a_small_rest(db, owner, add_person):
    """A team of five and an organisation of six: whole minus team would be one person."""
    a, team_a = team_with(db, owner, add_person, "Bakkers", 5)
    b, (sixth,) = team_with(db, owner, add_person, "Chauffeurs", 1)
    scoped = culture.open_round(db, owner, NEXT_WEEK, [a, b]).value
    whole = culture.open_round(db, owner, NEXT_WEEK).value
    for round_id in (scoped, whole):
        for pro in team_a:
            culture.answer(db, pro, round_id, all_answers(3))
        culture.answer(db, sixth, round_id, all_answers(1))
        culture.close_round(db, owner, round_id)

    visible = []
    for round_id in (scoped, whole):
        for team_id in (None, a, b):
            with contextlib.suppress(Conflict, Invalid):
                visible.append((round_id, team_id, culture.results(db, owner, round_id, team_id)))
    # Only the whole of each round is shown; no team result to subtract.
    assert [(r, t) for r, t, _ in visible] == [(scoped, None), (whole, None)]
    with pytest.raises(Invalid) as err:
        culture.results(db, owner, whole, a)
    assert err.value.code == "culture_team_not_in_round"


def test_trend_uses_closed_rounds_with_five_respondents(db, owner, add_person):
    pros = [add_person(password=None) for _ in range(5)]
    first = answered_round(db, owner, pros, 2)
    small = answered_round(db, owner, pros[:1], 5)
    second = culture.open_round(db, owner, NEXT_WEEK + timedelta(days=1)).value
    for pro in pros:
        culture.answer(db, pro, second, all_answers(4))
    culture.open_round(db, owner, NEXT_WEEK)  # still open: not in the trend
    culture.close_round(db, owner, second)
    points = culture.trend(db, pros[0])
    assert [p.round_id for p in points] == [first, second]
    assert small not in [p.round_id for p in points]
    assert [p.means["feedback"] for p in points] == [2, 4]


def test_focus_and_its_actions_come_back_with_the_next_round(db, owner, add_person):
    pros = [add_person() for _ in range(5)]
    first = answered_round(db, owner, pros, 2)
    with pytest.raises(Invalid):
        culture.choose_focus(db, owner, first, ["feedback", "mistakes", "change"])
    with pytest.raises(Invalid):
        culture.choose_focus(db, owner, first, ["nonsense"])
    with pytest.raises(Forbidden):
        culture.choose_focus(db, pros[0], first, ["feedback"])
    culture.choose_focus(db, owner, first, ["feedback", "mistakes"])
    with pytest.raises(Invalid):
        culture.add_culture_action(db, owner, first, "change", "Iets", pros[0].person_id,
                                   NEXT_WEEK)
    culture.add_culture_action(db, owner, first, "feedback", "Elke vrijdag een feedbackrondje",
                               owner_id=pros[0].person_id, due=NEXT_WEEK)
    assert culture.results(db, owner, first).focus == ("mistakes", "feedback")

    second = answered_round(db, owner, pros, 4)
    follow = culture.results(db, pros[1], second).previous_focus
    assert [(f.key, f.previous_round_id, f.previous_mean, f.mean, f.change)
            for f in follow] == [("mistakes", first, 2, 4, 2), ("feedback", first, 2, 4, 2)]
    assert [(a.title, a.owner_name, a.status) for a in follow[1].actions] == [
        ("Elke vrijdag een feedbackrondje", pros[0].name, "open")]


def test_an_action_needs_an_owner_and_a_due_date_in_the_future(db, owner, add_person):
    pros = [add_person(password=None) for _ in range(5)]
    round_id = answered_round(db, owner, pros)
    culture.choose_focus(db, owner, round_id, ["feedback"])
    who = pros[0].person_id
    for owner_id, due, code in [(None, NEXT_WEEK, "culture_action_owner_required"),
                                (who, None, "culture_action_due_required"),
                                (who, TODAY - timedelta(days=1), "culture_action_due_in_past")]:
        with pytest.raises(Invalid) as err:
            culture.add_culture_action(db, owner, round_id, "feedback", "Iets", owner_id, due)
        assert err.value.code == code
    assert culture.results(db, owner, round_id).actions == {"feedback": ()}


@pytest.fixture
def scan_data(db, owner, add_person, data_dir: Path) -> dict[str, int]:
    a, team_a = team_with(db, owner, add_person, "Bakkers", 5)
    b, team_b = team_with(db, owner, add_person, "Verkopers", 1)
    full = culture.open_round(db, owner, NEXT_WEEK, [a, b]).value
    for pro in team_a + team_b:
        culture.answer(db, pro, full, all_answers(4))
    culture.close_round(db, owner, full)
    small = culture.open_round(db, owner, NEXT_WEEK).value
    culture.answer(db, team_a[0], small, all_answers(4))
    culture.close_round(db, owner, small)
    return {"full": full, "small": small, "team_a": a, "team_b": b}


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_lists_rounds_tab_separated(scan_data, data_dir, capsys):
    code, out, _err = run(capsys, "--data-dir", str(data_dir), "culture", "rounds")
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert [(int(r[0]), r[2], int(r[3])) for r in lines] == [
        (scan_data["full"], NEXT_WEEK.isoformat(), 6),
        (scan_data["small"], NEXT_WEEK.isoformat(), 1)]
    assert abs(date.fromisoformat(lines[0][1]) - TODAY) <= timedelta(days=1)


def test_cli_prints_results_as_json(scan_data, data_dir, capsys):
    code, out, _err = run(capsys, "--data-dir", str(data_dir), "culture", "results",
                          str(scan_data["full"]))
    assert code == 0
    data = json.loads(out)
    assert data["respondents"] == 6
    assert {c["key"]: c["mean"] for c in data["characteristics"]}["openness"] == 4
    assert {"round", "team", "respondents", "characteristics", "focus",
            "previous_focus"} <= set(data)


@pytest.mark.parametrize("which, team", [("small", None), ("full", "team_a"),
                                         ("full", "team_b")])
def test_cli_says_too_few_in_one_line_and_exits_1(scan_data, data_dir, capsys, which, team):
    args = ["--data-dir", str(data_dir), "--lang", "en", "culture", "results",
            str(scan_data[which])]
    if team:
        args += ["--team", str(scan_data[team])]
    code, out, err = run(capsys, *args)
    assert (code, out) == (1, "")
    assert len(err.strip().splitlines()) == 1
    assert "smaller than 5" in err or "Too few" in err


def test_cli_unknown_round_is_bad_input(scan_data, data_dir, capsys):
    code, _out, err = run(capsys, "--data-dir", str(data_dir), "culture", "results", "999")
    assert code == 2
    assert err


def test_the_privacy_statement_says_plainly_what_remains():
    nl, en = culture.privacy_statement("nl"), culture.privacy_statement("en")
    assert "kopieert terwijl jij als enige hebt geantwoord" in nl
    assert "beheerder van een databaseserver" in nl
    assert "copies the database files while you are the only one" in en
    assert "administrator of a database server keeps logs" in en
    assert "at least 5 people" in en and "at least 5 people in that team" in en
    lowered = culture.privacy_statement("en", 3)
    assert "at least 3 people" in lowered and "at least 5 people in that team" in lowered
    assert "{" not in lowered


def test_a_round_past_its_closing_moment_counts_as_closed_without_closing_it(
        db, owner, add_person):
    pros = [add_person(password=None) for _ in range(6)]
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    for pro in pros[:5]:
        culture.answer(db, pro, round_id, all_answers(4))
    move_closing(db, round_id, TODAY - timedelta(days=1))  # the week goes by
    with pytest.raises(Conflict) as err:
        culture.answer(db, pros[5], round_id, all_answers(1))
    assert err.value.code == "culture_round_closed"
    assert culture.my_open_rounds(db, pros[5]) == []
    row = culture.rounds(db, owner)[0]
    assert not row.is_open and row.closed_at is not None  # closed by the first look
    assert culture.results(db, owner, round_id).respondents == 5
    assert [p.round_id for p in culture.trend(db, owner)] == [round_id]
    culture.choose_focus(db, owner, round_id, ["feedback"])


def test_the_screen_overview_shows_what_the_separate_reads_show(db, owner, add_person):
    """The culture screen reads its rounds, my open rounds, the trend, the teams, the
    threshold and the newest result in one go: the same as asking for each."""
    team_id, pros = team_with(db, owner, add_person, "Werkplaats", 5)
    first = answered_round(db, owner, pros, 2)
    culture.choose_focus(db, owner, first, ["feedback"])
    culture.add_culture_action(db, owner, first, "feedback", "Elke vrijdag een rondje",
                               owner_id=pros[0].person_id, due=NEXT_WEEK)
    second = answered_round(db, owner, pros, 4, [team_id])
    still_open = culture.open_round(db, owner, NEXT_WEEK).value
    culture.answer(db, pros[0], still_open, all_answers(3))

    for who in (owner, pros[0], pros[1]):
        seen = culture.overview(db, who)
        assert seen.rounds == culture.rounds(db, who)
        assert seen.mine == culture.my_open_rounds(db, who)
        assert seen.trend == culture.trend(db, who)
        assert seen.teams == {t.id: t.name for t in people.list_teams(db, who)}
        assert seen.threshold == culture.current_threshold(db)
        assert seen.newest_round_id == second
        assert seen.newest_result == culture.results(db, who, second)
        assert seen.newest_refused is None
    assert [r.id for r in culture.overview(db, pros[0]).mine] == []
    assert [r.id for r in culture.overview(db, pros[1]).mine] == [still_open]


def test_the_overview_says_why_the_newest_result_is_not_shown(db, owner, add_person):
    pros = [add_person(password=None) for _ in range(2)]
    small = answered_round(db, owner, pros, 3)
    seen = culture.overview(db, owner)
    assert seen.newest_round_id == small and seen.newest_result is None
    assert isinstance(seen.newest_refused, Conflict)
    assert seen.newest_refused.code == "too_few_respondents"
