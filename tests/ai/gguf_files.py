"""Writes small synthetic GGUF files for the tests (header, metadata, tensors, data)."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

F32, Q4_0 = 0, 2


def _string(value: str) -> bytes:
    raw = value.encode("utf-8")
    return struct.pack("<Q", len(raw)) + raw


def _value(value: Any) -> tuple[int, bytes]:
    if isinstance(value, bool):
        return 7, struct.pack("<?", value)
    if isinstance(value, int):
        return 4, struct.pack("<I", value)
    if isinstance(value, float):
        return 6, struct.pack("<f", value)
    if isinstance(value, str):
        return 8, _string(value)
    if isinstance(value, list):
        kind = 8 if value and isinstance(value[0], str) else 6
        body = b"".join(_value(v)[1] for v in value)
        return 9, struct.pack("<IQ", kind, len(value)) + body
    raise TypeError(value)


def write_gguf(path: Path, meta: dict[str, Any] | None = None,
               tensors: list[tuple[str, list[int], int]] | None = None,
               version: int = 3) -> Path:
    """Tensors as (name, dims, ggml type); their data is zeros, aligned to 32 bytes."""
    meta = {"general.architecture": "llama", "general.name": "Tiny test model",
            "llama.context_length": 2048, "llama.block_count": 2,
            "llama.embedding_length": 64, "llama.attention.head_count": 4,
            **(meta or {})}
    tensors = tensors if tensors is not None else [("token_embd.weight", [64, 100], F32),
                                                   ("blk.0.attn_q.weight", [64, 64], Q4_0)]
    head = b"GGUF" + struct.pack("<IQQ", version, len(tensors), len(meta))
    for key, value in meta.items():
        kind, body = _value(value)
        head += _string(key) + struct.pack("<I", kind) + body
    offset = 0
    sizes = []
    for name, dims, kind in tensors:
        count = 1
        for d in dims:
            count *= d
        size = count * 4 if kind == F32 else count // 32 * 18
        head += _string(name) + struct.pack("<I", len(dims))
        head += b"".join(struct.pack("<Q", d) for d in dims)
        head += struct.pack("<IQ", kind, offset)
        sizes.append(size)
        offset += -(-size // 32) * 32
    head += b"\0" * (-len(head) % 32)
    path.write_bytes(head + b"\0" * offset)
    return path
