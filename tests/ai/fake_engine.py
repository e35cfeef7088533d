"""A fake engine for fast UI tests: the same protocol, canned tokens, a short pause each."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

from app.ai.engine import EngineSettings, Generation, OnToken, Prompt


class FakeEngine:
    def __init__(self, tokens: Sequence[str] = ("- Call ", "the food bank\n", "- Plan ",
                                                "ovens per hour\n"),
                 delay: float = 0.01, load_seconds: float = 0.05, context: int = 4096,
                 max_tokens: int = 64) -> None:
        self.tokens = list(tokens)
        self.context = context
        self.settings = EngineSettings(context=context, max_tokens=max_tokens)
        self.delay = delay
        self.load_seconds = load_seconds
        self.loaded = False
        self.prompts: list[Prompt] = []
        self.started = threading.Event()

    def load(self) -> None:
        if not self.loaded:
            time.sleep(self.load_seconds)
            self.loaded = True

    def context_size(self) -> int:
        return self.context

    def prompt_tokens(self, prompt: Prompt) -> int:
        """A word is a token here: enough to fill a small context in a test."""
        return sum(len(m["content"].split()) for m in prompt.messages())

    def generate(self, prompt: Prompt, on_token: OnToken, stop: threading.Event | None = None,
                 max_tokens: int | None = None) -> Generation:
        self.prompts.append(prompt)
        self.started.set()
        begun = time.perf_counter()
        sent: list[str] = []
        for token in self.tokens:
            if stop is not None and stop.is_set():
                break
            on_token(token)
            sent.append(token)
            time.sleep(self.delay)
        stopped = bool(stop is not None and stop.is_set())
        return Generation("".join(sent), len(sent), stopped, time.perf_counter() - begun,
                          0.0, True)
