"""People and teams: add, edit, archive, roles, managers, expertise."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from sqlalchemy import Integer, cast, func, literal_column, null, select, union_all
from sqlalchemy.orm import Session, aliased, selectinload
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.interfaces import ORMOption

from app.access import Actor, Operation, may, require, require_self_or
from app.changes import Area, Changes
from app.db import Database
from app.passwords import check_password_rules, hash_password
from app.personal_copy.outbox import online_only
from app.services import audit
from app.settings import LANGUAGES
from app.validation import clean_birth_year, clean_email, clean_tags, clean_text, fold
from models import Account, ExpertiseTag, Person, PersonRole, Role, Team, person_team
from models.base import utcnow
from models.errors import Conflict, Invalid, NotFound


@dataclass(frozen=True)
class PersonRow:
    """What the people list shows of one person."""

    id: int
    name: str
    email: str
    roles: frozenset[Role]
    teams: tuple[str, ...]
    team_ids: tuple[int, ...]
    manager_id: int | None
    manager_name: str
    birth_year: int | None
    expertise: tuple[str, ...]
    archived: bool
    has_account: bool
    version_id: int
    language: str | None = None
    archived_at: datetime | None = None
    # The generation only (for a group's mix); the year itself is for the owner alone.
    generation: str = "unknown"

    @cached_property
    def search_text(self) -> str:
        return fold(" ".join([self.name, self.email, *self.teams, *self.expertise]))


@dataclass
class PersonInput:
    """What a form or an import row supplies for one person."""

    name: str
    email: str
    roles: set[Role] = field(default_factory=lambda: {Role.PROFESSIONAL})
    team_ids: list[int] = field(default_factory=list)
    manager_id: int | None = None
    birth_year: int | None = None
    expertise: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str
    member_count: int


def _row(p: Person, managers: dict[int, str], accounts: set[int], *, with_year: bool = True
         ) -> PersonRow:
    from app.services.groups import generation_of

    return PersonRow(
        id=p.id,
        name=p.name,
        email=p.email,
        roles=p.roles,
        teams=tuple(t.name for t in p.teams),
        team_ids=tuple(t.id for t in p.teams),
        manager_id=p.manager_id,
        manager_name=managers.get(p.manager_id, "") if p.manager_id else "",
        birth_year=p.birth_year if with_year else None,
        expertise=tuple(p.expertise),
        archived=p.archived_at is not None,
        has_account=p.id in accounts,
        version_id=p.version_id,
        language=p.language,
        archived_at=p.archived_at,
        generation=generation_of(p.birth_year),
    )


def _load_options() -> list[ORMOption]:
    return [
        selectinload(Person.teams),
        selectinload(Person.role_rows),
        selectinload(Person.expertise_rows),
    ]


def list_people(
    db: Database, actor: Actor, query: str = "", *, include_archived: bool = False
) -> list[PersonRow]:
    """Everyone in the organisation may see who is who (to find a colleague or a guide)."""
    from app.services.groups import generation_of

    require(actor, Operation.VIEW_PEOPLE)
    # Two statements, whatever the size: the people with their manager's name and whether
    # they have an account, then their teams, roles and tags together. Over a network each
    # statement is a round trip; loading them as objects took six.
    manager = aliased(Person)
    has_account = select(Account.person_id).where(Account.person_id == Person.id).exists()
    stmt = (select(Person.id, Person.name, Person.email, Person.manager_id,
                   func.coalesce(manager.name, ""), Person.birth_year, Person.archived_at,
                   has_account, Person.version_id, Person.language)
            .outerjoin(manager, manager.id == Person.manager_id)
            .order_by(Person.name, Person.id))
    links = union_all(
        select(literal_column("0").label("kind"), person_team.c.person_id.label("person"),
               Team.id.label("team"), Team.name.label("value"))
        .join(Team, Team.id == person_team.c.team_id),
        select(literal_column("1"), PersonRole.person_id, cast(null(), Integer),
               PersonRole.role),
        select(literal_column("2"), ExpertiseTag.person_id, cast(null(), Integer),
               ExpertiseTag.tag),
    ).subquery()
    kind_of, person_of, team_of, value_of = links.c
    # Teams by name, tags alphabetically: as the people list showed them before.
    linked = select(links).order_by(kind_of, person_of, value_of, team_of)
    if not include_archived:
        stmt = stmt.where(Person.archived_at.is_(None))
        linked = linked.where(person_of.in_(
            select(Person.id).where(Person.archived_at.is_(None))))
    with db.read() as s:
        people = s.execute(stmt).all()
        found: dict[int, tuple[list[int], list[str], set[Role], list[str]]] = {}
        for kind, person_id, team_id, value in s.execute(linked):
            team_ids, teams, roles, tags = found.setdefault(person_id, ([], [], set(), []))
            if kind == 0:
                team_ids.append(team_id)
                teams.append(value)
            elif kind == 1:
                roles.add(Role(value))
            else:
                tags.append(value)
    with_year = may(actor, Operation.MANAGE_PEOPLE)
    rows = []
    for (pid, name, email, manager_id, manager_name, birth_year, archived_at, account,
         version_id, language) in people:
        team_ids, teams, roles, tags = found.get(pid, ([], [], set(), []))
        rows.append(PersonRow(
            id=pid, name=name, email=email, roles=frozenset(roles), teams=tuple(teams),
            team_ids=tuple(team_ids), manager_id=manager_id,
            manager_name=manager_name if manager_id else "",
            birth_year=birth_year if with_year else None, expertise=tuple(tags),
            archived=archived_at is not None, has_account=bool(account),
            version_id=version_id, language=language, archived_at=archived_at,
            generation=generation_of(birth_year)))
    if query.strip():
        needle = fold(query.strip())
        rows = [r for r in rows if needle in r.search_text]
    return rows


def get_person(db: Database, actor: Actor, person_id: int) -> PersonRow:
    require(actor, Operation.VIEW_PEOPLE)
    with db.read() as s:
        p = s.get(Person, person_id, options=_load_options())
        if p is None:
            raise NotFound("person_not_found", id=person_id)
        managers = dict(s.execute(select(Person.id, Person.name)).all())
        accounts = set(s.scalars(select(Account.person_id).where(Account.person_id == p.id)))
        with_year = may(actor, Operation.MANAGE_PEOPLE) or actor.person_id == person_id
        return _row(p, managers, accounts, with_year=with_year)


def _get(s: Session, person_id: int) -> Person:
    p = s.get(Person, person_id)
    if p is None:
        raise NotFound("person_not_found", id=person_id)
    return p


def _active_owner_ids(s: Session) -> set[int]:
    stmt = (
        select(Person.id)
        .join(PersonRole)
        .where(PersonRole.role == Role.OWNER.value, Person.archived_at.is_(None))
    )
    return set(s.scalars(stmt))


def _check_manager(s: Session, person_id: int | None, manager_id: int | None) -> None:
    if manager_id is None:
        return
    if manager_id == person_id:
        raise Invalid("manager_is_self", field="manager")
    manager = s.get(Person, manager_id)
    if manager is None or manager.archived_at is not None:
        raise Invalid("manager_unknown", field="manager", id=manager_id)
    if not manager.roles & {Role.MANAGER, Role.OWNER}:
        raise Invalid("manager_without_role", field="manager", name=manager.name)
    # Walk up the chain: a person cannot end up managing their own manager.
    seen: set[int] = set()
    current: Person | None = manager
    while current is not None and current.id not in seen:
        if person_id is not None and current.id == person_id:
            raise Invalid("manager_cycle", field="manager", name=manager.name)
        seen.add(current.id)
        current = current.manager


def _teams(s: Session, team_ids: Iterable[int]) -> list[Team]:
    ids = list(dict.fromkeys(team_ids))
    teams = s.scalars(select(Team).where(Team.id.in_(ids))).all() if ids else []
    if len(teams) != len(ids):
        missing = sorted(set(ids) - {t.id for t in teams})
        raise Invalid("team_unknown", field="teams", id=missing[0])
    return sorted(teams, key=lambda t: t.name)


def _validated(data: PersonInput) -> PersonInput:
    if not data.roles:
        raise Invalid("roles_required", field="roles")
    return PersonInput(
        name=clean_text(data.name, "name", max_length=200, required=True),
        email=clean_email(data.email),
        roles={Role(r) for r in data.roles},
        team_ids=list(data.team_ids),
        manager_id=data.manager_id,
        birth_year=clean_birth_year(data.birth_year),
        expertise=clean_tags(data.expertise),
    )


def _email_taken(s: Session, email: str, except_id: int | None) -> bool:
    stmt = select(Person.id).where(func.lower(Person.email) == email)
    if except_id is not None:
        stmt = stmt.where(Person.id != except_id)
    return s.scalar(stmt) is not None


def apply_person(s: Session, actor: Actor, person: Person | None, data: PersonInput) -> Person:
    """Create or update a person inside the caller's transaction (used by forms and imports)."""
    clean = _validated(data)
    person_id = person.id if person is not None else None
    if _email_taken(s, clean.email, person_id):
        raise Conflict("email_taken", field="email", email=clean.email)
    _check_manager(s, person_id, clean.manager_id)
    teams = _teams(s, clean.team_ids)
    if person is None:
        person = Person(name=clean.name, email=clean.email)
        s.add(person)
        old_roles: frozenset[Role] = frozenset()
    else:
        old_roles = person.roles
        dropping_owner = Role.OWNER in old_roles and Role.OWNER not in clean.roles
        if dropping_owner and not _active_owner_ids(s) - {person.id}:
            raise Conflict("last_owner", field="roles")
    person.name = clean.name
    person.email = clean.email
    person.birth_year = clean.birth_year
    person.manager_id = clean.manager_id
    if person_id is not None and Role.MANAGER in old_roles and not clean.roles & {
            Role.MANAGER, Role.OWNER}:
        reports = s.scalar(select(func.count(Person.id)).where(
            Person.manager_id == person_id, Person.archived_at.is_(None)))
        if reports:
            raise Conflict("manager_has_reports", field="roles", count=reports)
    related_changed = (
        [t.id for t in person.teams] != [t.id for t in teams]
        or old_roles != clean.roles
        or person.expertise != clean.expertise
    )
    person.teams = teams
    if old_roles != clean.roles:
        person.role_rows = [PersonRole(role=r.value) for r in sorted(clean.roles)]
    if person.expertise != clean.expertise:
        person.expertise_rows = [ExpertiseTag(tag=t) for t in clean.expertise]
    if related_changed and person_id is not None:
        # Teams, roles and tags live in other tables; count them as an edit of the person,
        # so the version check catches two people editing them at once.
        flag_modified(person, "name")
    s.flush()
    if old_roles != clean.roles and person_id is not None:
        audit.record(
            s, actor, "roles_changed", person.id,
            before=sorted(r.value for r in old_roles),
            after=sorted(r.value for r in clean.roles),
        )
    return person


@online_only()
def add_person(
    db: Database, actor: Actor, data: PersonInput, initial_password: str | None = None
) -> Changes:
    """Add a person; with a password they can log in (and must choose their own at first)."""
    require(actor, Operation.MANAGE_PEOPLE)
    if initial_password:
        check_password_rules(initial_password, field="password")
    with db.transaction() as s:
        person = apply_person(s, actor, None, data)
        if initial_password:
            s.add(
                Account(
                    person_id=person.id,
                    password_hash=hash_password(initial_password),
                    must_change_password=True,
                )
            )
        audit.record(s, actor, "person_added", person.id,
                     roles=sorted(r.value for r in person.roles))
        new_id = person.id
    return Changes.of(Area.PEOPLE, Area.TEAMS, ids=(new_id,), value=new_id)


@online_only()
def update_person(
    db: Database, actor: Actor, person_id: int, data: PersonInput, *, expected_version: int
) -> Changes:
    require(actor, Operation.MANAGE_PEOPLE)
    with db.transaction() as s:
        person = _get(s, person_id)
        if person.version_id != expected_version:
            raise Conflict("edited_elsewhere")
        apply_person(s, actor, person, data)
    return Changes.of(Area.PEOPLE, Area.TEAMS, ids=(person_id,))


@online_only()
def archive_person(
    db: Database, actor: Actor, person_id: int, left_on: date | None = None
) -> Changes:
    """Archived people keep their history but no longer log in or appear in lists."""
    require(actor, Operation.MANAGE_PEOPLE)
    with db.transaction() as s:
        person = _get(s, person_id)
        if person.archived_at is not None:
            raise Conflict("already_archived", name=person.name)
        if Role.OWNER in person.roles and _active_owner_ids(s) == {person.id}:
            raise Conflict("last_owner")
        person.archived_at = utcnow()
        person.left_on = left_on or date.today()
        # Reports of an archived manager keep no dangling manager.
        for report in s.scalars(select(Person).where(Person.manager_id == person.id)):
            report.manager_id = None
        audit.record(s, actor, "person_archived", person.id)
    return Changes.of(Area.PEOPLE, Area.TEAMS, ids=(person_id,))


@online_only()
def restore_person(db: Database, actor: Actor, person_id: int) -> Changes:
    require(actor, Operation.MANAGE_PEOPLE)
    with db.transaction() as s:
        person = _get(s, person_id)
        if person.archived_at is None:
            raise Conflict("not_archived", name=person.name)
        from app.services.privacy import is_erased

        if is_erased(person):
            raise Conflict("already_erased", id=person.id)
        person.archived_at = None
        person.left_on = None
        audit.record(s, actor, "person_restored", person.id)
    return Changes.of(Area.PEOPLE, Area.TEAMS, ids=(person_id,))


@online_only()
def set_own_expertise(db: Database, actor: Actor, person_id: int, tags: list[str]) -> Changes:
    require_self_or(actor, person_id, Operation.MANAGE_PEOPLE)
    clean = clean_tags(tags)
    with db.transaction() as s:
        person = _get(s, person_id)
        person.expertise_rows = [ExpertiseTag(tag=t) for t in clean]
    return Changes.of(Area.PEOPLE, ids=(person_id,))


@online_only()
def set_language(db: Database, actor: Actor, person_id: int, language: str) -> Changes:
    require_self_or(actor, person_id, Operation.MANAGE_PEOPLE)
    if language not in LANGUAGES:
        raise Invalid("language_unknown", field="language")
    with db.transaction() as s:
        _get(s, person_id).language = language
    return Changes.of(Area.PEOPLE, ids=(person_id,))


def managers(db: Database, actor: Actor) -> list[PersonRow]:
    """Active people who can be someone's direct manager."""
    return [
        p
        for p in list_people(db, actor)
        if p.roles & {Role.MANAGER, Role.OWNER}
    ]


# --- teams -------------------------------------------------------------------------------


def list_teams(db: Database, actor: Actor) -> list[TeamRow]:
    require(actor, Operation.VIEW_PEOPLE)
    with db.read() as s:
        active = (
            select(Team.id, Team.name, func.count(Person.id))
            .outerjoin(Team.members.and_(Person.archived_at.is_(None)))
            .group_by(Team.id, Team.name)
            .order_by(Team.name)
        )
        return [TeamRow(id=i, name=n, member_count=c) for i, n, c in s.execute(active)]


def _team_name_taken(s: Session, name: str, except_id: int | None) -> bool:
    # Compared in Python: SQLite's lower() only knows ASCII, and "Ödeme" equals "ödeme".
    wanted = name.casefold()
    return any(n.casefold() == wanted for i, n in s.execute(select(Team.id, Team.name))
               if i != except_id)


@online_only()
def add_team(db: Database, actor: Actor, name: str) -> Changes:
    require(actor, Operation.MANAGE_TEAMS)
    clean = clean_text(name, "team_name", max_length=120, required=True)
    with db.transaction() as s:
        if _team_name_taken(s, clean, None):
            raise Conflict("team_name_taken", field="team_name", name=clean)
        team = Team(name=clean)
        s.add(team)
        s.flush()
        new_id = team.id
    return Changes.of(Area.TEAMS, ids=(new_id,), value=new_id)


@online_only()
def rename_team(db: Database, actor: Actor, team_id: int, name: str) -> Changes:
    require(actor, Operation.MANAGE_TEAMS)
    clean = clean_text(name, "team_name", max_length=120, required=True)
    with db.transaction() as s:
        team = s.get(Team, team_id)
        if team is None:
            raise NotFound("team_not_found", id=team_id)
        if _team_name_taken(s, clean, team_id):
            raise Conflict("team_name_taken", field="team_name", name=clean)
        team.name = clean
    return Changes.of(Area.TEAMS, Area.PEOPLE, ids=(team_id,))


@online_only()
def delete_team(db: Database, actor: Actor, team_id: int) -> Changes:
    """Only an empty team can go: members keep their history with the team's name."""
    require(actor, Operation.MANAGE_TEAMS)
    with db.transaction() as s:
        team = s.get(Team, team_id)
        if team is None:
            raise NotFound("team_not_found", id=team_id)
        active = [m for m in team.members if m.archived_at is None]
        if active:
            raise Conflict("team_not_empty", name=team.name, count=len(active))
        s.delete(team)
    return Changes.of(Area.TEAMS, ids=(team_id,))
