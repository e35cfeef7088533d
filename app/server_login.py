"""A database server's password: kept in the OS keyring, never in a file or a saved URL."""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.secrets import KeyringStore, SecretStore
from models.errors import Invalid, StorageError

ENV_PASSWORD = "REGIESTOEL_DATABASE_PASSWORD"
DEFAULT_PORT = 5432


def _parse(url: str) -> URL:
    try:
        return make_url(url)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is no number
        raise Invalid("database_url_invalid") from exc


def is_server_url(url: str) -> bool:
    return _parse(url).get_backend_name() == "postgresql"


def without_password(url: str) -> str:
    """The URL as it may be stored or shown: everything but the password."""
    # URL.set(password=None) means "leave it as it is": replace the field itself.
    return _parse(url)._replace(password=None).render_as_string(hide_password=False)


def password_in(url: str) -> str | None:
    return _parse(url).password or None


def with_password(url: str, password: str | None) -> str:
    if not password:
        return url
    return _parse(url).set(password=password).render_as_string(hide_password=False)


def secret_name(url: str) -> str:
    """The keyring entry of a server login: one per user, server and database."""
    u = _parse(url)
    where = f"{u.host or 'localhost'}:{u.port or DEFAULT_PORT}/{u.database or ''}"
    return f"database:{u.username or ''}@{where}"


@dataclass(frozen=True)
class ServerAddress:
    """The fields of the settings screen; the password is not one of them."""

    host: str
    port: int
    database: str
    user: str

    def url(self) -> str:
        host = self.host.strip()
        database = self.database.strip()
        if not host:
            raise Invalid("database_host_missing", field="host")
        if not database:
            raise Invalid("database_name_missing", field="database")
        if not 0 < self.port < 65536:
            raise Invalid("database_port_invalid", field="port")
        return URL.create(
            "postgresql", username=self.user.strip() or None, host=host, port=self.port,
            database=database,
        ).render_as_string(hide_password=False)

    @classmethod
    def of(cls, url: str) -> ServerAddress:
        u = _parse(url)
        return cls(u.host or "", u.port or DEFAULT_PORT, u.database or "", u.username or "")


def remember_password(url: str, password: str, store: SecretStore | None = None) -> None:
    """Keep the password in the keyring; without one it is not kept at all (asked at start)."""
    store = store or KeyringStore()
    if not store.available:
        raise StorageError("keyring_unavailable_server")
    store.set(secret_name(url), password)


def forget_password(url: str, store: SecretStore | None = None) -> None:
    (store or KeyringStore()).delete(secret_name(url))


def known_password(url: str, store: SecretStore | None = None) -> str | None:
    """The password to log in with: in the URL itself (typed on the command line), the
    REGIESTOEL_DATABASE_PASSWORD variable, or the keyring; None when none is known."""
    return (
        password_in(url)
        or os.environ.get(ENV_PASSWORD)
        or (store or KeyringStore()).get(secret_name(url))
        or None
    )


def login_url(url: str, store: SecretStore | None = None) -> str:
    """The URL to connect with: the stored (password-free) URL plus the known password."""
    if not is_server_url(url):
        return url
    return with_password(url, known_password(url, store))


def pg_dump_command(url: str) -> str:
    """An example backup command for the server database at ``url`` (no password in it:
    pg_dump asks, or reads ~/.pgpass)."""
    u = _parse(url)
    parts = ["pg_dump", "--format=custom"]
    if u.host:
        parts.append(f"--host={u.host}")
    if u.port:
        parts.append(f"--port={u.port}")
    if u.username:
        parts.append(f"--username={u.username}")
    parts += ["--file=regiestoel.dump", u.database or "regiestoel"]
    return " ".join(parts)


def driver_description() -> str:
    """The PostgreSQL driver this program connects with (raises when it is missing): psycopg
    and a libpq, which the binary wheel brings along, plus SQLAlchemy's dialect for it."""
    import psycopg
    from sqlalchemy.dialects.postgresql import psycopg as _dialect  # noqa: F401

    version = psycopg.pq.version()
    return (f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, "
            f"libpq {version // 10000}.{version % 10000})")
