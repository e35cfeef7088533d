"""Crash safety: a writer killed with SIGKILL mid-write never loses a change it reported saved.

The writer (``tests/app/crash_writer.py``) saves lessons through the real service and says
``saved <id>`` after each transaction returns. We kill it at random moments, many times over
on one data folder, and after every kill check what a user would rely on: every reported
lesson is there with its search-index entry, the file passes ``PRAGMA integrity_check``,
the app still opens it, and the next writer carries on.

Rounds and seed can be changed for a long soak: ``REGIESTOEL_CRASH_ROUNDS=500``,
``REGIESTOEL_CRASH_SEED=1234``.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import text

from app.paths import resolve_location
from app.storage import open_location

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="no SIGKILL on Windows"),
    # About SQLite's own durability (WAL, fsync); PostgreSQL brings its own.
    pytest.mark.sqlite_only,
]

REPO = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("REGIESTOEL_CRASH_ROUNDS", "25"))
SEED = int(os.environ.get("REGIESTOEL_CRASH_SEED", str(random.randrange(1 << 30))))
READY_TIMEOUT_S = 30.0
SAVED = re.compile(r"^saved (\d+)\n$")


@dataclass
class Run:
    """One writer process and what it reported so far."""

    proc: subprocess.Popen[str]
    tag: str
    saved: list[int] = field(default_factory=list)
    ready: threading.Event = field(default_factory=threading.Event)
    enough: threading.Event = field(default_factory=threading.Event)
    wanted: int = 0
    stray: list[str] = field(default_factory=list)

    def read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line == "ready\n":
                self.ready.set()
            elif match := SAVED.match(line):
                self.saved.append(int(match.group(1)))
                if self.wanted and len(self.saved) >= self.wanted:
                    self.enough.set()
            else:
                # A line cut off by the kill is not a report of "saved"; anything else is odd.
                self.stray.append(line)
        self.ready.set()
        self.enough.set()


def start_writer(data_dir: Path, owner_id: int, tag: str, *, count: int = 0,
                 wanted: int = 0) -> tuple[Run, threading.Thread]:
    cmd = [sys.executable, "-m", "tests.app.crash_writer", str(data_dir), str(owner_id), tag]
    if count:
        cmd += ["--count", str(count)]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, bufsize=1)
    run = Run(proc=proc, tag=tag, wanted=wanted)
    reader = threading.Thread(target=run.read, daemon=True)
    reader.start()
    return run, reader


def check_database(data_dir: Path, reported: dict[int, str], context: str) -> int:
    """Open the folder as the app does and check it; returns how many lessons it holds."""
    db, _status = open_location(resolve_location(data_dir))
    try:
        with db.engine.connect() as conn:
            problems = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            assert problems == ["ok"], f"{context}: integrity_check says {problems}"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == [], context
            titles = dict(conn.execute(text("SELECT id, title FROM lesson")).all())
            indexed = {r[0] for r in conn.execute(text("SELECT rowid FROM lesson_fts"))}
        missing = {i: t for i, t in reported.items() if titles.get(i) != t}
        assert not missing, f"{context}: reported as saved but gone or changed: {missing}"
        # One transaction is all or nothing: a lesson and its index entry come together.
        assert indexed == set(titles), f"{context}: lesson table and search index differ"
        with db.transaction() as s:
            # FTS5's own consistency check of its shadow tables.
            s.execute(text("INSERT INTO lesson_fts(lesson_fts) VALUES ('integrity-check')"))
        return len(titles)
    finally:
        db.dispose()


def test_a_killed_writer_never_loses_what_it_reported_as_saved(db, setup, data_dir: Path):
    db.dispose()  # the writers own the database from here on
    rng = random.Random(SEED)
    owner_id = setup.owner_id
    reported: dict[int, str] = {}
    kills_mid_run = 0
    for round_no in range(1, ROUNDS + 1):
        context = f"round {round_no} (seed {SEED})"
        tag = f"r{round_no}"
        by_count = round_no % 2 == 0
        wanted = rng.randint(1, 25) if by_count else 0
        run, reader = start_writer(data_dir, owner_id, tag, wanted=wanted)
        try:
            assert run.ready.wait(READY_TIMEOUT_S), f"{context}: writer never got ready"
            if by_count:
                run.enough.wait(READY_TIMEOUT_S)
            else:
                time.sleep(rng.uniform(0.05, 0.5))
            still_running = run.proc.poll() is None
            run.proc.send_signal(signal.SIGKILL)
        finally:
            if run.proc.poll() is None:
                run.proc.kill()
            run.proc.wait(timeout=30)
            reader.join(timeout=30)
        stderr = run.proc.stderr.read() if run.proc.stderr else ""
        assert still_running, f"{context}: writer stopped by itself:\n{stderr}"
        assert run.proc.returncode == -signal.SIGKILL, f"{context}: {stderr}"
        assert all(line and not line.endswith("\n") for line in run.stray), (
            f"{context}: unexpected output {run.stray!r}")
        kills_mid_run += 1
        before = len(reported)
        for k, lesson_id in enumerate(run.saved, start=1):
            assert lesson_id not in reported, f"{context}: id {lesson_id} reported twice"
            reported[lesson_id] = f"{tag} #{k}"
        total = check_database(data_dir, reported, context)
        # Nothing appears that was not asked for: at most the one save in flight per kill
        # committed without being reported.
        assert len(reported) <= total <= len(reported) + round_no, context
        assert len(reported) - before == len(run.saved)

    assert kills_mid_run == ROUNDS
    assert len(reported) >= ROUNDS, f"the writers saved too little to prove much ({SEED})"

    # After all those crashes a new writer still works normally and finishes cleanly.
    run, reader = start_writer(data_dir, owner_id, "final", count=5)
    assert run.proc.wait(timeout=60) == 0, run.proc.stderr.read() if run.proc.stderr else ""
    reader.join(timeout=30)
    assert len(run.saved) == 5
    for k, lesson_id in enumerate(run.saved, start=1):
        reported[lesson_id] = f"final #{k}"
    check_database(data_dir, reported, f"after the final writer (seed {SEED})")
