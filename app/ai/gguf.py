"""Reads a GGUF model file's header and tensor table, without loading the weights."""

from __future__ import annotations

import math
import os
import struct
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from models.errors import Invalid

MAGIC = b"GGUF"
DEFAULT_ALIGNMENT = 32
# Guards against a damaged header asking us to read gigabytes of "metadata".
MAX_STRING = 64 * 1024 * 1024
MAX_ITEMS = 1 << 32

# Value types of GGUF metadata, and the struct format of each fixed-size one.
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
            10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9

# ggml tensor types: (elements per block, bytes per block), to know where the data must end.
_BLOCKS = {
    0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24), 8: (32, 34),
    9: (32, 36), 10: (256, 84), 11: (256, 110), 12: (256, 144), 13: (256, 176),
    14: (256, 210), 15: (256, 292), 16: (256, 66), 17: (256, 74), 18: (256, 98),
    19: (256, 50), 20: (32, 18), 21: (256, 110), 22: (256, 82), 23: (256, 136), 24: (1, 1),
    25: (1, 2), 26: (1, 4), 27: (1, 8), 28: (1, 8), 29: (256, 56), 30: (1, 2),
    34: (256, 54), 35: (256, 66),
}
_TENSOR_TYPE_NAMES = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 6: "Q5_0", 7: "Q5_1", 8: "Q8_0", 9: "Q8_1",
    10: "Q2_K", 11: "Q3_K", 12: "Q4_K", 13: "Q5_K", 14: "Q6_K", 15: "Q8_K", 16: "IQ2_XXS",
    17: "IQ2_XS", 18: "IQ3_XXS", 19: "IQ1_S", 20: "IQ4_NL", 21: "IQ3_S", 22: "IQ2_S",
    23: "IQ4_XS", 24: "I8", 25: "I16", 26: "I32", 27: "I64", 28: "F64", 29: "IQ1_M",
    30: "BF16", 34: "TQ1_0", 35: "TQ2_0",
}
# general.file_type: how the model as a whole was quantised (llama.cpp's LLAMA_FTYPE_*).
_FILE_TYPE_NAMES = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K",
    11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S",
    17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS",
    23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S",
    29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0", 37: "TQ2_0",
}


@dataclass(frozen=True)
class GGUFInfo:
    """What Regiestoel needs to know about a model before it loads it."""

    path: Path
    file_size: int
    version: int
    architecture: str
    name: str
    parameters: int
    quantisation: str
    context_length: int
    layers: int
    embedding_length: int
    head_count: int
    head_count_kv: int
    chat_template: str
    tensor_count: int

    @property
    def has_chat_template(self) -> bool:
        return bool(self.chat_template.strip())


class _Truncated(Exception):
    pass


class _Reader:
    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def take(self, size: int) -> bytes:
        data = self.stream.read(size)
        if len(data) != size:
            raise _Truncated
        return data

    def scalar(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]

    def string(self) -> str:
        size = self.scalar("<Q")
        if size > MAX_STRING:
            raise Invalid("ai_model_corrupt", detail="string length")
        return self.take(size).decode("utf-8", errors="replace")

    def value(self, kind: int, keep: bool = True) -> Any:
        if kind in _SCALARS:
            return self.scalar(_SCALARS[kind])
        if kind == _STRING:
            return self.string()
        if kind == _ARRAY:
            item_kind = self.scalar("<I")
            count = self.scalar("<Q")
            if count > MAX_ITEMS:
                raise Invalid("ai_model_corrupt", detail="array length")
            if item_kind in _SCALARS and not keep:
                # Token scores and types: skip them without reading them one by one.
                self.stream.seek(count * struct.calcsize(_SCALARS[item_kind]), os.SEEK_CUR)
                return count
            items = [self.value(item_kind, keep) for _ in range(count)]
            return items if keep else count
        raise Invalid("ai_model_corrupt", detail=f"value type {kind}")


def _tensor_bytes(kind: int, dims: list[int]) -> int | None:
    block = _BLOCKS.get(kind)
    if block is None:
        return None
    elements = math.prod(dims)
    return elements // block[0] * block[1]


def read_gguf(path: str | os.PathLike[str]) -> GGUFInfo:
    """Read the metadata and tensor table; raise ``Invalid`` with a clear code when the file
    is not GGUF, is cut short, or is damaged."""
    file = Path(path)
    try:
        size = file.stat().st_size
        stream = file.open("rb", buffering=1024 * 1024)
    except FileNotFoundError as exc:
        raise Invalid("ai_model_missing", path=str(file)) from exc
    except OSError as exc:
        raise Invalid("ai_model_unreadable", path=str(file), detail=exc.strerror or "") from exc
    with stream:
        reader = _Reader(stream)
        try:
            if stream.read(4) != MAGIC:
                raise Invalid("ai_not_gguf", path=file.name)
            version = reader.scalar("<I")
            if version not in (2, 3):
                raise Invalid("ai_gguf_version", version=version)
            tensor_count = reader.scalar("<Q")
            kv_count = reader.scalar("<Q")
            if tensor_count > MAX_ITEMS or kv_count > MAX_ITEMS:
                raise Invalid("ai_model_corrupt", detail="counts")
            meta: dict[str, Any] = {}
            for _ in range(kv_count):
                key = reader.string()
                kind = reader.scalar("<I")
                # Vocabularies are big and not needed: only their length is kept.
                meta[key] = reader.value(kind, keep=not key.startswith("tokenizer.ggml."))
            parameters = 0
            data_end = 0
            kinds: Counter[int] = Counter()
            for _ in range(tensor_count):
                reader.string()
                n_dims = reader.scalar("<I")
                if n_dims > 8:
                    raise Invalid("ai_model_corrupt", detail="tensor dimensions")
                dims = [reader.scalar("<Q") for _ in range(n_dims)]
                kind = reader.scalar("<I")
                offset = reader.scalar("<Q")
                count = math.prod(dims)
                parameters += count
                kinds[kind] += count
                nbytes = _tensor_bytes(kind, dims)
                if nbytes is not None:
                    data_end = max(data_end, offset + nbytes)
            header_end = stream.tell()
        except _Truncated as exc:
            raise Invalid("ai_model_truncated", path=file.name) from exc
    alignment = int(meta.get("general.alignment", DEFAULT_ALIGNMENT)) or DEFAULT_ALIGNMENT
    data_start = -(-header_end // alignment) * alignment
    if data_start + data_end > size:
        raise Invalid("ai_model_truncated", path=file.name)
    arch = str(meta.get("general.architecture", ""))

    def arch_int(key: str) -> int:
        value = meta.get(f"{arch}.{key}", 0)
        if isinstance(value, list):  # per-layer values in some architectures
            value = max(value) if value else 0
        return int(value)

    file_type = meta.get("general.file_type")
    if isinstance(file_type, int) and file_type in _FILE_TYPE_NAMES:
        quantisation = _FILE_TYPE_NAMES[file_type]
    elif kinds:
        quantisation = _TENSOR_TYPE_NAMES.get(kinds.most_common(1)[0][0], "?")
    else:
        quantisation = "?"
    count = meta.get("general.parameter_count")
    return GGUFInfo(
        path=file, file_size=size, version=version, architecture=arch,
        name=str(meta.get("general.name", "")) or file.stem,
        # The metadata field is optional; the tensor shapes always tell.
        parameters=int(count) if isinstance(count, int) and count > 0 else parameters,
        quantisation=quantisation, context_length=arch_int("context_length"),
        layers=arch_int("block_count"), embedding_length=arch_int("embedding_length"),
        head_count=arch_int("attention.head_count"),
        head_count_kv=arch_int("attention.head_count_kv") or arch_int("attention.head_count"),
        chat_template=str(meta.get("tokenizer.chat_template", "")),
        tensor_count=tensor_count,
    )
