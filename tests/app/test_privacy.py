"""A person's GDPR rights: the export, erasure that keeps the figures right, and retention."""

from __future__ import annotations

import io
import json
import re
import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.access import Actor
from app.cli import main
from app.conversation_record import render_record
from app.services import (
    audit,
    auth,
    budget,
    groups,
    lessons,
    people,
    people_csv,
    privacy,
    sessions,
    situations,
)
from app.services import conversations as talks
from app.services import learning_requests as lr
from app.services.sessions import AttendanceInput, SessionRecord
from models import (
    Attendance,
    Base,
    Conversation,
    Cycle,
    InterventionKind,
    LearningHours,
    Lesson,
    NoteKind,
    Role,
    Session,
    Side,
    WorkSituation,
)
from models.errors import Conflict, Forbidden, Invalid, NotFound
from tests import fresh
from tests.conftest import OWNER_PASSWORD, PASSWORD
from tests.group_helpers import form_group

ROOT = Path(__file__).resolve().parents[2]
ADMIN = Actor.machine_admin()
YEAR = date.today().year

# Words that only ever appear in Zwaantje's own data: after erasure none may be found.
NAME = "Zwaantje Quirijnsdochter"
EMAIL = "zwaantje.q@korenschoof.nl"
ANSWER = "Ik wil leren deeg te lezen zoals Quirijnsdochter-oma dat deed"
OLD_ANSWER = "Eerste versie: brood bakken zonder recept"
QUESTION = "Hoe word ik zelfstandig in de nachtploeg?"
SITUATION = "Zuurdesem mislukt bij warm weer"
MY_NOTE = "Welke temperatuur had de bakkerij precies?"
NOTE_ELSEWHERE = "Heb je de oven al laten ijken?"
REASON = "Ik wil de nachtploeg alleen kunnen draaien"
BERTS_QUESTION = "Hoe leer ik onze oude oven kennen?"
BERTS_ANSWER = "Bert zijn eigen geheime antwoord"
MANAGERS_DRAFT = "Concept van Mira dat niemand mag lezen"
PRIVATE = (NAME, EMAIL.split("@")[0], ANSWER, OLD_ANSWER, QUESTION, SITUATION, MY_NOTE,
           NOTE_ELSEWHERE, REASON, "Quirijnsdochter")


@dataclass
class World:
    zwaantje: Actor
    mira: Actor
    bert: Actor
    group_id: int
    session_id: int
    conversation_id: int
    request_id: int
    lesson_id: int


@pytest.fixture
def world(db, owner, add_person) -> World:
    """Zwaantje, professional in the bakery, with something in every area; her manager Mira;
    Bert, a colleague in her learning group."""
    mira = add_person("Mira Manager", roles={Role.MANAGER, Role.PROFESSIONAL},
                      manager_id=owner.person_id)
    zq = add_person(NAME, email=EMAIL, manager_id=mira.person_id, birth_year=1990,
                    expertise=["Zuurdesem"])
    bert = add_person("Bert Bakker", manager_id=mira.person_id, password=None)
    cem = add_person("Cem Claes", password=None)

    fresh.save_question(db, zq, QUESTION, shared_with_manager=False)
    fresh.save_answer(db, zq, "aim", OLD_ANSWER)
    fresh.save_answer(db, zq, "aim", ANSWER)
    fresh.save_question(db, bert, BERTS_QUESTION, shared_with_manager=False)
    fresh.save_answer(db, bert, "aim", BERTS_ANSWER)

    group_id = form_group(db, zq, [zq, bert, cem], "Deeggroep", "Beter deeg")
    mine = situations.register_situation(db, zq, situations.SituationInput(
        SITUATION, description="Het deeg rijst te snel")).value
    berts = situations.register_situation(db, bert, situations.SituationInput(
        "Oven bakt ongelijk")).value
    groups.attach_situation(db, zq, group_id, mine)
    groups.attach_situation(db, bert, group_id, berts)
    situations.add_note(db, zq, mine, NoteKind.QUESTION, MY_NOTE)
    situations.add_note(db, bert, mine, NoteKind.QUESTION, "Berts vraag bij Zwaantje")
    situations.add_note(db, zq, berts, NoteKind.QUESTION, NOTE_ELSEWHERE)
    lesson_id = lessons.add_lesson(db, zq, lessons.LessonInput(
        "Koel deeg rijst rustiger", context="Warme zomer", what_worked="Koelcel",
        tags=["deeg"])).value

    with db.transaction() as s:
        cycle = Cycle(group_id=group_id, start_time=time(9), uid="privacy-cycle")
        cycle.sessions = [Session(day_number=n, day=date.today() + timedelta(days=n - 1),
                                  start_time=time(9)) for n in range(1, 5)]
        s.add(cycle)
        s.flush()
        session_id = cycle.sessions[0].id
    sessions.start_session(db, zq, session_id, "laptop")
    sessions.add_action(db, zq, session_id, "Thermometer kopen", zq.person_id, None)
    record = SessionRecord(notes="Goede sessie", attendance={
        zq.person_id: AttendanceInput(True, 4, 5), bert.person_id: AttendanceInput(True, 3, 2),
        cem.person_id: AttendanceInput(False)})
    sessions.finish_session(db, zq, session_id, record)

    request_id = lr.ask(db, zq, lr.RequestInput(
        kind=InterventionKind.COURSE, title="Cursus zuurdesem", provider="Bakkersvakschool",
        cost_cents=45_000, minutes=480, start_date=date(YEAR, 3, 2),
        end_date=date(YEAR, 3, 3), reason=REASON)).value
    version = lr.get_request(db, zq, request_id).version_id
    lr.approve(db, mira, request_id, reason="Goed plan", expected_version=version)
    version = lr.get_request(db, zq, request_id).version_id
    lr.complete(db, zq, request_id, actual_cost_cents=40_000, learned="Rustig kneden",
                expected_version=version)

    talks.plan_half_year(db, owner, YEAR, 1)
    talks.plan_half_year(db, owner, YEAR, 2)
    ids = {(r.year, r.half): r.id for r in talks.list_conversations(db, owner)
           if r.professional_id == zq.person_id}
    cid = ids[(YEAR, 1)]
    fresh.save_preparation(db, zq, cid, Side.PROFESSIONAL, {"need_from_manager": REASON})
    fresh.publish_preparation(db, zq, cid, Side.PROFESSIONAL)
    fresh.save_preparation(db, mira, cid, Side.MANAGER, {"saw_grow": "Je werkt rustiger"})
    fresh.publish_preparation(db, mira, cid, Side.MANAGER)
    fresh.add_agreement(db, zq, cid, "Zuurdesemcursus afronden", zq.person_id)
    fresh.save_summary(db, mira, cid, "Goed gesprek over het deeg.")
    fresh.sign(db, zq, cid, Side.PROFESSIONAL, PASSWORD)
    fresh.sign(db, mira, cid, Side.MANAGER, PASSWORD)
    # The next half year: only Mira's draft so far, which Zwaantje may not read.
    fresh.save_preparation(db, mira, ids[(YEAR, 2)], Side.MANAGER, {"saw_grow": MANAGERS_DRAFT})
    return World(zq, mira, bert, group_id, session_id, cid, request_id, lesson_id)


SEAL = "de-zin-van-zwaantje"


def unzip(data: bytes, passphrase: str | None = None) -> dict[str, str]:
    """The files of an export; a sealed one opened with the person's passphrase."""
    import pyzipper

    with pyzipper.AESZipFile(io.BytesIO(data)) as zf:
        if passphrase is not None:
            zf.setpassword(passphrase.encode())
        return {name: zf.read(name).decode("utf-8") for name in zf.namelist()}


def archive(db, owner, person_id: int, left_on: date | None = None) -> None:
    people.archive_person(db, owner, person_id, left_on)


def database_file(db) -> Path:
    return Path(db.engine.url.database)


def every_text_in(path: Path) -> str:
    """Every text value of every table of the file, the search index's tables included."""
    found: list[str] = []
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                found += [v if isinstance(v, str) else v.decode("utf-8", "replace")
                          for v in row if isinstance(v, str | bytes)]
    return "\n".join(found)


def audit_actions(db, owner) -> list[str]:
    return [e.action for e in audit.list_entries(db, owner)]


# --- the export ----------------------------------------------------------------------------


def test_the_export_holds_everything_about_the_person_and_nothing_about_others(
        db, owner, world):
    files = unzip(privacy.export_person(db, owner, world.zwaantje.person_id, "nl",
                                        passphrase=SEAL), SEAL)

    assert set(privacy.EXPORT_FILES) | {"README.txt", f"records/{YEAR}-1.html"} == set(files)
    person = json.loads(files["person.json"])
    assert person["name"] == NAME and person["email"] == EMAIL and person["birth_year"] == 1990
    assert person["manager"] == "Mira Manager" and person["expertise"] == ["Zuurdesem"]
    assert person["roles"] == ["professional"] and person["account"] is not None
    assert "password_hash" not in files["person.json"] and "$argon2" not in files["person.json"]

    question = json.loads(files["development.json"])["questions"][0]
    assert question["text"] == QUESTION
    aim = next(a for a in question["answers"] if a["key"] == "aim")
    assert [v["text"] for v in aim["versions"]] == [OLD_ANSWER, ANSWER]

    own = json.loads(files["situations.json"])
    assert [w["title"] for w in own] == [SITUATION]
    assert [n["text"] for n in own[0]["notes"]] == [MY_NOTE, "Berts vraag bij Zwaantje"]
    assert [n["text"] for n in json.loads(files["notes.json"])] == [NOTE_ELSEWHERE]
    assert [x["title"] for x in json.loads(files["lessons.json"])] == ["Koel deeg rijst rustiger"]
    assert json.loads(files["groups.json"])[0]["as"] == ["member", "started"]
    assert json.loads(files["sessions.json"]) == [{
        "group": "Deeggroep", "day": date.today().isoformat(), "day_number": 1, "minutes": 60,
        "present": True, "energy": 4, "meaning": 5, "note": ""}]
    titles = {a["title"] for a in json.loads(files["actions.json"])}
    assert {"Thermometer kopen", "Zuurdesemcursus afronden"} <= titles
    hours = json.loads(files["learning_hours.json"])
    assert sum(e["minutes"] for e in hours["entries"]) == 60 + 480
    request = json.loads(files["learning_requests.json"])[0]
    assert request["reason"] == REASON and request["actual_cost_cents"] == 40_000
    assert request["decided_by"] == "Mira Manager" and request["cost"] == "€ 450,00"

    talk = json.loads(files["conversations.json"])
    signed = next(c for c in talk if c["half"] == 1)
    assert signed["status"] == "signed" and signed["record"] == f"records/{YEAR}-1.html"
    assert signed["my_preparation"]["fields"][0]["text"] == REASON
    assert signed["manager_preparation"]["fields"][0]["text"] == "Je werkt rustiger"
    assert [sig["name"] for sig in signed["signatures"]] == [NAME, "Mira Manager"]
    assert next(c for c in talk if c["half"] == 2)["manager_preparation"] is None

    everything = "\n".join(files.values())
    assert BERTS_ANSWER not in everything and BERTS_QUESTION not in everything
    assert MANAGERS_DRAFT not in everything
    assert "Bert Bakker" not in everything and "Cem Claes" not in everything
    assert "person.json" in files["README.txt"] and "Alle gegevens van" in files["README.txt"]
    # Readable JSON: indented, with the Dutch characters as they are.
    assert files["learning_requests.json"].startswith("[\n  {") and "€" in files[
        "learning_requests.json"]
    assert "person_exported" in audit_actions(db, owner)


def test_the_export_includes_the_signed_record_html(db, owner, world):
    files = unzip(privacy.export_person(db, owner, world.zwaantje.person_id, "en",
                                        passphrase=SEAL), SEAL)
    page = files[f"records/{YEAR}-1.html"]
    assert page == render_record(db, world.zwaantje, world.conversation_id, "en")
    assert NAME in page and "Zuurdesemcursus afronden" in page
    assert "Everything Regiestoel holds about" in files["README.txt"]


def test_a_person_may_export_their_own_data_but_not_a_colleagues(db, owner, world, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / "mine.zip"
    privacy.export_person_to(db, world.zwaantje, world.zwaantje.person_id, target, "nl")
    assert NAME in unzip(target.read_bytes())["person.json"]
    # Written in one go: no half-written file stays next to it.
    assert [p.name for p in folder.iterdir()] == ["mine.zip"]
    with pytest.raises(Forbidden):
        privacy.export_person(db, world.bert, world.zwaantje.person_id, "nl")
    with pytest.raises(Forbidden):
        privacy.export_person(db, world.mira, world.zwaantje.person_id, "nl")
    with pytest.raises(NotFound):
        privacy.export_person(db, owner, 9999, "nl")
    with pytest.raises(Invalid):
        privacy.export_person(db, owner, world.zwaantje.person_id, "de")


# --- erasure -------------------------------------------------------------------------------


def test_only_an_archived_person_can_be_erased_and_only_by_the_owner(db, owner, world):
    with pytest.raises(Conflict) as err:
        privacy.erase_person(db, owner, world.zwaantje.person_id)
    assert err.value.code == "erase_only_archived"
    archive(db, owner, world.zwaantje.person_id)
    with pytest.raises(Forbidden):
        privacy.erase_person(db, world.mira, world.zwaantje.person_id)
    privacy.erase_person(db, owner, world.zwaantje.person_id)
    with pytest.raises(Conflict) as err:
        privacy.erase_person(db, owner, world.zwaantje.person_id)
    assert err.value.code == "already_erased"
    erased = people.get_person(db, owner, world.zwaantje.person_id)
    assert erased.name == f"Verwijderde medewerker #{world.zwaantje.person_id}"
    assert erased.email == f"erased-{world.zwaantje.person_id}@regiestoel.invalid"
    assert not erased.has_account and erased.roles == frozenset()


def test_the_last_owner_can_be_neither_archived_nor_erased(db, owner, add_person):
    with pytest.raises(Conflict) as err:
        people.archive_person(db, owner, owner.person_id)
    assert err.value.code == "last_owner"
    with pytest.raises(Conflict) as err:
        privacy.erase_person(db, ADMIN, owner.person_id)
    assert err.value.code == "last_owner"
    # With a second owner the first may leave, and then be erased.
    second = add_person("Tweede Eigenaar", roles={Role.OWNER}, password=None)
    people.archive_person(db, second, owner.person_id)
    privacy.erase_person(db, second, owner.person_id)


@pytest.mark.sqlite_only  # reads the SQLite file and its write-ahead log byte by byte
def test_after_erasure_the_name_email_and_answers_are_nowhere_in_the_database(
        db, owner, world):
    path = database_file(db)
    assert NAME in every_text_in(path) and ANSWER in every_text_in(path)
    archive(db, owner, world.zwaantje.person_id)
    privacy.erase_person(db, owner, world.zwaantje.person_id)

    texts = every_text_in(path)
    for secret in PRIVATE:
        assert secret not in texts, secret
    # Not even in the file's free pages or its write-ahead log.
    raw = path.read_bytes() + (path.with_name(path.name + "-wal").read_bytes()
                               if path.with_name(path.name + "-wal").exists() else b"")
    for secret in (NAME, EMAIL, ANSWER, QUESTION):
        assert secret.encode() not in raw, secret
    # Colleagues' own words stay.
    assert BERTS_ANSWER in texts and "Berts vraag bij Zwaantje" not in texts


def test_aggregate_figures_stay_right_after_erasure(db, owner, world):
    def figures() -> dict[str, object]:
        book = budget.ledger(db, owner, YEAR)
        with db.read() as s:
            return {
                "minutes": s.scalar(select(func.sum(LearningHours.minutes))),
                "hour_rows": s.scalar(select(func.count()).select_from(LearningHours)),
                "present": s.scalar(select(func.count()).select_from(Attendance)
                                    .where(Attendance.present)),
                "energy": s.scalar(select(func.sum(Attendance.energy))),
                "conversations": sorted(s.execute(select(Conversation.year, Conversation.half,
                                                         Conversation.status)).all()),
                "situations": sorted(s.scalars(select(WorkSituation.status))),
                "lessons": s.scalar(select(func.count()).select_from(Lesson)),
                "spent": book.organisation.spent_cents,
                "committed": book.organisation.committed_cents,
                "teams": [(t.name, t.spent_cents) for t in book.teams],
            }

    before = figures()
    archive(db, owner, world.zwaantje.person_id)
    privacy.erase_person(db, owner, world.zwaantje.person_id)
    assert figures() == before
    assert before["spent"] == 40_000 and before["minutes"] == 60 * 2 + 480
    lesson = lessons.get_lesson(db, owner, world.lesson_id)
    assert lesson.title == "Koel deeg rijst rustiger" and lesson.author_id is None
    row = next(r for r in budget.ledger(db, owner, YEAR).people
               if r.id == world.zwaantje.person_id)
    assert row.name.startswith("Verwijderde medewerker") and row.spent_cents == 40_000


def test_the_audit_log_keeps_every_row_and_shows_the_anonymous_name(db, owner, world):
    pid = world.zwaantje.person_id
    archive(db, owner, pid)
    before = {e.id: (e.action, e.detail) for e in audit.list_entries(db, owner)}
    privacy.erase_person(db, owner, pid)
    after = audit.list_entries(db, owner)
    assert {e.id: (e.action, e.detail) for e in after if e.id in before} == before
    assert after[0].action == "person_erased" and after[0].subject.startswith("Verwijderde")
    assert all(NAME not in (e.actor, e.subject) for e in after)


def test_every_link_to_a_person_has_a_decided_erasure_rule():
    """A new table that refers to a person must be added to the rule table."""
    doc = privacy.__doc__ or ""
    links = {f"{t.name}.{c.name}" for t in Base.metadata.sorted_tables for c in t.columns
             for fk in c.foreign_keys if fk.column.table.name == "person"}
    links |= {"audit_entry.subject_id"}
    assert {link for link in links if link not in doc} == set()


# --- retention -----------------------------------------------------------------------------


def test_people_who_left_over_two_years_ago_are_listed_a_postponed_one_is_not(
        db, owner, add_person):
    today = date.today()
    long_ago = add_person("Lang Geleden", password=None)
    kept = add_person("Bewaard Wegens Claim", password=None)
    recent = add_person("Pas Weg", password=None)
    active = add_person("Nog Hier", password=None)
    archive(db, owner, long_ago.person_id, today - timedelta(days=2 * 366 + 1))
    archive(db, owner, kept.person_id, today - timedelta(days=3 * 365))
    archive(db, owner, recent.person_id, today - timedelta(days=400))
    privacy.postpone_removal(db, owner, kept.person_id, "Lopende claim", today + timedelta(30))

    due = privacy.people_due_for_removal(db, owner)
    assert [r.name for r in due] == ["Lang Geleden"]
    assert due[0].left_on == today - timedelta(days=2 * 366 + 1)
    # Once the reason has expired, they are due again.
    later = today + timedelta(days=31)
    assert {r.name for r in privacy.people_due_for_removal(db, owner, later)} == {
        "Lang Geleden", "Bewaard Wegens Claim"}

    assert privacy.remove_due(db, owner) == 1
    assert privacy.people_due_for_removal(db, owner) == []
    names = {p.id: p.name for p in people.list_people(db, owner, include_archived=True)}
    assert names[long_ago.person_id].startswith("Verwijderde medewerker")
    assert names[kept.person_id] == "Bewaard Wegens Claim"
    assert names[active.person_id] == "Nog Hier"
    assert "removal_postponed" in audit_actions(db, owner)
    with pytest.raises(Forbidden):
        privacy.people_due_for_removal(db, active)


def test_postponing_needs_a_reason_a_future_date_and_someone_who_left(db, owner, add_person):
    gone = add_person("Weg", password=None)
    here = add_person("Hier", password=None)
    archive(db, owner, gone.person_id)
    next_year = date.today() + timedelta(days=365)
    with pytest.raises(Invalid) as err:
        privacy.postpone_removal(db, owner, gone.person_id, "  ", next_year)
    assert err.value.field == "keep_reason"
    with pytest.raises(Invalid) as err:
        privacy.postpone_removal(db, owner, gone.person_id, "Claim", date.today())
    assert err.value.code == "keep_until_not_future"
    with pytest.raises(Conflict) as err:
        privacy.postpone_removal(db, owner, here.person_id, "Claim", next_year)
    assert err.value.code == "not_archived"
    with pytest.raises(Forbidden):
        privacy.postpone_removal(db, here, gone.person_id, "Claim", next_year)


# --- the audit log -------------------------------------------------------------------------


def test_sensitive_actions_appear_in_the_audit_log(db, owner, world, tmp_path):
    zq, mira = world.zwaantje, world.mira
    row = people.get_person(db, owner, world.bert.person_id)
    people.update_person(db, owner, row.id, people.PersonInput(
        name=row.name, email=row.email, roles={Role.PROFESSIONAL, Role.GUIDE},
        manager_id=row.manager_id), expected_version=row.version_id)
    auth.reset_password(db, owner, world.bert.person_id, "tijdelijk-wachtwoord")
    auth.change_own_password(db, owner, OWNER_PASSWORD, "een-nieuw-wachtwoord")
    talks.signed_record(db, mira, world.conversation_id)
    people_csv.export_people(db, owner, tmp_path / "people.csv", "nl")
    privacy.export_person(db, owner, zq.person_id, "nl", passphrase=SEAL)
    archive(db, owner, world.bert.person_id)
    people.restore_person(db, owner, world.bert.person_id)
    archive(db, owner, zq.person_id)
    privacy.erase_person(db, owner, zq.person_id)

    seen = audit_actions(db, owner)
    for action in ("roles_changed", "password_reset", "password_changed", "conversation_read",
                   "people_exported", "person_exported", "person_archived", "person_restored",
                   "person_erased"):
        assert action in seen, action


def test_no_application_code_changes_or_removes_audit_entries():
    """The log is append-only from the application: only ``audit.record`` writes to it."""
    changing = re.compile(
        r"(delete|update)\(\s*AuditEntry|AuditEntry\)\.(delete|update)|"
        r"(DELETE\s+FROM|UPDATE)\s+\"?audit_entry", re.IGNORECASE)
    offenders = []
    for folder in ("app", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            if path == ROOT / "app" / "services" / "audit.py":
                # Its one removal is of a personal copy's own entries once the server has
                # them (forget_on_copy refuses on any other database; tested in test_sync).
                source = source.split("# --- a personal copy's entries")[0]
            if changing.search(source):
                offenders.append(str(path.relative_to(ROOT)))
            # Nothing outside the audit service handles AuditEntry objects at all.
            if "AuditEntry" in source and path != ROOT / "app" / "services" / "audit.py":
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


# --- the admin commands --------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_person_commands_and_their_exit_codes(capsys, db, data_dir, owner, add_person,
                                                  tmp_path, monkeypatch):
    anna = add_person("Anna Admin-Test", password=None)
    pid = str(anna.person_id)
    monkeypatch.setenv("ANNA_ZIN", SEAL)

    code, out, _ = run(capsys, data_dir, "person", "export", pid, str(tmp_path / "anna.zip"),
                       "--passphrase-env", "ANNA_ZIN")
    assert code == 0 and "Anna Admin-Test" in out
    assert "Anna Admin-Test" in unzip((tmp_path / "anna.zip").read_bytes(), SEAL)[
        "person.json"]
    code, _, err = run(capsys, data_dir, "person", "export", "999", str(tmp_path / "x.zip"),
                       "--passphrase-env", "ANNA_ZIN")
    assert code == 2 and "999" in err and not (tmp_path / "x.zip").exists()

    code, _, err = run(capsys, data_dir, "person", "erase", pid, "--yes")
    assert code == 2 and "only an archived person can be erased" in err

    code, _, err = run(capsys, data_dir, "person", "archive", str(owner.person_id))
    assert code == 2 and "last owner" in err
    code, _, err = run(capsys, data_dir, "person", "archive", "999")
    assert code == 2 and "Traceback" not in err
    code, out, _ = run(capsys, data_dir, "person", "archive", pid, "--left-on",
                       (date.today() - timedelta(days=800)).isoformat())
    assert code == 0 and "archived" in out

    code, out, _ = run(capsys, data_dir, "person", "retention")
    assert code == 0
    assert out.splitlines() == [
        f"{pid}\tAnna Admin-Test\t{(date.today() - timedelta(days=800)).isoformat()}"]

    # No terminal to ask, and no --yes: nothing happens.
    code, _, err = run(capsys, data_dir, "person", "erase", pid)
    assert code == 2 and "--yes" in err
    assert people.get_person(db, owner, anna.person_id).name == "Anna Admin-Test"
    code, out, _ = run(capsys, data_dir, "person", "erase", pid, "--yes")
    assert code == 0
    # The organisation speaks Dutch, whatever the language of the command.
    assert people.get_person(db, owner, anna.person_id).name == f"Verwijderde medewerker #{pid}"
    code, out, _ = run(capsys, data_dir, "person", "retention")
    assert code == 0 and out == ""


def test_an_erased_person_can_no_longer_log_in(db, owner, world):
    pid = world.zwaantje.person_id
    archive(db, owner, pid)
    people.restore_person(db, owner, pid)
    assert pid in {c.id for c in auth.login_candidates(db)}
    archive(db, owner, pid)
    privacy.erase_person(db, owner, pid)
    with db.read() as s:
        assert s.get(Conversation, world.conversation_id).summary == ""
    assert pid not in {c.id for c in auth.login_candidates(db)}


def test_erasure_names_follow_the_organisations_language(db, owner, add_person):
    from app.services import organisation

    settings = organisation.get_settings(db, owner)
    fresh.update_settings(db, owner, replace(settings, default_language="en"))
    gone = add_person("Leaving Soon", password=None)
    archive(db, owner, gone.person_id, datetime.now(UTC).date())
    privacy.erase_person(db, owner, gone.person_id)
    assert people.get_person(db, owner, gone.person_id).name == \
        f"Erased person #{gone.person_id}"


def test_an_erased_person_cannot_be_restored(db, owner, add_person):
    from app.services import people as people_service
    from app.services import privacy
    from models.errors import Conflict as ConflictError

    gone = add_person("Eenmalig Weg", password=None)
    people_service.archive_person(db, owner, gone.person_id)
    privacy.erase_person(db, owner, gone.person_id)
    with pytest.raises(ConflictError) as err:
        people_service.restore_person(db, owner, gone.person_id)
    assert err.value.code == "already_erased"
