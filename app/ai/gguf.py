"""Reads a GGUF model file's header and tensor table, without loading the weights."""

from __future__ import annotations

import math
import os
import stat
import struct
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from models.errors import Invalid

MAGIC = b"GGUF"
DEFAULT_ALIGNMENT = 32
# Bounds against a damaged or crafted header: every size and count is checked against what
# is left of the file before anything is read or kept, and what is kept of the metadata
# (everything but the vocabulary) stays under KEEP_BYTES whatever the file's size.
MAX_KEY = 64 * 1024  # a metadata key
MAX_KEPT_STRING = 4 * 1024 * 1024  # a kept value (a chat template is some kilobytes)
MAX_KEPT_ITEMS = 4096  # a kept array (per-layer values); longer ones are only counted
MAX_WALKED_ITEMS = 4_000_000  # strings walked in all arrays (a vocabulary is ~262,000)
MAX_NESTING = 2  # an array of arrays, no deeper
MAX_DIMS = 4  # ggml tensors have at most four dimensions
MAX_ELEMENTS = 1 << 48  # elements in one tensor
KEEP_BYTES = 64 * 1024 * 1024
MAX_FILE = 1 << 40  # a terabyte: more than any model file holds

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


def _corrupt(detail: str) -> Invalid:
    return Invalid("ai_model_corrupt", detail=detail)


class _Reader:
    """Reads the header of a file of ``size`` bytes, refusing any length or count that the
    rest of the file cannot hold, before it reads or keeps anything."""

    def __init__(self, stream: BinaryIO, size: int) -> None:
        self.stream = stream
        self.size = size
        self.kept = 0
        self.walked = 0

    @property
    def left(self) -> int:
        return self.size - self.stream.tell()

    def take(self, size: int) -> bytes:
        if size > self.left:
            raise _Truncated
        data = self.stream.read(size)
        if len(data) != size:
            raise _Truncated
        return data

    def skip(self, size: int) -> None:
        if size > self.left:
            raise _Truncated
        self.stream.seek(size, os.SEEK_CUR)

    def scalar(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]

    def count(self, item_size: int, what: str) -> int:
        """A count of items of at least ``item_size`` bytes each, that must fit the file."""
        n = self.scalar("<Q")
        if n * item_size > self.left:
            # More than any model file holds is damage; otherwise the file was cut short.
            raise _corrupt(what) if n * item_size > MAX_FILE else _Truncated
        return n

    def string(self, keep: bool = True, limit: int = MAX_KEPT_STRING) -> str:
        size = self.count(1, "string length")
        if not keep:
            self.skip(size)
            return ""
        if size > limit:
            raise _corrupt("string length")
        self._keep(size)
        return self.take(size).decode("utf-8", errors="replace")

    def _keep(self, size: int) -> None:
        self.kept += size
        if self.kept > KEEP_BYTES:
            raise _corrupt("metadata size")

    def value(self, kind: int, keep: bool = True, depth: int = 0) -> Any:
        if kind in _SCALARS:
            return self.scalar(_SCALARS[kind])
        if kind == _STRING:
            return self.string(keep)
        if kind == _ARRAY:
            if depth >= MAX_NESTING:
                raise _corrupt("arrays nested too deep")
            item_kind = self.scalar("<I")
            if item_kind in _SCALARS:
                item_size = struct.calcsize(_SCALARS[item_kind])
                n = self.count(item_size, "array length")
                if not keep or n > MAX_KEPT_ITEMS:
                    # Token scores and types: skipped without reading them one by one.
                    self.skip(n * item_size)
                    return n
                self._keep(n * 8)
                return [self.scalar(_SCALARS[item_kind]) for _ in range(n)]
            if item_kind not in (_STRING, _ARRAY):
                raise _corrupt(f"value type {item_kind}")
            # A string is at least its 8-byte length; an array at least type and count.
            n = self.count(8 if item_kind == _STRING else 12, "array length")
            self.walked += n
            if self.walked > MAX_WALKED_ITEMS:
                raise _corrupt("too many metadata values")
            keep_items = keep and n <= MAX_KEPT_ITEMS
            items = [self.value(item_kind, keep_items, depth + 1) for _ in range(n)]
            return items if keep_items else n
        raise _corrupt(f"value type {kind}")


def _tensor_bytes(kind: int, dims: list[int]) -> int | None:
    block = _BLOCKS.get(kind)
    if block is None:
        return None
    elements = math.prod(dims)
    return elements // block[0] * block[1]


def _open_regular(file: Path) -> tuple[BinaryIO, int]:
    """The file opened for reading, if it is a regular file: never a pipe or a device, whose
    reading could wait forever or never end."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(file, flags)
    except FileNotFoundError as exc:
        raise Invalid("ai_model_missing", path=str(file)) from exc
    except OSError as exc:
        raise Invalid("ai_model_unreadable", path=str(file), detail=exc.strerror or "") from exc
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise Invalid("ai_not_gguf", path=file.name)
    return os.fdopen(fd, "rb", buffering=1024 * 1024), info.st_size


def _whole_number(meta: dict[str, Any], key: str, default: int = 0) -> int:
    """A numeric metadata field as a whole number; text, NaN, infinity or a fraction where a
    number belongs means a damaged file."""
    value = meta.get(key, default)
    if isinstance(value, list):  # per-layer values in some architectures
        if not value:
            return default
        value = max(value, key=lambda v: v if isinstance(v, int | float) else 0)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _corrupt(f"{key} is not a number")
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise _corrupt(f"{key} is not a whole number")
        value = int(value)
    if not 0 <= value < 1 << 63:
        raise _corrupt(f"{key} is out of range")
    return value


def _text(meta: dict[str, Any], key: str) -> str:
    value = meta.get(key, "")
    if not isinstance(value, str):
        raise _corrupt(f"{key} is not text")
    return value


def read_gguf(path: str | os.PathLike[str]) -> GGUFInfo:
    """Read the metadata and tensor table; raise ``Invalid`` with a clear code when the file
    is not GGUF, is cut short, or is damaged. Reads at most the header, keeps at most
    KEEP_BYTES of it, and refuses what the file's size cannot hold before reading it."""
    file = Path(path)
    stream, size = _open_regular(file)
    with stream:
        reader = _Reader(stream, size)
        try:
            if stream.read(4) != MAGIC:
                raise Invalid("ai_not_gguf", path=file.name)
            version = reader.scalar("<I")
            if version not in (2, 3):
                raise Invalid("ai_gguf_version", version=version)
            # A tensor's entry is at least 24 bytes; a metadata entry at least 13.
            tensor_count = reader.count(24, "counts")
            kv_count = reader.count(13, "counts")
            meta: dict[str, Any] = {}
            for _ in range(kv_count):
                key = reader.string(limit=MAX_KEY)
                kind = reader.scalar("<I")
                # Vocabularies are big and not needed: only their length is kept.
                meta[key] = reader.value(kind, keep=not key.startswith("tokenizer.ggml."))
            parameters = 0
            data_end = 0
            kinds: Counter[int] = Counter()
            for _ in range(tensor_count):
                reader.string(keep=False)
                n_dims = reader.scalar("<I")
                if n_dims > MAX_DIMS:
                    raise _corrupt("tensor dimensions")
                dims = [reader.scalar("<Q") for _ in range(n_dims)]
                kind = reader.scalar("<I")
                offset = reader.scalar("<Q")
                count = math.prod(dims)
                if count > MAX_ELEMENTS or offset > MAX_FILE:
                    raise _corrupt("tensor size")
                parameters += count
                kinds[kind] += count
                nbytes = _tensor_bytes(kind, dims)
                if nbytes is not None:
                    data_end = max(data_end, offset + nbytes)
            header_end = stream.tell()
        except _Truncated as exc:
            raise Invalid("ai_model_truncated", path=file.name) from exc
        except OSError as exc:
            raise Invalid("ai_model_unreadable", path=str(file),
                          detail=exc.strerror or "") from exc
    alignment = _whole_number(meta, "general.alignment", DEFAULT_ALIGNMENT)
    if alignment == 0 or alignment > 1 << 20 or alignment & (alignment - 1):
        raise _corrupt("general.alignment")
    data_start = -(-header_end // alignment) * alignment
    if data_start + data_end > size:
        raise Invalid("ai_model_truncated", path=file.name)
    arch = _text(meta, "general.architecture")

    def arch_int(key: str) -> int:
        return _whole_number(meta, f"{arch}.{key}")

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
        name=_text(meta, "general.name") or file.stem,
        # The metadata field is optional; the tensor shapes always tell.
        parameters=count if isinstance(count, int) and not isinstance(count, bool)
        and count > 0 else parameters,
        quantisation=quantisation, context_length=arch_int("context_length"),
        layers=arch_int("block_count"), embedding_length=arch_int("embedding_length"),
        head_count=arch_int("attention.head_count"),
        head_count_kv=arch_int("attention.head_count_kv") or arch_int("attention.head_count"),
        chat_template=_text(meta, "tokenizer.chat_template"),
        tensor_count=tensor_count,
    )
