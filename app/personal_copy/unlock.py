"""Logging in on a personal copy: its one person, checked against the copy's own key."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.access import Actor
from app.personal_copy import identity
from app.personal_copy.keys import derive_key, key_matches
from app.personal_copy.marker import read_marker
from app.personal_copy.opening import OpenCopy, open_copy
from app.services.auth import LoginCandidate, LoginResult
from models import Person
from models.errors import Forbidden, NotFound

# A copy not synced for this long warns its person (issue 21 item 6).
STALE_DAYS = 30


def _result(copy: OpenCopy) -> LoginResult:
    """The copy's person with their roles as the copy holds them (pulled from the server)."""
    with copy.db.read() as s:
        person = s.get(Person, copy.identity.person_id)
        if person is None or person.archived_at is not None:
            raise NotFound("person_not_found", id=copy.identity.person_id)
        # A copy is only ever keyed with the person's own password (make_copy refuses a
        # temporary one), so no forced change here.
        return LoginResult(Actor(person.id, person.roles, person.name), False, person.language)


def first_login(folder: Path, password: str) -> tuple[OpenCopy, LoginResult]:
    """Open the copy in ``folder`` with the person's password: a wrong one is
    ``Forbidden("wrong_password")``, and opens and changes nothing."""
    copy = open_copy(folder, password)
    try:
        return copy, _result(copy)
    except BaseException:
        copy.close()
        raise


def login(copy: OpenCopy, person_id: int, password: str) -> LoginResult:
    """Back after a lock: the same person, their password checked against the key's verifier
    in the marker as it is now (a re-key since opening moved it)."""
    marker = read_marker(copy.folder)
    if person_id != marker.person_id:
        raise Forbidden("wrong_password")
    candidates = [(marker.salt, marker.verifier)]
    if marker.pending_salt is not None and marker.pending_verifier is not None:
        candidates.append((marker.pending_salt, marker.pending_verifier))
    # Argon2id costs a moment per guess: that is the copy's brake on guessing.
    if not any(key_matches(derive_key(password, salt, marker.kdf), check)
               for salt, check in candidates):
        raise Forbidden("wrong_password")
    return _result(copy)


def change_password(copy: OpenCopy, current: str, new: str) -> None:
    """The person's new password for the open copy: re-keyed (SQLCipher re-keys a file no
    other connection holds, so the copy's are closed first), then opened again with the new
    key in place of the old. A wrong current password changes nothing."""
    from app.passwords import check_password_rules
    from app.personal_copy import opening

    check_password_rules(new, field="new_password")
    copy.db.dispose()
    opening.change_password(copy.folder, current, new)
    reopened = open_copy(copy.folder, new)
    old, copy.db = copy.db, reopened.db
    copy.marker, copy.identity = reopened.marker, reopened.identity
    old.dispose()


def candidates(copy: OpenCopy) -> list[LoginCandidate]:
    """The login screen of a copy lists its one person."""
    return [LoginCandidate(copy.identity.person_id, copy.person_name())]


def last_synced(copy: OpenCopy) -> datetime:
    """When the copy last heard from the server, as the copy itself says (sync moves it)."""
    with copy.db.engine.connect() as conn:
        return identity.read(conn).last_synced_at


def days_without_sync(copy: OpenCopy, now: datetime) -> int:
    return max(0, (now - last_synced(copy)).days)


def is_stale(copy: OpenCopy, now: datetime) -> bool:
    return days_without_sync(copy, now) >= STALE_DAYS
