"""Whether a model fits this machine: an estimate of the memory it needs against what there is."""

from __future__ import annotations

import ctypes
import os
import sys
from dataclasses import dataclass

from app.ai.gguf import GGUFInfo

# llama.cpp's scratch buffers for a batch, plus the library itself: a fixed allowance.
COMPUTE_OVERHEAD = 300 * 1024 * 1024
# Keep this much for the operating system and Regiestoel itself.
HEADROOM = 1024 * 1024 * 1024
KV_BYTES_PER_VALUE = 2  # the key/value cache is stored as f16


@dataclass(frozen=True)
class Memory:
    total: int
    available: int


@dataclass(frozen=True)
class FitEstimate:
    needed: int  # bytes
    weights: int
    kv_cache: int
    total_memory: int
    available_memory: int
    context: int

    @property
    def fits(self) -> bool:
        """Enough free memory now, with room to spare for the rest of the machine."""
        return self.needed + HEADROOM <= self.available_memory

    @property
    def fits_at_all(self) -> bool:
        """Could fit once other programs are closed."""
        return self.needed + HEADROOM <= self.total_memory

    @property
    def verdict(self) -> str:
        return "fits" if self.fits else "tight" if self.fits_at_all else "too_large"


def machine_memory() -> Memory:
    """Physical memory of this machine and how much of it is free to use now."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        class _Status(ctypes.Structure):
            _fields_ = [("dwLength", ctypes.c_ulong), ("dwMemoryLoad", ctypes.c_ulong),
                        ("ullTotalPhys", ctypes.c_ulonglong),
                        ("ullAvailPhys", ctypes.c_ulonglong),
                        ("ullTotalPageFile", ctypes.c_ulonglong),
                        ("ullAvailPageFile", ctypes.c_ulonglong),
                        ("ullTotalVirtual", ctypes.c_ulonglong),
                        ("ullAvailVirtual", ctypes.c_ulonglong),
                        ("ullAvailExtendedVirtual", ctypes.c_ulonglong)]

        status = _Status()
        status.dwLength = ctypes.sizeof(_Status)
        ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status))  # type: ignore[attr-defined]
        return Memory(int(status.ullTotalPhys), int(status.ullAvailPhys))
    page = os.sysconf("SC_PAGE_SIZE")
    total = page * os.sysconf("SC_PHYS_PAGES")
    available = total
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    available = int(line.split()[1]) * 1024
                    break
    except OSError:  # not Linux: macOS has no cheap "available"; the total must do
        pass
    return Memory(total, available)


def kv_cache_bytes(info: GGUFInfo, context: int) -> int:
    """Keys and values for every layer and every position of the context."""
    if not info.head_count or not info.layers:
        return 0
    head_dim = info.embedding_length // info.head_count
    return 2 * info.layers * context * head_dim * info.head_count_kv * KV_BYTES_PER_VALUE


def estimate(info: GGUFInfo, context: int, memory: Memory | None = None) -> FitEstimate:
    """The weights (the file, mapped into memory), the cache for ``context`` and scratch."""
    memory = memory or machine_memory()
    context = min(context, info.context_length) if info.context_length else context
    kv = kv_cache_bytes(info, context)
    return FitEstimate(
        needed=info.file_size + kv + COMPUTE_OVERHEAD, weights=info.file_size, kv_cache=kv,
        total_memory=memory.total, available_memory=memory.available, context=context,
    )
