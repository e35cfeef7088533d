"""People, their roles, teams and expertise tags."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, utcnow


class Role(enum.StrEnum):
    OWNER = "owner"
    MANAGER = "manager"
    PROFESSIONAL = "professional"
    GUIDE = "guide"


person_team = Table(
    "person_team",
    Base.metadata,
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Column("team_id", ForeignKey("team.id", ondelete="CASCADE"), primary_key=True),
)


class Team(Base):
    __tablename__ = "team"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    members: Mapped[list[Person]] = relationship(
        secondary=person_team, back_populates="teams", order_by="Person.name"
    )


class Person(Base):
    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100",
                        name="birth_year_range"),
        CheckConstraint("manager_id IS NULL OR manager_id <> id", name="not_own_manager"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    # Stored lower-case so uniqueness ignores case.
    email: Mapped[str] = mapped_column(String(254), unique=True)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    # The person's own choice of interface language; None follows the organisation.
    language: Mapped[str | None] = mapped_column(String(5))
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    left_on: Mapped[date | None] = mapped_column(Date)
    # Why the owner keeps the records of someone who left beyond the two years, and until when.
    keep_reason: Mapped[str | None] = mapped_column(Text)
    keep_until: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    manager: Mapped[Person | None] = relationship(remote_side=[id], foreign_keys=[manager_id])
    teams: Mapped[list[Team]] = relationship(
        secondary=person_team, back_populates="members", order_by="Team.name"
    )
    role_rows: Mapped[list[PersonRole]] = relationship(
        cascade="all, delete-orphan", order_by="PersonRole.role"
    )
    expertise_rows: Mapped[list[ExpertiseTag]] = relationship(
        cascade="all, delete-orphan", order_by="ExpertiseTag.tag"
    )

    __mapper_args__ = {"version_id_col": version_id}

    @property
    def roles(self) -> frozenset[Role]:
        return frozenset(Role(r.role) for r in self.role_rows)

    @property
    def expertise(self) -> list[str]:
        return [t.tag for t in self.expertise_rows]

    @property
    def is_active(self) -> bool:
        return self.archived_at is None


class PersonRole(Base):
    __tablename__ = "person_role"
    __table_args__ = (
        CheckConstraint(
            "role IN ('owner', 'manager', 'professional', 'guide')", name="known_role"
        ),
    )

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(20), primary_key=True)


class ExpertiseTag(Base):
    """"Ask me about": what a colleague knows and may be asked to guide on."""

    __tablename__ = "expertise_tag"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(80), primary_key=True, index=True)
