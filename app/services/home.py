"""What the home screen "Mijn regie" shows: me, my organisation's norm, and set-up progress."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, literal, select, true, union_all
from sqlalchemy.orm import aliased

from app.access import Actor, Operation, may
from app.db import Database
from models import (
    Account,
    ExpertiseTag,
    Organisation,
    Person,
    PersonRole,
    Role,
    Team,
    person_team,
)
from models.errors import NotFound


@dataclass(frozen=True)
class SetupProgress:
    """For the owner: how far the organisation is set up."""

    people: int
    teams: int
    without_password: int
    professionals_without_manager: int


@dataclass(frozen=True)
class HomeOverview:
    name: str
    roles: frozenset[Role]
    teams: tuple[str, ...]
    manager_name: str
    expertise: tuple[str, ...]
    organisation: str
    hours_norm: int
    yearly_budget_cents: int
    setup: SetupProgress | None


def my_overview(db: Database, actor: Actor) -> HomeOverview:
    if actor.person_id is None:
        raise NotFound("person_not_found", id=0)
    me = actor.person_id
    setup = may(actor, Operation.MANAGE_PEOPLE)
    # Two queries in all (over a network each one costs a round trip): me, my manager, the
    # organisation and the set-up counts; then my roles, teams and expertise together.
    manager = aliased(Person)
    with db.read() as s:
        row = s.execute(
            select(Person.name, manager.name, Organisation.name, Organisation.hours_norm,
                   Organisation.yearly_budget_cents, *(_setup_counts() if setup else ()))
            .select_from(Person)
            .outerjoin(manager, manager.id == Person.manager_id)
            .join(Organisation, true())
            .where(Person.id == me).limit(1)).first()
        if row is None:
            raise NotFound("person_not_found", id=me)
        links = union_all(
            select(literal("role").label("kind"), PersonRole.role.label("value"))
            .where(PersonRole.person_id == me),
            select(literal("team"), Team.name).join(person_team, person_team.c.team_id == Team.id)
            .where(person_team.c.person_id == me),
            select(literal("tag"), ExpertiseTag.tag).where(ExpertiseTag.person_id == me),
        ).subquery()
        found: dict[str, list[str]] = {"role": [], "team": [], "tag": []}
        for kind, value in s.execute(select(links.c.kind, links.c.value)
                                     .order_by(links.c.kind, links.c.value)):
            found[kind].append(value)
    return HomeOverview(
        name=row[0],
        roles=frozenset(Role(r) for r in found["role"]),
        teams=tuple(found["team"]),
        manager_name=row[1] or "",
        expertise=tuple(found["tag"]),
        organisation=row[2],
        hours_norm=row[3],
        yearly_budget_cents=row[4],
        setup=_setup_progress(*row[5:]) if setup else None,
    )


def _setup_counts() -> tuple[Any, ...]:
    """Four counts as columns of one query: over a network each query costs a round trip."""
    active = Person.archived_at.is_(None)
    return (
        select(func.count(Person.id)).where(active).scalar_subquery(),
        select(func.count(Team.id)).scalar_subquery(),
        select(func.count(Person.id)).join(Account, Account.person_id == Person.id)
        .where(active).scalar_subquery(),
        select(func.count(Person.id)).join(PersonRole, PersonRole.person_id == Person.id)
        .where(active, PersonRole.role == Role.PROFESSIONAL.value, Person.manager_id.is_(None))
        .scalar_subquery(),
    )


def _setup_progress(people: int | None, teams: int | None, with_account: int | None,
                    professionals_without_manager: int | None) -> SetupProgress:
    return SetupProgress(
        people=people or 0,
        teams=teams or 0,
        without_password=(people or 0) - (with_account or 0),
        professionals_without_manager=professionals_without_manager or 0,
    )


@dataclass(frozen=True)
class MyHome:
    """Everything "Mijn regie" shows, read in one go."""

    overview: HomeOverview
    question: Any  # app.services.development.QuestionView | None
    actions: list[Any]  # ActionRow, open, soonest first
    sessions: list[Any]  # SessionRow, from today on
    groups: list[Any]  # GroupRow
    situations: list[Any]  # SituationRow, not finished, my own
    hours: Any  # HoursSummary
    budget: Any  # app.services.budget.MyBudget
    conversations: list[Any]  # ConversationStatusRow I take part in, due or with a meeting
    due: list[Any]  # app.services.due.DueItem: what is due now, as due.due_for says
    scan_rounds: list[Any]  # culture.RoundRow: culture scan rounds I may still answer
    followups: list[Any]  # culture.FollowUpQuestion open for me now
    invitations: list[Any]  # groups.InvitationRow waiting for my answer
    finish_requests: list[Any]  # situations.CloseRequestRow: asked to finish my situations


def my_home(db: Database, actor: Actor) -> MyHome:
    """Everything "Mijn regie" shows, each part read once (the groups, my actions, my
    invitations and the culture rounds serve two cards each), all in one read.

    Each part is still read by its own service, with the access checks and policy filters
    that service applies: only the transaction and the repeated reads are shared."""
    from app.services import (
        actions,
        budget,
        culture,
        culture_answers,
        cycles,
        development,
        due,
        groups,
        hours,
        situations,
    )

    me = actor.person_id or 0
    # Rounds past their time close first, in a write of their own: the shared read below
    # keeps the snapshot it starts with.
    culture_answers.close_due(db)
    with db.shared_read():
        overview = my_overview(db, actor)
        my_groups = groups.my_groups(db, actor)
        answerable = culture.my_answerable(db, actor, closed=True)
        open_actions = actions.my_open_actions(db, actor)
        invitations = groups.my_invitations(db, actor)
        return MyHome(
            overview=overview,
            question=development.my_question(db, actor),
            actions=open_actions,
            sessions=cycles.upcoming_sessions(db, actor, days=14, groups=my_groups),
            groups=my_groups,
            situations=[r for r in situations.list_situations(db, actor, include_finished=False)
                        if r.owner_id == me],
            hours=hours.hours_of(db, actor, me, norm=overview.hours_norm),
            budget=budget.my_budget(db, actor),
            conversations=_my_conversations(db, actor, me),
            due=due.due_for(db, actor, open_rounds=answerable.rounds,
                            open_actions=open_actions, invitations=invitations,
                            my_groups=my_groups),
            scan_rounds=answerable.rounds,
            followups=answerable.followups,
            invitations=invitations,
            finish_requests=situations.requests_to_finish(db, actor),
        )


def _my_conversations(db: Database, actor: Actor, me: int) -> list[Any]:
    """Conversations I take part in that ask for attention: due, overdue, or a meeting set."""
    from app.services import conversations

    rows = conversations.list_conversations(db, actor, taking_part=True, planned_only=True)
    return [r for r in rows
            if me in (r.professional_id, r.manager_id) and r.status.value == "planned"
            and (r.due is not None or r.meeting_at is not None)]
