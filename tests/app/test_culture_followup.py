"""Issue 19, item 2: actions after the scan are followed up.

Each action has an owner and a due date; a month after the round the people it was for are
asked once whether the actions helped (anonymous as the scan, shown from the threshold); the
next round shows each action's status beside the change in its characteristic.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.services import culture, culture_answers, people
from models import CultureRound
from models.errors import Conflict, Forbidden, Invalid

NEXT_WEEK = date.today() + timedelta(days=7)
KEYS = culture.statement_keys()


def now(db) -> datetime:
    with db.read() as s:
        return culture.database_now(s)


def followup_window(db, round_id: int, opens: datetime, closes: datetime) -> None:
    """Move the follow-up's window (a month passing, in a test)."""
    with db.transaction() as s:
        r = s.get(CultureRound, round_id)
        r.followup_opens_at, r.followup_closes_at = opens, closes


def open_followup(db, round_id: int) -> None:
    followup_window(db, round_id, now(db) - timedelta(days=1), now(db) + timedelta(days=13))


def close_followup(db, round_id: int) -> None:
    followup_window(db, round_id, now(db) - timedelta(days=14), now(db) - timedelta(seconds=1))


@pytest.fixture
def scanned(db, owner, add_person):
    """A round for the bakers (five answered), its focus and one action; a seller outside."""
    bakers = people.add_team(db, owner, "Bakkers").value
    sellers = people.add_team(db, owner, "Verkopers").value
    team = [add_person(team_ids=[bakers], password=None) for _ in range(6)]
    seller = add_person(team_ids=[sellers], password=None)
    round_id = culture.open_round(db, owner, NEXT_WEEK, [bakers]).value
    for pro in team[:5]:
        culture.answer(db, pro, round_id, dict.fromkeys(KEYS, 2))
    culture.close_round(db, owner, round_id)
    culture.choose_focus(db, owner, round_id, ["feedback"])
    culture.add_culture_action(db, owner, round_id, "feedback", "Feedbackrondje op vrijdag",
                               team[0].person_id, NEXT_WEEK)
    return round_id, team, seller


def test_the_question_comes_a_month_after_the_round_for_two_weeks(db, owner, scanned):
    round_id, team, _seller = scanned
    result = culture.results(db, owner, round_id)
    closed_on = culture_answers._local_day(culture.rounds(db, owner)[0].closed_at)
    expected = culture_answers._plus_month(closed_on)
    assert (result.followup.state, result.followup.opens_on) == ("planned", expected)
    assert result.followup.closes_on == expected + timedelta(days=13)
    assert culture.my_followups(db, team[0]) == []
    with pytest.raises(Conflict) as err:
        culture.answer_followup(db, team[0], round_id, 4)
    assert err.value.code == "culture_followup_not_open"
    assert culture.results(db, owner, round_id).followup.state == "planned"


def test_the_people_of_the_round_are_asked_once_anonymously(db, owner, scanned):
    round_id, team, seller = scanned
    open_followup(db, round_id)
    waiting = culture.my_followups(db, team[5])  # asked too, though they skipped the scan
    assert [(q.round_id, [a.title for a in q.actions]) for q in waiting] == [
        (round_id, ["Feedbackrondje op vrijdag"])]
    assert culture.my_followups(db, seller) == []  # the round was not for sellers
    with pytest.raises(Forbidden):
        culture.answer_followup(db, seller, round_id, 5)
    with pytest.raises(Invalid):
        culture.answer_followup(db, team[0], round_id, 6)
    culture.answer_followup(db, team[0], round_id, 4)
    with pytest.raises(Conflict) as err:
        culture.answer_followup(db, team[0], round_id, 4)
    assert err.value.code == "already_answered"
    assert culture.my_followups(db, team[0]) == []
    running = culture.results(db, owner, round_id).followup
    assert (running.state, running.respondents, running.mean) == ("open", 1, None)


def test_the_answer_shows_only_from_the_threshold_after_the_question_closed(
        db, owner, scanned):
    round_id, team, _seller = scanned
    open_followup(db, round_id)
    for pro, value in zip(team[:4], (5, 4, 4, 0), strict=True):
        culture.answer_followup(db, pro, round_id, value)
    close_followup(db, round_id)
    assert culture.results(db, owner, round_id).followup.state == "too_few"
    with pytest.raises(Conflict):  # closed: the fifth is too late
        culture.answer_followup(db, team[4], round_id, 1)

    # Another round, where five answer: shown, "don't know" left out of the mean.
    open_followup(db, round_id)
    with db.transaction() as s:
        s.get(CultureRound, round_id).followup_closed_at = None
    culture.answer_followup(db, team[4], round_id, 1)
    close_followup(db, round_id)
    outcome = culture.results(db, owner, round_id).followup
    assert (outcome.state, outcome.respondents, outcome.dont_know) == ("shown", 5, 1)
    assert outcome.mean == pytest.approx((5 + 4 + 4 + 1) / 4)


def test_the_next_round_shows_each_actions_status_beside_the_change(db, owner, scanned):
    round_id, team, _seller = scanned
    action = culture.results(db, owner, round_id).actions["feedback"][0]
    culture.set_culture_action_status(db, owner, action.id, "done")
    open_followup(db, round_id)
    for pro in team[:5]:
        culture.answer_followup(db, pro, round_id, 4)
    close_followup(db, round_id)
    bakers = culture.rounds(db, owner)[0].team_ids
    second = culture.open_round(db, owner, NEXT_WEEK, list(bakers)).value
    for pro in team[:5]:
        culture.answer(db, pro, second, dict.fromkeys(KEYS, 3))
    culture.close_round(db, owner, second)
    result = culture.results(db, owner, second)
    (feedback,) = result.previous_focus
    assert (feedback.key, feedback.previous_mean, feedback.mean, feedback.change) == (
        "feedback", 2, 3, 1)
    assert [(a.title, a.status, a.owner_name, a.due) for a in feedback.actions] == [
        ("Feedbackrondje op vrijdag", "done", team[0].name, NEXT_WEEK)]
    assert (result.previous_followup.state, result.previous_followup.mean) == ("shown", 4)
    data = result.to_data()
    assert data["previous_focus"][0]["change"] == 1
    assert data["previous_focus"][0]["actions"][0]["owner"] == team[0].name
    assert data["previous_followup"]["mean"] == 4


def test_without_actions_nobody_is_asked(db, owner, add_person):
    pros = [add_person(password=None) for _ in range(5)]
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    for pro in pros:
        culture.answer(db, pro, round_id, dict.fromkeys(KEYS, 3))
    culture.close_round(db, owner, round_id)
    open_followup(db, round_id)
    assert culture.my_followups(db, pros[0]) == []
    with pytest.raises(Conflict):
        culture.answer_followup(db, pros[0], round_id, 3)
    assert culture.results(db, owner, round_id).followup.state == "none"
