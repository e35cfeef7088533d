"""Benchmark: every main view and the searches over a network, on the PostgreSQL test server.

    .venv/bin/python tests/bench/bench_network.py [--runs 3] [--delay-ms 5]

The large organisation (250 people, ten years) is moved to a fresh database on the test
server (``REGIESTOEL_TEST_DATABASE_URL``, default the local one), and the real main window
talks to it through ``delay_proxy``: 5 ms each way, so 10 ms per round trip, like a busy
office network or a good VPN. Each view is opened as in ``bench_views`` and its round trips
counted at the proxy. Targets with the 10 ms round trip: a view <= 300 ms, the dashboard
<= 500 ms, a search keystroke <= 100 ms (medians). Figures are named ``*_rtt10``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.bench_views import LESSONS_WORD, PEOPLE_WORD, Driver, _ms  # noqa: E402
from tests.bench.delay_proxy import DelayProxy  # noqa: E402
from tests.bench.large_org import kept_database  # noqa: E402
from tests.bench.results import RESULTS_FILE, entry, merge_results, print_table  # noqa: E402

DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/test"
VIEW_TARGET_MS = 300.0
DASHBOARD_TARGET_MS = 500.0
KEYSTROKE_TARGET_MS = 100.0


class ServerDatabase:
    """A fresh database on the test server holding the large organisation; dropped after."""

    def __init__(self, server: str) -> None:
        from sqlalchemy.engine import make_url

        self.server = server
        self.name = f"regiestoel_bench_{uuid.uuid4().hex[:10]}"
        self.url = make_url(server).set(database=self.name)

    def _admin(self) -> Any:
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        from app.db import engine_url

        return create_engine(engine_url(self.server), isolation_level="AUTOCOMMIT",
                             poolclass=NullPool)

    def __enter__(self) -> ServerDatabase:
        from sqlalchemy import text

        from app.db import Database
        from app.move_to import move_to
        from app.paths import sqlite_url

        admin = self._admin()
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        admin.dispose()
        source = Database(sqlite_url(kept_database()))
        try:
            move_to(source, self.url.render_as_string(hide_password=False))
        finally:
            source.dispose()
        return self

    def via(self, port: int) -> str:
        return self.url.set(host="127.0.0.1", port=port).render_as_string(hide_password=False)

    def __exit__(self, *exc: object) -> None:
        from sqlalchemy import text

        admin = self._admin()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        admin.dispose()


def run(runs: int, delay: float) -> list[dict[str, Any]]:
    from sqlalchemy.engine import make_url

    server = os.environ.get("REGIESTOEL_TEST_DATABASE_URL") or DEFAULT_SERVER
    port = make_url(server).port or 5432
    entries: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="regiestoel-bench-network-") as tmp:
        os.environ["REGIESTOEL_CONFIG_DIR"] = str(Path(tmp) / "config")
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        with ServerDatabase(server) as database, DelayProxy(port, delay) as proxy:
            driver = Driver(Path(tmp) / "data", database.via(proxy.port))
            try:
                driver.log_in()
                for key in driver.area_keys():
                    times, trips = [], 0
                    start = [0]

                    def count_from_here(start: list[int] = start) -> None:
                        start[0] = proxy.round_trips

                    for _ in range(runs):
                        times.append(driver.open_area(key, before_open=count_from_here))
                        trips = proxy.round_trips - start[0]
                    target = DASHBOARD_TARGET_MS if key == "dashboard" else VIEW_TARGET_MS
                    entries.append(entry(f"view_{key}_rtt10_ms", _ms(statistics.median(times)),
                                         "ms", target))
                    entries.append(entry(f"round_trips_{key}_rtt10", trips, "trips", None))
                    print(f"  {key}: {_ms(statistics.median(times)):.0f} ms, {trips} round trips",
                          flush=True)
                for area, word, shown in (
                    ("people", PEOPLE_WORD, lambda view, text: True),
                    ("lessons", LESSONS_WORD,
                     lambda view, text: view.shown_query == text.strip()),
                ):
                    before = proxy.round_trips
                    keys = driver.type_word(area, word, shown)
                    per_key = (proxy.round_trips - before) / max(1, len(word))
                    entries += [
                        entry(f"typing_{area}_search_rtt10_ms", _ms(statistics.median(keys)),
                              "ms", KEYSTROKE_TARGET_MS),
                        entry(f"round_trips_typing_{area}_rtt10", per_key, "trips", None),
                    ]
            finally:
                driver.ctx.tasks.wait()
                driver.window.close()
                driver.db.dispose()
    return entries


def network_main(argv: list[str] | None, doc: str | None, name: str, run_with: Any,
                 title: str) -> int:
    """The command line of a benchmark over the delaying proxy: ``run_with(runs, delay_s)``
    gives the entries; ``title`` is formatted with ``rtt`` (ms) and ``runs``."""
    parser = argparse.ArgumentParser(description=(doc or name).splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--delay-ms", type=float, default=5.0, help="delay each way")
    parser.add_argument("--no-write", action="store_true", help="do not touch bench-results.json")
    args = parser.parse_args(argv)
    try:
        entries = run_with(args.runs, args.delay_ms / 1000)
    except Exception as exc:  # noqa: BLE001 - an unreachable server is reported, not a crash
        from sqlalchemy.exc import OperationalError

        if not isinstance(exc, OperationalError):
            raise
        print(f"{name}: the PostgreSQL test server cannot be reached: {exc.orig}")
        return 2
    print_table(title.format(rtt=f"{2 * args.delay_ms:g}", runs=args.runs), entries)
    if not args.no_write:
        merge_results(entries, RESULTS_FILE)
    return 0 if all(e["met"] is not False for e in entries) else 1


def main(argv: list[str] | None = None) -> int:
    return network_main(argv, __doc__, "bench_network", run,
                        "views over a {rtt} ms round trip (median of {runs})")


if __name__ == "__main__":
    raise SystemExit(main())
