"""A second Regiestoel on one data folder: told who has it open, and opens it read-only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from app.cli import main as admin
from app.instance_lock import LOCK_FILE, Held, Lock, acquire
from app.paths import resolve_location

ROOT = Path(__file__).resolve().parents[2]


def start(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "ui.main", "--exit-when-ready", "--no-crash-dialog", *args],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )


def test_a_second_regiestoel_on_the_same_folder_opens_read_only(tmp_path: Path, capsys):
    assert admin(["--data-dir", str(tmp_path), "demo"]) == 0
    lock = acquire(resolve_location(tmp_path), "Anna Andersson")
    assert isinstance(lock, Lock)
    try:
        result = start("--data-dir", str(tmp_path), "--lang", "en")
        assert result.returncode == 0, result.stderr
        assert "read-only" in result.stderr
        assert "Anna Andersson" in result.stderr
        assert "Traceback" not in result.stderr
        # The read-only one left the writer's lock alone.
        record = json.loads((tmp_path / LOCK_FILE).read_text(encoding="utf-8"))
        assert record["who"] == "Anna Andersson" and record["pid"] == os.getpid()
    finally:
        lock.release()


def test_a_regiestoel_that_quits_leaves_the_folder_free(tmp_path: Path):
    result = start("--data-dir", str(tmp_path / "nieuw"), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "read-only" not in result.stderr
    claim = acquire(resolve_location(tmp_path / "nieuw"), "Bert")
    assert isinstance(claim, Lock) and not claim.took_over
    claim.release()


def test_the_person_chooses_read_only_or_quit(tmp_path: Path, monkeypatch):
    from ui import instance_dialog
    from ui.main import claim_folder

    location = resolve_location(tmp_path)
    lock = acquire(location, "Anna")
    assert isinstance(lock, Lock)
    asked: list[Held] = []
    try:
        monkeypatch.setattr(instance_dialog, "ask_in_use",
                            lambda held, language: asked.append(held) or True)
        assert claim_folder(location, "nl", interactive=True) == (None, True)
        monkeypatch.setattr(instance_dialog, "ask_in_use", lambda held, language: False)
        assert claim_folder(location, "nl", interactive=True) == (None, False)
        assert asked[0].who == "Anna"
    finally:
        lock.release()
    mine, read_only = claim_folder(location, "nl", interactive=True)
    assert isinstance(mine, Lock) and not read_only
    mine.release()


def test_the_dialog_says_who_where_and_since_when(qtbot):
    from ui.instance_dialog import InUseDialog

    held = Held(host="laptop-kantoor", user="anna", who="Anna Andersson",
                since=datetime(2026, 3, 2, 8, 30, tzinfo=UTC))
    dialog = InUseDialog(held, "en")
    qtbot.addWidget(dialog)
    shown = dialog.text()
    assert "Anna Andersson" in shown and "laptop-kantoor" in shown
    assert held.since is not None
    assert held.since.astimezone().strftime("%Y-%m-%d %H:%M") in shown
    assert dialog.read_only_button.text() == "Open read-only"
    assert dialog.quit_button.text() == "Quit"
    dialog.quit_button.click()
    assert dialog.chose_read_only() is False

    dutch = InUseDialog(held, "nl")
    qtbot.addWidget(dutch)
    assert dutch.read_only_button.text() == "Alleen-lezen openen"
    assert held.since.astimezone().strftime("%d-%m-%Y %H:%M") in dutch.text()


def test_the_window_says_read_only_in_title_and_status_bar(window):
    window.set_read_only(True)
    assert "Read-only" in window.windowTitle()
    assert window.read_only_label.isVisible()
    assert window.read_only_label.text() == "Read-only"
    window.set_read_only(False)
    assert window.windowTitle() == "Regiestoel"
    assert not window.read_only_label.isVisible()
