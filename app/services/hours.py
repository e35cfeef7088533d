"""Learning hours: what each person learned this year, in and outside working time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app.access import Actor, Operation, require_self_or
from app.db import Database
from models import LearningHours, Organisation


@dataclass(frozen=True)
class HoursSummary:
    year: int
    minutes_in_working_time: int
    minutes_outside: int
    norm_hours: int

    @property
    def hours_in_working_time(self) -> float:
        return self.minutes_in_working_time / 60

    @property
    def share_of_norm(self) -> float:
        """0.0–1.0+ of the yearly norm reached (learning in working time only)."""
        if self.norm_hours <= 0:
            return 0.0
        return self.minutes_in_working_time / (self.norm_hours * 60)


def hours_of(db: Database, actor: Actor, person_id: int, year: int | None = None, *,
             norm: int | None = None) -> HoursSummary:
    """``norm``: the organisation's hours norm when the caller read it already (one query
    less over the network)."""
    require_self_or(actor, person_id, Operation.VIEW_PERSON_DETAILS)
    year = year or date.today().year
    with db.read() as s:
        rows = s.execute(
            select(LearningHours.in_working_time, func.coalesce(func.sum(LearningHours.minutes), 0))
            .where(LearningHours.person_id == person_id,
                   LearningHours.day >= date(year, 1, 1), LearningHours.day <= date(year, 12, 31))
            .group_by(LearningHours.in_working_time)
        ).all()
        if norm is None:
            norm = s.scalar(select(Organisation.hours_norm).limit(1)) or 0
    totals = {bool(k): int(v) for k, v in rows}
    return HoursSummary(year, totals.get(True, 0), totals.get(False, 0), norm)
