"""The large demo organisation for the benchmarks, made once and kept under var/bench/.

The kept copy is keyed by the schema head and the generator's source, so a new migration or
a changed generator makes a fresh one; each benchmark works on its own temporary copy.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEPT = ROOT / "var" / "bench"
DATABASE_NAME = "regiestoel.sqlite3"
PASSWORD = "regiestoel-demo"


def _key() -> str:
    from models.migrations import head_revision

    digest = hashlib.sha256()
    for source in sorted((ROOT / "app").glob("demo_large*.py")):
        digest.update(source.read_bytes())
    return f"{head_revision()}-{digest.hexdigest()[:12]}"


def kept_database(people: int = 250) -> Path:
    """The kept database file of the large organisation of ``people`` people (generated
    when missing; the 2,500-person one takes a few minutes)."""
    name = "large" if people == 250 else f"large{people}"
    folder = KEPT / f"{name}-{_key()}"
    database = folder / DATABASE_NAME
    if database.exists():
        return database
    KEPT.mkdir(parents=True, exist_ok=True)
    for old in KEPT.glob(f"{name}-*"):
        shutil.rmtree(old, ignore_errors=True)
    work = Path(tempfile.mkdtemp(prefix="large-", dir=KEPT))
    env = {**os.environ, "REGIESTOEL_CONFIG_DIR": str(work / "config"),
           "REGIESTOEL_PASSWORD": PASSWORD}
    subprocess.run([sys.executable, "-m", "app", "--data-dir", str(work / "data"), "demo",
                    "--large", "--people", str(people)], check=True, cwd=ROOT, env=env,
                   stdout=subprocess.DEVNULL)
    (work / "data" / DATABASE_NAME).replace(work / DATABASE_NAME)
    shutil.rmtree(work / "data", ignore_errors=True)
    shutil.rmtree(work / "config", ignore_errors=True)
    work.rename(folder)
    return database


def copy_into(folder: Path, people: int = 250) -> Path:
    """A working copy of the large organisation in ``folder`` (a data folder); returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(kept_database(people), folder / DATABASE_NAME)
    return folder
