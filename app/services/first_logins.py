"""Everyone without a login gets a temporary password in one step, for a printed handout."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.access import Actor, Operation, require
from app.changes import Area, Changes
from app.db import Database
from app.passwords import hash_password, new_temporary_password
from app.personal_copy.outbox import online_only
from app.services import audit
from models import Account, Organisation, Person


@dataclass(frozen=True)
class FirstPassword:
    """Shown once, for the handout: the password itself is stored only as a hash."""

    person_id: int
    name: str
    language: str  # the person's own choice, otherwise the organisation's
    password: str


@dataclass(frozen=True)
class WithoutLogin:
    person_id: int
    name: str


def _without_login(s: Session) -> list[Person]:
    with_account = select(Account.person_id)
    return list(s.scalars(
        select(Person).where(Person.archived_at.is_(None), Person.id.not_in(with_account))
        .order_by(Person.name, Person.id)))


def people_without_login(db: Database, actor: Actor) -> list[WithoutLogin]:
    """Active people who cannot log in yet (the owner's view)."""
    require(actor, Operation.RESET_PASSWORD)
    with db.read() as s:
        return [WithoutLogin(p.id, p.name) for p in _without_login(s)
                if p.id != actor.person_id]


@online_only()
def give_first_passwords(db: Database, actor: Actor) -> Changes:
    """A temporary password for every active person without a login, in one transaction.

    Each is made with ``secrets``, stored as an Argon2 hash, must be changed at the first
    login, and written to the audit log; the plain passwords are returned once (the
    ``Changes.value``, a tuple of :class:`FirstPassword`) for the handout and never kept.
    People who already have a login are left alone, so running it again adds only the new.
    """
    require(actor, Operation.RESET_PASSWORD)
    given: list[FirstPassword] = []
    with db.transaction() as s:
        default = s.scalar(select(Organisation.default_language)) or "nl"
        for person in _without_login(s):
            if person.id == actor.person_id:
                continue
            password = new_temporary_password()
            s.add(Account(person_id=person.id, password_hash=hash_password(password),
                          must_change_password=True))
            audit.record(s, actor, "password_reset", person.id, first_login=True)
            given.append(FirstPassword(person.id, person.name, person.language or default,
                                       password))
    return Changes.of(Area.ACCOUNTS, Area.PEOPLE, ids=tuple(g.person_id for g in given),
                      value=tuple(given))
