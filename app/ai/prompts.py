"""Prompt templates per coaching task and language, read from resources/prompts/{language}/."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from app.messages import FALLBACK_LANGUAGE
from app.paths import resources_dir

TASKS = ("question", "brainstorm", "actions", "prepare")


@dataclass(frozen=True)
class Template:
    system: str
    user: str

    def fill(self, **values: str) -> tuple[str, str]:
        # Values are inserted once; braces inside the professional's own text stay as typed.
        return self.system.format_map(values), self.user.format_map(values)


@cache
def template(task: str, language: str) -> Template:
    if task not in TASKS:
        raise KeyError(task)
    folder = resources_dir() / "prompts"
    path = folder / language / f"{task}.json"
    if not path.exists():
        path = folder / FALLBACK_LANGUAGE / f"{task}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return Template(system=str(data["system"]), user=str(data["user"]))
