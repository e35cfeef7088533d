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


class _Missing:
    def __init__(self, key: str) -> None:
        self.key = key


class _LenientFormatter(string.Formatter):
    """A missing parameter stays visible as ``{name}``; a format spec that does not fit the
    value (``{day:%d-%m-%Y}`` given text) falls back to the plain value."""

    def get_value(self, key: int | str, args: Any, kwargs: Any) -> Any:
        return kwargs.get(key, _Missing(str(key)))

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, _Missing):
            return "{" + value.key + "}"
        try:
            return super().format_field(value, format_spec)
        except (ValueError, TypeError):
            return str(value)


_FORMATTER = _LenientFormatter()


def text(code: str, language: str, /, **params: Any) -> str:
    """The message for ``code`` in ``language``, with its parameters filled in."""
    template = catalogue(language).get(code) or catalogue(FALLBACK_LANGUAGE).get(code)
    if template is None:
        template = catalogue(language).get("unknown_error", code)
    return _FORMATTER.vformat(template, (), params)


def describe(error: DomainError, language: str) -> str:
    """One plain sentence for an expected problem, in the reader's language."""
    return text(error.code, language, **error.params)


def field_name(field: str, language: str) -> str:
    return catalogue(language).get(f"field.{field}", field)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
