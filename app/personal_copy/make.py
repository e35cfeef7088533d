"""Take my data along: build a person's encrypted copy from the organisation's database."""

from __future__ import annotations

import contextlib
import os
import socket
import tempfile
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from app.db import Database
from app.paths import DATABASE_FILE
from app.personal_copy import cipher, counters, identity, server_role
from app.personal_copy.keys import KdfParams, derive_key, new_salt, verifier
from app.personal_copy.marker import (
    FORMAT,
    Marker,
    copy_path,
    holds_copy,
    marker_path,
    write_marker,
)
from app.personal_copy.selection import Selection, select_for, tables
from app.personal_copy.server_role import Credential
from models.errors import Forbidden, StorageError


@dataclass(frozen=True)
class CopyReport:
    copy_id: str
    person_id: int
    person_name: str
    folder: Path
    rows: dict[str, int]
    created_at: datetime

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def make_copy(source: Database, person_id: int, password: str, folder: Path, *,
              kdf: KdfParams | None = None,
              server_url: str | None = None) -> CopyReport:
    """Create the copy of what ``person_id`` may read in ``folder``, keyed with their
    password (checked on the source as a login is, wrong attempts counted).

    The file appears under its name only when complete, the marker beside it last; a
    failure leaves the folder as it was."""
    from app.server_login import without_password
    from app.services.auth import authenticate

    _check_source(source)
    _check_folder(folder)
    login = authenticate(source, person_id, password)
    if login.must_change_password:
        # A temporary password from the owner is not the person's own: no key from it.
        raise Forbidden("personal_copy_temporary_password")
    actor = login.actor
    kdf = kdf or KdfParams()
    salt = new_salt()
    key = derive_key(password, salt, kdf)
    copy_id = str(uuid.uuid4())
    with _snapshot(source) as s:
        from app.services.culture_answers import database_now

        now = database_now(s)
        # The server's change counters in the same snapshot: the first sync pulls only what
        # changed since (none yet on a server that never had a copy).
        at = counters.read(s) if source.is_postgresql else None
        chosen = select_for(s, actor)
        # The server knows the copy before it exists: a server that cannot register it
        # gets no copy, and the owner's list never misses a laptop that holds one.
        _register(s, copy_id, person_id, now)
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=folder, prefix=".new-", suffix=".sqlcipher")
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()  # SQLCipher makes the file itself; an empty one would be "not a database"
    credential = server_role.create_for(source, copy_id, person_id)  # the copy's own login
    try:
        _write(tmp, key, chosen, at, credential, identity.Identity(
            copy_id=copy_id, person_id=person_id,
            server_url=without_password(server_url or source.url), created_at=now,
            last_synced_at=now, format=FORMAT))
        os.replace(tmp, copy_path(folder))
        write_marker(folder, Marker(copy_id=copy_id, person_id=person_id, kdf=kdf, salt=salt,
                                    verifier=verifier(key)))
    except BaseException:
        server_role.drop_for(source, copy_id)
        _remove(tmp)
        if not marker_path(folder).exists():
            _remove(copy_path(folder))
            _unregister(source, copy_id)
        raise
    return CopyReport(copy_id=copy_id, person_id=person_id, person_name=actor.name,
                      folder=folder, rows={t: len(r) for t, r in chosen.rows.items()},
                      created_at=now)


def _register(s: Session, copy_id: str, person_id: int, now: datetime) -> None:
    from models.personal_copies import PersonalCopy

    s.add(PersonalCopy(id=copy_id, person_id=person_id, laptop_name=socket.gethostname()[:200],
                       created_at=now, last_synced_at=now))
    s.flush()


def _unregister(source: Database, copy_id: str) -> None:
    """A copy that was not made leaves no row behind (best effort: the folder is clean
    either way, and a row without a copy is revoked by the owner like any other)."""
    from models.personal_copies import PersonalCopy

    with contextlib.suppress(Exception), source.transaction() as s:
        row = s.get(PersonalCopy, copy_id)
        if row is not None:
            s.delete(row)


def _check_source(source: Database) -> None:
    """The organisation's database at this program's schema: a copy has exactly it."""
    from app.schema import SchemaState, schema_status_on

    with source.engine.connect() as conn:
        status = schema_status_on(conn)
    if status.state is not SchemaState.CURRENT:
        raise StorageError("personal_copy_source_schema", revision=status.revision or "-")


def _check_folder(folder: Path) -> None:
    if holds_copy(folder) or copy_path(folder).exists() or (folder / DATABASE_FILE).exists():
        raise StorageError("personal_copy_folder_taken", path=str(folder))
    if folder.exists() and not folder.is_dir():
        raise StorageError("data_dir_unusable", path=str(folder), detail="not a folder")


@contextlib.contextmanager
def _snapshot(source: Database):  # type: ignore[no-untyped-def]
    """One consistent view of the whole database while the rows are chosen."""
    with source.engine.connect() as conn:
        if source.is_postgresql:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin(), Session(bind=conn) as s:
            yield s


def _write(file: Path, key: bytes, chosen: Selection, at: counters.Counters | None,
           credential: Credential | None, who: identity.Identity) -> None:
    from app.lesson_search import index_for
    from app.personal_copy.schema import create_schema

    raw = cipher.connect(file, key)
    try:
        # The organisation's schema at the newest migration, as on the server.
        raw.isolation_level = None
        create_schema(raw)
    finally:
        raw.close()
    db = cipher.encrypted_database(file, key)
    try:
        with db.engine.begin() as conn:
            # References are checked at the commit, when every row is in.
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            _insert(conn, chosen)
            identity.create(conn, who)
            if at is not None:
                counters.keep(conn, at)
            server_role.store(conn, credential)
            with Session(bind=conn) as session:
                index_for("sqlite").rebuild(session)
                session.flush()
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise StorageError("personal_copy_incomplete", detail=str(problems[:3]))
    finally:
        db.dispose()
    # The copy is one person's: readable by their account only, like the marker.
    os.chmod(file, 0o600)
    with file.open("rb+") as fh:
        os.fsync(fh.fileno())


def _insert(conn: Connection, chosen: Selection) -> None:
    for table in tables():
        rows = chosen.rows.get(table.name, [])
        for start in range(0, len(rows), 1000):
            conn.execute(table.insert(), rows[start:start + 1000])


def _remove(path: Path) -> None:
    from app.storage import remove_with_sidecars

    remove_with_sidecars(path)

