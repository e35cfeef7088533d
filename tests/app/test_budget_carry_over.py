"""Unused individual budget carried over, as Dutch collective agreements allow: each amount
with its expiry, spent in the order it expires, never in the organisation's budget."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.carry_over import Amount, person_year
from app.cli import main
from app.services import audit, budget, dashboard, people
from app.services import learning_requests as lr
from app.services.learning_requests import RequestInput
from models import InterventionKind, Role
from models.errors import Forbidden, Invalid

# --- the arithmetic, for any history ----------------------------------------------------------

YEARS = st.integers(2020, 2030)
histories = st.dictionaries(YEARS, st.integers(0, 500_000), max_size=8)


@settings(max_examples=300)
@given(own=histories, used=histories, carry=st.integers(0, 4), year=YEARS)
def test_each_year_adds_up_and_carried_amounts_come_from_the_years_before(
        own, used, carry, year):
    py = person_year(own, used, carry, year)
    assert py.available_cents == own.get(year, 0) + sum(a.cents for a in py.carried)
    assert py.remaining_cents == py.available_cents - used.get(year, 0)
    for amount in py.carried:
        assert year - carry <= amount.origin < year and amount.expires == amount.origin + carry
        assert amount.cents > 0 and amount.cents <= own[amount.origin]
    assert all(a.cents > 0 for a in py.left)
    assert 0 <= py.expiring_cents <= max(py.remaining_cents, 0)
    if carry == 0:
        assert py.carried == () and py.available_cents == own.get(year, 0)
    if py.remaining_cents >= 0:
        assert sum(a.cents for a in py.left) == py.remaining_cents
    else:
        assert py.left == ()  # an overspend leaves nothing, and takes nothing from later


@settings(max_examples=300)
@given(own=histories, used=histories, carry=st.integers(0, 4))
def test_no_cent_is_made_or_lost_over_the_years(own, used, carry):
    """Every cent of budget is used, lapses once, or is still there at the end."""
    first, last = 2020, 2030
    consumed = lapsed = 0
    for year in range(first, last + 1):
        py = person_year(own, used, carry, year)
        consumed += min(used.get(year, 0), py.available_cents)
        lapsed += py.expiring_cents
    still = sum(a.cents for a in person_year(own, used, carry, last).left
                if a.expires > last)
    assert sum(own.values()) == consumed + lapsed + still


@settings(max_examples=200)
@given(own=histories, used=st.integers(0, 1_000_000), carry=st.integers(1, 4), year=YEARS)
def test_spending_uses_the_amount_that_expires_first(own, used, carry, year):
    """Whatever is spent comes out of the earliest expiring amounts, in full, before a later
    one is touched."""
    carried = person_year(own, {}, carry, year).carried
    pool = sorted([*carried, *([Amount(year, own[year], year + carry)] if own.get(year)
                               else [])], key=lambda a: a.expires)
    left = {a.origin: a.cents for a in person_year(own, {year: used}, carry, year).left}
    to_take = used
    for amount in pool:
        taken = min(amount.cents, to_take)
        to_take -= taken
        assert left.get(amount.origin, 0) == amount.cents - taken


@settings(max_examples=200)
@given(own=histories, used=histories, carry=st.integers(0, 3), year=YEARS)
def test_a_longer_carry_over_never_leaves_less_available(own, used, carry, year):
    shorter = person_year(own, used, carry, year)
    longer = person_year(own, used, carry + 1, year)
    assert longer.available_cents >= shorter.available_cents


def test_a_carry_over_outside_zero_to_ten_years_is_refused():
    with pytest.raises(ValueError):
        person_year({}, {}, 11, 2026)


# --- in the ledger ---------------------------------------------------------------------------


@pytest.fixture
def team(db, owner, add_person):
    """Anna: € 1.000 a year in 2025 and 2026, spent € 600 in 2025; Bert: shared budget."""
    team_id = people.add_team(db, owner, "Monteurs").value
    mara = add_person("Mara", roles={Role.MANAGER}, password=None)
    anna = add_person("Anna", manager_id=mara.person_id, team_ids=[team_id], password=None)
    bert = add_person("Bert", manager_id=mara.person_id, team_ids=[team_id], password=None)
    budget.set_year_budget(db, owner, 2025, 500_000)
    budget.set_year_budget(db, owner, 2026, 500_000)
    for year in (2025, 2026):
        budget.set_person_budget(db, owner, anna.person_id, year, 100_000)
    spend(db, anna, mara, 60_000, 2025)
    return anna, bert, mara


def spend(db, who, manager, cents: int, year: int, **approval: str) -> None:
    data = RequestInput(kind=InterventionKind.COURSE, title=f"Cursus {cents}",
                        cost_cents=cents, start_date=date(year, 4, 1))
    request = lr.get_request(db, who, lr.ask(db, who, data).value)
    lr.approve(db, manager, request.id, expected_version=request.version_id, **approval)


def person(book: budget.Ledger, name: str) -> budget.LedgerRow:
    return next(r for r in book.people if r.name == name)


def test_without_a_carry_over_unused_budget_lapses_and_the_ledger_says_so(db, owner, team):
    book = budget.ledger(db, owner, 2025)
    assert book.carry_years == 0
    assert (person(book, "Anna").remaining_cents, person(book, "Anna").expiring_cents) == (
        40_000, 40_000)
    later = budget.ledger(db, owner, 2026)
    assert person(later, "Anna").available_cents == 100_000
    assert person(later, "Anna").carried == ()


def test_with_three_years_the_rest_carries_over_for_the_person_and_team_not_the_organisation(
        db, owner, team):
    anna, bert, mara = team
    before = dashboard.figures(db, owner, dashboard.Period(2026))
    budget.set_carry_years(db, owner, 3)
    book = budget.ledger(db, owner, 2026)
    row = person(book, "Anna")
    assert row.carried == (Amount(2025, 40_000, 2028),)
    assert row.carried[0].expires_on == date(2028, 12, 31)
    assert row.available_cents == 140_000 and row.individual
    assert book.teams[0].available_cents == 140_000
    # The organisation's budget, and so the dashboard's AWVN share, are as they were.
    assert book.organisation.available_cents == 500_000
    after = dashboard.figures(db, owner, dashboard.Period(2026))
    assert after.budget_available_cents == before.budget_available_cents == 500_000
    assert budget.my_budget(db, anna, 2026).available_cents == 140_000
    assert budget.my_budget(db, anna, 2026).carried == (Amount(2025, 40_000, 2028),)
    assert budget.my_budget(db, bert, 2026).shared
    assert "budget_carry_years_set" in [e.action for e in audit.list_entries(db, owner)]


def test_spending_takes_the_amount_that_expires_first_and_the_ledger_shows_what_expires(
        db, owner, team):
    anna, _bert, mara = team
    budget.set_carry_years(db, owner, 1)  # 2025's rest is usable until the end of 2026
    spend(db, anna, mara, 30_000, 2026)
    row = person(budget.ledger(db, owner, 2026), "Anna")
    assert (row.available_cents, row.remaining_cents) == (140_000, 110_000)
    # The € 300 came out of 2025's € 400: € 100 of it lapses at the end of 2026; 2026's
    # own € 1.000 is untouched and carries over into 2027.
    assert row.expiring_cents == 10_000
    assert budget.ledger(db, owner, 2026).organisation.expiring_cents == 10_000
    assert budget.my_budget(db, anna, 2026).expiring_cents == 10_000
    next_year = person(budget.ledger(db, owner, 2027), "Anna")
    assert next_year.carried == (Amount(2026, 100_000, 2027),)
    # A request within what is carried over needs no over-budget reason.
    spend(db, anna, mara, 110_000, 2026)
    assert person(budget.ledger(db, owner, 2026), "Anna").remaining_cents == 0


def test_the_export_has_a_last_column_with_what_expires(db, owner, team, data_dir: Path,
                                                        tmp_path: Path, capsys):
    budget.set_carry_years(db, owner, 1)
    for language, header, cell in (("nl", "Vervalt", "400,00"), ("en", "Expiring", "400.00")):
        target = tmp_path / f"ledger-{language}.csv"
        code = main(["--data-dir", str(data_dir), "--lang", language, "budget", "export",
                     "--year", "2026", str(target)])
        assert code == 0 and capsys.readouterr().err == ""
        rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig")),
                               delimiter=";"))
        assert rows[0][-1] == header and len(rows[0]) == 7
        anna = next(r for r in rows if r[1] == "Anna")
        assert anna[2] == ("1400,00" if language == "nl" else "1400.00")
        assert anna[-1] == cell
        assert all(len(r) == 7 for r in rows)


@pytest.mark.parametrize("years", [-1, 11, True, 2.5])
def test_a_carry_over_outside_zero_to_ten_years_is_refused_and_nothing_changes(
        db, owner, team, years):
    budget.set_carry_years(db, owner, 2)
    with pytest.raises(Invalid) as refused:
        budget.set_carry_years(db, owner, years)
    assert refused.value.code == "carry_years_out_of_range"
    assert budget.ledger(db, owner, 2026).carry_years == 2


def test_only_the_owner_sets_the_carry_over(db, team):
    anna, _bert, mara = team
    for who in (anna, mara):
        with pytest.raises(Forbidden):
            budget.set_carry_years(db, who, 3)
