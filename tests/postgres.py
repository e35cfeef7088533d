"""The PostgreSQL test server: which tests run on it, and a fresh database per test."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ENV = "REGIESTOEL_TEST_DATABASE_URL"
TESTS = Path(__file__).resolve().parent
# The service and storage tests; the UI tests stay on SQLite (the screens do not care).
BOTH_DIRS = (TESTS / "app", TESTS / "models")


def server_url() -> str | None:
    return os.environ.get(ENV) or None


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def report_line() -> str:
    url = server_url()
    if url is None:
        return (f"PostgreSQL: {ENV} is not set; the PostgreSQL variants of the service "
                "tests are skipped (SQLite only)")
    return f"PostgreSQL: service and storage tests also run on {_safe(url)}"


def _safe(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def runs_on_both(item: pytest.Function | pytest.Item) -> bool:
    if server_url() is None:
        return False
    if item.get_closest_marker("sqlite_only") is not None:
        return False
    path = Path(str(item.path)).resolve()
    return any(path.is_relative_to(d) for d in BOTH_DIRS)


def _admin_engine(url: str):
    from sqlalchemy import create_engine

    from app.db import engine_url

    # CREATE/DROP DATABASE cannot run inside a transaction.
    return create_engine(engine_url(url), isolation_level="AUTOCOMMIT", poolclass=_null_pool())


def _null_pool():
    from sqlalchemy.pool import NullPool

    return NullPool


def _create_database(server: str, prefix: str) -> str:
    """A new database on the test server, by URL; an unreachable server skips the test
    (and fails it in CI)."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine(server)
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        message = f"PostgreSQL test server {_safe(server)} cannot be reached: {exc.orig}"
        if in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    finally:
        admin.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


@dataclass
class Template:
    """A migrated database to copy from: ``CREATE DATABASE ... TEMPLATE`` is much faster
    than running every migration for every test."""

    server: str
    name: str

    @classmethod
    def create(cls) -> Template:
        from sqlalchemy.engine import make_url

        from app.db import Database
        from app.schema import migrate

        server = server_url()
        assert server is not None
        url = _create_database(server, "regiestoel_tpl")
        name = str(make_url(url).database)
        db = Database(url)
        try:
            migrate(db)
        finally:
            db.dispose()
        return cls(server, name)

    def copy(self) -> str:
        from sqlalchemy import text
        from sqlalchemy.engine import make_url

        name = f"regiestoel_t_{uuid.uuid4().hex[:12]}"
        admin = _admin_engine(self.server)
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.name}"'))
        finally:
            admin.dispose()
        return make_url(self.server).set(database=name).render_as_string(hide_password=False)

    def drop_copy(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self._drop(str(make_url(url).database))

    def drop(self) -> None:
        self._drop(self.name)

    def _drop(self, name: str) -> None:
        from sqlalchemy import text

        admin = _admin_engine(self.server)
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        finally:
            admin.dispose()


def require_server() -> str:
    """The test server's URL; without one the test is skipped (in CI: it fails)."""
    url = server_url()
    if url is None:
        if in_ci():
            pytest.fail(f"{ENV} must be set in CI", pytrace=False)
        pytest.skip(f"{ENV} is not set")
    return url


def empty_database() -> tuple[str, Callable[[], None]]:
    """A new, empty database on the test server: (its URL, a function that drops it)."""
    from sqlalchemy.engine import make_url

    server = require_server()
    url = _create_database(server, "regiestoel_e")
    template = Template(server, str(make_url(url).database))
    return url, template.drop
