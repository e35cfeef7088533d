"""The organisation: one per database, with its learning budget and hours norm."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utcnow


class Organisation(Base):
    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint("yearly_budget_cents >= 0", name="budget_not_negative"),
        CheckConstraint("hours_norm >= 0", name="norm_not_negative"),
        CheckConstraint("idle_lock_minutes >= 1", name="idle_positive"),
        CheckConstraint("culture_threshold >= 3", name="culture_threshold_at_least_3"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Money is exact: integer cents, never floats.
    yearly_budget_cents: Mapped[int] = mapped_column(Integer, default=0)
    # Learning hours in working time per person per year.
    hours_norm: Mapped[int] = mapped_column(Integer, default=40)
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=10)
    default_language: Mapped[str] = mapped_column(String(5), default="nl")
    # Culture scan results show only from this many respondents (a team's from at least 5).
    culture_threshold: Mapped[int] = mapped_column(Integer, default=5, server_default="5")
    # Argon2 hash of the paper recovery code that resets an owner's password.
    recovery_code_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}
