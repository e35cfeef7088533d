"""Lessons learned: written once, found again by anyone, in any Dutch form of a word."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app import lesson_search
from app.cli import main
from app.services import lessons
from app.services.lessons import LessonInput
from models import Role
from models.errors import Conflict, Forbidden, Invalid, NotFound

ROOT = Path(__file__).resolve().parents[2]

FILLER = [
    LessonInput(title="Koffiepauze op vaste tijden", context="Iedereen wist waar de rest was."),
    LessonInput(title="Gereedschap terugleggen", context="De bus was 's ochtends op orde."),
    LessonInput(title="Klant bellen voor vertrek", context="Minder voor een dichte deur."),
    LessonInput(title="Offerte samen nalopen", context="Twee paar ogen zien meer."),
]


@pytest.fixture
def pro(add_person):
    return add_person("Kevin Mulder", password=None)


@pytest.fixture
def add(db, pro):
    """Add a lesson as ``pro`` (or as ``actor=``) and return its id."""

    def make(title: str, actor=None, **fields) -> int:
        return lessons.add_lesson(db, actor or pro, LessonInput(title=title, **fields)).value

    return make


def titles(db, actor, query: str) -> list[str]:
    return [hit.row.title for hit in lessons.search_lessons(db, actor, query)]


# --- writing and reading -------------------------------------------------------------------


def test_a_written_lesson_can_be_read_by_everyone_with_its_author(db, add_person, pro, add):
    lesson_id = add(
        "Samen plannen werkt beter",
        context="De planning liep steeds uit.\nWe zaten er los van elkaar aan.",
        what_worked="Elke maandag een kwartier samen.",
        tags=["Planning", "Overleg"],
    )
    colleague = add_person(password=None)
    row = lessons.get_lesson(db, colleague, lesson_id)
    assert row.title == "Samen plannen werkt beter"
    assert row.context == "De planning liep steeds uit.\nWe zaten er los van elkaar aan."
    assert row.tags == ("Planning", "Overleg")
    assert (row.author_id, row.author_name) == (pro.person_id, "Kevin Mulder")
    assert row.created_at.tzinfo is not None


def test_the_newest_lessons_come_first(db, owner, add):
    first, second = add("Eerste les"), add("Tweede les")
    assert [r.id for r in lessons.recent_lessons(db, owner)][:2] == [second, first]
    assert len(lessons.recent_lessons(db, owner, limit=1)) == 1


def test_a_lesson_needs_a_title_and_no_endless_text(db, pro):
    with pytest.raises(Invalid) as err:
        lessons.add_lesson(db, pro, LessonInput(title="   "))
    assert (err.value.code, err.value.field) == ("required", "title")
    with pytest.raises(Invalid) as err:
        lessons.add_lesson(db, pro, LessonInput(title="x", what_worked="a" * 10_001))
    assert (err.value.code, err.value.field) == ("text_too_long", "what_worked")
    with pytest.raises(Invalid) as err:
        lessons.add_lesson(db, pro, LessonInput(title="Twee\nregels"))
    assert err.value.field == "title"


def test_tags_are_trimmed_deduplicated_and_split_on_commas(db, pro, add):
    lesson_id = add("Tags", tags=[" Planning ", "planning", "Klant, Overleg", ""])
    assert lessons.get_lesson(db, pro, lesson_id).tags == ("Planning", "Klant", "Overleg")


def test_a_lesson_cannot_point_to_a_work_situation_that_does_not_exist(db, pro):
    with pytest.raises(Invalid) as err:
        lessons.add_lesson(db, pro, LessonInput(title="Les", situation_id=999))
    assert err.value.code == "lesson_situation_unknown"


def test_a_lesson_that_does_not_exist_says_so(db, owner):
    with pytest.raises(NotFound):
        lessons.get_lesson(db, owner, 12345)


# --- finding -------------------------------------------------------------------------------


def test_a_dutch_plural_finds_the_singular(db, pro, add):
    add("Een vaste werkplek voor iedereen")
    add("Monteurs kiezen zelf hun route")
    assert titles(db, pro, "werkplekken") == ["Een vaste werkplek voor iedereen"]
    assert titles(db, pro, "monteur") == ["Monteurs kiezen zelf hun route"]


def test_planning_finds_plannen(db, pro, add):
    add("Beter plannen met het hele team")
    assert titles(db, pro, "planning") == ["Beter plannen met het hele team"]


def test_accents_do_not_matter(db, pro, add):
    add("Ruimte voor ideeën", context="Een café-overleg op vrijdag.")
    assert titles(db, pro, "ideeen") == ["Ruimte voor ideeën"]
    assert titles(db, pro, "IDEEËN cafe") == ["Ruimte voor ideeën"]


def test_every_word_of_the_query_must_match(db, pro, add):
    add("Storingen bij warmtepompen", context="De monteur belde de leverancier.")
    add("Storingen bij cv-ketels")
    assert titles(db, pro, "storing warmtepomp") == ["Storingen bij warmtepompen"]
    assert titles(db, pro, "storing leverancier") == ["Storingen bij warmtepompen"]
    assert titles(db, pro, "storing zonnepaneel") == []


def test_a_half_typed_last_word_already_finds_the_lesson(db, pro, add):
    add("Een vaste werkplek voor iedereen")
    assert titles(db, pro, "wer") == ["Een vaste werkplek voor iedereen"]
    assert titles(db, pro, "vaste werkpl") == ["Een vaste werkplek voor iedereen"]


def test_a_title_match_ranks_above_a_body_match(db, pro, add):
    for filler in FILLER:
        lessons.add_lesson(db, pro, filler)
    body = add("Inwerken van nieuwe collega's", context="Wie begint krijgt een vaste werkplek.")
    title = add("De werkplek opgeruimd", context="Elke vrijdag tien minuten.")
    hits = lessons.search_lessons(db, pro, "werkplek")
    assert [h.row.id for h in hits] == [title, body]
    assert hits[0].rank > hits[1].rank > 0


NASTY_QUERIES = [
    '"', '""', '"werkplek', "werkplek\"", "*", "werk*", "-werkplek", "werkplek -route",
    "AND", "OR", "NOT", "werkplek AND", "werkplek OR NOT", "NEAR(werkplek route)",
    "NEAR(", "(werkplek", "werkplek)", "title_terms:werkplek", "{title_terms}: x", "^werkplek",
    "werkplek + route", "'", "%", "_", "\\", "\x00", "🙂", "ﬁets", "  ", "", "a" * 5000,
    " ".join(["werkplek"] * 200), "SELECT * FROM lesson;", "werk\u0308plek",
]


def test_fts_syntax_in_the_query_never_breaks_search(db, pro, add):
    add("Een vaste werkplek", context="Route en werkplek")
    for query in NASTY_QUERIES:
        assert isinstance(lessons.search_lessons(db, pro, query), list), query


def test_fts_operators_are_read_as_plain_words(db, pro, add):
    add("Een vaste werkplek", context="Kies een route")
    assert titles(db, pro, '"werkplek" route*') == ["Een vaste werkplek"]
    assert titles(db, pro, "werkplek -route") == ["Een vaste werkplek"]
    assert titles(db, pro, "werkplek OR zonnepaneel") == []


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=60))
def test_any_text_as_a_query_returns_a_list(db, owner, query):
    assert isinstance(lessons.search_lessons(db, owner, query), list)


def test_matches_are_highlighted_in_the_original_text(db, pro, add):
    add(
        "Werkplekken <veilig> & netjes",
        context="Dit ging over iets anders. De monteurs vonden de ideeën over werkplekken goed.",
    )
    hit = lessons.search_lessons(db, pro, "werkplek")[0]
    assert hit.title_html == "<mark>Werkplekken</mark> &lt;veilig&gt; &amp; netjes"
    assert "<mark>werkplekken</mark> goed." in hit.snippet_html
    hit = lessons.search_lessons(db, pro, "ideeen monte")[0]
    assert "De <mark>monteurs</mark> vonden de <mark>ideeën</mark> over" in hit.snippet_html


def test_the_snippet_is_a_window_around_the_first_match(db, pro, add):
    words = [f"woord{i}" for i in range(100)]
    words[60] = "planning"
    add("Lang verhaal", what_worked=" ".join(words), next_time="Weer planning")
    hit = lessons.search_lessons(db, pro, "plannen")[0]
    assert hit.snippet_html.startswith("…") and hit.snippet_html.endswith("…")
    assert "<mark>planning</mark>" in hit.snippet_html
    assert 25 <= len(hit.snippet_html.split()) <= 35
    assert "woord0 " not in hit.snippet_html


def test_a_match_in_the_title_alone_shows_the_start_of_the_lesson(db, pro, add):
    add("Werkplek", context="Alles op <één> plek.\n\nMinder zoeken.")
    hit = lessons.search_lessons(db, pro, "werkplek")[0]
    assert hit.snippet_html == "Alles op &lt;één&gt; plek. Minder zoeken."


def test_a_match_in_a_tag_shows_the_tags(db, pro, add):
    add("Nieuw", context="Iets anders", tags=["Veiligheid", "Gas"])
    hit = lessons.search_lessons(db, pro, "veilig")[0]
    assert hit.snippet_html == "<mark>Veiligheid</mark>, Gas"


# --- keeping the index in step ---------------------------------------------------------------


def test_an_updated_lesson_is_found_by_its_new_words_and_not_its_old_ones(db, pro, add):
    lesson_id = add("Storingen bij warmtepompen", context="De leverancier hielp.")
    row = lessons.get_lesson(db, pro, lesson_id)
    lessons.update_lesson(
        db, pro, lesson_id, LessonInput(title="Zonnepanelen schoonmaken"), row.version_id
    )
    assert titles(db, pro, "zonnepanelen") == ["Zonnepanelen schoonmaken"]
    assert titles(db, pro, "warmtepomp") == []
    assert titles(db, pro, "leverancier") == []


def test_only_the_author_or_an_owner_may_edit(db, owner, add_person, pro, add):
    lesson_id = add("Mijn les")
    manager = add_person(roles={Role.MANAGER, Role.PROFESSIONAL}, password=None)
    version = lessons.get_lesson(db, pro, lesson_id).version_id
    with pytest.raises(Forbidden) as err:
        lessons.update_lesson(db, manager, lesson_id, LessonInput(title="Van mij"), version)
    assert err.value.code == "not_allowed"
    lessons.update_lesson(db, pro, lesson_id, LessonInput(title="Mijn betere les"), version)
    version = lessons.get_lesson(db, pro, lesson_id).version_id
    lessons.update_lesson(db, owner, lesson_id, LessonInput(title="Door Olga"), version)
    assert lessons.get_lesson(db, manager, lesson_id).title == "Door Olga"
    with pytest.raises(Forbidden):
        lessons.delete_lesson(db, manager, lesson_id, version + 1)


def test_an_edit_on_an_outdated_copy_is_refused(db, pro, add):
    lesson_id = add("Les")
    version = lessons.get_lesson(db, pro, lesson_id).version_id
    lessons.update_lesson(db, pro, lesson_id, LessonInput(title="Les 2"), version)
    with pytest.raises(Conflict) as err:
        lessons.update_lesson(db, pro, lesson_id, LessonInput(title="Les 3"), version)
    assert err.value.code == "edited_elsewhere"


def test_a_removed_lesson_is_no_longer_found(db, pro, add):
    lesson_id = add("Een vaste werkplek")
    version = lessons.get_lesson(db, pro, lesson_id).version_id
    lessons.delete_lesson(db, pro, lesson_id, version)
    assert titles(db, pro, "werkplek") == []
    with pytest.raises(NotFound):
        lessons.get_lesson(db, pro, lesson_id)


def test_a_lesson_written_in_a_failed_transaction_leaves_nothing_behind(db, pro):
    with pytest.raises(RuntimeError), db.transaction() as s:
        lessons.add_lesson_in(s, pro, LessonInput(title="Een vaste werkplek"))
        raise RuntimeError("power cut")
    assert titles(db, pro, "werkplek") == []
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM lesson_fts")).scalar() == 0


def test_a_lesson_written_in_another_services_transaction_is_found(db, pro):
    with db.transaction() as s:
        lesson = lessons.add_lesson_in(s, pro, LessonInput(title="Afgeronde werksituatie"))
        assert lesson.id is not None
    assert titles(db, pro, "werksituaties") == ["Afgeronde werksituatie"]


def test_rebuilding_the_index_finds_everything_again(db, pro, add):
    add("Een vaste werkplek")
    add("Monteurs kiezen hun route")
    with db.transaction() as s:
        s.execute(text("DELETE FROM lesson_fts"))
        if lesson_search.dialect_name(db) == "sqlite":  # PostgreSQL keeps parts in lesson_fts
            s.execute(text(f"DELETE FROM {lesson_search.PARTS_TABLE}"))
    assert titles(db, pro, "werkplek") == []
    with db.transaction() as s:
        assert lesson_search.index_for(db).rebuild(s) == 2
    assert titles(db, pro, "werkplek") == ["Een vaste werkplek"]


def test_without_a_search_index_search_falls_back_to_plain_text(db, pro, add, monkeypatch):
    add("Een vaste Werkplek", context="Met 100% inzet")
    add("Iets anders", context="over de werkplek")

    def no_index(_: object) -> lesson_search.LessonIndex:
        raise lesson_search.SearchUnavailable("postgresql")

    monkeypatch.setattr(lessons, "index_for", no_index)
    lesson_id = add("Nog een werkplek")  # writing works without an index too
    found = titles(db, pro, "WERKPLEK")
    assert set(found) == {"Een vaste Werkplek", "Iets anders", "Nog een werkplek"}
    assert found[-1] == "Iets anders"  # a title match ranks higher
    assert titles(db, pro, "100%") == ["Een vaste Werkplek"]
    assert titles(db, pro, '"_*') == []
    version = lessons.get_lesson(db, pro, lesson_id).version_id
    lessons.update_lesson(db, pro, lesson_id, LessonInput(title="Anders"), version)


def test_each_database_gets_its_own_index_and_others_a_clear_error(db):
    expected = (lesson_search.Fts5LessonIndex if db.is_sqlite
                else lesson_search.TsvectorLessonIndex)
    assert isinstance(lesson_search.index_for(db), expected)
    with pytest.raises(lesson_search.SearchUnavailable, match="mysql"):
        lesson_search.index_for("mysql")


# --- the migration -------------------------------------------------------------------------


def _migration(name: str = "0003_lesson_search"):
    path = ROOT / "models" / "migrations" / "versions" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"migration_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_migration_and_the_app_turn_text_into_the_same_terms():
    migration = _migration()
    samples = [
        "De monteurs hadden ideeën over werkplekken, café's en ÉÉN planning!",
        "Özcan's ﬁets: 12½ km — naïef? Ja. CV-ketels\tstoringen\n",
        "werk\u0308plek ᴬᴮ ẞtraße İstanbul",
    ]
    postgresql = _migration("0007_shared_database")
    for sample in samples:
        assert migration.terms_text(sample) == lesson_search.terms_text(sample)
        assert postgresql.terms_text(sample) == lesson_search.terms_text(sample)
    assert migration.CREATE_FTS_TABLE == lesson_search.CREATE_FTS_TABLE
    assert postgresql.DOCUMENT == lesson_search.TS_DOCUMENT


def test_the_migration_indexes_lessons_that_were_already_there(db, data_dir, pro, add):
    from alembic import command
    from alembic.config import Config

    from app.paths import resolve_location
    from app.storage import open_location
    from models.migrations import MIGRATIONS_DIR

    add("Een vaste werkplek", context="Voor monteurs")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.begin() as conn:  # back to how a 0002 database looked, lessons kept
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    db.dispose()
    upgraded, _ = open_location(resolve_location(data_dir))
    try:
        assert titles(upgraded, pro, "monteur") == ["Een vaste werkplek"]
    finally:
        upgraded.dispose()


# --- the admin command ---------------------------------------------------------------------


def test_the_search_command_prints_id_title_and_rank_best_first(db, data_dir, pro, add, capsys):
    for filler in FILLER:
        lessons.add_lesson(db, pro, filler)
    body = add("Inwerken", context="Een vaste werkplek voor wie begint.")
    title = add("Werkplekken opruimen")
    assert main(["--data-dir", str(data_dir), "lessons", "search", "werkplek"]) == 0
    lines = capsys.readouterr().out.splitlines()
    fields = [line.split("\t") for line in lines]
    assert [(f[0], f[1]) for f in fields] == [(str(title), "Werkplekken opruimen"),
                                              (str(body), "Inwerken")]
    assert all(re.fullmatch(r"\d+\.\d{3}", f[2]) for f in fields)
    assert float(fields[0][2]) > float(fields[1][2])


def test_the_search_command_prints_nothing_and_succeeds_without_hits(db, data_dir, add, capsys):
    add("Een vaste werkplek")
    assert main(["--data-dir", str(data_dir), "lessons", "search", 'zonnepaneel "NEAR(']) == 0
    assert capsys.readouterr().out == ""
