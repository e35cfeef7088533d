"""The AI coach in the UI: one engine per application, generating on its own thread.

Tokens reach the UI thread through a ``Relay`` (a queue drained by a UI-thread timer); the
UI thread never loads or runs the model. Only the panel that started a generation hears it.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject
from shiboken6 import isValid

from app.ai.conversation import Conversation
from app.ai.engine import Engine, Generation, Prompt, ai_available, not_installed
from models.errors import Conflict, DomainError, Invalid
from ui.relay import Relay


class Listener(Protocol):
    def coach_state(self, state: str) -> None: ...
    def coach_token(self, text: str) -> None: ...
    def coach_finished(self, result: Generation) -> None: ...
    def coach_failed(self, error: BaseException) -> None: ...


# Room kept for an answer when fitting a conversation, for an engine without settings.
ANSWER_ROOM = 512

EngineFactory = Callable[[], tuple[str, Engine]]  # (key of the model, engine)
# A warning when the model (by its key) does not handle Dutch, or None; may probe the engine.
DutchCheck = Callable[[str, Engine], DomainError | None]


def engine_from_registry() -> tuple[str, Engine]:
    """The active imported model; the engine is built here but loads on first use."""
    from app.ai.engine import LlamaEngine
    from app.ai.registry import ModelRegistry

    if not ai_available():
        raise not_installed()
    entry = ModelRegistry().active_entry()
    if entry is None:
        raise Invalid("ai_no_model")
    return entry.sha256, LlamaEngine(entry.path)


def registry_dutch_check(key: str, engine: Engine) -> DomainError | None:
    """For an imported model: the recommended list's languages, or a short probe."""
    from app.ai.dutch import handles_dutch
    from app.ai.registry import ModelRegistry

    registry = ModelRegistry()
    if handles_dutch(registry, key, engine) is False:
        return Invalid("ai_model_no_dutch", name=registry.get(key).name)
    return None


class Coach(QObject):
    """Owns the engine and the one generation that may run at a time."""

    def __init__(self, factory: EngineFactory | None = None, parent: QObject | None = None,
                 *, dutch_check: DutchCheck | None = None) -> None:
        super().__init__(parent)
        self._factory = factory or engine_from_registry
        # Imported models are checked for Dutch; a test's engine only when it says how.
        self._dutch_check = dutch_check or (registry_dutch_check if factory is None else None)
        self._dutch: dict[str, DomainError | None] = {}  # per model key, checked once
        self._key = ""
        self._engine: Engine | None = None
        self._stop = threading.Event()
        self._run = 0
        self._listener: Listener | None = None
        self.worker_thread: threading.Thread | None = None
        self._jobs: queue.SimpleQueue[tuple[int, Prompt | Conversation, int | None,
                                            threading.Event, str]] = queue.SimpleQueue()
        self.relay = Relay(self)

    @property
    def busy(self) -> bool:
        return self._listener is not None

    def unavailable(self) -> DomainError | None:
        """Why the coach cannot answer on this machine, or None when it can."""
        if self._factory is not engine_from_registry:
            return None
        if not ai_available():
            return not_installed()
        from app.ai.registry import ModelRegistry

        if ModelRegistry().active_entry() is None:
            return Invalid("ai_no_model")
        return None

    def start(self, prompt: Prompt | Conversation, listener: Listener,
              max_tokens: int | None = None, language: str = "") -> None:
        """Answer a prompt, or the next turn of a conversation: its prompt is fitted to the
        model's context on the coach's thread (counting tokens needs the model), and the
        listener's ``coach_fitted`` hears which turns were left out. In Dutch (``language``
        "nl") the model is checked for Dutch first, once: ``coach_warning`` hears when it
        does not handle Dutch, and the answer comes all the same."""
        if self._listener is not None:
            raise Conflict("ai_busy")
        self._run += 1
        self._listener = listener
        self._stop = threading.Event()
        self.relay.begin()
        if self.worker_thread is None:
            # One long-lived thread for every answer: llama.cpp's OpenMP threads are set up
            # per calling thread, which costs a new thread some 20 ms before its first token.
            self.worker_thread = threading.Thread(target=self._serve, name="regiestoel-ai",
                                           daemon=True)
            self.worker_thread.start()
        self._jobs.put((self._run, prompt, max_tokens, self._stop, language))

    def _serve(self) -> None:
        while True:
            self._work(*self._jobs.get())

    def stop(self, listener: Listener | None = None) -> None:
        """Ask the generation to end after its current token; the UI does not wait."""
        if listener is None or listener is self._listener:
            self._stop.set()

    def _engine_now(self) -> Engine:
        key, engine = self._factory()
        if self._engine is None or key != self._key:
            self._key, self._engine = key, engine
        return self._engine

    def _work(self, run: int, job: Prompt | Conversation, max_tokens: int | None,
              stop: threading.Event, language: str) -> None:
        post = self.relay.post
        try:
            engine = self._engine_now()
            if not getattr(engine, "loaded", True):
                post(self._to, run, "coach_state", "loading")
            engine.load()
            if language == "nl" and self._dutch_check is not None:
                if self._key not in self._dutch:
                    post(self._to, run, "coach_state", "checking")
                    self._dutch[self._key] = self._dutch_check(self._key, engine)
                warning = self._dutch[self._key]
                if warning is not None:
                    post(self._to, run, "coach_warning", warning)
            if isinstance(job, Conversation):
                settings = getattr(engine, "settings", None)
                room = max_tokens if max_tokens else int(getattr(settings, "max_tokens",
                                                                 ANSWER_ROOM))
                fitted = job.fit(engine.prompt_tokens, engine.context_size(), room)
                post(self._to, run, "coach_fitted", fitted)
                prompt = fitted.prompt
            else:
                prompt = job
            post(self._to, run, "coach_state", "writing")
            result = engine.generate(prompt, lambda t: post(self._to, run, "coach_token", t),
                                     stop, max_tokens)
        except BaseException as exc:  # noqa: BLE001 - reported to the panel, never lost
            post(self._end, run, "coach_failed", exc)
        else:
            post(self._end, run, "coach_finished", result)

    def _to(self, run: int, method: str, value: Any) -> None:
        if run == self._run and _alive(self._listener):
            heard = getattr(self._listener, method, None)
            if heard is not None:  # coach_fitted: only conversations listen for it
                heard(value)

    def _end(self, run: int, method: str, value: Any) -> None:
        self.relay.end()
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
