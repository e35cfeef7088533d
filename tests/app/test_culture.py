"""The learning culture scan: answer once, counts only, nothing shown for fewer than three."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.services import culture, people
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
    return team_id, [add_person(team_ids=[team_id]) for _ in range(size)]


def scores(result: culture.Results) -> dict[str, culture.CharacteristicResult]:
    return {c.key: c for c in result.characteristics}


def test_the_content_has_ten_characteristics_with_three_statements_in_both_languages():
    for language in ("nl", "en"):
        chars = culture.characteristics(language)
        assert len(chars) == 10
        assert all(len(c.statements) == 3 for c in chars)
        assert [s.key for c in chars for s in c.statements] == list(KEYS)
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


@pytest.mark.sqlite_only  # reads the SQLite file next to the program
def test_nothing_links_a_participation_to_the_tallies(db, owner, add_person, data_dir: Path):
    pros = [add_person() for _ in range(3)]
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    with sqlite3.connect(data_dir / "regiestoel.sqlite3") as con:
        before = con.execute("SELECT id, statement_key, answer FROM culture_tally "
                             "ORDER BY id").fetchall()
    for i, pro in enumerate(pros):
        culture.answer(db, pro, round_id, all_answers(i + 1))
    with sqlite3.connect(data_dir / "regiestoel.sqlite3") as con:
        def columns(table: str) -> set[str]:
            return {row[1] for row in con.execute(f"PRAGMA table_info({table})")}

        participation, tally = columns("culture_participation"), columns("culture_tally")
        assert participation == {"round_id", "person_id"}
        assert participation & tally == {"round_id"}
        assert not any("at" in c.split("_") or "time" in c for c in participation | tally)
        # Every cell existed before the first answer: rows and ids say nothing about order.
        after = con.execute("SELECT id, statement_key, answer FROM culture_tally "
                            "ORDER BY id").fetchall()
        assert after == before
        assert con.execute("SELECT count(*) FROM culture_tally WHERE round_id = ?",
                           (round_id,)).fetchone()[0] == len(KEYS) * 6
        # Counts only: three answers end up as counts of one, no row per answer.
        counts = con.execute("SELECT DISTINCT count FROM culture_tally").fetchall()
        assert set(counts) == {(0,), (1,)}
        audit = " ".join(r[0] for r in con.execute("SELECT action FROM audit_entry"))
        assert "answer" not in audit


def test_fewer_than_three_respondents_show_nothing_and_an_open_round_shows_nothing(
        db, owner, add_person):
    pros = [add_person() for _ in range(3)]
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    for pro in pros[:2]:
        culture.answer(db, pro, round_id, all_answers(5))
    with pytest.raises(Conflict) as err:
        culture.results(db, pros[0], round_id)
    assert err.value.code == "culture_round_still_open"
    culture.close_round(db, owner, round_id)
    with pytest.raises(Conflict) as err:
        culture.results(db, pros[0], round_id)
    assert err.value.code == "too_few_respondents"
    assert culture.trend(db, pros[0]) == []


def test_means_and_counts_on_fixed_answers(db, owner, add_person):
    pros = [add_person() for _ in range(4)]
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    culture.answer(db, pros[0], round_id, all_answers(5))
    culture.answer(db, pros[1], round_id, all_answers(4, openness__1=0))
    culture.answer(db, pros[2], round_id, all_answers(0, openness__2=1))
    culture.answer(db, pros[3], round_id, all_answers(2))
    culture.close_round(db, owner, round_id)
    result = culture.results(db, pros[0], round_id)
    assert result.respondents == 4
    s = scores(result)
    # openness: 5,5,5 + dk,4,4 + dk,1,dk + 2,2,2 -> nine answers summing 30, three don't knows
    assert (s["openness"].answers, s["openness"].dont_know) == (9, 3)
    assert s["openness"].mean == pytest.approx((15 + 8 + 1 + 6) / 9)
    # elsewhere: 5,4,2 three times each, and three don't knows
    assert (s["feedback"].answers, s["feedback"].dont_know) == (9, 3)
    assert s["feedback"].mean == pytest.approx(11 / 3)


def test_a_team_filter_needs_three_in_the_team(db, owner, add_person):
    a, team_a = team_with(db, owner, add_person, "Bakkers", 3)
    b, team_b = team_with(db, owner, add_person, "Verkopers", 3)
    round_id = culture.open_round(db, owner, NEXT_WEEK, [a, b]).value
    for pro in team_a:
        culture.answer(db, pro, round_id, all_answers(4))
    for pro in team_b[:2]:
        culture.answer(db, pro, round_id, all_answers(2))
    culture.close_round(db, owner, round_id)
    assert culture.results(db, owner, round_id).respondents == 5
    for team_id in (a, b):
        with pytest.raises(Conflict) as err:
            culture.results(db, owner, round_id, team_id)
        assert err.value.code == "too_few_respondents"


def test_team_results_where_every_team_has_three(db, owner, add_person):
    a, team_a = team_with(db, owner, add_person, "Bakkers", 3)
    b, team_b = team_with(db, owner, add_person, "Verkopers", 4)
    round_id = culture.open_round(db, owner, NEXT_WEEK, [a, b]).value
    for pro in team_a:
        culture.answer(db, pro, round_id, all_answers(4))
    for pro in team_b:
        culture.answer(db, pro, round_id, all_answers(2))
    culture.close_round(db, owner, round_id)
    result_a = culture.results(db, owner, round_id, a)
    assert result_a.respondents == 3
    assert scores(result_a)["change"].mean == 4
    assert scores(culture.results(db, owner, round_id, b))["change"].mean == 2


def test_subtracting_a_team_from_the_whole_cannot_reveal_the_fourth_answer(
        db, owner, add_person):
    """A team of three and an organisation of four: whole minus team would be one person."""
    a, team_a = team_with(db, owner, add_person, "Bakkers", 3)
    b, (fourth,) = team_with(db, owner, add_person, "Chauffeurs", 1)
    scoped = culture.open_round(db, owner, NEXT_WEEK, [a, b]).value
    whole = culture.open_round(db, owner, NEXT_WEEK).value
    for round_id in (scoped, whole):
        for pro in team_a:
            culture.answer(db, pro, round_id, all_answers(3))
        culture.answer(db, fourth, round_id, all_answers(1))
        culture.close_round(db, owner, round_id)

    visible = []
    for round_id in (scoped, whole):
        for team_id in (None, a, b):
            with contextlib.suppress(Conflict, Invalid):
                visible.append((round_id, team_id, culture.results(db, owner, round_id, team_id)))
    # Only the whole of each round is shown; no team result to subtract.
    assert [(r, t) for r, t, _ in visible] == [(scoped, None), (whole, None)]
    # And no two shown results differ by exactly one respondent within a round.
    for r1, _t1, x in visible:
        for r2, _t2, y in visible:
            if r1 == r2 and x is not y:
                assert abs(x.respondents - y.respondents) >= culture.MIN_RESPONDENTS
    with pytest.raises(Invalid) as err:
        culture.results(db, owner, whole, a)
    assert err.value.code == "culture_team_not_in_round"


def test_trend_uses_closed_rounds_with_three_respondents(db, owner, add_person):
    pros = [add_person() for _ in range(3)]
    first = culture.open_round(db, owner, NEXT_WEEK).value
    for pro in pros:
        culture.answer(db, pro, first, all_answers(2))
    culture.close_round(db, owner, first)
    small = culture.open_round(db, owner, NEXT_WEEK).value
    culture.answer(db, pros[0], small, all_answers(5))
    culture.close_round(db, owner, small)
    second = culture.open_round(db, owner, NEXT_WEEK + timedelta(days=1)).value
    for pro in pros:
        culture.answer(db, pro, second, all_answers(4))
    culture.open_round(db, owner, NEXT_WEEK)  # still open: not in the trend
    culture.close_round(db, owner, second)
    points = culture.trend(db, pros[0])
    assert [p.round_id for p in points] == [first, second]
    assert [p.means["feedback"] for p in points] == [2, 4]


def test_focus_and_its_actions_come_back_with_the_next_round(db, owner, add_person):
    pros = [add_person() for _ in range(3)]
    first = culture.open_round(db, owner, NEXT_WEEK).value
    for pro in pros:
        culture.answer(db, pro, first, all_answers(2))
    culture.close_round(db, owner, first)
    with pytest.raises(Invalid):
        culture.choose_focus(db, owner, first, ["feedback", "mistakes", "change"])
    with pytest.raises(Invalid):
        culture.choose_focus(db, owner, first, ["nonsense"])
    with pytest.raises(Forbidden):
        culture.choose_focus(db, pros[0], first, ["feedback"])
    culture.choose_focus(db, owner, first, ["feedback", "mistakes"])
    with pytest.raises(Invalid):
        culture.add_culture_action(db, owner, first, "change", "Iets")
    culture.add_culture_action(db, owner, first, "feedback", "Elke vrijdag een feedbackrondje",
                               owner_id=pros[0].person_id, due=NEXT_WEEK)
    assert culture.results(db, owner, first).focus == ("mistakes", "feedback")

    second = culture.open_round(db, owner, NEXT_WEEK).value
    for pro in pros:
        culture.answer(db, pro, second, all_answers(4))
    culture.close_round(db, owner, second)
    follow = culture.results(db, pros[1], second).previous_focus
    assert [(f.key, f.previous_round_id, f.previous_mean) for f in follow] == [
        ("mistakes", first, 2), ("feedback", first, 2)]
    assert [a.title for a in follow[1].actions] == ["Elke vrijdag een feedbackrondje"]


@pytest.fixture
def scan_data(db, owner, add_person, data_dir: Path) -> dict[str, int]:
    a, team_a = team_with(db, owner, add_person, "Bakkers", 3)
    b, team_b = team_with(db, owner, add_person, "Verkopers", 1)
    full = culture.open_round(db, owner, NEXT_WEEK, [a, b]).value
    for pro in team_a + team_b:
        culture.answer(db, pro, full, all_answers(4))
    culture.close_round(db, owner, full)
    small = culture.open_round(db, owner, NEXT_WEEK).value
    culture.answer(db, team_a[0], small, all_answers(4))
    culture.close_round(db, owner, small)
    return {"full": full, "small": small, "team_a": a}


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_lists_rounds_tab_separated(scan_data, data_dir, capsys):
    code, out, _err = run(capsys, "--data-dir", str(data_dir), "culture", "rounds")
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert [(int(r[0]), r[2], int(r[3])) for r in lines] == [
        (scan_data["full"], NEXT_WEEK.isoformat(), 4),
        (scan_data["small"], NEXT_WEEK.isoformat(), 1)]
    assert abs(date.fromisoformat(lines[0][1]) - TODAY) <= timedelta(days=1)


def test_cli_prints_results_as_json(scan_data, data_dir, capsys):
    code, out, _err = run(capsys, "--data-dir", str(data_dir), "culture", "results",
                          str(scan_data["full"]))
    assert code == 0
    data = json.loads(out)
    assert data["respondents"] == 4
    assert {c["key"]: c["mean"] for c in data["characteristics"]}["openness"] == 4


@pytest.mark.parametrize("which, team", [("small", None), ("full", "team_a")])
def test_cli_says_too_few_in_one_line_and_exits_1(scan_data, data_dir, capsys, which, team):
    args = ["--data-dir", str(data_dir), "--lang", "en", "culture", "results",
            str(scan_data[which])]
    if team:
        args += ["--team", str(scan_data[team])]
    code, out, err = run(capsys, *args)
    assert (code, out) == (1, "")
    assert len(err.strip().splitlines()) == 1
    assert "Too few" in err


def test_cli_unknown_round_is_bad_input(scan_data, data_dir, capsys):
    code, _out, err = run(capsys, "--data-dir", str(data_dir), "culture", "results", "999")
    assert code == 2
    assert err


def test_the_privacy_statement_says_plainly_what_remains():
    assert "kopieert" in culture.privacy_statement("nl")
    assert "3" in culture.privacy_statement("nl")
    assert "copies the database files" in culture.privacy_statement("en")


def test_a_round_past_its_closing_date_counts_as_closed_without_closing_it(
        db, owner, add_person):
    from models import CultureRound

    pros = [add_person() for _ in range(4)]
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    for pro in pros[:3]:
        culture.answer(db, pro, round_id, all_answers(4))
    with db.transaction() as s:  # the week goes by without anyone closing the round
        s.get(CultureRound, round_id).closes_on = TODAY - timedelta(days=1)
    with pytest.raises(Conflict) as err:
        culture.answer(db, pros[3], round_id, all_answers(1))
    assert err.value.code == "culture_round_closed"
    assert culture.my_open_rounds(db, pros[3]) == []
    row = culture.rounds(db, owner)[0]
    assert not row.is_open and row.closed_at is None
    assert culture.results(db, owner, round_id).respondents == 3
    assert [p.round_id for p in culture.trend(db, owner)] == [round_id]
    culture.choose_focus(db, owner, round_id, ["feedback"])
