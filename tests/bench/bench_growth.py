"""Benchmark: how the cost grows with the organisation, at 25, 250 and 2,500 people.

    .venv/bin/python tests/bench/bench_growth.py [--runs 3] [--sizes 25,250,2500]

Each size is the large demo organisation (``demo --large --people N``: ten years of history,
groups, lessons and requests in proportion), kept under var/bench/ (the 2,500-person one
takes a few minutes to make the first time). For each size, in a process of its own (so its
peak memory is its own): every main view, typing in the searches, the database file and the
peak memory, as ``bench_views`` measures them; then the annual report's data and a
``move-to`` to the PostgreSQL test server (when it can be reached).

Figures are named ``<figure>_p<N>``; the growth from 250 to 2,500 people is printed per
figure, with targets: no view, search or report more than 2x slower, the file growing no
more than linearly (its size per person not larger), peak memory at 2,500 <= 400 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.large_org import DATABASE_NAME, copy_into, kept_database  # noqa: E402
from tests.bench.results import RESULTS_FILE, entry, merge_results, print_table  # noqa: E402

SIZES = (25, 250, 2500)
GROWTH_TARGET = 2.0
RSS_TARGET_MB = 400.0
DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/test"


def _views(people: int, runs: int) -> list[dict[str, Any]]:
    """bench_views at this size, in a process of its own."""
    with tempfile.TemporaryDirectory(prefix="regiestoel-bench-growth-") as tmp:
        out = Path(tmp) / "views.json"
        subprocess.run([sys.executable, str(ROOT / "tests" / "bench" / "bench_views.py"),
                        "--runs", str(runs), "--people", str(people), "--no-write",
                        "--json", str(out)], cwd=ROOT, check=False,
                       stdout=subprocess.DEVNULL)
        return json.loads(out.read_text(encoding="utf-8")) if out.exists() else []


def _annual_report_ms(people: int, runs: int) -> float:
    from app.access import Actor
    from app.annual_report import report_data
    from app.db import Database
    from app.paths import sqlite_url
    from app.services.auth import actor_for

    folder = Path(tempfile.mkdtemp(prefix="regiestoel-bench-report-"))
    db = Database(sqlite_url(copy_into(folder, people) / DATABASE_NAME))
    try:
        actor: Actor = actor_for(db, 1)
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            report_data(db, actor, date.today().year - 1)
            times.append(time.perf_counter() - started)
        return 1000 * sorted(times)[len(times) // 2]
    finally:
        db.dispose()
        shutil.rmtree(folder, ignore_errors=True)


def _move_to_s(people: int) -> float | None:
    """Seconds for ``move-to`` of this size into a fresh database on the test server."""
    from sqlalchemy.exc import OperationalError

    from app.db import Database
    from app.move_to import move_to
    from app.paths import sqlite_url
    from tests.bench.bench_network import ServerDatabase

    server = os.environ.get("REGIESTOEL_TEST_DATABASE_URL") or DEFAULT_SERVER
    target = ServerDatabase(server)
    try:
        from sqlalchemy import text

        admin = target._admin()
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{target.name}"'))
        admin.dispose()
    except OperationalError:
        return None
    try:
        source = Database(sqlite_url(kept_database(people)), read_only=True)
        started = time.perf_counter()
        try:
            move_to(source, target.url.render_as_string(hide_password=False))
        finally:
            source.dispose()
        return time.perf_counter() - started
    finally:
        target.__exit__()


def run(sizes: tuple[int, ...], runs: int) -> list[dict[str, Any]]:
    by_size: dict[int, dict[str, float]] = {}
    entries: list[dict[str, Any]] = []
    for people in sizes:
        print(f"  {people} people ...", flush=True)
        kept_database(people)
        figures = {e["name"]: e["value"] for e in _views(people, runs)
                   if not e["name"].endswith("_first_ms") and not e["name"].endswith("_max_ms")}
        figures["annual_report_ms"] = _annual_report_ms(people, runs)
        moved = _move_to_s(people)
        if moved is not None:
            figures["move_to_s"] = moved
        by_size[people] = figures
        for name, value in figures.items():
            unit = "MB" if name.endswith("_mb") else "s" if name.endswith("_s") else "ms"
            target = RSS_TARGET_MB if name == "peak_rss_mb" and people == 2500 else None
            entries.append(entry(f"{name}_p{people}", value, unit, target))
    small, large = by_size.get(250), by_size.get(2500)
    if small and large:
        for name in sorted(set(small) & set(large)):
            if name in ("peak_rss_mb", "move_to_s") or not small[name]:
                continue
            ratio = large[name] / small[name]
            if name == "database_file_mb":
                # Linear growth keeps the size per person; ten times the people, at most ten
                # times the file.
                entries.append(entry("growth_file_per_person_250_to_2500", ratio / 10, "x",
                                     1.0))
            else:
                entries.append(entry(f"growth_{name}_250_to_2500", ratio, "x", GROWTH_TARGET))
        if "move_to_s" in small and "move_to_s" in large:
            # Moving is copying: expected to grow with the rows, reported without a target.
            entries.append(entry("growth_move_to_250_to_2500",
                                 large["move_to_s"] / small["move_to_s"], "x", None))
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)),
                        help="sizes to measure, comma-separated (default 25,250,2500)")
    parser.add_argument("--no-write", action="store_true", help="do not touch bench-results.json")
    args = parser.parse_args(argv)
    sizes = tuple(int(n) for n in args.sizes.split(","))
    entries = run(sizes, args.runs)
    print_table(f"growth with the organisation ({', '.join(map(str, sizes))} people)", entries)
    if not args.no_write:
        merge_results(entries, RESULTS_FILE)
    return 0 if all(e["met"] is not False for e in entries) else 1


if __name__ == "__main__":
    raise SystemExit(main())
