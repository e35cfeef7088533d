"""Shared by the benchmarks: result entries, the printed table and bench-results.json."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RESULTS_FILE = ROOT / "bench-results.json"


def entry(
    name: str, value: float, unit: str, target: float | None, *, higher_is_better: bool = False
) -> dict[str, Any]:
    """One measurement; ``met`` is None when there is no target to meet."""
    if target is None:
        met = None
    else:
        met = value >= target if higher_is_better else value <= target
    return {"name": name, "value": round(value, 3), "unit": unit, "target": target, "met": met}


def print_table(title: str, entries: list[dict[str, Any]]) -> None:
    print(title)
    print(f"{'measure':<46} {'value':>10} {'unit':<5} {'target':>9}  met")
    for e in entries:
        target = "" if e["target"] is None else f"{e['target']:g}"
        met = "" if e["met"] is None else ("yes" if e["met"] else "NO")
        print(f"{e['name']:<46} {e['value']:>10.3f} {e['unit']:<5} {target:>9}  {met}")


def merge_results(entries: list[dict[str, Any]], path: Path = RESULTS_FILE) -> None:
    """Replace this benchmark's entries by name, keep everyone else's, write atomically."""
    existing: list[dict[str, Any]] = []
    if path.exists():
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
            existing = loaded if isinstance(loaded, list) else []
        except (OSError, json.JSONDecodeError):
            existing = []
    fresh = {e["name"]: e for e in entries}
    merged = [fresh.pop(e.get("name"), e) for e in existing if isinstance(e, dict)]
    merged.extend(fresh.values())
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(merged, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)
