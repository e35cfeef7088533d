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


class SignKind(enum.StrEnum):
    AGREED = "agreed"  # I agree with the record
    SEEN = "seen"  # I have seen the record, with a remark that becomes part of it


class VoidReason(enum.StrEnum):
    """Why a signature no longer counts: it stays in the history with its reason."""

    EDITED = "edited"  # the record changed after it was signed
    REOPENED = "reopened"  # the locked record was reopened
    MANAGER_REPLACED = "manager_replaced"
    CORRECTION = "correction"  # the signer asked for a correction after all


class CorrectionPart(enum.StrEnum):
    SUMMARY = "summary"
    AGREEMENT = "agreement"


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
    corrections: Mapped[list[CorrectionRequest]] = relationship(
        cascade="all, delete-orphan", order_by="CorrectionRequest.id")

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
    # Its author may edit it on two laptops: checked on save, like every editable record.
    version_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version_id}


class Signature(Base):
    __tablename__ = "signature"
    __table_args__ = (
        CheckConstraint("side IN ('professional', 'manager')", name="known_side"),
        CheckConstraint("kind IN ('agreed', 'seen')", name="known_kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), index=True)
    side: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(20), default=SignKind.AGREED.value,
                                      server_default=SignKind.AGREED.value)
    # "Seen, with a remark": the remark is part of the record.
    remark: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The record's version the signer saw, and its version right after this signature:
    # the other side, signing at the same moment from the same version, still signs what
    # this signer signed (older signatures have neither).
    signed_version: Mapped[int | None] = mapped_column(Integer)
    version_after: Mapped[int | None] = mapped_column(Integer)
    # A signature that no longer counts stays, marked void, for the history: when, by whom
    # (the person whose change took it back) and why.
    void: Mapped[bool] = mapped_column(Boolean, default=False)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    void_reason: Mapped[str] = mapped_column(String(20), default="", server_default="")


class CorrectionRequest(Base):
    """One side asks for a correction of the summary or an agreement instead of signing.

    Not a signature: it reopens editing for both, and stays open until its author signs."""

    __tablename__ = "correction_request"
    __table_args__ = (
        CheckConstraint("side IN ('professional', 'manager')", name="known_side"),
        CheckConstraint("part IN ('summary', 'agreement')", name="known_part"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), index=True)
    side: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    part: Mapped[str] = mapped_column(String(20))
    agreement_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="SET NULL"))
    # The agreement's title when asked, so the request still reads after it was removed.
    agreement_title: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


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
