"""Every schema that has been on main upgrades to the newest one, with its data intact."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.paths import resolve_location
from app.schema import SchemaState, schema_status
from app.services import auth, people
from app.storage import open_location
from models.migrations import head_revision

DATA = Path(__file__).resolve().parents[1] / "data"
OLD_DATABASES = sorted(DATA.glob("schema_*.sqlite3"))


def test_there_is_a_kept_database_for_every_older_revision():
    from models.migrations import known_revisions

    kept = {p.stem.removeprefix("schema_") for p in OLD_DATABASES}
    assert set(known_revisions()[:-1]) <= kept


@pytest.mark.parametrize("old", OLD_DATABASES, ids=lambda p: p.stem)
def test_an_old_database_is_backed_up_then_upgraded_with_its_people(old: Path, tmp_path: Path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(old, folder / "regiestoel.sqlite3")
    location = resolve_location(folder)
    db, status = open_location(location)
    try:
        assert status.state is SchemaState.CURRENT
        assert schema_status(db, location.database_file).revision == head_revision()
        assert list(location.backup_dir.glob("regiestoel-*-before-migration.sqlite3"))
        candidates = auth.login_candidates(db)
        assert len(candidates) == 25
        marieke = next(c for c in candidates if c.name == "Marieke van Dijk")
        actor = auth.authenticate(db, marieke.id, "regiestoel-demo").actor
        assert len(people.list_teams(db, actor)) == 3
    finally:
        db.dispose()
