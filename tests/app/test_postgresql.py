"""One PostgreSQL database for several laptops: two clients, move-to, logins, newer schemas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.cli import main
from app.db import Database
from app.paths import resolve_location
from app.schema import SchemaState
from app.secrets import MemoryStore
from app.server_login import (
    ServerAddress,
    known_password,
    login_url,
    pg_dump_command,
    remember_password,
    secret_name,
    without_password,
)
from app.services import lessons, people
from app.services.lessons import LessonInput
from app.storage import open_location, probe_server
from models import Person
from models.errors import Conflict, Invalid, StorageError
from tests import postgres


@pytest.fixture
def empty_server_db():
    url, drop = postgres.empty_database()
    yield url
    drop()


@pytest.fixture
def second_client(db):
    """Another laptop on the same database (on SQLite: another connection to the file)."""
    other = Database(db.url)
    yield other
    other.dispose()


# --- two clients ---------------------------------------------------------------------------


def test_two_clients_see_each_others_changes(db, second_client, owner, add_person):
    anna = add_person("Anna de Vries")
    other_owner = owner  # the same person, logged in on the other laptop
    assert "Anna de Vries" in [p.name for p in people.list_people(second_client, other_owner)]
    lesson_id = lessons.add_lesson(second_client, anna,
                                   LessonInput(title="Werkplekken vast indelen")).value
    found = lessons.search_lessons(db, owner, "werkplek")
    assert [hit.row.id for hit in found] == [lesson_id]


def test_a_simultaneous_edit_is_a_conflict_not_a_lost_update(db, second_client, owner,
                                                             add_person):
    if db.is_sqlite:
        # SQLite lets one writer in at a time: the first laptop would wait for the second.
        return
    anna = add_person("Anna")
    row = people.get_person(db, owner, anna.person_id)
    with pytest.raises(Conflict) as caught, second_client.transaction() as s:
        # The second laptop has the record open and is typing...
        person = s.get(Person, anna.person_id)
        assert person is not None
        # ...while the first laptop saves its change of the same record.
        data = people.PersonInput(name="Anna Bakker", email=row.email, roles=set(row.roles))
        people.update_person(db, owner, anna.person_id, data, expected_version=row.version_id)
        person.name = "Anna Smit"
    assert caught.value.code == "edited_elsewhere"
    assert people.get_person(second_client, owner, anna.person_id).name == "Anna Bakker"


def test_a_save_on_an_old_copy_is_refused_on_the_other_client(db, second_client, owner,
                                                              add_person):
    pro = add_person("Kevin")
    lesson_id = lessons.add_lesson(db, pro, LessonInput(title="Eerste versie")).value
    version = lessons.get_lesson(db, pro, lesson_id).version_id
    lessons.update_lesson(db, pro, lesson_id, LessonInput(title="Van laptop A"), version)
    with pytest.raises(Conflict):
        lessons.update_lesson(second_client, pro, lesson_id, LessonInput(title="Van B"), version)
    assert lessons.get_lesson(second_client, pro, lesson_id).title == "Van laptop A"


# --- a newer schema ------------------------------------------------------------------------


def _pretend_newer(db) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))


def test_an_older_client_opens_a_newer_database_read_only(db, setup, data_dir):
    _pretend_newer(db)
    location = resolve_location(data_dir)
    with pytest.raises(StorageError) as caught:
        open_location(location)
    assert caught.value.code == "schema_too_new"
    reader, status = open_location(location, read_only=True)
    try:
        assert status.state is SchemaState.NEWER
        assert reader.read_only
        with reader.read() as s:
            assert s.execute(text("SELECT count(*) FROM person")).scalar_one() == 1
        with pytest.raises(StorageError) as refused, reader.transaction():
            pass
        assert refused.value.code == "read_only_mode"
    finally:
        reader.dispose()


def test_the_admin_command_refuses_a_newer_database_with_exit_1(db, setup, data_dir, capsys):
    _pretend_newer(db)
    assert main(["--lang", "en", "--data-dir", str(data_dir), "people", "list"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "newer version" in err and "update" in err.lower()


# --- move-to -------------------------------------------------------------------------------


def _sqlite_db(data_dir: Path):
    database, _ = open_location(resolve_location(data_dir))
    return database


@pytest.fixture
def sqlite_org(tmp_path: Path):
    """An organisation in a SQLite data folder, with people, a manager and lessons."""
    from app.services.auth import actor_for
    from app.services.organisation import OrganisationSetup, set_up
    from models import Role

    folder = tmp_path / "laptop"
    folder.mkdir()
    database = _sqlite_db(folder)
    setup = set_up(database, OrganisationSetup(
        name="Bakkerij De Korenschoof", yearly_budget_cents=2_500_000, hours_norm=40,
        language="nl", owner_name="Olga Eigenaar", owner_email="olga@korenschoof.nl",
        owner_password="eigenaar-wachtwoord"))
    owner = actor_for(database, setup.owner_id)
    manager = people.add_person(database, owner, people.PersonInput(
        name="Marieke", email="marieke@korenschoof.nl", roles={Role.MANAGER})).value
    pro = people.add_person(database, owner, people.PersonInput(
        name="Kevin", email="kevin@korenschoof.nl", roles={Role.PROFESSIONAL},
        manager_id=manager)).value
    for title in ("Werkplekken vast indelen", "Ideeën van monteurs", "Planning op vrijdag"):
        lessons.add_lesson(database, actor_for(database, pro), LessonInput(title=title))
    database.dispose()
    return folder, setup.owner_id


@pytest.mark.postgresql_only
def test_move_to_copies_everything_into_an_empty_server_database_and_verifies(
        sqlite_org, empty_server_db, capsys):
    folder, owner_id = sqlite_org
    before = (folder / "regiestoel.sqlite3").read_bytes()
    code = main(["--lang", "en", "--data-dir", str(folder), "move-to", empty_server_db])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    tables = dict(line.split("\t") for line in out[:-1])
    assert tables["person"] == "3" and tables["lesson"] == "3"
    assert "verified" in out[-1] and without_password(empty_server_db) in out[-1]
    assert (folder / "regiestoel.sqlite3").read_bytes() == before  # the original is untouched
    server, status = open_location(resolve_location(database_url=empty_server_db))
    try:
        assert status.state is SchemaState.CURRENT
        from app.services.auth import actor_for

        owner = actor_for(server, owner_id)
        # Search works on the server (the index was rebuilt), and new rows get new ids.
        assert [h.row.title for h in lessons.search_lessons(server, owner, "ideeen")] == [
            "Ideeën van monteurs"]
        new_id = people.add_person(server, owner, people.PersonInput(
            name="Nieuw", email="nieuw@korenschoof.nl")).value
        assert new_id > max(p.id for p in people.list_people(server, owner) if p.id != new_id)
        kevin = next(p for p in people.list_people(server, owner) if p.name == "Kevin")
        assert kevin.manager_id is not None
    finally:
        server.dispose()


@pytest.mark.postgresql_only
def test_move_to_refuses_a_database_that_is_not_empty(sqlite_org, empty_server_db, capsys):
    folder, _ = sqlite_org
    assert main(["--data-dir", str(folder), "move-to", empty_server_db]) == 0
    capsys.readouterr()
    assert main(["--lang", "en", "--data-dir", str(folder), "move-to", empty_server_db]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "not empty" in err


@pytest.mark.postgresql_only
def test_a_copy_that_differs_from_the_original_is_not_verified(sqlite_org, empty_server_db,
                                                              monkeypatch, capsys):
    from app import move_to

    copy = move_to._copy_table

    def copy_and_damage(source, target, table):
        count = copy(source, target, table)
        if table.name == "lesson":
            target.execute(text("UPDATE lesson SET title = 'Kapot' WHERE id = 1"))
        return count

    monkeypatch.setattr(move_to, "_copy_table", copy_and_damage)
    folder, _ = sqlite_org
    assert main(["--lang", "en", "--data-dir", str(folder), "move-to", empty_server_db]) == 1
    err = capsys.readouterr().err
    assert "does not match" in err and "lesson" in err


def test_move_to_needs_a_postgresql_address(sqlite_org, tmp_path, capsys):
    folder, _ = sqlite_org
    target = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    assert main(["--lang", "en", "--data-dir", str(folder), "move-to", target]) == 2
    assert "PostgreSQL" in capsys.readouterr().err
    assert not (tmp_path / "other.sqlite3").exists()


# --- the server password -------------------------------------------------------------------


def test_the_password_is_never_part_of_a_stored_url_and_comes_from_the_keyring(monkeypatch):
    url = "postgresql://regiestoel:geheim@nas.local:5433/bakkerij"
    stored = without_password(url)
    assert "geheim" not in stored and stored == "postgresql://regiestoel@nas.local:5433/bakkerij"
    store = MemoryStore()
    remember_password(stored, "geheim", store)
    assert store.values == {secret_name(stored): "geheim"}
    assert login_url(stored, store) == url
    monkeypatch.setenv("REGIESTOEL_DATABASE_PASSWORD", "uit-de-omgeving")
    assert known_password(stored, store) == "uit-de-omgeving"
    monkeypatch.delenv("REGIESTOEL_DATABASE_PASSWORD")
    with pytest.raises(StorageError) as caught:
        remember_password(stored, "geheim", MemoryStore(available=False))
    assert caught.value.code == "keyring_unavailable_server"
    assert known_password(stored, MemoryStore(available=False)) is None


def test_the_address_fields_make_a_url_or_say_what_is_missing():
    address = ServerAddress("nas.local", 5432, "bakkerij", "regiestoel")
    assert address.url() == "postgresql://regiestoel@nas.local:5432/bakkerij"
    assert ServerAddress.of(address.url()) == address
    with pytest.raises(Invalid) as caught:
        ServerAddress(" ", 5432, "bakkerij", "").url()
    assert caught.value.field == "host"
    with pytest.raises(Invalid):
        ServerAddress("nas", 5432, "", "").url()


def test_backups_of_a_server_database_point_to_pg_dump(capsys):
    url = "postgresql://regiestoel@nas.local:5432/bakkerij"
    assert pg_dump_command(url) == ("pg_dump --format=custom --host=nas.local --port=5432 "
                                    "--username=regiestoel --file=regiestoel.dump bakkerij")
    assert main(["--lang", "en", "--database-url", url, "backup"]) == 2
    err = capsys.readouterr().err
    assert "pg_dump --format=custom" in err and len(err.strip().splitlines()) == 1


def test_an_unreachable_server_is_one_clear_line_and_exit_1(capsys):
    url = "postgresql://regiestoel@127.0.0.1:1/bakkerij"
    assert main(["--lang", "en", "--database-url", url, "check"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "cannot be reached" in err


@pytest.mark.postgresql_only
def test_test_connection_tells_an_empty_database_from_a_regiestoel_one(empty_server_db, db):
    assert probe_server(empty_server_db).state is SchemaState.NEW
    if not db.is_sqlite:
        assert probe_server(db.url).state is SchemaState.CURRENT


@pytest.mark.postgresql_only
def test_a_wrong_server_password_is_a_clear_refusal(empty_server_db):
    from sqlalchemy.engine import make_url

    # The test server trusts local logins; a user that does not exist is refused all the same.
    url = make_url(empty_server_db).set(username="niemand_hier").render_as_string(
        hide_password=False)
    with pytest.raises(StorageError) as caught:
        probe_server(url, "fout")
    assert caught.value.code in ("database_login_failed", "database_unavailable")


def test_sqlite_file_is_still_the_default(db, data_dir):
    if db.is_sqlite:
        with sqlite3.connect(data_dir / "regiestoel.sqlite3") as con:
            assert con.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)


# --- round trips: reads without a transaction, pings only after idling -------------------------


@pytest.mark.postgresql_only
def test_a_server_connection_that_died_while_idle_is_replaced_not_reported(
        empty_server_db, monkeypatch):
    """A laptop waking from sleep: the server closed its connection meanwhile."""
    import app.db

    database = Database(empty_server_db)
    try:
        with database.read() as s:
            first_pid = s.scalar(text("SELECT pg_backend_pid()"))
        killer = Database(empty_server_db)
        with killer.read() as s:
            assert s.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": first_pid})
        killer.dispose()
        monkeypatch.setattr(app.db, "IDLE_BEFORE_PING_S", 0.0)  # it idled long enough
        with database.read() as s:
            assert s.scalar(text("SELECT pg_backend_pid()")) != first_pid
    finally:
        database.dispose()


@pytest.mark.postgresql_only
def test_a_read_holds_no_transaction_open_on_the_server(empty_server_db):
    """Reads skip BEGIN and ROLLBACK (two round trips each over a network), so nothing of a
    read is left 'idle in transaction' on the server either."""
    database = Database(empty_server_db)
    try:
        with database.read() as s:
            s.scalar(text("SELECT 1"))
            state = s.scalar(text(
                "SELECT state FROM pg_stat_activity WHERE pid = pg_backend_pid()"))
            assert state == "active"  # not "idle in transaction" between statements:
            assert s.scalar(text("SELECT now() = statement_timestamp()"))
    finally:
        database.dispose()
