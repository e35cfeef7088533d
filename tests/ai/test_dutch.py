"""Whether a model handles Dutch: the recommended list's languages, or a short probe, and the
verdict remembered with the model."""

from __future__ import annotations

import pytest

from app.ai.dutch import handles_dutch, listed_languages, looks_dutch
from app.ai.registry import ModelRegistry
from tests.ai.fake_engine import FakeEngine
from tests.ai.gguf_files import write_gguf


@pytest.fixture
def registry(tmp_path):
    return ModelRegistry(tmp_path / "config", tmp_path / "models")


def test_a_dutch_answer_is_told_from_an_english_one():
    assert looks_dutch("Samen leren op het werk is goed, omdat je van elkaar leert en "
                       "nieuwe ideeën krijgt.")
    assert not looks_dutch("Learning together at work is good because you learn from each "
                           "other and get new ideas.")
    assert not looks_dutch("")
    assert not looks_dutch("Samen leren.")  # too little to tell


def test_a_recommended_model_is_judged_by_its_listed_languages(tmp_path, registry):
    qwen, _ = registry.import_model(write_gguf(tmp_path / "qwen2.5-1.5b-instruct-q4_k_m.gguf"))
    llama, _ = registry.import_model(write_gguf(
        tmp_path / "Llama-3.2-3B-Instruct-Q4_K_M.gguf", {"general.name": "Llama 3.2"}))
    assert "nl" in listed_languages(qwen)
    assert "nl" not in listed_languages(llama)
    never = FakeEngine(tokens=["should not be asked"])
    assert handles_dutch(registry, qwen.sha256, never) is True
    assert handles_dutch(registry, llama.sha256, never) is False
    assert never.prompts == []  # the list said it: no probe
    again = ModelRegistry(registry.folder, registry.models_dir)
    assert [e.dutch for e in again.entries] == ["yes", "no"]  # remembered


@pytest.mark.parametrize(("answer", "verdict"), [
    ("Samen leren is goed omdat je van elkaar leert en het werk beter wordt.", True),
    ("Learning together is good because you learn from each other at work.", False)])
def test_an_unknown_model_is_probed_once_and_the_verdict_kept(tmp_path, registry, answer,
                                                              verdict):
    entry, _ = registry.import_model(write_gguf(tmp_path / "my-own-model.gguf"))
    assert listed_languages(entry) is None
    engine = FakeEngine(tokens=[answer], delay=0)
    assert handles_dutch(registry, entry.sha256, engine) is verdict
    assert "Nederlands" in engine.prompts[0].system
    assert handles_dutch(registry, entry.sha256, engine) is verdict
    assert len(engine.prompts) == 1  # asked once, then remembered


def test_the_small_english_test_model_is_found_not_to_handle_dutch(tmp_path, registry,
                                                                   smollm2):
    entry, _ = registry.import_model(smollm2.path, copy=False)
    assert handles_dutch(registry, entry.sha256, smollm2) is False


def test_a_model_that_only_echoes_the_dutch_instructions_does_not_pass(tmp_path, registry):
    entry, _ = registry.import_model(write_gguf(tmp_path / "parrot.gguf"))
    parrot = FakeEngine(tokens=["Je bent een behulpzame assistent. Je antwoordt altijd in "
                                "het Nederlands."], delay=0)
    assert handles_dutch(registry, entry.sha256, parrot) is False
