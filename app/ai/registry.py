"""The models imported on this machine: a copy of each GGUF file, its SHA-256, the active one.

Models are per machine, not per organisation: the list lives next to the local settings
(``ai_models.json``) and the copies in the user's data folder, never in the database.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from app.ai.gguf import GGUFInfo, read_gguf
from app.paths import APP_DIR_NAME, ENV_CONFIG_DIR, config_dir
from models.errors import Conflict, Invalid, NotFound

log = logging.getLogger(__name__)

REGISTRY_FILE = "ai_models.json"
CHUNK = 4 * 1024 * 1024

Progress = Callable[[int, int], None]  # bytes done, bytes in all


def default_models_dir() -> Path:
    env = os.environ.get(ENV_CONFIG_DIR)
    if env:
        return Path(env) / "models"
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)) / "models"


@dataclass(frozen=True)
class ModelEntry:
    sha256: str
    name: str
    path: str
    file_size: int
    imported_at: str
    source: str = ""
    # Whether it handles Dutch ("yes", "no"; "" not checked yet): see app/ai/dutch.py.
    dutch: str = ""


def sha256_of(path: Path, on_progress: Progress | None = None) -> str:
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
            done += len(chunk)
            if on_progress:
                on_progress(done, total)
    return digest.hexdigest()


class ModelRegistry:
    """Reads and writes ``ai_models.json``; every change is saved at once (atomically)."""

    def __init__(self, folder: Path | None = None, models_dir: Path | None = None) -> None:
        self.folder = folder or config_dir()
        self.models_dir = models_dir or default_models_dir()
        self.entries: list[ModelEntry] = []
        self.active: str = ""
        self._load()

    @property
    def file(self) -> Path:
        return self.folder / REGISTRY_FILE

    def _load(self) -> None:
        try:
            raw = json.loads(self.file.read_text(encoding="utf-8"))
            self.entries = [ModelEntry(**e) for e in raw.get("models", [])]
            self.active = str(raw.get("active", ""))
        except FileNotFoundError:
            return
        except (OSError, ValueError, TypeError) as exc:
            # A damaged list must not stop the program; the model files are still there.
            log.warning("ignoring unreadable model list %s: %s", self.file, exc)
            self.entries, self.active = [], ""

    def _save(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.file.with_suffix(".tmp")
        data = {"active": self.active, "models": [asdict(e) for e in self.entries]}
        tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        tmp.replace(self.file)

    def get(self, sha256: str) -> ModelEntry:
        for entry in self.entries:
            if entry.sha256 == sha256:
                return entry
        raise NotFound("ai_model_not_found")

    def active_entry(self) -> ModelEntry | None:
        try:
            entry = self.get(self.active)
        except NotFound:
            return None
        return entry if Path(entry.path).exists() else None

    def set_dutch(self, sha256: str, handles: bool) -> None:
        entry = self.get(sha256)
        self.entries = [replace(e, dutch="yes" if handles else "no") if e is entry else e
                        for e in self.entries]
        self._save()

    def set_active(self, sha256: str) -> None:
        self.get(sha256)
        self.active = sha256
        self._save()

    def import_model(self, source: str | os.PathLike[str], on_progress: Progress | None = None,
                     *, copy: bool = True) -> tuple[ModelEntry, GGUFInfo]:
        """Check the file is a whole GGUF model, then copy it here while hashing it (one
        read, so a USB stick can be removed afterwards). The first model becomes active."""
        src = Path(source)
        info = read_gguf(src)
        if copy:
            self.models_dir.mkdir(parents=True, exist_ok=True)
            part = self.models_dir / (src.name + ".part")
            digest = hashlib.sha256()
            done = 0
            try:
                with src.open("rb") as reader, part.open("wb") as writer:
                    while chunk := reader.read(CHUNK):
                        digest.update(chunk)
                        writer.write(chunk)
                        done += len(chunk)
                        if on_progress:
                            on_progress(done, info.file_size)
            except OSError as exc:
                part.unlink(missing_ok=True)
                raise Invalid("ai_model_copy_failed", detail=exc.strerror or str(exc)) from exc
            sha = digest.hexdigest()
            if any(e.sha256 == sha for e in self.entries):
                part.unlink(missing_ok=True)
                raise Conflict("ai_model_known", name=self.get(sha).name)
            target = self.models_dir / f"{src.stem}-{sha[:8]}.gguf"
            part.replace(target)
        else:
            sha = sha256_of(src, on_progress)
            if any(e.sha256 == sha for e in self.entries):
                raise Conflict("ai_model_known", name=self.get(sha).name)
            target = src.resolve()
        entry = ModelEntry(sha256=sha, name=info.name, path=str(target),
                           file_size=info.file_size,
                           imported_at=datetime.now(UTC).isoformat(timespec="seconds"),
                           source=str(src))
        self.entries.append(entry)
        if not self.active_entry():
            self.active = sha
        self._save()
        return entry, info

    def remove(self, sha256: str) -> None:
        """Forget a model, and delete its copy (never a file outside the models folder)."""
        entry = self.get(sha256)
        self.entries = [e for e in self.entries if e.sha256 != sha256]
        if self.active == sha256:
            self.active = self.entries[0].sha256 if self.entries else ""
        self._save()
        path = Path(entry.path)
        if path.parent.resolve() == self.models_dir.resolve():
            path.unlink(missing_ok=True)
