"""Logging in on a shared laptop: passwords, lock-out waits, resets and the recovery code."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import versions
from app.access import Actor, Operation, require
from app.changes import Area, Changes
from app.db import Database
from app.passwords import (
    check_password_rules,
    hash_password,
    new_recovery_code,
    normalise_recovery_code,
    verify_password,
)
from app.personal_copy.outbox import online_only
from app.services import audit
from models import Account, Organisation, Person, Role
from models.base import utcnow
from models.errors import Forbidden, Invalid, NotFound

FREE_ATTEMPTS = 5
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(minutes=30)

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class LoginCandidate:
    id: int
    name: str


@dataclass(frozen=True)
class LoginResult:
    actor: Actor
    must_change_password: bool
    language: str | None


def wait_after(failed_attempts: int) -> timedelta:
    """No wait for the first mistakes; then 30 s, doubling with every further mistake."""
    if failed_attempts < FREE_ATTEMPTS:
        return timedelta(0)
    return min(FIRST_WAIT * 2 ** (failed_attempts - FREE_ATTEMPTS), LONGEST_WAIT)


def login_candidates(db: Database) -> list[LoginCandidate]:
    """The names on the login screen: active people who have a password."""
    with db.read() as s:
        stmt = (
            select(Person.id, Person.name)
            .join(Account, Account.person_id == Person.id)
            .where(Person.archived_at.is_(None))
            .order_by(Person.name)
        )
        return [LoginCandidate(i, n) for i, n in s.execute(stmt)]


def actor_for(db: Database, person_id: int) -> Actor:
    with db.read() as s:
        person = s.get(Person, person_id)
        if person is None or person.archived_at is not None:
            raise NotFound("person_not_found", id=person_id)
        return Actor(person.id, person.roles, person.name)


def _remaining(account: Account, now: datetime) -> int:
    if account.locked_until is None or account.locked_until <= now:
        return 0
    return max(1, int((account.locked_until - now).total_seconds() + 0.999))


def _register_failure(account: Account, now: datetime) -> None:
    account.failed_attempts += 1
    wait = wait_after(account.failed_attempts)
    account.locked_until = now + wait if wait else None


def locked_account(s: Session, person_id: int) -> Account | None:
    """The account, locked until the transaction ends (``SELECT … FOR UPDATE``): attempts
    made at the same moment, from several laptops, then wait for each other and each see the
    count and the wait the one before left, so no attempt goes uncounted or skips a wait."""
    return s.get(Account, person_id, with_for_update=versions.ROW_LOCK, populate_existing=True)


def check_password(account: Account, password: str, now: datetime) -> Forbidden | None:
    """A password attempt on a locked account (see ``locked_account``): ``login_wait`` is
    raised during a wait; a wrong password is counted here and returned, for the caller to
    raise once the count is saved; a right one clears the count."""
    seconds = _remaining(account, now)
    if seconds:
        raise Forbidden("login_wait", seconds=seconds)
    if not verify_password(account.password_hash, password):
        _register_failure(account, now)
        wait = int(wait_after(account.failed_attempts).total_seconds())
        return Forbidden("wrong_password", attempts=account.failed_attempts, wait_seconds=wait)
    account.failed_attempts = 0
    account.locked_until = None
    return None


@online_only()
def authenticate(
    db: Database, person_id: int, password: str, *, clock: Clock = utcnow
) -> LoginResult:
    """Check a password. Wrong: ``Forbidden('wrong_password')``; during a wait: ``login_wait``."""
    now = clock()
    # A failed attempt is saved (the count must survive), and only then refused.
    with db.transaction() as s:
        person = s.get(Person, person_id)
        account = locked_account(s, person_id)
        if person is None or account is None or person.archived_at is not None:
            raise NotFound("person_not_found", id=person_id)
        refusal = check_password(account, password, now)
        if refusal is None:
            account.last_login_at = now
            result = LoginResult(
                actor=Actor(person.id, person.roles, person.name),
                must_change_password=account.must_change_password,
                language=person.language,
            )
    if refusal is not None:
        raise refusal
    return result


@online_only()
def change_own_password(db: Database, actor: Actor, current: str, new: str) -> Changes:
    if actor.person_id is None:
        raise Forbidden("not_allowed", operation="change_password")
    check_password_rules(new, field="new_password")
    if new == current:
        raise Invalid("password_unchanged", field="new_password")
    with db.transaction() as s:
        account = s.get(Account, actor.person_id)
        if account is None or not verify_password(account.password_hash, current):
            raise Invalid("current_password_wrong", field="current_password")
        account.password_hash = hash_password(new)
        account.must_change_password = False
        account.password_changed_at = utcnow()
        audit.record(s, actor, "password_changed", actor.person_id)
    return Changes.of(Area.ACCOUNTS, ids=(actor.person_id,))


@online_only()
def reset_password(db: Database, actor: Actor, person_id: int, temporary: str) -> Changes:
    """The owner gives someone a temporary password; they choose their own at next login."""
    require(actor, Operation.RESET_PASSWORD)
    if person_id == actor.person_id:
        raise Invalid("reset_own_password")
    check_password_rules(temporary, field="password")
    with db.transaction() as s:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound("person_not_found", id=person_id)
        if person.archived_at is not None:
            raise Invalid("person_archived", name=person.name)
        account = s.get(Account, person_id)
        if account is None:
            account = Account(person_id=person_id, password_hash="")
            s.add(account)
        account.password_hash = hash_password(temporary)
        account.must_change_password = True
        account.failed_attempts = 0
        account.locked_until = None
        audit.record(s, actor, "password_reset", person_id)
    return Changes.of(Area.ACCOUNTS, Area.PEOPLE, ids=(person_id,))


@online_only()
def recover_owner(
    db: Database, person_id: int, code: str, new_password: str, *, clock: Clock = utcnow
) -> str:
    """Reset an owner's forgotten password with the paper code; returns the next code.

    A used code is spent: the owner gets a new one to keep on paper.
    """
    now = clock()
    check_password_rules(new_password, field="new_password")
    with db.transaction() as s:
        person = s.get(Person, person_id)
        account = locked_account(s, person_id)
        org = s.scalars(select(Organisation).limit(1)).first()
        if person is None or account is None or org is None or person.archived_at is not None:
            raise NotFound("person_not_found", id=person_id)
        if Role.OWNER not in person.roles:
            raise Forbidden("recovery_owner_only")
        seconds = _remaining(account, now)
        if seconds:
            raise Forbidden("login_wait", seconds=seconds)
        if not verify_password(org.recovery_code_hash, normalise_recovery_code(code)):
            _register_failure(account, now)
            wrong = True
        else:
            wrong = False
            next_code = _apply_recovery(s, org, person, account, new_password, now)
    if wrong:
        raise Invalid("recovery_code_wrong", field="code")
    return next_code


def _apply_recovery(
    s: Session, org: Organisation, person: Person, account: Account, new_password: str,
    now: datetime,
) -> str:
    next_code = new_recovery_code()
    org.recovery_code_hash = hash_password(next_code)
    account.password_hash = hash_password(new_password)
    account.must_change_password = False
    account.failed_attempts = 0
    account.locked_until = None
    account.password_changed_at = now
    audit.record(s, Actor(person.id, person.roles, person.name), "owner_recovered", person.id)
    return next_code
