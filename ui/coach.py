"""The AI coach in the UI: one engine per application, generating on its own thread.

Tokens reach the UI thread as queued signals; the UI thread never loads or runs the model.
Only the panel that started a generation hears its tokens.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from app.ai.engine import Engine, Generation, Prompt, ai_available
from models.errors import Conflict, DomainError, Invalid


class Listener(Protocol):
    def coach_state(self, state: str) -> None: ...
    def coach_token(self, text: str) -> None: ...
    def coach_finished(self, result: Generation) -> None: ...
    def coach_failed(self, error: BaseException) -> None: ...


EngineFactory = Callable[[], tuple[str, Engine]]  # (key of the model, engine)


def engine_from_registry() -> tuple[str, Engine]:
    """The active imported model; the engine is built here but loads on first use."""
    from app.ai.engine import LlamaEngine
    from app.ai.registry import ModelRegistry

    if not ai_available():
        raise Invalid("ai_not_installed")
    entry = ModelRegistry().active_entry()
    if entry is None:
        raise Invalid("ai_no_model")
    return entry.sha256, LlamaEngine(entry.path)


class Coach(QObject):
    """Owns the engine and the one generation that may run at a time."""

    _state = Signal(int, str)
    _token = Signal(int, str)
    _done = Signal(int, object)
    _fail = Signal(int, object)

    def __init__(self, factory: EngineFactory | None = None, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self._factory = factory or engine_from_registry
        self._key = ""
        self._engine: Engine | None = None
        self._stop = threading.Event()
        self._run = 0
        self._listener: Listener | None = None
        self.thread: threading.Thread | None = None
        self._state.connect(lambda run, s: self._to(run, "coach_state", s))
        self._token.connect(lambda run, t: self._to(run, "coach_token", t))
        self._done.connect(lambda run, r: self._end(run, "coach_finished", r))
        self._fail.connect(lambda run, e: self._end(run, "coach_failed", e))

    @property
    def busy(self) -> bool:
        return self._listener is not None

    def unavailable(self) -> DomainError | None:
        """Why the coach cannot answer on this machine, or None when it can."""
        if self._factory is not engine_from_registry:
            return None
        if not ai_available():
            return Invalid("ai_not_installed")
        from app.ai.registry import ModelRegistry

        if ModelRegistry().active_entry() is None:
            return Invalid("ai_no_model")
        return None

    def start(self, prompt: Prompt, listener: Listener, max_tokens: int | None = None) -> None:
        if self._listener is not None:
            raise Conflict("ai_busy")
        self._run += 1
        self._listener = listener
        self._stop = threading.Event()
        self.thread = threading.Thread(
            target=self._work, args=(self._run, prompt, max_tokens, self._stop),
            name="regiestoel-ai", daemon=True)
        self.thread.start()

    def stop(self, listener: Listener | None = None) -> None:
        """Ask the generation to end after its current token; the UI does not wait."""
        if listener is None or listener is self._listener:
            self._stop.set()

    def _engine_now(self) -> Engine:
        key, engine = self._factory()
        if self._engine is None or key != self._key:
            self._key, self._engine = key, engine
        return self._engine

    def _work(self, run: int, prompt: Prompt, max_tokens: int | None,
              stop: threading.Event) -> None:
        try:
            engine = self._engine_now()
            if not getattr(engine, "loaded", True):
                self._state.emit(run, "loading")
            engine.load()
            self._state.emit(run, "writing")
            result = engine.generate(prompt, lambda t: self._token.emit(run, t), stop,
                                     max_tokens)
        except BaseException as exc:  # noqa: BLE001 - reported to the panel, never lost
            self._fail.emit(run, exc)
        else:
            self._done.emit(run, result)

    def _to(self, run: int, method: str, value: Any) -> None:
        if run == self._run and _alive(self._listener):
            getattr(self._listener, method)(value)

    def _end(self, run: int, method: str, value: Any) -> None:
        if run != self._run:
            return
        listener, self._listener = self._listener, None
        if _alive(listener):
            getattr(listener, method)(value)


def _alive(listener: Listener | None) -> bool:
    """A panel closed with its screen is gone: its answer is dropped, not delivered."""
    return listener is not None and (not isinstance(listener, QObject) or isValid(listener))


def coach_of(ctx: Any) -> Coach:
    """The application's coach, made on first use (tests put a fake one on the context)."""
    if ctx.coach is None:
        ctx.coach = Coach()
    coach: Coach = ctx.coach
    return coach
