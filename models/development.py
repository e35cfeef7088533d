"""A professional's development question and their answers to the ten guiding questions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, utcnow


class DevelopmentQuestion(Base):
    __tablename__ = "development_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           index=True)
    text: Mapped[str] = mapped_column(Text)
    # The professional decides whether their manager may read question and answers.
    shared_with_manager: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    answers: Mapped[list[GuidingAnswer]] = relationship(
        cascade="all, delete-orphan", order_by="GuidingAnswer.id"
    )

    __mapper_args__ = {"version_id_col": version_id}


class GuidingAnswer(Base):
    """One saved version of an answer: rows are only added, so the history stays."""

    __tablename__ = "guiding_answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("development_question.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
