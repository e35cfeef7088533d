"""Words for domain errors, per language, from the catalogues under resources/content/messages."""

from __future__ import annotations

import json
import string
from functools import cache
from typing import Any

from app.paths import resources_dir
from models.errors import DomainError

FALLBACK_LANGUAGE = "en"


@cache
def catalogue(language: str) -> dict[str, str]:
    """All messages of one language: every ``*.json`` in its folder, merged (one per area)."""
    folder = resources_dir() / "content" / "messages" / language
    merged: dict[str, str] = {}
    for path in sorted(folder.glob("*.json")):
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


class _Lenient(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def text(code: str, language: str, /, **params: Any) -> str:
    """The message for ``code``; a missing parameter stays visible instead of crashing."""
    template = catalogue(language).get(code) or catalogue(FALLBACK_LANGUAGE).get(code)
    if template is None:
        template = catalogue(language).get("unknown_error", code)
    return string.Formatter().vformat(template, (), _Lenient(params))


def describe(error: DomainError, language: str) -> str:
    """One plain sentence for an expected problem, in the reader's language."""
    return text(error.code, language, **error.params)


def field_name(field: str, language: str) -> str:
    return catalogue(language).get(f"field.{field}", field)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
