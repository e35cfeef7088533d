"""Learning groups: 3–6 colleagues who chose each other, with an optional guide."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, utcnow
from models.people import Person

# Members who accepted their invitation (or started the group themselves): only they, and
# the guide, see the group's content. Open and declined invitations live apart, below.
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


class InvitationRole(enum.StrEnum):
    MEMBER = "member"
    GUIDE = "guide"


class InvitationStatus(enum.StrEnum):
    OPEN = "open"
    DECLINED = "declined"


class GroupInvitation(Base):
    """Asking a colleague to join or guide a group: they are in it once they accept.

    An accepted invitation is deleted (the membership, or the group's guide, is the record);
    a declined one stays so the group sees the answer, until someone asks again.
    """

    __tablename__ = "group_invitation"
    __table_args__ = (
        UniqueConstraint("group_id", "person_id", "role"),
        CheckConstraint("role IN ('member', 'guide')", name="known_role"),
        CheckConstraint("status IN ('open', 'declined')", name="known_status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("learning_group.id", ondelete="CASCADE"),
                                          index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           index=True)
    role: Mapped[str] = mapped_column(String(10), default=InvitationRole.MEMBER.value)
    status: Mapped[str] = mapped_column(String(10), default=InvitationStatus.OPEN.value)
    invited_by: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    invited_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
