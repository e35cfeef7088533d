"""Formal learning: requests for a learning intervention, and the learning budget per year."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utcnow


class InterventionKind(enum.StrEnum):
    COURSE = "course"
    TRAINING = "training"
    ELEARNING = "elearning"
    COACHING = "coaching"
    CONFERENCE = "conference"
    THEORY = "theory"


class RequestStatus(enum.StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    DECLINED = "declined"
    PLANNED = "planned"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class LearningRequest(Base):
    """A professional's request for formal learning, from asking to evaluation."""

    __tablename__ = "learning_request"
    __table_args__ = (
        CheckConstraint("cost_cents >= 0", name="cost_not_negative"),
        CheckConstraint("actual_cost_cents IS NULL OR actual_cost_cents >= 0",
                        name="actual_not_negative"),
        CheckConstraint("minutes >= 0", name="minutes_not_negative"),
        CheckConstraint(
            "kind IN ('course', 'training', 'elearning', 'coaching', 'conference', 'theory')",
            name="known_kind"),
        CheckConstraint(
            "status IN ('requested', 'approved', 'declined', 'planned', 'completed', "
            "'cancelled')", name="known_status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           index=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    provider: Mapped[str] = mapped_column(String(200), default="")
    link: Mapped[str] = mapped_column(String(500), default="")
    # Money is exact: integer cents.
    cost_cents: Mapped[int] = mapped_column(Integer, default=0)
    actual_cost_cents: Mapped[int | None] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    in_working_time: Mapped[bool] = mapped_column(Boolean, default=True)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    # The budget year it is paid from (the start date's year, or the year it was asked).
    budget_year: Mapped[int] = mapped_column(Integer, index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    development_question_id: Mapped[int | None] = mapped_column(
        ForeignKey("development_question.id", ondelete="SET NULL"))
    situation_id: Mapped[int | None] = mapped_column(
        ForeignKey("work_situation.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default=RequestStatus.REQUESTED.value,
                                        index=True)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    # Why an approval beyond the budget was given anyway.
    over_budget_reason: Mapped[str] = mapped_column(Text, default="")
    learned: Mapped[str] = mapped_column(Text, default="")
    applied_situation_id: Mapped[int | None] = mapped_column(
        ForeignKey("work_situation.id", ondelete="SET NULL"))
    applied_note: Mapped[str] = mapped_column(Text, default="")
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}


class BudgetYear(Base):
    """The organisation's learning budget for one year (default: the organisation's setting)."""

    __tablename__ = "budget_year"
    __table_args__ = (CheckConstraint("amount_cents >= 0", name="amount_not_negative"),)

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount_cents: Mapped[int] = mapped_column(Integer)


class PersonBudget(Base):
    """An optional individual budget of one person for one year."""

    __tablename__ = "person_budget"
    __table_args__ = (CheckConstraint("amount_cents >= 0", name="amount_not_negative"),)

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
