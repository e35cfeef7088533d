"""Applying an imported people list: every row checked in one pass against a snapshot of the
people, then written with a few bulk statements in one short transaction.

Checking takes most of the time and runs outside the write transaction, so other people can
keep saving while a large file is checked (on SQLite the write lock is held only while the
rows are written). The write starts by comparing the snapshot with the database; when
someone changed people meanwhile, the check runs again inside the write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.access import Actor
from app.jobs import Progress
from app.services import audit
from app.validation import clean_birth_year, clean_email, clean_tags, clean_text
from models import ExpertiseTag, Person, PersonRole, Role, Team
from models.errors import Conflict, Invalid
from models.people import person_team

TEAM_NAME_MAX = 120  # as for a team added in the teams screen
# The tables themselves: the bulk statements go through SQLAlchemy Core, not the ORM.
_PERSON = cast(Table, Person.__table__)
_TEAM = cast(Table, Team.__table__)
_ROLE = cast(Table, PersonRole.__table__)
_TAG = cast(Table, ExpertiseTag.__table__)


@dataclass
class Known:
    """One person as stored (or as the file makes them)."""

    id: int
    name: str
    email: str
    roles: frozenset[Role]
    teams: tuple[str, ...]  # team names, sorted, case as stored
    manager_id: int | None
    birth_year: int | None
    expertise: tuple[str, ...]
    archived: bool
    version_id: int

    def same_as(self, other: Known) -> bool:
        return (self.name, self.email, self.roles, self.teams, self.manager_id,
                self.birth_year, self.expertise) == (
            other.name, other.email, other.roles, other.teams, other.manager_id,
            other.birth_year, other.expertise)


@dataclass
class Snapshot:
    people: dict[int, Known]
    teams: dict[str, tuple[int, str]]  # casefolded name -> (id, name)
    fingerprint: tuple[Any, ...]


def fingerprint(s: Session) -> tuple[Any, ...]:
    """Changes whenever a person or team is added, changed or removed."""
    people = s.execute(select(func.count(Person.id), func.coalesce(func.sum(Person.version_id), 0),
                              func.max(Person.id))).one()
    teams = s.execute(select(func.count(Team.id), func.max(Team.id))).one()
    return (*people, *teams)


def snapshot(s: Session) -> Snapshot:
    team_rows = s.execute(select(Team.id, Team.name)).all()
    team_name = {tid: name for tid, name in team_rows}
    roles: dict[int, set[Role]] = {}
    for pid, role in s.execute(select(PersonRole.person_id, PersonRole.role)):
        roles.setdefault(pid, set()).add(Role(role))
    tags: dict[int, list[str]] = {}
    for pid, tag in s.execute(select(ExpertiseTag.person_id, ExpertiseTag.tag)):
        tags.setdefault(pid, []).append(tag)
    teams: dict[int, list[str]] = {}
    for pid, tid in s.execute(select(person_team.c.person_id, person_team.c.team_id)):
        teams.setdefault(pid, []).append(team_name[tid])
    people = {}
    rows = s.execute(select(Person.id, Person.name, Person.email, Person.manager_id,
                            Person.birth_year, Person.archived_at, Person.version_id))
    for pid, name, email, manager_id, birth_year, archived_at, version_id in rows:
        people[pid] = Known(pid, name, email, frozenset(roles.get(pid, ())),
                            tuple(sorted(teams.get(pid, []))), manager_id, birth_year,
                            tuple(sorted(tags.get(pid, []))), archived_at is not None,
                            version_id)
    return Snapshot(people, {name.casefold(): (tid, name) for tid, name in team_rows},
                    fingerprint(s))


# --- what the file asks for ----------------------------------------------------------------


@dataclass
class Row:
    """One data row as read from the file (see app.services.people_csv)."""

    row: int
    cells: dict[str, str]
    person_id: int | None = None
    roles: set[Role] = field(default_factory=set)
    teams: list[str] = field(default_factory=list)
    birth_year: int | None = None
    expertise: list[str] = field(default_factory=list)
    blocked: bool = False  # unclear who the row is about: not applied at all
    errors: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    # Filled in by the check:
    target: int | None = None  # existing person's id; None for someone new
    clean: Known | None = None

    def error(self, key: str, code: str, **params: Any) -> None:
        # One problem per cell is enough; a second one is usually a consequence of the first.
        if key and any(k == key for k, _, _ in self.errors):
            return
        self.errors.append((key, code, params))

    @property
    def email(self) -> str:
        return self.cells["email"].strip().lower()

    @property
    def manager(self) -> str:
        return self.cells["manager"].strip().lower()


@dataclass
class Plan:
    """What the import would do: new and changed people in their final form."""

    created: list[Row] = field(default_factory=list)
    updated: list[Row] = field(default_factory=list)
    unchanged: int = 0
    new_teams: list[str] = field(default_factory=list)
    final: dict[int, Known] = field(default_factory=dict)  # new people under ids < 0


def check(rows: list[Row], snap: Snapshot, job: Progress | None = None) -> Plan:
    """Every row checked against the snapshot and the rest of the file, in one pass."""
    plan = Plan()
    by_email = {p.email: p for p in snap.people.values()}
    _identify(rows, snap, by_email)
    for number, row in enumerate(rows):
        if job is not None and number % 2000 == 0:
            job.step("import_checking", number, len(rows))
        if not row.blocked:
            _clean(row, snap, plan)
    final = {pid: p for pid, p in snap.people.items()}
    new_id = 0
    for row in rows:
        if row.clean is None or row.errors:
            continue
        if row.target is None:
            new_id -= 1
            row.clean.id = new_id
        final[row.clean.id] = row.clean
    _check_emails(rows, snap, final)
    _set_managers(rows, final)
    _check_roles(rows, snap, final)
    plan.final = final
    for row in rows:
        if row.errors or row.clean is None:
            continue
        if row.target is None:
            plan.created.append(row)
        elif not row.clean.same_as(snap.people[row.target]):
            plan.updated.append(row)
        else:
            plan.unchanged += 1
    names = {name for row in plan.created + plan.updated if row.clean is not None
             for name in row.clean.teams}
    plan.new_teams = sorted((n for n in names if n.casefold() not in snap.teams),
                            key=lambda n: _first_use(rows, n))
    return plan


def _first_use(rows: list[Row], name: str) -> int:
    return next((r.row for r in rows if r.clean and name in r.clean.teams), 0)


def _identify(rows: list[Row], snap: Snapshot, by_email: dict[str, Known]) -> None:
    """Who each row is about: an existing person by ID, or someone new."""
    row_of_id: dict[int, int] = {}
    row_of_email: dict[str, int] = {}
    for row in rows:
        if row.person_id is not None:
            person = snap.people.get(row.person_id)
            if person is None:
                row.error("id", "csv_id_unknown", id=row.person_id)
                row.blocked = True
            elif person.archived:
                row.error("id", "csv_person_archived", id=row.person_id, name=person.name)
                row.blocked = True
            elif row.person_id in row_of_id:
                row.error("id", "csv_id_twice", id=row.person_id,
                          first_row=row_of_id[row.person_id])
                row.blocked = True
            else:
                row_of_id[row.person_id] = row.row
                row.target = row.person_id
        if row.email in row_of_email:
            row.error("email", "csv_email_twice", email=row.email,
                      first_row=row_of_email[row.email])
            row.blocked = True
        elif row.email:
            row_of_email[row.email] = row.row
    # Addresses that people in the file give up, so others may take them in the same file
    # (two people swapping addresses, a newcomer taking over an address).
    released = {snap.people[r.target].email for r in rows
                if r.target is not None and not r.blocked
                and r.email not in ("", snap.people[r.target].email)}
    for row in rows:
        if row.person_id is not None or row.blocked or row.email in released:
            continue
        holder = by_email.get(row.email)
        if holder is not None:
            row.error("email", "csv_email_exists_without_id", email=row.email,
                      name=holder.name, id=holder.id)
            row.blocked = True


def _clean(row: Row, snap: Snapshot, plan: Plan) -> None:
    """The row's own values, checked as a form would check them (all problems at once)."""
    values: dict[str, Any] = {}
    checks: list[tuple[str, Callable[[], Any]]] = [
        ("name", lambda: clean_text(row.cells["name"], "name", max_length=200,
                                    required=True)),
        ("email", lambda: clean_email(row.cells["email"])),
        ("birth_year", lambda: clean_birth_year(row.birth_year)),
        ("expertise", lambda: clean_tags(row.expertise)),
        ("teams", lambda: _team_names(row.teams, snap)),
    ]
    for key, fn in checks:
        try:
            values[key] = fn()
        except Invalid as exc:
            row.error(exc.field or key, exc.code, **exc.params)
    if row.errors:
        return
    before = snap.people.get(row.target) if row.target is not None else None
    row.clean = Known(
        id=row.target or 0, name=values["name"], email=values["email"],
        roles=frozenset(row.roles), teams=tuple(sorted(values["teams"])), manager_id=None,
        birth_year=values["birth_year"], expertise=tuple(sorted(values["expertise"])),
        archived=False, version_id=before.version_id if before else 1)


def _team_names(raw: list[str], snap: Snapshot) -> list[str]:
    names: dict[str, str] = {}
    for item in raw:
        name = clean_text(item, "teams", max_length=TEAM_NAME_MAX, required=True)
        known = snap.teams.get(name.casefold())
        names.setdefault(name.casefold(), known[1] if known else name)
    return list(names.values())


def _check_emails(rows: list[Row], snap: Snapshot, final: dict[int, Known]) -> None:
    """After the file, no two active people share an address."""
    owner_of: dict[str, int] = {}
    for person in final.values():
        owner_of.setdefault(person.email, person.id)
    for row in rows:
        if row.clean is None or row.errors or row.target is None:
            continue
        holder = owner_of.get(row.clean.email)
        if holder is not None and holder != row.clean.id:
            row.error("email", "email_taken", email=row.clean.email)


def _set_managers(rows: list[Row], final: dict[int, Known]) -> None:
    """Each row's manager, by e-mail, among the people as the file leaves them."""
    by_email = {p.email: p for p in final.values()}
    failed_emails = {r.email for r in rows if r.errors}
    for row in rows:
        if row.clean is None or row.errors or not row.manager:
            continue
        manager = by_email.get(row.manager)
        if manager is None or manager.archived:
            if row.manager not in failed_emails:  # that row's own error says enough
                row.error("manager", "csv_manager_unknown", email=row.manager)
            continue
        if manager.id == row.clean.id:
            row.error("manager", "manager_is_self")
        elif not manager.roles & {Role.MANAGER, Role.OWNER}:
            row.error("manager", "manager_without_role", name=manager.name)
        else:
            row.clean.manager_id = manager.id
    # A chain that comes back to where it started: reported on the row that closes it.
    for row in reversed(rows):
        if row.clean is None or row.errors or row.clean.manager_id is None:
            continue
        seen: set[int] = set()
        current = final.get(row.clean.manager_id)
        while current is not None and current.id not in seen:
            if current.id == row.clean.id:
                row.error("manager", "manager_cycle", name=final[row.clean.manager_id].name)
                row.clean.manager_id = None
                break
            seen.add(current.id)
            current = final.get(current.manager_id) if current.manager_id else None


def _check_roles(rows: list[Row], snap: Snapshot, final: dict[int, Known]) -> None:
    """At least one active owner stays; nobody with reports loses the manager role."""
    active = [p for p in final.values() if not p.archived]
    if not any(Role.OWNER in p.roles for p in active):
        for row in rows:
            before = snap.people.get(row.target) if row.target is not None else None
            if row.clean and before and Role.OWNER in before.roles and \
                    Role.OWNER not in row.clean.roles:
                row.error("roles", "last_owner")
    reports: dict[int, int] = {}
    for p in active:
        if p.manager_id is not None:
            reports[p.manager_id] = reports.get(p.manager_id, 0) + 1
    for row in rows:
        if row.clean is None or row.target is None or row.errors:
            continue
        before = snap.people[row.target]
        lost = Role.MANAGER in before.roles and not row.clean.roles & {Role.MANAGER,
                                                                       Role.OWNER}
        if lost and reports.get(row.target):
            row.error("roles", "manager_has_reports", count=reports[row.target])


# --- writing -------------------------------------------------------------------------------


def write(s: Session, actor: Actor, plan: Plan, snap: Snapshot) -> None:
    """The plan in a few bulk statements, inside the caller's (write) transaction."""
    table = _PERSON
    teams = dict(snap.teams)
    if plan.new_teams:
        s.execute(insert(_TEAM), [{"name": n} for n in plan.new_teams])
        for tid, name in s.execute(select(Team.id, Team.name).where(
                Team.name.in_(plan.new_teams))):
            teams[name.casefold()] = (tid, name)
    updated = [r.clean for r in plan.updated if r.clean is not None]
    changed_email = [p for p in updated if p.email != snap.people[p.id].email]
    if changed_email:
        # Park the old addresses first: two people may swap theirs in one file.
        s.execute(update(table).where(table.c.id == bindparam("pid")).values(
            email=bindparam("parked")),
            [{"pid": p.id, "parked": f"import-{p.id}@regiestoel.invalid"}
             for p in changed_email])
    new_ids: dict[int, int] = {}
    created = [r.clean for r in plan.created if r.clean is not None]
    if created:
        s.execute(insert(table), [{"name": p.name, "email": p.email,
                                    "birth_year": p.birth_year, "version_id": 1}
                                   for p in created])
        emails = [p.email for p in created]
        found = {}
        for start in range(0, len(emails), 500):
            found.update({email: pid for email, pid in s.execute(
                select(Person.email, Person.id).where(
                    Person.email.in_(emails[start:start + 500])))})
        for p in created:
            new_ids[p.id] = found[p.email]
    if updated:
        result = s.execute(
            update(table).where(table.c.id == bindparam("pid"),
                                table.c.version_id == bindparam("v"))
            .values(name=bindparam("n"), email=bindparam("e"), birth_year=bindparam("b"),
                    version_id=table.c.version_id + 1),
            [{"pid": p.id, "v": p.version_id, "n": p.name, "e": p.email, "b": p.birth_year}
             for p in updated])
        if result.rowcount != len(updated):  # type: ignore[attr-defined]
            raise Conflict("edited_elsewhere")

    def real(pid: int | None) -> int | None:
        return new_ids.get(pid, pid) if pid is not None else None

    managers = [{"pid": real(p.id), "m": real(p.manager_id)} for p in created + updated
                if p.manager_id != (snap.people[p.id].manager_id if p.id > 0 else None)]
    if managers:
        s.execute(update(table).where(table.c.id == bindparam("pid"))
                  .values(manager_id=bindparam("m")), managers)
    _write_links(s, [(real(p.id), p, snap.people.get(p.id)) for p in created + updated],
                 teams)
    for p in updated:
        old = snap.people[p.id].roles
        if old != p.roles:
            audit.record(s, actor, "roles_changed", p.id, before=sorted(r.value for r in old),
                         after=sorted(r.value for r in p.roles))


def _write_links(s: Session, people: list[tuple[int | None, Known, Known | None]],
                 teams: dict[str, tuple[int, str]]) -> None:
    """Roles, teams and expertise of new and changed people: replaced where they differ."""
    roles = [(pid, p) for pid, p, old in people if old is None or old.roles != p.roles]
    tags = [(pid, p) for pid, p, old in people if old is None or old.expertise != p.expertise]
    links = [(pid, p) for pid, p, old in people if old is None or old.teams != p.teams]
    for table, column, rows in ((_ROLE, "person_id", roles),
                                (_TAG, "person_id", tags),
                                (person_team, "person_id", links)):
        ids = [pid for pid, _ in rows]
        for start in range(0, len(ids), 500):
            s.execute(delete(table).where(table.c[column].in_(ids[start:start + 500])))
    if roles:
        s.execute(insert(_ROLE), [{"person_id": pid, "role": r.value}
                                                 for pid, p in roles for r in p.roles])
    if tags:
        values = [{"person_id": pid, "tag": t} for pid, p in tags for t in p.expertise]
        if values:
            s.execute(insert(_TAG), values)
    if links:
        values = [{"person_id": pid, "team_id": teams[name.casefold()][0]}
                  for pid, p in links for name in p.teams]
        if values:
            s.execute(insert(person_team), values)
