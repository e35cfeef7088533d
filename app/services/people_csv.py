"""Import and export people as a CSV file, the way a small organisation keeps them in Excel."""

from __future__ import annotations

import csv
import io
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.access import Actor, Operation, require
from app.db import Database
from app.files import write_atomic
from app.jobs import Progress, progress_of
from app.messages import text
from app.personal_copy.outbox import online_only
from app.services import audit, people_import
from app.services.people import PersonRow, fold, list_people
from models import Role
from models.errors import Invalid

# A list of a few hundred colleagues is far below these; more was chosen by mistake (or made
# to hurt): refused with the limit named, before it costs time or memory.
MAX_BYTES = 20_000_000
MAX_ROWS = 100_000
MAX_CELL = 128 * 1024  # Python's csv module refuses longer cells itself
ZIP_MAGIC = b"PK\x03\x04"  # an .xlsx workbook is a ZIP file
# Direction overrides and invisible characters: a name that reads differently than it is.
INVISIBLE = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200b", "\ufeff"])
_INVISIBLE_RE = re.compile("[" + "".join(sorted(INVISIBLE)) + "]")
# Dutch Excel opens ';'-separated files directly; with ',' it puts everything in column A.
DELIMITER = ";"
LIST_SEPARATOR = ", "
_LIST_SPLIT = re.compile(r"[,;]")
# A cell starting with one of these is run as a formula by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# At most 18 digits: anything longer is no ID or year, and int() of huge strings is refused.
_WHOLE_NUMBER = re.compile(r"[0-9]{1,18}")
_LINE = re.compile(r"[^\r\n]+")


# --- the two tables: columns and role words ------------------------------------------------


@dataclass(frozen=True)
class _Column:
    key: str  # also the ``field`` of a DomainError about this value
    nl: str
    en: str
    variants: tuple[str, ...] = ()

    def header(self, language: str) -> str:
        return self.nl if language == "nl" else self.en


COLUMNS: tuple[_Column, ...] = (
    _Column("id", "ID", "ID"),
    _Column("name", "Naam", "Name", ("volledige naam", "full name")),
    _Column("email", "E-mail", "E-mail", ("e-mailadres", "e-mail address", "mail")),
    _Column("roles", "Rollen", "Roles", ("rol", "role")),
    _Column("teams", "Teams", "Teams", ("team",)),
    _Column(
        "manager", "Leidinggevende (e-mail)", "Manager (e-mail)", ("leidinggevende", "manager")
    ),
    _Column("birth_year", "Geboortejaar", "Year of birth", ("birth year", "jaar van geboorte")),
    _Column("expertise", "Expertise", "Expertise", ("vraag me over", "ask me about")),
)
_REQUIRED = ("name", "email")

# Per role and language the words accepted in a cell; the first one is written on export.
ROLE_WORDS: dict[Role, dict[str, tuple[str, ...]]] = {
    Role.OWNER: {"nl": ("eigenaar", "regisseur"), "en": ("owner", "coordinator")},
    Role.MANAGER: {"nl": ("leidinggevende",), "en": ("manager",)},
    # The program calls everyone a medewerker, so the word is a role in the file too.
    Role.PROFESSIONAL: {"nl": ("professional", "medewerker"),
                        "en": ("professional", "employee")},
    Role.GUIDE: {"nl": ("begeleider",), "en": ("guide",)},
}


def _header_key(title: str) -> str:
    """``E-mail``, ``email`` and ``Manager (E-mail)`` compare as ``email``, ``manageremail``."""
    return "".join(ch for ch in fold(title) if ch.isalnum())


_COLUMN_BY_HEADER: dict[str, str] = {
    _header_key(title): c.key for c in COLUMNS for title in (c.nl, c.en, *c.variants)
}
_ROLE_BY_WORD: dict[str, Role] = {
    fold(word): role
    for role, languages in ROLE_WORDS.items()
    for words in languages.values()
    for word in words
}


def _language(language: str) -> str:
    return "nl" if language == "nl" else "en"


def _role_word(role: Role, language: str) -> str:
    return ROLE_WORDS[role][_language(language)][0]


def _header(key: str, language: str) -> str:
    return next(c.header(language) for c in COLUMNS if c.key == key)


# --- reports -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """One problem in the file: ``row`` as the spreadsheet numbers it (the header is row 1)."""

    row: int
    column: str  # the header as written in the file; "" when the whole row is meant
    code: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)

    def message(self, language: str) -> str:
        # The role words depend on the reader's language, so they are filled in only here.
        choices = ", ".join(_role_word(r, language) for r in ROLE_WORDS)
        return text(self.code, language, **{"choices": choices, **self.params})


@dataclass(frozen=True)
class ImportReport:
    """What an import did or, in a dry run or when there are errors, would have done."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    new_teams: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    applied: bool = False
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


def format_report(report: ImportReport, language: str) -> list[str]:
    """The report as lines of plain text, for the command line and the import dialog."""
    if report.errors:
        lines = [text("csv_report_failed", language, count=len(report.errors))]
        return lines + [_error_line(e, language) for e in report.errors]
    lines = []
    if report.created:
        lines.append(_names_line("csv_report_created", report.created, language))
    if report.updated:
        lines.append(_names_line("csv_report_updated", report.updated, language))
    if report.unchanged:
        lines.append(text("csv_report_unchanged", language, count=report.unchanged))
    if report.new_teams:
        lines.append(_names_line("csv_report_new_teams", report.new_teams, language))
    if not (report.created or report.updated or report.unchanged):
        lines.append(text("csv_report_empty", language))
    lines.append(text("csv_report_applied" if report.applied else "csv_report_dry_run", language))
    return lines


def _names_line(code: str, names: list[str], language: str) -> str:
    return text(code, language, count=len(names), names=LIST_SEPARATOR.join(names))


def _error_line(error: RowError, language: str) -> str:
    message = error.message(language)
    if error.column:
        return text("csv_report_error_cell", language, row=error.row, column=error.column,
                    message=message)
    return text("csv_report_error_row", language, row=error.row, message=message)


# --- export --------------------------------------------------------------------------------


def export_people(db: Database, actor: Actor, path: Path, language: str) -> int:
    """Write the active people to ``path``; returns the number of people written."""
    data, count = _export(db, actor, language)
    # Complete or not at all: never an empty or half-written file (a full USB stick).
    write_atomic(Path(path), data)
    _record_export(db, actor, count)
    return count


def export_people_bytes(db: Database, actor: Actor, language: str) -> bytes:
    """The same file as ``export_people`` writes, for a caller that saves it itself."""
    data, count = _export(db, actor, language)
    _record_export(db, actor, count)
    return data


def _export(db: Database, actor: Actor, language: str) -> tuple[bytes, int]:
    require(actor, Operation.EXPORT_PEOPLE)
    everyone = list_people(db, actor, include_archived=True)
    emails = {p.id: p.email for p in everyone}
    active = sorted((p for p in everyone if not p.archived), key=lambda p: (fold(p.name), p.id))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow([c.header(language) for c in COLUMNS])
    for person in active:
        writer.writerow(_cells(person, emails, language))
    # The BOM makes Excel read UTF-8 instead of the Windows code page.
    return out.getvalue().encode("utf-8-sig"), len(active)


def _cells(person: PersonRow, emails: dict[int, str], language: str) -> list[str | int]:
    values: dict[str, str | int] = {
        "id": person.id,
        "name": person.name,
        "email": person.email,
        "roles": LIST_SEPARATOR.join(
            _role_word(r, language) for r in ROLE_WORDS if r in person.roles
        ),
        "teams": LIST_SEPARATOR.join(person.teams),
        "manager": emails.get(person.manager_id, "") if person.manager_id else "",
        "birth_year": person.birth_year if person.birth_year is not None else "",
        "expertise": LIST_SEPARATOR.join(person.expertise),
    }
    return [neutralise_cell(values[c.key]) for c in COLUMNS]


def neutralise_cell(value: str | int) -> str | int:
    """Prefix ``'`` so a spreadsheet shows the text instead of running it as a formula.

    Text that already starts with ``'`` before such a character gets one more, so that
    ``_restored`` (which removes exactly one) gives back the original.
    """
    if isinstance(value, str) and value.lstrip("'").startswith(_FORMULA_START):
        return "'" + value
    return value


def _restored(cell: str) -> str:
    if cell.startswith("'") and cell.lstrip("'").startswith(_FORMULA_START):
        return cell[1:]
    return cell


def write_template(path: Path, language: str) -> Path:
    """An empty people list to fill in: the headers in ``language`` and one example row."""
    lang = _language(language)
    example = {"nl": ["", "Anna de Vries", "anna@voorbeeld.nl", "medewerker", "Werkplaats",
                      "", "1990", "Lassen, Planning"],
               "en": ["", "Anna de Vries", "anna@example.com", "employee", "Workshop", "",
                      "1990", "Welding, Planning"]}[lang]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow([c.header(lang) for c in COLUMNS])
    writer.writerow(example)
    return write_atomic(Path(path), out.getvalue().encode("utf-8-sig"))


def _record_export(db: Database, actor: Actor, count: int) -> None:
    with db.transaction() as s:
        audit.record(s, actor, "people_exported", None, rows=count)


# --- import: reading the file --------------------------------------------------------------


@online_only()
def import_people(
    db: Database, actor: Actor, path: Path, language: str, *, dry_run: bool,
    progress: Progress | None = None,
) -> ImportReport:
    """Import people from a CSV or Excel (.xlsx) file; see ``import_people_bytes``.

    Raises ``Invalid("file_unreadable")`` when the file itself cannot be opened or read.
    """
    require(actor, Operation.IMPORT_PEOPLE)
    try:
        with path.open("rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise Invalid("not_a_file", path=str(path))
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise Invalid("file_unreadable", path=str(path), detail=exc.strerror or str(exc)) from exc
    return import_people_bytes(db, actor, data, language, dry_run=dry_run, progress=progress)


@online_only()
def import_people_bytes(
    db: Database, actor: Actor, data: bytes, language: str, *, dry_run: bool,
    progress: Progress | None = None,
) -> ImportReport:
    """Add and update people from CSV or .xlsx bytes: all rows, or none.

    Every problem with the content, including a file that is empty, too large or no list of
    people at all, comes back as a ``RowError`` in the report (row 1 for the file as a
    whole); only ``Forbidden`` and database trouble (``StorageError``) are raised. The rows
    are checked outside the write transaction and written in bulk inside a short one. A dry
    run does all the checking and reports the same, but writes nothing.
    """
    require(actor, Operation.IMPORT_PEOPLE)
    job = progress_of(progress)
    job.step("import_reading")
    sheet = read_sheet(data, language)
    if isinstance(sheet, list):
        return ImportReport(errors=sheet, dry_run=dry_run)
    with db.read() as s:
        snap = people_import.snapshot(s)
    plan = people_import.check(sheet.rows, snap, job)
    report = _report(sheet, plan, dry_run)
    if dry_run or not report.ok:
        return report
    job.point_of_no_return("import_writing")
    try:
        with db.transaction() as s:
            if people_import.fingerprint(s) != snap.fingerprint:
                # Someone changed people while the file was checked: check again, now
                # inside the write, against what is there.
                fresh = read_sheet(data, language)
                assert not isinstance(fresh, list)
                sheet, snap = fresh, people_import.snapshot(s)
                plan = people_import.check(sheet.rows, snap)
                report = _report(sheet, plan, dry_run)
                if not report.ok:
                    raise _Rollback(report)
            people_import.write(s, actor, plan, snap)
            audit.record(s, actor, "people_imported", None, created=len(report.created),
                         updated=len(report.updated), new_teams=len(report.new_teams))
    except _Rollback as undo:
        return undo.report
    return replace(report, applied=True)


def _report(sheet: Sheet, plan: people_import.Plan, dry_run: bool) -> ImportReport:
    errors = [RowError(row.row, sheet.headers.get(key, "") if key else "", code, params)
              for row in sheet.rows for key, code, params in row.errors]
    names = [r.clean.name for r in plan.created if r.clean]
    changed = [r.clean.name for r in plan.updated if r.clean]
    return ImportReport(names, changed, plan.unchanged, list(plan.new_teams), errors,
                        dry_run=dry_run)


class _Rollback(Exception):
    """Leaves the import transaction without saving anything."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("rollback")
        self.report = report


@dataclass
class Sheet:
    headers: dict[str, str]  # column key -> the header as written in the file
    rows: list[people_import.Row]


def read_sheet(data: bytes, language: str) -> Sheet | list[RowError]:
    """The rows of a CSV or .xlsx file, each with its own problems noted; or the problems
    of the file as a whole (row 1)."""
    if len(data) > MAX_BYTES:
        return [RowError(1, "", "csv_too_large", {"maximum": MAX_BYTES // 1_000_000})]
    if data.startswith(ZIP_MAGIC):
        from app.services.people_xlsx import xlsx_records

        records: list[tuple[int, list[str]]] | list[RowError] = xlsx_records(data)
    else:
        records = _csv_records(data)
    if records and isinstance(records[0], RowError):
        return records  # type: ignore[return-value]
    return _sheet(records, language)  # type: ignore[arg-type]


def _csv_records(data: bytes) -> list[tuple[int, list[str]]] | list[RowError]:
    """The non-empty records with their row numbers as the spreadsheet shows them."""
    content = _decode(data)
    if content is None:
        return [RowError(1, "", "csv_unreadable")]
    first = next((m.group() for m in _LINE.finditer(content) if m.group().strip()), None)
    if first is None:
        return [RowError(1, "", "csv_empty")]
    if any(unicodedata.category(ch) == "Cc" and ch != "\t" for ch in first):
        return [RowError(1, "", "csv_unreadable")]
    sep = re.fullmatch(r"sep=([;,\t|])", first.strip(), re.IGNORECASE)
    delimiter = sep.group(1) if sep else _delimiter(first)
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    numbered: list[tuple[int, list[str]]] = []
    # Row numbers count empty rows too, as the spreadsheet shows them (a cell spanning
    # lines is still one row).
    row = 0
    try:
        for row, record in enumerate(reader, start=1):
            if any(c.strip() for c in record):
                numbered.append((row, record))
                if len(numbered) > MAX_ROWS + 1:
                    return [RowError(1, "", "csv_too_many_rows", {"maximum": MAX_ROWS})]
    except csv.Error:
        # The only error the lenient reader raises: a cell beyond its limit of 128 KB.
        return [RowError(row + 1, "", "csv_cell_too_large", {"maximum": MAX_CELL // 1024})]
    if sep:  # Excel's "sep=;" line is an instruction, not the header
        numbered = numbered[1:]
    return numbered or [RowError(1, "", "csv_empty")]


def _sheet(numbered: list[tuple[int, list[str]]], language: str) -> Sheet | list[RowError]:
    (header_row, header), body = numbered[0], numbered[1:]
    positions, headers, errors = _columns(header, header_row, language)
    if errors:
        return errors
    if len(body) > MAX_ROWS:
        return [RowError(1, "", "csv_too_many_rows", {"maximum": MAX_ROWS})]
    sheet = Sheet(headers, [])
    width = len(header)
    for row_number, record in body:
        cells = {c.key: _cell(record, positions.get(c.key)) for c in COLUMNS}
        # A row with text only in columns we do not know (a note, a total) is no person.
        if not any(cells.values()):
            continue
        row = people_import.Row(row_number, cells)
        extra = [c for c in record[width:] if c.strip()]
        if extra:
            # Never dropped without a word: the header says which columns a value is in.
            row.error("", "csv_extra_cells", cells=len(record), columns=width)
            row.blocked = True
        sheet.rows.append(_parsed(row, positions))
    return sheet


def _decode(data: bytes) -> str | None:
    if b"\x00" in data:  # a workbook of another kind, another binary file, or UTF-16
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Older Excel versions save CSV in the Windows code page.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _delimiter(header_line: str) -> str:
    return "," if header_line.count(",") > header_line.count(";") else ";"


def _columns(
    header: list[str], row: int, language: str
) -> tuple[dict[str, int], dict[str, str], list[RowError]]:
    positions: dict[str, int] = {}
    headers: dict[str, str] = {}
    errors: list[RowError] = []
    for index, raw in enumerate(header):
        title = _restored(raw.strip())
        key = _COLUMN_BY_HEADER.get(_header_key(title))
        if key is None:
            continue  # the organisation's own extra columns are none of our business
        if key in positions:
            errors.append(RowError(row, title, "csv_column_twice", {"column": title}))
            continue
        positions[key] = index
        headers[key] = title
    for key in _REQUIRED:
        if key not in positions:
            column = _header(key, language)
            errors.append(RowError(row, "", "csv_column_missing", {"column": column}))
    return positions, headers, errors


def _cell(record: list[str], index: int | None) -> str:
    if index is None or index >= len(record):
        return ""
    return _restored(record[index].strip())


def _split(cell: str) -> list[str]:
    return [part.strip() for part in _LIST_SPLIT.split(cell) if part.strip()]


def _invisible(text: str) -> str | None:
    """The first direction override or invisible character in ``text``, as ``U+202E``.
    Joiners (ZWJ, ZWNJ) are kept: some names and emoji need them."""
    found = _INVISIBLE_RE.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def _parsed(row: people_import.Row, positions: dict[str, int]) -> people_import.Row:
    """Turn the cells into values; problems are noted, and a neutral value is used instead."""
    cells = row.cells
    for key in positions:
        if "\n" in cells[key] or "\r" in cells[key]:
            row.error(key, "csv_quote_not_closed")
            row.blocked = True
        elif (code_point := _invisible(cells[key])) is not None:
            row.error(key, "csv_invisible_character", code_point=code_point)
            row.blocked = True
    if cells["id"]:
        if _WHOLE_NUMBER.fullmatch(cells["id"]):
            row.person_id = int(cells["id"])
        else:
            row.error("id", "csv_id_invalid", value=cells["id"])
            row.blocked = True
    for word in _split(cells["roles"]):
        role = _ROLE_BY_WORD.get(fold(word))
        if role is None:
            row.error("roles", "csv_role_unknown", value=word)
        else:
            row.roles.add(role)
    # An empty roles cell means an ordinary professional.
    row.roles = row.roles or {Role.PROFESSIONAL}
    row.teams = _split(cells["teams"])
    if cells["birth_year"]:
        if _WHOLE_NUMBER.fullmatch(cells["birth_year"]):
            row.birth_year = int(cells["birth_year"])
        else:
            row.error("birth_year", "csv_birth_year_invalid", value=cells["birth_year"])
    row.expertise = _split(cells["expertise"])
    return row
