"""The learning budget: the ledger per year, my budget on the home screen, and the CSV export."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from app.access import Actor
from app.cli import main
from app.services import audit, budget, people
from app.services import learning_requests as lr
from app.services.learning_requests import RequestInput
from models import InterventionKind, LearningHours, LearningRequest, PersonBudget, Role
from models.errors import Conflict, Forbidden, Invalid

YEAR = 2026
ADMIN = Actor.machine_admin()
HEADER_NL = "Niveau;Naam;Beschikbaar;Vastgelegd;Uitgegeven;Resterend;Vervalt"


def asked(db, actor, cost: int, year: int = YEAR) -> lr.RequestRow:
    data = RequestInput(kind=InterventionKind.TRAINING, title=f"Training {cost}",
                        cost_cents=cost, start_date=date(year, 3, 1))
    return lr.get_request(db, actor, lr.ask(db, actor, data).value)


def approved(db, actor, manager, cost: int, year: int = YEAR, **kw: str) -> lr.RequestRow:
    r = asked(db, actor, cost, year)
    lr.approve(db, manager, r.id, expected_version=r.version_id, **kw)
    return lr.get_request(db, actor, r.id)


def completed(db, actor, manager, cost: int, actual: int | None) -> lr.RequestRow:
    r = approved(db, actor, manager, cost)
    lr.complete(db, actor, r.id, actual_cost_cents=actual, learned="Veel",
                expected_version=r.version_id)
    return lr.get_request(db, actor, r.id)


@pytest.fixture
def books(db, owner, add_person):
    """Fixed data for 2026, worked out by hand in the test below.

    Budget 2026: € 10.000,00 (instead of the default € 25.000,00).
    Bakkerij: Anna, Bert. Winkel: Bert, Cem (Bert is in both).
    Anna: own budget € 1.000,00; € 1.250,50 approved beyond it (and € 700 in 2025).
    Bert: no own budget; € 500 completed for € 475,25; € 200 planned; € 999,99 declined.
    Cem: own budget € 300; € 300 completed without actual cost; € 100 waiting; € 50 cancelled.
    Dirk: € 50 completed for € 50,01, then archived. Eva: archived, nothing in 2026.
    """
    bakkerij = people.add_team(db, owner, "Bakkerij").value
    winkel = people.add_team(db, owner, "Winkel").value
    mara = add_person("Mara", roles={Role.MANAGER}, password=None)
    m = mara.person_id
    anna = add_person("Anna", manager_id=m, team_ids=[bakkerij], password=None)
    bert = add_person("Bert", manager_id=m, team_ids=[bakkerij, winkel], password=None)
    cem = add_person("Cem", manager_id=m, team_ids=[winkel], password=None)
    dirk = add_person("Dirk", manager_id=m, password=None)
    eva = add_person("Eva", manager_id=m, password=None)

    budget.set_year_budget(db, owner, YEAR, 1_000_000)
    budget.set_person_budget(db, owner, anna.person_id, YEAR, 100_000)
    budget.set_person_budget(db, owner, cem.person_id, YEAR, 30_000)

    approved(db, anna, mara, 125_050, over_budget_reason="Nodig voor de audit")
    approved(db, anna, mara, 70_000, year=2025)
    completed(db, bert, mara, 50_000, 47_525)
    planned = approved(db, bert, mara, 20_000)
    lr.plan(db, bert, planned.id, expected_version=planned.version_id)
    declined = asked(db, bert, 99_999)
    lr.decline(db, mara, declined.id, "Te duur", expected_version=declined.version_id)
    cancelled = approved(db, cem, mara, 5_000)
    lr.cancel(db, cem, cancelled.id, expected_version=cancelled.version_id)
    completed(db, cem, mara, 30_000, None)
    asked(db, cem, 10_000)
    completed(db, dirk, mara, 5_000, 5_001)
    people.archive_person(db, owner, dirk.person_id)
    people.archive_person(db, owner, eva.person_id)
    return {"anna": anna, "bert": bert, "cem": cem, "mara": mara}


def amounts(row: budget.LedgerRow) -> tuple[int, int, int, int]:
    return (row.available_cents, row.committed_cents, row.spent_cents, row.remaining_cents)


def test_the_ledger_sums_right_to_the_cent(db, owner, books):
    book = budget.ledger(db, owner, YEAR)
    org = book.organisation
    assert org.name == "Bakkerij De Korenschoof"
    # 10.000,00 - (1.250,50 + 200,00) - (475,25 + 300,00 + 50,01)
    assert amounts(org) == (1_000_000, 145_050, 82_526, 772_424)

    teams = {r.name: amounts(r) for r in book.teams}
    assert teams == {
        "Bakkerij": (100_000, 145_050, 47_525, -92_575),  # Anna + Bert
        "Winkel": (30_000, 20_000, 77_525, -67_525),  # Bert + Cem
    }
    persons = {r.name: r for r in book.people}
    assert list(persons) == ["Anna", "Bert", "Cem", "Dirk", "Mara", "Olga Eigenaar"]
    assert amounts(persons["Anna"]) == (100_000, 125_050, 0, -25_050)  # over budget
    assert persons["Anna"].individual
    assert amounts(persons["Bert"]) == (0, 20_000, 47_525, -67_525)
    assert not persons["Bert"].individual
    assert amounts(persons["Cem"]) == (30_000, 0, 30_000, 0)
    assert amounts(persons["Dirk"]) == (0, 0, 5_001, -5_001) and persons["Dirk"].archived
    assert "Eva" not in persons
    assert [r.scope for r in book.rows] == ["organisation", "team", "team"] + ["person"] * 6


def test_the_previous_year_has_its_own_ledger_with_the_default_budget(db, owner, books):
    book = budget.ledger(db, owner, 2025)
    assert amounts(book.organisation) == (2_500_000, 70_000, 0, 2_430_000)
    assert {r.name for r in book.people if r.committed_cents} == {"Anna"}


def test_my_budget_on_the_home_screen(db, books):
    anna = budget.my_budget(db, books["anna"], YEAR)
    assert (anna.available_cents, anna.remaining_cents, anna.shared) == (100_000, -25_050, False)
    bert = budget.my_budget(db, books["bert"], YEAR)
    assert bert.shared and bert.remaining_cents == 772_424
    assert (bert.own_committed_cents, bert.own_spent_cents) == (20_000, 47_525)
    assert budget.my_budget(db, books["bert"]).year == date.today().year


def test_only_the_owner_sees_the_ledger_and_sets_budgets(db, owner, books):
    mara = books["mara"]
    with pytest.raises(Forbidden):
        budget.ledger(db, mara, YEAR)
    with pytest.raises(Forbidden):
        budget.set_year_budget(db, mara, YEAR, 1)
    with pytest.raises(Forbidden):
        budget.set_person_budget(db, mara, mara.person_id, YEAR, 1)


@pytest.mark.parametrize(
    ("year", "amount", "code"),
    [(YEAR, -1, "amount_negative"), (YEAR, 1.5, "amount_invalid"),
     (YEAR, 100_000_000_01, "amount_too_large"), (1999, 100, "budget_year_out_of_range")],
)
def test_a_budget_must_be_whole_cents_for_a_sensible_year(db, owner, year, amount, code):
    with pytest.raises(Invalid) as err:
        budget.set_year_budget(db, owner, year, amount)
    assert err.value.code == code


def test_removing_an_individual_budget_puts_the_person_back_on_the_shared_one(db, owner,
                                                                               books):
    budget.set_person_budget(db, owner, books["anna"].person_id, YEAR, None)
    assert budget.my_budget(db, books["anna"], YEAR).shared
    anna = next(r for r in budget.ledger(db, owner, YEAR).people if r.name == "Anna")
    assert amounts(anna) == (0, 125_050, 0, -125_050) and not anna.individual


def read_back(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_the_csv_export_opens_as_expected(db, owner, books, tmp_path: Path):
    target = tmp_path / "budget-2026.csv"
    assert budget.export_ledger(db, owner, YEAR, target, "nl") == 9
    data = target.read_bytes()
    assert data.decode("utf-8-sig").splitlines()[0] == HEADER_NL
    rows = read_back(data)
    assert rows[1] == ["organisatie", "Bakkerij De Korenschoof", "10000,00", "1450,50",
                       "825,26", "7724,24", "0,00"]
    assert rows[2] == ["team", "Bakkerij", "1000,00", "1450,50", "475,25", "-925,75", "0,00"]
    assert rows[4] == ["medewerker", "Anna", "1000,00", "1250,50", "0,00", "-250,50", "0,00"]
    assert [r[0] for r in rows[1:]] == ["organisatie", "team", "team"] + ["medewerker"] * 6
    assert audit.list_entries(db, owner)[0].action == "ledger_exported"
    assert audit.list_entries(db, owner)[0].detail == {"year": YEAR, "rows": 9}


def test_the_english_export_and_formula_neutralisation(db, owner, books):
    people.add_team(db, owner, "=HYPERLINK(\"http://x\")")
    rows = read_back(budget.ledger_csv(budget.ledger(db, owner, YEAR), "en"))
    assert rows[0] == ["Scope", "Name", "Available", "Committed", "Spent", "Remaining",
                       "Expiring"]
    assert rows[1][0] == "organisation" and rows[1][2:] == ["10000.00", "1450.50", "825.26",
                                                            "7724.24", "0.00"]
    assert ["team", "'=HYPERLINK(\"http://x\")", "0.00", "0.00", "0.00", "0.00", "0.00"] in rows
    assert {r[0] for r in rows[1:]} == {"organisation", "team", "person"}


@given(cents=st.integers(-10**12, 10**12))
def test_a_csv_amount_reads_back_as_the_same_cents(cents: int):
    from app.money import parse_amount

    for language in ("nl", "en"):
        cell = budget.csv_amount(cents, language)
        assert ("." not in cell) if language == "nl" else ("," not in cell)
        sign = -1 if cell.startswith("-") else 1
        assert sign * parse_amount(cell.lstrip("-"), language) == cents \
            if abs(cents) <= 100_000_000_00 else True


def test_an_unwritable_file_is_a_clear_error(db, owner, tmp_path: Path):
    with pytest.raises(Invalid) as err:
        budget.export_ledger(db, owner, YEAR, tmp_path / "no-folder" / "x.csv", "nl")
    assert err.value.code == "file_unwritable"


# --- the admin command ---------------------------------------------------------------------


def test_the_cli_command_writes_the_ledger(db, books, data_dir: Path, tmp_path: Path, capsys):
    target = tmp_path / "ledger.csv"
    code = main(["--data-dir", str(data_dir), "--lang", "nl", "budget", "export",
                 "--year", str(YEAR), str(target)])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert str(target) in out
    rows = read_back(target.read_bytes())
    assert ";".join(rows[0]) == HEADER_NL and rows[1][3] == "1450,50"


@pytest.mark.parametrize("year", ["twintig", "1999", "2101"])
def test_the_cli_command_refuses_a_bad_year(db, data_dir: Path, tmp_path: Path, year, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(data_dir), "budget", "export", "--year", year,
              str(tmp_path / "x.csv")])
    assert exit_.value.code == 2
    assert "year" in capsys.readouterr().err


def test_the_cli_command_reports_an_unwritable_file_in_one_line(db, setup, data_dir: Path,
                                                                 tmp_path: Path, capsys):
    code = main(["--data-dir", str(data_dir), "--lang", "en", "budget", "export",
                 "--year", str(YEAR), str(tmp_path / "no-folder" / "x.csv")])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "x.csv" in err


# --- properties over random requests -------------------------------------------------------

# What happens to one request: who asks (0 = own budget, 1 and 2 = shared), its cost,
# how far it gets, its actual cost, and whether an approval beyond the budget gets a reason.
STEPS = ("requested", "declined", "approved", "planned", "completed", "cancel_requested",
         "cancel_approved", "cancel_planned")
a_request = st.tuples(
    st.integers(0, 2),
    st.integers(0, 10_000_000),
    st.sampled_from(STEPS),
    st.one_of(st.none(), st.integers(0, 10_000_000)),
    st.booleans(),
)


@pytest.fixture
def crowd(db, owner, add_person):
    mara = add_person("Mara", roles={Role.MANAGER}, password=None)
    team_id = people.add_team(db, owner, "Allemaal").value
    members = [add_person(f"P{i}", manager_id=mara.person_id, team_ids=[team_id],
                          password=None) for i in range(3)]
    return mara, members


def drive(db, who, mara, cost: int, step: str, actual: int | None, reason: bool
          ) -> tuple[int, int]:
    """Take one request as far as ``step`` through the services; returns what it adds to
    (committed, spent)."""
    r = asked(db, who, cost)
    if step == "requested":
        return 0, 0
    if step == "cancel_requested":
        lr.cancel(db, who, r.id, expected_version=r.version_id)
        return 0, 0
    if step == "declined":
        lr.decline(db, mara, r.id, "Nee", expected_version=r.version_id)
        return 0, 0
    try:
        lr.approve(db, mara, r.id, over_budget_reason="Toch doen" if reason else "",
                   expected_version=r.version_id)
    except Conflict as exc:
        assert exc.code == "over_budget" and not reason
        assert exc.params["cost"] > exc.params["remaining"]
        return 0, 0
    r = lr.get_request(db, who, r.id)
    if step in ("planned", "cancel_planned"):
        lr.plan(db, who, r.id, expected_version=r.version_id)
        r = lr.get_request(db, who, r.id)
    if step.startswith("cancel"):
        lr.cancel(db, mara, r.id, expected_version=r.version_id)
        return 0, 0
    if step == "completed":
        lr.complete(db, who, r.id, actual_cost_cents=actual, learned="x",
                    expected_version=r.version_id)
        return 0, actual if actual is not None else cost
    return cost, 0


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(requests=st.lists(a_request, max_size=8),
       org_budget=st.integers(0, 20_000_000), own_budget=st.integers(0, 5_000_000))
def test_the_ledger_always_adds_up(db, owner, crowd, requests, org_budget, own_budget):
    mara, members = crowd
    with db.transaction() as s:  # each example starts from an empty year
        s.execute(delete(LearningHours))
        s.execute(delete(LearningRequest))
        s.execute(delete(PersonBudget))
    budget.set_year_budget(db, owner, YEAR, org_budget)
    budget.set_person_budget(db, owner, members[0].person_id, YEAR, own_budget)

    committed = spent = 0
    for who, cost, step, actual, reason in requests:
        c, sp = drive(db, members[who], mara, cost, step, actual, reason)
        committed, spent = committed + c, spent + sp

    book = budget.ledger(db, owner, YEAR)
    org = book.organisation
    assert (org.committed_cents, org.spent_cents) == (committed, spent)
    assert org.remaining_cents == org_budget - committed - spent
    assert sum(r.committed_cents + r.spent_cents for r in book.people) == committed + spent
    (team,) = book.teams
    assert team.available_cents == own_budget
    assert team.committed_cents + team.spent_cents == committed + spent
    assert all(isinstance(v, int) for r in book.rows for v in amounts(r))
