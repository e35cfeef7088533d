"""What a personal copy says about itself, inside the encrypted file: a table of its own.

It is not part of the organisation's schema (no Alembic migration makes it on the server):
only a copy has it, beside the tables at the organisation's newest migration. The outbox of
a later version lives beside it the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Column, Integer, MetaData, String, Table, select
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
