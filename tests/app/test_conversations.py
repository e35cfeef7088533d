"""Talent development conversations: preparing, signing, locking, carrying over, privacy."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import select

from app.access import Actor
from app.cli import main
from app.services import audit, people
from app.services import conversations as talks
from models import (
    Account,
    ActionStatus,
    ConversationStatus,
    LearningHours,
    LearningRequest,
    Lesson,
    Person,
    Role,
    Side,
    Signature,
    SituationStatus,
    WorkSituation,
)
from models.errors import Conflict, Forbidden, Invalid
from tests import fresh
from tests.conftest import PASSWORD

PRO, MAN = Side.PROFESSIONAL, Side.MANAGER


@dataclass
class Pair:
    pro: Actor
    man: Actor
    conversation_id: int


def conversation_of(db, owner, pro: Actor, year: int = 2026, half: int = 2) -> int:
    talks.plan_half_year(db, owner, year, half)
    rows = talks.list_conversations(db, owner)
    return next(r.id for r in rows
                if r.professional_id == pro.person_id and (r.year, r.half) == (year, half))


def make_pair(db, owner, add_person, password: str | None) -> Pair:
    man = add_person("Mira de Vries", roles={Role.MANAGER}, password=password)
    pro = add_person("Piet Jansen", manager_id=man.person_id, password=password)
    return Pair(pro, man, conversation_of(db, owner, pro))


@pytest.fixture
def pair(db, owner, add_person) -> Pair:
    """A professional and their manager, both able to sign, and their 2026-2 conversation."""
    return make_pair(db, owner, add_person, PASSWORD)


@pytest.fixture
def talk(db, owner, add_person) -> Pair:
    """The same without accounts (hashing passwords is slow): for tests that never sign."""
    return make_pair(db, owner, add_person, None)


def prepare_both(db, p: Pair, conversation_id: int | None = None) -> int:
    cid = conversation_id or p.conversation_id
    fresh.save_preparation(db, p.pro, cid, PRO, {"need_from_manager": "Tijd om te oefenen."})
    fresh.publish_preparation(db, p.pro, cid, PRO)
    fresh.save_preparation(db, p.man, cid, MAN, {"saw_grow": "Je plant rustiger."})
    fresh.publish_preparation(db, p.man, cid, MAN)
    return cid


def sign_both(db, p: Pair, conversation_id: int | None = None) -> int:
    cid = prepare_both(db, p, conversation_id)
    fresh.sign(db, p.pro, cid, PRO, PASSWORD)
    fresh.sign(db, p.man, cid, MAN, PASSWORD)
    return cid


def audit_actions(db, owner) -> list[audit.AuditRow]:
    return audit.list_entries(db, owner)


# --- cadence -------------------------------------------------------------------------------


def test_every_active_professional_with_a_manager_gets_one_conversation_per_half_year(
        db, owner, add_person):
    man = add_person("Mira", roles={Role.MANAGER}, password=None)
    pro = add_person("Piet", manager_id=man.person_id, password=None)
    add_person("Zonder leidinggevende", password=None)
    gone = add_person("Vertrokken", manager_id=man.person_id, password=None)
    people.archive_person(db, owner, gone.person_id)

    changes = talks.plan_half_year(db, owner, 2026, 1)
    assert changes.value == 1
    assert talks.plan_half_year(db, owner, 2026, 1).value == 0  # idempotent
    [row] = talks.list_conversations(db, owner)
    assert (row.professional_name, row.manager_name, row.half_year) == ("Piet", "Mira", "2026-1")
    assert (row.window_start, row.window_end) == (date(2026, 1, 1), date(2026, 6, 30))
    assert row.status is ConversationStatus.PLANNED

    with pytest.raises(Forbidden):
        talks.plan_half_year(db, pro, 2026, 2)
    with pytest.raises(Invalid):
        talks.plan_half_year(db, owner, 2026, 3)
    assert talks.plan_half_year(db, Actor.machine_admin(), 2026, 2).value == 1


def test_the_overview_shows_due_and_overdue_conversations_of_my_reports_only(
        db, owner, add_person):
    man = add_person("Mira", roles={Role.MANAGER}, password=None)
    other = add_person("Otto", roles={Role.MANAGER}, password=None)
    pro = add_person("Piet", manager_id=man.person_id, password=None)
    add_person("Els", manager_id=other.person_id, password=None)
    talks.plan_half_year(db, owner, 2026, 1)

    # In October the first half year is over and the second is running: planned by itself.
    rows = talks.due_overview(db, man, today=date(2026, 10, 1))
    assert [(r.professional_name, r.half_year, r.due) for r in rows] == [
        ("Piet", "2026-1", talks.DueState.OVERDUE), ("Piet", "2026-2", talks.DueState.DUE)]
    everyone = talks.due_overview(db, owner, today=date(2026, 10, 1))
    assert {r.professional_name for r in everyone} == {"Piet", "Els"}
    assert talks.due_overview(db, pro, today=date(2026, 10, 1)) == rows  # my own


# --- preparing -----------------------------------------------------------------------------


def test_drafts_are_invisible_to_the_other_side_until_published(db, owner, talk):
    cid = talk.conversation_id
    fresh.save_preparation(db, talk.pro, cid, PRO, {"need_from_manager": "Een cursus Excel"})
    fresh.save_preparation(db, talk.man, cid, MAN, {"facilitated": "Twee leergroepen"})

    assert talks.preparation_of(db, talk.pro, cid, PRO).fields == {
        "need_from_manager": "Een cursus Excel"}
    assert talks.preparation_of(db, talk.man, cid, PRO) is None
    assert talks.preparation_of(db, talk.pro, cid, MAN) is None
    assert talks.meeting_view(db, talk.man, cid).professional_preparation is None

    fresh.publish_preparation(db, talk.pro, cid, PRO)
    seen = talks.preparation_of(db, talk.man, cid, PRO)
    assert seen is not None and seen.published
    assert seen.fields["need_from_manager"] == "Een cursus Excel"
    # No private manager notes: once published, everything is visible to the professional.
    fresh.publish_preparation(db, talk.man, cid, MAN)
    assert talks.preparation_of(db, talk.pro, cid, MAN).fields == {
        "facilitated": "Twee leergroepen"}


def test_only_the_person_of_a_side_prepares_it(db, owner, talk):
    cid = talk.conversation_id
    with pytest.raises(Forbidden) as refused:
        fresh.save_preparation(db, talk.man, cid, PRO, {"need_from_manager": "x"})
    assert refused.value.code == "not_your_side"
    with pytest.raises(Forbidden):
        fresh.save_preparation(db, owner, cid, MAN, {"saw_grow": "x"})
    with pytest.raises(Invalid):
        fresh.save_preparation(db, talk.pro, cid, PRO, {"salary": "meer"})
    with pytest.raises(Invalid) as empty:
        fresh.publish_preparation(db, talk.pro, cid, PRO)
    assert empty.value.code == "preparation_empty"


def test_the_professionals_preparation_is_prefilled_from_their_own_half_year(
        db, owner, add_person):

    man = add_person("Mira", roles={Role.MANAGER}, password=None)
    pro = add_person("Piet", manager_id=man.person_id, password=None)
    cid = conversation_of(db, owner, pro, 2026, 2)
    fresh.save_question(db, pro, "Hoe plan ik de ovens slimmer?", False)
    fresh.save_answer(db, pro, "aim", "Minder wachttijd")
    inside = datetime(2026, 9, 1, 10, tzinfo=UTC)
    with db.transaction() as s:
        s.add_all([
            LearningHours(person_id=pro.person_id, day=date(2026, 9, 1), minutes=90,
                          in_working_time=True, source="session", source_id=1),
            LearningHours(person_id=pro.person_id, day=date(2026, 3, 1), minutes=600,
                          in_working_time=True, source="session", source_id=2),
            WorkSituation(title="Deeg te laat klaar", kind="bottleneck", aim="improve",
                          owner_id=pro.person_id, status=SituationStatus.IMPROVED.value,
                          finished_at=inside),
            Lesson(title="Eerst de planning, dan de oven", author_id=pro.person_id,
                   created_at=inside),
            LearningRequest(person_id=pro.person_id, kind="course", title="HACCP",
                            provider="SVH", budget_year=2026, status="completed",
                            completed_at=inside),
        ])

    texts = talks.prefill(db, pro, cid, "nl")
    assert list(texts) == list(talks.preparation_keys(PRO))
    assert "Hoe plan ik de ovens slimmer?" in texts["development_question_progress"]
    assert "1 van de 10" in texts["development_question_progress"]
    assert "Deeg te laat klaar (verbeterd)" in texts["situations_improved"]
    assert "Eerst de planning, dan de oven" in texts["lessons_shared"]
    assert "1,5 uur in werktijd" in texts["learning_hours"]  # March is another half year
    assert "HACCP (SVH)" in texts["formal_learning"]
    assert texts["need_from_manager"] == ""
    with pytest.raises(Forbidden):
        talks.prefill(db, man, cid)


# --- signing and locking -------------------------------------------------------------------


def test_signing_needs_both_preparations_published(db, owner, talk):
    cid = talk.conversation_id
    fresh.save_preparation(db, talk.pro, cid, PRO, {"need_from_manager": "Tijd"})
    fresh.publish_preparation(db, talk.pro, cid, PRO)
    fresh.save_preparation(db, talk.man, cid, MAN, {"saw_grow": "Veel"})  # still a draft
    with pytest.raises(Conflict) as refused:
        fresh.sign(db, talk.pro, cid, PRO, PASSWORD)
    assert refused.value.code == "preparations_not_published"


def test_signing_with_a_wrong_password_is_refused_and_counts_as_a_failed_login(
        db, owner, pair):
    cid = prepare_both(db, pair)
    with pytest.raises(Forbidden) as refused:
        fresh.sign(db, pair.pro, cid, PRO, "niet-mijn-wachtwoord")
    assert refused.value.code == "wrong_password"
    with db.read() as s:
        assert s.get(Account, pair.pro.person_id).failed_attempts == 1
        assert s.scalars(select(Signature)).all() == []


def test_signing_the_other_persons_side_is_refused(db, owner, talk):
    cid = prepare_both(db, talk)
    with pytest.raises(Forbidden) as refused:
        fresh.sign(db, talk.man, cid, PRO, PASSWORD)
    assert refused.value.code == "not_your_side"
    with pytest.raises(Forbidden) as stranger:
        fresh.sign(db, owner, cid, MAN, PASSWORD)
    assert stranger.value.code == "not_participant"


def test_after_both_sign_the_record_is_locked_and_every_edit_is_refused(db, owner, pair):
    cid = prepare_both(db, pair)
    agreement = fresh.add_agreement(db, pair.man, cid, "Oefenen met planning",
                                    pair.pro.person_id, date(2027, 3, 1)).value
    fresh.sign(db, pair.pro, cid, PRO, PASSWORD)
    assert talks.conversation_status(db, owner, cid).locked_at is None
    fresh.sign(db, pair.man, cid, MAN, PASSWORD)

    row = talks.conversation_status(db, owner, cid)
    assert row.status is ConversationStatus.SIGNED and row.locked_at is not None
    assert row.signatures == 2
    edits = [
        lambda: fresh.save_preparation(db, pair.pro, cid, PRO, {"need_from_manager": "Meer"}),
        lambda: fresh.save_preparation(db, pair.man, cid, MAN, {"saw_grow": "Anders"}),
        lambda: fresh.add_agreement(db, pair.pro, cid, "Nog iets", pair.pro.person_id),
        lambda: fresh.set_agreement_status(db, pair.pro, cid, agreement, ActionStatus.DONE),
        lambda: fresh.remove_agreement(db, pair.pro, cid, agreement),
        lambda: fresh.save_summary(db, pair.man, cid, "Achteraf anders opgeschreven"),
        lambda: fresh.sign(db, pair.pro, cid, PRO, PASSWORD),
    ]
    for edit in edits:
        with pytest.raises(Conflict) as refused:
            edit()
        assert refused.value.code == "record_locked"


def test_reopening_is_recorded_and_needs_two_signatures_again(db, owner, pair):
    cid = sign_both(db, pair)
    with pytest.raises(Invalid):
        fresh.reopen(db, pair.pro, cid, "   ")
    fresh.reopen(db, pair.pro, cid, "De afspraak over de cursus klopt niet")

    view = talks.meeting_view(db, pair.pro, cid)
    assert not view.locked and view.conversation.status is ConversationStatus.PLANNED
    assert [s.void for s in view.signatures] == [True, True]  # kept, for the history
    assert [(e.kind, e.person_name, e.note) for e in view.events] == [
        ("reopened", "Piet Jansen", "De afspraak over de cursus klopt niet")]
    fresh.save_summary(db, pair.pro, cid, "Cursus in het voorjaar")  # editable again

    fresh.sign(db, pair.pro, cid, PRO, PASSWORD)
    assert talks.conversation_status(db, owner, cid).locked_at is None
    fresh.sign(db, pair.man, cid, MAN, PASSWORD)
    assert talks.conversation_status(db, owner, cid).status is ConversationStatus.SIGNED
    with pytest.raises(Conflict):
        fresh.save_summary(db, pair.pro, cid, "weer anders")


# --- the meeting ---------------------------------------------------------------------------


def test_an_unfinished_agreement_carries_over_and_a_finished_one_does_not(db, owner, pair):
    first = conversation_of(db, owner, pair.pro, 2026, 1)
    prepare_both(db, pair, first)
    open_one = fresh.add_agreement(db, pair.pro, first, "Cursus HACCP", pair.pro.person_id,
                                   date(2026, 9, 1)).value
    done_one = fresh.add_agreement(db, pair.man, first, "Leergroep mogelijk maken",
                                   pair.man.person_id).value  # the manager gives account too
    fresh.set_agreement_status(db, pair.man, first, done_one, ActionStatus.DONE)
    with pytest.raises(Invalid):
        fresh.add_agreement(db, pair.man, first, "Iets voor de eigenaar", owner.person_id)
    sign_both(db, pair, first)

    view = talks.meeting_view(db, pair.pro, pair.conversation_id)  # 2026-2
    assert [(a.title, a.carried_over, a.half_year) for a in view.carried_over] == [
        ("Cursus HACCP", True, "2026-1")]
    assert {(a.title, a.status) for a in view.previous_agreements} == {
        ("Cursus HACCP", ActionStatus.OPEN), ("Leergroep mogelijk maken", ActionStatus.DONE)}
    assert view.agreements == ()

    # Finished in this meeting, it no longer carries over; the old record stays locked.
    fresh.set_agreement_status(db, pair.pro, pair.conversation_id, open_one, ActionStatus.DONE)
    assert talks.meeting_view(db, pair.pro, pair.conversation_id).carried_over == ()
    with pytest.raises(Conflict):
        fresh.add_agreement(db, pair.pro, first, "Nog een", pair.pro.person_id)


# --- who reads what ------------------------------------------------------------------------


def test_the_owner_sees_status_but_not_content(db, owner, pair):
    cid = sign_both(db, pair)
    row = talks.conversation_status(db, owner, cid)
    assert (row.professional_name, row.manager_name, row.status) == (
        "Piet Jansen", "Mira de Vries", ConversationStatus.SIGNED)
    readers = [
        lambda: talks.preparation_of(db, owner, cid, PRO),
        lambda: talks.meeting_view(db, owner, cid),
        lambda: talks.signed_record(db, owner, cid),
        lambda: talks.meeting_view(db, Actor.machine_admin(), cid),
    ]
    for read in readers:
        with pytest.raises(Forbidden) as refused:
            read()
        assert refused.value.code == "conversation_content_private"
    # The owner may know that the person has conversations, never what is in them.
    assert talks.timeline(db, owner, pair.pro.person_id) == []


def test_a_colleague_sees_neither_status_nor_content(db, owner, talk, add_person):
    colleague = add_person("Collega", password=None)
    with pytest.raises(Forbidden):
        talks.conversation_status(db, colleague, talk.conversation_id)
    with pytest.raises(Forbidden):
        talks.preparation_of(db, colleague, talk.conversation_id, PRO)
    assert talks.list_conversations(db, colleague) == []


def test_a_later_manager_cannot_read_an_earlier_record_unless_allowed(
        db, owner, pair, add_person):
    earlier = prepare_both(db, pair)
    fresh.add_agreement(db, pair.pro, earlier, "Cursus HACCP", pair.pro.person_id)
    sign_both(db, pair, earlier)
    later_manager = add_person("Lotte Nieuw", roles={Role.MANAGER}, password=None)
    with db.transaction() as s:  # Piet moves to Lotte's team
        s.get(Person, pair.pro.person_id).manager_id = later_manager.person_id
    later = conversation_of(db, owner, pair.pro, 2027, 1)

    with pytest.raises(Forbidden):
        talks.meeting_view(db, later_manager, earlier)
    with pytest.raises(Forbidden):
        fresh.set_readable_by_later_managers(db, later_manager, earlier, True)
    meeting = talks.meeting_view(db, later_manager, later)
    assert meeting.previous_agreements == ()  # the earlier record stays closed,
    assert meeting.carried_over == ()  # its open agreements too (they are part of it)
    # The professional still sees what carries over from their own record.
    assert [a.title for a in talks.meeting_view(db, pair.pro, later).carried_over] == [
        "Cursus HACCP"]
    assert [e.conversation.id for e in talks.timeline(db, later_manager,
                                                      pair.pro.person_id)] == [later]

    fresh.set_readable_by_later_managers(db, pair.pro, earlier, True)
    assert [a.title for a in talks.meeting_view(db, later_manager, later)
            .previous_agreements] == ["Cursus HACCP"]
    view = talks.meeting_view(db, later_manager, earlier)
    assert view.manager_preparation.fields == {"saw_grow": "Je plant rustiger."}
    assert [e.conversation.id for e in talks.timeline(db, later_manager,
                                                      pair.pro.person_id)] == [earlier, later]
    # The earlier manager still reads the record they took part in.
    assert talks.meeting_view(db, pair.man, earlier).conversation.id == earlier


def test_every_read_by_someone_other_than_the_professional_is_in_the_audit_log(
        db, owner, talk):
    cid = prepare_both(db, talk)

    def reads() -> list[audit.AuditRow]:
        return [e for e in audit_actions(db, owner) if e.action == "conversation_read"]

    talks.meeting_view(db, talk.pro, cid)
    talks.preparation_of(db, talk.pro, cid, MAN)
    talks.timeline(db, talk.pro, talk.pro.person_id)
    assert reads() == []  # the professional reading their own

    talks.meeting_view(db, talk.man, cid)
    talks.preparation_of(db, talk.man, cid, PRO)
    talks.timeline(db, talk.man, talk.pro.person_id)
    logged = reads()
    assert len(logged) == 3
    assert {e.subject for e in logged} == {"Piet Jansen"}
    assert {e.actor for e in logged} == {"Mira de Vries"}
    assert {e.detail["part"] for e in logged} == {"meeting", "preparation_professional",
                                                  "timeline"}


def test_a_manager_archived_midway_is_replaced_and_the_professionals_preparation_survives(
        db, owner, pair, add_person):
    cid = pair.conversation_id
    fresh.save_preparation(db, pair.pro, cid, PRO, {"need_from_manager": "Een mentor",
                                                    "lessons_shared": "Twee lessen"})
    fresh.publish_preparation(db, pair.pro, cid, PRO)
    fresh.save_preparation(db, pair.man, cid, MAN, {"saw_grow": "Oud concept van Mira"})
    agreement = fresh.add_agreement(db, pair.pro, cid, "Mentor zoeken", pair.pro.person_id).value
    fresh.save_summary(db, pair.pro, cid, "Halverwege besproken")
    people.archive_person(db, owner, pair.man.person_id)

    row = talks.conversation_status(db, owner, cid)
    assert row.manager_left and row.manager_name == "Mira de Vries"

    new_manager = add_person("Nadia Nieuw", roles={Role.MANAGER})
    with pytest.raises(Forbidden):
        fresh.replace_manager(db, pair.pro, cid, new_manager.person_id)
    with pytest.raises(Invalid):
        fresh.replace_manager(db, owner, cid, pair.pro.person_id)
    fresh.replace_manager(db, owner, cid, new_manager.person_id)

    row = talks.conversation_status(db, owner, cid)
    assert (row.manager_name, row.manager_left) == ("Nadia Nieuw", False)
    assert talks.preparation_of(db, new_manager, cid, MAN) is None  # starts empty
    kept = talks.preparation_of(db, pair.pro, cid, PRO)
    assert kept.fields == {"need_from_manager": "Een mentor", "lessons_shared": "Twee lessen"}
    assert kept.published
    view = talks.meeting_view(db, new_manager, cid)
    assert view.professional_preparation.fields == kept.fields
    assert [a.id for a in view.agreements] == [agreement]
    assert view.summary == "Halverwege besproken"
    assert [e.kind for e in view.events] == ["manager_replaced"]

    fresh.save_preparation(db, new_manager, cid, MAN, {"saw_grow": "Sinds kort je leidinggevende"})
    fresh.publish_preparation(db, new_manager, cid, MAN)
    fresh.sign(db, pair.pro, cid, PRO, PASSWORD)
    fresh.sign(db, new_manager, cid, MAN, PASSWORD)
    assert talks.conversation_status(db, owner, cid).status is ConversationStatus.SIGNED


def test_the_timeline_holds_every_conversation_and_its_agreements(db, owner, pair):
    first = conversation_of(db, owner, pair.pro, 2026, 1)
    prepare_both(db, pair, first)
    fresh.add_agreement(db, pair.pro, first, "Cursus HACCP", pair.pro.person_id)
    sign_both(db, pair, first)
    fresh.add_agreement(db, pair.man, pair.conversation_id, "Tijd vrijmaken",
                        pair.man.person_id)

    entries = talks.timeline(db, pair.pro, pair.pro.person_id)
    assert [(e.conversation.half_year, [a.title for a in e.agreements]) for e in entries] == [
        ("2026-1", ["Cursus HACCP"]), ("2026-2", ["Tijd vrijmaken"])]
    assert entries[0].conversation.status is ConversationStatus.SIGNED


# --- calendar ------------------------------------------------------------------------------


def test_the_invite_parses_and_keeps_its_uid_on_a_reschedule_with_a_higher_sequence(
        db, owner, talk):
    cid = talk.conversation_id
    with pytest.raises(Conflict):
        talks.invite_ics(db, talk.pro, cid, "nl")
    fresh.schedule(db, talk.man, cid, datetime(2026, 12, 3, 10, 0), "Kantine")

    def event_of(data: bytes):
        calendar = Calendar.from_ical(data)
        assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
        [event] = calendar.walk("VEVENT")
        return event

    first = event_of(talks.invite_ics(db, talk.pro, cid, "nl"))
    start = first.decoded("DTSTART")
    assert (start.hour, start.minute, str(start.tzinfo)) == (10, 0, "Europe/Amsterdam")
    assert first.decoded("DTEND") - start == timedelta(minutes=60)
    assert first["LOCATION"] == "Kantine"
    assert "Piet Jansen" in str(first["SUMMARY"])
    attendees = first["ATTENDEE"]
    assert sorted(str(a) for a in attendees) == sorted(
        [f"mailto:{e}" for e in _emails(db, talk)])
    assert int(first["SEQUENCE"]) == 0

    fresh.schedule(db, talk.pro, cid, datetime(2026, 12, 4, 14, 30), "Kantine")
    moved = event_of(talks.invite_ics(db, talk.pro, cid, "en"))
    assert str(moved["UID"]) == str(first["UID"])
    assert int(moved["SEQUENCE"]) == 1
    assert moved.decoded("DTSTART").hour == 14

    with pytest.raises(Forbidden):
        talks.invite_ics(db, owner, cid, "nl")


def _emails(db, pair: Pair) -> list[str]:
    with db.read() as s:
        return [s.get(Person, i).email for i in (pair.pro.person_id, pair.man.person_id)]


# --- admin command -------------------------------------------------------------------------


def test_the_admin_command_lists_statuses_only(capsys, db, data_dir, owner, add_person):
    man = add_person("Mira", roles={Role.MANAGER}, password=None)
    add_person("Piet", manager_id=man.person_id, password=None)
    this_year, this_half = talks.half_year_of(date.today())
    talks.plan_half_year(db, owner, 2020, 1)  # long over: overdue
    talks.plan_half_year(db, owner, this_year, this_half)  # running: due
    talks.plan_half_year(db, owner, 2099, 2)  # not yet
    rows = {r.half_year: r.id for r in talks.list_conversations(db, owner)}
    fresh.save_summary(db, man, rows["2020-1"], "Vertrouwelijke inhoud")

    assert main(["--data-dir", str(data_dir), "conversations", "list"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        f"{rows['2020-1']}\tPiet\tMira\t2020-1\tplanned",
        f"{rows[f'{this_year}-{this_half}']}\tPiet\tMira\t{this_year}-{this_half}\tplanned",
        f"{rows['2099-2']}\tPiet\tMira\t2099-2\tplanned",
    ]
    assert "Vertrouwelijke" not in out

    assert main(["--data-dir", str(data_dir), "conversations", "list", "--due"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{rows['2020-1']}\tPiet\tMira\t2020-1\toverdue",
        f"{rows[f'{this_year}-{this_half}']}\tPiet\tMira\t{this_year}-{this_half}\tdue",
    ]
    listed = [e for e in audit.list_entries(db, owner) if e.action == "conversations_listed"]
    assert len(listed) == 2 and all(e.actor_is_admin for e in listed)
    assert json.dumps(listed[0].detail)  # plain data, no content


def test_a_temporary_password_cannot_sign(db, owner, add_person):
    man = add_person("Mira T", roles={Role.MANAGER})
    pro = add_person("Piet T", manager_id=man.person_id, temporary=True)
    p = Pair(pro, man, conversation_of(db, owner, pro))
    cid = prepare_both(db, p)
    with pytest.raises(Forbidden) as err:
        fresh.sign(db, pro, cid, PRO, PASSWORD)
    assert err.value.code == "sign_with_own_password"
