"""Talent development conversations: every half year, prepared by both, signed by both."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, utcnow


class ConversationStatus(enum.StrEnum):
    PLANNED = "planned"  # the half year's conversation exists; preparing may start
    SIGNED = "signed"  # both signed: the record is locked
    CANCELLED = "cancelled"


class Side(enum.StrEnum):
    PROFESSIONAL = "professional"
    MANAGER = "manager"


class Conversation(Base):
    __tablename__ = "conversation"
    __table_args__ = (
        UniqueConstraint("professional_id", "year", "half"),
        CheckConstraint("half IN (1, 2)", name="half_year"),
        CheckConstraint("status IN ('planned', 'signed', 'cancelled')", name="known_status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    professional_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                                 index=True)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"),
                                                   index=True)
    year: Mapped[int] = mapped_column(Integer)
    half: Mapped[int] = mapped_column(Integer)
    window_start: Mapped[date] = mapped_column(Date)
    window_end: Mapped[date] = mapped_column(Date)
    meeting_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    location: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(20), default=ConversationStatus.PLANNED.value)
    summary: Mapped[str] = mapped_column(Text, default="")
    # The professional may let a later manager read this record (off by default).
    readable_by_later_managers: Mapped[bool] = mapped_column(Boolean, default=False)
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ical_uid: Mapped[str] = mapped_column(String(80), default="")
    ical_sequence: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    preparations: Mapped[list[Preparation]] = relationship(cascade="all, delete-orphan")
    signatures: Mapped[list[Signature]] = relationship(cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version_id}


class Preparation(Base):
    """One side's preparation: a draft only its author sees, until published."""

    __tablename__ = "preparation"
    __table_args__ = (
        UniqueConstraint("conversation_id", "side"),
        CheckConstraint("side IN ('professional', 'manager')", name="known_side"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), index=True)
    side: Mapped[str] = mapped_column(String(20))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    content: Mapped[str] = mapped_column(Text, default="{}")  # JSON: field -> text
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Signature(Base):
    __tablename__ = "signature"
    __table_args__ = (
        CheckConstraint("side IN ('professional', 'manager')", name="known_side"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), index=True)
    side: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # A reopened record keeps its old signatures, marked void, for the history.
    void: Mapped[bool] = mapped_column(Boolean, default=False)


class ConversationEvent(Base):
    """What happened to a record: reopened (by whom, why) — kept for the history."""

    __tablename__ = "conversation_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
