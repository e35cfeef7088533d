"""A part of a Dutch compound finds the lesson: `tekening` in `installatietekeningen`."""

from __future__ import annotations

import pytest

from app import lesson_search
from tests.app.test_lessons import _migration, add, pro, titles  # noqa: F401 - fixtures


@pytest.fixture
def drawings(add):  # noqa: F811
    add("Installatietekeningen op tijd bij de monteur")
    add("Een tekening van de meterkast maken")
    add("Abusievelijk naar de verkeerde klant")
    add("Offerte samen nalopen", context="Met de werkvoorbereiding erbij.")


def test_the_part_of_a_compound_finds_it_and_whole_words_come_first(db, pro, drawings):  # noqa: F811
    assert titles(db, pro, "tekening") == ["Een tekening van de meterkast maken",
                                           "Installatietekeningen op tijd bij de monteur"]
    assert set(titles(db, pro, "tekeningen")) == set(titles(db, pro, "tekening"))
    assert titles(db, pro, "voorbereiding") == ["Offerte samen nalopen"]
    assert titles(db, pro, "installatie monteur") == [
        "Installatietekeningen op tijd bij de monteur"]


def test_every_word_must_still_match_and_short_parts_are_not_searched(db, pro, drawings):  # noqa: F811
    assert titles(db, pro, "tekening offerte") == []
    assert titles(db, pro, "bus") == []  # not inside "abusievelijk": too short to be a part


def test_a_removed_or_rebuilt_lesson_keeps_its_parts_in_step(db, pro, add):  # noqa: F811
    from app.services import lessons

    lesson_id = add("Installatietekeningen op tijd")
    assert titles(db, pro, "tekening") == ["Installatietekeningen op tijd"]
    with db.transaction() as s:
        assert lesson_search.index_for(db).rebuild(s) == 1
    assert titles(db, pro, "tekening") == ["Installatietekeningen op tijd"]
    lessons.delete_lesson(db, pro, lesson_id, expected_version=lessons.get_lesson(
        db, pro, lesson_id).version_id)
    assert titles(db, pro, "tekening") == []


def test_the_migration_makes_the_terms_and_the_table_the_app_makes():
    migration = _migration("0012_lesson_search_parts")
    sample = "Installatietekeningen, ideeën en ÉÉN werkplek-inrichting!"
    assert migration.terms_text(sample) == lesson_search.terms_text(sample)
    assert migration.CREATE_PARTS_TABLE == lesson_search.CREATE_PARTS_TABLE


def test_the_migration_indexes_the_parts_of_lessons_already_there(db, data_dir, pro, add):  # noqa: F811
    from alembic import command
    from alembic.config import Config

    from app.paths import resolve_location
    from app.storage import open_location
    from models.migrations import MIGRATIONS_DIR

    add("Installatietekeningen op tijd")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.begin() as conn:  # back to how a 0011 database looked, lessons kept
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0011")
    db.dispose()
    upgraded, _ = open_location(resolve_location(data_dir))
    try:
        assert titles(upgraded, pro, "tekening") == ["Installatietekeningen op tijd"]
    finally:
        upgraded.dispose()


def test_the_compound_is_highlighted_where_its_part_was_found(db, pro, drawings):  # noqa: F811
    from app.services import lessons

    hits = {h.row.title: h for h in lessons.search_lessons(db, pro, "tekening")}
    assert "<mark>Installatietekeningen</mark>" in hits[
        "Installatietekeningen op tijd bij de monteur"].title_html
