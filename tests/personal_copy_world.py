"""Test helper: the demo organisation, built once per database kind, for the personal copy tests.

On SQLite always; on the PostgreSQL test server too when REGIESTOEL_TEST_DATABASE_URL is set.
Two private notes are added that some people may read and others may not, so a copy that
carries too much is caught by name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from app.access import Actor
from app.db import Database
from tests import fresh, postgres

PASSWORD = "regiestoel-demo"
# Kevin's development question, not shared with his manager Henk.
KEVIN_PRIVATE = "Hoe durf ik vaker nee te zeggen, ZWARTEZWAAN7731?"
# Henk's draft preparation of Ricardo's conversation: only Henk reads a draft.
HENK_DRAFT = "Ricardo heeft meer begeleiding nodig, KORENBLOEM4412"


@dataclass
class World:
    kind: str  # "sqlite" or "postgresql"
    db: Database
    url: str  # the source's address, as `regiestoel-admin --database-url` takes it
    ids: dict[str, int]  # first name -> person id

    def actor(self, first_name: str) -> Actor:
        from app.services.auth import actor_for

        return actor_for(self.db, self.ids[first_name])


def kinds() -> list[str]:
    return ["sqlite", "postgresql"] if postgres.server_url() else ["sqlite"]


_BUILT: dict[str, World] = {}


def world(kind: str, request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> World:
    """The demo organisation on ``kind``, made once per test run (it takes seconds)."""
    if kind in _BUILT:
        return _BUILT[kind]
    from app.demo import create_demo
    from app.paths import sqlite_url
    from app.schema import migrate

    if kind == "postgresql":
        url, drop = postgres.empty_database()
        db = Database(url)
        request.config.add_cleanup(drop)
    else:
        file = tmp_path_factory.mktemp("organisation") / "regiestoel.sqlite3"
        url = sqlite_url(file)
        db = Database(url)
    request.config.add_cleanup(db.dispose)
    if kind == "postgresql":
        # Copies made on the server have logins of their own there: gone with the database.
        request.config.add_cleanup(lambda: drop_copy_logins(db))
    migrate(db)
    create_demo(db, PASSWORD)
    from app.services import people

    ids = {row.name.split()[0].lower(): row.id
           for row in people.list_people(db, Actor.machine_admin(), include_archived=True)}
    built = World(kind, db, url, ids)
    _private_notes(built)
    _BUILT[kind] = built
    return built


def drop_copy_logins(db: Database) -> None:
    from sqlalchemy import text

    from app.personal_copy.server_role import drop_for

    with db.read() as s:
        copies = list(s.scalars(text("SELECT id FROM personal_copy")))
    for copy_id in copies:
        drop_for(db, copy_id)


def _private_notes(w: World) -> None:
    from app.services import conversations as talks
    from models import Side

    kevin, henk = w.actor("kevin"), w.actor("henk")
    fresh.save_question(w.db, kevin, KEVIN_PRIVATE, shared_with_manager=False)
    # Ricardo's conversation of this half year, which nobody has prepared yet.
    open_talks = [c for c in talks.list_conversations(w.db, henk)
                  if c.professional_id == w.ids["ricardo"] and c.status.value == "planned"]
    cid = max(open_talks, key=lambda c: (c.year, c.half)).id
    fresh.save_preparation(w.db, henk, cid, Side.MANAGER, {"next_half_year": HENK_DRAFT})


def copy_bytes(folder: Path) -> dict[str, bytes]:
    """Every file of a folder, by name: what a thief of the laptop would have."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
