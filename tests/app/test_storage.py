"""The database: created and migrated at start, foreign files untouched, settings applied."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app import schema
from app.db import Database
from app.paths import resolve_location
from app.schema import SchemaState
from app.storage import open_location
from models.errors import StorageError
from models.migrations import head_revision, known_revisions


def test_a_new_folder_gets_a_database_at_the_newest_schema(data_dir: Path):
    db, status = open_location(resolve_location(data_dir))
    try:
        assert status.state is SchemaState.CURRENT and status.revision == head_revision()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
    finally:
        db.dispose()


def test_the_revision_read_from_file_names_matches_alembic():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from models.migrations import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(cfg)
    assert script.get_current_head() == head_revision()
    assert sorted(r.revision for r in script.walk_revisions()) == known_revisions()


def test_a_file_that_is_not_a_database_is_never_touched(data_dir: Path):
    target = data_dir / "regiestoel.sqlite3"
    target.write_bytes(b"Dit is een boodschappenlijstje\n")
    before = target.read_bytes()
    with pytest.raises(StorageError) as err:
        open_location(resolve_location(data_dir))
    assert err.value.code == "not_regiestoel_database"
    assert target.read_bytes() == before


def test_another_programs_sqlite_database_is_never_touched(data_dir: Path):
    target = data_dir / "regiestoel.sqlite3"
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('appeltaart')")
    conn.commit()
    conn.close()
    before = target.read_bytes()
    with pytest.raises(StorageError) as err:
        open_location(resolve_location(data_dir))
    assert err.value.code == "not_regiestoel_database"
    assert target.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused(data_dir: Path):
    db, _ = open_location(resolve_location(data_dir))
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    db.dispose()
    with pytest.raises(StorageError) as err:
        open_location(resolve_location(data_dir))
    assert err.value.code == "schema_too_new"


@pytest.mark.sqlite_only
def test_a_pending_migration_is_preceded_by_an_online_backup(data_dir, monkeypatch, db, setup):
    """Pretend the file is one revision behind: a consistent backup must appear first."""
    location = resolve_location(data_dir)
    monkeypatch.setattr(schema, "head_revision", lambda: "9998")
    monkeypatch.setattr(schema, "known_revisions", lambda: [*known_revisions(), "9998"])
    migrated: list[Database] = []
    monkeypatch.setattr(schema, "migrate", lambda database: migrated.append(database))
    other = Database(location.database_url)
    try:
        schema.open_database(other, location.database_file, location.backup_dir)
    finally:
        other.dispose()
    backups = list(location.backup_dir.glob("regiestoel-*-before-migration.sqlite3"))
    assert len(migrated) == 1 and len(backups) == 1
    copy = sqlite3.connect(backups[0])
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT name FROM organisation").fetchone()[0] == \
            "Bakkerij De Korenschoof"
    finally:
        copy.close()


def test_an_unusable_data_folder_gets_a_clear_error(tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError) as err:
        open_location(resolve_location(blocker / "data"))
    assert err.value.code in {"data_dir_unusable", "database_read_only"}


def test_the_data_folder_comes_from_flag_then_environment(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("REGIESTOEL_DATA_DIR", str(tmp_path / "env"))
    assert resolve_location().data_dir == (tmp_path / "env").resolve()
    assert resolve_location(tmp_path / "flag").data_dir == (tmp_path / "flag").resolve()
    url = resolve_location(database_url="postgresql://x@localhost/y")
    assert not url.is_sqlite_file and url.database_file is None


def test_every_change_is_one_transaction(db, owner):
    """A failure halfway leaves nothing behind."""
    from app.services import people
    from models import Person

    with pytest.raises(RuntimeError), db.transaction() as s:
        s.add(Person(name="Half", email="half@x.nl"))
        s.flush()
        raise RuntimeError("power cut")
    assert "Half" not in [p.name for p in people.list_people(db, owner)]
