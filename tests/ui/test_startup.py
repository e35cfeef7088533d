"""Starting the program as a user would: `regiestoel` on an empty, a demo and a foreign folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.cli import main as admin


def start(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "ui.main", "--exit-when-ready", "--no-crash-dialog", *args],
        capture_output=True, text=True, timeout=120, env=env,
    )


def test_an_empty_folder_opens_the_wizard_and_leaving_it_leaves_no_database(tmp_path: Path):
    """Closing the set-up wizard without an organisation once left an empty database and
    two backups; the next start must simply begin with the wizard again."""
    result = start("--data-dir", str(tmp_path / "nieuw"))
    assert result.returncode == 0, result.stderr
    left = {p.name for p in (tmp_path / "nieuw").rglob("*")}
    assert "regiestoel.sqlite3" not in left
    assert not [name for name in left if name.endswith((".sqlite3", ".sha256"))]


def test_the_demo_organisation_opens_at_the_login_screen(tmp_path: Path, capsys):
    assert admin(["--data-dir", str(tmp_path), "demo"]) == 0
    result = start("--data-dir", str(tmp_path), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_a_foreign_file_is_refused_with_one_clear_line_and_left_alone(tmp_path: Path):
    target = tmp_path / "regiestoel.sqlite3"
    target.write_bytes(b"PK\x03\x04 not a database")
    result = start("--data-dir", str(tmp_path), "--lang", "en")
    assert result.returncode == 1
    assert "is not a Regiestoel database" in result.stderr
    assert "Traceback" not in result.stderr
    assert target.read_bytes() == b"PK\x03\x04 not a database"


def test_an_unexpected_error_is_written_to_a_log_file(tmp_path: Path, monkeypatch):
    from ui.crash import write_crash_log

    monkeypatch.setenv("REGIESTOEL_CONFIG_DIR", str(tmp_path))
    try:
        raise ValueError("kapot")
    except ValueError as exc:
        path = write_crash_log(ValueError, exc, exc.__traceback__)
    assert path is not None and path.parent == tmp_path / "logs"
    assert "ValueError: kapot" in path.read_text(encoding="utf-8")
