"""Vital week cycles: four sessions of one hour on consecutive working days, and their rooms.

A single session may be moved (a sick day, a room taken) to another working day in the same
or the next week; the cycle then shows its sessions in the order they are held.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, utcnow


class CycleStatus(enum.StrEnum):
    PLANNED = "planned"
    CANCELLED = "cancelled"


class SessionStatus(enum.StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    DONE = "done"


class Room(Base):
    __tablename__ = "room"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class ClosingDay(Base):
    """A day the organisation is closed (besides weekends and public holidays)."""

    __tablename__ = "closing_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    description: Mapped[str] = mapped_column(String(120), default="")


class Cycle(Base):
    __tablename__ = "cycle"
    __table_args__ = (
        CheckConstraint("status IN ('planned', 'cancelled')", name="known_status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("learning_group.id", ondelete="CASCADE"),
                                          index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id", ondelete="SET NULL"))
    start_time: Mapped[time] = mapped_column(Time)
    status: Mapped[str] = mapped_column(String(20), default=CycleStatus.PLANNED.value)
    # iCalendar: the same UID on every export, and a SEQUENCE that grows with each change.
    uid: Mapped[str] = mapped_column(String(80), unique=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    # In the order they are held: a moved session may come after a later-numbered one.
    sessions: Mapped[list[Session]] = relationship(
        cascade="all, delete-orphan",
        order_by="[Session.day, Session.start_time, Session.day_number]",
    )

    __mapper_args__ = {"version_id_col": version_id}


class Session(Base):
    __tablename__ = "session"
    __table_args__ = (
        UniqueConstraint("cycle_id", "day_number"),
        CheckConstraint("day_number BETWEEN 1 AND 4", name="four_days"),
        CheckConstraint("status IN ('planned', 'running', 'done')", name="known_status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"), index=True)
    # Which of the four planned sessions this is; it names the session's calendar event
    # (UID) for good. The day shown ("day 2 of 4") is its place in the order they are held.
    day_number: Mapped[int] = mapped_column(Integer)
    day: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time] = mapped_column(Time)
    # Where a moved session was first planned (None while it was never moved).
    planned_day: Mapped[date | None] = mapped_column(Date)
    planned_start: Mapped[time | None] = mapped_column(Time)
    # Added to the cycle's SEQUENCE in the calendar: raised when this one session changes.
    sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    minutes: Mapped[int] = mapped_column(Integer, default=60)
    status: Mapped[str] = mapped_column(String(20), default=SessionStatus.PLANNED.value)
    # Which laptop started it, so a second laptop on a shared database is told.
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    started_by: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    started_on: Mapped[str] = mapped_column(String(120), default="")
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    attendance: Mapped[list[Attendance]] = relationship(cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version_id}


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (
        CheckConstraint("energy IS NULL OR energy BETWEEN 1 AND 5", name="energy_range"),
        CheckConstraint("meaning IS NULL OR meaning BETWEEN 1 AND 5", name="meaning_range"),
    )

    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"),
                                            primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           primary_key=True, index=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    energy: Mapped[int | None] = mapped_column(Integer)
    meaning: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
