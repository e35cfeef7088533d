"""The key of a personal copy: derived from the person's password with Argon2id."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Any

KEY_BYTES = 32  # SQLCipher's raw key: AES-256
SALT_BYTES = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's costs, kept in the marker so a later program can raise them for new copies
    and still open the old ones."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 1

    def to_json(self) -> dict[str, Any]:
        return {"name": "argon2id", "time_cost": self.time_cost, "memory_kib": self.memory_kib,
                "parallelism": self.parallelism}

    @classmethod
    def from_json(cls, data: Any) -> KdfParams:
        if not isinstance(data, dict) or data.get("name") != "argon2id":
            raise ValueError("not argon2id")
        params = cls(time_cost=data["time_cost"], memory_kib=data["memory_kib"],
                     parallelism=data["parallelism"])
        # A marker asks for no more than a laptop can give (a tampered one could ask for
        # terabytes), and for no less than a copy was ever made with.
        for value, low, high in ((params.time_cost, 1, 20), (params.memory_kib, 8 * 1024,
                                 2 * 1024 * 1024), (params.parallelism, 1, 16)):
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise ValueError("argon2id parameters out of range")
        return params


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def derive_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=params.time_cost,
                           memory_cost=params.memory_kib, parallelism=params.parallelism,
                           hash_len=KEY_BYTES, type=Type.ID)


def verifier(key: bytes) -> str:
    """A one-way check value of the key (never the key itself)."""
    return hmac.new(key, b"regiestoel personal copy key check", hashlib.sha256).hexdigest()


def key_matches(key: bytes, expected: str) -> bool:
    return hmac.compare_digest(verifier(key), expected)


def sqlcipher_key(key: bytes) -> str:
    """The PRAGMA value for a raw key: SQLCipher uses it as it is, with no second KDF."""
    return f"\"x'{key.hex()}'\""
