"""The learning culture scan: rounds, who answered, and what was answered as counts only.

Anonymity by construction, also in a copy of the database files:

- ``CultureParticipation`` (who) is one row per round and part holding the sorted ids of
  those who answered; ``CultureTally`` (what) is one row per round, part and segment holding
  the counts as a fixed-length block of numbers. Both rows exist from the moment the round
  opens, so an answer inserts nothing: no row order, row id or time says who came when.
- A tally block never changes size, so SQLite overwrites it in place (no cell moves inside
  its page), and the service rewrites every block of the round on each answer and at the
  close, so PostgreSQL's ``xmin`` of each row says only when the last answer came.
- The segment is the answerer's team only in rounds opened for some teams (NULL otherwise),
  so team results need no link to the person.

A round has two parts: the scan itself (30 statements) and, a month after the round, one
follow-up question on whether the actions agreed after it helped.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utcnow

DONT_KNOW = 0
ANSWERS = (DONT_KNOW, 1, 2, 3, 4, 5)
SCAN = "scan"
FOLLOW_UP = "followup"
PARTS = (SCAN, FOLLOW_UP)
# The follow-up asks one question; its counts are laid out like one statement's.
FOLLOW_UP_KEY = "followup"

# A count or a person id in a block: four bytes, big-endian, whatever its value.
_WORD = struct.Struct(">I")

# A round for some teams; no rows means the round is for everyone.
culture_round_team = Table(
    "culture_round_team",
    Base.metadata,
    Column("round_id", ForeignKey("culture_round.id", ondelete="CASCADE"), primary_key=True),
    Column("team_id", ForeignKey("team.id", ondelete="CASCADE"), primary_key=True),
)


class CultureRound(Base):
    __tablename__ = "culture_round"
    __table_args__ = (CheckConstraint("threshold >= 3", name="threshold_at_least_3"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closes_on: Mapped[date] = mapped_column(Date)
    # 00:00 Europe/Amsterdam after the closing day: compared with the database's clock.
    closes_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # When the round was closed for good (by hand, or the first look after closes_at).
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The organisation's threshold when the round opened: what its respondents were told.
    # A later lowering never applies to it; a raise does.
    threshold: Mapped[int] = mapped_column(Integer, default=5)
    # The statement keys the scan's counts are laid out by (the content when it opened).
    layout: Mapped[str] = mapped_column(Text)
    # The follow-up question's window, set when the round closes; NULL: none is asked.
    followup_opens_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    followup_closes_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    followup_closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(self.layout.split(","))


class CultureParticipation(Base):
    """Who answered a part of a round: their ids, sorted; no time, no answers, no segment."""

    __tablename__ = "culture_participation"
    __table_args__ = (CheckConstraint("part IN ('scan', 'followup')", name="known_part"),)

    round_id: Mapped[int] = mapped_column(
        ForeignKey("culture_round.id", ondelete="CASCADE"), primary_key=True
    )
    part: Mapped[str] = mapped_column(String(10), primary_key=True)
    people: Mapped[bytes] = mapped_column(LargeBinary, default=b"")


class CultureTally(Base):
    """How often each answer was given to each statement of a part, in one segment: a block
    of counts, statement by statement in the round's layout, answers 0 (don't know) to 5."""

    __tablename__ = "culture_tally"
    __table_args__ = (
        UniqueConstraint("round_id", "part", "team_id", name="uq_culture_tally_segment"),
        CheckConstraint("part IN ('scan', 'followup')", name="known_part"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("culture_round.id", ondelete="CASCADE"), index=True
    )
    part: Mapped[str] = mapped_column(String(10))
    # The answerer's team, only in rounds opened for some teams.
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"))
    counts: Mapped[bytes] = mapped_column(LargeBinary)


class CultureFocus(Base):
    """A characteristic the team chose to work on after a round's results."""

    __tablename__ = "culture_focus"

    round_id: Mapped[int] = mapped_column(
        ForeignKey("culture_round.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(60), primary_key=True)


class CultureAction(Base):
    """An action for a focus characteristic, looked at again with the next round."""

    __tablename__ = "culture_action"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'done', 'dropped')", name="known_status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("culture_round.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(300))
    # Who sees to it, and by when: both required for new actions (older ones may lack them).
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")


# --- the blocks ------------------------------------------------------------------------------

def cells(keys: Sequence[str]) -> list[tuple[str, int]]:
    """The (statement, answer) of each count in a block laid out by ``keys``."""
    return [(key, answer) for key in keys for answer in ANSWERS]


def pack_counts(keys: Sequence[str], counts: dict[tuple[str, int], int]) -> bytes:
    return b"".join(_WORD.pack(counts.get(cell, 0)) for cell in cells(keys))


def unpack_counts(keys: Sequence[str], block: bytes) -> dict[tuple[str, int], int]:
    layout = cells(keys)
    if len(block) != len(layout) * _WORD.size:
        raise ValueError(f"a block of {len(block)} bytes does not hold {len(layout)} counts")
    return {cell: _WORD.unpack_from(block, i * _WORD.size)[0] for i, cell in enumerate(layout)}


def pack_people(ids: Iterable[int]) -> bytes:
    # Sorted: the block says who answered, never in which order.
    return b"".join(_WORD.pack(i) for i in sorted(set(ids)))


def unpack_people(block: bytes) -> tuple[int, ...]:
    return tuple(_WORD.unpack_from(block, i)[0] for i in range(0, len(block), _WORD.size))
