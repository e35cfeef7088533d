"""Imported models: a copy with its SHA-256, the active choice, removal; per machine."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.ai.registry import ModelRegistry
from models.errors import Conflict, Invalid
from tests.ai.gguf_files import write_gguf


@pytest.fixture
def registry(tmp_path):
    return ModelRegistry(tmp_path / "config", tmp_path / "models")


def test_an_imported_model_is_copied_hashed_and_becomes_active(tmp_path, registry):
    (tmp_path / "usb").mkdir()
    source = write_gguf(tmp_path / "usb" / "tiny.gguf")
    seen: list[tuple[int, int]] = []
    entry, info = registry.import_model(source, lambda done, total: seen.append((done, total)))
    assert entry.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert Path(entry.path).parent == tmp_path / "models"
    assert seen[-1] == (info.file_size, info.file_size)
    source.unlink()  # the USB stick is gone: the copy is what counts
    again = ModelRegistry(tmp_path / "config", tmp_path / "models")
    assert again.active == entry.sha256
    assert again.active_entry() is not None


def test_the_same_model_twice_is_refused_and_leaves_no_half_copy(tmp_path, registry):
    source = write_gguf(tmp_path / "tiny.gguf")
    registry.import_model(source)
    with pytest.raises(Conflict, match="ai_model_known"):
        registry.import_model(source)
    assert [p.name for p in (tmp_path / "models").iterdir()] == [
        f"tiny-{registry.entries[0].sha256[:8]}.gguf"]


def test_a_file_that_is_not_a_model_changes_nothing(tmp_path, registry):
    bad = tmp_path / "photo.gguf"
    bad.write_bytes(b"\x89PNG not a model")
    with pytest.raises(Invalid, match="ai_not_gguf"):
        registry.import_model(bad)
    assert registry.entries == [] and not (tmp_path / "config" / "ai_models.json").exists()


def test_choosing_and_removing_models(tmp_path, registry):
    first, _ = registry.import_model(write_gguf(tmp_path / "a.gguf"))
    second, _ = registry.import_model(write_gguf(tmp_path / "b.gguf", {"general.name": "B"}))
    assert registry.active == first.sha256
    registry.set_active(second.sha256)
    registry.remove(second.sha256)
    assert registry.active == first.sha256
    assert not Path(second.path).exists()
    registry.remove(first.sha256)
    assert registry.active == "" and registry.active_entry() is None


def test_a_model_kept_in_place_is_never_deleted_on_removal(tmp_path, registry):
    source = write_gguf(tmp_path / "mine.gguf")
    entry, _ = registry.import_model(source, copy=False)
    registry.remove(entry.sha256)
    assert source.exists()


def test_a_damaged_model_list_does_not_stop_the_program(tmp_path):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "ai_models.json").write_text("{not json")
    assert ModelRegistry(tmp_path / "config", tmp_path / "models").entries == []


def test_the_recommended_models_are_data_with_name_size_languages_and_licence():
    from app.paths import resources_dir

    data = json.loads((resources_dir() / "ai" / "recommended_models.json").read_text())
    assert data["models"]
    for model in data["models"]:
        assert {"name", "size_mb", "languages", "licence"} <= model.keys()
