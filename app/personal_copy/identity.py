"""What a personal copy says about itself, inside the encrypted file: a table of its own.

It is not part of the organisation's schema (no Alembic migration makes it on the server):
only a copy has it, beside the tables at the organisation's newest migration. The outbox of
a later version lives beside it the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import BigInteger, Column, Integer, MetaData, String, Table, Text, select
from sqlalchemy.engine import Connection

from models.base import UTCDateTime
from models.errors import StorageError

COPY_METADATA = MetaData()

copy_identity = Table(
    "copy_identity",
    COPY_METADATA,
    Column("copy_id", String(64), primary_key=True),
    Column("person_id", Integer, nullable=False),
    # Where it came from, without a password: sync goes back there.
    Column("server_url", String(500), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("last_synced_at", UTCDateTime, nullable=False),
    Column("format", Integer, nullable=False),
)


# The operations made offline, in the order they were made (``seq``), until the server has
# dealt with them: ``pending`` (to send), ``conflict`` (the person chooses), ``refused`` (shown
# until the person has read it). Applied ones are removed once the copy has learnt their ids.
copy_outbox = Table(
    "copy_outbox",
    COPY_METADATA,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("op_id", String(36), nullable=False, unique=True),
    Column("operation", String(100), nullable=False),
    Column("args", Text, nullable=False),  # JSON (app.personal_copy.codec)
    Column("versions", Text, nullable=False, default="{}"),  # the expected_* it saw
    # The versions it left its record at in the copy: a later operation on the same record
    # that expects them gets the versions the server's replay left instead.
    Column("after", Text, nullable=False, default="{}"),
    Column("created", Text, nullable=False, default="{}"),  # table -> local ids it made
    Column("record", String(200), nullable=False, default=""),  # what it is about
    Column("state", String(20), nullable=False, default="pending"),
    Column("outcome", Text, nullable=False, default="{}"),  # the server's refusal, as JSON
    Column("created_at", UTCDateTime, nullable=False),
    # A sequence number is never used twice, also after the outbox was emptied by a sync:
    # the server keeps it beside the op id.
    sqlite_autoincrement=True,
)

# An operation the server found stale: both versions, side by side, until the person keeps
# one or merges them.
copy_conflict = Table(
    "copy_conflict",
    COPY_METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("op_id", String(36), nullable=False, unique=True),
    Column("operation", String(100), nullable=False),
    Column("title", String(300), nullable=False, default=""),
    Column("mine", Text, nullable=False),  # JSON: field -> value
    Column("theirs", Text, nullable=False),
    Column("versions", Text, nullable=False, default="{}"),  # the server's, for keeping mine
    Column("created_at", UTCDateTime, nullable=False),
)

# Ids made offline (from LOCAL_ID_START up, one counter for every table, so an id names one
# row) and the server's id for each, once the operation that made it is applied.
copy_local_id = Table(
    "copy_local_id",
    COPY_METADATA,
    Column("local_id", BigInteger, primary_key=True, autoincrement=False),
    Column("table_name", String(100), nullable=False),
    Column("server_id", BigInteger),
)


# The server's change counters (``counters``) that the copy's organisation tables were last
# made equal to, one row per table: a sync that finds a table's counter unchanged, and that
# of every table its rows depend on, has nothing to receive there. A write to the copy
# forgets the counters of the tables it wrote (``outbox.writing``), so they never stand for
# a table changed since.
copy_pull_state = Table(
    "copy_pull_state",
    COPY_METADATA,
    Column("table_name", String(100), primary_key=True),
    Column("changes", BigInteger, nullable=False),
    Column("epoch", String(200), nullable=False),  # see counters.Counters
)

# The culture scan parts this copy's person answered from this laptop (through the server,
# culture_gate): their own "I took part", so the copy stops offering them. Nothing of the
# organisation's participation comes here, and nothing of this goes anywhere.
copy_answered = Table(
    "copy_answered",
    COPY_METADATA,
    Column("round_id", Integer, primary_key=True, autoincrement=False),
    Column("part", String(10), primary_key=True),
)


def ensure_tables(conn: Connection) -> None:
    """The copy's own tables of this version beside those it was made with (a copy made
    before the outbox existed gets an empty one)."""
    from sqlalchemy import inspect

    seen = inspect(conn)
    if seen.has_table("copy_pull_state") and "fingerprint" in {
            c["name"] for c in seen.get_columns("copy_pull_state")}:
        # Where an earlier version kept one fingerprint of the whole server: only a note of
        # what needs no pull, so made anew (the next pull compares everything once).
        copy_pull_state.drop(conn)
    COPY_METADATA.create_all(conn, checkfirst=True)


# The copy's own login on the organisation's server (app/personal_copy/server_role.py): only
# inside the encrypted file, never in the marker.
copy_credential = Table(
    "copy_credential",
    COPY_METADATA,
    Column("role_name", String(63), primary_key=True),
    Column("password", String(200), nullable=False),
)


@dataclass(frozen=True)
class Identity:
    copy_id: str
    person_id: int
    server_url: str
    created_at: datetime
    last_synced_at: datetime
    format: int


def create(conn: Connection, identity: Identity) -> None:
    COPY_METADATA.create_all(conn)
    conn.execute(copy_identity.insert().values(
        copy_id=identity.copy_id, person_id=identity.person_id,
        server_url=identity.server_url, created_at=identity.created_at,
        last_synced_at=identity.last_synced_at, format=identity.format))


def read(conn: Connection) -> Identity:
    rows = conn.execute(select(copy_identity)).mappings().all()
    if len(rows) != 1:
        raise StorageError("personal_copy_damaged")
    return Identity(**rows[0])
