"""Backups and restore: consistent copies, rotation, encryption, and a restore that never
loses the current data."""

from __future__ import annotations

import io
import shutil
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import backup, messages
from app.backup import SchemaAge, choose_kept, make_backup, rotate, verify_backup
from app.cli import main
from app.paths import Location, resolve_location
from app.restore import restore_backup
from models.errors import Invalid, StorageError
from models.migrations import head_revision

# Backups copy the SQLite file; on PostgreSQL the server's pg_dump makes them.
pytestmark = pytest.mark.sqlite_only

DATA = Path(__file__).resolve().parents[1] / "data"
OLD_SCHEMA = DATA / "schema_0001.sqlite3"
PASSPHRASE = "korenschoof-zolder-2026"
ORG = "Bakkerij De Korenschoof"


@pytest.fixture
def location(data_dir: Path) -> Location:
    return resolve_location(data_dir)


@pytest.fixture
def closed(db, setup, location: Location) -> Location:
    """An organisation with an owner, and no connection left open (as a restore needs)."""
    db.dispose()
    return location


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes: to prove nothing at all changed."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def people_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM person ORDER BY name")]
    finally:
        conn.close()


def flip(data: bytes, offset: int, length: int = 8) -> bytes:
    return data[:offset] + bytes(b ^ 0xFF for b in data[offset : offset + length]) + \
        data[offset + length :]


# --- making backups --------------------------------------------------------------------------


def test_a_backup_taken_while_another_connection_writes_is_consistent(db, setup, location):
    from app.access import Actor
    from app.db import Database
    from app.services import audit

    writer_db = Database(location.database_url)
    committed = 0
    stop = threading.Event()
    enough = threading.Event()

    def write() -> None:
        nonlocal committed
        while not stop.is_set():
            with writer_db.transaction() as s:
                audit.record(s, Actor.machine_admin(), "test_write", None, n=committed)
            committed += 1
            if committed >= 20:
                enough.set()

    thread = threading.Thread(target=write)
    thread.start()
    try:
        assert enough.wait(30)
        before = committed
        path = make_backup(location, reason="manual")
    finally:
        stop.set()
        thread.join()
        writer_db.dispose()

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT count(*) FROM audit_entry WHERE action = 'test_write'")
        assert rows.fetchone()[0] >= before
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    assert not Path(str(path) + "-wal").exists()


def test_a_backup_in_the_data_folder_is_named_for_its_time_and_reason_and_not_encrypted(
    closed,
):
    when = datetime(2026, 3, 9, 7, 5, 30, tzinfo=UTC)
    path = make_backup(closed, reason="startup", now=when)
    assert path.parent == closed.backup_dir
    assert path.name == "regiestoel-20260309-070530-startup.sqlite3"
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    again = make_backup(closed, reason="startup", now=when)
    assert again.name == "regiestoel-20260309-070530-startup-2.sqlite3"
    assert backup.parse_backup_name(again.name) == when


def test_a_passphrase_is_only_for_a_backup_that_leaves_the_data_folder(closed):
    with pytest.raises(Invalid) as caught:
        make_backup(closed, reason="manual", passphrase=PASSPHRASE)
    assert caught.value.code == "backup_passphrase_needs_folder"
    assert not closed.backup_dir.exists()


def test_a_failed_backup_leaves_no_file_that_looks_complete(closed, tmp_path, monkeypatch):
    usb = tmp_path / "usb"

    def broken_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(backup.os, "fsync", broken_fsync)
    with pytest.raises(StorageError) as caught:
        make_backup(closed, reason="manual", target_dir=usb, passphrase=PASSPHRASE)
    assert caught.value.code == "backup_failed"
    assert list(usb.iterdir()) == []
    # and no plain copy is left behind in the data folder either
    left = {p.name for p in closed.data_dir.iterdir()}
    assert left <= {"regiestoel.sqlite3", "regiestoel.sqlite3-wal", "regiestoel.sqlite3-shm"}


def test_a_server_database_is_backed_up_with_pg_dump(tmp_path):
    server = resolve_location(tmp_path, "postgresql://regiestoel@server/regiestoel")
    with pytest.raises(StorageError) as caught:
        make_backup(server, reason="manual")
    assert caught.value.code == "backup_use_pg_dump"
    with pytest.raises(StorageError):
        restore_backup(server, tmp_path / "x.sqlite3")
    for language in ("nl", "en"):
        assert "pg_dump" in messages.describe(caught.value, language)


def test_there_is_nothing_to_back_up_in_an_empty_data_folder(location):
    with pytest.raises(StorageError) as caught:
        make_backup(location, reason="manual")
    assert caught.value.code == "backup_no_database"


# --- rotation ---------------------------------------------------------------------------------

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def _name(when: datetime, reason: str = "periodic") -> str:
    return backup.backup_name(reason, when)


def _fixed_backups() -> tuple[dict[str, datetime], set[str]]:
    """Backups over two years, and by hand which of them rotation keeps."""
    at = {}
    keep = set()

    def add(when: datetime, kept: bool) -> None:
        name = _name(when)
        at[name] = when
        if kept:
            keep.add(name)

    today = NOW.replace(hour=0)
    for hour in range(12):  # today 00:00 .. 11:00: the newest ten are 02:00 .. 11:00
        add(today + timedelta(hours=hour), kept=hour >= 2)
    add(datetime(2026, 6, 14, 8, tzinfo=UTC), kept=False)  # yesterday, not the day's last
    add(datetime(2026, 6, 14, 20, tzinfo=UTC), kept=True)  # yesterday's last
    add(datetime(2026, 5, 17, 10, tzinfo=UTC), kept=True)  # 29 days ago: still a daily one
    add(datetime(2026, 5, 16, 9, tzinfo=UTC), kept=False)  # 30 days ago, May has a newer one
    add(datetime(2026, 5, 16, 18, tzinfo=UTC), kept=False)
    add(datetime(2026, 3, 3, 9, tzinfo=UTC), kept=False)  # March: only its newest stays
    add(datetime(2026, 3, 20, 9, tzinfo=UTC), kept=True)
    add(datetime(2025, 7, 10, 9, tzinfo=UTC), kept=True)  # the twelfth month back
    add(datetime(2025, 6, 30, 9, tzinfo=UTC), kept=False)  # thirteen months back
    add(datetime(2024, 1, 1, 9, tzinfo=UTC), kept=False)
    return at, keep


def test_rotation_keeps_the_last_ten_one_a_day_for_a_month_and_one_a_month_for_a_year():
    at, keep = _fixed_backups()
    assert choose_kept(at.items(), NOW) == keep


def test_rotation_deletes_only_our_old_backups_and_nothing_else_in_the_folder(tmp_path):
    at, keep = _fixed_backups()
    for name in at:
        (tmp_path / name).write_bytes(b"x")
    others = [
        "notes.txt",
        "regiestoel-20240101-000000-unknown.sqlite3",
        "before-migration-0001-20240101-000000-000000.sqlite3",
        "regiestoel-20240101-000000-manual.sqlite3.bak",
        "regiestoel.sqlite3",
    ]
    for name in others:
        (tmp_path / name).write_bytes(b"mine")
    (tmp_path / "regiestoel-20240101-000000-manual.sqlite3.d").mkdir()

    deleted = rotate(tmp_path, NOW)

    assert {p.name for p in deleted} == set(at) - keep
    left = {p.name for p in tmp_path.iterdir()}
    assert left == keep | set(others) | {"regiestoel-20240101-000000-manual.sqlite3.d"}


def test_backups_in_the_data_folder_are_rotated_as_they_are_made(closed):
    closed.backup_dir.mkdir()
    for days in range(60, 100):  # forty backups of long ago, one a day
        old = _name(NOW - timedelta(days=days), "quit")
        (closed.backup_dir / old).write_bytes(b"old")
    made = make_backup(closed, reason="quit", now=NOW)
    kept = {p.name for p in closed.backup_dir.iterdir()}
    newest_nine = {_name(NOW - timedelta(days=d), "quit") for d in range(60, 69)}
    end_of_march = _name(NOW - timedelta(days=76), "quit")  # the newest of its month
    assert end_of_march.startswith("regiestoel-20260331")
    # The new backup has its checksum beside it (the old ones were made without).
    assert kept == {made.name, made.name + ".sha256"} | newest_nine | {end_of_march}


times = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
)


@settings(max_examples=200, deadline=None)
@given(st.lists(times, max_size=300), times)
def test_rotation_never_keeps_more_than_52_and_always_keeps_the_newest(moments, now):
    named = [(f"b{i}", t) for i, t in enumerate(moments)]
    kept = choose_kept(named, now)
    assert kept <= {n for n, _ in named}
    assert len(kept) <= 10 + 30 + 12
    if named:
        newest = max(named, key=lambda nt: (nt[1], nt[0]))
        assert newest[0] in kept
        assert len(kept) >= min(10, len(named))


# --- encryption and verification ---------------------------------------------------------------


def test_an_encrypted_backup_round_trips_and_hides_the_data(closed, tmp_path):
    usb = tmp_path / "usb"
    path = make_backup(closed, reason="manual", target_dir=usb, passphrase=PASSPHRASE)
    assert path.parent == usb and path.name.endswith(".regiestoel-backup")
    blob = path.read_bytes()
    assert blob.startswith(b"RGSTBK1\n")
    assert b"SQLite format 3" not in blob and ORG.encode() not in blob
    assert b"Olga" not in blob

    info = verify_backup(path, PASSPHRASE)
    assert info.encrypted and info.organisation == ORG and info.people == 1
    assert info.schema is SchemaAge.CURRENT and info.revision == head_revision()

    elsewhere = resolve_location(tmp_path / "new-laptop")
    result = restore_backup(elsewhere, path, PASSPHRASE)
    assert result.previous is None
    assert people_in(elsewhere.database_file) == ["Olga Eigenaar"]


def test_an_encrypted_backup_needs_its_passphrase(closed, tmp_path):
    path = make_backup(closed, reason="manual", target_dir=tmp_path, passphrase=PASSPHRASE)
    with pytest.raises(Invalid) as caught:
        verify_backup(path)
    assert caught.value.code == "backup_needs_passphrase"


def test_a_wrong_passphrase_leaves_the_current_data_untouched(closed, tmp_path):
    path = make_backup(closed, reason="manual", target_dir=tmp_path / "usb",
                       passphrase=PASSPHRASE)
    before = snapshot(closed.data_dir)
    with pytest.raises(Invalid) as caught:
        restore_backup(closed, path, "korenschoof-kelder-2026")
    assert caught.value.code == "backup_wrong_passphrase"
    assert snapshot(closed.data_dir) == before


@pytest.mark.parametrize("where", ["body", "header", "truncated"])
def test_a_damaged_encrypted_backup_leaves_the_current_data_untouched(closed, tmp_path, where):
    path = make_backup(closed, reason="manual", target_dir=tmp_path / "usb",
                       passphrase=PASSPHRASE)
    blob = path.read_bytes()
    if where == "body":
        blob = flip(blob, len(blob) // 2)
    elif where == "header":
        blob = blob.replace(b'"r": 8', b'"r": 9')  # still valid JSON, but not what was sealed
    else:
        blob = blob[: len(blob) - 100]
    path.write_bytes(blob)
    before = snapshot(closed.data_dir)
    with pytest.raises(Invalid) as caught:
        restore_backup(closed, path, PASSPHRASE)
    assert caught.value.code in {"backup_corrupt", "backup_wrong_passphrase"}
    if where != "header":  # a changed scrypt parameter gives another key: "wrong passphrase"
        assert caught.value.code == "backup_corrupt"
    assert snapshot(closed.data_dir) == before


@pytest.mark.parametrize("page", [1, 2, 5, -1])
def test_a_damaged_plain_backup_leaves_the_current_data_untouched(closed, tmp_path, page):
    good = make_backup(closed, reason="manual", target_dir=tmp_path / "usb")
    data = good.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    start = ((page if page > 0 else pages) - 1) * page_size + (100 if page == 1 else 0)
    bad = tmp_path / "damaged.sqlite3"
    bad.write_bytes(flip(data, start))
    before = snapshot(closed.data_dir)
    with pytest.raises(Invalid) as caught:
        restore_backup(closed, bad, None)
    assert caught.value.code == "backup_corrupt"
    assert snapshot(closed.data_dir) == before


def test_a_file_that_is_not_a_regiestoel_backup_is_refused(closed, tmp_path):
    text = tmp_path / "boodschappen.txt"
    text.write_text("brood, kaas\n")
    foreign = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = snapshot(closed.data_dir)
    for path in (text, foreign):
        with pytest.raises(Invalid) as caught:
            restore_backup(closed, path)
        assert caught.value.code == "backup_not_regiestoel"
    with pytest.raises(Invalid) as caught:
        verify_backup(tmp_path / "missing.sqlite3")
    assert caught.value.code == "backup_file_missing"
    assert snapshot(closed.data_dir) == before


def test_a_backup_from_a_newer_regiestoel_is_refused(closed, tmp_path):
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(make_backup(closed, reason="manual"), newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(Invalid) as caught:
        verify_backup(newer)
    assert caught.value.code == "backup_too_new"


# --- restoring ----------------------------------------------------------------------------------


def test_a_backup_from_an_older_schema_is_restored_and_migrated_with_its_people(closed):
    from app.schema import SchemaState
    from app.services import audit, auth
    from app.storage import open_location

    info = verify_backup(OLD_SCHEMA)
    assert info.schema is SchemaAge.OLDER and info.revision == "0001"
    assert info.people == 25 and info.organisation == "Installatiebedrijf Van Dijk"

    result = restore_backup(closed, OLD_SCHEMA)
    assert result.migrated_from == "0001"

    db, status = open_location(closed)
    try:
        assert status.state is SchemaState.CURRENT
        candidates = auth.login_candidates(db)
        assert len(candidates) == 25
        marieke = next(c for c in candidates if c.name == "Marieke van Dijk")
        actor = auth.authenticate(db, marieke.id, "regiestoel-demo").actor
        assert actor.person_id == marieke.id
        # The owner reads the audit log (the machine's administrator reads no records).
        entries = audit.list_entries(db, actor)
        restored = [e for e in entries if e.action == "restored"]
        assert restored and restored[0].actor_is_admin
        assert restored[0].detail["file"] == OLD_SCHEMA.name
    finally:
        db.dispose()
    assert OLD_SCHEMA.read_bytes()[:16] == b"SQLite format 3\x00"  # the source is not changed
    leftovers = [p.name for p in closed.data_dir.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_the_current_database_is_backed_up_before_it_is_replaced(closed):
    result = restore_backup(closed, OLD_SCHEMA)
    assert result.previous is not None
    assert result.previous.parent == closed.backup_dir
    assert result.previous.name.endswith("-before-restore.sqlite3")
    saved = verify_backup(result.previous)
    assert saved.organisation == ORG and saved.people == 1
    assert people_in(closed.database_file) != ["Olga Eigenaar"]


def test_a_restore_refuses_while_the_database_is_still_open(db, setup, location):
    path = make_backup(location, reason="manual")
    with db.read() as s:  # the app still holds a connection
        s.connection()
    before = snapshot(location.data_dir)
    with pytest.raises(StorageError) as caught:
        restore_backup(location, path)
    assert caught.value.code == "database_busy"
    after = snapshot(location.data_dir)
    assert after["regiestoel.sqlite3"] == before["regiestoel.sqlite3"]
    assert set(after) == set(before)  # not even a before-restore backup was left behind


# --- the admin commands --------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Pipe(io.StringIO):
    def isatty(self) -> bool:
        return False


def test_admin_backup_prints_the_path_of_an_unencrypted_backup_in_the_data_folder(
    capsys, closed
):
    code, out, err = run(capsys, "--data-dir", str(closed.data_dir), "backup")
    assert code == 0, err
    path = Path(out.strip())
    assert path.parent == closed.backup_dir and path.exists()
    assert verify_backup(path).organisation == ORG


def test_admin_backup_to_a_folder_with_a_passphrase_from_the_environment_encrypts(
    capsys, closed, tmp_path, monkeypatch
):
    monkeypatch.setenv("BACKUP_PW", PASSPHRASE)
    code, out, _ = run(capsys, "--data-dir", str(closed.data_dir), "backup",
                       "--to", str(tmp_path / "usb"), "--passphrase-env", "BACKUP_PW")
    assert code == 0
    path = Path(out.strip())
    assert path.name.endswith(".regiestoel-backup")
    assert verify_backup(path, PASSPHRASE).people == 1


@pytest.mark.parametrize("value", [None, ""])
def test_admin_backup_with_a_missing_passphrase_variable_is_a_usage_error(
    capsys, closed, tmp_path, monkeypatch, value
):
    if value is None:
        monkeypatch.delenv("BACKUP_PW", raising=False)
    else:
        monkeypatch.setenv("BACKUP_PW", value)
    code, out, err = run(capsys, "--data-dir", str(closed.data_dir), "--lang", "en", "backup",
                         "--to", str(tmp_path / "usb"), "--passphrase-env", "BACKUP_PW")
    assert code == 2
    assert out == "" and len(err.strip().splitlines()) == 1 and "BACKUP_PW" in err
    assert not (tmp_path / "usb").exists()


def test_admin_backup_help_says_where_it_goes_without_to(capsys):
    with pytest.raises(SystemExit):
        main(["backup", "--help"])
    out = capsys.readouterr().out
    assert "not encrypted" in out and "--passphrase-env" in out


def test_admin_restore_without_terminal_needs_yes(capsys, closed, monkeypatch):
    monkeypatch.setattr("sys.stdin", Pipe(""))
    before = snapshot(closed.data_dir)
    code, out, err = run(capsys, "--data-dir", str(closed.data_dir), "--lang", "en",
                         "restore", str(OLD_SCHEMA))
    assert code == 2
    assert "--yes" in err and len(err.strip().splitlines()) == 1
    assert "Installatiebedrijf Van Dijk" in out and "25" in out
    assert snapshot(closed.data_dir) == before


def test_admin_restore_with_yes_restores_and_says_where_the_old_database_went(capsys, closed):
    code, out, err = run(capsys, "--data-dir", str(closed.data_dir), "--lang", "en",
                         "restore", str(OLD_SCHEMA), "--yes")
    assert code == 0, err
    assert "Organisation: Installatiebedrijf Van Dijk" in out
    assert "People: 25" in out and "0001" in out
    saved = [p for p in closed.backup_dir.iterdir() if p.name.endswith("before-restore.sqlite3")]
    assert len(saved) == 1 and str(saved[0]) in out
    assert len(people_in(closed.database_file)) == 25


def test_admin_restore_in_a_terminal_asks_to_type_yes(capsys, closed, monkeypatch):
    monkeypatch.setattr("sys.stdin", Terminal("nee\n"))
    before = snapshot(closed.data_dir)
    code, out, _ = run(capsys, "--data-dir", str(closed.data_dir), "--lang", "nl",
                       "restore", str(OLD_SCHEMA))
    assert code == 1 and "Typ ja" in out
    assert snapshot(closed.data_dir) == before

    monkeypatch.setattr("sys.stdin", Terminal("ja\n"))
    code, out, _ = run(capsys, "--data-dir", str(closed.data_dir), "--lang", "nl",
                       "restore", str(OLD_SCHEMA))
    assert code == 0 and "Teruggezet" in out
    assert len(people_in(closed.database_file)) == 25


def test_admin_restore_of_a_damaged_backup_exits_1_with_one_line(capsys, closed, tmp_path):
    bad = tmp_path / "damaged.sqlite3"
    bad.write_bytes(flip(OLD_SCHEMA.read_bytes(), 4096))
    before = snapshot(closed.data_dir)
    code, out, err = run(capsys, "--data-dir", str(closed.data_dir), "--lang", "en",
                         "restore", str(bad), "--yes")
    assert code == 1
    assert out == "" and len(err.strip().splitlines()) == 1 and "damaged" in err
    assert snapshot(closed.data_dir) == before


def test_admin_restore_with_a_wrong_passphrase_exits_1(capsys, closed, tmp_path, monkeypatch):
    path = make_backup(closed, reason="manual", target_dir=tmp_path, passphrase=PASSPHRASE)
    monkeypatch.setenv("BACKUP_PW", "fout")
    before = snapshot(closed.data_dir)
    code, _, err = run(capsys, "--data-dir", str(closed.data_dir), "--lang", "nl",
                       "restore", str(path), "--passphrase-env", "BACKUP_PW", "--yes")
    assert code == 1 and "wachtwoordzin" in err
    assert snapshot(closed.data_dir) == before


# --- the passphrase in the keyring -------------------------------------------------------------


def test_the_passphrase_is_remembered_in_the_keyring_when_there_is_one():
    from app.secrets import (
        KeyringStore,
        forget_passphrase,
        recalled_passphrase,
        remember_passphrase,
    )

    store = KeyringStore()  # the in-memory keyring the tests install
    assert store.available
    assert recalled_passphrase(store) is None
    remember_passphrase(store, PASSPHRASE)
    assert recalled_passphrase(store) == PASSPHRASE
    forget_passphrase(store)
    assert recalled_passphrase(store) is None


class _FileKeyring:
    """Looks like keyrings.alt's file backends: a keyring that is really a file."""

    priority = 1
    file_path = "/tmp/keyring_pass.cfg"


@pytest.mark.parametrize("kind", ["fail", "empty-chainer", "file"])
def test_without_a_keyring_the_passphrase_is_not_remembered_and_never_written(
    kind, closed, monkeypatch
):
    import os

    import keyring
    from keyring.backends import chainer, fail

    from app.secrets import KeyringStore, MemoryStore, recalled_passphrase, remember_passphrase

    if kind == "fail":
        keyring.set_keyring(fail.Keyring())
    elif kind == "empty-chainer":
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
        keyring.set_keyring(chainer.ChainerBackend())
    else:
        monkeypatch.setattr(keyring, "get_keyring", lambda: _FileKeyring())
    store = KeyringStore()
    assert not store.available
    for s in (store, MemoryStore(available=False)):
        with pytest.raises(StorageError) as caught:
            remember_passphrase(s, PASSPHRASE)
        assert caught.value.code == "keyring_unavailable"
        assert recalled_passphrase(s) is None
    for language, words in (("en", "cannot remember"), ("nl", "niet onthouden")):
        assert words in messages.describe(caught.value, language)

    folders = [closed.data_dir, Path(os.environ["REGIESTOEL_CONFIG_DIR"])]
    secret = PASSPHRASE.encode()
    leaks = [p for f in folders for p in f.rglob("*") if p.is_file() and secret in p.read_bytes()]
    assert leaks == []
