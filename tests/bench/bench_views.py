"""Benchmark: every main view, and typing in the searches, on the large organisation.

    .venv/bin/python tests/bench/bench_views.py [--runs 5]

Logs in as the owner of the large organisation (250 people, ten years) in the real main
window, then opens every area the sidebar offers, each time built afresh: from the click to
the data loaded (the database worker idle and its results delivered) and the view painted
(``grab``). Then types a word in the people search and in the lessons search, one key at a
time, timing each key until its results are shown. Ends with the database file's size and
the process's peak memory (no AI model loaded). Targets: a view <= 150 ms (the dashboard
<= 300 ms), a keystroke <= 50 ms, all medians; file <= 100 MB; peak RSS <= 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.large_org import DATABASE_NAME, PASSWORD, copy_into  # noqa: E402
from tests.bench.results import RESULTS_FILE, entry, merge_results, print_table  # noqa: E402

VIEW_TARGET_MS = 150.0
DASHBOARD_TARGET_MS = 300.0
KEYSTROKE_TARGET_MS = 50.0
FILE_TARGET_MB = 100.0
RSS_TARGET_MB = 300.0
OWNER_ID = 1
PEOPLE_WORD = "jansen"
LESSONS_WORD = "warmtepomp"


def _ms(seconds: float) -> float:
    return seconds * 1000.0


class Driver:
    """The main window of a real AppContext, driven the way a user would."""

    def __init__(self, data: Path, database_url: str | None = None) -> None:
        from PySide6.QtWidgets import QApplication

        from app.paths import resolve_location
        from app.settings import LocalSettings
        from app.storage import open_location
        from ui.context import AppContext, Bus
        from ui.i18n import Languages
        from ui.idle import IdleLock
        from ui.main_window import MainWindow
        from ui.tasks import Tasks
        from ui.theme import apply_theme

        self.qapp = QApplication.instance() or QApplication(sys.argv[:1])
        apply_theme(self.qapp)
        languages = Languages(self.qapp)
        languages.apply("nl")
        location = resolve_location(data, database_url)
        self.db, _ = open_location(location)
        self.ctx = AppContext(db=self.db, location=location, tasks=Tasks(self.qapp), bus=Bus(),
                              languages=languages, local=LocalSettings(language="nl"))
        self.window = MainWindow(self.ctx, IdleLock(self.qapp))
        self.window.resize(1400, 900)
        self.window.show()

    def settle(self, until: Callable[[], bool] = lambda: True, timeout: float = 60.0) -> None:
        """Process events until the database worker is idle, its results are delivered and
        ``until`` holds (sleeping, not spinning, while the worker has the GIL's work)."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            self.qapp.processEvents()
            if self.ctx.tasks.pending == 0 and until():
                self.qapp.sendPostedEvents()
                self.qapp.processEvents()
                if self.ctx.tasks.pending == 0:
                    return
            else:
                time.sleep(0.0005)
        raise TimeoutError("the view did not settle")

    def log_in(self) -> None:
        login = self.window.login
        self.settle(lambda: login.names.count() > 0)
        login.select_person(OWNER_ID)
        login.password.setText(PASSWORD)
        login.attempt()
        self.settle(lambda: self.window.workspace is not None)

    def area_keys(self) -> list[str]:
        return [a.key for a in self.window.areas]

    def open_area(self, key: str, before_open: Callable[[], object] | None = None) -> float:
        """Build the area afresh, load it and paint it; returns seconds. ``before_open`` is
        called just before the click, after the old view is gone (taking the old view away
        shows and so reloads another area, which is not this view's work)."""
        w = self.window
        assert w.area_stack is not None
        old = w.area_widgets.pop(key, None)
        if old is not None:
            from PySide6.QtCore import QEvent

            w.area_stack.removeWidget(old)
            old.deleteLater()
            self.settle()
            # processEvents() leaves deferred deletes alone: delete the old view for real.
            self.qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        row = self.area_keys().index(key)
        if before_open is not None:
            before_open()
        started = time.perf_counter()
        w._area_chosen(row)  # what a click in the sidebar does
        self.settle()
        w.area_widgets[key].grab()
        return time.perf_counter() - started

    def type_word(self, key: str, word: str, shown: Callable[[Any, str], bool]) -> list[float]:
        """Type ``word`` in the area's search box, one key at a time; seconds per key."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        view = self.window.go_to(key) or self.window.area_widgets[key]
        self.settle()
        box = view.search
        box.clear()
        self.settle(lambda: shown(view, ""))
        box.setFocus()
        times = []
        for char in word:
            started = time.perf_counter()
            QTest.keyClick(box, char, Qt.KeyboardModifier.NoModifier)
            text = box.text()
            self.settle(lambda t=text: shown(view, t))
            view.grab()
            times.append(time.perf_counter() - started)
        return times


def run(runs: int, only: str | None = None, people: int = 250) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="regiestoel-bench-views-") as tmp:
        os.environ["REGIESTOEL_CONFIG_DIR"] = str(Path(tmp) / "config")
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        data = copy_into(Path(tmp) / "data", people)
        driver = Driver(data)
        entries: list[dict[str, Any]] = []
        try:
            driver.log_in()
            for key in driver.area_keys():
                if only is not None and key != only:
                    continue
                times = [driver.open_area(key) for _ in range(runs)]
                if only is not None:
                    print(key, [round(_ms(t)) for t in times])
                target = DASHBOARD_TARGET_MS if key == "dashboard" else VIEW_TARGET_MS
                entries.append(entry(f"view_{key}_ms", _ms(statistics.median(times)), "ms",
                                     target))
                entries.append(entry(f"view_{key}_first_ms", _ms(times[0]), "ms", None))
            if only is not None:
                return entries
            people_keys = driver.type_word(
                "people", PEOPLE_WORD, lambda view, text: True)  # the filter is synchronous
            lesson_keys = driver.type_word(
                "lessons", LESSONS_WORD,
                lambda view, text: view.shown_query == text.strip())
            entries += [
                entry("typing_people_search_ms", _ms(statistics.median(people_keys)), "ms",
                      KEYSTROKE_TARGET_MS),
                entry("typing_people_search_max_ms", _ms(max(people_keys)), "ms", None),
                entry("typing_lessons_search_ms", _ms(statistics.median(lesson_keys)), "ms",
                      KEYSTROKE_TARGET_MS),
                entry("typing_lessons_search_max_ms", _ms(max(lesson_keys)), "ms", None),
            ]
            size_mb = (data / DATABASE_NAME).stat().st_size / 1e6
            entries.append(entry("database_file_mb", size_mb, "MB", FILE_TARGET_MB))
            # ru_maxrss is in kilobytes on Linux.
            peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            entries.append(entry("peak_rss_mb", peak_mb, "MB", RSS_TARGET_MB))
        finally:
            driver.ctx.tasks.wait()
            driver.window.close()
            driver.db.dispose()
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", metavar="AREA", help="open only this area (e.g. budget)")
    parser.add_argument("--no-write", action="store_true", help="do not touch bench-results.json")
    parser.add_argument("--people", type=int, default=250,
                        help="the size of the organisation (bench_growth uses 25 and 2500)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    entries = run(args.runs, args.only, args.people)
    if args.json is not None:
        args.json.write_text(json.dumps(entries), encoding="utf-8")
    print_table(f"main views and searches on the large organisation (median of {args.runs})",
                entries)
    if not args.no_write:
        merge_results(entries, RESULTS_FILE)
    return 0 if all(e["met"] is not False for e in entries) else 1


if __name__ == "__main__":
    raise SystemExit(main())
