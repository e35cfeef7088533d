"""On a personal copy every service that changes something is either recorded in the outbox
(and changes the copy with it, in one transaction) or refused with a reason; nothing else
can write the copy, apart from the audit entries of reads, which sync sends."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app import messages
from app.personal_copy.identity import copy_local_id, copy_outbox
from app.personal_copy.local_ids import LOCAL_ID_START
from app.personal_copy.opening import open_copy
from app.personal_copy.outbox import OPERATIONS, PASSTHROUGH, REFUSED_OFFLINE
from app.services import development, situations
from models import AuditEntry, WorkSituation
from models.errors import Forbidden
from tests.personal_copy_world import copy_bytes
from tests.sync_world import PASSWORD, Org, new_org

ROOT = Path(__file__).resolve().parents[2]

# Reads that write nothing but the audit entry of what was read (or a file elsewhere): on a
# copy the entry stays in the copy until sync sends it.
AUDITED_READS = {
    "audit.record_read", "budget.export_ledger", "budget.ledger",
    "conversations.due_overview", "learning_requests.all_requests",
    "learning_requests.get_request", "learning_requests.requests_to_decide",
    "my_team.my_team", "people_csv.export_people", "people_csv.export_people_bytes",
    "privacy.export_person", "privacy.export_person_to"}


# Housekeeping that readers call first (closing culture rounds past their moment): on a
# copy it does nothing, the server does it and the next pull brings it.
SERVERS_WORK = {"culture_answers.close_due"}


def mutating_services() -> set[str]:
    """Every public function of app/services that opens a transaction, itself or through a
    helper of its module (read from the source, so one no test calls is found too)."""
    found: set[str] = set()
    for path in sorted((ROOT / "app" / "services").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
        writes = {name for name, node in defs.items()
                  if ".transaction()" in ast.unparse(node)}
        calls = {name: {c.func.id for c in ast.walk(node) if isinstance(c, ast.Call)
                        and isinstance(c.func, ast.Name) and c.func.id in defs}
                 for name, node in defs.items()}
        grew = True
        while grew:
            grew = False
            for name, called in calls.items():
                if name not in writes and called & writes:
                    writes.add(name)
                    grew = True
        found |= {f"{path.stem}.{name}" for name in writes if not name.startswith("_")}
    return found


def _function(qualname: str):
    module, name = qualname.split(".")
    return getattr(importlib.import_module(f"app.services.{module}"), name)


@pytest.fixture(scope="module")
def org(request: pytest.FixtureRequest, tmp_path_factory) -> Org:
    return new_org("sqlite", request, tmp_path_factory.mktemp("org"))


def _out_of_reach(copy) -> None:
    """The copy's server at a port nobody listens on: refused at once, never a hang."""
    from dataclasses import replace

    copy.identity = replace(copy.identity,
                            server_url="postgresql://rc@127.0.0.1:9/regiestoel")


def test_every_mutating_service_is_recorded_or_refused_on_a_copy(org: Org, tmp_path: Path):
    org.copy("henk", tmp_path / "laptop").close()
    before = copy_bytes(tmp_path / "laptop")
    copy = open_copy(tmp_path / "laptop", PASSWORD)
    _out_of_reach(copy)  # what passes through to a server that answers is refused without
    henk = org.actor("henk")
    recorded, refused = set(), {}
    for qualname in sorted(SERVERS_WORK):
        _function(qualname)(copy.db)
    for qualname in sorted(mutating_services() - AUDITED_READS - SERVERS_WORK):
        fn = _function(qualname)
        if getattr(fn, "offline_operation", None) is not None:
            assert fn.offline_operation == qualname
            assert OPERATIONS[qualname] is fn
            recorded.add(qualname)
            continue
        code = getattr(fn, "online_only", None)
        assert code is not None, f"{qualname} is neither recorded nor refused offline"
        # Called on the copy, with whatever arguments: refused before it looks at them.
        params = list(inspect.signature(fn).parameters.values())[1:]
        args = [henk if p.name == "actor" else None for p in params
                if p.kind is p.POSITIONAL_OR_KEYWORD and p.default is p.empty]
        kwargs = {p.name: None for p in params
                  if p.kind is p.KEYWORD_ONLY and p.default is p.empty}
        with pytest.raises(Forbidden) as refusal:
            fn(copy.db, *args, **kwargs)
        assert refusal.value.code == code, qualname
        refused[qualname] = code
    copy.close()
    assert copy_bytes(tmp_path / "laptop") == before
    # The list, offline: question, situations, preparation, learning, lessons, sessions.
    assert {"development.save_question", "development.save_answer",
            "situations.register_situation", "situations.add_note",
            "conversations.save_preparation", "conversations.publish_preparation",
            "learning_requests.ask", "lessons.add_lesson", "sessions.start_session",
            "sessions.save_progress", "sessions.add_action", "sessions.finish_session",
            "actions.set_status"} <= recorded
    # And not: signing, asking for a correction, answering the culture scan — which run on
    # the server instead, while it answers.
    assert set(PASSTHROUGH) == {"conversations.sign", "conversations.request_correction",
                                "culture_answers.answer", "culture_answers.answer_followup"}
    assert refused["conversations.sign"] == "offline_sign"
    assert refused["conversations.request_correction"] == "offline_correction"
    assert refused["culture_answers.answer"] == "offline_culture_answer"
    for code in {*refused.values(), REFUSED_OFFLINE}:
        for language in ("nl", "en"):
            assert messages.catalogue(language).get(code), (code, language)
    assert "verbinding" in messages.text("offline_sign", "nl")
    # The audited reads are not marked: they change nothing but the audit entries.
    for qualname in AUDITED_READS:
        fn = _function(qualname)
        assert not hasattr(fn, "offline_operation") and not hasattr(fn, "online_only")


def test_an_operation_and_its_change_are_one_transaction(org: Org, tmp_path: Path):
    copy = org.copy("kevin", tmp_path / "laptop")
    kevin = org.actor("kevin")
    q = development.my_question(copy.db, kevin)
    development.save_question(copy.db, kevin, "Hoe leer ik sneller storingen vinden?", True,
                              {"aim": "sneller"}, expected_version=q.version_id if q else None)
    new = situations.register_situation(copy.db, kevin,
                                        situations.SituationInput("Pomp valt uit"))
    situations.add_note(copy.db, kevin, new.value, situations.NoteKind.QUESTION,
                        "Wanneer precies?")
    # A refused change (a note on a step that does not take one) records nothing.
    with pytest.raises(Exception):  # noqa: B017 - whichever refusal, nothing is kept
        situations.add_note(copy.db, kevin, new.value, situations.NoteKind.OPTION, "")
    with copy.db.read() as s:
        ops = s.execute(select(copy_outbox).order_by(copy_outbox.c.seq)).mappings().all()
        local = dict(s.execute(select(copy_local_id.c.local_id, copy_local_id.c.table_name)).all())
        situation = s.get(WorkSituation, new.value)
    assert [o["operation"] for o in ops] == [
        "development.save_question", "situations.register_situation", "situations.add_note"]
    assert all(o["state"] == "pending" for o in ops)
    assert len({o["op_id"] for o in ops}) == 3
    assert json.loads(ops[0]["versions"]) == {
        "expected_version": q.version_id if q else None}
    # Ids made offline are local: from 2**40 up, one counter for the copy.
    assert new.value >= LOCAL_ID_START and local[new.value] == "work_situation"
    assert json.loads(ops[1]["created"]) == {"work_situation": [new.value]}
    assert situation is not None and situation.title == "Pomp valt uit"
    assert ops[2]["record"] == f"situations:situation_id={new.value}"
    copy.close()


def test_nothing_else_writes_the_copy(org: Org, tmp_path: Path):
    copy = org.copy("kevin", tmp_path / "laptop")
    with pytest.raises(Forbidden) as refused, copy.db.transaction() as s:
        s.add(WorkSituation(title="achter de outbox om", owner_id=org.ids["kevin"]))
    assert refused.value.code == REFUSED_OFFLINE
    with copy.db.read() as s:
        assert s.scalar(select(WorkSituation.id).where(
            WorkSituation.title == "achter de outbox om")) is None
    copy.close()


def test_an_offline_read_of_someone_elses_record_is_audited_in_the_copy(org: Org,
                                                                        tmp_path: Path):
    kevin = org.actor("kevin")
    q = development.my_question(org.db, kevin)
    development.save_question(org.db, kevin, "Hoe deel ik wat ik leer?", True,
                              expected_version=q.version_id if q else None)
    manager = next(name for name, pid in org.ids.items()
                   if pid == _manager_of(org, org.ids["kevin"]))
    copy = org.copy(manager, tmp_path / "laptop")
    view = development.question_of(copy.db, org.actor(manager), org.ids["kevin"])
    assert view is not None and view.text == "Hoe deel ik wat ik leer?"
    with copy.db.read() as s:
        entries = s.scalars(select(AuditEntry)).all()
    assert [(e.action, e.subject_id, e.actor_id) for e in entries] == [
        ("development_question_read", org.ids["kevin"], org.ids[manager])]
    copy.close()


def _manager_of(org: Org, person_id: int) -> int:
    from models import Person

    with org.db.read() as s:
        manager = s.get(Person, person_id).manager_id
    assert manager is not None
    return manager


def test_only_a_copy_forgets_audit_entries(org: Org):
    from app.services import audit

    with pytest.raises(Forbidden), org.db.engine.begin() as conn:
        audit.forget_on_copy(org.db, conn, up_to=10**9)
    with pytest.raises(Forbidden):
        audit.offline_entries(org.db)


def test_signing_waits_for_the_copys_own_changes_to_that_record_to_be_sent(
        org: Org, tmp_path: Path):
    """Signing on the server while the outbox still holds a change to the same record would
    sign another version than the one on the screen: sync first, the words say so."""
    from app.personal_copy.outbox import writing
    from app.services import conversations as talks
    from models import Side
    from models.errors import Conflict

    copy = org.copy("henk", tmp_path / "laptop")
    henk = org.actor("henk")
    with writing(copy.db) as conn:
        conn.execute(copy_outbox.insert().values(
            op_id="pending-op", operation="conversations.save_preparation", args="{}",
            versions="{}", after="{}", created="{}", record="conversations:conversation_id=7",
            state="pending", outcome="{}", created_at=datetime.now(UTC)))
    for call in (lambda: talks.sign(copy.db, henk, 7, Side.MANAGER, PASSWORD,
                                    expected_version=1),
                 lambda: talks.request_correction(copy.db, henk, 7, Side.MANAGER, PASSWORD,
                                                  part="summary", text="Anders",
                                                  expected_version=1)):
        with pytest.raises(Conflict) as waiting:
            call()
        assert waiting.value.code == "passthrough_unsent_changes"
    # Another record's changes hold nothing up; out of reach, the reason is today's.
    _out_of_reach(copy)
    with pytest.raises(Forbidden) as offline:
        talks.sign(copy.db, henk, 8, Side.MANAGER, PASSWORD, expected_version=1)
    assert offline.value.code == "offline_sign"
    for language in ("nl", "en"):
        assert messages.catalogue(language).get("passthrough_unsent_changes")
    copy.close()
