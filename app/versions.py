"""Versions checked on save: a screen saves with the version it loaded, or nothing is saved.

Every record a person can edit carries a version (SQLAlchemy's ``version_id_col``). A
service that changes one takes the version the screen loaded as a required keyword
(``expected_version``) and loads the record through :func:`for_update`, which locks it for
the rest of the transaction and refuses a stale save with ``Conflict('edited_elsewhere')``.
Two people who saved from screens loaded before either save: the first wins, the second is
told, and nothing is overwritten silently — on SQLite and on PostgreSQL alike.

The lock matters on PostgreSQL, where two laptops write at the same moment: the second
transaction waits on ``SELECT … FOR UPDATE`` until the first commits and then reads what the
first saved (a signature, say), instead of deciding on what it read before. SQLite writers
hold the database's write lock from their first statement (``BEGIN IMMEDIATE``), so there
the lock is already taken and ``FOR UPDATE`` is left out of the SQL.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from models.errors import Conflict, DomainError

T = TypeVar("T")

STALE = "edited_elsewhere"
# FOR NO KEY UPDATE on PostgreSQL: the lock an UPDATE takes itself. Two savers wait for each
# other; rows that merely refer to this one (an audit entry, a signature) are not held up.
ROW_LOCK = {"key_share": True}


def version_of(record: object) -> int:
    """The stored version of a versioned record."""
    mapper = inspect(type(record))
    column = mapper.version_id_col
    if column is None:
        raise TypeError(f"{type(record).__name__} carries no version")
    return int(getattr(record, mapper.get_property_by_column(column).key))


def check(record: object, expected_version: int | None) -> None:
    """Refuse the save when the record changed since the screen loaded ``expected_version``
    (``None``: the screen saw no record at all, so any record there now is someone else's)."""
    if expected_version is None or version_of(record) != expected_version:
        raise Conflict(STALE)


def locked(s: Session, model: type[T], key: Any, *, missing: DomainError) -> T:
    """The record, locked until the transaction ends, read as it is now (not as this session
    may have seen it before); ``missing`` is raised when it does not exist."""
    record = s.get(model, key, with_for_update=ROW_LOCK, populate_existing=True)
    if record is None:
        raise missing
    return record


def for_update(s: Session, model: type[T], key: Any, expected_version: int | None, *,
               missing: DomainError) -> T:
    """The record a screen saves: locked, and only if nobody changed it since the screen
    loaded it (otherwise ``Conflict('edited_elsewhere')``)."""
    record = locked(s, model, key, missing=missing)
    check(record, expected_version)
    return record


def bump(record: object) -> None:
    """Raise the record's version although none of its own columns changed: a row under it
    (a signature, an answer, a member) did, and screens that loaded it before are stale."""
    mapper = inspect(type(record))
    column = mapper.version_id_col
    if column is None:
        raise TypeError(f"{type(record).__name__} carries no version")
    key = mapper.get_property_by_column(column).key
    if inspect(record).attrs[key].history.has_changes():
        return  # raised once already in this flush
    # Written as "SET version = old + 1 WHERE version = old", like any other change.
    setattr(record, key, getattr(record, key) + 1)
