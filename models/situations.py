"""Work situations: bottlenecks and challenges from daily work, and their analysis notes."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, utcnow


class SituationKind(enum.StrEnum):
    BOTTLENECK = "bottleneck"
    CHALLENGE = "challenge"


class SituationAim(enum.StrEnum):
    IMPROVE = "improve"
    INNOVATE = "innovate"
    PERFORM = "perform"


class SituationStatus(enum.StrEnum):
    REGISTERED = "registered"
    ANALYSED = "analysed"
    EXPERIMENTING = "experimenting"
    IMPROVED = "improved"
    INNOVATED = "innovated"
    CLOSED = "closed"


class NoteKind(enum.StrEnum):
    QUESTION = "question"  # the analysis starts with open questions only
    OPTION = "option"


class WorkSituation(Base):
    __tablename__ = "work_situation"
    __table_args__ = (
        CheckConstraint("kind IN ('bottleneck', 'challenge')", name="known_kind"),
        CheckConstraint("aim IN ('improve', 'innovate', 'perform')", name="known_aim"),
        CheckConstraint(
            "status IN ('registered', 'analysed', 'experimenting', 'improved', 'innovated', "
            "'closed')",
            name="known_status",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20))
    aim: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default=SituationStatus.REGISTERED.value,
                                        index=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                          index=True)
    development_question_id: Mapped[int | None] = mapped_column(
        ForeignKey("development_question.id", ondelete="SET NULL")
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("learning_group.id", ondelete="SET NULL"), index=True
    )
    experiment: Mapped[str] = mapped_column(Text, default="")
    expected_result: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    notes: Mapped[list[SituationNote]] = relationship(
        cascade="all, delete-orphan", order_by="SituationNote.id"
    )

    __mapper_args__ = {"version_id_col": version_id}


class SituationNote(Base):
    """An open question or an option raised while analysing a situation."""

    __tablename__ = "situation_note"
    __table_args__ = (CheckConstraint("kind IN ('question', 'option')", name="known_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    situation_id: Mapped[int] = mapped_column(
        ForeignKey("work_situation.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SituationCloseRequest(Base):
    """A group member asks the owner to finish their situation: only the owner finishes it.

    One open request per situation; it goes when the owner finishes the situation or says
    not yet.
    """

    __tablename__ = "situation_close_request"
    __table_args__ = (
        CheckConstraint("result IN ('improved', 'innovated', 'closed')", name="known_result"),
    )

    situation_id: Mapped[int] = mapped_column(
        ForeignKey("work_situation.id", ondelete="CASCADE"), primary_key=True)
    requested_by: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True)
    result: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
