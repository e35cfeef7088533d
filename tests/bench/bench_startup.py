"""Benchmark: start-up of the GUI on the large organisation, against the stack's own floor.

    .venv/bin/python tests/bench/bench_startup.py [--runs 7]

Measured from outside, as a user waits: from process start to exit of
``python -m ui.main --data-dir DIR --exit-when-ready``, which exits once the login screen
shows its list of names. The floor is tests/bench/startup_floor.py (import PySide6 and
SQLAlchemy's ORM, read one row from the same SQLite file, show a window) with the same
interpreter, the same way, in interleaved runs. Target: the app at most 1.3 times the floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.large_org import DATABASE_NAME, copy_into  # noqa: E402
from tests.bench.results import RESULTS_FILE, entry, merge_results, print_table  # noqa: E402

TARGET_RATIO = 1.3
FLOOR_SCRIPT = Path(__file__).with_name("startup_floor.py")


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{command[1:3]} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return seconds


def run(runs: int) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory(prefix="regiestoel-bench-startup-") as tmp:
        data = copy_into(Path(tmp) / "data")
        env = {**os.environ, "REGIESTOEL_CONFIG_DIR": str(Path(tmp) / "config")}
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        floor_cmd = [sys.executable, str(FLOOR_SCRIPT), str(data / DATABASE_NAME)]
        app_cmd = [sys.executable, "-m", "ui.main", "--data-dir", str(data), "--lang", "nl",
                   "--exit-when-ready"]
        _timed(floor_cmd, env)  # warm the file cache for both
        _timed(app_cmd, env)
        floor: list[float] = []
        app: list[float] = []
        for _ in range(runs):
            floor.append(_timed(floor_cmd, env))
            app.append(_timed(app_cmd, env))
    floor_s, app_s = statistics.median(floor), statistics.median(app)
    return [
        entry("startup_floor_s", floor_s, "s", None),
        entry("startup_s", app_s, "s", TARGET_RATIO * floor_s),
        entry("startup_ratio_to_floor", app_s / floor_s, "x", TARGET_RATIO),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-write", action="store_true", help="do not touch bench-results.json")
    args = parser.parse_args(argv)
    entries = run(args.runs)
    print_table(f"start-up to the login screen ({args.runs} interleaved runs, median)", entries)
    if not args.no_write:
        merge_results(entries, RESULTS_FILE)
    return 0 if all(e["met"] is not False for e in entries) else 1


if __name__ == "__main__":
    raise SystemExit(main())
