"""Logging in on a shared laptop: passwords, waits after mistakes, resets and recovery."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.services import auth
from models.errors import Forbidden, Invalid
from tests.conftest import OWNER_PASSWORD, PASSWORD


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def test_the_login_screen_lists_people_with_a_password_only(db, owner, add_person):
    add_person("Anna Zonder", password=None)
    add_person("Bert Met")
    names = [c.name for c in auth.login_candidates(db)]
    assert "Bert Met" in names and "Olga Eigenaar" in names
    assert "Anna Zonder" not in names


def test_the_right_password_logs_in_and_a_wrong_one_is_refused(db, setup):
    result = auth.authenticate(db, setup.owner_id, OWNER_PASSWORD)
    assert result.actor.person_id == setup.owner_id
    with pytest.raises(Forbidden) as err:
        auth.authenticate(db, setup.owner_id, "verkeerd")
    assert err.value.code == "wrong_password"


def test_after_five_mistakes_the_wait_grows(db, setup):
    clock = FakeClock()
    for _ in range(4):
        with pytest.raises(Forbidden):
            auth.authenticate(db, setup.owner_id, "fout", clock=clock)
    with pytest.raises(Forbidden) as fifth:
        auth.authenticate(db, setup.owner_id, "fout", clock=clock)
    assert fifth.value.params["wait_seconds"] == 30
    # During the wait even the right password is refused, without counting.
    with pytest.raises(Forbidden) as waiting:
        auth.authenticate(db, setup.owner_id, OWNER_PASSWORD, clock=clock)
    assert waiting.value.code == "login_wait"
    clock.advance(31)
    with pytest.raises(Forbidden) as sixth:
        auth.authenticate(db, setup.owner_id, "fout", clock=clock)
    assert sixth.value.params["wait_seconds"] == 60
    clock.advance(61)
    assert auth.authenticate(db, setup.owner_id, OWNER_PASSWORD, clock=clock).actor
    # A success starts the count again.
    with pytest.raises(Forbidden) as again:
        auth.authenticate(db, setup.owner_id, "fout", clock=clock)
    assert again.value.params["wait_seconds"] == 0


def test_the_wait_never_exceeds_half_an_hour():
    assert auth.wait_after(40) == timedelta(minutes=30)
    assert auth.wait_after(4) == timedelta(0)


def test_an_owner_reset_gives_a_temporary_password_that_must_be_changed(db, owner, add_person):
    kevin = add_person("Kevin")
    auth.reset_password(db, owner, kevin.person_id, "tijdelijk-123")
    result = auth.authenticate(db, kevin.person_id, "tijdelijk-123")
    assert result.must_change_password
    auth.change_own_password(db, result.actor, "tijdelijk-123", "mijn-eigen-wachtwoord")
    again = auth.authenticate(db, kevin.person_id, "mijn-eigen-wachtwoord")
    assert not again.must_change_password
    with pytest.raises(Forbidden):
        auth.authenticate(db, kevin.person_id, "tijdelijk-123")


def test_a_professional_cannot_reset_a_colleagues_password(db, owner, add_person):
    a, b = add_person(), add_person()
    with pytest.raises(Forbidden):
        auth.reset_password(db, a, b.person_id, "tijdelijk-123")


def test_a_short_new_password_is_refused(db, owner, add_person):
    a = add_person()
    with pytest.raises(Invalid) as err:
        auth.change_own_password(db, a, PASSWORD, "kort")
    assert err.value.code == "password_too_short"


def test_the_recovery_code_resets_the_owner_password_once(db, setup):
    new_code = auth.recover_owner(db, setup.owner_id, setup.recovery_code.lower(), "nieuw-wachtw")
    assert auth.authenticate(db, setup.owner_id, "nieuw-wachtw").actor
    assert new_code != setup.recovery_code
    with pytest.raises(Invalid) as spent:
        auth.recover_owner(db, setup.owner_id, setup.recovery_code, "nog-een-keer")
    assert spent.value.code == "recovery_code_wrong"
    auth.recover_owner(db, setup.owner_id, new_code, "nog-een-keer")


def test_a_professional_cannot_use_the_recovery_code(db, setup, add_person):
    pro = add_person()
    with pytest.raises(Forbidden):
        auth.recover_owner(db, pro.person_id, setup.recovery_code, "iets-nieuws-123")


def test_an_archived_person_cannot_log_in(db, owner, add_person):
    from app.services import people

    a = add_person()
    people.archive_person(db, owner, a.person_id)
    assert a.person_id not in [c.id for c in auth.login_candidates(db)]
