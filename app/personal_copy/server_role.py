"""Each personal copy's own login on the organisation's PostgreSQL server, and its end.

A laptop never holds the organisation's shared login. Making a copy makes a role
``rc_<copy id in hex>`` with a random password, a member of ``rls.GROUP``, whose rows the
server itself limits to what the copy's person may read and change (``rls.py``); the
password lives in the copy's encrypted file (``identity.copy_credential``). Revoking the
copy drops the role: its laptop can no longer log in, and deletes the copy at next contact.
"""

from __future__ import annotations

import platform
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from app.db import Database
from app.personal_copy import identity, rls
from models.errors import Forbidden, StorageError


@dataclass(frozen=True)
class Credential:
    role_name: str
    password: str


def role_for(copy_id: str) -> str:
    # The hex of the copy id: a role name without quotes, unique per copy, under 63 bytes.
    return f"rc_{uuid.UUID(copy_id).hex}"


def install_policies(server: Database) -> None:
    """Make or refresh the copies' policies on a PostgreSQL server (idempotent)."""
    if server.is_postgresql:
        with server.engine.begin() as conn:
            rls.install_on(conn)


def release_before_migrate(conn: Connection) -> None:
    """Before a migration: the copies' views let go of the tables it may change."""
    rls.drop_views_on(conn)


def refresh_after_migrate(conn: Connection) -> None:
    """After a migration: a server that has copies gets the policies of this version."""
    if conn.dialect.name == "postgresql" and rls.installed_on(conn):
        rls.install_on(conn)


def create_for(server: Database, copy_id: str, person_id: int, *,
               laptop_name: str | None = None) -> Credential | None:
    """The copy's own login on a PostgreSQL server, registered in ``personal_copy``;
    ``None`` on SQLite (a file has no logins: a copy of it cannot sync)."""
    if not server.is_postgresql:
        return None
    from models import Base, PersonalCopy

    personal_copy = Base.metadata.tables["personal_copy"]
    role = role_for(copy_id)
    # URL-safe characters only: the password is written into CREATE ROLE as a literal.
    password = secrets.token_urlsafe(32)
    with server.engine.begin() as conn:
        rls.install_on(conn)
        conn.exec_driver_sql(
            f"CREATE ROLE {role} LOGIN PASSWORD '{password}' IN ROLE {rls.GROUP}")
        conn.exec_driver_sql(f"ALTER ROLE {role} SET search_path = {rls.search_path_for(conn)}")
        conn.exec_driver_sql(f"ALTER ROLE {role} SET jit = off")  # see rls.install_on
        exists = conn.execute(select(PersonalCopy.id).where(PersonalCopy.id == copy_id))
        if exists.first() is None:
            conn.execute(personal_copy.insert().values(
                id=copy_id, person_id=person_id, role_name=role, version_id=1,
                laptop_name=(laptop_name if laptop_name is not None else platform.node())[:200]))
        else:
            conn.execute(personal_copy.update().where(
                PersonalCopy.id == copy_id).values(role_name=role))
    return Credential(role, password)


def drop_for(server: Database, copy_id: str) -> None:
    """End the copy's login: its connections are closed and its role is gone."""
    if not server.is_postgresql:
        return
    role = role_for(copy_id)
    with server.engine.begin() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                              {"r": role}).first()
        if exists is None:
            return
        # No new session between the two: NOLOGIN first, then the open ones are ended (the
        # organisation's login needs pg_signal_backend for that; the role owns nothing).
        conn.exec_driver_sql(f"ALTER ROLE {role} NOLOGIN")
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE usename = :r"), {"r": role})
        conn.exec_driver_sql(f"DROP ROLE {role}")


def store(conn: Connection, credential: Credential | None) -> None:
    """Keep the credential in the copy (inside its encrypted file)."""
    if credential is None:
        return
    identity.COPY_METADATA.create_all(conn, tables=[identity.copy_credential])
    conn.execute(identity.copy_credential.delete())
    conn.execute(identity.copy_credential.insert().values(
        role_name=credential.role_name, password=credential.password))


def credential_of(copy_db: Database) -> Credential | None:
    from sqlalchemy import inspect

    with copy_db.engine.connect() as conn:
        if not inspect(conn).has_table("copy_credential"):
            return None
        row = conn.execute(select(identity.copy_credential)).first()
    return Credential(row.role_name, row.password) if row is not None else None


def server_url_for(server_url: str, credential: Credential) -> str:
    from sqlalchemy.engine import make_url

    return make_url(server_url).set(
        username=credential.role_name, password=credential.password,
    ).render_as_string(hide_password=False)


def server_database(copy: object) -> Database:
    """The organisation's server, logged in as the copy's own role. Refuses with
    ``Forbidden("personal_copy_revoked")`` when the role is gone or the copy revoked, and
    ``StorageError("server_unreachable")`` when the server does not answer."""
    db_of_copy: Database = copy.db  # type: ignore[attr-defined]
    server_url: str = copy.identity.server_url  # type: ignore[attr-defined]
    credential = credential_of(db_of_copy)
    if credential is None:
        # A copy of a SQLite file (or made before copies had logins): the address as is.
        return Database(server_url)
    server = Database(server_url_for(server_url, credential))
    try:
        with server.engine.connect() as conn:
            person = conn.exec_driver_sql("SELECT rs_person()").scalar()
    except OperationalError as exc:
        server.dispose()
        words = str(exc.orig or exc).lower()
        if "authentication failed" in words or "does not exist" in words \
                or "not permitted to log in" in words:
            raise Forbidden("personal_copy_revoked") from exc
        raise StorageError("server_unreachable") from exc
    except BaseException:
        server.dispose()
        raise
    if person is None:
        server.dispose()
        raise Forbidden("personal_copy_revoked")
    # The services know they run as a copy's login (the culture scan goes through the
    # server's own functions then: see culture_gate).
    server.copy_login = True  # type: ignore[attr-defined]
    return server
