"""Sync a personal copy with the organisation's server: send, then receive.

In order: the server is reached and checked (its schema this program's, the copy known and
not revoked); the audit entries of reads made offline are sent; the outbox's operations are
replayed (``replay``); the copy is brought level with what its person may read now
(``pull``). A revoked copy deletes its files. Every step can be cut off and run again: what
the server has, it knows by id.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import DBAPIError

from app.db import Database
from app.messages import text
from app.personal_copy.identity import copy_conflict
from app.personal_copy.marker import copy_path, marker_path
from app.personal_copy.opening import OpenCopy
from app.personal_copy.outbox import writing
from models.base import utcnow
from models.errors import Forbidden, StorageError
from models.personal_copies import AppliedOperation, PersonalCopy

Progress = Callable[[str], None]
# Names an audit batch's id, so a batch the server took is not taken twice.
AUDIT_BATCH = uuid.UUID("5f0c7b1e-9d43-4c7e-9a55-2b1f6e0d8a11")


@dataclass(frozen=True)
class SyncReport:
    sent: int
    received: int
    conflicts: int
    revoked: bool = False


def _server_database(copy: OpenCopy) -> Database:
    """The server, logged in as the copy's own role (a copy of a SQLite file: the address
    as is). ``Forbidden("personal_copy_revoked")`` when the role is gone or revoked."""
    from app.personal_copy.server_role import server_database

    return server_database(copy)


def check_server(server: Database) -> None:
    """Reachable, and at this program's schema; otherwise one clear refusal."""
    from sqlalchemy import text as sql

    from app.paths import sqlite_url_path
    from app.schema import SchemaState, classify_revision, schema_status_on

    file = sqlite_url_path(server.url)
    if file is not None and not file.is_file():
        raise StorageError("server_unreachable")  # and no empty file made in its place
    try:
        with server.engine.connect() as conn:
            if file is None:
                # The copy's login sees its masking views first on its search path, so the
                # tables are not where an inspection looks: ask the version itself.
                try:
                    with conn.begin_nested():
                        revision = conn.execute(
                            sql("SELECT version_num FROM alembic_version")).scalar()
                except DBAPIError:
                    revision = None
                status = classify_revision(revision)
            else:
                status = schema_status_on(conn)
    except (DBAPIError, StorageError, OSError) as exc:
        raise StorageError("server_unreachable") from exc
    if status.state is SchemaState.NEWER:
        raise StorageError("server_schema_newer")
    if status.state is not SchemaState.CURRENT:
        raise StorageError("personal_copy_other_version", path=str(server.url))


def server_reachable(copy: OpenCopy, timeout_s: float = 3.0) -> bool:
    """Whether the server answers within ``timeout_s`` (at login: online or offline)."""
    from sqlalchemy import create_engine

    from app.db import engine_url
    from app.paths import sqlite_url_path

    url = copy.identity.server_url
    file = sqlite_url_path(url)
    if file is not None:
        return file.is_file()
    engine = create_engine(engine_url(url), connect_args={
        "connect_timeout": max(1, int(timeout_s))}, pool_pre_ping=False)
    try:
        with engine.connect():
            return True
    except DBAPIError:
        return False
    finally:
        engine.dispose()


def _revoked(server: Database, copy: OpenCopy) -> bool:
    """Whether the owner revoked the copy, or its person can no longer log in."""
    from models import Person

    with server.read() as s:
        row = s.get(PersonalCopy, copy.identity.copy_id)
        if row is None:
            person = s.get(Person, copy.identity.person_id)
            if person is None or person.archived_at is not None:
                return True  # erased or archived: their copies go with them
            raise StorageError("personal_copy_unknown_server")
        if row.person_id != copy.identity.person_id:
            raise StorageError("personal_copy_unknown_server")
        person = s.get(Person, row.person_id)
        return row.revoked_at is not None or person is None or person.archived_at is not None


def delete_copy(copy: OpenCopy) -> None:
    """The copy's files gone from the laptop: the copy, its WAL and SHM, the marker last."""
    from app.storage import remove_with_sidecars

    copy.close()
    remove_with_sidecars(copy_path(copy.folder))
    marker_path(copy.folder).unlink(missing_ok=True)


def _send_audit(copy: OpenCopy, server: Database) -> int:
    """The audit entries of reads made offline, to the server's log, then gone from the copy;
    the batch's id makes a resent batch count once."""
    from app.services import audit

    entries = audit.offline_entries(copy.db)
    if not entries:
        return 0
    first, last = entries[0], entries[-1]
    batch = str(uuid.uuid5(AUDIT_BATCH, f"{copy.identity.copy_id}:{first.id}:"
                                        f"{first.at.isoformat()}:{last.id}:{len(entries)}"))
    with server.transaction() as s:
        if s.get(AppliedOperation, batch) is None:
            audit.append_offline(s, entries)
            s.add(AppliedOperation(op_id=batch, copy_id=copy.identity.copy_id, seq=0,
                                   outcome="applied",
                                   result=json.dumps({"audit_entries": len(entries)})))
    with writing(copy.db) as conn:
        audit.forget_on_copy(copy.db, conn, up_to=last.id)
    return len(entries)


def sync(copy: OpenCopy, *, progress: Progress | None = None,
         language: str = "nl") -> SyncReport:
    """Send what was done offline, receive what changed; see the module's docstring.
    Raises ``StorageError("server_unreachable")``, ``("server_schema_newer")`` or
    ``("personal_copy_other_version")``, the copy untouched."""
    from app.personal_copy.pull import pull
    from app.personal_copy.replay import replay

    def say(code: str, **params: object) -> None:
        if progress is not None:
            progress(text(code, language, **params))

    try:
        server = _server_database(copy)
    except Forbidden as exc:
        if exc.code != "personal_copy_revoked":
            raise
        # The owner revoked this laptop (its login dropped): the copy goes, as promised.
        delete_copy(copy)
        say("sync.revoked")
        return SyncReport(0, 0, 0, revoked=True)
    try:
        check_server(server)
        if _revoked(server, copy):
            delete_copy(copy)
            say("sync.revoked")
            return SyncReport(0, 0, 0, revoked=True)
        if _send_audit(copy, server):
            say("sync.audit")
        replayed = replay(copy, server, progress=lambda n, total: say(
            "sync.sending", n=n, total=total))
        say("sync.receiving")
        received = pull(copy, server)
        _synced(server, copy)
        with copy.db.read() as s:
            waiting = s.scalar(select(func.count()).select_from(copy_conflict)) or 0
        report = SyncReport(replayed.sent, received, waiting)
        say("sync.done", sent=report.sent, received=report.received,
            conflicts=report.conflicts)
        return report
    finally:
        server.dispose()


def _synced(server: Database, copy: OpenCopy) -> None:
    from app.personal_copy.identity import read

    with copy.db.read() as s:
        moment: datetime = read(s.connection()).last_synced_at
    with server.transaction() as s:
        s.execute(update(PersonalCopy).where(PersonalCopy.id == copy.identity.copy_id)
                  .values(last_synced_at=moment or utcnow(),
                          version_id=PersonalCopy.version_id + 1))
    copy.identity = read_identity(copy)


def read_identity(copy: OpenCopy):  # type: ignore[no-untyped-def]
    from app.personal_copy.identity import read

    with copy.db.engine.connect() as conn:
        return read(conn)
