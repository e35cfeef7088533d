"""Issue 17 and 18 on the people import: bounded, nothing dropped without a word, invisible
characters refused, Excel workbooks read, and the write lock held only for the write."""

from __future__ import annotations

import io
import threading

import pytest

from app.services import people, people_import
from app.services.people_csv import import_people_bytes

HEADER = "ID;Naam;E-mail;Rollen;Teams;Leidinggevende (e-mail);Geboortejaar;Expertise\r\n"


def csv_of(*rows: str) -> bytes:
    return (HEADER + "".join(r + "\r\n" for r in rows)).encode("utf-8")


def problems(report) -> set[tuple[int, str, str]]:
    return {(e.row, e.column, e.code) for e in report.errors}


def test_a_cell_over_128_kb_is_named_as_such_not_as_no_csv(db, owner):
    data = csv_of(";Jan;jan@x.nl;;;;;", ";" + "x" * 200_000 + ";big@x.nl;;;;;")
    report = import_people_bytes(db, owner, data, "en", dry_run=True)
    assert problems(report) == {(3, "", "csv_cell_too_large")}
    assert "128 KB" in report.errors[0].message("en")


def test_more_than_100000_rows_are_refused_with_the_limit(db, owner):
    data = csv_of(*(f";P{n};p{n}@x.nl;;;;;" for n in range(100_001)))
    report = import_people_bytes(db, owner, data, "en", dry_run=True)
    assert problems(report) == {(1, "", "csv_too_many_rows")}
    assert "100000" in report.errors[0].message("en")


def test_a_file_over_20_mb_is_refused_with_the_limit(db, owner):
    report = import_people_bytes(db, owner, HEADER.encode() + b"x" * 20_000_001, "en",
                                 dry_run=True)
    assert problems(report) == {(1, "", "csv_too_large")}
    assert "20 MB" in report.errors[0].message("en")


def test_an_unbalanced_quote_is_named_as_the_cause(db, owner):
    data = csv_of(";Jan;jan@x.nl;;;;;", ';"Piet;piet@x.nl;;;;;', ";Klaas;klaas@x.nl;;;;;")
    report = import_people_bytes(db, owner, data, "en", dry_run=True)
    assert [(e.row, e.code) for e in report.errors] == [(3, "csv_quote_not_closed")]
    assert "quote" in report.errors[0].message("en")
    assert "control" not in report.errors[0].message("en")


def test_a_row_with_more_cells_than_the_header_is_reported_not_cut(db, owner):
    data = csv_of(";Jan;jan@x.nl;;;;;;", ";Piet;piet@x.nl;;;;;;extra waarde")
    report = import_people_bytes(db, owner, data, "en", dry_run=False)
    assert problems(report) == {(3, "", "csv_extra_cells")}  # trailing empty cells are fine
    assert not report.applied


@pytest.mark.parametrize("char", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066",
                                  "\u2067", "\u2068", "\u2069", "\u200b", "\ufeff"])
def test_invisible_and_direction_characters_are_refused_with_row_column_and_code_point(
        db, owner, char):
    data = csv_of(";Jan;jan@x.nl;;;;;", f";Ann{char}a de Vries;anna@x.nl;;;;;")
    report = import_people_bytes(db, owner, data, "en", dry_run=False)
    assert problems(report) == {(3, "Naam", "csv_invisible_character")}
    assert f"U+{ord(char):04X}" in report.errors[0].message("en")


def test_joiners_are_kept_in_names(db, owner):
    name = "Mehr\u200cdad Kh\u200dan"
    report = import_people_bytes(db, owner, csv_of(f";{name};m@x.nl;;;;;"), "en",
                                 dry_run=False)
    assert report.applied, report.errors
    assert people.list_people(db, owner, "m@x.nl")[0].name == name


def test_the_role_medewerker_is_understood(db, owner):
    report = import_people_bytes(db, owner, csv_of(";Jan;jan@x.nl;medewerker;;;;"), "nl",
                                 dry_run=False)
    assert report.applied, report.errors


def _workbook(rows: list[list[object]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_excel_workbook_is_imported_like_a_csv_file(db, owner):
    data = _workbook([
        ["ID", "Naam", "E-mail", "Rollen", "Teams", "Leidinggevende (e-mail)",
         "Geboortejaar", "Expertise"],
        [None, "Kees Baas", "kees@x.nl", "leidinggevende", "Werkplaats", None, 1970, None],
        [None, "Anna Bakker", "anna@x.nl", "medewerker", "Werkplaats", "kees@x.nl", 1991.0,
         "Lassen, Planning"],
    ])
    report = import_people_bytes(db, owner, data, "nl", dry_run=False)
    assert report.applied, report.errors
    anna = people.list_people(db, owner, "anna")[0]
    assert anna.manager_name == "Kees Baas" and anna.birth_year == 1991
    assert anna.expertise == ("Lassen", "Planning")


def test_an_excel_workbook_with_a_broken_row_reports_its_row(db, owner):
    data = _workbook([["Naam", "E-mail"], ["Jan", "jan@x.nl"], [None, None],
                      ["Piet", "geen-adres"]])
    report = import_people_bytes(db, owner, data, "en", dry_run=True)
    assert problems(report) == {(4, "E-mail", "email_invalid")}


def test_a_zip_bomb_posing_as_a_workbook_is_refused_before_unpacking(db, owner):
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * 50_000_000)
    report = import_people_bytes(db, owner, out.getvalue(), "en", dry_run=True)
    assert problems(report) == {(1, "", "xlsx_too_large")}


@pytest.mark.sqlite_only
def test_other_writers_are_not_blocked_while_a_file_is_checked(db, owner, monkeypatch):
    """The write lock is taken for the write only; checking happens before it."""
    checking, go_on = threading.Event(), threading.Event()
    real_check = people_import.check

    def slow_check(*args, **kwargs):  # type: ignore[no-untyped-def]
        checking.set()
        assert go_on.wait(30)
        return real_check(*args, **kwargs)

    monkeypatch.setattr(people_import, "check", slow_check)
    result: dict[str, object] = {}
    data = csv_of(*(f";P{n};p{n}@x.nl;;;;;" for n in range(200)))
    worker = threading.Thread(target=lambda: result.setdefault(
        "report", import_people_bytes(db, owner, data, "nl", dry_run=False)))
    worker.start()
    assert checking.wait(30)
    # Meanwhile someone else saves something: not "busy".
    with db.transaction() as s:
        from models import Team

        s.add(Team(name="Tijdens de import"))
    go_on.set()
    worker.join(60)
    report = result["report"]
    assert report.applied and len(report.created) == 200  # type: ignore[attr-defined]
    assert "Tijdens de import" in [t.name for t in people.list_teams(db, owner)]
