"""Finding 9: a culture round ends by the database's clock, never a laptop's.

A round closes at 00:00 Europe/Amsterdam after its closing day. The first look after that
closes it for good; from then on every answer is refused, so two reads of the results can
never differ by one person's answers.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from app.services import culture, culture_answers
from models import CultureRound
from models.errors import Conflict

NEXT_WEEK = date.today() + timedelta(days=7)


def answers(value: int) -> dict[str, int]:
    return dict.fromkeys(culture.statement_keys(), value)


def server_now(db) -> datetime:
    with db.read() as s:
        return culture.database_now(s)


def close_at(db, round_id: int, moment: datetime) -> None:
    """Let the round's closing moment be ``moment`` (time passing, in a test)."""
    with db.transaction() as s:
        r = s.get(CultureRound, round_id)
        r.closes_at = moment
        r.closes_on = culture_answers._local_day(moment) - timedelta(days=1)


def test_the_closing_moment_is_midnight_in_amsterdam_after_the_closing_day():
    assert culture.closing_moment(date(2026, 12, 4)) == datetime(2026, 12, 4, 23, tzinfo=UTC)
    assert culture.closing_moment(date(2026, 7, 1)) == datetime(2026, 7, 1, 22, tzinfo=UTC)
    # The night the clocks go back: still midnight on the wall.
    assert culture.closing_moment(date(2026, 10, 24)) == datetime(2026, 10, 24, 22, tzinfo=UTC)


def test_an_answer_after_the_results_were_shown_is_refused_whatever_the_laptops_clock(
        db, owner, add_person, monkeypatch):
    pros = [add_person(password=None) for _ in range(6)]
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    for pro in pros[:5]:
        culture.answer(db, pro, round_id, answers(4))
    close_at(db, round_id, server_now(db) - timedelta(minutes=1))
    first = culture.results(db, owner, round_id)  # one laptop shows the results
    # Another laptop still thinks it is the closing day (on SQLite this is the machine's
    # own clock, on PostgreSQL it is ignored): the round was closed for good by the look.
    monkeypatch.setattr(culture_answers, "_machine_now",
                        lambda: datetime.now(UTC) - timedelta(days=1))
    assert culture.my_open_rounds(db, pros[5]) == []
    with pytest.raises(Conflict) as err:
        culture.answer(db, pros[5], round_id, answers(1))
    assert err.value.code == "culture_round_closed"
    assert culture.results(db, owner, round_id) == first


@pytest.mark.postgresql_only
def test_on_a_server_a_laptop_whose_clock_is_behind_cannot_answer_after_midnight(
        db, owner, add_person, monkeypatch):
    if not db.is_postgresql:
        pytest.skip("about a database server's clock; SQLite's is the machine's own")
    pros = [add_person(password=None) for _ in range(2)]
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    with db.transaction() as s:  # midnight has passed on the server, one second ago
        s.execute(text("UPDATE culture_round SET closes_at = now() - interval '1 second'"))
    monkeypatch.setattr(culture_answers, "_machine_now",
                        lambda: datetime.now(UTC) - timedelta(hours=2))
    with pytest.raises(Conflict) as err:
        culture.answer(db, pros[0], round_id, answers(3))
    assert err.value.code == "culture_round_closed"
    assert not culture.rounds(db, owner)[0].is_open


def test_just_before_the_closing_moment_is_open_just_after_is_closed(db, owner, add_person):
    pros = [add_person(password=None) for _ in range(2)]
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    close_at(db, round_id, server_now(db) + timedelta(minutes=5))
    culture.answer(db, pros[0], round_id, answers(3))
    close_at(db, round_id, server_now(db) - timedelta(seconds=1))
    with pytest.raises(Conflict):
        culture.answer(db, pros[1], round_id, answers(3))


def test_midnight_between_the_two_transactions_loses_the_answer_not_the_secret(
        db, owner, add_person, monkeypatch):
    """The closing moment passes after someone's "I took part" and before their counts; in
    that instant another laptop shows the results. The counts are refused, so the results
    never change afterwards, and the person is told their answers were not counted."""
    pros = [add_person(password=None) for _ in range(6)]
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    for pro in pros[:5]:
        culture.answer(db, pro, round_id, answers(4))
    shown: list[culture.Results] = []
    add = culture_answers._add_to_counts

    def midnight_then_add(*args, **kwargs):
        close_at(db, round_id, server_now(db) - timedelta(seconds=1))
        shown.append(culture.results(db, owner, round_id))
        add(*args, **kwargs)

    monkeypatch.setattr(culture_answers, "_add_to_counts", midnight_then_add)
    with pytest.raises(Conflict) as err:
        culture.answer(db, pros[5], round_id, answers(1))
    assert err.value.code == "culture_answers_not_counted"
    assert culture.results(db, owner, round_id) == shown[0]
    assert shown[0].respondents == 5
