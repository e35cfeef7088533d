"""Who imports, removes or chooses the coach's model: on a shared data folder only the owner,
on a personal copy's laptop its own person. Everyone else sees which model is active."""

from __future__ import annotations

import os
from dataclasses import dataclass

from app.access import Actor
from app.ai.gguf import GGUFInfo
from app.ai.registry import ModelEntry, ModelRegistry, Progress
from models import Role
from models.errors import Forbidden

REFUSAL = "ai_models_owner_only"


@dataclass(frozen=True)
class DataPlace:
    """What the data folder is, as far as the models are concerned."""

    # The person whose personal copy this data folder is; None for a folder (or a database
    # server) that several people use.
    personal_copy_of: int | None = None


SHARED = DataPlace()


def may_manage_models(actor: Actor | None, place: DataPlace = SHARED) -> bool:
    if actor is None:
        return False
    if actor.is_machine_admin:  # regiestoel-admin runs as whoever owns the machine
        return True
    if place.personal_copy_of is not None:
        return actor.person_id == place.personal_copy_of
    return Role.OWNER in actor.roles


class ManagedModels:
    """The machine's models, changed only by whoever may (checked here, not by hiding
    buttons): every change asks ``may_manage_models`` first."""

    def __init__(self, registry: ModelRegistry, actor: Actor | None,
                 place: DataPlace = SHARED) -> None:
        self.registry = registry
        self.actor = actor
        self.place = place

    @property
    def may_manage(self) -> bool:
        return may_manage_models(self.actor, self.place)

    def _require(self) -> None:
        if not self.may_manage:
            raise Forbidden(REFUSAL)

    def import_model(self, source: str | os.PathLike[str], on_progress: Progress | None = None,
                     ) -> tuple[ModelEntry, GGUFInfo]:
        self._require()
        return self.registry.import_model(source, on_progress)

    def set_active(self, sha256: str) -> None:
        self._require()
        self.registry.set_active(sha256)

    def remove(self, sha256: str) -> None:
        self._require()
        self.registry.remove(sha256)
