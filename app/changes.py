"""The record every mutating service returns: which areas changed, so views refresh."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Area(enum.StrEnum):
    ORGANISATION = "organisation"
    PEOPLE = "people"
    TEAMS = "teams"
    ACCOUNTS = "accounts"
    AUDIT = "audit"
    LESSONS = "lessons"
    DEVELOPMENT = "development"
    SITUATIONS = "situations"
    GROUPS = "groups"
    CYCLES = "cycles"
    SESSIONS = "sessions"
    ACTIONS = "actions"
    HOURS = "hours"
    CULTURE = "culture"
    CONVERSATIONS = "conversations"
    BUDGET = "budget"


@dataclass(frozen=True)
class Changes:
    areas: frozenset[Area]
    ids: tuple[int, ...] = ()
    value: Any = field(default=None, compare=False)

    @classmethod
    def of(cls, *areas: Area, ids: tuple[int, ...] = (), value: Any = None) -> Changes:
        return cls(frozenset(areas), ids, value)

    def touches(self, *areas: Area) -> bool:
        return bool(self.areas.intersection(areas))
