"""Desktop notifications: each person's choices, and what was already shown to them."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Date, ForeignKey, Integer, String, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utcnow


class NotificationSetting(Base):
    """A person's choices for desktop notifications: which topics are off, and quiet hours.

    No row: every topic on, no quiet hours. Its own row (not columns of ``person``), so
    saving one's notifications never conflicts with the owner editing that person."""

    __tablename__ = "notification_setting"
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    # Topic codes switched off, comma-separated: a topic added later is on by default.
    topics_off: Mapped[str] = mapped_column(String(200), default="")
    quiet_from: Mapped[time | None] = mapped_column(Time)
    quiet_until: Mapped[time | None] = mapped_column(Time)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}


class NotificationShown(Base):
    """A due item shown to a person as a desktop notification, so it is shown once (also
    after a restart). Kind, item and due date only, like a reminder: never content."""

    __tablename__ = "notification_shown"
    __table_args__ = (UniqueConstraint("person_id", "kind", "item_id", "due_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    item_id: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date)
    shown_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
