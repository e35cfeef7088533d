"""The marker beside a personal copy: a small JSON file that says what the folder holds.

Without it an encrypted file is indistinguishable from random bytes, so the program would
call it damaged or foreign. It holds no name and nothing the person wrote: the kind, the
copy's id, the person's id, the format and the key derivation's salt and parameters.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.personal_copy.keys import KdfParams
from models.errors import StorageError

MARKER_FILE = "personal-copy.json"
COPY_FILE = "personal-copy.sqlcipher"
KIND = "personal-copy"
FORMAT = 1


@dataclass(frozen=True)
class Marker:
    copy_id: str
    person_id: int
    kdf: KdfParams
    salt: bytes
    # A hash of the key (not of the password): tells a wrong password from a damaged copy
    # without opening the file. It costs an attacker no less than the file itself does: each
    # guess still needs Argon2id first.
    verifier: str
    # During a re-key: the new salt and verifier, written before the file is re-keyed, so a
    # program that stops half-way still opens the copy with one of the two passwords.
    pending_salt: bytes | None = None
    pending_verifier: str | None = None
    format: int = FORMAT

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": KIND, "format": self.format, "copy_id": self.copy_id,
            "person_id": self.person_id, "kdf": self.kdf.to_json(),
            "salt": _b64(self.salt), "verifier": self.verifier,
        }
        if self.pending_salt is not None:
            data["pending_salt"] = _b64(self.pending_salt)
            data["pending_verifier"] = self.pending_verifier
        return data

    @classmethod
    def from_json(cls, data: Any, path: Path) -> Marker:
        if not isinstance(data, dict) or data.get("kind") != KIND:
            raise StorageError("personal_copy_marker_unreadable", path=str(path))
        if data.get("format") != FORMAT:
            raise StorageError("personal_copy_other_version", path=str(path))
        try:
            pending = data.get("pending_salt")
            return cls(
                copy_id=_text(data["copy_id"]), person_id=_id(data["person_id"]),
                kdf=KdfParams.from_json(data["kdf"]), salt=_unb64(data["salt"]),
                verifier=_text(data["verifier"]),
                pending_salt=_unb64(pending) if pending is not None else None,
                pending_verifier=_text(data["pending_verifier"]) if pending is not None
                else None)
        except (KeyError, TypeError, ValueError) as exc:
            raise StorageError("personal_copy_marker_unreadable", path=str(path)) from exc

    def with_pending(self, salt: bytes, verifier: str) -> Marker:
        return replace(self, pending_salt=salt, pending_verifier=verifier)

    def settled(self, salt: bytes, verifier: str) -> Marker:
        return replace(self, salt=salt, verifier=verifier, pending_salt=None,
                       pending_verifier=None)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: Any) -> bytes:
    raw = base64.b64decode(_text(text), validate=True)
    if not 16 <= len(raw) <= 64:
        raise ValueError("a salt of 16 to 64 bytes")
    return raw


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value or len(value) > 200:
        raise ValueError("a short text")
    return value


def _id(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value < 2**63:
        raise ValueError("a record id")
    return value


def marker_path(folder: Path) -> Path:
    return folder / MARKER_FILE


def copy_path(folder: Path) -> Path:
    return folder / COPY_FILE


def holds_copy(folder: Path) -> bool:
    """Whether a data folder holds a personal copy (its marker is there)."""
    try:
        return marker_path(folder).is_file()
    except OSError:
        return False  # a folder we may not look into: whoever opens it next says so


def read_marker(folder: Path) -> Marker:
    path = marker_path(folder)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise StorageError("personal_copy_missing", path=str(folder)) from exc
    except OSError as exc:
        raise StorageError("database_unreadable", detail=exc.strerror or str(exc)) from exc
    if len(raw) > 64_000:
        raise StorageError("personal_copy_marker_unreadable", path=str(path))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise StorageError("personal_copy_marker_unreadable", path=str(path)) from exc
    return Marker.from_json(data, path)


def write_marker(folder: Path, marker: Marker) -> None:
    """Replace the marker in one step: it is whole, old or new, whatever happens."""
    path = marker_path(folder)
    fd, name = tempfile.mkstemp(dir=folder, prefix=".marker-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(marker.to_json(), fh, indent=2, sort_keys=True)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
