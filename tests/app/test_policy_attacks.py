"""Attacks on the access policy, as issue 16 found them: each failed before the policy.

Findings 3 (the owner reads conversation content through a person's export), 4 (a later
manager sees and changes open agreements of an earlier record kept from them), 11 (reads of
answer histories and learning requests that left no trace; a signed record's agreement
re-statused without a trace), and the admin commands that acted as a way around the roles.
They run on SQLite and on the PostgreSQL test server like every service test.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from app.access import Actor
from app.cli import main
from app.services import actions, audit, development, learning_requests, privacy
from app.services import conversations as talks
from models import ActionStatus, Person, Role, Side
from models.errors import Forbidden, Invalid, NotFound
from tests import fresh
from tests.app.test_conversations import (
    PRO,
    Pair,
    conversation_of,
    make_pair,
    prepare_both,
    sign_both,
)
from tests.conftest import PASSWORD

SECRET_SUMMARY = "Piet vertelde over zijn burn-out"
SECRET_DRAFT = "Ik wil eigenlijk weg hier"
SECRET_QUESTION = "Hoe zeg ik nee tegen mijn leidinggevende?"
PASSPHRASE = "piet-zijn-eigen-zin"


@pytest.fixture
def pair(db, owner, add_person) -> Pair:
    return make_pair(db, owner, add_person, PASSWORD)


def entries(db, owner, action: str) -> list[audit.AuditRow]:
    return [e for e in audit.list_entries(db, owner) if e.action == action]


def _secrets_in(data: bytes) -> list[str]:
    found = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            try:
                text = archive.read(name).decode("utf-8", "replace")
            except RuntimeError:  # encrypted: this reader cannot open it
                continue
            found += [s for s in (SECRET_SUMMARY, SECRET_DRAFT, SECRET_QUESTION) if s in text]
    return found


def _piet_with_secrets(db, pair: Pair) -> int:
    """Piet's signed record with a summary, an unpublished draft for the next half year and
    a development question he shared with nobody."""
    cid = sign_both(db, pair)
    fresh.reopen(db, pair.pro, cid, "Samenvatting aanvullen")
    fresh.save_summary(db, pair.pro, cid, SECRET_SUMMARY)
    fresh.sign(db, pair.pro, cid, PRO, PASSWORD)
    fresh.sign(db, pair.man, cid, Side.MANAGER, PASSWORD)
    fresh.save_question(db, pair.pro, SECRET_QUESTION, shared_with_manager=False)
    return cid


# --- finding 3: the owner and a person's export ---------------------------------------------


def test_the_owner_cannot_read_a_persons_conversations_through_their_export(
        db, owner, pair):
    _piet_with_secrets(db, pair)
    later = conversation_of(db, owner, pair.pro, 2027, 1)
    fresh.save_preparation(db, pair.pro, later, PRO, {"need_from_manager": SECRET_DRAFT})
    pid = pair.pro.person_id

    with pytest.raises(Forbidden) as refused:
        privacy.export_person(db, owner, pid, "nl")
    assert refused.value.code == "export_needs_passphrase"
    with pytest.raises(Forbidden):
        privacy.export_person(db, Actor.machine_admin(), pid, "nl")

    sealed = privacy.export_person(db, owner, pid, "nl", passphrase=PASSPHRASE)
    assert _secrets_in(sealed) == []  # nothing readable without the person's passphrase
    import pyzipper

    with pyzipper.AESZipFile(io.BytesIO(sealed)) as archive:
        archive.setpassword(PASSPHRASE.encode())
        text = "".join(archive.read(n).decode() for n in archive.namelist())
    assert SECRET_SUMMARY in text and SECRET_DRAFT in text and SECRET_QUESTION in text

    # The person themself, on their own login, gets it as it is.
    own = privacy.export_person(db, pair.pro, pid, "nl")
    assert set(_secrets_in(own)) == {SECRET_SUMMARY, SECRET_DRAFT, SECRET_QUESTION}
    exports = entries(db, owner, "person_exported")
    assert [e.detail["sealed"] for e in exports] == [False, True]


def test_a_manager_cannot_export_a_report_and_a_short_passphrase_is_refused(
        db, owner, pair):
    with pytest.raises(Forbidden):
        privacy.export_person(db, pair.man, pair.pro.person_id, "nl", passphrase=PASSPHRASE)
    with pytest.raises(Invalid) as short:
        privacy.export_person(db, owner, pair.pro.person_id, "nl", passphrase="kort")
    assert short.value.code == "export_passphrase_too_short"


def test_admin_person_export_needs_a_passphrase_and_seals_the_file(
        db, data_dir, owner, pair, tmp_path, capsys, monkeypatch):
    _piet_with_secrets(db, pair)
    target = tmp_path / "piet.zip"
    base = ["--lang", "en", "--data-dir", str(data_dir), "person", "export",
            str(pair.pro.person_id), str(target)]
    assert main(base) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "--passphrase-env" in err
    assert not target.exists()

    monkeypatch.setenv("PIET_ZIN", PASSPHRASE)
    assert main([*base, "--passphrase-env", "PIET_ZIN"]) == 0
    assert "sealed" in capsys.readouterr().out
    assert _secrets_in(target.read_bytes()) == []
    import pyzipper

    with pyzipper.AESZipFile(target) as archive:
        archive.setpassword(PASSPHRASE.encode())
        assert SECRET_SUMMARY in archive.read("conversations.json").decode()


# --- finding 4: carried-over agreements of a record kept from later managers ---------------


def _moved_to_a_later_manager(db, owner, pair: Pair, add_person) -> tuple[int, int, Actor]:
    earlier = prepare_both(db, pair)
    fresh.add_agreement(db, pair.pro, earlier, "Gesprek met de vertrouwenspersoon",
                        pair.pro.person_id)
    sign_both_signatures(db, pair, earlier)
    later_manager = add_person("Lotte Nieuw", roles={Role.MANAGER}, password=None)
    with db.transaction() as s:  # Piet moves to Lotte's team
        s.get(Person, pair.pro.person_id).manager_id = later_manager.person_id
    later = conversation_of(db, owner, pair.pro, 2027, 1)
    return earlier, later, later_manager


def sign_both_signatures(db, pair: Pair, cid: int) -> None:
    fresh.sign(db, pair.pro, cid, PRO, PASSWORD)
    fresh.sign(db, pair.man, cid, Side.MANAGER, PASSWORD)


def test_a_later_manager_neither_sees_nor_changes_agreements_of_a_record_kept_from_them(
        db, owner, pair, add_person):
    earlier, later, lotte = _moved_to_a_later_manager(db, owner, pair, add_person)
    [agreement] = talks.meeting_view(db, pair.pro, later).carried_over
    assert talks.meeting_view(db, lotte, later).carried_over == ()
    with pytest.raises(NotFound):
        fresh.set_agreement_status(db, lotte, later, agreement.id, ActionStatus.DROPPED)
    assert talks.meeting_view(db, pair.pro, later).carried_over[0].status is ActionStatus.OPEN

    # Once Piet allows later managers to read the record, its open agreements carry over.
    fresh.set_readable_by_later_managers(db, pair.pro, earlier, True)
    assert [a.id for a in talks.meeting_view(db, lotte, later).carried_over] == [agreement.id]


# --- finding 11: what the audit log missed -------------------------------------------------


def test_a_signed_records_agreement_followed_up_later_is_written_down(
        db, owner, pair, add_person):
    earlier, later, _lotte = _moved_to_a_later_manager(db, owner, pair, add_person)
    [agreement] = talks.meeting_view(db, pair.pro, later).carried_over
    fresh.set_agreement_status(db, pair.pro, later, agreement.id, ActionStatus.DONE)

    record = talks.signed_record(db, pair.pro, earlier)
    assert record.locked  # the record stays signed and locked ...
    [event] = [e for e in record.events if e.kind == "agreement_followed_up"]
    assert "Gesprek met de vertrouwenspersoon" in event.note and "done" in event.note
    [entry] = entries(db, owner, "agreement_followed_up")  # ... and the log says so
    assert entry.detail["earlier_conversation"] == earlier
    assert entry.detail["agreement"] == agreement.id


def test_an_agreement_of_a_signed_record_marked_done_from_my_actions_is_written_down(
        db, owner, pair):
    cid = prepare_both(db, pair)
    fresh.add_agreement(db, pair.man, cid, "Budget voor de cursus regelen",
                        pair.man.person_id)
    sign_both_signatures(db, pair, cid)
    [mine] = [a for a in actions.my_open_actions(db, pair.man)
              if a.title == "Budget voor de cursus regelen"]
    fresh.set_action_status(db, pair.man, mine.id, ActionStatus.DONE)
    record = talks.signed_record(db, pair.pro, cid)
    assert any(e.kind == "agreement_followed_up" for e in record.events)
    assert len(entries(db, owner, "agreement_followed_up")) == 1


def test_a_manager_reading_the_answer_history_is_in_the_audit_log(
        db, owner, add_person):
    mira = add_person("Mira", roles={Role.MANAGER}, password=None)
    piet = add_person("Piet", manager_id=mira.person_id, password=None)
    fresh.save_question(db, piet, "Hoe plan ik rustiger?", shared_with_manager=True)
    fresh.save_answer(db, piet, "aim", "Minder haast")
    qid = development.my_question(db, piet).id
    development.answer_history(db, piet, qid, "aim")
    assert entries(db, owner, "development_answers_read") == []  # his own reads are his

    assert [v.text for v in development.answer_history(db, mira, qid, "aim")] == [
        "Minder haast"]
    [entry] = entries(db, owner, "development_answers_read")
    assert entry.subject == "Piet" and entry.actor == "Mira"
    assert entry.detail == {"question": qid, "key": "aim"}


def _asked(db, asker: Actor) -> int:
    changes = learning_requests.ask(db, asker, learning_requests.RequestInput(
        kind="course", title="Cursus timemanagement", cost_cents=45_000))
    return changes.value


def test_a_manager_or_owner_reading_learning_requests_is_in_the_audit_log(
        db, owner, add_person):
    mira = add_person("Mira", roles={Role.MANAGER}, password=None)
    piet = add_person("Piet", manager_id=mira.person_id, password=None)
    rid = _asked(db, piet)
    learning_requests.my_requests(db, piet)
    learning_requests.get_request(db, piet, rid)
    assert entries(db, owner, "learning_requests_read") == []  # his own reads are his

    learning_requests.requests_to_decide(db, mira)
    learning_requests.get_request(db, mira, rid)
    learning_requests.all_requests(db, owner)
    found = entries(db, owner, "learning_requests_read")
    assert [(e.actor, e.subject) for e in reversed(found)] == [
        ("Mira", "Piet"), ("Mira", "Piet"), ("Olga Eigenaar", "Piet")]


def test_reading_the_budget_lines_of_the_ledger_is_in_the_audit_log(db, owner, add_person):
    from app.services import budget

    add_person("Piet", password=None)
    budget.ledger(db, owner, 2026)
    [entry] = entries(db, owner, "budget_lines_read")
    assert entry.detail["year"] == 2026 and entry.actor == "Olga Eigenaar"


# --- the admin commands are no way around the roles ----------------------------------------


def test_the_administrator_reads_no_ones_records_through_the_services(db, owner, pair):
    admin = Actor.machine_admin()
    cid = _piet_with_secrets(db, pair)
    qid = development.my_question(db, pair.pro).id
    rid = _asked(db, pair.pro)
    refusals = [
        lambda: development.question_of(db, admin, pair.pro.person_id),
        lambda: development.answer_history(db, admin, qid, "aim"),
        lambda: talks.meeting_view(db, admin, cid),
        lambda: talks.signed_record(db, admin, cid),
        lambda: learning_requests.get_request(db, admin, rid),
        lambda: learning_requests.approve(db, admin, rid, expected_version=1),
    ]
    for attempt in refusals:
        with pytest.raises(Forbidden):
            attempt()
    assert learning_requests.requests_to_decide(db, admin) == []


def test_ai_run_refuses_a_persons_record_in_one_line(db, data_dir, owner, pair, tmp_path,
                                                     capsys):
    from tests.ai.gguf_files import write_gguf

    model = write_gguf(tmp_path / "tiny.gguf", {"general.file_type": 15})
    fresh.save_question(db, pair.pro, SECRET_QUESTION, shared_with_manager=False)
    qid = development.my_question(db, pair.pro).id
    for task, target in (("question", qid), ("prepare", pair.pro.person_id)):
        code = main(["--lang", "en", "--data-dir", str(data_dir), "ai", "run", "--model",
                     str(model), "--task", task, "--id", str(target)])
        out, err = capsys.readouterr()
        assert code == 1 and out == ""
        assert len(err.strip().splitlines()) == 1 and "act for no person" in err
        assert SECRET_QUESTION not in err
