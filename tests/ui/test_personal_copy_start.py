"""Regiestoel started on a folder that holds a personal copy: it asks the copy's password; a
marker it cannot read is one sentence, nothing touched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_copy_with_a_marker_it_cannot_read_is_not_taken_for_a_new_or_damaged_database(
        tmp_path: Path):
    from app.personal_copy.marker import COPY_FILE, MARKER_FILE

    folder = tmp_path / "laptop"
    folder.mkdir()
    (folder / MARKER_FILE).write_text('{"kind": "personal-copy"}\n', encoding="utf-8")
    (folder / COPY_FILE).write_bytes(os.urandom(8192))  # what an encrypted file looks like
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "REGIESTOEL_CONFIG_DIR": str(tmp_path / "config")}
    result = subprocess.run(
        [sys.executable, "-m", "ui.main", "--exit-when-ready", "--no-crash-dialog",
         "--data-dir", str(folder), "--lang", "en"],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert result.returncode == 1
    # A marker of another format: said as such, never a new organisation beside it.
    assert "personal copy" in result.stderr and "another version" in result.stderr
    assert "damaged" not in result.stderr and "Traceback" not in result.stderr
    # No set-up wizard's database beside it, no lock file, the copy byte-identical.
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_a_folder_with_a_copy_starts_with_its_password_window_and_leaves_it_as_it_was(
        tmp_path: Path, request, tmp_path_factory):
    from tests.personal_copy_world import world
    from tests.ui.offline_copies import copy_of

    w = world("sqlite", request, tmp_path_factory)
    folder = copy_of(w, "kevin", tmp_path / "laptop")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "REGIESTOEL_CONFIG_DIR": str(tmp_path / "config")}
    result = subprocess.run(
        [sys.executable, "-m", "ui.main", "--exit-when-ready", "--no-crash-dialog",
         "--data-dir", str(folder), "--lang", "en"],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # Nothing opened before the password: the copy and its marker as they were, no
    # organisation's database made beside them.
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.name in before}
    assert after == before
    assert not (folder / "regiestoel.sqlite3").exists()
