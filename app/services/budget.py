"""The learning budget: yearly and individual budgets, the ledger per year, and its CSV export.

Money is integer cents everywhere. Per year and per request:

- *committed* (vastgelegd): the expected cost of approved and planned requests;
- *spent* (uitgegeven): the actual cost of completed requests (their expected cost when no
  actual cost was given);
- *remaining* (resterend): available - committed - spent, negative when over budget;
- *expiring* (vervalt): what of a person's individual budget lapses at the end of the year
  unless it is used.

With a carry-over (an organisation setting, 0 years by default; many collective agreements
allow 3), what is left of a person's individual budget stays available for that many more
years, each amount with its own expiry (``app.carry_over``). Carried-over amounts count as
available for the person and their team, never in the organisation's budget, so the share
of the budget used stays comparable with the AWVN figure.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, selectinload

from app import policy
from app.access import Actor, Operation, require
from app.carry_over import MAX_CARRY_YEARS, Amount, PersonYear, person_year
from app.changes import Area, Changes
from app.db import Database
from app.files import write_atomic
from app.money import format_amount
from app.personal_copy.outbox import online_only
from app.policy import Kind, Op
from app.services import audit
from app.services.people import fold

# The cell neutraliser of the people export: one rule for every CSV file Regiestoel writes.
from app.services.people_csv import DELIMITER, neutralise_cell
from models import (
    BudgetYear,
    LearningRequest,
    Organisation,
    OrgSetting,
    Person,
    PersonBudget,
    RequestStatus,
    Team,
)
from models.errors import Forbidden, Invalid, NotFound

FIRST_YEAR, LAST_YEAR = 2000, 2100
# A hundred million euros: a budget above this is a typing error.
MAX_BUDGET_CENTS = 100_000_000_00

COMMITTED = (RequestStatus.APPROVED.value, RequestStatus.PLANNED.value)
SPENT = (RequestStatus.COMPLETED.value,)

Scope = Literal["organisation", "team", "person"]


class Cents(int):
    """An amount in cents that a message writes as money: ``{cost:nl}`` gives ``€ 1.250,50``.

    It is a plain ``int`` everywhere else, so error parameters stay exact numbers.
    """

    def __format__(self, spec: str) -> str:
        if spec in ("nl", "en"):
            return format_amount(int(self), spec, symbol=True)
        return int.__format__(int(self), spec)


# --- checks --------------------------------------------------------------------------------


def clean_year(year: int, field: str = "year") -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not (
            FIRST_YEAR <= year <= LAST_YEAR):
        raise Invalid("budget_year_out_of_range", field=field, low=FIRST_YEAR, high=LAST_YEAR)
    return year


def clean_cents(amount: int, field: str, *, maximum: int = MAX_BUDGET_CENTS) -> int:
    """An exact amount: whole cents, not negative, not absurdly large. Floats are refused."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise Invalid("amount_invalid", field=field, value=str(amount))
    if amount < 0:
        raise Invalid("amount_negative", field=field)
    if amount > maximum:
        raise Invalid("amount_too_large", field=field)
    return amount


# --- sums ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Totals:
    committed_cents: int = 0
    spent_cents: int = 0

    def __add__(self, other: Totals) -> Totals:
        return Totals(self.committed_cents + other.committed_cents,
                      self.spent_cents + other.spent_cents)


def totals_per_person(s: Session, year: int) -> dict[int, Totals]:
    """Committed and spent per person in a budget year (only people with requests in it)."""
    committed = func.sum(case((LearningRequest.status.in_(COMMITTED),
                               LearningRequest.cost_cents), else_=0))
    spent = func.sum(case((LearningRequest.status.in_(SPENT),
                           func.coalesce(LearningRequest.actual_cost_cents,
                                         LearningRequest.cost_cents)), else_=0))
    rows = s.execute(
        select(LearningRequest.person_id, committed, spent)
        .where(LearningRequest.budget_year == year)
        .group_by(LearningRequest.person_id)
    ).all()
    return {pid: Totals(int(c or 0), int(sp or 0)) for pid, c, sp in rows}


def organisation_available(s: Session, year: int) -> int:
    """The year's budget, or the organisation's default yearly budget when none was set."""
    # One query for both (over a network each query costs a round trip).
    amount = s.scalar(select(func.coalesce(
        select(BudgetYear.amount_cents).where(BudgetYear.year == year).scalar_subquery(),
        select(Organisation.yearly_budget_cents).limit(1).scalar_subquery())))
    return int(amount or 0)


CARRY_SETTING = "budget_carry_years"


def carry_years(s: Session) -> int:
    """How many years unused individual budget stays available (0: it lapses at year end)."""
    stored = s.get(OrgSetting, CARRY_SETTING)
    return int(stored.value) if stored is not None else 0


def individual_years(s: Session, year: int, person_ids: Iterable[int] | None = None
                     ) -> dict[int, PersonYear]:
    """The individual budget of ``year`` of everyone who has one, or has money carried
    over into it; carried-over amounts included. One read of the history that matters."""
    years = carry_years(s)
    since = FIRST_YEAR if years else year
    budgets = select(PersonBudget.person_id, PersonBudget.year, PersonBudget.amount_cents) \
        .where(PersonBudget.year >= since, PersonBudget.year <= year)
    if person_ids is not None:
        budgets = budgets.where(PersonBudget.person_id.in_(list(person_ids)))
    own: dict[int, dict[int, int]] = {}
    for pid, y, cents in s.execute(budgets):
        own.setdefault(pid, {})[y] = cents
    if not own:
        return {}
    used: dict[int, dict[int, int]] = {}
    spent = func.sum(case((LearningRequest.status.in_(COMMITTED), LearningRequest.cost_cents),
                          (LearningRequest.status.in_(SPENT),
                           func.coalesce(LearningRequest.actual_cost_cents,
                                         LearningRequest.cost_cents)), else_=0))
    rows = s.execute(
        select(LearningRequest.person_id, LearningRequest.budget_year, spent)
        .where(LearningRequest.person_id.in_(list(own)), LearningRequest.budget_year >= since,
               LearningRequest.budget_year <= year)
        .group_by(LearningRequest.person_id, LearningRequest.budget_year))
    for pid, y, cents in rows:
        used.setdefault(pid, {})[y] = int(cents or 0)
    found = {pid: person_year(own[pid], used.get(pid, {}), years, year) for pid in own}
    # Individual this year: a budget of their own, or money carried over into it.
    return {pid: py for pid, py in found.items()
            if year in own[pid] or py.carried_cents > 0}


def remaining_for(s: Session, person_id: int, year: int) -> int:
    """What is left for a request of this person: their individual budget (carried-over
    amounts included) if they have one for the year, otherwise the organisation's budget
    of that year."""
    mine = individual_years(s, year, [person_id]).get(person_id)
    if mine is not None:
        return mine.remaining_cents
    everyone = sum(totals_per_person(s, year).values(), Totals())
    return organisation_available(s, year) - everyone.committed_cents - everyone.spent_cents


# --- setting budgets -----------------------------------------------------------------------


@online_only()
def set_year_budget(db: Database, actor: Actor, year: int, amount_cents: int) -> Changes:
    """The organisation's learning budget of one year (instead of the default)."""
    require(actor, Operation.MANAGE_BUDGET)
    year = clean_year(year)
    amount = clean_cents(amount_cents, "budget")
    with db.transaction() as s:
        row = s.get(BudgetYear, year)
        before = row.amount_cents if row is not None else None
        if row is None:
            s.add(BudgetYear(year=year, amount_cents=amount))
        else:
            row.amount_cents = amount
        audit.record(s, actor, "budget_year_set", None, year=year, before=before,
                     after=amount)
    return Changes.of(Area.BUDGET, value=year)


@online_only()
def set_person_budget(db: Database, actor: Actor, person_id: int, year: int,
                      amount_cents: int | None) -> Changes:
    """Give one person an individual budget for a year; ``None`` takes it away again, so
    their requests are paid from the organisation's budget."""
    require(actor, Operation.MANAGE_BUDGET)
    year = clean_year(year)
    amount = None if amount_cents is None else clean_cents(amount_cents, "budget")
    with db.transaction() as s:
        if s.get(Person, person_id) is None:
            raise NotFound("person_not_found", id=person_id)
        policy.require(s, actor, Kind.BUDGET_LINE, Op.CHANGE,
                       policy.Subject(person_id=person_id))
        row = s.get(PersonBudget, (person_id, year))
        before = row.amount_cents if row is not None else None
        if amount is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(PersonBudget(person_id=person_id, year=year, amount_cents=amount))
        else:
            row.amount_cents = amount
        audit.record(s, actor, "person_budget_set", person_id, year=year, before=before,
                     after=amount)
    return Changes.of(Area.BUDGET, ids=(person_id,), value=year)


@online_only()
def set_carry_years(db: Database, actor: Actor, years: int) -> Changes:
    """How many years a person's unused individual budget stays available (0 to 10)."""
    require(actor, Operation.MANAGE_BUDGET)
    if isinstance(years, bool) or not isinstance(years, int) \
            or not 0 <= years <= MAX_CARRY_YEARS:
        raise Invalid("carry_years_out_of_range", field="carry_years",
                      maximum=MAX_CARRY_YEARS)
    with db.transaction() as s:
        before = carry_years(s)
        stored = s.get(OrgSetting, CARRY_SETTING)
        if stored is None:
            s.add(OrgSetting(key=CARRY_SETTING, value=str(years)))
        else:
            stored.value = str(years)
        audit.record(s, actor, "budget_carry_years_set", None, before=before, after=years)
    return Changes.of(Area.BUDGET, value=years)


# --- the ledger ----------------------------------------------------------------------------


@dataclass(frozen=True)
class LedgerRow:
    """One line of the ledger; ``id`` is the organisation's, team's or person's id."""

    scope: Scope
    name: str
    id: int
    available_cents: int
    committed_cents: int
    spent_cents: int
    # Person rows: whether the available amount is their own budget (else it shows 0).
    individual: bool = False
    archived: bool = False
    # What lapses at the end of the year unless used (individual budgets; a team and the
    # organisation add up their people's), and, for a person, what came in from earlier
    # years, each amount with its expiry.
    expiring_cents: int = 0
    carried: tuple[Amount, ...] = ()

    @property
    def remaining_cents(self) -> int:
        """Negative when more is committed and spent than available."""
        return self.available_cents - self.committed_cents - self.spent_cents


@dataclass(frozen=True)
class Ledger:
    year: int
    rows: tuple[LedgerRow, ...]
    carry_years: int = 0

    @property
    def organisation(self) -> LedgerRow:
        return next(r for r in self.rows if r.scope == "organisation")

    @property
    def teams(self) -> list[LedgerRow]:
        return [r for r in self.rows if r.scope == "team"]

    @property
    def people(self) -> list[LedgerRow]:
        return [r for r in self.rows if r.scope == "person"]


def ledger(db: Database, actor: Actor, year: int) -> Ledger:
    """The budget of one year: the organisation, each team, and each person.

    People: everyone active, plus archived people with an individual budget, or with
    committed or spent money, in that year — so the person rows add up to the
    organisation's committed and spent amounts.

    Teams: available is the sum of their members' individual budgets (carried-over
    amounts included), and committed, spent and expiring are their members' sums. A person
    in two teams counts fully in both team rows, so the team rows together may add up to
    more than the organisation. The organisation's available amount is its own budget of
    the year only: carried-over amounts are not in it.
    """
    require(actor, Operation.VIEW_LEDGER)
    if not policy.covers_everyone(actor, Kind.BUDGET_LINE, Op.READ):
        raise Forbidden("not_allowed", operation=Operation.VIEW_LEDGER.value)
    year = clean_year(year)
    with db.read() as s:
        org = s.scalars(select(Organisation).limit(1)).first()
        if org is None:
            raise NotFound("organisation_missing")
        totals = totals_per_person(s, year)
        individual = individual_years(s, year)
        everyone = sum(totals.values(), Totals())
        people: dict[int, LedgerRow] = {}
        for p in s.scalars(select(Person)):
            mine = totals.get(p.id, Totals())
            own = individual.get(p.id)
            if p.archived_at is not None and own is None and mine == Totals():
                continue
            people[p.id] = LedgerRow(
                "person", p.name, p.id, own.available_cents if own else 0,
                mine.committed_cents, mine.spent_cents, individual=own is not None,
                archived=p.archived_at is not None,
                expiring_cents=own.expiring_cents if own else 0,
                carried=own.carried if own else ())
        rows: list[LedgerRow] = [LedgerRow(
            "organisation", org.name, org.id, organisation_available(s, year),
            everyone.committed_cents, everyone.spent_cents,
            expiring_cents=sum(r.expiring_cents for r in people.values()))]
        team_rows: list[LedgerRow] = []
        for team in s.scalars(select(Team).options(selectinload(Team.members))):
            members = [people[m.id] for m in team.members if m.id in people]
            team_rows.append(LedgerRow(
                "team", team.name, team.id, sum(m.available_cents for m in members),
                sum(m.committed_cents for m in members), sum(m.spent_cents for m in members),
                expiring_cents=sum(m.expiring_cents for m in members)))
        years = carry_years(s)
    rows += sorted(team_rows, key=lambda r: (fold(r.name), r.id))
    rows += sorted(people.values(), key=lambda r: (fold(r.name), r.id))
    # Every person's budget line is read: that is in the audit log (one entry per read).
    with db.transaction() as w:
        audit.record(w, actor, "budget_lines_read", None, year=year, people=len(people))
    return Ledger(year, tuple(rows), years)


@dataclass(frozen=True)
class MyBudget:
    """What "Mijn regie" shows of the budget.

    With an individual budget the amounts are the person's own. Without one (``shared``)
    they are the organisation's, and ``own_*`` says what of it went to this person.
    """

    year: int
    available_cents: int
    committed_cents: int
    spent_cents: int
    shared: bool
    own_committed_cents: int
    own_spent_cents: int
    # With an individual budget: what lapses at the end of the year unless used, and the
    # amounts carried over from earlier years, each with its expiry.
    expiring_cents: int = 0
    carried: tuple[Amount, ...] = ()

    @property
    def remaining_cents(self) -> int:
        return self.available_cents - self.committed_cents - self.spent_cents


def my_budget(db: Database, actor: Actor, year: int | None = None) -> MyBudget:
    if actor.person_id is None:
        raise NotFound("person_not_found", id=0)
    year = clean_year(year if year is not None else date.today().year)
    with db.read() as s:
        policy.require(s, actor, Kind.BUDGET_LINE, Op.READ,
                       policy.Subject(person_id=actor.person_id))
        first = s.execute(_my_budget_figures(actor.person_id, year)).one()
        mine = Totals(int(first.my_committed or 0), int(first.my_spent or 0))
        # Only a person with budget rows of their own can have an individual budget: the
        # rest (most people) get everything from that one statement.
        own = (individual_years(s, year, [actor.person_id]).get(actor.person_id)
               if first.has_own else None)
        if own is not None:
            return MyBudget(year, own.available_cents, mine.committed_cents,
                            mine.spent_cents, False, mine.committed_cents, mine.spent_cents,
                            own.expiring_cents, own.carried)
        return MyBudget(year, int(first.available or 0), int(first.committed or 0),
                        int(first.spent or 0), True, mine.committed_cents, mine.spent_cents)


def _my_budget_figures(person_id: int, year: int) -> Select[Any]:
    """The organisation's budget of ``year`` with everyone's and my committed and spent
    amounts, and whether I have budget rows of my own: one round trip over a network."""
    committed = case((LearningRequest.status.in_(COMMITTED), LearningRequest.cost_cents),
                     else_=0)
    spent = case((LearningRequest.status.in_(SPENT),
                  func.coalesce(LearningRequest.actual_cost_cents, LearningRequest.cost_cents)),
                 else_=0)
    mine = LearningRequest.person_id == person_id
    sums = (select(func.sum(committed).label("committed"), func.sum(spent).label("spent"),
                   func.sum(case((mine, committed), else_=0)).label("my_committed"),
                   func.sum(case((mine, spent), else_=0)).label("my_spent"))
            .where(LearningRequest.budget_year == year).subquery())
    available = func.coalesce(
        select(BudgetYear.amount_cents).where(BudgetYear.year == year).scalar_subquery(),
        select(Organisation.yearly_budget_cents).limit(1).scalar_subquery())
    has_own = select(PersonBudget.person_id).where(PersonBudget.person_id == person_id,
                                                   PersonBudget.year <= year).exists()
    return select(available.label("available"), sums.c.committed, sums.c.spent,
                  sums.c.my_committed, sums.c.my_spent, has_own.label("has_own"))


# --- export --------------------------------------------------------------------------------

_HEADERS = {
    "nl": ("Niveau", "Naam", "Beschikbaar", "Vastgelegd", "Uitgegeven", "Resterend", "Vervalt"),
    "en": ("Scope", "Name", "Available", "Committed", "Spent", "Remaining", "Expiring"),
}
_SCOPE_WORDS: dict[str, dict[Scope, str]] = {
    "nl": {"organisation": "organisatie", "team": "team", "person": "medewerker"},
    "en": {"organisation": "organisation", "team": "team", "person": "person"},
}


def _language(language: str) -> str:
    return "nl" if language == "nl" else "en"


def csv_amount(cents: int, language: str) -> str:
    """``125050`` -> ``1250,50`` (nl) or ``1250.50`` (en): no thousands separator, so a
    spreadsheet reads the cell as a number."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{whole}{',' if _language(language) == 'nl' else '.'}{frac:02d}"


def ledger_csv(book: Ledger, language: str) -> bytes:
    """The ledger as an Excel-compatible file: UTF-8 with BOM, ``;``, CRLF."""
    lang = _language(language)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(_HEADERS[lang])
    for row in book.rows:
        # Only the text cells are neutralised: "-300,00" is a number, not a formula.
        writer.writerow([
            _SCOPE_WORDS[lang][row.scope],
            neutralise_cell(row.name),
            *(csv_amount(c, lang) for c in (row.available_cents, row.committed_cents,
                                            row.spent_cents, row.remaining_cents,
                                            row.expiring_cents)),
        ])
    # The BOM makes Excel read UTF-8 instead of the Windows code page.
    return out.getvalue().encode("utf-8-sig")


def export_ledger(db: Database, actor: Actor, year: int, path: Path, language: str) -> int:
    """Write the ledger of ``year`` to ``path``; returns the number of rows written."""
    book = ledger(db, actor, year)
    data = ledger_csv(book, language)
    # Complete or not at all: never an empty or half-written file (a full USB stick).
    write_atomic(Path(path), data)
    with db.transaction() as s:
        audit.record(s, actor, "ledger_exported", None, year=book.year, rows=len(book.rows))
    return len(book.rows)
