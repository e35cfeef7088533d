"""Test helper: personal copies of the demo organisation for the offline screens' tests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from app.personal_copy.identity import copy_identity
from app.personal_copy.keys import KdfParams
from app.personal_copy.make import make_copy
from app.personal_copy.opening import open_copy
from app.personal_copy.outbox import writing
from app.settings import LocalSettings
from tests.personal_copy_world import PASSWORD

# Argon2id at its lowest costs: the key's strength is not what these tests are about.
FAST = KdfParams(time_cost=1, memory_kib=8 * 1024)
# Where no server answers: a copy pointed here is offline.
NOWHERE = "postgresql://regiestoel@127.0.0.1:9/gone"


def copy_of(w, who: str, folder: Path, *, server_url: str | None = None,
            last_synced: datetime | None = None) -> Path:
    """``who``'s copy in ``folder``; optionally pointed at another server, or last synced
    at another moment (as if it had been on the road since)."""
    make_copy(w.db, w.ids[who], PASSWORD, folder, kdf=FAST, server_url=w.url)
    if server_url is not None or last_synced is not None:
        copy = open_copy(folder, PASSWORD)
        values: dict[str, object] = {}
        if server_url is not None:
            values["server_url"] = server_url
        if last_synced is not None:
            values["last_synced_at"] = last_synced
        with writing(copy.db) as conn:  # the copy's own table, as sync writes it
            conn.execute(update(copy_identity).values(**values))
        copy.close()
    return folder


@pytest.fixture
def start(qapp, qtbot, languages, tmp_path, monkeypatch):
    """Start the program on a copy folder as ui.main does; ended at the test's end."""
    from ui.main import CopyRun
    from ui.tasks import Tasks

    monkeypatch.setenv("REGIESTOEL_CONFIG_DIR", str(tmp_path / "config"))
    runs = []

    def run(folder: Path, language: str = "en"):
        languages.apply(language)
        r = CopyRun(qapp, languages, LocalSettings(language=language), folder, Tasks(qapp))
        qtbot.addWidget(r.unlock)
        runs.append(r)
        return r

    yield run
    for r in runs:
        if r.app is not None and r.app.window is not None:
            window = r.app.window
            if window.sync_runner is not None:
                window.sync_runner.stop()
            window.quitting = True
            window.close()
        r.end()


def type_password(qtbot, run, password: str) -> None:
    run.unlock.password.clear()
    qtbot.keyClicks(run.unlock.password, password)
    qtbot.mouseClick(run.unlock.login_button, Qt.MouseButton.LeftButton)


def opened(qtbot, run):
    """Open the copy with its password: the main window, logged in."""
    type_password(qtbot, run, PASSWORD)
    # Opening derives the key from the password and logs in: seconds on a busy machine.
    qtbot.waitUntil(lambda: run.app is not None and run.app.window is not None
                    and run.app.window.workspace is not None, timeout=20_000)
    return run.app.window
