"""The organisation's register of personal copies on laptops, and the operations they sent."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utcnow


class PersonalCopy(Base):
    """A person's encrypted copy on a laptop (issue 21), as the server knows it.

    The id is the copy's own (its marker and ``copy_identity`` carry the same one). A revoked
    copy is kept as a row, so its laptop learns at its next contact that it must delete its
    copy; ``role_name`` is the copy's own server login, dropped on revoke."""

    __tablename__ = "personal_copy"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True)
    laptop_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    role_name: Mapped[str | None] = mapped_column(String(63))
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version_id}


class AppliedOperation(Base):
    """An operation from a copy's outbox that the server has dealt with, by its id: a sync
    that was cut off and runs again finds it here and does not apply it twice.

    ``outcome`` is ``applied``, ``conflict`` or ``refused``; ``result`` the server's answer as
    JSON (ids of records the operation made, or the conflict's two versions)."""

    __tablename__ = "applied_operation"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    copy_id: Mapped[str] = mapped_column(
        ForeignKey("personal_copy.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(20))
    result: Mapped[str] = mapped_column(Text, default="{}")
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
