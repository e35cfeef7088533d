"""Open a personal copy with its person's password, and re-key it when the password changes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.db import Database
from app.personal_copy import cipher, identity
from app.personal_copy.keys import derive_key, key_matches, new_salt, verifier
from app.personal_copy.marker import Marker, copy_path, read_marker, write_marker
from models.errors import Forbidden, StorageError


@dataclass
class OpenCopy:
    folder: Path
    db: Database
    marker: Marker
    identity: identity.Identity

    def person_name(self) -> str:
        from models import Person

        with self.db.read() as s:
            person = s.get(Person, self.identity.person_id)
            return person.name if person is not None else ""

    def close(self) -> None:
        self.db.dispose()


def _key(folder: Path, marker: Marker, password: str) -> bytes:
    """The key for ``password``, or ``wrong_password`` — decided from the marker alone,
    so a wrong password opens nothing and changes nothing. A re-key that stopped half-way
    left two candidates; the one that opens the file is the key."""
    file = copy_path(folder)
    if not file.is_file():
        raise StorageError("personal_copy_missing", path=str(folder))
    candidates = [(marker.salt, marker.verifier)]
    if marker.pending_salt is not None and marker.pending_verifier is not None:
        candidates.append((marker.pending_salt, marker.pending_verifier))
    matched = False
    for salt, check in candidates:
        key = derive_key(password, salt, marker.kdf)
        if not key_matches(key, check):
            continue
        matched = True
        if cipher.readable(file, key):
            if marker.pending_salt is not None:
                # The re-key finished or never started: this is the one key now.
                write_marker(folder, marker.settled(salt, check))
            return key
    if matched:
        raise StorageError("personal_copy_damaged")
    raise Forbidden("wrong_password")


def open_copy(folder: Path, password: str) -> OpenCopy:
    """The copy in ``folder`` as a ``Database``; refuses a wrong password, a damaged file
    and a copy made by another version of the program, changing nothing."""
    from app.schema import SchemaState, schema_status_on

    marker = read_marker(folder)
    key = _key(folder, marker, password)
    db = cipher.encrypted_database(copy_path(folder), key)
    try:
        with db.engine.connect() as conn:
            who = identity.read(conn)
            status = schema_status_on(conn)
        if who.copy_id != marker.copy_id or who.person_id != marker.person_id:
            raise StorageError("personal_copy_damaged")
        if status.state is not SchemaState.CURRENT or who.format != marker.format:
            raise StorageError("personal_copy_other_version", path=str(folder))
        with db.engine.begin() as conn:
            identity.ensure_tables(conn)
    except BaseException:
        db.dispose()
        raise
    from app.personal_copy.outbox import guard
    from app.personal_copy.passthrough import attach

    # From here on only the outbox's operations (and audit entries) change the copy.
    guard(db)
    copy = OpenCopy(folder, db, read_marker(folder), who)
    attach(copy)  # signing and the like run on the server while it answers
    return copy


def change_password(folder: Path, old_password: str, new_password: str) -> None:
    """Re-key the copy for the person's new password (a new salt too).

    The marker learns the new key's salt first, then SQLCipher re-encrypts every page in
    one transaction, then the marker forgets the old one: whatever stops the program, one
    of the two passwords opens the copy."""
    marker = read_marker(folder)
    old_key = _key(folder, marker, old_password)
    marker = read_marker(folder)
    salt = new_salt()
    new_key = derive_key(new_password, salt, marker.kdf)
    check = verifier(new_key)
    write_marker(folder, marker.with_pending(salt, check))
    cipher.rekey(copy_path(folder), old_key, new_key)
    write_marker(folder, marker.settled(salt, check))
