"""A person's personal copy: encrypted at rest, and holding exactly what the policy lets them
read — compared row by row with the policy and with what the services return on the server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import policy
from app.access import Actor
from app.personal_copy import marker as markers
from app.personal_copy.keys import KdfParams
from app.personal_copy.make import make_copy
from app.personal_copy.opening import change_password, open_copy
from app.policy import Kind, Op, Subject
from app.services import actions, development, groups, learning_requests, lessons
from app.services import conversations as talks
from app.services import cycles as cycle_service
from app.services import situations as situation_service
from models import (
    Action,
    Conversation,
    Cycle,
    DevelopmentQuestion,
    LearningGroup,
    LearningRequest,
    Person,
    PersonBudget,
    Preparation,
    WorkSituation,
)
from models import Session as SessionModel
from models.errors import Forbidden, NotFound, StorageError
from tests.personal_copy_world import (
    HENK_DRAFT,
    KEVIN_PRIVATE,
    PASSWORD,
    World,
    copy_bytes,
    kinds,
    world,
)

# The roles of the issue, by a person of the demo organisation who has it.
ROLES = {"professional": "kevin", "guide": "gerrit", "team lead": "henk", "manager": "sandra",
         "owner": "marieke"}
NEVER_CARRIED = ("audit_entry", "culture_tally", "culture_participation", "account",
                 "reminder_claim")


@pytest.fixture(scope="module", params=kinds())
def w(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> World:
    return world(request.param, request, tmp_path_factory)


# Argon2id at its lowest costs, where the key's strength is not what a test is about (the
# real costs take a few tenths of a second per derivation).
FAST = KdfParams(time_cost=1, memory_kib=8 * 1024)


def _copy(w: World, who: str, folder: Path, password: str = PASSWORD,
          kdf: KdfParams = FAST):
    make_copy(w.db, w.ids[who], password, folder, kdf=kdf)
    return open_copy(folder, password)


def _ids(db, model) -> set[int]:
    with db.read() as s:
        return set(s.scalars(select(model.id)))


# --- encrypted at rest -----------------------------------------------------------------------


def test_the_copy_file_holds_no_readable_text(w: World, tmp_path: Path):
    folder = tmp_path / "laptop"
    copy = _copy(w, "kevin", folder, kdf=KdfParams())
    with copy.db.read() as s:
        # The copy does hold the secret (so the search below is not for something absent).
        assert KEVIN_PRIVATE in set(s.scalars(select(DevelopmentQuestion.text)))
        names = set(s.scalars(select(Person.name)))
    copy.close()
    files = copy_bytes(folder)
    assert set(files) == {markers.COPY_FILE, markers.MARKER_FILE}
    secrets = [KEVIN_PRIVATE.split()[-1].rstrip("?"), "Kevin", "Mulder", "Monteurs",
               "vandijk-installatie", "SQLite format 3", "CREATE TABLE", "development_question"]
    for name, content in files.items():
        for secret in [*secrets, *names]:
            for encoded in (secret.encode("utf-8"), secret.encode("utf-16-le")):
                assert encoded not in content, (name, secret)
    marker = json.loads(files[markers.MARKER_FILE])
    assert marker["kind"] == "personal-copy"
    assert marker["person_id"] == w.ids["kevin"]
    assert marker["kdf"] == {"name": "argon2id", "time_cost": 3, "memory_kib": 65536,
                             "parallelism": 1}
    assert set(marker) == {"kind", "format", "copy_id", "person_id", "kdf", "salt", "verifier"}
    # Readable by the person's own account only.
    assert (folder / markers.COPY_FILE).stat().st_mode & 0o077 == 0


def test_a_wrong_password_opens_nothing_and_changes_nothing(w: World, tmp_path: Path):
    folder = tmp_path / "laptop"
    _copy(w, "ricardo", folder).close()
    before = copy_bytes(folder)
    times = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    for attempt in ("fout-wachtwoord", "", PASSWORD.upper()):
        with pytest.raises(Forbidden) as refused:
            open_copy(folder, attempt)
        assert refused.value.code == "wrong_password"
        with pytest.raises(Forbidden):
            change_password(folder, attempt, "een-nieuw-wachtwoord")
    assert copy_bytes(folder) == before
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == times
    copy = open_copy(folder, PASSWORD)  # the right one still opens it
    assert copy.person_name() == "Ricardo Martins"
    copy.close()


def test_a_changed_password_re_keys_the_copy(w: World, tmp_path: Path):
    from app.services.auth import change_own_password

    folder = tmp_path / "laptop"
    _copy(w, "daan", folder).close()
    before = copy_bytes(folder)
    old_salt = json.loads(before[markers.MARKER_FILE])["salt"]
    new = "daan-nieuw-wachtwoord-2027"
    change_own_password(w.db, w.actor("daan"), PASSWORD, new)
    change_password(folder, PASSWORD, new)
    after = copy_bytes(folder)
    # Every page is encrypted anew, with a new salt for the new key.
    assert after[markers.COPY_FILE][:4096] != before[markers.COPY_FILE][:4096]
    marker = json.loads(after[markers.MARKER_FILE])
    assert marker["salt"] != old_salt and "pending_salt" not in marker
    with pytest.raises(Forbidden):
        open_copy(folder, PASSWORD)
    copy = open_copy(folder, new)
    assert copy.person_name() == "Daan Visser"
    with copy.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == len(w.ids)
    copy.close()


def test_a_re_key_that_stopped_half_way_opens_with_the_password_that_fits(w: World,
                                                                         tmp_path: Path):
    from app.personal_copy import cipher
    from app.personal_copy.keys import derive_key, new_salt, verifier

    folder = tmp_path / "laptop"
    _copy(w, "lars", folder).close()
    marker = markers.read_marker(folder)
    old_key = derive_key(PASSWORD, marker.salt, marker.kdf)
    salt = new_salt()
    new_key = derive_key("lars-nieuw-2027", salt, marker.kdf)
    # Stopped after the marker learnt the new salt, before the file was re-keyed:
    markers.write_marker(folder, marker.with_pending(salt, verifier(new_key)))
    with pytest.raises(StorageError):  # the new password's key does not open it yet
        open_copy(folder, "lars-nieuw-2027")
    open_copy(folder, PASSWORD).close()
    assert markers.read_marker(folder).pending_salt is None
    # Stopped after the file was re-keyed, before the marker forgot the old salt:
    markers.write_marker(folder, marker.with_pending(salt, verifier(new_key)))
    cipher.rekey(folder / markers.COPY_FILE, old_key, new_key)
    with pytest.raises(StorageError):
        open_copy(folder, PASSWORD)
    open_copy(folder, "lars-nieuw-2027").close()
    assert markers.read_marker(folder).salt == salt


def test_a_wrong_password_makes_no_copy_and_counts_as_a_failed_login(w: World, tmp_path: Path):
    from models import Account

    folder = tmp_path / "laptop"
    with pytest.raises(Forbidden) as refused:
        make_copy(w.db, w.ids["tom"], "niet-zijn-wachtwoord", folder, kdf=FAST)
    assert refused.value.code == "wrong_password"
    assert not folder.exists()
    with w.db.read() as s:
        assert s.get(Account, w.ids["tom"]).failed_attempts >= 1
    make_copy(w.db, w.ids["tom"], PASSWORD, folder, kdf=FAST)
    with pytest.raises(StorageError) as taken:  # one copy per data folder
        make_copy(w.db, w.ids["tom"], PASSWORD, folder, kdf=FAST)
    assert taken.value.code == "personal_copy_folder_taken"


def test_a_data_folder_with_a_copy_is_never_opened_as_the_organisations(w: World,
                                                                       tmp_path: Path):
    from app.paths import resolve_location
    from app.storage import open_location

    folder = tmp_path / "laptop"
    _copy(w, "bram", folder).close()
    before = copy_bytes(folder)
    with pytest.raises(StorageError) as refused:
        open_location(resolve_location(folder))
    assert refused.value.code == "data_dir_is_personal_copy"
    assert copy_bytes(folder) == before  # no database made beside it, nothing touched


def test_the_copy_has_the_newest_schema_records_its_person_and_searches_lessons(
        w: World, tmp_path: Path):
    from app.schema import SchemaState, schema_status_on

    folder = tmp_path / "laptop"
    report = make_copy(w.db, w.ids["anouk"], PASSWORD, folder, kdf=FAST,
                       server_url="postgresql://regiestoel:geheim@server:5432/regiestoel")
    copy = open_copy(folder, PASSWORD)
    try:
        _same_schema_as_the_migrations(copy.db, tmp_path)
        who = copy.identity
        assert who.copy_id == report.copy_id == markers.read_marker(folder).copy_id
        assert who.person_id == w.ids["anouk"]
        assert who.server_url == "postgresql://regiestoel@server:5432/regiestoel"
        assert who.created_at == who.last_synced_at == report.created_at
        with copy.db.engine.connect() as conn:
            assert schema_status_on(conn).state is SchemaState.CURRENT
        admin = Actor.machine_admin()
        for query in ("warmtepomp", "klanten", "tekening"):
            on_server = [h.row.id for h in lessons.search_lessons(w.db, admin, query)]
            assert on_server
            assert [h.row.id for h in lessons.search_lessons(copy.db, admin, query)] == on_server
    finally:
        copy.close()
    # A second copy of the same person is another copy, with its own id.
    assert make_copy(w.db, w.ids["anouk"], PASSWORD, tmp_path / "other", kdf=FAST).copy_id != \
        report.copy_id


def _same_schema_as_the_migrations(copy_db, tmp_path: Path) -> None:
    """Every table, index and search table the migrations make, at their revision."""
    import sqlite3

    from app.db import Database
    from app.paths import sqlite_url
    from app.schema import migrate

    fresh_file = tmp_path / "migrated.sqlite3"
    fresh_db = Database(sqlite_url(fresh_file))
    migrate(fresh_db)
    fresh_db.dispose()
    query = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"

    def shape(rows) -> list[tuple]:  # type: ignore[no-untyped-def]
        # Alembic's batch mode writes a recreated table's constraints in no fixed order:
        # two migrated files differ there too. The lines of each statement are compared.
        return [(kind, name, table, sorted(line.strip().rstrip(",")
                                           for line in (sql or "").split("\n")))
                for kind, name, table, sql in rows]

    conn = sqlite3.connect(fresh_file)
    expected = shape(conn.execute(query).fetchall())
    conn.close()
    with copy_db.engine.connect() as c:
        held = shape(tuple(r) for r in c.exec_driver_sql(query))
        assert c.exec_driver_sql("PRAGMA application_id").scalar() == \
            sqlite3.connect(fresh_file).execute("PRAGMA application_id").fetchone()[0]
    assert [r for r in held if not r[2].startswith("copy_")
            and r[1] != "sqlite_sequence"] == expected  # the copy's own tables


# --- exactly what the policy lets the person read --------------------------------------------


def _readable(read, *args) -> bool:
    try:
        read(*args)
        return True
    except (Forbidden, NotFound):
        return False


def _expected(w: World, actor: Actor) -> dict[str, set]:
    """Straight from the policy, row by row, on the server."""
    ask = policy.allows
    with w.db.read() as s:
        talks_by_id = {c.id: c for c in s.scalars(select(Conversation))}
        group_of_cycle = dict(s.execute(select(Cycle.id, Cycle.group_id)).all())
        prep = set()
        for p in s.scalars(select(Preparation)):
            c = talks_by_id[p.conversation_id]
            side_person = c.professional_id if p.side == "professional" else c.manager_id
            kind = Kind.PREPARATION_DRAFT if p.published_at is None else \
                Kind.PREPARATION_PUBLISHED
            if ask(s, actor, kind, Op.READ, policy.about_conversation(
                    c, side_person_id=side_person, author_id=p.author_id)):
                prep.add(p.id)
        return {
            "development_question": {
                q.id for q in s.scalars(select(DevelopmentQuestion))
                if ask(s, actor, Kind.DEVELOPMENT_QUESTION, Op.READ,
                       Subject(person_id=q.person_id, shared=q.shared_with_manager))},
            "work_situation": {
                x.id for x in s.scalars(select(WorkSituation))
                if ask(s, actor, Kind.WORK_SITUATION, Op.READ,
                       Subject(person_id=x.owner_id, group_id=x.group_id))},
            "session": {
                x.id for x in s.scalars(select(SessionModel))
                if ask(s, actor, Kind.GROUP_CONTENT, Op.READ,
                       Subject(group_id=group_of_cycle[x.cycle_id]))},
            "conversation": {
                c.id for c in talks_by_id.values()
                if ask(s, actor, Kind.RECORD, Op.LIST, policy.about_conversation(c))},
            "conversation_content": {
                c.id for c in talks_by_id.values()
                if ask(s, actor, Kind.RECORD, Op.READ, policy.about_conversation(c))},
            "preparation": prep,
            "learning_request": {
                r.id for r in s.scalars(select(LearningRequest))
                if ask(s, actor, Kind.LEARNING_REQUEST, Op.READ, Subject(person_id=r.person_id))},
            "person_budget": {
                (b.person_id, b.year) for b in s.scalars(select(PersonBudget))
                if ask(s, actor, Kind.BUDGET_LINE, Op.READ, Subject(person_id=b.person_id))},
        }


def _in_copy(db) -> dict[str, set]:
    with db.read() as s:
        return {
            "development_question": set(s.scalars(select(DevelopmentQuestion.id))),
            "work_situation": set(s.scalars(select(WorkSituation.id))),
            "session": set(s.scalars(select(SessionModel.id))),
            "conversation": set(s.scalars(select(Conversation.id))),
            # Content went with the record: its signatures, or a summary, or a location.
            "conversation_content": {
                c.id for c in s.scalars(select(Conversation))
                if c.summary or c.location or c.signatures or c.preparations},
            "preparation": set(s.scalars(select(Preparation.id))),
            "learning_request": set(s.scalars(select(LearningRequest.id))),
            "person_budget": {(p, y) for p, y in s.execute(
                select(PersonBudget.person_id, PersonBudget.year))},
        }


@pytest.mark.parametrize("role", list(ROLES))
def test_each_role_holds_exactly_what_the_policy_lets_them_read(w: World, tmp_path: Path,
                                                               role: str):
    who = ROLES[role]
    actor = w.actor(who)
    copy = _copy(w, who, tmp_path / "laptop")
    try:
        expected, held = _expected(w, actor), _in_copy(copy.db)
        # A conversation without any content yet is the same listed or read.
        with copy.db.read() as s:
            empty = {c.id for c in s.scalars(select(Conversation))
                     if not (c.summary or c.location or c.signatures or c.preparations)}
        expected["conversation_content"] -= empty
        for table in expected:
            assert held[table] == expected[table], (role, table)
        _same_as_the_services(w, actor, copy.db)
        _nothing_else(w, actor, copy.db)
    finally:
        copy.close()


def _same_as_the_services(w: World, actor: Actor, copy_db) -> None:
    """What the services return for this person on the server is what the copy holds."""
    db = w.db
    with copy_db.read() as s:
        questions = dict(s.execute(select(DevelopmentQuestion.id, DevelopmentQuestion.person_id))
                         .all())
        summaries = dict(s.execute(select(Conversation.id, Conversation.summary)).all())
        prep_sides = {(p.conversation_id, p.side) for p in s.scalars(select(Preparation))}
        groups_held = set(s.scalars(select(LearningGroup.id)))
        sessions_of = {g: set(s.scalars(select(SessionModel.id).join(
            Cycle, Cycle.id == SessionModel.cycle_id).where(Cycle.group_id == g)))
            for g in groups_held}
        actions_held = set(s.scalars(select(Action.id)))
    for person_id in w.ids.values():
        try:
            current = development.question_of(db, actor, person_id)
        except Forbidden:
            assert person_id not in questions.values()
            continue
        assert current is None or current.id in questions
    assert {x.id for x in situation_service.list_situations(db, actor)} == \
        _ids(copy_db, WorkSituation)
    listed = {c.id for c in talks.list_conversations(db, actor)}
    assert listed == set(summaries)
    for cid in listed:
        try:
            view = talks.meeting_view(db, actor, cid)
        except Forbidden:
            assert summaries[cid] == "" and not {side for c, side in prep_sides if c == cid}
            continue
        assert summaries[cid] == view.summary
        shown = {side for side, p in (("professional", view.professional_preparation),
                                      ("manager", view.manager_preparation)) if p is not None}
        assert {side for c, side in prep_sides if c == cid} == shown
    with db.read() as s:
        every_request = set(s.scalars(select(LearningRequest.id)))
    assert {r for r in every_request if _readable(learning_requests.get_request, db, actor, r)} \
        == _ids(copy_db, LearningRequest)
    for group in groups.my_groups(db, actor):
        assert group.id in groups_held
        on_server = {x.id for c in cycle_service.cycles_of_group(db, actor, group.id)
                     for x in c.sessions}
        assert sessions_of[group.id] == on_server
    for invitation in groups.my_invitations(db, actor):
        assert invitation.group_id in groups_held
    assert {a.id for a in actions.my_open_actions(db, actor)} <= actions_held


def _nothing_else(w: World, actor: Actor, copy_db) -> None:
    """Culture answers and participation, the audit log and logins never go; colleagues'
    details that only the owner sees stay out; the private notes reach only their readers."""
    from sqlalchemy import text

    with copy_db.engine.connect() as conn:
        for table in NEVER_CARRIED:
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table
        texts = " ".join(str(v) for v in conn.execute(text(
            "SELECT text FROM development_question UNION ALL SELECT content FROM preparation"
        )).scalars())
        assert conn.execute(text("SELECT recovery_code_hash FROM organisation")).scalar() == ""
        years = {i: y for i, y in conn.execute(text("SELECT id, birth_year FROM person"))}
    assert (KEVIN_PRIVATE in texts) == (actor.person_id == w.ids["kevin"])
    assert (HENK_DRAFT in texts) == (actor.person_id == w.ids["henk"])
    others = {pid: year for pid, year in years.items() if pid != actor.person_id}
    if "owner" not in {r.value for r in actor.roles}:
        assert set(others.values()) == {None}
    assert years[actor.person_id] is not None


def test_the_never_carried_tables_are_full_on_the_server(w: World):
    """So their absence from every copy above says something."""
    from sqlalchemy import text

    with w.db.engine.connect() as conn:
        for table in ("audit_entry", "culture_tally", "culture_participation", "account"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() > 0, table


def test_every_table_has_a_decided_way_of_carriage():
    from app.personal_copy.selection import NEVER, Carriage, carriage, tables

    ways = {t.name: carriage(t.name) for t in tables()}
    assert set(NEVER) <= set(ways)
    # Every table that holds personal records is decided by the policy, or never goes.
    for table in policy.PERSONAL_TABLES:
        assert ways[table] in (Carriage.POLICY, Carriage.NEVER), table


def test_a_damaged_copy_or_marker_is_said_so_and_left_alone(w: World, tmp_path: Path):
    folder = tmp_path / "laptop"
    _copy(w, "esra", folder).close()
    file, marker_file = folder / markers.COPY_FILE, folder / markers.MARKER_FILE
    damaged = bytearray(file.read_bytes())
    damaged[200:232] = bytes(32)  # inside the first page, after SQLCipher's salt
    file.write_bytes(bytes(damaged))
    with pytest.raises(StorageError) as refused:
        open_copy(folder, PASSWORD)  # the password is right: the file is what is wrong
    assert refused.value.code == "personal_copy_damaged"
    assert file.read_bytes() == bytes(damaged)
    good = marker_file.read_text(encoding="utf-8")
    for broken, code in (
            ("{not json", "personal_copy_marker_unreadable"),
            (good.replace('"format": 1', '"format": 2'), "personal_copy_other_version"),
            (good.replace('"time_cost": 1', '"time_cost": 100000'),
             "personal_copy_marker_unreadable")):
        marker_file.write_text(broken, encoding="utf-8")
        with pytest.raises(StorageError) as refused:
            open_copy(folder, PASSWORD)
        assert refused.value.code == code
        assert marker_file.read_text(encoding="utf-8") == broken
