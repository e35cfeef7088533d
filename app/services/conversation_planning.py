"""Who gets a talent conversation in a half year, who does not and why, and creating them."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Conversation, ConversationStatus, Person


class PlanReason(enum.StrEnum):
    """Why a person is or is not in a half year's planning."""

    INCLUDED = "included"
    ALREADY_PLANNED = "already_planned"
    NO_MANAGER = "no_manager"
    MANAGER_ARCHIVED = "manager_archived"
    ARCHIVED = "archived"


@dataclass(frozen=True)
class PlanCandidate:
    person_id: int
    name: str
    manager_name: str  # empty without a manager
    reason: PlanReason

    @property
    def included(self) -> bool:
        return self.reason is PlanReason.INCLUDED


def next_half_year(year: int, half: int) -> tuple[int, int]:
    return (year, 2) if half == 1 else (year + 1, 1)


def candidates(s: Session, year: int, half: int) -> list[PlanCandidate]:
    """Everyone who has a direct manager gets a conversation with that manager, whatever
    their roles: a team lead or manager with a manager of their own is a professional in
    their own development too. Listed: everyone active, and whoever left but had a manager
    (so the owner sees why they are not planned)."""
    planned = set(s.scalars(select(Conversation.professional_id)
                            .where(Conversation.year == year, Conversation.half == half)))
    rows = s.execute(select(Person.id, Person.name, Person.manager_id, Person.archived_at)
                     .order_by(Person.name, Person.id)).all()
    by_id = {pid: (name, archived) for pid, name, _m, archived in rows}
    found: list[PlanCandidate] = []
    for pid, name, manager_id, archived in rows:
        manager_name, manager_archived = by_id.get(manager_id, ("", None)) \
            if manager_id is not None else ("", None)
        if pid in planned:
            reason = PlanReason.ALREADY_PLANNED
        elif archived is not None:
            if manager_id is None:
                continue  # left, and never had a conversation to plan: nothing to explain
            reason = PlanReason.ARCHIVED
        elif manager_id is None:
            reason = PlanReason.NO_MANAGER
        elif manager_archived is not None:
            reason = PlanReason.MANAGER_ARCHIVED
        else:
            reason = PlanReason.INCLUDED
        found.append(PlanCandidate(pid, name, manager_name, reason))
    return found


def plan_missing(s: Session, year: int, half: int, window: tuple[date, date]) -> list[int]:
    """Create the conversations of everyone included; returns their ids (idempotent)."""
    managers = {pid: manager for pid, manager in s.execute(select(Person.id, Person.manager_id))}
    created: list[Conversation] = []
    included = sorted((c for c in candidates(s, year, half) if c.included),
                      key=lambda c: c.person_id)
    for c in included:
        conversation = Conversation(
            professional_id=c.person_id, manager_id=managers[c.person_id], year=year,
            half=half, window_start=window[0], window_end=window[1],
            status=ConversationStatus.PLANNED.value)
        s.add(conversation)
        created.append(conversation)
    s.flush()
    return [c.id for c in created]
