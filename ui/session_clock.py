"""The session runner's clock: timed blocks, pause and skip, driven by any time source.

Pure Python (no Qt), so tests drive it with a fake clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class SessionClock:
    """Counts down the current block; ``now`` gives seconds (``time.monotonic`` by default)."""

    block_minutes: list[int]
    now: Callable[[], float]
    index: int = 0
    running: bool = False
    _spent: list[float] = field(default_factory=list)
    _since: float | None = None
    _signalled: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._spent = [0.0 for _ in self.block_minutes]

    # --- state ---------------------------------------------------------------------------

    def _live(self) -> float:
        if self.running and self._since is not None:
            return self.now() - self._since
        return 0.0

    def spent(self, index: int | None = None) -> float:
        i = self.index if index is None else index
        return self._spent[i] + (self._live() if i == self.index else 0.0)

    def remaining(self) -> float:
        """Seconds left in the current block; negative when it runs over."""
        return self.block_minutes[self.index] * 60 - self.spent()

    def total_remaining(self) -> float:
        later = sum(m * 60 for m in self.block_minutes[self.index + 1:])
        return max(self.remaining(), 0.0) + later

    @property
    def is_last(self) -> bool:
        return self.index == len(self.block_minutes) - 1

    # --- control -------------------------------------------------------------------------

    def start(self) -> None:
        if not self.running:
            self.running = True
            self._since = self.now()

    def pause(self) -> None:
        if self.running:
            self._spent[self.index] += self._live()
            self.running = False
            self._since = None

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def go_to(self, index: int) -> None:
        index = max(0, min(index, len(self.block_minutes) - 1))
        if index == self.index:
            return
        was_running = self.running
        self.pause()
        self.index = index
        if was_running:
            self.start()

    def next_block(self) -> None:
        self.go_to(self.index + 1)

    def previous_block(self) -> None:
        self.go_to(self.index - 1)

    def block_just_ended(self) -> bool:
        """True once per block, at the moment its time is up (for the soft signal)."""
        if self.remaining() <= 0 and self.index not in self._signalled:
            self._signalled.add(self.index)
            return True
        return False


def format_clock(seconds: float) -> str:
    """``12:05``; over time shows as ``+0:42``."""
    over = seconds < 0
    whole = int(abs(seconds) + (0 if over else 0.999))
    minutes, secs = divmod(whole, 60)
    return f"{'+' if over else ''}{minutes}:{secs:02d}"
