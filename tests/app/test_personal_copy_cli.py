"""`regiestoel-admin personal-copy` and `check` on a copy: their lines and exit codes; every
other command on a copy says in one line that it works on the organisation's database."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app import messages
from app.cli import main
from app.personal_copy.opening import open_copy
from models.migrations import head_revision
from tests.personal_copy_world import PASSWORD, World, copy_bytes, kinds, world


@pytest.fixture(scope="module", params=kinds())
def w(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> World:
    return world(request.param, request, tmp_path_factory)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def gerrits_copy(w: World, tmp_path: Path, capsys, monkeypatch) -> Path:
    monkeypatch.setenv("REGIESTOEL_PASSWORD", PASSWORD)
    folder = tmp_path / "laptop"
    code, out, err = run(capsys, "--database-url", w.url, "personal-copy",
                         str(w.ids["gerrit"]), str(folder))
    assert (code, err) == (0, "")
    line = re.fullmatch(r"personal copy ([0-9a-f-]{36}) of (\d+) Gerrit Jansen: (\d+) records "
                        r"in (.+)\n", out)
    assert line is not None, out
    assert int(line[2]) == w.ids["gerrit"] and Path(line[4]) == folder.resolve()
    return folder


def test_check_on_a_copy_prints_the_usual_line_and_whose_copy_it_is(w: World, gerrits_copy,
                                                                   capsys):
    copy = open_copy(gerrits_copy, PASSWORD)
    synced = copy.identity.last_synced_at
    copy.close()
    from zoneinfo import ZoneInfo

    stamp = synced.astimezone(ZoneInfo("Europe/Amsterdam")).strftime("%Y-%m-%dT%H:%M")
    for language in ("nl", "en"):
        code, out, err = run(capsys, "--data-dir", str(gerrits_copy), "--lang", language,
                             "check")
        usual = messages.text("check.ok", language, revision=head_revision(),
                              head=head_revision(), integrity="ok")
        assert (code, err) == (0, "")
        assert out.splitlines() == [
            usual, f"personal copy of {w.ids['gerrit']} Gerrit Jansen, last synced {stamp}"]


def test_check_on_a_copy_needs_the_right_password(gerrits_copy, capsys, monkeypatch):
    before = copy_bytes(gerrits_copy)
    monkeypatch.setenv("REGIESTOEL_PASSWORD", "niet-het-wachtwoord")
    code, out, err = run(capsys, "--data-dir", str(gerrits_copy), "--lang", "en", "check")
    assert (code, out) == (2, "")
    assert err == "regiestoel-admin: That password is not right.\n"
    monkeypatch.delenv("REGIESTOEL_PASSWORD")
    code, out, err = run(capsys, "--data-dir", str(gerrits_copy), "--lang", "en", "check")
    assert (code, out, len(err.splitlines())) == (2, "", 1)
    assert "REGIESTOEL_PASSWORD" in err
    assert copy_bytes(gerrits_copy) == before


def test_a_wrong_or_missing_password_makes_no_copy(w: World, tmp_path: Path, capsys,
                                                   monkeypatch):
    folder = tmp_path / "laptop"
    monkeypatch.setenv("REGIESTOEL_PASSWORD", "niet-het-wachtwoord")
    code, out, err = run(capsys, "--database-url", w.url, "--lang", "en", "personal-copy",
                         str(w.ids["piet"]), str(folder))
    assert (code, out, err) == (2, "", "regiestoel-admin: That password is not right.\n")
    monkeypatch.delenv("REGIESTOEL_PASSWORD")
    code, out, err = run(capsys, "--database-url", w.url, "personal-copy",
                         str(w.ids["piet"]), str(folder))
    assert (code, out, len(err.splitlines())) == (2, "", 1)
    assert not folder.exists()


def test_an_unknown_person_or_a_taken_folder_makes_no_copy(w: World, gerrits_copy,
                                                          tmp_path: Path, capsys):
    code, out, err = run(capsys, "--database-url", w.url, "personal-copy", "999999",
                         str(tmp_path / "other"))
    assert (code, out, len(err.splitlines())) == (2, "", 1)
    assert not (tmp_path / "other").exists()
    before = copy_bytes(gerrits_copy)
    code, out, err = run(capsys, "--database-url", w.url, "--lang", "en", "personal-copy",
                         str(w.ids["gerrit"]), str(gerrits_copy))
    assert (code, out) == (1, "")
    assert err.startswith("regiestoel-admin: ") and "already holds" in err
    assert copy_bytes(gerrits_copy) == before


OTHER_COMMANDS = [
    ["people", "list"], ["groups", "list"], ["conversations", "list"], ["backup"],
    ["demo"], ["init", "--org", "X", "--owner-name", "Y", "--owner-email", "y@x.nl"],
    ["personal-copy", "1", "elsewhere"], ["move-to", "postgresql://u@h/db"],
    ["reminders"], ["person", "retention"], ["lessons", "search", "warmtepomp"]]


def test_other_commands_on_a_copy_say_they_work_on_the_organisations_database(
        gerrits_copy, tmp_path: Path, capsys):
    before = copy_bytes(gerrits_copy)
    for command in OTHER_COMMANDS:
        code, out, err = run(capsys, "--data-dir", str(gerrits_copy), "--lang", "en",
                             *command)
        assert (code, out) == (1, ""), command
        assert err == (f"regiestoel-admin: {gerrits_copy} holds a personal copy of one "
                       "person's data, not the organisation's database. This works on the "
                       "organisation's database only; nothing was changed.\n"), command
        assert copy_bytes(gerrits_copy) == before, command
    assert not (tmp_path / "elsewhere").exists()
