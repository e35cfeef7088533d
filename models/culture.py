"""The learning culture scan: rounds, who answered, and what was answered as counts only.

Anonymity by construction: ``CultureParticipation`` (who) and ``CultureTally`` (what) share
nothing but the round. A tally holds counts per (segment, statement, answer), never a row
per answer and never a time; all its rows are created when the round opens, so neither row
order nor row ids say who answered what. The segment is the answerer's team only in rounds
opened for some teams (NULL otherwise), so team results need no link to the person.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utcnow

DONT_KNOW = 0

# A round for some teams; no rows means the round is for everyone.
culture_round_team = Table(
    "culture_round_team",
    Base.metadata,
    Column("round_id", ForeignKey("culture_round.id", ondelete="CASCADE"), primary_key=True),
    Column("team_id", ForeignKey("team.id", ondelete="CASCADE"), primary_key=True),
)


class CultureRound(Base):
    __tablename__ = "culture_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closes_on: Mapped[date] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CultureParticipation(Base):
    """That a person answered a round: no time, no answers, no segment."""

    __tablename__ = "culture_participation"

    round_id: Mapped[int] = mapped_column(
        ForeignKey("culture_round.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )


class CultureTally(Base):
    """How many in a segment of a round gave one answer to one statement (0 = don't know)."""

    __tablename__ = "culture_tally"
    __table_args__ = (
        UniqueConstraint("round_id", "team_id", "statement_key", "answer",
                         name="uq_culture_tally_cell"),
        CheckConstraint("answer BETWEEN 0 AND 5", name="answer_range"),
        CheckConstraint("count >= 0", name="count_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("culture_round.id", ondelete="CASCADE"), index=True
    )
    # The answerer's team, only in rounds opened for some teams.
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"))
    statement_key: Mapped[str] = mapped_column(String(60))
    answer: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer, default=0)


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
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
