"""Test helper: personal copies of the demo organisation for the offline screens' tests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import update

from app.personal_copy.identity import copy_identity
from app.personal_copy.keys import KdfParams
from app.personal_copy.make import make_copy
from app.personal_copy.opening import open_copy
from tests.personal_copy_world import PASSWORD, World

# Argon2id at its lowest costs: the key's strength is not what these tests are about.
FAST = KdfParams(time_cost=1, memory_kib=8 * 1024)
# Where no server answers: a copy pointed here is offline.
NOWHERE = "postgresql://regiestoel@127.0.0.1:9/gone"


def copy_of(w: World, who: str, folder: Path, *, server_url: str | None = None,
            last_synced: datetime | None = None) -> Path:
    """``who``'s copy in ``folder``; optionally pointed at another server, or last synced
    at another moment (as if it had been on the road since)."""
    make_copy(w.db, w.ids[who], PASSWORD, folder, kdf=FAST)
    if server_url is not None or last_synced is not None:
        copy = open_copy(folder, PASSWORD)
        values: dict[str, object] = {}
        if server_url is not None:
            values["server_url"] = server_url
        if last_synced is not None:
            values["last_synced_at"] = last_synced
        with copy.db.engine.begin() as conn:
            conn.execute(update(copy_identity).values(**values))
        copy.close()
    return folder
