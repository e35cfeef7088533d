"""Alembic migrations of the Regiestoel schema; the newest revision, read without Alembic."""

from __future__ import annotations

import re
from pathlib import Path

VERSIONS_DIR = Path(__file__).parent / "versions"
MIGRATIONS_DIR = Path(__file__).parent

# Revisions are named NNNN_slug.py with revision id "NNNN", one after the other.
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def known_revisions() -> list[str]:
    """All revision ids, oldest first, read from the file names (cheap: no Alembic import)."""
    found = [m.group(1) for p in VERSIONS_DIR.iterdir() if (m := _REVISION_FILE.match(p.name))]
    return sorted(found)


def head_revision() -> str:
    return known_revisions()[-1]
