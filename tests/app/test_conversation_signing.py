"""Either side can disagree: sign agreed or seen with a remark, or ask for a correction."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.conversation_record import render_record
from app.services import audit, people, privacy
from app.services import conversations as talks
from models import (
    Account,
    ConversationStatus,
    CorrectionRequest,
    Signature,
    SignKind,
    VoidReason,
)
from models.errors import Conflict, Forbidden, Invalid
from tests import fresh
from tests.app.test_conversations import MAN, PRO, Pair, make_pair, prepare_both
from tests.conftest import PASSWORD

REMARK = "Ik zie de planning anders: het tekort aan mensen ligt niet bij mij."


@pytest.fixture
def pair(db, owner, add_person) -> Pair:
    return make_pair(db, owner, add_person, PASSWORD)


def test_one_agrees_the_other_signs_as_seen_with_a_remark_and_the_record_shows_both(
        db, owner, pair):
    cid = prepare_both(db, pair)
    fresh.save_summary(db, pair.man, cid, "We spraken over de planning.")
    fresh.sign(db, pair.man, cid, MAN, PASSWORD)
    fresh.sign(db, pair.pro, cid, PRO, PASSWORD, kind=SignKind.SEEN, remark=REMARK)

    assert talks.conversation_status(db, owner, cid).status is ConversationStatus.SIGNED
    view = talks.signed_record(db, pair.pro, cid)
    chosen = {sig.side: (sig.kind, sig.remark) for sig in view.current_signatures}
    assert chosen == {MAN: (SignKind.AGREED, ""), PRO: (SignKind.SEEN, REMARK)}
    for language, agreed, seen in (("nl", "Akkoord", "Gezien, met een opmerking"),
                                   ("en", "Agreed", "Seen, with a remark")):
        html = render_record(db, pair.pro, cid, language)
        assert agreed in html and seen in html
        assert "Ik zie de planning anders" in html


def test_seen_needs_a_remark_and_agreed_takes_none(db, owner, pair):
    cid = prepare_both(db, pair)
    with pytest.raises(Invalid) as no_remark:
        fresh.sign(db, pair.pro, cid, PRO, PASSWORD, kind=SignKind.SEEN, remark="   ")
    assert no_remark.value.field == "remark"
    with pytest.raises(Invalid) as stray:
        fresh.sign(db, pair.pro, cid, PRO, PASSWORD, kind=SignKind.AGREED, remark=REMARK)
    assert (stray.value.code, stray.value.field) == ("remark_needs_seen", "remark")
    with pytest.raises(Invalid):
        fresh.sign(db, pair.pro, cid, PRO, PASSWORD, kind="half")
    assert talks.conversation_status(db, owner, cid).signatures == 0


def test_once_one_signed_the_record_waits_until_a_correction_request_reopens_editing(
        db, owner, pair):
    cid = prepare_both(db, pair)
    fresh.save_summary(db, pair.man, cid, "Piet volgt de cursus.")
    agreement = fresh.add_agreement(db, pair.man, cid, "Cursus", pair.pro.person_id).value
    fresh.sign(db, pair.man, cid, MAN, PASSWORD)

    # Mira signed: nobody changes what she signed without asking first.
    for edit in (lambda: fresh.save_summary(db, pair.pro, cid, "Anders"),
                 lambda: fresh.add_agreement(db, pair.pro, cid, "Nog een", pair.pro.person_id),
                 lambda: fresh.set_agreement_status(db, pair.pro, cid, agreement, "done"),
                 lambda: fresh.save_preparation(db, pair.pro, cid, PRO,
                                                {"need_from_manager": "Anders"})):
        with pytest.raises(Conflict) as waiting:
            edit()
        assert waiting.value.code == "record_awaiting_signature"

    # Piet asks for a correction of the summary instead of signing.
    fresh.request_correction(db, pair.pro, cid, PRO, PASSWORD, part="summary",
                             text="Ik volg de cursus pas na de zomer.")
    for reader in (pair.pro, pair.man):  # visible to both
        view = talks.meeting_view(db, reader, cid)
        [request] = view.open_corrections
        assert (request.side, request.person_name, request.part.value, request.text) == (
            PRO, "Piet Jansen", "summary", "Ik volg de cursus pas na de zomer.")
        assert not view.awaiting_signature
    row = talks.conversation_status(db, owner, cid)
    assert (row.signatures, row.status) == (1, ConversationStatus.PLANNED)  # not a signature

    # Editing is open again; the edit takes Mira's signature back and says so to both.
    fresh.save_summary(db, pair.man, cid, "Piet volgt de cursus na de zomer.")
    for reader in (pair.pro, pair.man):
        view = talks.meeting_view(db, reader, cid)
        assert view.current_signatures == ()
        [taken_back] = view.signatures
        assert (taken_back.person_name, taken_back.void_reason, taken_back.voided_by_name) == (
            "Mira de Vries", VoidReason.EDITED, "Mira de Vries")
        assert view.open_corrections  # open until Piet signs

    fresh.sign(db, pair.pro, cid, PRO, PASSWORD)
    assert talks.meeting_view(db, pair.man, cid).open_corrections == ()
    fresh.sign(db, pair.man, cid, MAN, PASSWORD)
    assert talks.conversation_status(db, owner, cid).locked_at is not None


def test_an_edit_from_a_screen_loaded_before_a_signature_is_stale_and_after_a_reload_it_clears_it(
        db, owner, pair):
    cid = prepare_both(db, pair)
    fresh.request_correction(db, pair.man, cid, MAN, PASSWORD, part="summary",
                             text="Zet de cursus erin.")  # editing stays open for both
    miras_screen = talks.meeting_view(db, pair.man, cid)
    fresh.sign(db, pair.pro, cid, PRO, PASSWORD)  # Piet signs on his laptop

    with pytest.raises(Conflict) as stale:
        talks.save_summary(db, pair.man, cid, "Met de cursus.",
                           expected_version=miras_screen.version)
    assert stale.value.code == "edited_elsewhere"
    assert talks.conversation_status(db, owner, cid).signatures == 1  # untouched

    reloaded = talks.meeting_view(db, pair.man, cid)
    assert reloaded.version > miras_screen.version  # signing raised it
    talks.save_summary(db, pair.man, cid, "Met de cursus.", expected_version=reloaded.version)
    [cleared] = talks.meeting_view(db, pair.pro, cid).signatures
    assert cleared.void and cleared.void_reason is VoidReason.EDITED


def test_a_correction_of_an_agreement_names_it_and_survives_its_removal(db, owner, pair):
    cid = prepare_both(db, pair)
    agreement = fresh.add_agreement(db, pair.man, cid, "Elke week meerijden",
                                    pair.pro.person_id).value
    fresh.request_correction(db, pair.pro, cid, PRO, PASSWORD, part="agreement",
                             agreement_id=agreement, text="Eens per maand is genoeg.")
    fresh.remove_agreement(db, pair.man, cid, agreement)
    [request] = talks.meeting_view(db, pair.pro, cid).corrections
    assert (request.part.value, request.agreement_title) == ("agreement", "Elke week meerijden")
    with pytest.raises(Invalid):
        fresh.request_correction(db, pair.pro, cid, PRO, PASSWORD, part="agreement",
                                 text="Welke?")  # which agreement, then?


def test_asking_for_a_correction_after_signing_takes_my_own_signature_back(db, owner, pair):
    cid = prepare_both(db, pair)
    fresh.sign(db, pair.pro, cid, PRO, PASSWORD)
    fresh.request_correction(db, pair.pro, cid, PRO, PASSWORD, part="summary",
                             text="Ik zie nog een fout.")
    fresh.sign(db, pair.man, cid, MAN, PASSWORD)  # Mira agrees; Piet no longer does
    view = talks.meeting_view(db, pair.man, cid)
    assert not view.locked
    assert [(s.side, s.void, s.void_reason) for s in view.signatures] == [
        (PRO, True, VoidReason.CORRECTION), (MAN, False, None)]


def test_a_correction_request_on_a_locked_record_is_refused_and_changes_nothing(
        db, owner, pair):
    cid = prepare_both(db, pair)
    fresh.sign(db, pair.pro, cid, PRO, PASSWORD)
    fresh.sign(db, pair.man, cid, MAN, PASSWORD)
    before = talks.conversation_status(db, owner, cid)
    with pytest.raises(Conflict) as refused:
        fresh.request_correction(db, pair.pro, cid, PRO, PASSWORD, part="summary",
                                 text="Toch nog iets.")
    assert refused.value.code == "correction_on_locked_record"
    assert talks.conversation_status(db, owner, cid) == before
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(CorrectionRequest)) == 0


def test_a_correction_request_with_a_wrong_password_counts_and_changes_nothing(
        db, owner, pair):
    cid = prepare_both(db, pair)
    before = talks.conversation_status(db, owner, cid)
    with pytest.raises(Forbidden) as refused:
        fresh.request_correction(db, pair.pro, cid, PRO, "niet-mijn-wachtwoord",
                                 part="summary", text="Dit klopt niet.")
    assert refused.value.code == "wrong_password"
    assert talks.conversation_status(db, owner, cid) == before
    with db.read() as s:
        assert s.get(Account, pair.pro.person_id).failed_attempts == 1
        assert s.scalar(select(func.count()).select_from(CorrectionRequest)) == 0
    with pytest.raises(Forbidden) as other_side:
        fresh.request_correction(db, pair.man, cid, PRO, PASSWORD, part="summary",
                                 text="Namens Piet")
    assert other_side.value.code == "not_your_side"


def test_how_each_side_signed_and_each_correction_request_is_in_the_audit_log(db, owner, pair):
    cid = prepare_both(db, pair)
    fresh.request_correction(db, pair.man, cid, MAN, PASSWORD, part="summary", text="Kort")
    fresh.sign(db, pair.pro, cid, PRO, PASSWORD, kind="seen", remark=REMARK)
    entries = [(e.action, e.detail.get("side"), e.detail.get("kind") or e.detail.get("part"))
               for e in audit.list_entries(db, owner) if e.action.startswith("conversation_")]
    assert ("conversation_signed", "professional", "seen") in entries
    assert ("conversation_correction_requested", "manager", "summary") in entries
    assert all(REMARK not in str(e.detail) for e in audit.list_entries(db, owner))


def test_erasing_the_professional_erases_their_remark_and_their_correction_request(
        db, owner, pair):
    cid = prepare_both(db, pair)
    agreement = fresh.add_agreement(db, pair.man, cid, "Meerijden", pair.pro.person_id).value
    fresh.request_correction(db, pair.pro, cid, PRO, PASSWORD, part="agreement",
                             agreement_id=agreement, text="Liever niet op maandag.")
    fresh.sign(db, pair.pro, cid, PRO, PASSWORD, kind="seen", remark=REMARK)
    people.archive_person(db, owner, pair.pro.person_id)
    privacy.erase_person(db, owner, pair.pro.person_id)
    with db.read() as s:
        texts = [r.text + r.agreement_title for r in s.scalars(select(CorrectionRequest))]
        remarks = [sig.remark for sig in s.scalars(select(Signature))]
    assert texts and not any("maandag" in t or "Meerijden" in t for t in texts)
    assert remarks == [""]
