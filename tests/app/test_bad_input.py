"""Issue 17's findings: every bad input gets one plain line and the right exit code, nothing
is left half-written, and a file that is not ours stays as it was."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import stat
import struct
from pathlib import Path

import pytest

from app.cli import main
from tests.ai.gguf_files import write_gguf
from tests.mounts import fill, tmpfs

OLD_BACKUP = Path(__file__).resolve().parents[1] / "data" / "schema_0003.sqlite3"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_plain_line(err: str) -> bool:
    return err.count("\n") == 1 and "Traceback" not in err and err.startswith("regiestoel-admin:")


@pytest.fixture
def demo(capsys, data_dir) -> Path:
    assert run(capsys, "--data-dir", str(data_dir), "demo")[0] == 0
    return data_dir


# --- GGUF models -----------------------------------------------------------------------------


def _gguf_with(tmp_path: Path, raw_kv: bytes, count: int = 1) -> Path:
    """A GGUF file with no tensors and ``count`` raw metadata entries."""
    path = tmp_path / "crafted.gguf"
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 0, count) + raw_kv)
    return path


def _key(name: str) -> bytes:
    return struct.pack("<Q", len(name)) + name.encode()


@pytest.mark.parametrize("value", ["vier", float("nan"), float("inf"), 2.5])
def test_ai_inspect_refuses_metadata_numbers_that_are_no_numbers(tmp_path, capsys, value):
    path = write_gguf(tmp_path / "m.gguf", {"llama.context_length": value})
    code, out, err = run(capsys, "--lang", "en", "ai", "inspect", str(path))
    assert code == 2 and out == "" and one_plain_line(err)
    assert "damaged" in err and "context_length" in err


def test_ai_inspect_refuses_arrays_nested_hundreds_deep(tmp_path, capsys):
    nested = b""
    for _ in range(300):
        nested = struct.pack("<IQ", 9, 1) + nested  # an array holding one array ...
    raw = _key("deep") + struct.pack("<I", 9) + nested + struct.pack("<IQ", 4, 0)
    code, _, err = run(capsys, "--lang", "en", "ai", "inspect", str(_gguf_with(tmp_path, raw)))
    assert code == 2 and one_plain_line(err) and "nested" in err


def test_ai_inspect_on_a_fifo_returns_at_once(tmp_path, capsys):
    fifo = tmp_path / "model.gguf"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "--lang", "en", "ai", "inspect", str(fifo))
    assert code == 2 and one_plain_line(err)


def test_a_crafted_gguf_cannot_make_the_reader_walk_or_keep_a_huge_vocabulary(tmp_path, capsys):
    """Counts are checked against the file before anything is read: 2**40 empty strings in a
    64-byte file are refused at once, and so are more strings than any vocabulary has."""
    raw = _key("tokenizer.ggml.tokens") + struct.pack("<IIQ", 9, 8, 2**40)
    code, _, err = run(capsys, "--lang", "en", "ai", "inspect", str(_gguf_with(tmp_path, raw)))
    assert code == 2 and one_plain_line(err)
    many = 5_000_000
    path = _gguf_with(tmp_path, _key("tokenizer.ggml.tokens") + struct.pack("<IIQ", 9, 8, many)
                      + b"\0" * (8 * many))
    code, _, err = run(capsys, "--lang", "en", "ai", "inspect", str(path))
    assert code == 2 and "too many" in err


# --- numbers and addresses on the command line ----------------------------------------------


@pytest.mark.parametrize("args", [
    ["calendar", "export", "--person", "99999999999999999999", "x.ics"],
    ["calendar", "export", "--group", "-1", "x.ics"],
    ["person", "export", "99999999999999999999", "x.zip"],
    ["person", "archive", "99999999999999999999"],
    ["person", "erase", "99999999999999999999", "--yes"],
    ["culture", "results", "99999999999999999999"],
    ["culture", "results", "1", "--team", "99999999999999999999"],
    ["ai", "run", "--model", "m.gguf", "--task", "question", "--id", "99999999999999999999"],
    ["lessons", "search", "x", "--limit", "99999999999999999999"],
])
def test_an_id_beyond_64_bits_is_bad_usage_not_a_traceback(demo, capsys, args):
    with pytest.raises(SystemExit) as caught:
        main(["--data-dir", str(demo), *args])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "invalid" in err


@pytest.mark.parametrize("url", ["mysql://u@h/db", "oracle://u@h/db", "sqlite://",
                                 "postgresql://u@h:poort/db", "geen-url"])
def test_an_address_that_is_not_ours_is_bad_usage_in_one_line(capsys, url):
    code, _, err = run(capsys, "--lang", "en", "--database-url", url, "people", "list")
    assert code == 2 and one_plain_line(err)
    assert "u@h" not in err  # the address may hold a password: never echoed whole


def test_a_sqlite_url_to_a_file_that_is_no_database_is_refused_and_left_alone(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"boodschappen: brood, melk\n" * 50)
    before = notes.read_bytes()
    code, _, err = run(capsys, "--lang", "en", "--database-url", f"sqlite:///{notes}",
                       "people", "list")
    assert code == 1 and one_plain_line(err) and "not a Regiestoel database" in err
    assert notes.read_bytes() == before


def test_a_sqlite_url_to_another_programs_database_leaves_it_byte_identical(tmp_path, capsys):
    other = tmp_path / "boekhouding.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE factuur (id INTEGER PRIMARY KEY, bedrag REAL)")
    conn.execute("INSERT INTO factuur VALUES (1, 12.5)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    for command in (["people", "list"], ["check"], ["backup"], ["demo"]):
        code, _, err = run(capsys, "--lang", "en", "--database-url", f"sqlite:///{other}",
                           *command)
        assert code == 1, command
        assert "Traceback" not in err
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["boekhouding.sqlite3"]


# --- damaged databases -------------------------------------------------------------------------


def _damage_pages(file: Path) -> None:
    """Overwrite pages in the middle of the file, keeping the header (so it is still ours)."""
    conn = sqlite3.connect(file)
    conn.execute("PRAGMA journal_mode = DELETE")  # fold the -wal, so the file is everything
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with file.open("r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        for offset in range(page_size * 3, size - page_size, page_size * 2):
            fh.seek(offset)
            fh.write(b"\xde\xad\xbe\xef" * (page_size // 8))


def test_check_and_search_call_a_damaged_database_damaged_not_foreign(demo, capsys):
    _damage_pages(demo / "regiestoel.sqlite3")
    code, out, err = run(capsys, "--lang", "en", "--data-dir", str(demo), "check")
    assert code == 1 and "Traceback" not in err
    assert "damaged" in (out + err) and "not a Regiestoel database" not in (out + err)
    code, _, err = run(capsys, "--lang", "en", "--data-dir", str(demo), "lessons", "search",
                       "klant")
    assert code == 1 and one_plain_line(err) and "damaged" in err


# --- a folder that was never set up, or is in use -------------------------------------------


def test_people_list_on_a_folder_never_set_up_creates_nothing(tmp_path, capsys):
    folder = tmp_path / "nieuw"
    code, _, err = run(capsys, "--lang", "en", "--data-dir", str(folder), "people", "list")
    assert code == 1 and one_plain_line(err) and "no Regiestoel database" in err
    assert not (folder / "regiestoel.sqlite3").exists()


def test_admin_commands_do_not_write_while_the_program_holds_the_folder(demo, capsys):
    from app.instance_lock import acquire
    from app.paths import resolve_location

    location = resolve_location(demo)
    lock = acquire(location, "Anna Andersson")
    before = (demo / "regiestoel.sqlite3").read_bytes()
    try:
        for args in (["people", "list"], ["person", "archive", "3"],
                     ["restore", "--yes", str(OLD_BACKUP)]):
            code, _, err = run(capsys, "--lang", "en", "--data-dir", str(demo), *args)
            assert code == 1, args
            assert "Anna Andersson" in err and "Traceback" not in err
        # A look that changes nothing is fine.
        assert run(capsys, "--data-dir", str(demo), "check")[0] == 0
    finally:
        lock.release()
    assert (demo / "regiestoel.sqlite3").read_bytes() == before


def test_the_instance_lock_file_is_not_world_writable(demo, capsys):
    run(capsys, "--data-dir", str(demo), "people", "list")
    mode = (demo / "regiestoel.lock").stat().st_mode
    assert not mode & (stat.S_IWOTH | stat.S_IWGRP)


# --- backups -----------------------------------------------------------------------------------


def test_backup_refuses_another_programs_database(tmp_path, capsys):
    folder = tmp_path / "data"
    folder.mkdir()
    conn = sqlite3.connect(folder / "regiestoel.sqlite3")
    conn.execute("CREATE TABLE recept (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "--lang", "en", "--data-dir", str(folder), "backup",
                       "--to", str(tmp_path / "usb"))
    assert code == 1 and one_plain_line(err) and "not a Regiestoel database" in err
    assert not (tmp_path / "usb").exists() or not any((tmp_path / "usb").iterdir())


def test_backup_of_a_folder_it_may_not_read_says_so(demo, capsys, monkeypatch):
    """Tests may run as root, where chmod stops nothing: the OS error is injected."""
    real_is_file = Path.is_file

    def refused(self: Path) -> bool:
        if self.name == "regiestoel.sqlite3":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_is_file(self)

    monkeypatch.setattr(Path, "is_file", refused)
    code, _, err = run(capsys, "--lang", "en", "--data-dir", str(demo), "backup")
    assert code == 1 and one_plain_line(err) and "permission" in err


def test_backup_to_a_full_disk_exits_1_and_leaves_nothing(demo, capsys, tmp_path):
    with tmpfs(tmp_path / "usb", "64k") as usb:
        fill(usb)
        (usb / "filler").unlink()
        (usb / "filler").write_bytes(b"\0" * (60 * 1024))
        code, _, err = run(capsys, "--lang", "en", "--data-dir", str(demo), "backup",
                           "--to", str(usb))
        assert code == 1 and one_plain_line(err)
        assert "disk is full" in err
        assert sorted(p.name for p in usb.iterdir()) == ["filler"]


def test_backup_to_a_read_only_disk_says_read_only(demo, capsys, tmp_path):
    with tmpfs(tmp_path / "stick", read_only=True) as stick:
        code, _, err = run(capsys, "--lang", "en", "--data-dir", str(demo), "backup",
                           "--to", str(stick))
    assert code == 1 and one_plain_line(err) and "read-only" in err
    assert "unable to open" not in err


def test_a_database_is_never_left_empty_by_init_or_demo_on_a_full_disk(tmp_path, capsys,
                                                                      monkeypatch):
    monkeypatch.setenv("REGIESTOEL_PASSWORD", "een-goed-wachtwoord")
    with tmpfs(tmp_path / "data", "96k") as folder:
        for args in (["demo"], ["init", "--org", "X", "--owner-name", "O",
                                "--owner-email", "o@x.nl"]):
            code, _, err = run(capsys, "--lang", "en", "--data-dir", str(folder), *args)
            assert code == 1, err
            assert one_plain_line(err) and "disk is full" in err
            names = {p.name for p in folder.iterdir()}
            assert "regiestoel.sqlite3" not in names, names
            assert not [n for n in names if n.startswith(".new-")]


# --- exports -------------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["people", "export", "{dir}/mensen.csv"],
    ["calendar", "export", "--group", "1", "{dir}/groep.ics"],
    ["budget", "export", "--year", "2026", "{dir}/budget.csv"],
])
def test_an_export_to_a_full_disk_leaves_no_empty_file(demo, capsys, tmp_path, args):
    with tmpfs(tmp_path / "usb", "16k") as usb:
        fill(usb)
        argv = [a.replace("{dir}", str(usb)) for a in args]
        code, _, err = run(capsys, "--lang", "en", "--data-dir", str(demo), *argv)
        assert code == 1 and one_plain_line(err) and "disk is full" in err
        assert sorted(p.name for p in usb.iterdir()) == ["filler"]


def test_an_export_over_an_existing_file_replaces_it_whole(demo, capsys, tmp_path):
    target = tmp_path / "mensen.csv"
    target.write_text("oud")
    assert run(capsys, "--data-dir", str(demo), "people", "export", str(target))[0] == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfID;Naam")
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["mensen.csv"]


def test_restore_refuses_an_encrypted_header_with_infinite_cost(demo, capsys, tmp_path):
    from app.backup import MAGIC

    fields = {"version": 1, "kdf": "scrypt", "n": float("inf"), "r": 8, "p": 1,
              "salt": "AAAAAAAAAAAAAAAAAAAAAA==", "cipher": "AES-256-GCM",
              "nonce": "AAAAAAAAAAAAAAAA", "check": "AAAAAAAAAAAAAAAAAAAAAA=="}
    crafted = tmp_path / "x.regiestoel-backup"
    crafted.write_bytes(MAGIC + json.dumps(fields).encode() + b"\n" + b"\0" * 64)
    os.environ["PASS_X"] = "iets"
    try:
        code, _, err = run(capsys, "--lang", "en", "--data-dir", str(demo), "restore",
                           str(crafted), "--passphrase-env", "PASS_X", "--yes")
    finally:
        del os.environ["PASS_X"]
    assert code == 1 and one_plain_line(err) and "damaged" in err
