"""Making a personal copy registers it on the organisation's server, in the transaction that
reads the copy's rows: a copy the server does not know is never made."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import select

from app.personal_copy.keys import KdfParams
from app.personal_copy.make import make_copy
from app.personal_copy.marker import holds_copy
from app.personal_copy.opening import open_copy
from models.personal_copies import PersonalCopy
from tests.personal_copy_world import PASSWORD, World, kinds, world

FAST = KdfParams(time_cost=1, memory_kib=8 * 1024)


@pytest.fixture(scope="module", params=kinds())
def w(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> World:
    return world(request.param, request, tmp_path_factory)


def test_a_new_copy_is_registered_with_its_person_and_laptop(w: World, tmp_path: Path):
    report = make_copy(w.db, w.ids["kevin"], PASSWORD, tmp_path / "laptop", kdf=FAST)
    with w.db.read() as s:
        row = s.get(PersonalCopy, report.copy_id)
    assert row is not None
    assert (row.person_id, row.laptop_name) == (w.ids["kevin"], socket.gethostname())
    assert row.created_at == report.created_at and row.revoked_at is None
    copy = open_copy(tmp_path / "laptop", PASSWORD)
    assert copy.identity.copy_id == report.copy_id
    copy.close()


def test_no_copy_when_the_server_cannot_register_it(w: World, tmp_path: Path, monkeypatch):
    from app.personal_copy import make

    def refuse(*_args, **_kwargs):
        raise RuntimeError("the server refused the row")

    monkeypatch.setattr(make, "_register", refuse)
    with w.db.read() as s:
        before = set(s.scalars(select(PersonalCopy.id)))
    with pytest.raises(RuntimeError):
        make_copy(w.db, w.ids["ricardo"], PASSWORD, tmp_path / "laptop", kdf=FAST)
    assert not holds_copy(tmp_path / "laptop")
    assert not any((tmp_path / "laptop").glob("*")) if (tmp_path / "laptop").exists() else True
    with w.db.read() as s:
        assert set(s.scalars(select(PersonalCopy.id))) == before


def test_a_copy_that_fails_later_leaves_no_row(w: World, tmp_path: Path, monkeypatch):
    from app.personal_copy import make

    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(make, "_write", broken)
    with w.db.read() as s:
        before = set(s.scalars(select(PersonalCopy.id)))
    with pytest.raises(OSError):
        make_copy(w.db, w.ids["ricardo"], PASSWORD, tmp_path / "laptop", kdf=FAST)
    assert not holds_copy(tmp_path / "laptop")
    with w.db.read() as s:
        assert set(s.scalars(select(PersonalCopy.id))) == before
