"""Everyone without a login gets a temporary password in one step, printed on a handout."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.login_handout import render_handout
from app.passwords import verify_password
from app.services import audit, auth, people
from app.services.first_logins import (
    FirstPassword,
    give_first_passwords,
    people_without_login,
)
from models import Account
from models.errors import Forbidden


def test_everyone_without_a_login_gets_one_temporary_password_to_change_at_first_login(
        db, owner, add_person):
    anna = add_person("Anna", password=None)
    bert = add_person("Bert", password=None)
    people.set_language(db, owner, bert.person_id, "en")
    add_person("Cor met wachtwoord")  # has a login already: left alone
    gone = add_person("Dirk", password=None)
    people.archive_person(db, owner, gone.person_id)
    assert [p.name for p in people_without_login(db, owner)] == ["Anna", "Bert"]

    given = give_first_passwords(db, owner).value
    assert [(g.name, g.language) for g in given] == [("Anna", "nl"), ("Bert", "en")]
    assert len({g.password for g in given}) == 2
    assert all(len(g.password) == 14 and g.password.count("-") == 2 for g in given)
    with db.read() as s:
        stored = {a.person_id: a for a in s.scalars(select(Account))}
    for g in given:  # only the hash is kept, and it must be changed at the first login
        assert g.password not in stored[g.person_id].password_hash
        assert verify_password(stored[g.person_id].password_hash, g.password)
        assert stored[g.person_id].must_change_password
    first = auth.authenticate(db, anna.person_id, given[0].password)
    assert first.must_change_password
    assert gone.person_id not in stored

    logged = [e for e in audit.list_entries(db, owner) if e.action == "password_reset"]
    assert sorted(e.subject for e in logged) == ["Anna", "Bert"]
    assert give_first_passwords(db, owner).value == ()  # again: nobody new
    assert people_without_login(db, owner) == []


def test_only_the_owner_gives_first_passwords(db, owner, add_person):
    manager = add_person("Mira")
    add_person("Anna", password=None)
    with pytest.raises(Forbidden):
        give_first_passwords(db, manager)
    with pytest.raises(Forbidden):
        people_without_login(db, manager)


def test_the_handout_has_one_slip_per_person_in_their_own_language():
    given = [FirstPassword(1, "Anna <de Vries>", "nl", "AAAA-BBBB-CCCC"),
             FirstPassword(2, "Bert", "en", "DDDD-EEEE-FFFF")]
    page = render_handout(given, "Bakkerij & Zn", "nl")
    assert "<title>Eerste wachtwoorden – Bakkerij &amp; Zn</title>" in page
    assert "Anna &lt;de Vries&gt;" in page and "<de Vries>" not in page
    anna, bert = page.split("Anna &lt;de Vries&gt;", 1)[1].split("DDDD-EEEE-FFFF")[0], page
    assert "tijdelijke wachtwoord" in anna and "AAAA-BBBB-CCCC" in anna
    assert "How to log in the first time" in bert and "DDDD-EEEE-FFFF" in bert
    assert page.count('class="slip"') == 2
