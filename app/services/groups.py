"""Learning groups: start one with colleagues you invite, an optional guide, and the mix.

Nobody is put in a group by someone else. Choosing a colleague (or a guide) sends them an
invitation on *Mijn regie*; only once they accept are they in the group and see its
content. Who is in a group — the question every rule about its content asks — is answered
in one place, ``participant_ids``: the members who accepted and the guide who accepted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, selectinload
from sqlalchemy.orm.attributes import flag_modified

from app import policy, versions
from app.access import Actor
from app.changes import Area, Changes
from app.db import Database
from app.personal_copy.outbox import offline_operation, online_only
from app.policy import Kind, Op
from app.validation import clean_text
from models import (
    Cycle,
    CycleStatus,
    GroupInvitation,
    InvitationRole,
    InvitationStatus,
    LearningGroup,
    Person,
    Role,
    SessionStatus,
    WorkSituation,
)
from models import Session as SessionModel
from models.base import utcnow
from models.errors import Conflict, Forbidden, Invalid, NotFound

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
    """``members`` accepted; ``invited`` have not answered yet; ``declined`` said no (until
    someone asks them again). The guide likewise: ``guide_id`` accepted, ``guide_invited``
    was asked."""

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
    invited: tuple[tuple[int, str], ...] = ()
    declined: tuple[tuple[int, str], ...] = ()
    guide_invited: tuple[int, str] | None = None

    @property
    def member_names(self) -> str:
        return ", ".join(name for _id, name in self.members)


@dataclass(frozen=True)
class InvitationRow:
    """All an invited colleague sees of a group before they accept: its name and aim, its
    guide (or the guide who was asked too), and who invites them."""

    id: int
    group_id: int
    group_name: str
    purpose: str
    role: InvitationRole
    guide_name: str
    invited_by_name: str
    invited_at: datetime


def participant_ids(group: LearningGroup) -> set[int]:
    """Who is in a group already: the members who accepted, and the guide (invited
    colleagues are not, until they accept). Who may read the group's content is the
    policy's to say (``policy.members_of``), which counts the same people."""
    ids = {m.id for m in group.members}
    if group.guide_id:
        ids.add(group.guide_id)
    return ids


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


_Invited = dict[int, list[tuple[GroupInvitation, str]]]


def _invitations_of(s: Session, group_ids: Iterable[int]) -> _Invited:
    """Every open or declined invitation of these groups, with the invited person's name.

    Someone archived after being asked cannot answer any more: their invitation is left out
    (and withdrawn at the group's next save)."""
    found: _Invited = {}
    ids = list(group_ids)
    if not ids:
        return found
    rows = s.execute(
        select(GroupInvitation, Person.name)
        .join(Person, Person.id == GroupInvitation.person_id)
        .where(GroupInvitation.group_id.in_(ids), Person.archived_at.is_(None))
        .order_by(Person.name, GroupInvitation.id))
    for invitation, name in rows:
        found.setdefault(invitation.group_id, []).append((invitation, name))
    return found


def _row(s: Session, g: LearningGroup, invited: _Invited | None = None) -> GroupRow:
    situations = s.scalars(select(WorkSituation.id).where(WorkSituation.group_id == g.id)).all()
    asked = (invited if invited is not None else _invitations_of(s, [g.id])).get(g.id, [])

    def people(role: InvitationRole, status: InvitationStatus) -> tuple[tuple[int, str], ...]:
        return tuple((i.person_id, name) for i, name in asked
                     if i.role == role.value and i.status == status.value)

    open_members = people(InvitationRole.MEMBER, InvitationStatus.OPEN)
    guide_asked = people(InvitationRole.GUIDE, InvitationStatus.OPEN)
    return GroupRow(
        id=g.id,
        name=g.name,
        purpose=g.purpose,
        members=tuple((m.id, m.name) for m in g.members),
        guide_id=g.guide_id,
        guide_name=g.guide.name if g.guide else "",
        mix=generation_mix([m.birth_year for m in g.members]),
        # The advice is about the group as chosen: the invited colleagues count.
        warning=size_warning(len(g.members) + len(open_members)),
        next_session=_next_session(s, g.id),
        situation_count=len(situations),
        version_id=g.version_id,
        invited=open_members,
        declined=people(InvitationRole.MEMBER, InvitationStatus.DECLINED),
        guide_invited=guide_asked[0] if guide_asked else None,
    )


def _chosen_people(s: Session, data: GroupInput, already: set[int]
                   ) -> tuple[list[Person], Person | None]:
    """The people chosen, checked. Only someone newly asked (not in ``already``) must be
    active: an invitation to an archived person is refused."""
    ids = list(dict.fromkeys(data.member_ids))
    if len(ids) > HARD_MAX:
        raise Invalid("group_too_many", field="members")
    members = s.scalars(select(Person).where(Person.id.in_(ids))).all() if ids else []
    if len(members) != len(ids):
        raise Invalid("group_member_unknown", field="members")
    for m in members:
        if m.archived_at is not None and m.id not in already:
            raise Invalid("group_member_archived", field="members", name=m.name)
    guide = None
    if data.guide_id is not None:
        guide = s.get(Person, data.guide_id)
        if guide is None:
            raise Invalid("group_member_unknown", field="guide")
        if guide.archived_at is not None and guide.id not in already:
            raise Invalid("group_member_archived", field="guide", name=guide.name)
        if Role.GUIDE not in guide.roles and guide.id not in already:
            raise Invalid("group_guide_not_guide", field="guide", name=guide.name)
    return sorted(members, key=lambda p: p.name), guide


def _invite(s: Session, actor: Actor, group_id: int, person_id: int, role: InvitationRole,
            existing: GroupInvitation | None) -> None:
    """Ask someone (again): a declined invitation is asked anew; an open one stays as it is."""
    if existing is None:
        s.add(GroupInvitation(group_id=group_id, person_id=person_id, role=role.value,
                              invited_by=actor.person_id))
    elif existing.status == InvitationStatus.DECLINED.value:
        existing.status = InvitationStatus.OPEN.value
        existing.invited_by, existing.invited_at = actor.person_id, utcnow()
        existing.answered_at = None


def _apply_choice(s: Session, actor: Actor, group: LearningGroup, members: list[Person],
                  guide: Person | None) -> None:
    """Make the group what the editor chose: members left out leave, new ones are invited,
    invitations of people left out are withdrawn. Only the editor themself joins (or
    guides) at once: choosing yourself is your own consent."""
    me = actor.person_id
    wanted = {p.id for p in members}
    asked = {(i.person_id, i.role): i for i in s.scalars(
        select(GroupInvitation).where(GroupInvitation.group_id == group.id))}
    current = {m.id for m in group.members}
    group.members = [m for m in group.members if m.id in wanted] + [
        p for p in members if p.id == me and p.id not in current]
    for p in members:
        if p.id not in current and p.id != me:
            _invite(s, actor, group.id, p.id, InvitationRole.MEMBER,
                    asked.get((p.id, InvitationRole.MEMBER.value)))
    guide_id = guide.id if guide is not None else None
    if guide_id != group.guide_id:
        group.guide_id = guide_id if guide_id == me else None
        if guide_id is not None and guide_id != me:
            _invite(s, actor, group.id, guide_id, InvitationRole.GUIDE,
                    asked.get((guide_id, InvitationRole.GUIDE.value)))
    for (person_id, role), invitation in asked.items():
        if role == InvitationRole.MEMBER.value:
            # A "no" stays visible to the group until someone asks that person again.
            still_wanted = (person_id in wanted - current
                            or invitation.status == InvitationStatus.DECLINED.value)
        else:
            still_wanted = person_id == guide_id and group.guide_id != guide_id
        if not still_wanted:
            s.delete(invitation)


@online_only()
def start_group(db: Database, actor: Actor, data: GroupInput) -> Changes:
    """A colleague starts a group and invites the colleagues they chose (and a guide).

    The one who starts it is in it when they chose themself, and may leave themself out.
    ``Changes.value`` is (group id, size warning or None): outside 3–6 is advised against,
    never blocked.
    """
    name = clean_text(data.name, "name", max_length=120, required=True)
    purpose = clean_text(data.purpose, "purpose", max_length=2000, multiline=True)
    if not data.member_ids:
        raise Invalid("group_needs_members", field="members")
    with db.transaction() as s:
        members, guide = _chosen_people(s, data, set())
        group = LearningGroup(name=name, purpose=purpose, created_by=actor.person_id)
        s.add(group)
        s.flush()
        _apply_choice(s, actor, group, members, guide)
        result = (group.id, size_warning(len(members)))
    return Changes.of(Area.GROUPS, ids=(result[0],), value=result)


@online_only()
def update_group(db: Database, actor: Actor, group_id: int, data: GroupInput, *,
                 expected_version: int) -> Changes:
    """``expected_version``: the version the editor started from; someone else's save in
    between is a Conflict instead of being overwritten (see app.versions). New colleagues
    are invited."""
    name = clean_text(data.name, "name", max_length=120, required=True)
    purpose = clean_text(data.purpose, "purpose", max_length=2000, multiline=True)
    with db.transaction() as s:
        versions.locked(s, LearningGroup, group_id, missing=NotFound("group_not_found"))
        group = require_participant(s, actor, group_id, Op.CHANGE)
        versions.check(group, expected_version)
        if not data.member_ids:
            raise Invalid("group_needs_members", field="members")
        members, guide = _chosen_people(s, data, participant_ids(group))
        group.name, group.purpose = name, purpose
        _apply_choice(s, actor, group, members, guide)
        _changed(group)
        warning = size_warning(len(members))
    return Changes.of(Area.GROUPS, ids=(group_id,), value=(group_id, warning))


def _rows(s: Session, groups: list[LearningGroup]) -> list[GroupRow]:
    invited = _invitations_of(s, [g.id for g in groups])
    return [_row(s, g, invited) for g in groups]


def my_groups(db: Database, actor: Actor) -> list[GroupRow]:
    """The groups I am in or guide (not those I am only invited to)."""
    with db.read() as s:
        stmt = (
            select(LearningGroup)
            .options(selectinload(LearningGroup.members), selectinload(LearningGroup.guide))
            .where(LearningGroup.archived_at.is_(None), policy.groups_visible(actor))
            .order_by(LearningGroup.name)
        )
        return _rows(s, list(s.scalars(stmt)))


def all_groups(db: Database, actor: Actor) -> list[GroupRow]:
    """Every active group: names and members only (for the administrator's listing)."""
    if not policy.covers_everyone(actor, Kind.GROUP_CONTENT, Op.LIST):
        raise Forbidden("not_allowed", operation="list_all_groups")
    with db.read() as s:
        stmt = (select(LearningGroup)
                .options(selectinload(LearningGroup.members), selectinload(LearningGroup.guide))
                .where(LearningGroup.archived_at.is_(None)).order_by(LearningGroup.id))
        return _rows(s, list(s.scalars(stmt)))


def get_group(db: Database, actor: Actor, group_id: int) -> GroupRow:
    with db.read() as s:
        return _row(s, require_participant(s, actor, group_id))


# --- invitations ---------------------------------------------------------------------------


def my_invitations(db: Database, actor: Actor) -> list[InvitationRow]:
    """The invitations waiting for my answer, oldest first (for *Mijn regie*)."""
    if actor.person_id is None:
        return []
    with db.read() as s:
        # The guide's and the inviter's names come with each row: one query, not a read of
        # every person (over a network each query costs a round trip).
        guide, inviter = aliased(Person), aliased(Person)
        rows = s.execute(
            select(GroupInvitation, LearningGroup, guide.name, inviter.name)
            .join(LearningGroup, LearningGroup.id == GroupInvitation.group_id)
            .outerjoin(guide, guide.id == LearningGroup.guide_id)
            .outerjoin(inviter, inviter.id == GroupInvitation.invited_by)
            .where(GroupInvitation.person_id == actor.person_id,
                   GroupInvitation.status == InvitationStatus.OPEN.value,
                   LearningGroup.archived_at.is_(None))
            .order_by(GroupInvitation.invited_at, GroupInvitation.id)).all()
        result = []
        for invitation, group, guide_name, inviter_name in rows:
            if group.guide_id is None:
                # No guide yet: the guide who was asked too, if any.
                guide_name = s.scalar(
                    select(Person.name).join(GroupInvitation,
                                             GroupInvitation.person_id == Person.id)
                    .where(GroupInvitation.group_id == group.id,
                           GroupInvitation.role == InvitationRole.GUIDE.value,
                           GroupInvitation.status == InvitationStatus.OPEN.value).limit(1))
            result.append(InvitationRow(
                id=invitation.id, group_id=group.id, group_name=group.name,
                purpose=group.purpose, role=InvitationRole(invitation.role),
                guide_name=guide_name or "",
                invited_by_name=inviter_name or "",
                invited_at=invitation.invited_at))
        return result


def _my_open_invitation(s: Session, actor: Actor, invitation_id: int) -> GroupInvitation:
    """Only the invited person answers; someone else's invitation is not found for them.

    The row is locked (on PostgreSQL) so an answer and a withdrawal cannot cross."""
    invitation = s.get(GroupInvitation, invitation_id, with_for_update=True)
    if invitation is None or actor.person_id is None \
            or invitation.person_id != actor.person_id:
        raise NotFound("invitation_not_found")
    if invitation.status != InvitationStatus.OPEN.value:
        raise Conflict("invitation_answered")
    return invitation


@online_only()
def accept_invitation(db: Database, actor: Actor, invitation_id: int) -> Changes:
    """Join (or guide) the group: from now on I see its content. ``value`` is the group id."""
    with db.transaction() as s:
        invitation = _my_open_invitation(s, actor, invitation_id)
        group = s.get(LearningGroup, invitation.group_id)
        me = s.get(Person, invitation.person_id)
        if group is None or group.archived_at is not None:
            raise NotFound("group_not_found")
        assert me is not None
        if invitation.role == InvitationRole.GUIDE.value:
            if Role.GUIDE not in me.roles:
                raise Invalid("group_guide_not_guide", name=me.name)
            group.guide_id = me.id
        elif me not in group.members:
            if len(group.members) >= HARD_MAX:
                raise Conflict("group_full", maximum=HARD_MAX)
            group.members = [*group.members, me]
        s.delete(invitation)
        _changed(group)
        group_id = group.id
    return Changes.of(Area.GROUPS, Area.CYCLES, ids=(group_id,), value=group_id)


@online_only()
def decline_invitation(db: Database, actor: Actor, invitation_id: int) -> Changes:
    """Say no: the group sees that I declined; nothing of the group is shown to me."""
    with db.transaction() as s:
        invitation = _my_open_invitation(s, actor, invitation_id)
        invitation.status = InvitationStatus.DECLINED.value
        invitation.answered_at = utcnow()
        group = s.get(LearningGroup, invitation.group_id)
        if group is not None:
            _changed(group)
            _archive_when_empty(s, group)
        group_id = invitation.group_id
    return Changes.of(Area.GROUPS, ids=(group_id,))


def _changed(group: LearningGroup) -> None:
    """Who is in a group (or asked) changed: its version goes up, so an editor who loaded
    it before is refused instead of undoing the change, on SQLite and PostgreSQL alike."""
    flag_modified(group, "name")


def _archive_when_empty(s: Session, group: LearningGroup) -> None:
    """A group without members, guide or anyone still asked is over: it is archived."""
    s.flush()
    waiting = s.scalar(select(GroupInvitation.id).where(
        GroupInvitation.group_id == group.id,
        GroupInvitation.status == InvitationStatus.OPEN.value).limit(1))
    if not participant_ids(group) and waiting is None and group.archived_at is None:
        group.archived_at = utcnow()


def guide_candidates(db: Database, actor: Actor) -> list[tuple[int, str, tuple[str, ...]]]:
    """Everyone with the guide role and what they may be asked about."""
    with db.read() as s:
        people = s.scalars(select(Person).where(Person.archived_at.is_(None))
                           .order_by(Person.name)).all()
        return [(p.id, p.name, tuple(p.expertise)) for p in people if Role.GUIDE in p.roles]


@offline_operation("groups.attach_situation")
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


@online_only()
def leave_group(db: Database, actor: Actor, group_id: int) -> Changes:
    """Anyone in a group may leave it, the one who started it too."""
    with db.transaction() as s:
        group = require_participant(s, actor, group_id, Op.CHANGE)
        group.members = [m for m in group.members if m.id != actor.person_id]
        if group.guide_id == actor.person_id:
            group.guide_id = None
        _changed(group)
        _archive_when_empty(s, group)
    return Changes.of(Area.GROUPS, Area.CYCLES, ids=(group_id,))
