"""Who may import, remove or choose the coach's model: the owner on a shared data folder, the
person on their own personal copy; the rule holds in app/, whatever a screen shows."""

from __future__ import annotations

import pytest

from app.access import Actor
from app.ai.model_rights import DataPlace, ManagedModels, may_manage_models
from app.ai.registry import ModelRegistry
from models.errors import Forbidden
from tests.ai.gguf_files import write_gguf


@pytest.fixture
def registry(tmp_path):
    return ModelRegistry(tmp_path / "config", tmp_path / "models")


def test_on_a_shared_folder_only_the_owner_changes_the_models(tmp_path, registry, owner,
                                                               add_person):
    colleague = add_person("Bert")
    theirs = ManagedModels(registry, colleague)
    with pytest.raises(Forbidden, match="ai_models_owner_only"):
        theirs.import_model(write_gguf(tmp_path / "tiny.gguf"))
    assert registry.entries == [] and not (tmp_path / "models").exists()
    entry, _info = ManagedModels(registry, owner).import_model(tmp_path / "tiny.gguf")
    second, _ = ManagedModels(registry, owner).import_model(
        write_gguf(tmp_path / "other.gguf", {"general.name": "Other"}))
    for change in (lambda: theirs.set_active(second.sha256),
                   lambda: theirs.remove(entry.sha256)):
        with pytest.raises(Forbidden):
            change()
    # Everyone sees which model is active; it did not change.
    assert ModelRegistry(registry.folder, registry.models_dir).active == entry.sha256
    assert len(registry.entries) == 2


def test_on_a_personal_copy_its_person_manages_the_models(add_person, owner):
    anna = add_person("Anna")
    mine = DataPlace(personal_copy_of=anna.person_id)
    assert may_manage_models(anna, mine)
    assert not may_manage_models(owner, mine)
    assert not may_manage_models(anna)
    assert may_manage_models(Actor.machine_admin())
    assert not may_manage_models(None)
