"""The large demo organisation (scaled down here) stays valid for the app's own services."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from sqlalchemy import func, select

from app import demo_large
from app.cli import main
from app.demo import demo_password
from app.services import (
    budget,
    conversations,
    culture,
    home,
    learning_requests,
    lessons,
    people,
    situations,
)
from app.services.auth import actor_for, authenticate
from models import WorkSituation

TODAY = date(2026, 11, 27)


@pytest.fixture
def large(db):
    result = demo_large.create_large_demo(db, scale=0.05, today=TODAY)
    return db, result


def test_it_makes_250_people_in_15_teams_with_history(large):
    db, result = large
    owner = actor_for(db, 1)
    assert result.people == 250
    assert len(people.list_people(db, owner, include_archived=True)) == 250
    assert len(people.list_teams(db, owner)) == 15
    for table in ("cycle", "session", "conversation", "action", "lesson", "learning_request",
                  "culture_round", "attendance", "learning_hours"):
        assert result.counts[table] > 0, table


def test_its_people_can_log_in_with_the_demo_password(large):
    db, _ = large
    assert authenticate(db, 40, demo_password()).actor.person_id == 40


def test_the_services_read_it_without_trouble(large):
    db, _ = large
    owner = actor_for(db, 1)
    manager = actor_for(db, 2)
    professional = actor_for(db, 40)
    assert lessons.search_lessons(db, owner, "planning")
    assert conversations.list_conversations(db, owner)
    assert conversations.list_conversations(db, professional)
    book = budget.ledger(db, owner, TODAY.year)
    assert book is not None
    assert learning_requests.requests_to_decide(db, manager) is not None
    with db.read() as s:
        situation_owner = s.scalar(select(WorkSituation.owner_id).limit(1))
    assert situations.list_situations(db, actor_for(db, situation_owner))
    rounds = culture.rounds(db, owner)
    assert rounds and culture.results(db, owner, rounds[0].id) is not None
    assert home.my_home(db, professional) is not None
    # Planning the current half year again creates nothing: every conversation is there.
    year, half = conversations.half_year_of(TODAY)
    assert conversations.plan_half_year(db, owner, year, half).value == 0


def test_the_admin_command_makes_it_and_check_passes(capsys, data_dir, monkeypatch):
    monkeypatch.setattr(demo_large, "create_large_demo",
                        partial(demo_large.create_large_demo, scale=0.05))
    assert main(["--data-dir", str(data_dir), "--lang", "en", "demo", "--large"]) == 0
    assert "250 people" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "--lang", "en", "check"]) == 0
    assert "integrity check ok" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "demo", "--large"]) == 2


def test_a_size_makes_that_many_people_in_proportionate_teams(capsys, data_dir, monkeypatch):
    """Issue 23: the growth benchmark's organisations, 25 and 2,500 people (here 40)."""
    from models import Person, Team

    monkeypatch.setattr(demo_large, "create_large_demo",
                        partial(demo_large.create_large_demo, scale=0.05))
    assert main(["--data-dir", str(data_dir), "--lang", "en", "demo", "--people", "40"]) == 0
    assert "40 people" in capsys.readouterr().out
    from app.paths import resolve_location
    from app.storage import open_location

    db, _ = open_location(resolve_location(data_dir))
    try:
        with db.read() as s:
            assert s.scalar(select(func.count(Person.id))) == 40
            assert s.scalar(select(func.count(Team.id))) == 2  # about 17 people a team
    finally:
        db.dispose()


def test_the_same_size_is_the_same_organisation(tmp_path):
    from app.db import Database
    from app.paths import sqlite_url
    from app.schema import migrate
    from models import Person

    names = []
    for n in (1, 2):
        db = Database(sqlite_url(tmp_path / f"{n}.sqlite3"))
        migrate(db)
        demo_large.create_large_demo(db, scale=0.02, today=TODAY, people=30)
        with db.read() as s:
            names.append(list(s.scalars(select(Person.name).order_by(Person.id))))
        db.dispose()
    assert names[0] == names[1] and len(names[0]) == 30


@pytest.mark.parametrize("size", ["19", "10001", "veel", "-5"])
def test_a_size_out_of_range_is_refused_with_a_message(capsys, data_dir, size):
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(data_dir), "--lang", "en", "demo", "--people", size])
    assert exit_.value.code == 2
    assert "give a whole number from 20 to 10000" in capsys.readouterr().err
    assert not (data_dir / "regiestoel.sqlite3").exists()
