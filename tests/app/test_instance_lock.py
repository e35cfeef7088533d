"""One writer per data folder: a second Regiestoel learns who holds it; a crashed one's lock is
taken over; a read-only database writes nothing; a network folder is refused."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.db import Database
from app.instance_lock import LOCK_FILE, Held, Lock, acquire
from app.network_fs import check_local, is_network_folder, mount_fs_type
from app.paths import resolve_location
from models.errors import StorageError

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys, time
from app.instance_lock import acquire
from app.paths import resolve_location
claim = acquire(resolve_location(sys.argv[1]), "Anna Andersson")
print(type(claim).__name__, flush=True)
time.sleep(120)
"""


@pytest.fixture
def holder(data_dir: Path):
    """Another Regiestoel process that holds the lock on ``data_dir`` until killed."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "Lock"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(10)
    proc.stdout.close()


def test_a_second_regiestoel_learns_who_holds_the_folder_and_since_when(data_dir, holder):
    claim = acquire(resolve_location(data_dir), "Bert")
    assert isinstance(claim, Held)
    assert claim.who == "Anna Andersson"
    assert claim.host == socket.gethostname()
    assert claim.pid == holder.pid
    assert claim.since is not None
    assert abs(datetime.now(UTC) - claim.since) < timedelta(minutes=1)


def test_two_claims_in_one_process_conflict_and_release_frees_the_folder(data_dir):
    location = resolve_location(data_dir)
    first = acquire(location, "Anna")
    assert isinstance(first, Lock) and first.held and not first.took_over
    second = acquire(location, "Bert")
    assert isinstance(second, Held) and second.who == "Anna"
    first.release()
    assert not first.held
    third = acquire(location, "Bert")
    assert isinstance(third, Lock) and not third.took_over  # a clean quit leaves no trace
    third.release()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_the_lock_of_a_killed_regiestoel_is_taken_over_and_its_details_replaced(data_dir,
                                                                               holder):
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(10)
    lock_file = data_dir / LOCK_FILE
    assert json.loads(lock_file.read_text(encoding="utf-8"))["who"] == "Anna Andersson"

    claim = acquire(resolve_location(data_dir), "Bert")
    assert isinstance(claim, Lock)
    assert claim.took_over
    record = json.loads(lock_file.read_text(encoding="utf-8"))
    assert record["who"] == "Bert"
    assert record["pid"] == os.getpid()
    claim.release()


def test_a_damaged_lock_file_without_a_holder_is_taken_over(data_dir):
    (data_dir / LOCK_FILE).write_bytes(b"\x00{half a rec")
    claim = acquire(resolve_location(data_dir), "Bert")
    assert isinstance(claim, Lock) and claim.took_over
    claim.release()


def test_a_database_server_needs_no_lock(tmp_path):
    claim = acquire(resolve_location(tmp_path, "postgresql://db.example/regiestoel"), "Anna")
    assert isinstance(claim, Lock) and claim.path is None
    assert not (tmp_path / LOCK_FILE).exists()
    claim.release()


def test_a_read_only_database_refuses_every_change_and_writes_nothing(db, setup, data_dir):
    url = resolve_location(data_dir).database_url
    reader = Database(url, read_only=True)
    try:
        with reader.read() as s:
            people_before = s.execute(text("SELECT count(*) FROM person")).scalar_one()
        with pytest.raises(StorageError) as caught, reader.transaction() as s:
            s.execute(text("DELETE FROM person"))
        assert caught.value.code == "read_only_mode"
        # The second line of defence: the database itself refuses, even past transaction().
        with reader.engine.connect() as conn:
            with pytest.raises(Exception, match="readonly|read-only"):
                conn.execute(text("DELETE FROM person"))
            conn.rollback()
        with reader.read() as s:
            assert s.execute(text("SELECT count(*) FROM person")).scalar_one() == people_before
    finally:
        reader.dispose()
    with db.read() as s:  # and the writer still works
        assert s.execute(select(func.count()).select_from(text("person"))).scalar_one() > 0


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
nas:/export/data /mnt/nas nfs4 rw,relatime,vers=4.2 0 0
//server/share /mnt/share cifs rw,vers=3.0 0 0
/dev/sdb1 /mnt/nas/local-cache ext4 rw 0 0
anna@host:/home /media/with\\040space fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize(("folder", "network"), [
    ("/home/anna/Regiestoel", False),
    ("/mnt/nas", True),
    ("/mnt/nas/Regiestoel/new", True),
    ("/mnt/nas/local-cache/Regiestoel", False),
    ("/mnt/nassau/Regiestoel", False),
    ("/mnt/share/Regiestoel", True),
    ("/media/with space/Regiestoel", True),
])
def test_a_folder_on_a_network_mount_is_recognised(tmp_path, folder, network):
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS, encoding="utf-8")
    assert is_network_folder(folder, mounts) is network


def test_the_longest_mount_wins():
    assert mount_fs_type(Path("/mnt/nas/local-cache/x"), MOUNTS) == "ext4"
    assert mount_fs_type(Path("/srv"), MOUNTS) == "ext4"


def test_a_data_folder_on_a_network_share_is_refused_with_advice(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS, encoding="utf-8")
    with pytest.raises(StorageError) as caught:
        check_local(resolve_location("/mnt/share/Regiestoel"), mounts_file=mounts)
    assert caught.value.code == "network_folder"
    assert caught.value.params["path"] == "/mnt/share/Regiestoel"
    from app import messages

    assert "PostgreSQL" in messages.describe(caught.value, "en")
    assert "PostgreSQL" in messages.describe(caught.value, "nl")
    # A database server may be anywhere; a local folder is fine.
    check_local(resolve_location("/mnt/share/Regiestoel", "postgresql://db/r"), mounts_file=mounts)
    check_local(resolve_location("/home/anna/Regiestoel"), mounts_file=mounts)


def test_this_machines_temporary_folder_is_local(tmp_path):
    assert is_network_folder(tmp_path) is False
