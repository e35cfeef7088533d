"""The session runner's clock with a fake time source: countdown, pause, skipping, signal."""

from __future__ import annotations

from ui.session_clock import SessionClock, format_clock


class Fake:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_the_countdown_runs_only_while_started():
    fake = Fake()
    clock = SessionClock([10, 20, 30], fake)
    assert clock.remaining() == 600
    fake.t += 100
    assert clock.remaining() == 600  # not started yet
    clock.start()
    fake.t += 90
    assert clock.remaining() == 510
    clock.pause()
    fake.t += 500
    assert clock.remaining() == 510
    clock.toggle()
    fake.t += 10
    assert clock.remaining() == 500


def test_moving_between_blocks_keeps_what_each_block_used():
    fake = Fake()
    clock = SessionClock([10, 20], fake)
    clock.start()
    fake.t += 120
    clock.next_block()
    fake.t += 60
    assert clock.remaining() == 20 * 60 - 60
    clock.previous_block()
    assert clock.remaining() == 600 - 120
    assert clock.running
    clock.previous_block()  # stays on the first block
    assert clock.index == 0


def test_the_soft_signal_comes_once_when_a_block_runs_out():
    fake = Fake()
    clock = SessionClock([1, 1], fake)
    clock.start()
    fake.t += 59
    assert not clock.block_just_ended()
    fake.t += 2
    assert clock.block_just_ended()
    assert not clock.block_just_ended()
    assert format_clock(clock.remaining()) == "+0:01"


def test_the_total_remaining_counts_the_blocks_still_to_come():
    fake = Fake()
    clock = SessionClock([10, 20, 30], fake)
    assert clock.total_remaining() == 3600
    clock.start()
    fake.t += 60 * 15  # the first block runs five minutes over
    assert clock.total_remaining() == 50 * 60


def test_clock_text():
    assert format_clock(600) == "10:00"
    assert format_clock(59.2) == "1:00"
    assert format_clock(-42) == "+0:42"

