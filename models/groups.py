"""Learning groups: 3–6 colleagues who chose each other, with an optional guide."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, utcnow
from models.people import Person

group_member = Table(
    "group_member",
    Base.metadata,
    Column("group_id", ForeignKey("learning_group.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)


class LearningGroup(Base):
    __tablename__ = "learning_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    purpose: Mapped[str] = mapped_column(Text, default="")
    guide_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Two people (the guide and a member, say) may edit a group at once: checked on save.
    version_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    members: Mapped[list[Person]] = relationship(secondary=group_member, order_by="Person.name")
    guide: Mapped[Person | None] = relationship(foreign_keys=[guide_id])

    __mapper_args__ = {"version_id_col": version_id}
