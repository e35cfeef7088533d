"""Whether a model handles Dutch: from the recommended list's languages, or by a short probe.

Checked once per model when the interface is Dutch, and remembered in the model list
(``ModelEntry.dutch``), so the probe's few seconds are spent only the first time.
"""

from __future__ import annotations

import json
import re
import threading
from functools import cache
from pathlib import Path
from typing import Any

from app.ai.engine import Engine, Prompt
from app.ai.registry import ModelEntry, ModelRegistry
from app.paths import resources_dir
from models.errors import NotFound

YES, NO = "yes", "no"
PROBE = Prompt(
    system="Je bent een behulpzame assistent. Je antwoordt altijd in het Nederlands.",
    user="Leg in twee zinnen uit waarom het goed is om samen met collega's te leren op het "
         "werk.")
PROBE_TOKENS = 48
# Common words of one language that are rare in the other ("in", "is", "we" are in both).
_DUTCH_TEXT = """
de het een en van dat op te je niet met voor zijn er ook wat als bij om naar door wordt kan
ze die dit maar hoe meer omdat samen werk leren collega's jij jouw elkaar kunnen hebben
worden goed zo veel nieuwe andere
"""
_ENGLISH_TEXT = """
the and of to that it for with you are this be on as can by they not or what more because
work learning colleagues together each other have will your their from new
"""
_DUTCH = frozenset(_DUTCH_TEXT.split())
_ENGLISH = frozenset(_ENGLISH_TEXT.split())
_WORD = re.compile(r"[a-zà-ÿ']+")
MIN_DUTCH_WORDS = 4


def looks_dutch(text: str) -> bool:
    """A rough verdict on a model's answer: clearly more Dutch words than English ones."""
    words = _WORD.findall(text.lower())
    dutch = sum(w in _DUTCH for w in words)
    english = sum(w in _ENGLISH for w in words)
    return dutch >= MIN_DUTCH_WORDS and dutch > 2 * english


@cache
def _recommended() -> tuple[dict[str, Any], ...]:
    data = json.loads((resources_dir() / "ai" / "recommended_models.json")
                      .read_text(encoding="utf-8"))
    return tuple(data["models"])


def listed_languages(entry: ModelEntry) -> list[str] | None:
    """The languages the recommended list gives for this model, found by its file name
    (the copy is named ``<original>-<hash>.gguf``) or its name; None when not listed."""
    names = {Path(entry.source).name.lower(), entry.name.lower()} - {""}
    for model in _recommended():
        stem = Path(str(model["file"])).stem.lower()
        if Path(str(model["file"])).name.lower() in names or str(model["name"]).lower() in \
                names or Path(entry.path).stem.lower().startswith(stem + "-"):
            return [str(language) for language in model["languages"]]
    return None


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def _own_words(answer: str, prompt: Prompt) -> str:
    """The answer without the sentences it repeats from the prompt: a small model that only
    echoes the Dutch instructions has not written any Dutch itself."""
    said = " ".join((prompt.system + " " + prompt.user).lower().split())
    kept = [m.group(0) for m in _SENTENCE.finditer(answer)
            if " ".join(m.group(0).lower().split()).strip() not in said]
    return " ".join(kept)


def probe(engine: Engine, stop: threading.Event | None = None) -> bool:
    """Ask the model a short question in Dutch and read whether it answers in Dutch."""
    answer = engine.generate(PROBE, lambda _t: None, stop, PROBE_TOKENS)
    return looks_dutch(_own_words(answer.text, PROBE))


def handles_dutch(registry: ModelRegistry, sha256: str, engine: Engine) -> bool | None:
    """Whether the imported model handles Dutch: remembered, listed, or probed (and then
    remembered). None for a model that is not in the list of imported models."""
    try:
        entry = registry.get(sha256)
    except NotFound:
        return None
    if entry.dutch in (YES, NO):
        return entry.dutch == YES
    languages = listed_languages(entry)
    verdict = "nl" in languages if languages is not None else probe(engine)
    registry.set_dutch(sha256, verdict)
    return verdict
