"""The database engine for a URL (SQLite pragmas or PostgreSQL) and its unit of work."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DatabaseError, DisconnectionError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.paths import sqlite_url_path
from models.errors import Conflict, StorageError

BUSY_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 10
# A server connection idle for longer than this is tested before use (see _ping_when_idle).
IDLE_BEFORE_PING_S = 10.0


def _configure_sqlite(engine: Engine, *, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is unreliable).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # A committed change survives a power cut: fsync on every commit.
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA journal_mode = WAL")
        # What is deleted or overwritten is zeroed in the file, not merely unlinked: an
        # erased person's text, or a culture scan count before the next answer, must not
        # linger in free pages of a copy.
        cur.execute("PRAGMA secure_delete = ON")
        if read_only:
            # Second line of defence behind transaction(): SQLite itself refuses writes.
            cur.execute("PRAGMA query_only = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        # Writers take the write lock up front, so two writers queue instead of deadlocking.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def _configure_postgresql(engine: Engine, *, read_only: bool = False) -> None:
    _ping_when_idle(engine)

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        with dbapi_conn.cursor() as cur:
            # Timestamps are stored as timestamptz; the session zone only affects display.
            cur.execute("SET TIME ZONE 'UTC'")
            if read_only:
                # Second line of defence behind transaction(): the server refuses writes.
                cur.execute("SET default_transaction_read_only = on")
        dbapi_conn.commit()


def _ping_when_idle(engine: Engine) -> None:
    """Replace a dead server connection (a laptop waking from sleep, a restarted server)
    before it is used, testing only connections that sat idle for a while.

    SQLAlchemy's ``pool_pre_ping`` tests every checkout: one round trip per service call,
    which across an office network or a VPN costs more than the call's own query. A
    connection handed back seconds ago is alive; one idle for longer is pinged first."""

    @event.listens_for(engine, "checkin")
    def on_checkin(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def on_checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < IDLE_BEFORE_PING_S:
            return
        dialect = engine.dialect
        try:
            alive = dialect.do_ping(dbapi_conn)
        except dialect.loaded_dbapi.Error as exc:
            if not dialect.is_disconnect(exc, dbapi_conn, None):
                raise
            alive = False
        if not alive:
            # The pool throws this connection away and checks out a fresh one.
            raise DisconnectionError("the server connection was closed while idle")


def engine_url(url: str) -> str:
    """The URL with the driver Regiestoel ships: ``postgresql://`` means psycopg 3 here
    (SQLAlchemy would otherwise look for psycopg2, which the package does not contain)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


class Database:
    """One database: sessions for reading, and one transaction per change.

    ``read_only`` is for a second Regiestoel on a folder another one writes to: it may look,
    and every attempt to change something is refused before it starts.
    """

    def __init__(self, url: str, *, echo: bool = False, read_only: bool = False,
                 connect: Callable[[], Any] | None = None, dbapi: Any = None) -> None:
        """``connect`` and ``dbapi`` (SQLite files only) open the file through another build
        of SQLite, such as SQLCipher for an encrypted personal copy."""
        self.url = url
        self.read_only = read_only
        # A person's encrypted copy on a laptop (app/personal_copy): services that must go
        # straight to the organisation's database refuse on it, the others record what
        # they change in the copy's outbox.
        self.is_personal_copy = False
        kwargs: dict[str, Any] = {"echo": echo}
        file = sqlite_url_path(url)
        if file is not None:
            # The path goes to SQLite exactly as it is: through a URL, "?" would start a
            # query, "#" a fragment and "%41" would become "A" (another file).
            path = str(file)
            kwargs["creator"] = connect or (
                lambda: sqlite3.connect(path, check_same_thread=False))
            if dbapi is not None:
                kwargs["module"] = dbapi
            target: str | URL = URL.create("sqlite", database=path)
        else:
            # An unreachable server is reported within seconds, not after minutes.
            kwargs["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT_S}
            target = engine_url(url)
        self.engine = create_engine(target, **kwargs)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self.is_postgresql = self.engine.dialect.name == "postgresql"
        if self.is_sqlite:
            _configure_sqlite(self.engine, read_only=read_only)
            write_engine: Engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            if self.is_postgresql:
                _configure_postgresql(self.engine, read_only=read_only)
            write_engine = self.engine
        # Objects stay readable after commit: services hand detached objects to the UI.
        read_engine = self.engine
        if self.is_postgresql:
            # A read needs no transaction of its own on PostgreSQL: at READ COMMITTED every
            # statement sees its own snapshot either way, and BEGIN and ROLLBACK would cost
            # two round trips over the network per read.
            read_engine = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        self._read = sessionmaker(read_engine, expire_on_commit=False)
        # The session of a shared_read() open on this thread, which db.read() then reuses.
        self._shared = threading.local()
        self._write = sessionmaker(write_engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Every change happens inside one of these: all of it is saved, or none."""
        if self.read_only:
            raise StorageError("read_only_mode")
        try:
            with self._write.begin() as session:
                yield session
        except StaleDataError as exc:
            raise Conflict("edited_elsewhere") from exc
        except DatabaseError as exc:
            raise _storage_error_or_same(exc) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        shared = getattr(self._shared, "session", None)
        if shared is not None:
            yield shared
            return
        try:
            with self._read() as session:
                yield session
        except DatabaseError as exc:
            raise _storage_error_or_same(exc) from exc

    @contextmanager
    def shared_read(self) -> Iterator[Session]:
        """One read that every ``read()`` inside it on this thread joins: a screen that calls
        several services reads in one transaction (on SQLite one BEGIN, not one per service).

        Only for reads that write nothing in between: a write inside would not be seen by
        the later reads, which keep the snapshot of the first."""
        if getattr(self._shared, "session", None) is not None:
            raise RuntimeError("shared_read inside shared_read")
        with self.read() as session:
            self._shared.session = session
            try:
                yield session
            finally:
                self._shared.session = None

    def dispose(self) -> None:
        self.engine.dispose()


def _storage_error_or_same(exc: DatabaseError) -> Exception:
    """What the database said, as the user's problem when it is one (a damaged file, a full
    disk, missing rights); anything else (a bug in a query, a broken constraint) as it was."""
    if isinstance(exc, OperationalError):
        return storage_error(exc)
    return known_storage_error(exc) or exc


def known_storage_error(exc: BaseException) -> StorageError | None:
    """A database failure whose cause is the file, the disk or the server's rights."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    first_line = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [""])[0]
    if "malformed" in text or "file is not a database" in text or "disk image" in text:
        return StorageError("database_damaged")
    if ("permission denied" in text or "insufficient privilege" in text
            or "must be owner" in text):
        return StorageError("database_no_permission", detail=first_line)
    if ("disk" in text and "full" in text) or "no space left" in text:
        return StorageError("disk_full")
    return None


def storage_error(exc: OperationalError) -> StorageError:
    """The user's words for a database that refused: busy, read-only, unreachable, ..."""
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    # A message is one line: the driver's first line says what happened.
    first_line = (str(exc.orig or exc).strip().splitlines() or [""])[0]
    known = known_storage_error(exc)
    if known is not None:
        return known
    if "readonly" in text or "read-only" in text:
        return StorageError("database_read_only")
    if "locked" in text or "busy" in text:
        return StorageError("database_busy")
    if "password authentication failed" in text or "no password supplied" in text:
        return StorageError("database_login_failed")
    if "connection refused" in text or "could not translate host name" in text or (
        "timeout" in text and "connect" in text
    ):
        return StorageError("database_server_unreachable", detail=first_line)
    if "disk i/o error" in text:
        return StorageError("disk_io_error")
    return StorageError("database_unavailable", detail=first_line)
