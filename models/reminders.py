"""Reminder claims: a reminder is claimed here before it is sent, so it is sent once."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utcnow


class ReminderClaim(Base):
    """One reminder to one person (or, for a culture scan round, to everyone at once).

    Unique per person, kind, item and due date: the laptop whose INSERT wins sends it, so
    several laptops on one server never send it twice. A culture round is claimed once per
    round with no person, so no row says who has answered. The Message-ID is chosen when
    claimed, so a resend after a crash carries the same one and mail programs show one.
    """

    __tablename__ = "reminder_claim"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    item_id: Mapped[int] = mapped_column(Integer, default=0)
    due_on: Mapped[date] = mapped_column(Date)
    message_id: Mapped[str] = mapped_column(String(200))
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_by: Mapped[str] = mapped_column(String(120), default="")
    # Set just before the SMTP transaction starts, cleared when it is known to have failed:
    # still set on the next run means the program stopped mid-send (outcome unknown).
    sending_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resent_after_crash: Mapped[bool] = mapped_column(default=False)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_try_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


# COALESCE: the everyone-claim (no person) is unique too; NULLs would all count as different.
Index("uq_reminder_claim_once", func.coalesce(ReminderClaim.person_id, 0), ReminderClaim.kind,
      ReminderClaim.item_id, ReminderClaim.due_on, unique=True)
