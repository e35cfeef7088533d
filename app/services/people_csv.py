"""Import and export people as a CSV file, the way a small organisation keeps them in Excel."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.access import Actor, Operation, require
from app.db import Database
from app.files import write_atomic
from app.messages import text
from app.services import audit
from app.services.people import PersonInput, PersonRow, apply_person, fold, list_people
from app.validation import clean_text
from models import Person, Role, Team
from models.errors import Conflict, DomainError, Invalid, NotFound

# A list of a few hundred colleagues is far below this; a bigger file was chosen by mistake.
MAX_BYTES = 5_000_000
# Dutch Excel opens ';'-separated files directly; with ',' it puts everything in column A.
DELIMITER = ";"
LIST_SEPARATOR = ", "
_LIST_SPLIT = re.compile(r"[,;]")
# A cell starting with one of these is run as a formula by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# At most 18 digits: anything longer is no ID or year, and int() of huge strings is refused.
_WHOLE_NUMBER = re.compile(r"[0-9]{1,18}")
_LINE = re.compile(r"[^\r\n]+")
_TEAM_NAME_MAX = 120  # as for a team added in the teams screen


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
    Role.PROFESSIONAL: {"nl": ("professional",), "en": ("professional",)},
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


def _record_export(db: Database, actor: Actor, count: int) -> None:
    with db.transaction() as s:
        audit.record(s, actor, "people_exported", None, rows=count)


# --- import: reading the file --------------------------------------------------------------


def import_people(
    db: Database, actor: Actor, path: Path, language: str, *, dry_run: bool
) -> ImportReport:
    """Import people from a CSV file; see ``import_people_bytes``.

    Raises ``Invalid("file_unreadable")`` when the file itself cannot be opened or read.
    """
    require(actor, Operation.IMPORT_PEOPLE)
    try:
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise Invalid("file_unreadable", path=str(path), detail=exc.strerror or str(exc)) from exc
    return import_people_bytes(db, actor, data, language, dry_run=dry_run)


def import_people_bytes(
    db: Database, actor: Actor, data: bytes, language: str, *, dry_run: bool
) -> ImportReport:
    """Add and update people from CSV bytes: all rows in one transaction, or none.

    Every problem with the content, including a file that is empty, too large or no CSV at
    all, comes back as a ``RowError`` in the report (row 1 for the file as a whole); only
    ``Forbidden`` and database trouble (``StorageError``) are raised. A dry run does all
    the work and reports the same, but rolls back.
    """
    require(actor, Operation.IMPORT_PEOPLE)
    sheet = _read_sheet(data, language)
    if isinstance(sheet, list):
        return ImportReport(errors=sheet, dry_run=dry_run)
    try:
        with db.transaction() as s:
            report = _Import(s, actor, sheet).run()
            if dry_run or not report.ok:
                raise _Rollback(report)
            audit.record(
                s, actor, "people_imported", None,
                created=len(report.created), updated=len(report.updated),
                new_teams=len(report.new_teams),
            )
    except _Rollback as undo:
        return replace(undo.report, dry_run=dry_run)
    return replace(report, applied=True)


class _Rollback(Exception):
    """Leaves the import transaction without saving anything."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("rollback")
        self.report = report


@dataclass
class _Line:
    """One data row of the file, read but not yet compared with the database."""

    row: int
    cells: dict[str, str]
    person_id: int | None = None
    roles: set[Role] = field(default_factory=set)
    teams: list[str] = field(default_factory=list)
    birth_year: int | None = None
    expertise: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    # Set when it is unclear who the row is about; such a row is not applied at all.
    blocked: bool = False
    person: Person | None = None
    before: tuple[Any, ...] | None = None

    @property
    def email(self) -> str:
        return self.cells["email"].lower()

    @property
    def manager(self) -> str:
        return self.cells["manager"].lower()


@dataclass
class _Sheet:
    headers: dict[str, str]  # column key -> the header as written in the file
    lines: list[_Line]

    def error(self, line: _Line, key: str, code: str, **params: Any) -> None:
        column = self.headers.get(key, "")
        # One problem per cell is enough; a second one is usually a consequence of the first.
        if column and any(e.column == column for e in line.errors):
            return
        line.errors.append(RowError(line.row, column, code, params))


def _read_sheet(data: bytes, language: str) -> _Sheet | list[RowError]:
    if len(data) > MAX_BYTES:
        return [RowError(1, "", "csv_too_large", {"maximum": MAX_BYTES // 1_000_000})]
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
    try:
        records = list(csv.reader(io.StringIO(content, newline=""), delimiter=delimiter))
    except csv.Error:
        return [RowError(1, "", "csv_unreadable")]
    # Row numbers count empty rows too, as the spreadsheet shows them.
    numbered = [(n, r) for n, r in enumerate(records, start=1) if any(c.strip() for c in r)]
    if sep:  # Excel's "sep=;" line is an instruction, not the header
        numbered = numbered[1:]
    if not numbered:
        return [RowError(1, "", "csv_empty")]
    (header_row, header), body = numbered[0], numbered[1:]
    positions, headers, errors = _columns(header, header_row, language)
    if errors:
        return errors
    sheet = _Sheet(headers, [])
    for row, record in body:
        cells = {c.key: _cell(record, positions.get(c.key)) for c in COLUMNS}
        # A row with text only in columns we do not know (a note, a total) is no person.
        if any(cells.values()):
            sheet.lines.append(_parsed(sheet, _Line(row, cells)))
    return sheet


def _decode(data: bytes) -> str | None:
    if b"\x00" in data:  # a workbook, another binary file, or UTF-16: not a CSV we can read
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


def _parsed(sheet: _Sheet, line: _Line) -> _Line:
    """Turn the cells into values; problems are noted, and a neutral value is used instead."""
    cells = line.cells
    if cells["id"]:
        if _WHOLE_NUMBER.fullmatch(cells["id"]):
            line.person_id = int(cells["id"])
        else:
            sheet.error(line, "id", "csv_id_invalid", value=cells["id"])
            line.blocked = True
    for word in _split(cells["roles"]):
        role = _ROLE_BY_WORD.get(fold(word))
        if role is None:
            sheet.error(line, "roles", "csv_role_unknown", value=word)
        else:
            line.roles.add(role)
    # An empty roles cell means an ordinary professional.
    line.roles = line.roles or {Role.PROFESSIONAL}
    line.teams = _split(cells["teams"])
    if cells["birth_year"]:
        if _WHOLE_NUMBER.fullmatch(cells["birth_year"]):
            line.birth_year = int(cells["birth_year"])
        else:
            sheet.error(line, "birth_year", "csv_birth_year_invalid", value=cells["birth_year"])
    line.expertise = _split(cells["expertise"])
    return line


# --- import: applying it -------------------------------------------------------------------


def _snapshot(person: Person) -> tuple[Any, ...]:
    return (
        person.name,
        person.email,
        person.roles,
        tuple(sorted(t.id for t in person.teams)),
        person.manager_id,
        person.birth_year,
        tuple(sorted(person.expertise)),
    )


class _Import:
    """One import inside the caller's transaction: checks every row, applies what it can."""

    def __init__(self, session: Session, actor: Actor, sheet: _Sheet) -> None:
        self.s = session
        self.actor = actor
        self.sheet = sheet
        people = session.scalars(
            select(Person).options(
                selectinload(Person.teams),
                selectinload(Person.role_rows),
                selectinload(Person.expertise_rows),
            )
        ).all()
        self.by_id = {p.id: p for p in people}
        self.by_email = {p.email: p for p in people}
        # The addresses as they were: ``_release_emails`` may replace some for a while.
        self.old_email = {p.id: p.email for p in people}
        self.teams = {t.name.casefold(): t for t in session.scalars(select(Team))}
        self.new_teams: list[str] = []

    def run(self) -> ImportReport:
        lines = self.sheet.lines
        self._identify(lines)
        self._release_emails(lines)
        # Pass 1: people without new managers. Rows with the owner role first, so that
        # ownership can be handed over in one file without tripping the "last owner" check.
        for line in sorted(lines, key=lambda li: Role.OWNER not in li.roles):
            if not line.blocked:
                line.person = self._apply(line, self._kept_manager(line))
        # Pass 2: managers, who may be people added further down in the file.
        for line in lines:
            if not line.errors and line.manager:
                self._set_manager(line, lines)
        self.s.flush()
        return self._report(lines)

    def _identify(self, lines: list[_Line]) -> None:
        """Who each row is about: an existing person by ID, or someone new."""
        row_of_id: dict[int, int] = {}
        row_of_email: dict[str, int] = {}
        for line in lines:
            if line.person_id is not None:
                self._identify_by_id(line, line.person_id, row_of_id)
            if line.email in row_of_email:
                self.sheet.error(line, "email", "csv_email_twice",
                                 email=line.email, first_row=row_of_email[line.email])
                line.blocked = True
            elif line.email:
                row_of_email[line.email] = line.row

    def _identify_by_id(self, line: _Line, person_id: int, row_of_id: dict[int, int]) -> None:
        person = self.by_id.get(person_id)
        if person is None:
            self.sheet.error(line, "id", "csv_id_unknown", id=person_id)
        elif person.archived_at is not None:
            self.sheet.error(line, "id", "csv_person_archived", id=person_id, name=person.name)
        elif person_id in row_of_id:
            first_row = row_of_id[person_id]
            self.sheet.error(line, "id", "csv_id_twice", id=person_id, first_row=first_row)
        else:
            row_of_id[person_id] = line.row
            line.person = person
            line.before = _snapshot(person)
            return
        line.blocked = True

    def _release_emails(self, lines: list[_Line]) -> None:
        """Park the old address of everyone who gets a new one in this file.

        So two people can swap addresses, or a newcomer can take over an address, whatever
        the order of the rows. ``.invalid`` is a reserved domain that nobody really has.
        """
        released: set[str] = set()
        for line in lines:
            person = line.person
            if person is not None and not line.blocked and line.email not in ("", person.email):
                released.add(person.email)
                person.email = f"import-{person.id}@regiestoel.invalid"
        self.s.flush()
        for line in lines:
            if line.person_id is not None or line.blocked or line.email in released:
                continue
            holder = self.by_email.get(line.email)
            if holder is not None:
                self.sheet.error(line, "email", "csv_email_exists_without_id",
                                 email=line.email, name=holder.name, id=holder.id)
                line.blocked = True

    def _kept_manager(self, line: _Line) -> int | None:
        """Keep the current manager in pass 1 when the file keeps them; otherwise none yet."""
        person = line.person
        if person is None or person.manager_id is None:
            return None
        kept = self.old_email.get(person.manager_id) == line.manager
        return person.manager_id if kept else None

    def _set_manager(self, line: _Line, lines: list[_Line]) -> None:
        manager_id = self.s.scalar(select(Person.id).where(Person.email == line.manager))
        if manager_id is None:
            # The manager's own row failed: that row's error says enough.
            if any(li.errors and li.email == line.manager for li in lines):
                return
            self.sheet.error(line, "manager", "csv_manager_unknown", email=line.manager)
            return
        self._apply(line, manager_id)

    def _apply(self, line: _Line, manager_id: int | None) -> Person | None:
        """Create or update the row's person; every problem found is noted on the row.

        ``apply_person`` stops at the first problem, so after each one the value is replaced
        by a harmless one and the row is tried again, to report all problems in one go.
        """
        data = PersonInput(
            name=line.cells["name"],
            email=line.cells["email"],
            roles=set(line.roles),
            team_ids=self._team_ids(line),
            manager_id=manager_id,
            birth_year=line.birth_year,
            expertise=list(line.expertise),
        )
        tried: set[str] = set()
        while True:
            try:
                # A savepoint, so a failed try leaves nothing half done for what follows.
                with self.s.begin_nested():
                    return apply_person(self.s, self.actor, line.person, data)
            except (Invalid, Conflict, NotFound) as exc:
                self._error(line, exc)
                if exc.field is None or exc.field in tried:
                    return line.person
                tried.add(exc.field)
                data = replace(data, **self._harmless(exc.field, line))

    def _harmless(self, field_name: str, line: _Line) -> dict[str, Any]:
        """A value for ``field_name`` that passes every check, to look for further problems."""
        roles = set(line.person.roles) if line.person else {Role.PROFESSIONAL}
        harmless: dict[str, dict[str, Any]] = {
            "name": {"name": "?"},
            "email": {"email": f"row-{line.row}@regiestoel.invalid"},
            "roles": {"roles": roles},
            "teams": {"team_ids": []},
            "manager": {"manager_id": None},
            "birth_year": {"birth_year": None},
            "expertise": {"expertise": []},
        }
        return harmless.get(field_name, {})

    def _error(self, line: _Line, exc: DomainError) -> None:
        self.sheet.error(line, exc.field or "", exc.code, **exc.params)

    def _team_ids(self, line: _Line) -> list[int]:
        ids = []
        for raw in line.teams:
            try:
                name = clean_text(raw, "teams", max_length=_TEAM_NAME_MAX, required=True)
            except Invalid as exc:
                self._error(line, exc)
                continue
            team = self.teams.get(name.casefold())
            if team is None:
                team = Team(name=name)
                self.s.add(team)
                self.s.flush()
                self.teams[name.casefold()] = team
                self.new_teams.append(name)
            ids.append(team.id)
        return ids

    def _report(self, lines: list[_Line]) -> ImportReport:
        created: list[str] = []
        updated: list[str] = []
        unchanged = 0
        for line in lines:
            if line.errors or line.person is None:
                continue
            if line.before is None:
                created.append(line.person.name)
            elif _snapshot(line.person) != line.before:
                updated.append(line.person.name)
            else:
                unchanged += 1
        errors = [e for line in lines for e in line.errors]
        return ImportReport(created, updated, unchanged, list(self.new_teams), errors)
