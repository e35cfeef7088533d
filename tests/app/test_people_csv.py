"""Importing and exporting people as CSV, as a small organisation keeps them in Excel."""

from __future__ import annotations

import csv
import io
import itertools
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.messages import catalogue, placeholders
from app.paths import resources_dir
from app.services import audit, people
from app.services.people_csv import (
    ImportReport,
    export_people,
    export_people_bytes,
    format_report,
    import_people,
    import_people_bytes,
)
from models import Role
from models.errors import Forbidden, Invalid

NL = ["ID", "Naam", "E-mail", "Rollen", "Teams", "Leidinggevende (e-mail)", "Geboortejaar",
      "Expertise"]
EN = ["ID", "Name", "E-mail", "Roles", "Teams", "Manager (e-mail)", "Year of birth", "Expertise"]


def make_csv(
    rows: list[list[object]],
    header: list[str] = NL,
    *,
    delimiter: str = ";",
    encoding: str = "utf-8-sig",
) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


def parse(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def state(db, owner) -> list[tuple]:
    """Everything an import can change, to compare before and after."""
    rows = people.list_people(db, owner, include_archived=True)
    teams = [(t.id, t.name) for t in people.list_teams(db, owner)]
    return [
        (p.id, p.name, p.email, p.roles, p.team_ids, p.manager_id, p.birth_year, p.expertise,
         p.archived, p.version_id)
        for p in rows
    ] + teams


def new_person(db, owner, name: str, email: str, **extra) -> int:
    """A person without an account: no slow password hashing."""
    return people.add_person(db, owner, people.PersonInput(name=name, email=email, **extra)).value


def cells(report: ImportReport) -> set[tuple[int, str, str]]:
    return {(e.row, e.column, e.code) for e in report.errors}


@pytest.fixture
def staff(db, owner):
    """A small bakery: a manager with two people in two teams; one archived colleague."""
    people.add_team(db, owner, "Bakkerij")
    people.add_team(db, owner, "Winkel")
    teams = {t.name: t.id for t in people.list_teams(db, owner)}
    manager = new_person(db, owner, "Henk de Vries", "henk@korenschoof.nl",
                         roles={Role.MANAGER, Role.PROFESSIONAL}, team_ids=[teams["Bakkerij"]])
    new_person(db, owner, "Özcan Demir", "ozcan@korenschoof.nl", manager_id=manager,
               team_ids=[teams["Bakkerij"], teams["Winkel"]], birth_year=1985,
               expertise=["Desem", "Planning"])
    new_person(db, owner, "-Ingrid Jansen", "ingrid@korenschoof.nl",
               roles={Role.GUIDE, Role.PROFESSIONAL}, manager_id=manager,
               expertise=["=SUM(A1)", "+31 kassa"])
    gone = new_person(db, owner, "Piet Vertrokken", "piet@korenschoof.nl")
    people.archive_person(db, owner, gone)
    return teams


# --- export ------------------------------------------------------------------------------


def test_an_exported_file_imports_back_without_changes(db, owner, staff):
    before = state(db, owner)
    data = export_people_bytes(db, owner, "nl")

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert report.ok, report.errors
    assert report.applied
    assert (report.created, report.updated, report.new_teams) == ([], [], [])
    assert report.unchanged == 4
    assert state(db, owner) == before


def test_an_english_export_imports_back_without_changes(db, owner, staff):
    before = state(db, owner)
    data = export_people_bytes(db, owner, "en")
    assert parse(data)[0] == EN

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert report.ok and report.unchanged == 4
    assert state(db, owner) == before


def test_the_export_opens_in_dutch_excel(db, owner, staff):
    data = export_people_bytes(db, owner, "nl")

    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == 5 and b"\n" not in data.replace(b"\r\n", b"")
    rows = parse(data)
    assert rows[0] == NL
    # Active people only, by name; the archived colleague is left out.
    assert [r[1] for r in rows[1:]] == ["'-Ingrid Jansen", "Henk de Vries", "Olga Eigenaar",
                                        "Özcan Demir"]
    ozcan = rows[4]
    assert ozcan[2:] == ["ozcan@korenschoof.nl", "professional", "Bakkerij, Winkel",
                         "henk@korenschoof.nl", "1985", "Desem, Planning"]
    assert rows[2][3] == "leidinggevende, professional"
    assert rows[3][3] == "eigenaar, leidinggevende"


def test_formulas_are_neutralised_in_the_export_but_numbers_are_not(db, owner, staff):
    rows = parse(export_people_bytes(db, owner, "en"))
    ingrid = rows[1]

    assert ingrid[1] == "'-Ingrid Jansen"
    assert ingrid[3] == "professional, guide"
    assert ingrid[7] == "'+31 kassa, =SUM(A1)"  # only the start of a cell counts
    assert all(r[0].isdigit() for r in rows[1:])
    assert rows[4][6] == "1985"


def test_export_to_a_file_says_how_many_people_it_wrote(db, owner, staff, tmp_path):
    target = tmp_path / "medewerkers.csv"

    assert export_people(db, owner, target, "nl") == 4
    assert target.read_bytes() == export_people_bytes(db, owner, "nl")


def test_export_to_a_folder_that_does_not_exist_is_a_clear_error(db, owner, tmp_path):
    with pytest.raises(Invalid) as caught:
        export_people(db, owner, tmp_path / "nope" / "x.csv", "nl")
    assert caught.value.code == "file_unwritable"


def test_each_import_and_export_is_written_to_the_audit_log(db, owner, staff):
    data = export_people_bytes(db, owner, "nl")
    import_people_bytes(db, owner, data, "nl", dry_run=True)
    import_people_bytes(db, owner, data, "nl", dry_run=False)

    entries = [e for e in audit.list_entries(db, owner) if e.action.startswith("people_")]
    assert [e.action for e in entries] == ["people_imported", "people_exported"]
    assert entries[0].detail["created"] == 0
    assert entries[1].detail == {"rows": 4}


# --- reading files -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        NL,
        EN,
        ["expertise", " EMAIL ", "naam", "Leidinggevende", "Rol", "Opmerkingen"],
        ["Full name", "E-mail address", "Manager", "Roles", "Year of Birth"],
    ],
)
def test_dutch_and_english_headers_in_any_order_are_understood(db, owner, header):
    values = {"naam": "Fatima Yilmaz", "fullname": "Fatima Yilmaz", "name": "Fatima Yilmaz",
              "email": "fatima@korenschoof.nl", "emailaddress": "fatima@korenschoof.nl",
              "rollen": "Begeleider", "rol": "begeleider", "roles": "GUIDE",
              "leidinggevende": "olga@korenschoof.nl", "manager": "olga@korenschoof.nl",
              "leidinggevendeemail": "olga@korenschoof.nl", "manageremail": "olga@korenschoof.nl",
              "geboortejaar": "1990", "yearofbirth": "1990", "opmerkingen": "=1+1"}

    def key(title: str) -> str:
        return "".join(ch for ch in title.lower() if ch.isalnum())

    row = [values.get(key(h), "") for h in header]

    report = import_people_bytes(db, owner, make_csv([row], header), "en", dry_run=False)

    assert report.ok, report.errors
    assert report.created == ["Fatima Yilmaz"]
    fatima = next(p for p in people.list_people(db, owner) if p.name == "Fatima Yilmaz")
    assert fatima.email == "fatima@korenschoof.nl"
    assert fatima.manager_name == "Olga Eigenaar"
    if any(key(h) in ("rollen", "rol", "roles") for h in header):
        assert fatima.roles == {Role.GUIDE}


def test_an_old_excel_file_in_windows_1252_is_read_right(db, owner):
    data = make_csv(
        [["", "Özcan Demir", "ozcan@korenschoof.nl", "", "Bakkerij", "", "", "Crème brûlée"],
         ["", "José Müller", "jose@korenschoof.nl", "", "", "", "", ""]],
        encoding="cp1252",
    )

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert report.ok, report.errors
    assert report.created == ["Özcan Demir", "José Müller"]
    ozcan = people.list_people(db, owner, "ozcan")[0]
    assert ozcan.expertise == ("Crème brûlée",)


def test_a_comma_separated_file_is_understood(db, owner):
    data = make_csv(
        [["", "Anna Bakker", "anna@korenschoof.nl", "professional; begeleider",
          "Bakkerij, Winkel", "", "1979", "Desem;Planning"]],
        delimiter=",",
    )

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert report.ok, report.errors
    anna = people.list_people(db, owner, "anna")[0]
    assert anna.roles == {Role.PROFESSIONAL, Role.GUIDE}
    assert anna.teams == ("Bakkerij", "Winkel")
    assert anna.birth_year == 1979
    assert anna.expertise == ("Desem", "Planning")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_a_file_with_or_without_bom_is_read(db, owner, encoding):
    data = make_csv([["", "Ülkü Kaya", "ulku@korenschoof.nl", "", "", "", "", ""]],
                    encoding=encoding)

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert report.ok and report.created == ["Ülkü Kaya"]


def test_empty_rows_and_excels_separator_line_are_skipped(db, owner):
    data = ("sep=;\r\n" + ";".join(NL) + "\r\n\r\n;;;;;;;\r\n"
            ";Kees Klaassen;kees@korenschoof.nl;;;;;\r\n\r\n").encode()

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert report.ok and report.created == ["Kees Klaassen"]


def test_an_imported_quote_before_a_formula_sign_is_removed_again(db, owner):
    data = make_csv([["", "'=Wim", "wim@korenschoof.nl", "", "", "", "", "'-kassa, 'gewoon"]])

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert report.created == ["=Wim"]
    assert people.list_people(db, owner, "wim")[0].expertise == ("'gewoon", "-kassa")


@pytest.mark.parametrize(
    "data, code",
    [
        (b"", "csv_empty"),
        (b"\r\n \r\n", "csv_empty"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "xlsx_unreadable"),
        ("Naam;E-mail".encode("utf-16"), "csv_unreadable"),
        (b"\x81\x8d\x8f\x90\x9d\xff", "csv_unreadable"),
        (b"\x1b[31m;\x07;\x02", "csv_unreadable"),
        (b"Voornaam;Achternaam\r\nJan;Jansen\r\n", "csv_column_missing"),
    ],
)
def test_a_file_that_is_not_a_people_list_gives_a_clean_report(db, owner, data, code):
    before = state(db, owner)

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert not report.ok and not report.applied
    assert {(e.row, e.code) for e in report.errors} == {(1, code)}
    assert all(line for line in format_report(report, "nl"))
    assert state(db, owner) == before


def test_a_missing_required_column_is_an_error_for_row_1(db, owner):
    report = import_people_bytes(db, owner, b"Naam;Teams\r\nJan;Winkel\r\n", "nl", dry_run=False)

    assert cells(report) == {(1, "", "csv_column_missing")}
    assert report.errors[0].message("nl") == (
        "De kolom E-mail ontbreekt. Zet de kolomkoppen in de eerste rij."
    )


def test_a_header_only_file_imports_nothing_without_errors(db, owner):
    report = import_people_bytes(db, owner, make_csv([]), "nl", dry_run=False)

    assert report.ok
    assert format_report(report, "nl") == [
        "Er staan geen medewerkers in het bestand.",
        "De import is opgeslagen.",
    ]


def test_a_missing_file_cannot_be_imported(db, owner, tmp_path):
    with pytest.raises(Invalid) as caught:
        import_people(db, owner, tmp_path / "weg.csv", "nl", dry_run=True)
    assert caught.value.code == "file_unreadable"
    assert set(caught.value.params) == {"path", "detail"}


def test_import_from_a_file_reads_it(db, owner, tmp_path):
    path = tmp_path / "nieuw.csv"
    path.write_bytes(make_csv([["", "Mo Amrani", "mo@korenschoof.nl", "", "", "", "", ""]]))

    assert import_people(db, owner, path, "nl", dry_run=False).created == ["Mo Amrani"]


# --- applying ----------------------------------------------------------------------------


def test_a_dry_run_changes_nothing_and_reports_the_same_as_a_real_run(db, owner, staff):
    data = make_csv([
        ["", "Anna Bakker", "anna@korenschoof.nl", "", "Bezorging", "henk@korenschoof.nl", "",
         ""],
        ["", "Kees Klaassen", "kees@korenschoof.nl", "leidinggevende", "", "", "", ""],
    ] + parse(export_people_bytes(db, owner, "nl"))[1:3] + [
        [row[0], row[1], row[2], "professional", "", "kees@korenschoof.nl", "", ""]
        for row in parse(export_people_bytes(db, owner, "nl"))[4:5]
    ])
    before = state(db, owner)
    audit_before = len(audit.list_entries(db, owner))

    trial = import_people_bytes(db, owner, data, "nl", dry_run=True)

    assert state(db, owner) == before
    assert len(audit.list_entries(db, owner)) == audit_before
    assert trial.ok and trial.dry_run and not trial.applied
    assert trial.created == ["Anna Bakker", "Kees Klaassen"]
    assert trial.updated == ["Özcan Demir"]
    assert trial.unchanged == 2
    assert trial.new_teams == ["Bezorging"]
    assert format_report(trial, "nl")[-1] == "Dit was een proefimport: er is niets opgeslagen."

    real = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert real.applied and not real.dry_run
    assert (real.created, real.updated, real.unchanged, real.new_teams, real.errors) == (
        trial.created, trial.updated, trial.unchanged, trial.new_teams, trial.errors)
    ozcan = people.list_people(db, owner, "ozcan")[0]
    assert ozcan.manager_name == "Kees Klaassen" and ozcan.teams == ()


def test_every_broken_row_is_reported_and_nothing_is_stored(db, owner, staff):
    data = make_csv([
        ["", "Goed Mens", "goed@korenschoof.nl", "", "Nieuw team", "", "", ""],
        ["", "Zonder Adres", "geen-adres", "", "", "", "", ""],
        ["", "", "naamloos@korenschoof.nl", "", "", "", "1850", ""],
        ["", "Tikfout", "tik@korenschoof.nl", "baas", "", "", "negentig", ""],
        ["x1", "Raar ID", "raar@korenschoof.nl", "", "", "", "", ""],
        ["999", "Onbekend ID", "onbekend@korenschoof.nl", "", "", "", "", ""],
        ["", "Twee Fouten", "twee@", "", "", "", "abc", ""],
    ])
    before = state(db, owner)

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert cells(report) == {
        (3, "E-mail", "email_invalid"),
        (4, "Naam", "required"),
        (4, "Geboortejaar", "birth_year_out_of_range"),
        (5, "Rollen", "csv_role_unknown"),
        (5, "Geboortejaar", "csv_birth_year_invalid"),
        (6, "ID", "csv_id_invalid"),
        (7, "ID", "csv_id_unknown"),
        (8, "E-mail", "email_invalid"),
        (8, "Geboortejaar", "csv_birth_year_invalid"),
    }
    assert not report.applied
    assert state(db, owner) == before
    lines = format_report(report, "nl")
    assert lines[0].startswith("Er is niets geïmporteerd. Problemen in het bestand: 9.")
    assert "Rij 5, kolom Rollen: 'baas' is geen rol die Regiestoel kent. Kies uit: eigenaar, " \
           "leidinggevende, professional, begeleider." in lines
    assert "Row 7, column ID: There is no person with ID 999. Leave the ID empty to add " \
           "someone new." in format_report(report, "en")


def test_the_same_email_twice_in_a_file_is_reported_from_the_second_row_on(db, owner):
    data = make_csv([
        ["", "Jan Een", "jan@korenschoof.nl", "", "", "", "", ""],
        ["", "Jan Twee", "JAN@korenschoof.nl", "", "", "", "", ""],
        ["", "Ander", "ander@korenschoof.nl", "", "", "", "", ""],
        ["", "Jan Drie", "jan@korenschoof.nl ", "", "", "", "", ""],
    ])

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert cells(report) == {(3, "E-mail", "csv_email_twice"), (5, "E-mail", "csv_email_twice")}
    assert report.errors[0].params == {"email": "jan@korenschoof.nl", "first_row": 2}


def test_the_same_id_twice_in_a_file_is_reported(db, owner, staff):
    rows = parse(export_people_bytes(db, owner, "nl"))[1:]
    twice = rows + [[rows[0][0], "Nog eens", "anders@korenschoof.nl", "", "", "", "", ""]]

    report = import_people_bytes(db, owner, make_csv(twice), "nl", dry_run=False)

    assert cells(report) == {(6, "ID", "csv_id_twice")}


def test_an_unknown_manager_is_reported(db, owner):
    data = make_csv([["", "Anna Bakker", "anna@korenschoof.nl", "", "", "niemand@elders.nl",
                      "", ""]])

    report = import_people_bytes(db, owner, data, "en", dry_run=False)

    assert cells(report) == {(2, "Leidinggevende (e-mail)", "csv_manager_unknown")}
    assert format_report(report, "en")[1] == (
        "Row 2, column Leidinggevende (e-mail): There is no person with the e-mail address "
        "niemand@elders.nl, not in this file either."
    )


def test_a_manager_added_further_down_in_the_same_file_can_be_used(db, owner):
    data = make_csv([
        ["", "Anna Bakker", "anna@korenschoof.nl", "", "", "kees@korenschoof.nl", "", ""],
        ["", "Kees Klaassen", "kees@korenschoof.nl", "leidinggevende", "", "", "", ""],
    ])

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert report.ok, report.errors
    assert people.list_people(db, owner, "anna")[0].manager_name == "Kees Klaassen"


def test_a_manager_without_the_manager_role_is_reported_on_the_manager_column(db, owner):
    data = make_csv([
        ["", "Anna Bakker", "anna@korenschoof.nl", "", "", "kees@korenschoof.nl", "", ""],
        ["", "Kees Klaassen", "kees@korenschoof.nl", "professional", "", "", "", ""],
    ])

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert cells(report) == {(2, "Leidinggevende (e-mail)", "manager_without_role")}
    assert report.errors[0].message("nl") == "Kees Klaassen heeft niet de rol leidinggevende."


def test_managers_managing_each_other_is_reported(db, owner):
    data = make_csv([
        ["", "Anna Bakker", "anna@korenschoof.nl", "manager", "", "kees@korenschoof.nl", "", ""],
        ["", "Kees Klaassen", "kees@korenschoof.nl", "manager", "", "anna@korenschoof.nl", "",
         ""],
    ])

    report = import_people_bytes(db, owner, data, "en", dry_run=True)

    assert cells(report) == {(3, "Leidinggevende (e-mail)", "manager_cycle")}


def test_a_new_row_with_an_email_that_already_exists_is_an_error(db, owner, staff):
    data = make_csv([["", "Henk de Vries", "Henk@korenschoof.nl", "", "", "", "", ""]])

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert cells(report) == {(2, "E-mail", "csv_email_exists_without_id")}
    assert "(ID " in report.errors[0].message("nl")


def test_a_row_for_an_archived_person_is_an_error(db, owner, staff):
    piet = people.list_people(db, owner, "piet", include_archived=True)[0]
    data = make_csv([[piet.id, "Piet Terug", "piet@korenschoof.nl", "", "", "", "", ""]])

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert cells(report) == {(2, "ID", "csv_person_archived")}


def test_a_known_id_updates_the_person_also_when_the_email_changes(db, owner, staff):
    ingrid, henk, olga, ozcan = parse(export_people_bytes(db, owner, "nl"))[1:]
    # Henk gets a new address; a newcomer gets his old one; his people follow him.
    henk[2] = ingrid[5] = ozcan[5] = "henk.de.vries@korenschoof.nl"
    newcomer = ["", "Hendrik Nieuw", "henk@korenschoof.nl", "", "", "", "", ""]
    data = make_csv([ingrid, newcomer, henk, olga, ozcan])

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert report.ok, report.errors
    assert report.created == ["Hendrik Nieuw"]
    assert report.updated == ["Henk de Vries"]
    assert report.unchanged == 3
    by_name = {p.name: p for p in people.list_people(db, owner)}
    assert by_name["Henk de Vries"].email == "henk.de.vries@korenschoof.nl"
    assert by_name["Hendrik Nieuw"].email == "henk@korenschoof.nl"
    assert by_name["Özcan Demir"].manager_name == "Henk de Vries"


def test_two_people_can_swap_email_addresses_in_one_file(db, owner, staff):
    ingrid, henk, olga, ozcan = parse(export_people_bytes(db, owner, "nl"))[1:]
    henk[2], ozcan[2] = ozcan[2], henk[2]
    ingrid[5] = ozcan[5] = henk[2]  # Henk's new address

    report = import_people_bytes(db, owner, make_csv([ingrid, henk, olga, ozcan]), "nl",
                                 dry_run=False)

    assert report.ok, report.errors
    assert report.updated == ["Henk de Vries", "Özcan Demir"]
    by_name = {p.name: p for p in people.list_people(db, owner)}
    assert by_name["Henk de Vries"].email == "ozcan@korenschoof.nl"
    assert by_name["Özcan Demir"].email == "henk@korenschoof.nl"
    assert by_name["Özcan Demir"].manager_name == "Henk de Vries"


def test_an_unknown_team_is_created(db, owner, staff):
    data = make_csv([["", "Anna Bakker", "anna@korenschoof.nl", "", "bakkerij; Bezorging", "",
                      "", ""]])

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert report.new_teams == ["Bezorging"]
    assert sorted(t.name for t in people.list_teams(db, owner)) == [
        "Bakkerij", "Bezorging", "Winkel"]
    assert people.list_people(db, owner, "anna")[0].teams == ("Bakkerij", "Bezorging")
    assert format_report(report, "nl")[:2] == ["Nieuw (1): Anna Bakker",
                                               "Nieuwe teams (1): Bezorging"]


def test_ownership_can_be_handed_over_in_one_file(db, owner, staff):
    rows = parse(export_people_bytes(db, owner, "nl"))
    olga = rows[3]
    olga[3] = "professional"
    henk = rows[2]
    henk[3] = "eigenaar, leidinggevende"

    report = import_people_bytes(db, owner, make_csv([olga, henk]), "nl", dry_run=False)

    assert report.ok, report.errors
    assert people.list_people(db, owner, "olga")[0].roles == {Role.PROFESSIONAL}
    assert Role.OWNER in people.list_people(db, owner, "henk")[0].roles


def test_the_last_owner_cannot_be_removed_by_an_import(db, owner, staff):
    rows = parse(export_people_bytes(db, owner, "nl"))
    olga = rows[3]
    olga[3] = "professional"

    report = import_people_bytes(db, owner, make_csv([olga]), "nl", dry_run=False)

    assert cells(report) == {(2, "Rollen", "last_owner")}


def test_a_professional_may_not_import_or_export(db, owner, add_person, tmp_path):
    professional = add_person("Fatima Yilmaz")
    data = make_csv([])

    for attempt in (
        lambda: import_people_bytes(db, professional, data, "nl", dry_run=True),
        lambda: import_people(db, professional, tmp_path / "x.csv", "nl", dry_run=True),
        lambda: export_people_bytes(db, professional, "nl"),
        lambda: export_people(db, professional, tmp_path / "x.csv", "nl"),
    ):
        with pytest.raises(Forbidden):
            attempt()
    assert not (tmp_path / "x.csv").exists()


def test_every_csv_message_exists_in_both_languages_with_the_same_placeholders():
    folder = resources_dir() / "content" / "messages"
    nl = json.loads((folder / "nl" / "csv.json").read_text(encoding="utf-8"))
    en = json.loads((folder / "en" / "csv.json").read_text(encoding="utf-8"))

    assert nl.keys() == en.keys()
    for code in nl:
        assert placeholders(nl[code]) == placeholders(en[code]), code
    for language in ("nl", "en"):
        others = [f for f in (folder / language).glob("*.json") if f.name != "csv.json"]
        for other in others:
            assert not set(nl) & set(json.loads(other.read_text(encoding="utf-8"))), other
        assert set(nl) <= set(catalogue(language))


# --- whatever is in the cells ------------------------------------------------------------

nasty_text = st.one_of(
    st.text(max_size=60),
    st.sampled_from([
        "", " ", "\x00", "a\x00b", "\t", "\r\n", "x" * 500, "\u202eevil\u202c", "שלום עולם",
        "مرحبا", "👩🏽‍🍳 bakker", "=HYPERLINK(\"x\")", "'=1", "'", "\"", ";", ",", "\ufeff",
        "\u0085", "\u2028", "sep=;",
    ]),
    st.lists(st.sampled_from(["\x07", "é", "🥖", "\u200f", "a", " ", ";", "\""]), max_size=20)
    .map("".join),
)
emails = (f"medewerker{n}@korenschoof.nl" for n in itertools.count())


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=nasty_text, expertise=nasty_text)
def test_any_text_in_the_cells_gives_a_clean_report(db, owner, name, expertise):
    before = state(db, owner)
    data = make_csv([["", name, next(emails), "", "", "", "", expertise]])

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    assert isinstance(report, ImportReport)
    assert all(isinstance(line, str) for line in format_report(report, "nl"))
    if report.ok:
        assert len(report.created) == 1
    else:
        assert state(db, owner) == before


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=nasty_text, expertise=st.lists(nasty_text, max_size=3))
def test_anything_the_app_accepts_survives_an_export_and_import(db, owner, name, expertise):
    try:
        new_person(db, owner, name, next(emails), expertise=expertise)
    except Invalid:
        return  # the app itself refuses this text; nothing to export
    expected = state(db, owner)
    data = export_people_bytes(db, owner, "nl")

    report = import_people_bytes(db, owner, data, "nl", dry_run=False)

    # Tags with a list separator in them come back split: that is the one known loss.
    if not any("," in tag or ";" in tag for tag in expertise):
        assert report.ok and not report.updated, report.errors
        assert state(db, owner) == expected
