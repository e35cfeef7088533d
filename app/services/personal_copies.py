"""The owner's view of the laptops that hold a personal copy, and revoking one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.access import Actor, Operation, require
from app.changes import Area, Changes
from app.db import Database
from app.personal_copy.outbox import online_only
from app.services import audit
from models import Person, PersonalCopy
from models.base import utcnow
from models.errors import NotFound

# A copy that has not synced for this long warns its user, and stands out in the list.
STALE_AFTER = timedelta(days=30)


@dataclass(frozen=True)
class CopyRow:
    id: str
    person_id: int
    person_name: str
    laptop_name: str
    created_at: datetime
    last_synced_at: datetime | None
    revoked_at: datetime | None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    def stale(self, now: datetime | None = None) -> bool:
        """Not revoked, and not synced (or made) for 30 days."""
        last = self.last_synced_at or self.created_at
        return not self.revoked and (now or utcnow()) - last > STALE_AFTER


def list_copies(db: Database, actor: Actor) -> list[CopyRow]:
    """Every personal copy the server knows of, newest first; for the owner (and the
    machine's administrator): who has their data on which laptop is the organisation's
    business, as the keys to its building are."""
    require(actor, Operation.MANAGE_SETTINGS)
    with db.read() as s:
        rows = s.execute(select(PersonalCopy, Person.name)
                         .join(Person, Person.id == PersonalCopy.person_id)
                         .order_by(PersonalCopy.created_at.desc(), PersonalCopy.id))
        return [CopyRow(c.id, c.person_id, name, c.laptop_name, c.created_at,
                        c.last_synced_at, c.revoked_at) for c, name in rows]


@online_only()
def revoke(db: Database, actor: Actor, copy_id: str) -> Changes:
    """Revoke a copy: its login can do nothing from now on and is dropped, and the laptop
    deletes the copy at its next contact. Revoking a revoked copy changes nothing."""
    require(actor, Operation.MANAGE_SETTINGS)
    with db.transaction() as s:
        copy = s.get(PersonalCopy, copy_id) if _is_copy_id(copy_id) else None
        if copy is None:
            raise NotFound("personal_copy_not_found", id=copy_id)
        revoke_in(s, actor, [copy])
    drop_logins(db, [copy_id])
    return Changes.of(Area.ORGANISATION)


def revoke_all_of(s: Session, actor: Actor, person_id: int) -> list[str]:
    """Revoke every copy of a person in the caller's transaction (erasing them); the
    caller drops the logins after the commit (``drop_logins``)."""
    copies = list(s.scalars(select(PersonalCopy).where(PersonalCopy.person_id == person_id)))
    revoke_in(s, actor, copies)
    return [c.id for c in copies]


def revoke_in(s: Session, actor: Actor, copies: Iterable[PersonalCopy]) -> None:
    for copy in copies:
        if copy.revoked_at is not None:
            continue
        # From this commit on the server answers the copy's login with nothing
        # (rs_person() is NULL), even before its role is dropped.
        copy.revoked_at = utcnow()
        audit.record(s, actor, "personal_copy_revoked", copy.person_id, copy=copy.id,
                     laptop=copy.laptop_name)


def drop_logins(db: Database, copy_ids: Iterable[str]) -> None:
    """Drop the server logins of revoked copies (after their revoking was committed)."""
    from app.personal_copy.server_role import drop_for

    for copy_id in copy_ids:
        drop_for(db, copy_id)


def _is_copy_id(text: str) -> bool:
    import uuid

    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True
