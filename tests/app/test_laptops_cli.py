"""`regiestoel-admin laptops list|revoke`: exact lines (the same in both languages) and exit
codes."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from app.cli import main
from models import PersonalCopy
from tests.app.test_laptops import register


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _at(db, copy_id: str, **moments: datetime) -> None:
    with db.transaction() as s:
        s.execute(update(PersonalCopy).where(PersonalCopy.id == copy_id).values(**moments))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_laptops_list_prints_one_tab_separated_line_per_copy(db, owner, add_person, capsys,
                                                             lang):
    kim = add_person("Kim de Vries")
    synced = register(db, kim.person_id, "laptop-kim")
    never = register(db, owner.person_id, "werkplek-olga")
    # Winter time in the Netherlands: UTC+1.
    _at(db, synced, created_at=datetime(2026, 1, 5, 8, 30, tzinfo=UTC),
        last_synced_at=datetime(2026, 1, 20, 15, 2, tzinfo=UTC))
    _at(db, never, created_at=datetime(2026, 2, 1, 9, 0, tzinfo=UTC))
    run(capsys, "--database-url", db.url, "laptops", "revoke", synced)
    code, out, err = run(capsys, "--database-url", db.url, "--lang", lang, "laptops", "list")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"{never}\t{owner.person_id}\tOlga Eigenaar\t2026-02-01T10:00\t\tno",
        f"{synced}\t{kim.person_id}\tKim de Vries\t2026-01-05T09:30\t2026-01-20T16:02\tyes",
    ]


def test_laptops_list_prints_nothing_without_copies(db, setup, capsys):
    assert run(capsys, "--database-url", db.url, "laptops", "list") == (0, "", "")


def test_laptops_revoke_exits_0_and_the_list_says_yes(db, owner, add_person, capsys):
    kim = add_person("Kim de Vries")
    copy_id = register(db, kim.person_id, "laptop-kim")
    assert run(capsys, "--database-url", db.url, "laptops", "revoke", copy_id) == (0, "", "")
    _code, out, _err = run(capsys, "--database-url", db.url, "laptops", "list")
    assert out.rstrip("\n").endswith("\tyes")


@pytest.mark.parametrize(("lang", "words"), [("nl", "Er is geen persoonlijke kopie met ID"),
                                             ("en", "There is no personal copy with ID")])
def test_laptops_revoke_of_an_unknown_id_is_one_line_and_exit_1(db, owner, add_person, capsys,
                                                                lang, words):
    kim = add_person("Kim de Vries")
    register(db, kim.person_id, "laptop-kim")
    unknown = str(uuid.uuid4())
    code, out, err = run(capsys, "--database-url", db.url, "--lang", lang, "laptops", "revoke",
                         unknown)
    assert (code, out) == (1, "")
    assert err == f"regiestoel-admin: {words} {unknown}.\n"
    _code, listed, _err = run(capsys, "--database-url", db.url, "laptops", "list")
    assert listed.rstrip("\n").endswith("\tno")
