"""Conversations with the coach saved with their question or situation, for their author only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app import policy, versions
from app.access import Actor
from app.ai.conversation import Conversation
from app.changes import Changes
from app.db import Database
from app.policy import Kind, Op
from models import CoachConversation
from models.errors import Forbidden, NotFound

# What a saved conversation can belong to: the tasks that start from a person's own record.
TASKS = ("question", "brainstorm", "actions", "prepare")


@dataclass(frozen=True)
class SavedRow:
    id: int
    title: str
    updated_at: datetime
    version_id: int


@dataclass(frozen=True)
class Saved:
    id: int
    version_id: int
    conversation: Conversation


def _me(actor: Actor) -> int:
    if actor.person_id is None:  # the machine's administrator has no conversations
        raise Forbidden("coach_conversation_private")
    return actor.person_id


def _about(row: CoachConversation) -> policy.Subject:
    return policy.Subject(person_id=row.person_id)


def _require_target(db: Database, actor: Actor, task: str, target_id: int) -> None:
    """The conversation belongs to something its author may read (through its service)."""
    from app.services import development, sessions, situations

    if task == "question":
        view = development.my_question(db, actor)
        if view is None or view.id != target_id:
            raise NotFound("ai_question_not_found")
    elif task == "brainstorm":
        situations.get_situation(db, actor, target_id)
    elif task == "actions":
        sessions.get_session(db, actor, target_id, "en")
    elif task == "prepare":
        if target_id != actor.person_id:
            raise Forbidden("ai_prepare_own_only")
    else:
        raise NotFound("ai_unknown_task", task=task)


def save_conversation(db: Database, actor: Actor, conversation: Conversation, *,
                      saved_id: int | None = None,
                      expected_version: int | None = None) -> Changes:
    """Save a new conversation (``saved_id`` None), or the one reopened, at the version the
    screen loaded. ``Changes.value`` is (id, version)."""
    me = _me(actor)
    content, title = conversation.to_json(), conversation.title()
    if saved_id is None:
        _require_target(db, actor, conversation.task, conversation.target_id)
        with db.transaction() as s:
            policy.require(s, actor, Kind.COACH_CONVERSATION, Op.CHANGE,
                           policy.Subject(person_id=me))
            row = CoachConversation(person_id=me, task=conversation.task,
                                    target_id=conversation.target_id, title=title,
                                    content=content)
            s.add(row)
            s.flush()
            found = (row.id, row.version_id)
    else:
        with db.transaction() as s:
            row = versions.locked(s, CoachConversation, saved_id,
                                  missing=NotFound("ai_saved_conversation_not_found"))
            policy.require(s, actor, Kind.COACH_CONVERSATION, Op.CHANGE, _about(row))
            versions.check(row, expected_version)
            row.title, row.content = title, content
            s.flush()
            found = (row.id, row.version_id)
    return Changes.of(ids=(found[0],), value=found)


def saved_conversations(db: Database, actor: Actor, task: str, target_id: int
                        ) -> list[SavedRow]:
    """My saved conversations about one question or situation, the latest first."""
    me = _me(actor)
    with db.read() as s:
        policy.require(s, actor, Kind.COACH_CONVERSATION, Op.LIST,
                       policy.Subject(person_id=me))
        rows = s.scalars(select(CoachConversation).where(
            CoachConversation.person_id == me, CoachConversation.task == task,
            CoachConversation.target_id == target_id).order_by(
            CoachConversation.updated_at.desc(), CoachConversation.id.desc())).all()
        return [SavedRow(r.id, r.title, r.updated_at, r.version_id) for r in rows]


def open_conversation(db: Database, actor: Actor, saved_id: int) -> Saved:
    """A saved conversation, to read and continue."""
    with db.read() as s:
        row = s.get(CoachConversation, saved_id)
        if row is None:
            raise NotFound("ai_saved_conversation_not_found")
        policy.require(s, actor, Kind.COACH_CONVERSATION, Op.READ, _about(row))
        content, found = row.content, (row.id, row.version_id)
    return Saved(found[0], found[1], Conversation.from_json(content))


def remove_conversation(db: Database, actor: Actor, saved_id: int, *,
                        expected_version: int) -> Changes:
    with db.transaction() as s:
        row = versions.locked(s, CoachConversation, saved_id,
                              missing=NotFound("ai_saved_conversation_not_found"))
        policy.require(s, actor, Kind.COACH_CONVERSATION, Op.CHANGE, _about(row))
        versions.check(row, expected_version)
        s.delete(row)
    return Changes.of(ids=(saved_id,))
