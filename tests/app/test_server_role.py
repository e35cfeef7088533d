"""A personal copy's own server login, attacked over plain SQL: it reads exactly what the
policy carries for its person, changes nobody else's records, and ends with its copy."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError

from app.access import Actor
from app.content import GUIDING_KEYS
from app.db import Database
from app.personal_copy import counters, rls, server_role
from app.personal_copy.keys import KdfParams
from app.personal_copy.make import make_copy
from app.personal_copy.opening import open_copy
from app.personal_copy.selection import POLICY, select_for
from models import Base, Role
from models.errors import Forbidden
from tests import fresh, postgres

PASSWORD = "regiestoel-demo"
FAST = KdfParams(time_cost=1, memory_kib=8 * 1024)  # the key's strength is not tested here
MADE: set[str] = set()  # the copies' roles made on the test server, dropped at the end


@pytest.fixture(scope="module")
def org(request):
    """A small demo organisation of its own on the test server (these tests change it),
    owned by a login that is no superuser, as an organisation's server login is: it may
    make roles (CREATEROLE) and end their sessions (pg_signal_backend)."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    from app.db import engine_url
    from app.demo import create_demo
    from app.schema import migrate

    server = postgres.require_server()
    login = f"rs_org_{uuid.uuid4().hex[:10]}"
    name = f"regiestoel_rs_{uuid.uuid4().hex[:10]}"
    admin = create_engine(engine_url(server), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {login} LOGIN CREATEROLE")
        conn.exec_driver_sql(f"GRANT pg_signal_backend TO {login}")
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" OWNER {login}')

    def drop() -> None:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            # The copies' roles live on the server, not in the database: drop those made.
            for role in MADE:
                conn.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {login}")
        admin.dispose()

    request.addfinalizer(drop)
    db = Database(make_url(server).set(database=name, username=login)
                  .render_as_string(hide_password=False))
    request.addfinalizer(db.dispose)
    migrate(db)
    create_demo(db, PASSWORD)
    return db


def _ids(db: Database) -> dict[str, int]:
    from models import Person

    with db.read() as s:
        return {n.split()[0].lower(): i for i, n in s.execute(select(Person.id, Person.name))}


def _group_member(db: Database) -> int:
    """Someone in a group who guides none: their rows come through membership alone."""
    from models import LearningGroup, group_member

    with db.read() as s:
        guides = set(s.scalars(select(LearningGroup.guide_id)))
        return min(p for p in s.scalars(select(group_member.c.person_id)) if p not in guides)


def _copy(org: Database, person_id: int, folder):
    report = make_copy(org, person_id, PASSWORD, folder, kdf=FAST)
    MADE.add(server_role.role_for(report.copy_id))
    copy = open_copy(folder, PASSWORD)
    return copy, server_role.server_database(copy)


def _keys(conn, table: str) -> set:
    t = Base.metadata.tables[table]
    pk = [c.name for c in t.primary_key.columns]
    return {tuple(r) for r in conn.execute(text(f'SELECT {", ".join(pk)} FROM "{table}"'))}


def _rows(conn, table: str) -> list[dict]:
    t = Base.metadata.tables[table]
    return [dict(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns)).mappings()]


def _rows_of(chosen, table: str) -> list[dict]:
    t = Base.metadata.tables[table]
    pk = [c.name for c in t.primary_key.columns]
    return sorted(chosen.rows[table], key=lambda r: tuple(r[c] for c in pk))


def _selected(org: Database, actor: Actor) -> dict[str, set]:
    with org.read() as s:
        chosen = select_for(s, actor)
    found = {}
    for table, rows in chosen.rows.items():
        pk = [c.name for c in Base.metadata.tables[table].primary_key.columns]
        found[table] = {tuple(r[c] for c in pk) for r in rows}
    return found


@pytest.mark.parametrize("who", ["kevin", "henk", "member", "marieke"])
def test_the_copys_login_reads_exactly_what_the_copy_holds(org, tmp_path, who):
    from app.services.auth import actor_for

    person = _group_member(org) if who == "member" else _ids(org)[who]
    copy, server = _copy(org, person, tmp_path / who)
    try:
        with org.read() as s:
            chosen = select_for(s, actor_for(org, person))
        expected = _selected(org, actor_for(org, person))
        with server.engine.connect() as conn:
            for table in sorted(POLICY):
                assert _keys(conn, table) == expected[table], table
            for table in ("audit_entry", "culture_tally", "culture_participation",
                          "reminder_claim", "applied_operation"):
                assert _keys(conn, table) == set(), table
            # Its own login only, to check a signer's password on the server (passthrough).
            assert _keys(conn, "account") == {(person,)}
            assert _keys(conn, "personal_copy") == {(copy.identity.copy_id,)}
            # What a row cannot hide, its columns do: as the copy has them, value for value.
            for table in rls.masked_columns():
                assert _rows(conn, table) == _rows_of(chosen, table), table
            # Organisation tables: everyone's names, but not the e-mail server's settings.
            assert len(_keys(conn, "person")) == len(_ids(org))
            assert conn.execute(text(
                "SELECT count(*) FROM org_setting WHERE key = 'smtp'")).scalar() == 0
    finally:
        server.dispose()
        copy.close()


def test_a_manager_reads_a_shared_question_but_not_a_private_one(org, tmp_path):
    ids = _ids(org)
    kevin = Actor(ids["kevin"], frozenset({Role.PROFESSIONAL}), "Kevin")
    daan = Actor(ids["daan"], frozenset({Role.PROFESSIONAL}), "Daan")
    fresh.save_question(org, kevin, "Geheim voor Henk, VLIERBES2231", shared_with_manager=False)
    fresh.save_question(org, daan, "Gedeeld met Henk, OOIEVAAR8812", shared_with_manager=True)
    copy, server = _copy(org, ids["henk"], tmp_path / "henk")
    try:
        with server.engine.connect() as conn:
            texts = set(conn.execute(text("SELECT text FROM development_question")).scalars())
        assert "Gedeeld met Henk, OOIEVAAR8812" in texts
        assert "Geheim voor Henk, VLIERBES2231" not in texts
    finally:
        server.dispose()
        copy.close()


def test_the_copys_login_changes_nobody_elses_records(org, tmp_path):
    ids = _ids(org)
    daan = Actor(ids["daan"], frozenset({Role.PROFESSIONAL}), "Daan")
    fresh.save_question(org, daan, "Daans eigen vraag", shared_with_manager=True)
    copy, server = _copy(org, ids["kevin"], tmp_path / "kevin")
    try:
        with server.engine.begin() as conn:
            changed = conn.execute(text(
                "UPDATE development_question SET text = 'overschreven' "
                "WHERE person_id <> :me"), {"me": ids["kevin"]})
            assert changed.rowcount == 0
            assert conn.execute(text("DELETE FROM development_question "
                                     "WHERE person_id <> :me"),
                                {"me": ids["kevin"]}).rowcount == 0
        for attack in ("INSERT INTO development_question (person_id, text, shared_with_manager,"
                       " created_at, updated_at, version_id) VALUES "
                       f"({ids['daan']}, 'namens Daan', true, now(), now(), 1)",
                       "UPDATE account SET password_hash = 'x'",
                       "UPDATE account SET must_change_password = false",
                       f"DELETE FROM conversation WHERE professional_id <> {ids['kevin']}",
                       "UPDATE conversation SET summary = 'x'",
                       "DELETE FROM audit_entry",
                       "UPDATE personal_copy SET revoked_at = NULL",
                       "UPDATE person SET name = 'x'",
                       f"CREATE ROLE evil_{ids['kevin']} LOGIN SUPERUSER"):
            with pytest.raises(DBAPIError), server.engine.begin() as conn:
                conn.execute(text(attack))
        with server.engine.begin() as conn:
            # Another account's failed logins are not its to clear.
            assert conn.execute(text("UPDATE account SET failed_attempts = 0, "
                                     "locked_until = NULL WHERE person_id <> :me"),
                                {"me": ids["kevin"]}).rowcount == 0
        # Its own wait after wrong passwords stands while it runs: no guessing on and on
        # with the copy's login, clearing the count in between.
        with org.transaction() as s:
            s.execute(text("UPDATE account SET failed_attempts = 5, locked_until = now() + "
                           "interval '10 minutes' WHERE person_id = :me"), {"me": ids["kevin"]})
        for attack in ("UPDATE account SET failed_attempts = 0, locked_until = NULL",
                       "UPDATE account SET locked_until = now()",
                       "UPDATE account SET failed_attempts = 1"):
            with pytest.raises(DBAPIError), server.engine.begin() as conn:
                conn.execute(text(attack + " WHERE person_id = :me"), {"me": ids["kevin"]})
        with org.transaction() as s:  # the organisation's server is shared by the tests
            s.execute(text("UPDATE account SET failed_attempts = 0, locked_until = NULL "
                           "WHERE person_id = :me"), {"me": ids["kevin"]})
        with org.read() as s:
            assert "Daans eigen vraag" in set(s.scalars(text(
                "SELECT text FROM development_question")))
    finally:
        server.dispose()
        copy.close()


def test_a_revoked_or_dropped_copy_cannot_log_in(org, tmp_path):
    ids = _ids(org)
    copy, server = _copy(org, ids["lisa"], tmp_path / "lisa")
    credential = server_role.credential_of(copy.db)
    assert credential is not None
    with server.engine.connect() as conn:
        assert conn.execute(text("SELECT rs_person()")).scalar() == ids["lisa"]
    server_role.drop_for(org, copy.identity.copy_id)
    server.dispose()
    with org.read() as s:
        assert s.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                         {"r": credential.role_name}).first() is None
    with pytest.raises(Forbidden) as refused:
        server_role.server_database(copy)
    assert refused.value.code == "personal_copy_revoked"
    copy.close()


def test_the_organisations_own_login_is_no_copy(org):
    with org.read() as s:
        assert s.execute(text("SELECT rs_person()")).scalar() is None
        # The tables' owner is not held by the policies: the app works as ever.
        assert s.execute(text("SELECT count(*) FROM account")).scalar() > 0


def test_installing_the_policies_again_changes_nothing(org):
    server_role.install_policies(org)
    with org.read() as s:
        before = sorted(s.execute(text(
            "SELECT tablename, policyname, qual, with_check FROM pg_policies")).all())
    server_role.install_policies(org)
    with org.read() as s:
        after = sorted(s.execute(text(
            "SELECT tablename, policyname, qual, with_check FROM pg_policies")).all())
    assert before == after
    tables = {t for t, *_ in after}
    assert {"development_question", "conversation", "person", "audit_entry"} <= tables
    assert len(rls.policies()) == len(after)


def test_every_table_has_row_level_security(org):
    with org.read() as s:
        # The change counters say which tables changed, not what a row holds: every copy
        # reads them whole (app/personal_copy/counters.py).
        names = set(inspect(s.connection()).get_table_names()) - {
            "alembic_version", "rs_written", counters.TABLE}
        secured = set(s.scalars(text(
            "SELECT relname FROM pg_class WHERE relrowsecurity AND relkind = 'r'")))
    assert names <= secured


def _planned_session(org: Database) -> tuple[int, int, set[int]]:
    """A session of a planned cycle: (session id, its group's guide, the members)."""
    from models import Cycle, LearningGroup, group_member
    from models import Session as SessionModel

    with org.read() as s:
        row = s.execute(select(SessionModel.id, LearningGroup.guide_id, LearningGroup.id)
                        .join(Cycle, Cycle.id == SessionModel.cycle_id)
                        .join(LearningGroup, LearningGroup.id == Cycle.group_id)
                        .where(Cycle.status == "planned", SessionModel.status == "planned",
                               LearningGroup.guide_id.is_not(None))
                        .order_by(SessionModel.id)).first()
        members = set(s.scalars(select(group_member.c.person_id)
                                .where(group_member.c.group_id == row[2])))
    return row[0], row[1], members


def test_the_offline_services_work_as_the_copys_login(org, tmp_path):
    """What sync replays, through the same services, on the server as the copy's role."""
    from app.services import learning_requests, lessons, sessions, situations
    from app.services.auth import actor_for
    from app.services.learning_requests import RequestInput
    from app.services.lessons import LessonInput
    from app.services.sessions import AttendanceInput, SessionRecord
    from app.services.situations import SituationInput

    session_id, guide_id, members = _planned_session(org)
    copy, server = _copy(org, guide_id, tmp_path / "guide")
    try:
        me = actor_for(server, guide_id)
        fresh.save_question(server, me, "Hoe leer ik beter delegeren?", shared_with_manager=True)
        fresh.save_answer(server, me, GUIDING_KEYS[0], "Omdat ik te veel zelf doe")
        changes = situations.register_situation(server, me, SituationInput("Storing bij klant"))
        situation_id = changes.ids[0]
        detail = situations.get_situation(server, me, situation_id)
        situations.update_situation(server, me, situation_id,
                                    SituationInput("Storing bij klant, opgelost"),
                                    expected_version=detail.version_id)
        learning_requests.ask(server, me, RequestInput(kind="course", title="Cursus coachen",
                                                       start_date=date.today()))
        lessons.add_lesson(server, me, LessonInput("Eerst meten, dan vervangen"))
        # Preparing and publishing one's own conversation (it locks the conversation).
        from app.services import conversations as talks
        from models import Side

        mine = [c for c in talks.list_conversations(server, me)
                if c.professional_id == guide_id and c.status.value == "planned"]
        cid = max(mine, key=lambda c: (c.year, c.half)).id
        fresh.save_preparation(server, me, cid, Side.PROFESSIONAL,
                               {"need_from_manager": "Meer ruimte om te delegeren"})
        fresh.publish_preparation(server, me, cid, Side.PROFESSIONAL)
        sessions.start_session(server, me, session_id, "laptop")
        record = SessionRecord(notes="Goed gesprek", attendance={
            p: AttendanceInput(present=True) for p in members})
        sessions.save_progress(server, me, session_id, record)
        sessions.add_action(server, me, session_id, "Rooster maken", guide_id, None)
        sessions.finish_session(server, me, session_id, record)
        with org.read() as s:
            assert s.execute(text("SELECT notes, status FROM session WHERE id = :i"),
                             {"i": session_id}).one() == ("Goed gesprek", "done")
            assert s.execute(text("SELECT count(*) FROM learning_hours WHERE "
                                  "source = 'session' AND source_id = :i"),
                             {"i": session_id}).scalar() == len(members)
            assert s.execute(text("SELECT count(*) FROM lesson WHERE author_id = :p"),
                             {"p": guide_id}).scalar() >= 1
            assert s.execute(text("SELECT text FROM development_question WHERE person_id = :p"
                                  " ORDER BY id DESC"), {"p": guide_id}).first()[0] \
                == "Hoe leer ik beter delegeren?"
    finally:
        server.dispose()
        copy.close()


def test_revoking_in_the_service_ends_the_login_at_once(org, tmp_path):
    from app.services import personal_copies

    ids = _ids(org)
    copy, server = _copy(org, ids["sophie"], tmp_path / "sophie")
    try:
        with server.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM person")).scalar() > 0
            # Revoked in the register (the role not dropped yet): it reads nothing more.
            with org.transaction() as s:
                s.execute(text("UPDATE personal_copy SET revoked_at = now() WHERE id = :c"),
                          {"c": copy.identity.copy_id})
            assert conn.execute(text("SELECT rs_person()")).scalar() is None
            assert conn.execute(text("SELECT count(*) FROM person")).scalar() == 0
            assert conn.execute(text("SELECT count(*) FROM development_question")
                                ).scalar() == 0
        with pytest.raises(Forbidden):
            server_role.server_database(copy)
        with org.transaction() as s:
            s.execute(text("UPDATE personal_copy SET revoked_at = NULL WHERE id = :c"),
                      {"c": copy.identity.copy_id})
        personal_copies.revoke(org, Actor.machine_admin(), copy.identity.copy_id)
        with pytest.raises(Forbidden) as refused:
            server_role.server_database(copy)
        assert refused.value.code == "personal_copy_revoked"
        assert [c.revoked for c in personal_copies.list_copies(org, Actor.machine_admin())
                if c.id == copy.identity.copy_id] == [True]
    finally:
        server.dispose()
        copy.close()


def test_erasing_a_person_drops_the_login_of_their_copy(org, tmp_path):
    from app.services import people, privacy

    ids = _ids(org)
    copy, server = _copy(org, ids["ruben"], tmp_path / "ruben")
    server.dispose()
    role = server_role.role_for(copy.identity.copy_id)
    people.archive_person(org, Actor.machine_admin(), ids["ruben"], None)
    privacy.erase_person(org, Actor.machine_admin(), ids["ruben"])
    with org.read() as s:
        assert s.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                         {"r": role}).first() is None
    with pytest.raises(Forbidden):
        server_role.server_database(copy)
    copy.close()


def test_a_managers_read_through_the_login_is_audited_but_the_log_stays_unreadable(
        org, tmp_path):
    """Replayed reads write their audit entries on the server; the login reads none back."""
    from app.services import learning_requests
    from app.services.auth import actor_for
    from app.services.learning_requests import RequestInput

    ids = _ids(org)
    tom = actor_for(org, ids["tom"])
    asked = learning_requests.ask(org, tom, RequestInput(kind="course", title="Cursus lassen",
                                                         start_date=date.today()))
    copy, server = _copy(org, ids["henk"], tmp_path / "henk-audit")
    try:
        henk = actor_for(server, ids["henk"])
        with org.read() as s:
            before = s.execute(text("SELECT count(*) FROM audit_entry WHERE actor_id = :p"),
                               {"p": ids["henk"]}).scalar()
        assert learning_requests.get_request(server, henk, asked.ids[0]).title == \
            "Cursus lassen"
        with org.read() as s:
            after = s.execute(text("SELECT count(*) FROM audit_entry WHERE actor_id = :p"),
                              {"p": ids["henk"]}).scalar()
        assert after == before + 1
        with server.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM audit_entry")).scalar() == 0
        # Not in someone else's name.
        with pytest.raises(DBAPIError), server.engine.begin() as conn:
            conn.execute(text("INSERT INTO audit_entry (at, actor_id, actor_kind, action, "
                              "detail) VALUES (now(), :p, 'person', 'x', '')"),
                         {"p": ids["tom"]})
    finally:
        server.dispose()
        copy.close()


def test_the_owners_notes_and_a_conversations_content_stay_on_the_server(org, tmp_path):
    """Columns selection blanks are blank for the login too, also asked of the table itself."""
    ids = _ids(org)
    with org.transaction() as s:
        s.execute(text("UPDATE person SET notes = 'Vertrouwelijk, HAVIK5521' WHERE id = :p"),
                  {"p": ids["daan"]})
    copy, server = _copy(org, ids["kevin"], tmp_path / "kevin-notes")
    try:
        with server.engine.connect() as conn:
            notes = set(conn.execute(text("SELECT notes FROM person")).scalars())
            assert "Vertrouwelijk, HAVIK5521" not in notes
            assert conn.execute(text("SELECT recovery_code_hash FROM organisation")
                                ).scalars().all() == [""]
        for sneaky in ("SELECT notes FROM public.person",
                       "SELECT recovery_code_hash FROM public.organisation",
                       "SELECT summary FROM public.conversation",
                       "UPDATE person SET version_id = version_id + 1 WHERE id <> "
                       f"{ids['kevin']}",
                       "UPDATE person SET name = 'x'",
                       "DROP VIEW regiestoel_copy.person"):
            with pytest.raises(DBAPIError), server.engine.begin() as conn:
                conn.execute(text(sneaky))
        with org.read() as s:
            assert s.execute(text("SELECT count(*) FROM person WHERE name = 'x'")
                             ).scalar() == 0
    finally:
        server.dispose()
        copy.close()


def test_a_migration_runs_with_the_views_in_place_and_brings_them_back(org):
    from app.schema import migrate

    migrate(org)
    with org.read() as s:
        views = set(s.scalars(text("SELECT table_name FROM information_schema.views "
                                   "WHERE table_schema = 'regiestoel_copy'")))
    assert views == set(rls.masked_columns())


# --- signing on the server from a copy (passthrough) -----------------------------------------


def _ready_to_sign(org: Database, skip: set[int] = frozenset()) -> tuple[int, int, int]:
    """A planned conversation nobody signed, both preparations published on the server:
    (its id, the professional, the manager)."""
    from app.services.auth import actor_for
    from app.services.conversations import preparation_keys
    from models import Conversation, Side, Signature

    guide = _planned_session(org)[1]  # whose conversation the offline test prepares
    with org.read() as s:
        cid, pro, man = s.execute(
            select(Conversation.id, Conversation.professional_id, Conversation.manager_id)
            .where(Conversation.status == "planned", Conversation.locked_at.is_(None),
                   Conversation.manager_id.is_not(None),
                   Conversation.professional_id.not_in([guide, *skip]),
                   Conversation.manager_id.not_in([guide, *skip]),
                   Conversation.id.not_in(select(Signature.conversation_id)))
            .order_by(Conversation.id)).first()
    for who, side in ((pro, Side.PROFESSIONAL), (man, Side.MANAGER)):
        fresh.save_preparation(org, actor_for(org, who), cid, side,
                               {preparation_keys(side)[0]: "Klaar voor het gesprek"},
                               publish=True)
    return cid, pro, man


def _failed_logins(org: Database, person_id: int) -> int:
    with org.read() as s:
        return s.execute(text("SELECT failed_attempts FROM account WHERE person_id = :p"),
                         {"p": person_id}).scalar()


def test_a_copy_signs_and_asks_for_a_correction_on_the_server_and_shows_it_at_once(
        org, tmp_path):
    """With the server in reach, signing from a copy is signing online: the server's
    version and failed-login count decide, and the copy holds the outcome right after."""
    from app import versions
    from app.services import conversations as talks
    from app.services.auth import actor_for
    from models import ConversationStatus, Side
    from models.errors import Conflict

    cid, pro_id, man_id = _ready_to_sign(org)
    copy, server = _copy(org, pro_id, tmp_path / "pro")
    server.dispose()
    manager_copy = None
    try:
        me = actor_for(copy.db, pro_id)
        with pytest.raises(Forbidden) as wrong:
            fresh.sign(copy.db, me, cid, Side.PROFESSIONAL, "niet-mijn-wachtwoord")
        assert wrong.value.code == "wrong_password"
        assert _failed_logins(org, pro_id) == 1  # counted where the lock-out is kept
        # The manager changes the record online; the copy's screen shows the older one.
        seen = talks.record_versions(copy.db, me, cid).record
        fresh.save_summary(org, actor_for(org, man_id), cid, "Samen besproken: planning")
        with pytest.raises(Conflict) as stale:
            talks.sign(copy.db, me, cid, Side.PROFESSIONAL, PASSWORD, expected_version=seen)
        assert stale.value.code == versions.STALE
        # ... and the copy has the server's record now: signing what it shows goes through.
        assert talks.meeting_view(copy.db, me, cid).summary == "Samen besproken: planning"
        fresh.sign(copy.db, me, cid, Side.PROFESSIONAL, PASSWORD)
        assert _failed_logins(org, pro_id) == 0
        assert {s.side for s in talks.meeting_view(copy.db, me, cid).current_signatures} \
            == {Side.PROFESSIONAL}
        fresh.request_correction(copy.db, me, cid, Side.PROFESSIONAL, PASSWORD,
                                 part="summary", text="Graag de opleiding noemen")
        shown = talks.meeting_view(copy.db, me, cid)
        assert shown.current_signatures == ()
        assert [c.text for c in shown.open_corrections] == ["Graag de opleiding noemen"]
        fresh.sign(copy.db, me, cid, Side.PROFESSIONAL, PASSWORD)
        # The manager signs on a copy of their own: the record locks, on both.
        manager_copy, manager_server = _copy(org, man_id, tmp_path / "man")
        manager_server.dispose()
        fresh.sign(manager_copy.db, actor_for(manager_copy.db, man_id), cid, Side.MANAGER,
                   PASSWORD)
        assert talks.conversation_status(org, actor_for(org, man_id), cid).status \
            is ConversationStatus.SIGNED
        assert talks.meeting_view(manager_copy.db, actor_for(manager_copy.db, man_id),
                                  cid).locked
    finally:
        copy.close()
        if manager_copy is not None:
            manager_copy.close()


def test_the_copys_login_signs_only_its_own_side_of_its_own_records(org, tmp_path):
    """Attacked over plain SQL with the copy's own credential."""
    from models import Conversation, Signature

    cid, pro_id, man_id = _ready_to_sign(org)
    with org.read() as s:
        others = s.scalar(select(Conversation.id).where(
            Conversation.professional_id != pro_id,
            (Conversation.manager_id != pro_id) | Conversation.manager_id.is_(None),
            Conversation.locked_at.is_(None)).order_by(Conversation.id))
        elsewhere = set(s.scalars(select(Signature.id).join(
            Conversation, Conversation.id == Signature.conversation_id).where(
            Conversation.professional_id != pro_id,
            (Conversation.manager_id != pro_id) | Conversation.manager_id.is_(None))))
    copy, server = _copy(org, pro_id, tmp_path / "attack")
    sign = ("INSERT INTO signature (conversation_id, side, person_id, signed_at, kind, "
            "remark, void) VALUES ({c}, '{side}', {p}, now(), 'agreed', '', false)")
    try:
        for attack in (sign.format(c=cid, side="manager", p=pro_id),
                       sign.format(c=cid, side="manager", p=man_id),
                       sign.format(c=cid, side="professional", p=man_id),
                       sign.format(c=others, side="professional", p=pro_id),
                       "INSERT INTO correction_request (conversation_id, side, person_id, "
                       f"part, text, requested_at) VALUES ({cid}, 'manager', {pro_id}, "
                       "'summary', 'x', now())",
                       # Locked without two signatures, or cancelled: not by a copy.
                       "UPDATE conversation SET status = 'signed', locked_at = now() "
                       f"WHERE id = {cid}",
                       f"UPDATE conversation SET status = 'cancelled' WHERE id = {cid}",
                       f"UPDATE conversation SET summary = 'x' WHERE id = {cid}",
                       f"DELETE FROM signature WHERE conversation_id = {cid}"):
            with pytest.raises(DBAPIError), server.engine.begin() as conn:
                conn.execute(text(attack))
        with server.engine.begin() as conn:
            # Its own side, with its own name, goes in (the service asks the password).
            conn.execute(text(sign.format(c=cid, side="professional", p=pro_id)))
            assert set(conn.execute(text("SELECT id FROM signature")).scalars()) \
                & elsewhere == set()
            own = conn.execute(text("SELECT id FROM signature WHERE conversation_id = :c"),
                               {"c": cid}).scalar_one()
            conn.execute(text("UPDATE signature SET void = true, voided_at = now(), "
                              "voided_by = :p, void_reason = 'correction' WHERE id = :i"),
                         {"p": pro_id, "i": own})
        with pytest.raises(DBAPIError), server.engine.begin() as conn:
            conn.execute(text("UPDATE signature SET void = false WHERE id = :i"), {"i": own})
        with org.read() as s:
            assert s.execute(text("SELECT void FROM signature WHERE id = :i"),
                             {"i": own}).scalar() is True
            assert s.execute(text("SELECT status FROM conversation WHERE id = :c"),
                             {"c": cid}).scalar() == "planned"
        assert elsewhere, "the demo has signed records of others to hide"
    finally:
        server.dispose()
        copy.close()


def _counted(conn) -> dict[str, int]:
    return dict(conn.execute(text(
        f"SELECT tbl, sum(changes) FROM {counters.TABLE} GROUP BY tbl")).all())


def test_every_change_statement_moves_its_tables_counter_and_only_that(org, tmp_path):
    """Inserts, updates, deletes and truncates are counted, as the organisation's login or a
    copy's makes them; a copy reads the counters but cannot write them or the sequence."""
    ids = _ids(org)
    copy, server = _copy(org, ids["kevin"], tmp_path / "kevin")
    try:
        with org.read() as s:
            triggered = set(s.scalars(text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                f"WHERE t.tgname = '{counters.TRIGGER}'")))
        assert triggered == set(counters.tracked())
        assert not {"audit_entry", "account", "personal_copy"} & triggered
        steps = [
            ({"room"}, "INSERT INTO room (name, archived) VALUES ('Teller', false)"),
            ({"room"}, "UPDATE room SET archived = true WHERE name = 'Teller'"),
            # The server's own cascade (a cycle's room set to NULL) is counted as well.
            ({"room", "cycle"}, "DELETE FROM room WHERE name = 'Teller'"),
            # A statement that changes no row counts too: cheaper than asking, never missed.
            ({"room"}, "DELETE FROM room WHERE id < 0"),
        ]
        for moved, statement in steps:
            with org.read() as s:
                before = _counted(s.connection())
            with org.transaction() as s:
                s.execute(text(statement))
            with org.read() as s:
                after = _counted(s.connection())
            for table in moved:
                assert after.get(table, 0) == before.get(table, 0) + 1, statement
            assert {t: n for t, n in after.items() if t not in moved} == \
                {t: n for t, n in before.items() if t not in moved}, statement
        # A statement of the copy's login is counted too, by the server's trigger.
        with server.engine.connect() as conn:
            before = _counted(conn)
        with server.engine.begin() as conn:
            conn.execute(text("UPDATE notification_setting SET person_id = person_id"))
        with server.engine.connect() as conn:
            assert _counted(conn)["notification_setting"] == \
                before.get("notification_setting", 0) + 1
        for attack in (f"INSERT INTO {counters.TABLE} (tbl, seq) VALUES ('person', 1)",
                       f"DELETE FROM {counters.TABLE}",
                       f"UPDATE {counters.TABLE} SET changes = 0",
                       f"SELECT nextval('{counters.SEQUENCE}')"):
            with pytest.raises(DBAPIError), server.engine.begin() as conn:
                conn.execute(text(attack))
        # TRUNCATE, by the organisation's login (a copy's may not).
        with org.read() as s:
            before = _counted(s.connection())
        with org.transaction() as s:
            s.execute(text("TRUNCATE notification_shown"))
        with org.read() as s:
            assert _counted(s.connection())["notification_shown"] == \
                before.get("notification_shown", 0) + 1
    finally:
        server.dispose()
        copy.close()


def test_folding_the_counters_keeps_every_count(org):
    """Every FOLD_EVERY statements a writer folds the counted rows into one per table: the
    counts stay what they were, and the table stays small."""
    with org.read() as s:
        before = _counted(s.connection())
    with org.transaction() as s:
        for _ in range(counters.FOLD_EVERY + 1):
            s.execute(text("UPDATE room SET id = id WHERE id < 0"))
    with org.read() as s:
        after = _counted(s.connection())
        rows = s.execute(text(f"SELECT count(*) FROM {counters.TABLE}")).scalar()
    assert after["room"] == before.get("room", 0) + counters.FOLD_EVERY + 1
    assert {t: n for t, n in after.items() if t != "room"} == \
        {t: n for t, n in before.items() if t != "room"}
    assert rows < counters.FOLD_EVERY + len(counters.tracked())


# --- the culture scan answered from a copy (culture_gate) -------------------------------------


def test_a_copy_answers_the_culture_scan_once_through_the_servers_functions(org, tmp_path):
    """While the server answers, a copy's person answers the scan as online: counted once in
    their segment, and the copy's login reads nothing of who answered or what."""
    from app.culture_content import statement_keys
    from app.services import culture, culture_answers
    from app.services.auth import actor_for
    from models import CultureParticipation, CultureRound
    from models.culture import SCAN, unpack_people
    from models.errors import Conflict

    ids = _ids(org)
    kevin = ids["kevin"]
    [round_row, *_] = culture.my_open_rounds(org, actor_for(org, kevin))
    with org.read() as s:
        r = s.get(CultureRound, round_row.id)
        before = culture._segments(s, r)
    copy, server = _copy(org, kevin, tmp_path / "kevin")
    try:
        me = actor_for(copy.db, kevin)
        answers = {key: 4 for key in statement_keys()}
        culture_answers.answer(copy.db, me, r.id, answers)
        with org.read() as s:
            after = culture._segments(s, s.get(CultureRound, r.id))
            people = unpack_people(bytes(s.get(CultureParticipation, (r.id, SCAN)).people))
        assert kevin in people
        # The copy stops offering the round (its own note: no participation comes to it).
        assert r.id not in {o.id for o in culture.my_open_rounds(copy.db, me)}
        changed = {team: {cell: n - before[team].get(cell, 0) for cell, n in cells.items()
                          if n != before[team].get(cell, 0)} for team, cells in after.items()}
        [(segment, added)] = [(t, c) for t, c in changed.items() if c]
        assert added == {(key, 4): 1 for key in r.keys}
        with pytest.raises(Conflict) as twice:
            culture_answers.answer(copy.db, me, r.id, answers)
        assert twice.value.code == "already_answered"
        # The copy's own login, over plain SQL: nothing of the scan to read, no pass to
        # count twice, no answers without taking part.
        with server.engine.connect() as conn:
            for table in ("culture_participation", "culture_tally"):
                with conn.begin_nested():
                    try:
                        rows = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                    except DBAPIError:
                        rows = 0
                assert rows == 0, table
        for attack in ("SELECT * FROM rs_culture_pass",
                       "SELECT rs_culture_count(gen_random_uuid(), '{}'::jsonb)",
                       f"SELECT rs_culture_take_part({r.id}, 'scan')",
                       f"UPDATE culture_tally SET counts = counts WHERE round_id = {r.id}"):
            with pytest.raises(DBAPIError), server.engine.begin() as conn:
                conn.execute(text(attack))
        with org.read() as s:
            assert culture._segments(s, s.get(CultureRound, r.id)) == after
        del segment
    finally:
        server.dispose()
        copy.close()


def test_a_copys_answers_land_in_its_team_and_its_follow_up_is_counted_once(org, tmp_path):
    """A round for some teams: the answer goes into the answerer's team's block only; the
    follow-up question a month later is counted for everyone, once."""
    from datetime import date, timedelta

    from sqlalchemy import update

    from app.culture_content import statement_keys
    from app.services import culture, culture_answers
    from app.services.auth import actor_for
    from models import CultureAction, CultureRound, Person
    from models.culture import FOLLOW_UP, FOLLOW_UP_KEY
    from models.errors import Conflict

    ids = _ids(org)
    lisa = ids["lisa"]
    with org.read() as s:
        [team] = [t.id for t in s.get(Person, lisa).teams][:1]
        owner = s.scalar(text("SELECT person_id FROM person_role WHERE role = 'owner'"))
    boss = actor_for(org, owner)
    round_id = culture.open_round(org, boss, date.today() + timedelta(days=7),
                                  team_ids=[team]).ids[0]
    copy, server = _copy(org, lisa, tmp_path / "lisa")
    server.dispose()
    try:
        me = actor_for(copy.db, lisa)
        culture_answers.answer(copy.db, me, round_id, {k: 2 for k in statement_keys()})
        with org.read() as s:
            r = s.get(CultureRound, round_id)
            blocks = culture._segments(s, r)
        assert set(blocks) == {team}
        assert {cell: n for cell, n in blocks[team].items() if n} == \
            {(key, 2): 1 for key in r.keys}
        # Closed, an action agreed, the follow-up open: answered from the copy, once.
        culture_answers.close_round(org, boss, round_id)
        with org.transaction() as s:
            s.add(CultureAction(round_id=round_id, key=r.keys[0], title="Vaker samen leren"))
            s.execute(update(CultureRound).where(CultureRound.id == round_id).values(
                followup_opens_at=text("now() - interval '1 hour'"),
                followup_closes_at=text("now() + interval '1 day'")))
        culture_answers.answer_followup(copy.db, me, round_id, 5)
        with org.read() as s:
            followed = culture._segments(s, s.get(CultureRound, round_id), FOLLOW_UP)
        assert {cell: n for cells in followed.values() for cell, n in cells.items() if n} \
            == {(FOLLOW_UP_KEY, 5): 1}
        with pytest.raises(Conflict) as twice:
            culture_answers.answer_followup(copy.db, me, round_id, 5)
        assert twice.value.code == "already_answered"
    finally:
        copy.close()
