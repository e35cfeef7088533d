"""Restore verifies what it can honestly verify, and a restore killed at any fixed point is
finished or rolled back by the next start, leaving no temporary files (issue 16, 6)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.backup import make_backup, verify_backup
from app.paths import resolve_location
from app.restore import restore_backup
from app.storage import open_location
from models.errors import Invalid
from tests.app.restore_killer import KILL_POINTS

pytestmark = pytest.mark.sqlite_only

REPO = Path(__file__).resolve().parents[2]
OLD_BACKUP = REPO / "tests" / "data" / "schema_0003.sqlite3"  # the demo, 25 people


@pytest.fixture
def current(tmp_path) -> Path:
    """A data folder whose database holds one organisation with one person."""
    from app.services.organisation import OrganisationSetup, set_up

    folder = tmp_path / "data"
    db, _ = open_location(resolve_location(folder))
    set_up(db, OrganisationSetup(name="Huidig", yearly_budget_cents=0, hours_norm=40,
                                 language="nl", owner_name="Olga", owner_email="o@h.nl",
                                 owner_password="een-goed-wachtwoord"))
    db.dispose()
    return folder


def people_in(file: Path) -> int:
    conn = sqlite3.connect(file)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("point", KILL_POINTS)
def test_a_restore_killed_at_a_fixed_point_is_finished_or_rolled_back_at_the_next_start(
        current, tmp_path, point):
    backup = tmp_path / "old.sqlite3"
    shutil.copy(OLD_BACKUP, backup)  # an older schema: the restore migrates it too
    done = subprocess.run([sys.executable, "-m", "tests.app.restore_killer", str(current),
                           str(backup), point], cwd=REPO, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == -9, done.stdout + done.stderr  # killed where it was told
    location = resolve_location(current)
    db, _ = open_location(location)  # the next start
    try:
        from app.services import auth

        names = {c.name for c in auth.login_candidates(db)}
    finally:
        db.dispose()
    past_no_return = KILL_POINTS.index(point) >= KILL_POINTS.index("marker-written")
    if past_no_return:
        assert len(names) == 25  # finished: the backup's people
    else:
        assert names == {"Olga"}  # rolled back: the data as it was
    left = sorted(p.name for p in current.iterdir()
                  if p.name not in {"regiestoel.sqlite3", "regiestoel.sqlite3-wal",
                                    "regiestoel.sqlite3-shm", "backups"})
    assert left == []
    assert not [p for p in (current / "backups").glob("*.part*")] if (
        current / "backups").exists() else True
    if past_no_return:
        conn = sqlite3.connect(current / "regiestoel.sqlite3")
        logged = conn.execute("SELECT count(*) FROM audit_entry WHERE action = 'restored'"
                              ).fetchone()[0]
        conn.close()
        assert logged == 1


def test_a_damaged_byte_in_a_plain_backup_is_caught_by_its_checksum(current, tmp_path):
    """Text that no index covers: SQLite's integrity check alone does not see it."""
    location = resolve_location(current)
    made = make_backup(location, reason="manual")
    data = bytearray(made.read_bytes())
    at = data.find(b"Olga")
    data[at] = ord("W")
    made.write_bytes(bytes(data))
    with pytest.raises(Invalid) as caught:
        verify_backup(made)
    assert caught.value.code == "backup_checksum_mismatch"


def _tampered(current: Path, tmp_path: Path, sql: str) -> Path:
    location = resolve_location(current)
    made = make_backup(location, reason="manual")
    copy = tmp_path / "tampered.sqlite3"
    shutil.copy(made, copy)  # without its checksum: as if copied by hand
    conn = sqlite3.connect(copy)
    conn.executescript(sql)
    conn.commit()
    conn.close()
    return copy


@pytest.mark.parametrize("sql", [
    "CREATE TRIGGER wis AFTER INSERT ON person BEGIN DELETE FROM audit_entry; END;",
    "CREATE VIEW iedereen AS SELECT * FROM person;",
    "CREATE TABLE extra (x TEXT);",
    "CREATE INDEX ix_extra ON person (name);",
    "ALTER TABLE person ADD COLUMN geheim TEXT;",
    "UPDATE alembic_version SET version_num = '0001';",  # a revision older than its tables
])
def test_a_backup_holding_anything_regiestoel_did_not_create_is_refused(current, tmp_path, sql):
    copy = _tampered(current, tmp_path, sql)
    location = resolve_location(current)
    before = (current / "regiestoel.sqlite3").read_bytes()
    with pytest.raises(Invalid) as caught:
        restore_backup(location, copy)
    assert caught.value.code == "backup_schema_not_ours"
    assert (current / "regiestoel.sqlite3").read_bytes() == before


def test_backups_made_by_every_earlier_version_pass_the_allow_list():
    for old in sorted((REPO / "tests" / "data").glob("schema_*.sqlite3")):
        info = verify_backup(old)
        assert info.people == 25 and info.checksum_ok is None


def test_a_restored_backup_keeps_its_checksum_verdict_for_the_summary(current):
    made = make_backup(resolve_location(current), reason="manual")
    assert verify_backup(made).checksum_ok is True


@pytest.mark.parametrize("name", ["Team #2", "wat?nu", "100% zeker", "spaties  en tabs",
                                  "Ærø Ünïcødé", "%41b"])
def test_a_data_folder_with_url_characters_opens_exactly_that_file(tmp_path, capsys, name):
    """A '#' or '?' once cut the path short, so a demo wrote outside the data folder."""
    from app.cli import main

    parent = tmp_path / "p"
    parent.mkdir()
    folder = parent / name
    assert main(["--data-dir", str(folder), "demo"]) == 0
    assert sorted(p.name for p in parent.iterdir()) == [name]
    assert people_in(folder / "regiestoel.sqlite3") == 25
    assert main(["--data-dir", str(folder), "backup"]) == 0
    assert main(["--database-url", f"sqlite:///{folder / 'regiestoel.sqlite3'}", "people",
                 "list"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") >= 25
    assert sorted(p.name for p in parent.iterdir()) == [name]
