"""Write and read the audit log of sensitive actions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app import policy
from app.access import Actor, Operation, require
from app.db import Database
from app.policy import Kind, Op
from models import AuditEntry, Person
from models.errors import Forbidden


def record(
    session: Session,
    actor: Actor,
    action: str,
    subject_id: int | None = None,
    **detail: Any,
) -> None:
    """Append an entry in the caller's transaction, so it is saved together with the change."""
    session.add(
        AuditEntry(
            actor_id=actor.person_id,
            actor_kind="admin" if actor.is_machine_admin else "person",
            action=action,
            subject_id=subject_id,
            detail=json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else "",
        )
    )


def record_read(db: Database, actor: Actor, subject_id: int, action: str, **detail: Any) -> None:
    """A read of someone's personal records by anyone but that person, in its own
    transaction: the reader has seen it, whatever they do next."""
    if actor.person_id == subject_id:
        return
    with db.transaction() as s:
        record(s, actor, action, subject_id, **detail)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    actor_is_admin: bool
    action: str
    subject: str
    detail: dict[str, Any]


def list_entries(db: Database, actor: Actor, limit: int = 500) -> list[AuditRow]:
    require(actor, Operation.VIEW_AUDIT_LOG)
    if not policy.covers_everyone(actor, Kind.AUDIT_LOG, Op.READ):
        raise Forbidden("not_allowed", operation=Operation.VIEW_AUDIT_LOG.value)
    with db.read() as s:
        names = dict(s.execute(select(Person.id, Person.name)).all())
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
        return [
            AuditRow(
                id=e.id,
                at=e.at,
                actor=names.get(e.actor_id, "") if e.actor_id else "",
                actor_is_admin=e.actor_kind == "admin",
                action=e.action,
                subject=names.get(e.subject_id, "") if e.subject_id else "",
                detail=json.loads(e.detail) if e.detail else {},
            )
            for e in entries
        ]


# --- a personal copy's entries (app/personal_copy) ------------------------------------------
# A copy audits offline reads in its own table; sync hands them over to the server's log and
# then removes them from the copy. That removal is the one exception to "append only", and
# only on a personal copy: the organisation's log is never changed.


@dataclass(frozen=True)
class OfflineEntry:
    id: int
    at: datetime
    actor_id: int | None
    actor_kind: str
    action: str
    subject_id: int | None
    detail: str


def _copy_only(db: Database) -> None:
    if not db.is_personal_copy:
        raise Forbidden("not_allowed", operation="audit_log_change")


def offline_entries(db: Database) -> list[OfflineEntry]:
    """The entries a personal copy made, oldest first."""
    _copy_only(db)
    with db.read() as s:
        return [OfflineEntry(e.id, e.at, e.actor_id, e.actor_kind, e.action, e.subject_id,
                             e.detail)
                for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def append_offline(session: Session, entries: list[OfflineEntry]) -> None:
    """A copy's entries added to the organisation's log, as they were made (their time)."""
    for e in entries:
        session.add(AuditEntry(at=e.at, actor_id=e.actor_id, actor_kind=e.actor_kind,
                               action=e.action, subject_id=e.subject_id, detail=e.detail))


def last_entry_id(conn: Any) -> int:
    return int(conn.execute(select(func.max(AuditEntry.id))).scalar() or 0)


def forget_on_copy(db: Database, conn: Any, *, after: int = 0, up_to: int | None = None
                   ) -> None:
    """Remove a personal copy's entries in ``conn``'s transaction: those the server has
    (``up_to``), or those an offline operation made (``after``), which the server makes
    itself when it replays the operation."""
    _copy_only(db)
    stmt = delete(AuditEntry).where(AuditEntry.id > after)
    if up_to is not None:
        stmt = stmt.where(AuditEntry.id <= up_to)
    conn.execute(stmt)
