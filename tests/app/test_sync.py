"""Sync of a personal copy: a day's work offline reaches the server whole, conflicts are kept
side by side until the person chooses, a cut-off sync resumes without applying anything
twice, and what the person may no longer read leaves the copy."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from app.access import Actor
from app.personal_copy import conflicts, replay
from app.personal_copy.identity import copy_outbox
from app.personal_copy.local_ids import LOCAL_ID_START
from app.personal_copy.make import _snapshot
from app.personal_copy.opening import change_password, open_copy
from app.personal_copy.outbox import OPEN_TABLES
from app.personal_copy.selection import select_for, tables
from app.personal_copy.sync import sync
from app.services import actions, development, people, privacy, sessions, situations
from app.services import conversations as talks
from app.services.auth import actor_for
from models import (
    Action,
    ActionStatus,
    Attendance,
    AuditEntry,
    LearningHours,
    Person,
    Side,
    SituationNote,
    WorkSituation,
)
from models import Session as SessionModel
from models.errors import StorageError
from models.personal_copies import AppliedOperation, PersonalCopy
from tests.personal_copy_world import copy_bytes
from tests.sync_world import PASSWORD, Org, kinds, new_org

COPY_ONLY = ("copy_",)


@pytest.fixture(params=kinds())
def org(request: pytest.FixtureRequest, tmp_path: Path) -> Org:
    return new_org(request.param, request, tmp_path)


@pytest.fixture
def sqlite_org(request: pytest.FixtureRequest, tmp_path: Path) -> Org:
    return new_org("sqlite", request, tmp_path)


def rows_of(db, person_id: int) -> dict[str, list[dict]]:
    """A fresh selection for the person on ``db`` (the server), by table."""
    with _snapshot(db) as s:
        person = s.get(Person, person_id)
        chosen = select_for(s, Actor(person.id, person.roles, person.name))
    return {t: sorted(rows, key=repr) for t, rows in chosen.rows.items()}


def copy_rows(copy) -> dict[str, list[dict]]:
    with copy.db.read() as s:
        return {t.name: sorted((dict(r) for r in s.execute(select(t)).mappings()), key=repr)
                for t in tables() if t.name not in OPEN_TABLES}


def equal_to_a_fresh_copy(org: Org, copy) -> None:
    fresh = rows_of(org.db, copy.identity.person_id)
    held = copy_rows(copy)
    for table in held:
        assert held[table] == fresh.get(table, []), table


def test_a_day_offline_reaches_the_server_whole(org: Org, tmp_path: Path):
    kevin_id = org.ids["kevin"]
    copy = org.copy("kevin", tmp_path / "laptop")
    me = actor_for(copy.db, kevin_id)
    # The development question and a guiding answer.
    q = development.my_question(copy.db, me)
    development.save_question(copy.db, me, "Hoe vind ik een storing in één keer?", True,
                              {"aim": "Minder terugritten"},
                              expected_version=q.version_id if q else None)
    q = development.my_question(copy.db, me)
    development.save_answer(copy.db, me, "obstacles", "Ik begin te snel te schroeven",
                            expected_version=q.version_id)
    # A work situation with a note.
    new = situations.register_situation(copy.db, me, situations.SituationInput(
        "Warmtepomp slaat af bij vorst", description="Bij -5 graden"))
    situations.add_note(copy.db, me, new.value, situations.NoteKind.QUESTION,
                        "Welke sensor meet de buitentemperatuur?")
    # The conversation preparation, written and published.
    talk = next(c for c in talks.list_conversations(copy.db, me)
                if c.status.value == "planned" and (c.year, c.half) == (2026, 2))
    key = talks.preparation_keys(Side.PROFESSIONAL)[0]
    seen = talks.record_versions(copy.db, me, talk.id)
    prep = talks.save_preparation(copy.db, me, talk.id, Side.PROFESSIONAL,
                                  {key: "Ik wil de storingsdienst leren draaien"},
                                  expected_version=seen.preparations.get(Side.PROFESSIONAL),
                                  expected_record_version=seen.record)
    talks.publish_preparation(copy.db, me, talk.id, Side.PROFESSIONAL,
                              expected_version=prep.value)
    # A session of his group: attendance, notes, an action, and the hours.
    with copy.db.read() as s:
        session_id = s.scalar(select(SessionModel.id).where(SessionModel.status == "planned")
                              .order_by(SessionModel.day, SessionModel.id))
    view = sessions.get_session(copy.db, me, session_id, "nl")
    present = {p.id: sessions.AttendanceInput(True, 4, 5) for p in view.participants}
    record = sessions.SessionRecord(notes="We oefenden foutzoeken met het schema",
                                    attendance=present)
    sessions.start_session(copy.db, me, session_id, "laptop van Kevin")
    sessions.save_progress(copy.db, me, session_id, record)
    action = sessions.add_action(copy.db, me, session_id, "Schema's printen", kevin_id, None)
    sessions.finish_session(copy.db, me, session_id, record)
    assert new.value >= LOCAL_ID_START and action.value >= LOCAL_ID_START

    lines: list[str] = []
    report = sync(copy, progress=lines.append)
    assert (report.sent, report.conflicts, report.revoked) == (10, 0, False)
    assert lines[0] == "versturen 1 van 10" and "ophalen" in lines
    server, kevin = org.db, org.actor("kevin")
    q = development.my_question(server, kevin)
    assert q.text == "Hoe vind ik een storing in één keer?"
    assert (q.answers["aim"], q.answers["obstacles"]) == (
        "Minder terugritten", "Ik begin te snel te schroeven")
    with server.read() as s:
        w = s.scalar(select(WorkSituation).where(
            WorkSituation.title == "Warmtepomp slaat af bij vorst"))
        assert w is not None and w.id < LOCAL_ID_START and w.owner_id == kevin_id
        assert [n.text for n in s.scalars(select(SituationNote).where(
            SituationNote.situation_id == w.id))] == ["Welke sensor meet de buitentemperatuur?"]
        done = s.get(SessionModel, session_id)
        assert (done.status, done.notes) == ("done", "We oefenden foutzoeken met het schema")
        assert {a.person_id for a in s.scalars(select(Attendance).where(
            Attendance.session_id == session_id))} == set(present)
        assert s.scalar(select(Action.title).where(Action.session_id == session_id)) == \
            "Schema's printen"
        logged = s.scalars(select(LearningHours.person_id).where(
            LearningHours.source == "session", LearningHours.source_id == session_id)).all()
        assert sorted(logged) == sorted(present)
        assert s.scalar(select(func.count()).select_from(AppliedOperation).where(
            AppliedOperation.copy_id == copy.identity.copy_id)) == 10
    published = talks.preparation_of(server, org.actor("henk"), talk.id, Side.PROFESSIONAL)
    assert published is not None and published.fields[key] == \
        "Ik wil de storingsdienst leren draaien"
    # The copy now holds the server's ids and equals a fresh copy; the outbox is empty.
    with copy.db.read() as s:
        assert s.scalar(select(func.count()).select_from(copy_outbox)) == 0
        assert s.scalar(select(func.max(WorkSituation.id))) < LOCAL_ID_START
    equal_to_a_fresh_copy(org, copy)
    with server.read() as s:
        row = s.get(PersonalCopy, copy.identity.copy_id)
    assert row.last_synced_at == copy.identity.last_synced_at
    # Nothing more to do: nothing sent, nothing received.
    assert sync(copy) == type(report)(0, 0, 0)
    copy.close()


def _question_conflict(org: Org, copy, offline_text: str, online_text: str):
    me = actor_for(copy.db, copy.identity.person_id)
    q = development.my_question(copy.db, me)
    version = q.version_id if q else None
    development.save_question(org.db, org.actor("kevin"), online_text, True,
                              expected_version=version)
    development.save_question(copy.db, me, offline_text, True, expected_version=version)
    return sync(copy)


@pytest.mark.parametrize("keep", ["mine", "theirs", "merged"])
def test_a_conflict_waits_side_by_side_until_the_person_chooses(sqlite_org: Org,
                                                                 tmp_path: Path, keep: str):
    org = sqlite_org
    copy = org.copy("kevin", tmp_path / "laptop")
    me = actor_for(copy.db, org.ids["kevin"])
    report = _question_conflict(org, copy, "Mijn versie van de laptop",
                                "De versie van kantoor")
    # Another change, to a situation, goes on; one on the same question waits.
    new = situations.register_situation(copy.db, me, situations.SituationInput("Lekkage"))
    q = development.my_question(copy.db, me)
    development.save_answer(copy.db, me, "aim", "Wacht op de botsing",
                            expected_version=q.version_id)
    assert report.conflicts == 1
    second = sync(copy)
    assert (second.sent, second.conflicts) == (1, 1)
    [conflict] = conflicts.pending(copy)
    assert conflict.operation == "development.save_question"
    assert conflict.fields == ("text",)
    assert conflict.mine["text"] == "Mijn versie van de laptop"
    assert conflict.theirs["text"] == "De versie van kantoor"
    assert conflict.title.startswith("De versie van kantoor")
    assert conflict.waiting == 1  # the answer, kept until the choice (the dialog says so)
    with org.db.read() as s:
        assert s.scalar(select(WorkSituation.id).where(WorkSituation.title == "Lekkage"))
    del new
    merged = {"text": "Mijn versie, met die van kantoor"}
    conflicts.resolve(copy, conflict.id, keep, merged if keep == "merged" else None)
    assert conflicts.pending(copy) == []
    final = sync(copy)
    assert final.conflicts == 0
    expected = {"mine": "Mijn versie van de laptop", "theirs": "De versie van kantoor",
                "merged": "Mijn versie, met die van kantoor"}[keep]
    server_q = development.my_question(org.db, org.actor("kevin"))
    assert server_q.text == expected
    # The answer that waited went after the choice.
    assert server_q.answers.get("aim") == "Wacht op de botsing"
    assert development.my_question(copy.db, me).text == expected
    equal_to_a_fresh_copy(org, copy)
    copy.close()


def _close_at_the_office(org: Org, situation_id: int) -> None:
    """Kevin closes his work situation on the organisation's database meanwhile."""
    with org.db.read() as s:
        version = s.get(WorkSituation, situation_id).version_id
    situations.finish_situation(org.db, org.actor("kevin"), situation_id,
                                situations.SituationStatus.CLOSED, "Opgelost",
                                expected_version=version)


def test_an_operation_the_server_now_refuses_is_kept_and_shown(sqlite_org: Org,
                                                                tmp_path: Path):
    org = sqlite_org
    copy = org.copy("kevin", tmp_path / "laptop")
    me = actor_for(copy.db, org.ids["kevin"])
    new = situations.register_situation(org.db, org.actor("kevin"),
                                        situations.SituationInput("Koudemiddel op"))
    sync(copy)
    situations.add_note(copy.db, me, new.value, situations.NoteKind.QUESTION, "Waar lekt het?")
    _close_at_the_office(org, new.value)
    report = sync(copy)
    assert (report.sent, report.conflicts) == (1, 0)
    with copy.db.read() as s:
        [op] = s.execute(select(copy_outbox)).mappings().all()
    assert op["state"] == "refused"
    assert json.loads(op["outcome"])["code"] == "situation_wrong_step"
    with org.db.read() as s:
        assert s.scalar(select(func.count()).select_from(SituationNote).where(
            SituationNote.situation_id == new.value)) == 0
    [refusal] = conflicts.refused(copy)
    assert (refusal.operation, refusal.code) == ("situations.add_note", "situation_wrong_step")
    assert refusal.mine["text"] == "Waar lekt het?"
    assert sync(copy).sent == 0  # shown, never sent again
    conflicts.dismiss(copy, refusal.op_id)
    assert conflicts.refused(copy) == []
    copy.close()


def test_a_sync_with_nothing_new_reads_nothing_yet_misses_no_change(org: Org, tmp_path: Path):
    from app.personal_copy.identity import copy_pull_state
    from app.personal_copy.sync import SyncReport
    from app.services import lessons

    def counted(copy) -> set[str]:
        with copy.db.read() as s:
            return set(s.scalars(select(copy_pull_state.c.table_name)))

    copy = org.copy("kevin", tmp_path / "laptop")
    sync(copy)
    # On a server the copy keeps the server's counters it was pulled at (a file has none).
    assert bool(counted(copy)) == (org.kind == "postgresql")
    assert sync(copy) == SyncReport(0, 0, 0)
    # A change at the office that Kevin may read still arrives.
    lessons.add_lesson(org.db, org.actor("henk"), lessons.LessonInput(
        "Eerst meten, dan schroeven", what_worked="Meten"))
    assert sync(copy).received >= 1
    equal_to_a_fresh_copy(org, copy)
    # A change in the copy forgets the counters of what it wrote, so the next pull compares
    # those tables afresh.
    before = counted(copy)
    me = actor_for(copy.db, org.ids["kevin"])
    situations.register_situation(copy.db, me, situations.SituationInput("Lekkende kraan"))
    if org.kind == "postgresql":
        assert "work_situation" in before - counted(copy)
        assert "lesson" in counted(copy)
    assert sync(copy).sent == 1
    equal_to_a_fresh_copy(org, copy)
    copy.close()


@pytest.mark.parametrize("cut", ["after_server_commit", "before_server_commit"])
def test_a_sync_cut_off_resumes_without_applying_anything_twice(org: Org, tmp_path: Path,
                                                                monkeypatch, cut: str):
    copy = org.copy("kevin", tmp_path / "laptop")
    me = actor_for(copy.db, org.ids["kevin"])
    new = situations.register_situation(copy.db, me, situations.SituationInput("Ketel"))
    situations.add_note(copy.db, me, new.value, situations.NoteKind.QUESTION, "Druk te laag?")

    class Killed(Exception):
        pass

    calls = []

    def killed(where: str) -> None:
        calls.append(where)
        if len(calls) == 2:  # the note: the server has it (or not), the copy does not know
            raise Killed(where)

    if cut == "after_server_commit":
        monkeypatch.setattr(replay, "_checkpoint", killed)
    else:
        original = replay._apply

        def apply_then_die(*args, **kwargs):
            result = original(*args, **kwargs)
            if args[3] == "situations.add_note":
                raise Killed("before commit")
            return result

        monkeypatch.setattr(replay, "_apply", apply_then_die)
    with pytest.raises(Killed):
        sync(copy)
    monkeypatch.undo()
    report = sync(copy)
    assert report.conflicts == 0
    with org.db.read() as s:
        w = s.scalar(select(WorkSituation).where(WorkSituation.title == "Ketel"))
        assert s.scalar(select(func.count()).select_from(WorkSituation).where(
            WorkSituation.title == "Ketel")) == 1
        notes = s.scalars(select(SituationNote.text).where(
            SituationNote.situation_id == w.id)).all()
    assert notes == ["Druk te laag?"]
    with copy.db.read() as s:
        assert s.scalar(select(func.count()).select_from(copy_outbox)) == 0
    equal_to_a_fresh_copy(org, copy)
    copy.close()


def test_a_revoked_copy_deletes_itself_at_next_contact(sqlite_org: Org, tmp_path: Path,
                                                       capsys, monkeypatch):
    from app.cli import main

    org = sqlite_org
    folder = tmp_path / "laptop"
    org.copy("kevin", folder).close()
    copy = open_copy(folder, PASSWORD)
    with org.db.transaction() as s:
        s.execute(update(PersonalCopy).where(PersonalCopy.id == copy.identity.copy_id)
                  .values(revoked_at=datetime.now(UTC)))
    copy.close()
    monkeypatch.setenv("REGIESTOEL_PASSWORD", PASSWORD)
    code = main(["--data-dir", str(folder), "--lang", "en", "sync"])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "sent 0, received 0, conflicts 0\n")
    assert err == ("regiestoel-admin: This laptop may no longer keep your data: the owner "
                   "revoked your personal copy. The copy has been deleted from this "
                   "laptop.\n")
    assert copy_bytes(folder) == {}


def test_the_admin_sync_command(sqlite_org: Org, tmp_path: Path, capsys, monkeypatch):
    from app.cli import main

    org = sqlite_org
    folder = tmp_path / "laptop"
    copy = org.copy("kevin", folder)
    me = actor_for(copy.db, org.ids["kevin"])
    situations.register_situation(copy.db, me, situations.SituationInput("Thermostaat"))
    copy.close()
    monkeypatch.setenv("REGIESTOEL_PASSWORD", "niet-goed")
    assert main(["--data-dir", str(folder), "--lang", "en", "sync"]) == 2
    out, err = capsys.readouterr()
    assert (out, err) == ("", "regiestoel-admin: That password is not right.\n")
    monkeypatch.setenv("REGIESTOEL_PASSWORD", PASSWORD)
    for language in ("nl", "en"):
        code = main(["--data-dir", str(folder), "--lang", language, "sync"])
        out, err = capsys.readouterr()
        assert (code, err) == (0, "")
        assert out in ("sent 1, received 2, conflicts 0\n", "sent 0, received 0, conflicts 0\n")
    # A conflict waits: the counts, and a line saying so; exit 1.
    copy = open_copy(folder, PASSWORD)
    _question_conflict(org, copy, "Laptop", "Kantoor")
    copy.close()
    code = main(["--data-dir", str(folder), "--lang", "en", "sync"])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "sent 0, received 0, conflicts 1\n")
    assert err.startswith("regiestoel-admin: 1 change(s) from your laptop clash")
    # The server gone: one line, nothing ran.
    copy = open_copy(folder, PASSWORD)
    before = copy_rows(copy)
    copy.close()
    (tmp_path / "regiestoel.sqlite3").rename(tmp_path / "elders.sqlite3")
    code = main(["--data-dir", str(folder), "--lang", "en", "sync"])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err.startswith("regiestoel-admin: Your organisation's database cannot be reached")
    copy = open_copy(folder, PASSWORD)
    assert copy_rows(copy) == before
    copy.close()


def test_an_erased_person_leaves_every_other_copy_at_its_next_pull(sqlite_org: Org,
                                                                   tmp_path: Path):
    org = sqlite_org
    owner = org.actor("marieke")
    copy = org.copy("henk", tmp_path / "laptop")  # Henk manages Ricardo
    ricardo = org.ids["ricardo"]
    with copy.db.read() as s:
        assert s.get(Person, ricardo).name == "Ricardo Martins"
    people.archive_person(org.db, owner, ricardo, **_archive_kwargs(org, ricardo))
    privacy.erase_person(org.db, owner, ricardo)
    report = sync(copy)
    assert report.received > 0
    with copy.db.read() as s:
        names = set(s.scalars(select(Person.name)))
    assert "Ricardo Martins" not in names
    equal_to_a_fresh_copy(org, copy)
    copy.close()


def _archive_kwargs(org: Org, person_id: int) -> dict:
    import inspect as pyinspect

    params = pyinspect.signature(people.archive_person).parameters
    kwargs = {}
    if "expected_version" in params:
        with org.db.read() as s:
            kwargs["expected_version"] = s.get(Person, person_id).version_id
    return kwargs


def test_after_a_password_change_the_copy_opens_and_syncs(sqlite_org: Org, tmp_path: Path):
    org = sqlite_org
    folder = tmp_path / "laptop"
    copy = org.copy("kevin", folder)
    me = actor_for(copy.db, org.ids["kevin"])
    situations.register_situation(copy.db, me, situations.SituationInput("Voor de wissel"))
    copy.close()
    change_password(folder, PASSWORD, "een-nieuw-wachtwoord-2026")
    with pytest.raises(Exception):  # noqa: B017 - the old password no longer opens it
        open_copy(folder, PASSWORD)
    copy = open_copy(folder, "een-nieuw-wachtwoord-2026")
    assert sync(copy).sent == 1
    copy.close()
    copy = open_copy(folder, "een-nieuw-wachtwoord-2026")
    with copy.db.read() as s:
        assert s.scalar(select(WorkSituation.id).where(WorkSituation.title == "Voor de wissel"))
    copy.close()


def test_offline_work_leaves_no_readable_text_in_the_files(sqlite_org: Org, tmp_path: Path):
    org = sqlite_org
    folder = tmp_path / "laptop"
    copy = org.copy("kevin", folder)
    me = actor_for(copy.db, org.ids["kevin"])
    typed = "Vandaag leerde ik de drukschakelaar KWARTELKONING9 te vervangen"
    new = situations.register_situation(copy.db, me, situations.SituationInput(
        "Drukschakelaar", description=typed))
    situations.add_note(copy.db, me, new.value, situations.NoteKind.QUESTION, typed)
    with copy.db.read() as s:
        assert s.scalar(select(func.count()).select_from(copy_outbox)) == 2
    # While the copy is open (its write-ahead log beside it) and after it is closed.
    for _moment in ("open", "closed"):
        for name, content in copy_bytes(folder).items():
            for secret in ("KWARTELKONING9", "drukschakelaar", "register_situation"):
                assert secret.encode() not in content, (name, secret)
        copy.close()


def test_audit_entries_of_offline_reads_reach_the_servers_log(sqlite_org: Org,
                                                              tmp_path: Path):
    org = sqlite_org
    kevin = org.actor("kevin")
    q = development.my_question(org.db, kevin)
    development.save_question(org.db, kevin, "Gedeeld met Henk", True,
                              expected_version=q.version_id if q else None)
    copy = org.copy("henk", tmp_path / "laptop")
    development.question_of(copy.db, actor_for(copy.db, org.ids["henk"]), org.ids["kevin"])
    with org.db.read() as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "development_question_read"))
    sync(copy)
    sync(copy)
    with org.db.read() as s:
        after = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "development_question_read",
            AuditEntry.actor_id == org.ids["henk"]))
    assert after == before + 1
    with copy.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0
    copy.close()


def test_a_copy_of_another_server_is_refused_untouched(sqlite_org: Org, tmp_path: Path,
                                                       request):
    other = new_org("sqlite", request, tmp_path / "other")
    copy = sqlite_org.copy("kevin", tmp_path / "laptop")
    copy.identity = type(copy.identity)(**{**copy.identity.__dict__, "server_url": other.url})
    with pytest.raises(StorageError) as refused:
        sync(copy)
    assert refused.value.code == "personal_copy_unknown_server"
    copy.close()


def test_actions_of_a_session_made_offline_can_be_marked_done_offline(sqlite_org: Org,
                                                                     tmp_path: Path):
    org = sqlite_org
    copy = org.copy("kevin", tmp_path / "laptop")
    me = actor_for(copy.db, org.ids["kevin"])
    with copy.db.read() as s:
        session_id = s.scalar(select(SessionModel.id).where(SessionModel.status == "planned")
                              .order_by(SessionModel.id))
    made = sessions.add_action(copy.db, me, session_id, "Handschoenen bestellen",
                               org.ids["kevin"], None)
    with copy.db.read() as s:
        version = s.get(Action, made.value).version_id
    actions.set_status(copy.db, me, made.value, ActionStatus.DONE, expected_version=version)
    assert sync(copy).sent == 2
    with org.db.read() as s:
        action = s.scalar(select(Action).where(Action.title == "Handschoenen bestellen"))
    assert action.status == "done" and action.id < LOCAL_ID_START
    copy.close()


def test_a_server_of_a_newer_version_or_out_of_reach_leaves_the_copy_untouched(
        sqlite_org: Org, tmp_path: Path):
    from sqlalchemy import text

    from app.personal_copy.sync import server_reachable

    org = sqlite_org
    folder = tmp_path / "laptop"
    copy = org.copy("kevin", folder)
    me = actor_for(copy.db, org.ids["kevin"])
    situations.register_situation(copy.db, me, situations.SituationInput("Blijft staan"))
    assert server_reachable(copy)
    with org.db.transaction() as s:
        head = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
        s.execute(text("UPDATE alembic_version SET version_num = '9999_later'"))
    before = copy_rows(copy)
    with pytest.raises(StorageError) as refused:
        sync(copy)
    assert refused.value.code == "server_schema_newer"
    assert copy_rows(copy) == before
    with copy.db.read() as s:
        assert s.scalar(select(func.count()).select_from(copy_outbox)) == 1
    with org.db.transaction() as s:
        s.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": head})
    org.db.dispose()
    (tmp_path / "regiestoel.sqlite3").rename(tmp_path / "weg.sqlite3")
    assert not server_reachable(copy)
    with pytest.raises(StorageError) as unreachable:
        sync(copy)
    assert unreachable.value.code == "server_unreachable"
    assert not (tmp_path / "regiestoel.sqlite3").exists()  # no empty server made
    assert copy_rows(copy) == before
    copy.close()


def test_an_unreachable_postgresql_server_is_told_within_seconds(sqlite_org: Org,
                                                                 tmp_path: Path):
    import time

    from app.personal_copy.sync import server_reachable

    copy = sqlite_org.copy("kevin", tmp_path / "laptop")
    # A port nobody listens on: refused at once, never a hang.
    copy.identity = type(copy.identity)(**{
        **copy.identity.__dict__, "server_url": "postgresql://rc@127.0.0.1:9/regiestoel"})
    started = time.monotonic()
    assert not server_reachable(copy, timeout_s=2)
    with pytest.raises(StorageError) as unreachable:
        sync(copy)
    assert unreachable.value.code == "server_unreachable"
    assert time.monotonic() - started < 30
    copy.close()


def test_notifications_shown_offline_are_remembered_on_the_server(sqlite_org: Org,
                                                                  tmp_path: Path):
    from datetime import timedelta

    from app.services import notifications
    from app.services.due import due_for
    from models import NotificationShown

    org = sqlite_org
    copy = org.copy("kevin", tmp_path / "laptop")
    me = actor_for(copy.db, org.ids["kevin"])
    moment = datetime.now(UTC) + timedelta(days=3)
    items = due_for(copy.db, me, moment)
    assert items
    notifications.mark_shown(copy.db, me, (i for i in items), moment)  # read once
    assert sync(copy).sent == 1
    with org.db.read() as s:
        shown = set(s.execute(select(NotificationShown.kind, NotificationShown.item_id)
                              .where(NotificationShown.person_id == org.ids["kevin"])).all())
    assert {(i.kind.value, i.item_id) for i in items} <= shown
    copy.close()


def test_a_refusal_amid_batched_operations_takes_back_only_itself(org: Org, tmp_path: Path,
                                                                  monkeypatch):
    # Batches of two, so the refusal falls in the second batch after one committed, and
    # what went before it in its batch is sent again, once.
    monkeypatch.setattr(replay, "BATCH", 2)
    copy = org.copy("kevin", tmp_path / "laptop")
    me = actor_for(copy.db, org.ids["kevin"])
    closed = situations.register_situation(org.db, org.actor("kevin"),
                                           situations.SituationInput("Koudemiddel op"))
    sync(copy)
    made = {}

    def register(title: str) -> None:
        made[title] = situations.register_situation(copy.db, me,
                                                    situations.SituationInput(title)).value

    def note(title: str) -> None:
        situations.add_note(copy.db, me, made[title], situations.NoteKind.QUESTION,
                            f"Noot bij {title}")

    register("Voor")
    note("Voor")
    register("Tussen")  # in the refusal's batch, before it
    situations.add_note(copy.db, me, closed.value, situations.NoteKind.QUESTION, "Te laat")
    note("Tussen")
    register("Na")
    note("Na")
    _close_at_the_office(org, closed.value)
    report = sync(copy)
    assert (report.sent, report.conflicts) == (7, 0)
    with org.db.read() as s:
        for title in ("Voor", "Tussen", "Na"):
            [w] = s.scalars(select(WorkSituation.id).where(WorkSituation.title == title)).all()
            assert s.scalars(select(SituationNote.text).where(
                SituationNote.situation_id == w)).all() == [f"Noot bij {title}"]
        assert s.scalar(select(func.count()).select_from(SituationNote).where(
            SituationNote.situation_id == closed.value)) == 0
        outcomes = sorted(s.scalars(select(AppliedOperation.outcome).where(
            AppliedOperation.copy_id == copy.identity.copy_id, AppliedOperation.seq > 0)))
    assert outcomes == ["applied"] * 6 + ["refused"]
    with copy.db.read() as s:
        [op] = s.execute(select(copy_outbox)).mappings().all()
    assert (op["operation"], op["state"]) == ("situations.add_note", "refused")
    assert sync(copy).sent == 0
    equal_to_a_fresh_copy(org, copy)
    copy.close()
