"""The learning culture scan's content per language: ten characteristics of a learning
culture with three statements each, the follow-up question, and the privacy statement's text
(resources/content/culture)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from app.paths import resources_dir

FOLDER = ("content", "culture")


@dataclass(frozen=True)
class Statement:
    key: str
    text: str


@dataclass(frozen=True)
class Characteristic:
    key: str
    title: str
    statements: tuple[Statement, ...]
    short: str = ""  # a word or two, for the points of a radar chart


@cache
def characteristics(language: str) -> tuple[Characteristic, ...]:
    """The ten characteristics with three statements each, from resources/content/culture."""
    folder = resources_dir().joinpath(*FOLDER)
    path = folder / f"{language}.json"
    if not path.exists():
        path = folder / "nl.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        Characteristic(
            key=c["key"],
            title=c["title"],
            statements=tuple(Statement(key=s["key"], text=s["text"]) for s in c["statements"]),
            short=c.get("short") or c["title"],
        )
        for c in data
    )


def characteristic_keys() -> tuple[str, ...]:
    return tuple(c.key for c in characteristics("nl"))


def statement_keys() -> tuple[str, ...]:
    return tuple(s.key for c in characteristics("nl") for s in c.statements)


@cache
def _followup_texts(language: str) -> dict[str, str]:
    folder = resources_dir().joinpath(*FOLDER)
    path = folder / f"followup.{language}.json"
    if not path.exists():
        path = folder / "followup.nl.json"
    data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return data


def followup_question(language: str) -> str:
    """The one question a month after a round: did the actions help?"""
    return _followup_texts(language)["question"]


def privacy_text(language: str) -> str:
    """The privacy statement with its {threshold} and {team_threshold} still to fill in."""
    folder = resources_dir().joinpath(*FOLDER)
    path = folder / f"privacy.{language}.txt"
    if not path.exists():
        path = folder / "privacy.nl.txt"
    return path.read_text(encoding="utf-8").strip()
