"""Benchmark: importing a people list of 50,000 rows (about 2.7 MB of CSV) through the
service, on a fresh database; and how long the write lock is held (the write alone).

    .venv/bin/python tests/bench/bench_import.py [--rows 50000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.results import entry, merge_results, print_table  # noqa: E402

TARGET_S = 15.0
TEAMS = ("Werkplaats", "Kantoor", "Montage", "Service", "Verkoop", "Planning", "Magazijn")


def people_csv(rows: int) -> bytes:
    lines = ["ID;Naam;E-mail;Rollen;Teams;Leidinggevende (e-mail);Geboortejaar;Expertise"]
    lines.append(";Kees Leiding;kees@bedrijf.nl;leidinggevende;Kantoor;;1970;Planning")
    for n in range(rows - 1):
        lines.append(f";Medewerker {n} van Dijk;medewerker{n}@bedrijf.nl;medewerker;"
                     f"{TEAMS[n % len(TEAMS)]};kees@bedrijf.nl;{1960 + n % 45};"
                     f"Lassen, Klantcontact {n % 50}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args()
    from app.access import Actor
    from app.paths import resolve_location
    from app.services import people_csv as service
    from app.services import people_import
    from app.storage import open_location

    data = people_csv(args.rows)
    write_seconds: list[float] = []
    real_write = people_import.write

    def timed_write(*a, **k):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        real_write(*a, **k)
        write_seconds.append(time.perf_counter() - started)

    people_import.write = timed_write  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as folder:
        db, _ = open_location(resolve_location(folder))
        started = time.perf_counter()
        report = service.import_people_bytes(db, Actor.machine_admin(), data, "nl",
                                             dry_run=False)
        total = time.perf_counter() - started
        db.dispose()
    if not report.applied or len(report.created) != args.rows:
        print(f"import failed: {report.errors[:3]}")
        return 2
    entries = [
        entry(f"import {args.rows:,} people ({len(data) / 1e6:.1f} MB CSV)", total, "s",
              TARGET_S),
        entry("  of which the write (write lock held)", write_seconds[0], "s", None),
    ]
    print_table("people import", entries)
    merge_results(entries)
    return 0 if entries[0]["met"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
