"""What the home screen "Mijn regie" shows: me, my organisation's norm, and set-up progress."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.access import Actor, Operation, may
from app.db import Database
from models import Account, Organisation, Person, PersonRole, Role, Team
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
    with db.read() as s:
        me = s.get(Person, actor.person_id)
        org = s.scalars(select(Organisation).limit(1)).first()
        if me is None or org is None:
            raise NotFound("person_not_found", id=actor.person_id)
        setup = _setup_progress(s) if may(actor, Operation.MANAGE_PEOPLE) else None
        return HomeOverview(
            name=me.name,
            roles=me.roles,
            teams=tuple(t.name for t in me.teams),
            manager_name=me.manager.name if me.manager else "",
            expertise=tuple(me.expertise),
            organisation=org.name,
            hours_norm=org.hours_norm,
            yearly_budget_cents=org.yearly_budget_cents,
            setup=setup,
        )


def _setup_progress(s: Session) -> SetupProgress:
    active = Person.archived_at.is_(None)
    # Four counts in one query: over a network each query costs a round trip.
    people, teams, with_account, professionals_without_manager = s.execute(select(
        select(func.count(Person.id)).where(active).scalar_subquery(),
        select(func.count(Team.id)).scalar_subquery(),
        select(func.count(Person.id)).join(Account, Account.person_id == Person.id)
        .where(active).scalar_subquery(),
        select(func.count(Person.id)).join(PersonRole, PersonRole.person_id == Person.id)
        .where(active, PersonRole.role == Role.PROFESSIONAL.value, Person.manager_id.is_(None))
        .scalar_subquery(),
    )).one()
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


def my_home(db: Database, actor: Actor) -> MyHome:
    from app.services import actions, budget, cycles, development, groups, hours, situations

    me = actor.person_id or 0
    return MyHome(
        overview=my_overview(db, actor),
        question=development.my_question(db, actor),
        actions=actions.my_open_actions(db, actor),
        sessions=cycles.upcoming_sessions(db, actor, days=14),
        groups=groups.my_groups(db, actor),
        situations=[r for r in situations.list_situations(db, actor, include_finished=False)
                    if r.owner_id == me],
        hours=hours.hours_of(db, actor, me),
        budget=budget.my_budget(db, actor),
        conversations=_my_conversations(db, actor, me),
    )


def _my_conversations(db: Database, actor: Actor, me: int) -> list[Any]:
    """Conversations I take part in that ask for attention: due, overdue, or a meeting set."""
    from app.services import conversations

    rows = conversations.list_conversations(db, actor, taking_part=True, planned_only=True)
    return [r for r in rows
            if me in (r.professional_id, r.manager_id) and r.status.value == "planned"
            and (r.due is not None or r.meeting_at is not None)]
