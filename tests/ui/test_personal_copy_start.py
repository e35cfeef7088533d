"""Regiestoel started on a folder that holds a personal copy: one sentence, nothing touched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_program_does_not_take_a_personal_copy_for_a_new_or_damaged_database(
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
    assert "holds a personal copy of one person's data" in result.stderr
    assert "damaged" not in result.stderr and "Traceback" not in result.stderr
    # No set-up wizard's database beside it, no lock file, the copy byte-identical.
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
