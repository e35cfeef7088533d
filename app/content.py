"""The product's content per language: the ten guiding questions and the session agendas."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.paths import resources_dir
from models.errors import Invalid

SESSION_MINUTES = 60
BLOCK_KINDS = ("checkin", "situation", "aim", "questions", "options", "experiment", "review",
               "lesson", "actions", "checkout")


@dataclass(frozen=True)
class GuidingQuestion:
    key: str
    title: str
    prompt: str


@dataclass(frozen=True)
class AgendaBlock:
    key: str
    title: str
    minutes: int
    prompt: str


@dataclass(frozen=True)
class DayAgenda:
    day: int
    theme: str
    blocks: tuple[AgendaBlock, ...]

    @property
    def total_minutes(self) -> int:
        return sum(b.minutes for b in self.blocks)


def _load(kind: str, language: str) -> Any:
    path = resources_dir() / "content" / kind / f"{language}.json"
    if not path.exists():
        path = resources_dir() / "content" / kind / "nl.json"
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def guiding_questions(language: str) -> tuple[GuidingQuestion, ...]:
    return tuple(GuidingQuestion(**q) for q in _load("guiding_questions", language))


GUIDING_KEYS = tuple(q.key for q in guiding_questions("nl"))


def agendas_from_data(data: list[dict[str, Any]]) -> tuple[DayAgenda, ...]:
    return tuple(
        DayAgenda(
            day=int(d["day"]),
            theme=str(d.get("theme", "")),
            blocks=tuple(AgendaBlock(str(b["key"]), str(b["title"]), int(b["minutes"]),
                                     str(b.get("prompt", ""))) for b in d["blocks"]),
        )
        for d in data
    )


@cache
def default_agendas(language: str) -> tuple[DayAgenda, ...]:
    return agendas_from_data(_load("agendas", language))


def agendas_to_data(agendas: tuple[DayAgenda, ...]) -> list[dict[str, Any]]:
    return [
        {"day": a.day, "theme": a.theme,
         "blocks": [{"key": b.key, "title": b.title, "minutes": b.minutes, "prompt": b.prompt}
                    for b in a.blocks]}
        for a in agendas
    ]


def check_agendas(agendas: tuple[DayAgenda, ...]) -> None:
    """Four days; every block named, with a known kind and minutes; each day exactly an hour."""
    if sorted(a.day for a in agendas) != [1, 2, 3, 4]:
        raise Invalid("agenda_four_days")
    for a in agendas:
        if not a.blocks:
            raise Invalid("agenda_day_empty", day=a.day)
        for position, b in enumerate(a.blocks, start=1):
            if not b.title.strip():
                raise Invalid("agenda_block_empty", day=a.day, position=position)
            if b.key not in BLOCK_KINDS:
                raise Invalid("agenda_block_kind", day=a.day, position=position)
            if b.minutes < 1:
                raise Invalid("agenda_block_minutes", day=a.day, position=position)
        if a.total_minutes != SESSION_MINUTES:
            raise Invalid("agenda_not_an_hour", day=a.day, total=a.total_minutes)
