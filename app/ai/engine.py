"""The local language model: loaded lazily, one generation at a time, tokens streamed out.

``llama_cpp`` is imported on first use only, never at start-up: it is an optional extra
(``pip install .[ai]``) and a heavy import.

Chat template: a model that carries one in its metadata (``tokenizer.chat_template``) is
prompted through it (llama-cpp-python renders it in a sandbox). A model without one, such as
a base model, gets the documented fallback ``FALLBACK_TEMPLATE``: plain text with headings,
with generation stopped at the next heading.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from app.ai import fit
from app.ai.gguf import GGUFInfo, read_gguf
from models.errors import Conflict, Invalid

FALLBACK_TEMPLATE = "{system}\n\n### Question\n{user}\n\n### Answer\n"
# An earlier exchange of a conversation, in the fallback's plain text: the prompt of the
# next turn then starts with exactly the text the model read and wrote in the turn before.
FALLBACK_EXCHANGE = "### Question\n{user}\n\n### Answer\n{answer}\n\n"
FALLBACK_STOP = ["### Question", "\n### "]
# Room the chat template's own markers take per message, when counting a prompt's tokens.
TEMPLATE_TOKENS_PER_MESSAGE = 8
# Never start a generation with less room than this for the answer.
MIN_ANSWER_TOKENS = 32
_ABORT_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)


def ai_available() -> bool:
    """Whether the optional extra is installed (found without importing it)."""
    return importlib.util.find_spec("llama_cpp") is not None


def not_installed() -> Invalid:
    """Why there is no AI engine, and what to do: from the sources, install the extra; a
    package has no pip inside, so one built without the coach says to install one with it."""
    return Invalid("ai_not_in_package" if getattr(sys, "frozen", False) else "ai_not_installed")


def default_threads() -> int:
    """All cores but one: the UI keeps a core to stay responsive."""
    return max(1, (os.cpu_count() or 2) - 1)


@dataclass
class EngineSettings:
    context: int = 4096
    max_tokens: int = 512
    temperature: float = 0.7
    top_p: float = 0.9
    repeat_penalty: float = 1.1
    threads: int = field(default_factory=default_threads)
    seed: int = -1  # random; tests fix it


@dataclass(frozen=True)
class Prompt:
    """One coaching request: the instructions and the professional's material."""

    system: str
    user: str
    # Lessons learned that were put into the prompt: (id, title), to show after the answer.
    lessons: tuple[tuple[int, str], ...] = ()
    # Earlier turns of a conversation, before ``user``: ("user" | "assistant", text), starting
    # with a user turn and alternating (see app/ai/conversation.py).
    history: tuple[tuple[str, str], ...] = ()

    def messages(self) -> list[dict[str, str]]:
        return [{"role": "system", "content": self.system},
                *({"role": role, "content": text} for role, text in self.history),
                {"role": "user", "content": self.user}]

    def merged_messages(self) -> list[dict[str, str]]:
        """For a chat template without a system role (Gemma): the instructions go in front
        of the first user turn."""
        rest = self.messages()[1:]
        first = rest[0]
        return [{"role": "user", "content": self.system + "\n\n" + first["content"]},
                *rest[1:]]

    def fallback_text(self) -> str:
        pairs = zip(self.history[::2], self.history[1::2], strict=False)
        earlier = "".join(FALLBACK_EXCHANGE.format(user=u, answer=a) for (_r, u), (_q, a)
                          in pairs)
        if not earlier:
            return FALLBACK_TEMPLATE.format(system=self.system, user=self.user)
        return f"{self.system}\n\n{earlier}### Question\n{self.user}\n\n### Answer\n"


@dataclass(frozen=True)
class Generation:
    text: str
    tokens: int
    stopped: bool  # the user pressed Stop
    seconds: float
    first_token_seconds: float | None
    used_template: bool
    # The answer ended because the model's context was full, not because it was done.
    context_full: bool = False
    # Prompt tokens the model had to read; fewer than the prompt's own when the start of
    # the prompt was still in the model's state from the turn before (the prompt cache).
    prompt_tokens_read: int | None = None

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds > 0 else 0.0


OnToken = Callable[[str], None]


class Engine(Protocol):
    """What the UI and the admin commands need of a model; the UI tests use a fake one."""

    def load(self) -> None: ...

    def context_size(self) -> int: ...

    def prompt_tokens(self, prompt: Prompt) -> int: ...

    def generate(self, prompt: Prompt, on_token: OnToken,
                 stop: threading.Event | None = None,
                 max_tokens: int | None = None) -> Generation: ...


class LlamaEngine:
    """llama-cpp-python behind the ``Engine`` protocol."""

    def __init__(self, path: str | os.PathLike[str], settings: EngineSettings | None = None,
                 info: GGUFInfo | None = None) -> None:
        self.path = Path(path)
        self.settings = settings or EngineSettings()
        self.info = info
        self.llama: Any = None
        self._loading = threading.Lock()
        self._busy = threading.Lock()
        self._abort: Any = None  # the ctypes callback, kept alive while llama.cpp holds it
        self._evaluated = 0  # tokens given to the model since the generation began

    @property
    def loaded(self) -> bool:
        return self.llama is not None

    @property
    def has_template(self) -> bool:
        return bool(self.info and self.info.has_chat_template)

    def load(self) -> None:
        """Check the file and the memory first, so a bad file or a too-large model gets a
        clear message instead of a crash; then load (once)."""
        with self._loading:
            if self.llama is not None:
                return
            if not ai_available():
                raise not_installed()
            info = self.info or read_gguf(self.path)
            self.info = info
            estimate = fit.estimate(info, self.settings.context)
            if not estimate.fits_at_all:
                raise Invalid("ai_model_too_large", needed=_gb(estimate.needed),
                              total=_gb(estimate.total_memory))
            context = estimate.context
            import llama_cpp  # heavy and optional: first use only

            try:
                self.llama = llama_cpp.Llama(
                    model_path=str(self.path), n_ctx=context, n_threads=self.settings.threads,
                    n_threads_batch=self.settings.threads, seed=self.settings.seed,
                    verbose=False,
                )
            except (ValueError, RuntimeError, OSError) as exc:
                raise Invalid("ai_model_load_failed", path=self.path.name,
                              detail=str(exc)) from exc
            self._count_evaluations()

    def _count_evaluations(self) -> None:
        """Count what the model reads, per generation: llama-cpp-python keeps the tokens it
        evaluated and reads only what differs from them, so the count shows the prompt
        cache at work (once per batch of tokens, not per token: no cost worth measuring)."""
        evaluate = self.llama.eval

        def counting(tokens: Any) -> Any:
            self._evaluated += len(tokens)
            return evaluate(tokens)

        self.llama.eval = counting

    def context_size(self) -> int:
        self.load()
        return int(self.llama.n_ctx())

    def count_tokens(self, text: str) -> int:
        self.load()
        return len(self.llama.tokenize(text.encode("utf-8"), add_bos=True, special=True))

    def prompt_tokens(self, prompt: Prompt) -> int:
        """The prompt's length in tokens, with the chat template's markers estimated."""
        if self.has_template:
            return sum(self.count_tokens(m["content"]) + TEMPLATE_TOKENS_PER_MESSAGE
                       for m in prompt.messages())
        return self.count_tokens(prompt.fallback_text())

    def _budget(self, prompt: Prompt, max_tokens: int) -> int:
        """Tokens left for the answer; a prompt that leaves too little is refused."""
        used = self.prompt_tokens(prompt)
        room = self.llama.n_ctx() - used
        if room < MIN_ANSWER_TOKENS:
            raise Invalid("ai_prompt_too_long", tokens=used, context=self.llama.n_ctx())
        return min(max_tokens, room)

    def _stream(self, prompt: Prompt, max_tokens: int) -> Iterator[str]:
        s = self.settings
        common = dict(max_tokens=max_tokens, temperature=s.temperature, top_p=s.top_p,
                      repeat_penalty=s.repeat_penalty, stream=True)
        if self.has_template:
            try:
                chunks = self.llama.create_chat_completion(messages=prompt.messages(), **common)
                first = next(chunks, None)
            except Exception:  # noqa: BLE001 - a template without a system role (Gemma)
                chunks = self.llama.create_chat_completion(messages=prompt.merged_messages(),
                                                           **common)
                first = next(chunks, None)
            for chunk in ([first] if first else []):
                yield chunk["choices"][0]["delta"].get("content") or ""
            for chunk in chunks:
                yield chunk["choices"][0]["delta"].get("content") or ""
        else:
            for chunk in self.llama.create_completion(prompt.fallback_text(), stop=FALLBACK_STOP,
                                                      **common):
                yield chunk["choices"][0]["text"] or ""

    def _watch_stop(self, stop: threading.Event | None) -> None:
        """While the prompt is read (seconds for a long prompt on a big model) no token comes
        out to check Stop against: llama.cpp asks this callback between its steps instead.
        Set for the prompt only; per token the loop below checks, without a Python call per
        step of every token."""
        import llama_cpp

        if stop is None:
            llama_cpp.llama_set_abort_callback(self.llama.ctx, llama_cpp.ggml_abort_callback(),
                                               None)
            self._abort = None
            return
        # Declared as returning an int (read as a bool by C: the same register), because a
        # ctypes callback declared as returning c_bool corrupts the reference count of
        # Python's True and False, called as often as this one is.
        callback = _ABORT_CALLBACK(lambda _data: 1 if stop.is_set() else 0)
        llama_cpp.llama_set_abort_callback(
            self.llama.ctx, ctypes.cast(callback, llama_cpp.ggml_abort_callback), None)
        self._abort = callback

    def generate(self, prompt: Prompt, on_token: OnToken, stop: threading.Event | None = None,
                 max_tokens: int | None = None) -> Generation:
        """Stream the answer to ``on_token``; ``stop`` set ends it after the current token."""
        if not self._busy.acquire(blocking=False):
            raise Conflict("ai_busy")
        try:
            self.load()
            wanted = max_tokens or self.settings.max_tokens
            budget = self._budget(prompt, wanted)
            started = time.perf_counter()
            self._evaluated = 0
            read: int | None = None
            first: float | None = None
            parts: list[str] = []
            stopped = False
            stream = self._stream(prompt, budget)
            if stop is not None:
                self._watch_stop(stop)
            try:
                for piece in stream:
                    if first is None and stop is not None:
                        self._watch_stop(None)
                    if stop is not None and stop.is_set():
                        stopped = True
                        break
                    if not piece:
                        continue
                    if first is None:
                        first = time.perf_counter() - started
                        # Evaluated so far: the prompt, and the first token in some versions.
                        read = self._evaluated
                    parts.append(piece)
                    on_token(piece)
            except ValueError as exc:  # llama.cpp's own check of the context window
                raise Invalid("ai_prompt_too_long", tokens=0, context=self.llama.n_ctx()
                              ) from exc
            except RuntimeError:
                if stop is None or not stop.is_set():
                    raise
                stopped = True  # llama_decode was aborted by Stop while reading the prompt
            finally:
                if hasattr(stream, "close"):
                    stream.close()
                if stop is not None:
                    self._watch_stop(None)
            text = "".join(parts)
            # Cut off by the context, not by the person's own limit: say so, not "done".
            full = not stopped and budget < wanted and len(parts) >= budget
            return Generation(text=text, tokens=len(parts), stopped=stopped,
                              seconds=time.perf_counter() - started, first_token_seconds=first,
                              used_template=self.has_template, context_full=full,
                              prompt_tokens_read=read)
        finally:
            self._busy.release()


def _gb(size: int) -> str:
    return f"{size / 1024 ** 3:.1f}"
