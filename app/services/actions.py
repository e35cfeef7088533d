"""Agreements and actions: who does what, by when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app import policy, versions
from app.access import Actor
from app.changes import Area, Changes
from app.db import Database
from app.personal_copy.outbox import offline_operation
from app.validation import clean_text
from models import Action, ActionStatus, Person
from models.base import utcnow
from models.errors import Forbidden, NotFound


@dataclass(frozen=True)
class ActionRow:
    id: int
    title: str
    owner_id: int
    owner_name: str
    due: date | None
    status: ActionStatus
    session_id: int | None
    version: int
    conversation_id: int | None = None  # an agreement of a talent conversation

    @property
    def overdue(self) -> bool:
        return self.status is ActionStatus.OPEN and self.due is not None and \
            self.due < date.today()


def _row(a: Action, names: dict[int, str]) -> ActionRow:
    return ActionRow(a.id, a.title, a.owner_id, names.get(a.owner_id, ""), a.due,
                     ActionStatus(a.status), a.session_id, a.version_id, a.conversation_id)


def my_open_actions(db: Database, actor: Actor) -> list[ActionRow]:
    """My own open actions and agreements (each one is mine: I own it)."""
    if actor.person_id is None:
        return []
    with db.read() as s:
        stmt = (select(Action, Person.name)
                .outerjoin(Person, Person.id == Action.owner_id)
                .where(policy.own_actions(actor),
                       Action.status == ActionStatus.OPEN.value)
                .order_by(Action.due.is_(None), Action.due, Action.id))
        return [_row(a, {a.owner_id: name or ""}) for a, name in s.execute(stmt)]


@offline_operation("actions.set_status")
def set_status(db: Database, actor: Actor, action_id: int, status: ActionStatus, *,
               expected_version: int) -> Changes:
    """The owner of an action (or who made it) marks it done or dropped, or open again.
    ``expected_version``: the action's version the screen loaded.

    An agreement of a talent conversation is one of its participants' to follow up, under
    the conversation's rules: on a signed record that is written to its history and the
    audit log, as when it is followed up in the next conversation."""
    new_status = ActionStatus(status)
    with db.transaction() as s:
        action = versions.locked(s, Action, action_id, missing=NotFound("action_not_found"))
        if not policy.may_change_action(actor, action.owner_id, action.created_by):
            raise Forbidden("not_allowed", operation="action_status")
        versions.check(action, expected_version)
        if action.conversation_id is not None:
            from app.services.conversations import follow_up_outside

            follow_up_outside(s, actor, action, new_status)
        action.status = new_status.value
        action.done_at = utcnow() if new_status is ActionStatus.DONE else None
    return Changes.of(Area.ACTIONS, ids=(action_id,))


def new_action(title: str, owner_id: int, due: date | None, created_by: int | None,
               session_id: int | None = None) -> Action:
    """An unsaved Action with a checked title (the caller adds it in its transaction)."""
    return Action(title=clean_text(title, "title", max_length=300, required=True),
                  owner_id=owner_id, due=due, created_by=created_by, session_id=session_id)
