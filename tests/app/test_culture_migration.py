"""Migration 0008 carries every culture scan count and participation over exactly."""

from __future__ import annotations

import shutil
import sqlite3
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from app.paths import resolve_location
from app.services import culture
from app.storage import open_location
from models.culture import unpack_counts, unpack_people

DATA = Path(__file__).resolve().parents[1] / "data"
# Databases from before 0008 (culture scan from 0006 on): later ones have no tallies per
# statement key left to carry over.
WITH_CULTURE = [p for p in sorted(DATA.glob("schema_*.sqlite3"))
                if "0006" <= p.stem.removeprefix("schema_") < "0008"]

Counts = dict[tuple[int, int | None, str, int], int]


def old_state(path: Path) -> tuple[Counts, dict[int, set[int]], list[tuple], list[tuple]]:
    con = sqlite3.connect(path)
    try:
        counts: Counts = defaultdict(int)
        for r, t, k, a, n in con.execute("SELECT round_id, team_id, statement_key, answer, "
                                          "count FROM culture_tally"):
            counts[(r, t, k, a)] += n
        people: dict[int, set[int]] = defaultdict(set)
        for r, p in con.execute("SELECT round_id, person_id FROM culture_participation"):
            people[r].add(p)
        kept = [tuple(row) for row in con.execute(
            "SELECT id, round_id, key, title, owner_id, due, status FROM culture_action "
            "ORDER BY id")]
        scope = [tuple(row) for row in con.execute(
            "SELECT round_id, team_id FROM culture_round_team ORDER BY 1, 2")]
    finally:
        con.close()
    return {c: n for c, n in counts.items() if n}, dict(people), kept, scope


def new_state(conn) -> tuple[Counts, dict[int, set[int]], list[tuple], list[tuple]]:
    layouts = {r: layout.split(",") for r, layout in conn.execute(text(
        "SELECT id, layout FROM culture_round"))}
    counts: Counts = defaultdict(int)
    for r, t, block in conn.execute(text(
            "SELECT round_id, team_id, counts FROM culture_tally WHERE part = 'scan'")):
        for (k, a), n in unpack_counts(layouts[r], bytes(block)).items():
            counts[(r, t, k, a)] += n
    people = {r: set(unpack_people(bytes(block))) for r, block in conn.execute(text(
        "SELECT round_id, people FROM culture_participation WHERE part = 'scan'"))}
    kept = [tuple(row) for row in conn.execute(text(
        "SELECT id, round_id, key, title, owner_id, due, status FROM culture_action "
        "ORDER BY id"))]
    scope = [tuple(row) for row in conn.execute(text(
        "SELECT round_id, team_id FROM culture_round_team ORDER BY 1, 2"))]
    return ({c: n for c, n in counts.items() if n}, {r: p for r, p in people.items() if p},
            kept, scope)


@pytest.mark.parametrize("old", WITH_CULTURE, ids=lambda p: p.stem)
def test_every_count_participation_focus_and_action_survives_the_upgrade(old, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(old, folder / "regiestoel.sqlite3")
    before = old_state(old)
    if old.stem >= "schema_0007":  # made by a demo with three scan rounds
        assert before[0] and before[1] and before[2] and before[3]
    db, _status = open_location(resolve_location(folder))
    try:
        with db.engine.connect() as conn:
            assert new_state(conn) == before
        # Rounds told "at least 3" keep that promise only if the owner lowers to 3 again.
        rows = culture.rounds(db, _admin())
        assert all(r.threshold == 5 for r in rows)
    finally:
        db.dispose()


def _admin():
    from app.access import Actor

    return Actor.machine_admin()


def alembic(conn, action: str, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    from models.migrations import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    getattr(command, action)(cfg, revision)


def test_down_and_up_again_keeps_the_counts_and_new_rounds_get_new_ids(db, owner, add_person):
    """On SQLite and PostgreSQL: 0008 -> 0007 -> 0008 with answers in between, then a round
    opened after the upgrade gets an id of its own (the recreated tables' sequences)."""
    pros = [add_person(password=None) for _ in range(5)]
    first = culture.open_round(db, owner, date.today() + timedelta(days=7)).value
    for i, pro in enumerate(pros):
        culture.answer(db, pro, first, dict.fromkeys(culture.statement_keys(), i % 6))
    culture.close_round(db, owner, first)
    culture.choose_focus(db, owner, first, ["feedback"])
    culture.add_culture_action(db, owner, first, "feedback", "Feedbackrondje",
                               pros[0].person_id, date.today() + timedelta(days=30))
    kept = ("respondents", "characteristics", "focus", "actions")

    def scan_part(data: dict) -> dict:
        return {k: data[k] for k in kept}

    before = scan_part(culture.results(db, owner, first).to_data())
    with db.engine.begin() as conn:
        alembic(conn, "downgrade", "0007")
        assert conn.execute(text("SELECT count(*) FROM culture_tally")).scalar() == 180
    with db.engine.begin() as conn:
        alembic(conn, "upgrade", "head")
    db.dispose()
    assert scan_part(culture.results(db, owner, first).to_data()) == before
    second = culture.open_round(db, owner, date.today() + timedelta(days=7)).value
    assert second == first + 1
    action = culture.add_culture_action(db, owner, first, "feedback", "Nog een",
                                        pros[1].person_id, date.today() + timedelta(days=9))
    assert action.value == 2
