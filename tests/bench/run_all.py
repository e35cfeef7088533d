"""Run every benchmark (tests/bench/bench_*.py) in turn, then print all results with targets.

Each benchmark is its own process (so one's imports and memory do not colour another's) and
merges its entries into bench-results.json; the exit code is 1 when any target is missed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from tests.bench.results import RESULTS_FILE, print_table  # noqa: E402


def main() -> int:
    RESULTS_FILE.unlink(missing_ok=True)
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"\n=== {script.name}", flush=True)
        done = subprocess.run([sys.executable, str(script)], cwd=HERE.parents[1])
        if done.returncode not in (0, 1):  # 1 only means a missed target, reported below
            failed.append(script.name)
    entries = json.loads(RESULTS_FILE.read_text(encoding="utf-8")) if RESULTS_FILE.exists() else []
    print()
    print_table(f"all benchmarks ({len(entries)} figures, {RESULTS_FILE.name})", entries)
    if failed:
        print(f"benchmarks that did not finish: {', '.join(failed)}")
    missed = [e["name"] for e in entries if e["met"] is False]
    if missed:
        print(f"targets missed: {', '.join(missed)}")
    return 1 if failed or missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
