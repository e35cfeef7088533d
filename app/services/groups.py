"""Learning groups: start one with colleagues you chose, an optional guide, and the mix."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app import policy, versions
from app.access import Actor
from app.changes import Area, Changes
from app.db import Database
from app.policy import Kind, Op
from app.validation import clean_text
from models import (
    Cycle,
    CycleStatus,
    LearningGroup,
    Person,
    Role,
    SessionStatus,
    WorkSituation,
)
from models import Session as SessionModel
from models.errors import Forbidden, Invalid, NotFound

ADVISED_MIN, ADVISED_MAX, HARD_MAX = 3, 6, 12

# Generations by year of birth; shown only as a mix, never as anyone's age.
GENERATIONS = (("boomers", 1900, 1964), ("gen_x", 1965, 1980), ("millennials", 1981, 1996),
               ("gen_z", 1997, 2100))


def generation_of(birth_year: int | None) -> str:
    if birth_year is None:
        return "unknown"
    for name, low, high in GENERATIONS:
        if low <= birth_year <= high:
            return name
    return "unknown"


def generation_mix(birth_years: list[int | None]) -> dict[str, int]:
    """How many members per generation, e.g. {"gen_z": 2, "boomers": 1}."""
    return dict(Counter(generation_of(y) for y in birth_years))


def size_warning(size: int) -> str | None:
    if size < ADVISED_MIN:
        return "group_small"
    if size > ADVISED_MAX:
        return "group_large"
    return None


@dataclass
class GroupInput:
    name: str
    purpose: str = ""
    member_ids: list[int] = field(default_factory=list)
    guide_id: int | None = None


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    purpose: str
    members: tuple[tuple[int, str], ...]
    guide_id: int | None
    guide_name: str
    mix: dict[str, int]
    warning: str | None
    next_session: date | None
    situation_count: int
    version_id: int = 1

    @property
    def member_names(self) -> str:
        return ", ".join(name for _id, name in self.members)


def require_participant(s: Session, actor: Actor, group_id: int, op: Op = Op.READ
                        ) -> LearningGroup:
    """The group, when the asker may do ``op`` on its content (members and the guide)."""
    group = s.get(LearningGroup, group_id)
    if group is None:
        raise NotFound("group_not_found")
    policy.require(s, actor, Kind.GROUP_CONTENT, op, policy.Subject(group_id=group_id))
    return group


def _next_session(s: Session, group_id: int) -> date | None:
    stmt = (
        select(SessionModel.day)
        .join(Cycle, Cycle.id == SessionModel.cycle_id)
        .where(Cycle.group_id == group_id, Cycle.status == CycleStatus.PLANNED.value,
               SessionModel.status != SessionStatus.DONE.value,
               SessionModel.day >= date.today())
        .order_by(SessionModel.day)
        .limit(1)
    )
    return s.scalar(stmt)


def _row(s: Session, g: LearningGroup) -> GroupRow:
    situations = s.scalars(select(WorkSituation.id).where(WorkSituation.group_id == g.id)).all()
    return GroupRow(
        id=g.id,
        name=g.name,
        purpose=g.purpose,
        members=tuple((m.id, m.name) for m in g.members),
        guide_id=g.guide_id,
        guide_name=g.guide.name if g.guide else "",
        mix=generation_mix([m.birth_year for m in g.members]),
        warning=size_warning(len(g.members)),
        next_session=_next_session(s, g.id),
        situation_count=len(situations),
        version_id=g.version_id,
    )


def _check_people(s: Session, data: GroupInput) -> tuple[list[Person], Person | None]:
    ids = list(dict.fromkeys(data.member_ids))
    if len(ids) > HARD_MAX:
        raise Invalid("group_too_many", field="members")
    members = s.scalars(select(Person).where(Person.id.in_(ids))).all() if ids else []
    if len(members) != len(ids):
        raise Invalid("group_member_unknown", field="members")
    for m in members:
        if m.archived_at is not None:
            raise Invalid("group_member_archived", field="members", name=m.name)
    guide = None
    if data.guide_id is not None:
        guide = s.get(Person, data.guide_id)
        if guide is None or guide.archived_at is not None:
            raise Invalid("group_member_unknown", field="guide")
        if Role.GUIDE not in guide.roles:
            raise Invalid("group_guide_not_guide", field="guide", name=guide.name)
    return sorted(members, key=lambda p: p.name), guide


def start_group(db: Database, actor: Actor, data: GroupInput) -> Changes:
    """A professional starts a group with colleagues they chose; they are in it themself.

    ``Changes.value`` is (group id, size warning or None): outside 3–6 is advised against,
    never blocked.
    """
    name = clean_text(data.name, "name", max_length=120, required=True)
    purpose = clean_text(data.purpose, "purpose", max_length=2000, multiline=True)
    with db.transaction() as s:
        if actor.person_id not in data.member_ids:
            raise Invalid("group_starter_not_member", field="members")
        members, guide = _check_people(s, data)
        group = LearningGroup(name=name, purpose=purpose, created_by=actor.person_id,
                              guide_id=guide.id if guide else None)
        group.members = members
        s.add(group)
        s.flush()
        result = (group.id, size_warning(len(members)))
    return Changes.of(Area.GROUPS, ids=(result[0],), value=result)


def update_group(db: Database, actor: Actor, group_id: int, data: GroupInput, *,
                 expected_version: int) -> Changes:
    """``expected_version``: the version the editor started from; someone else's save in
    between is a Conflict instead of being overwritten (see app.versions)."""
    name = clean_text(data.name, "name", max_length=120, required=True)
    purpose = clean_text(data.purpose, "purpose", max_length=2000, multiline=True)
    with db.transaction() as s:
        versions.locked(s, LearningGroup, group_id, missing=NotFound("group_not_found"))
        group = require_participant(s, actor, group_id, Op.CHANGE)
        versions.check(group, expected_version)
        members, guide = _check_people(s, data)
        group.name, group.purpose = name, purpose
        if [m.id for m in group.members] != [m.id for m in members]:
            versions.bump(group)  # members live in their own table: the group changed too
        group.members = members
        group.guide_id = guide.id if guide else None
        warning = size_warning(len(members))
    return Changes.of(Area.GROUPS, ids=(group_id,), value=(group_id, warning))


def my_groups(db: Database, actor: Actor) -> list[GroupRow]:
    """The groups I am in or guide."""
    if actor.is_machine_admin:
        return []  # the administrator is in no group
    with db.read() as s:
        stmt = (
            select(LearningGroup)
            .options(selectinload(LearningGroup.members), selectinload(LearningGroup.guide))
            .where(LearningGroup.archived_at.is_(None), policy.groups_visible(actor))
            .order_by(LearningGroup.name)
        )
        return [_row(s, g) for g in s.scalars(stmt)]


def all_groups(db: Database, actor: Actor) -> list[GroupRow]:
    """Every active group: names and members only (for the administrator's listing)."""
    if not policy.covers_everyone(actor, Kind.GROUP_CONTENT, Op.LIST):
        raise Forbidden("not_allowed", operation="list_all_groups")
    with db.read() as s:
        stmt = (select(LearningGroup)
                .options(selectinload(LearningGroup.members), selectinload(LearningGroup.guide))
                .where(LearningGroup.archived_at.is_(None)).order_by(LearningGroup.id))
        return [_row(s, g) for g in s.scalars(stmt)]


def get_group(db: Database, actor: Actor, group_id: int) -> GroupRow:
    with db.read() as s:
        return _row(s, require_participant(s, actor, group_id))


def guide_candidates(db: Database, actor: Actor) -> list[tuple[int, str, tuple[str, ...]]]:
    """Everyone with the guide role and what they may be asked about."""
    with db.read() as s:
        people = s.scalars(select(Person).where(Person.archived_at.is_(None))
                           .order_by(Person.name)).all()
        return [(p.id, p.name, tuple(p.expertise)) for p in people if Role.GUIDE in p.roles]


def attach_situation(db: Database, actor: Actor, group_id: int, situation_id: int) -> Changes:
    """The group takes up a work situation of one of its members."""
    with db.transaction() as s:
        require_participant(s, actor, group_id, Op.CHANGE)
        situation = s.get(WorkSituation, situation_id)
        if situation is None:
            raise NotFound("situation_not_found")
        if situation.owner_id not in policy.member_ids(s, group_id):
            raise Invalid("situation_owner_not_in_group")
        if situation.group_id != group_id:
            # Only the owner brings their own situation to a group.
            policy.require(s, actor, Kind.WORK_SITUATION, Op.CHANGE,
                           policy.Subject(person_id=situation.owner_id), code="not_allowed")
        situation.group_id = group_id
    return Changes.of(Area.GROUPS, Area.SITUATIONS, ids=(group_id, situation_id))


def leave_group(db: Database, actor: Actor, group_id: int) -> Changes:
    with db.transaction() as s:
        group = require_participant(s, actor, group_id, Op.CHANGE)
        group.members = [m for m in group.members if m.id != actor.person_id]
        if group.guide_id == actor.person_id:
            group.guide_id = None
    return Changes.of(Area.GROUPS, ids=(group_id,))
