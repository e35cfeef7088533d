"""Conversations with the AI coach that a person saved with their question or situation."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utcnow


class CoachConversation(Base):
    """One saved conversation: only its author reads, continues or removes it.

    ``task`` and ``target_id`` name what it belongs to (``question`` and a development
    question, ``brainstorm`` and a work situation, ...). ``content`` holds the turns as the
    app's own JSON (app/ai/conversation.py), so reopening continues with the same prompt.
    """

    __tablename__ = "coach_conversation"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    task: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200), default="")
    content: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}


Index("ix_coach_conversation_person_target", CoachConversation.person_id,
      CoachConversation.task, CoachConversation.target_id)
