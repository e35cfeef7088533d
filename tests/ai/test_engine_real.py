"""The engine on two small real models: loading, streaming, stopping, both template paths,
prompts with retrieved lessons, no network, and bad model files."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from app.ai.engine import FALLBACK_TEMPLATE, EngineSettings, LlamaEngine, Prompt
from app.ai.gguf import read_gguf
from app.ai.tasks import TaskRequest
from models.errors import Conflict, Invalid

pytest.importorskip("llama_cpp")

SHORT = Prompt(system="You are a helpful coach.", user="Name one way to learn at work.")


def _collect(engine, prompt=SHORT, **kw):
    pieces: list[str] = []
    result = engine.generate(prompt, pieces.append, threading.Event(), **kw)
    return pieces, result


def test_the_test_models_are_what_the_two_template_paths_need(smollm2_path, gemma_path):
    chat, base = read_gguf(smollm2_path), read_gguf(gemma_path)
    assert chat.has_chat_template and chat.quantisation == "Q4_1"
    assert not base.has_chat_template and base.quantisation == "Q4_K_M"
    assert chat.architecture == "llama" and base.architecture.startswith("gemma3")
    assert 100e6 < chat.parameters < 200e6 and 200e6 < base.parameters < 400e6


def test_a_chat_model_streams_through_its_own_template(smollm2):
    pieces, result = _collect(smollm2, max_tokens=16)
    assert result.used_template
    assert len(pieces) >= 2 and "".join(pieces) == result.text
    assert 0 < result.tokens <= 16
    assert result.first_token_seconds is not None


def test_a_base_model_without_a_template_gets_the_documented_fallback(gemma):
    assert not gemma.has_template
    pieces, result = _collect(gemma, max_tokens=12)
    assert not result.used_template and result.text == "".join(pieces)
    assert SHORT.fallback_text() == FALLBACK_TEMPLATE.format(system=SHORT.system,
                                                             user=SHORT.user)
    assert "### Question" not in result.text  # generation stops at the next heading


def test_stop_ends_generation_within_200_ms(smollm2):
    stop = threading.Event()
    seen = threading.Event()
    stopped_at: list[float] = []

    def on_token(_piece: str) -> None:
        if not seen.is_set():
            seen.set()

    outcome: list = []
    worker = threading.Thread(target=lambda: outcome.append(smollm2.generate(
        Prompt("You write long stories.", "Tell a very long story about bread."), on_token,
        stop, max_tokens=400)))
    worker.start()
    assert seen.wait(30)
    stopped_at.append(time.perf_counter())
    stop.set()
    worker.join(5)
    ended = time.perf_counter()
    assert not worker.is_alive()
    assert outcome[0].stopped
    assert ended - stopped_at[0] < 0.2


def test_stop_while_a_long_prompt_is_read_ends_within_200_ms(smollm2):
    long = Prompt("You are a coach.", "brood en ovens " * 400)
    stop = threading.Event()
    outcome: list = []
    smollm2.llama.reset()  # no cached prefix: the whole prompt must be read
    worker = threading.Thread(target=lambda: outcome.append(smollm2.generate(
        long, lambda _p: None, stop, max_tokens=50)))
    worker.start()
    time.sleep(0.05)
    stop.set()
    asked = time.perf_counter()
    worker.join(5)
    assert time.perf_counter() - asked < 0.2
    assert outcome[0].stopped
    _pieces, result = _collect(smollm2, max_tokens=4)  # and the next answer is whole
    assert result.tokens > 0 and not result.stopped


def test_one_generation_at_a_time(smollm2):
    stop = threading.Event()
    started = threading.Event()
    worker = threading.Thread(target=lambda: smollm2.generate(
        SHORT, lambda _p: started.set(), stop, max_tokens=200))
    worker.start()
    assert started.wait(30)
    with pytest.raises(Conflict, match="ai_busy"):
        smollm2.generate(SHORT, lambda _p: None)
    stop.set()
    worker.join(5)


def test_a_prompt_longer_than_the_context_is_refused_clearly(smollm2):
    huge = Prompt("Coach.", "brood " * 5000)
    with pytest.raises(Invalid, match="ai_prompt_too_long"):
        smollm2.generate(huge, lambda _p: None)
    _pieces, result = _collect(smollm2, max_tokens=4)  # and the engine still works
    assert result.tokens > 0


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to reach the network fails the test loudly."""
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.mark.parametrize("task", ["question", "brainstorm", "actions", "prepare"])
def test_every_coaching_task_runs_on_the_real_model_without_any_network(
        db, coach_data, smollm2, no_network, task):
    target = {"question": coach_data.question_id, "brainstorm": coach_data.situation_id,
              "actions": coach_data.session_id, "prepare": coach_data.pro.person_id}[task]
    prompt = TaskRequest(task, target, "en").build(db, coach_data.pro)
    pieces, result = _collect(smollm2, prompt, max_tokens=12)
    assert result.tokens > 0 and "".join(pieces) == result.text
    if task == "brainstorm":
        assert {i for i, _t in prompt.lessons} == set(coach_data.relevant_lessons)
        assert "[L1]" in prompt.user
    assert no_network == []


def test_a_truncated_real_model_is_refused_before_loading(smollm2_path, tmp_path):
    cut = tmp_path / "half.gguf"
    with smollm2_path.open("rb") as src, cut.open("wb") as dst:
        dst.write(src.read(smollm2_path.stat().st_size // 2))
    with pytest.raises(Invalid, match="ai_model_truncated"):
        LlamaEngine(cut).load()


def test_a_model_too_large_for_the_machine_is_refused_with_its_size(smollm2_path,
                                                                      monkeypatch):
    from app.ai import fit

    monkeypatch.setattr(fit, "machine_memory", lambda: fit.Memory(256 * 1024 ** 2,
                                                                  128 * 1024 ** 2))
    with pytest.raises(Invalid) as caught:
        LlamaEngine(smollm2_path, EngineSettings(context=512)).load()
    assert caught.value.code == "ai_model_too_large"
    assert caught.value.params["total"] == "0.2"
