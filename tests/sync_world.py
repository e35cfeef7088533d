"""Test helper for sync: a fresh demo organisation per test (module), on SQLite or the
PostgreSQL test server, with copies made fast (Argon2id at its lowest costs)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from app.access import Actor
from app.db import Database
from app.personal_copy.keys import KdfParams
from app.personal_copy.opening import OpenCopy
from tests import postgres

PASSWORD = "regiestoel-demo"
FAST = KdfParams(time_cost=1, memory_kib=8 * 1024)


@dataclass
class Org:
    kind: str
    db: Database
    url: str
    ids: dict[str, int]

    def actor(self, first_name: str) -> Actor:
        from app.services.auth import actor_for

        return actor_for(self.db, self.ids[first_name])

    def copy(self, first_name: str, folder: Path) -> OpenCopy:
        from app.personal_copy.make import make_copy
        from app.personal_copy.opening import open_copy

        make_copy(self.db, self.ids[first_name], PASSWORD, folder, kdf=FAST,
                  server_url=self.url)
        return open_copy(folder, PASSWORD)


def kinds() -> list[str]:
    return ["sqlite", "postgresql"] if postgres.server_url() else ["sqlite"]


def new_org(kind: str, request: pytest.FixtureRequest, folder: Path,
            demo: bool = True) -> Org:
    from app.demo import create_demo
    from app.paths import sqlite_url
    from app.schema import migrate
    from app.services import people

    if kind == "postgresql":
        url, drop = postgres.empty_database()
        request.addfinalizer(drop)
    else:
        folder.mkdir(parents=True, exist_ok=True)
        url = sqlite_url(folder / "regiestoel.sqlite3")
    db = Database(url)
    request.addfinalizer(db.dispose)
    migrate(db)
    create_demo(db, PASSWORD)
    ids = {row.name.split()[0].lower(): row.id
           for row in people.list_people(db, Actor.machine_admin(), include_archived=True)}
    return Org(kind, db, url, ids)
