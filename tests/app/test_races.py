"""Races between two laptops on one database: simultaneous signatures and wrong passwords."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from app.db import Database
from app.services import auth
from app.services import conversations as talks
from models import Account, ConversationStatus, Side, Signature
from models.errors import DomainError
from tests import fresh
from tests.app.test_conversations import make_pair, prepare_both
from tests.conftest import PASSWORD


def at_once(*calls: Callable[[], Any]) -> list[Any]:
    """Run the calls in threads released at the same moment; their results or errors."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(n: int, call: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            results[n] = call()
        except DomainError as exc:
            results[n] = exc

    threads = [threading.Thread(target=run, args=(n, c)) for n, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


@pytest.fixture
def laptops(db):
    """Two more laptops on the same database (on SQLite: more connections to the file)."""
    others = [Database(db.url), Database(db.url)]
    yield others
    for other in others:
        other.dispose()


def test_both_sides_signing_at_the_same_moment_lock_the_record(db, laptops, owner, add_person):
    pair = make_pair(db, owner, add_person, PASSWORD)
    cid = prepare_both(db, pair)
    first, second = laptops
    at_once(lambda: fresh.sign(first, pair.pro, cid, Side.PROFESSIONAL, PASSWORD),
            lambda: fresh.sign(second, pair.man, cid, Side.MANAGER, PASSWORD))

    row = talks.conversation_status(db, owner, cid)
    with db.read() as s:
        valid = s.scalars(select(Signature).where(Signature.conversation_id == cid,
                                                  Signature.void.is_(False))).all()
    assert len(valid) == 2
    assert row.status is ConversationStatus.SIGNED and row.locked_at is not None


def test_simultaneous_wrong_passwords_each_count_as_a_failed_login(db, laptops, owner,
                                                                  add_person):
    anna = add_person("Anna de Vries")
    tries = 4
    clients = [laptops[n % 2] for n in range(tries)]
    at_once(*(lambda c=c: auth.authenticate(c, anna.person_id, "niet-het-wachtwoord")
              for c in clients))
    with db.read() as s:
        assert s.get(Account, anna.person_id).failed_attempts == tries
