"""Consent to be in a group: an invitation first; content only after accepting; leaving."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, time, timedelta

import pytest

from app.services import cycles, groups, people, sessions, situations
from app.services.situations import SituationInput
from models import NoteKind, Role, SituationStatus
from models.errors import Conflict, Forbidden, Invalid, NotFound
from tests import fresh
from tests.group_helpers import form_group

SECRET_NOTE = "Bert zijn ploegleider kijkt nooit naar de planning"
SECRET_TITLE = "Ruzie over de roosters"


@pytest.fixture
def crew(db, owner, add_person):
    anna = add_person("Anna")
    bert = add_person("Bert")
    cem = add_person("Cem")
    dirk = add_person("Dirk")
    gerda = add_person("Gerda", roles={Role.PROFESSIONAL, Role.GUIDE})
    return anna, bert, cem, dirk, gerda


def quiet_monday() -> date:
    monday = date.today() + timedelta(days=14 - date.today().weekday())
    from app.planning import WorkCalendar

    calendar = WorkCalendar()
    while not all(calendar.is_working_day(monday + timedelta(days=n)) for n in range(4)):
        monday += timedelta(days=7)
    return monday


def test_starting_a_group_invites_the_others_and_only_the_starter_is_in_it(db, crew):
    anna, bert, cem, _dirk, gerda = crew
    group_id, warning = groups.start_group(db, anna, groups.GroupInput(
        "Roosters", "Een rooster dat klopt",
        member_ids=[anna.person_id, bert.person_id, cem.person_id],
        guide_id=gerda.person_id)).value
    assert warning is None  # three chosen: the advice counts the invited colleagues
    row = groups.get_group(db, anna, group_id)
    assert row.members == ((anna.person_id, "Anna"),)
    assert [name for _id, name in row.invited] == ["Bert", "Cem"]
    assert row.guide_id is None and row.guide_invited == (gerda.person_id, "Gerda")

    [invitation] = groups.my_invitations(db, bert)
    assert (invitation.group_name, invitation.purpose, invitation.guide_name,
            invitation.invited_by_name) == ("Roosters", "Een rooster dat klopt", "Gerda", "Anna")
    assert groups.my_groups(db, bert) == []


def test_an_invited_colleague_sees_only_the_invitation_until_they_accept(db, crew):
    """The attack: Bert is invited but has not answered, and tries every way in."""
    anna, bert, cem, _dirk, gerda = crew
    group_id = form_group(db, anna, [anna, cem], "Roosters", "Een rooster dat klopt")
    sid = situations.register_situation(db, anna, SituationInput(SECRET_TITLE)).value
    groups.attach_situation(db, anna, group_id, sid)
    situations.add_note(db, cem, sid, NoteKind.QUESTION, SECRET_NOTE)
    cycle_id = cycles.plan_cycle(db, anna, group_id,
                                 cycles.CyclePlan(quiet_monday(), time(9), None)).value
    session_id = cycles.cycles_of_group(db, anna, group_id)[0].sessions[0].id
    row = groups.get_group(db, anna, group_id)
    groups.update_group(db, anna, group_id, groups.GroupInput(
        "Roosters", "Een rooster dat klopt",
        member_ids=[anna.person_id, cem.person_id, bert.person_id]),
        expected_version=row.version_id)

    for attempt in (
        lambda: groups.get_group(db, bert, group_id),
        lambda: cycles.cycles_of_group(db, bert, group_id),
        lambda: cycles.calendar_for_group(db, bert, group_id, "nl"),
        lambda: situations.situations_for_group(db, bert, group_id),
        lambda: situations.get_situation(db, bert, sid),
        lambda: situations.add_note(db, bert, sid, NoteKind.QUESTION, "mag ik?"),
        lambda: sessions.get_session(db, bert, session_id, "nl"),
        lambda: cycles.cancel_cycle(db, bert, cycle_id),
        lambda: groups.update_group(db, bert, group_id, groups.GroupInput(
            "Overgenomen", member_ids=[bert.person_id]),
            expected_version=groups.get_group(db, anna, group_id).version_id),
        lambda: groups.attach_situation(db, bert, group_id, sid),
    ):
        with pytest.raises(Forbidden):
            attempt()
    assert groups.my_groups(db, bert) == []
    assert situations.list_situations(db, bert) == []
    assert cycles.upcoming_sessions(db, bert, days=60) == []
    assert b"Roosters" not in cycles.calendar_for_person(db, bert, bert.person_id, "nl")
    # The invitation itself says what to decide on, and nothing of the group's work.
    [invitation] = groups.my_invitations(db, bert)
    shown = repr(invitation)
    assert "Roosters" in shown and "Anna" in shown
    for secret in (SECRET_TITLE, SECRET_NOTE, "Cem", "09:00"):
        assert secret not in shown
    assert {f.name for f in fields(invitation)} == {
        "id", "group_id", "group_name", "purpose", "role", "guide_name", "invited_by_name",
        "invited_at"}

    groups.accept_invitation(db, bert, invitation.id)
    assert groups.get_group(db, bert, group_id).name == "Roosters"
    assert [n.text for n in situations.get_situation(db, bert, sid).notes] == [SECRET_NOTE]
    assert sessions.get_session(db, bert, session_id, "nl").group_name == "Roosters"
    assert groups.my_invitations(db, bert) == []


def test_a_colleague_cannot_answer_someone_elses_invitation(db, crew):
    anna, bert, cem, dirk, _gerda = crew
    group_id = groups.start_group(db, anna, groups.GroupInput(
        "G", member_ids=[anna.person_id, bert.person_id])).value[0]
    [invitation] = groups.my_invitations(db, bert)
    for intruder in (cem, dirk, anna):
        for answer in (groups.accept_invitation, groups.decline_invitation):
            with pytest.raises(NotFound):
                answer(db, intruder, invitation.id)
    assert [pid for pid, _n in groups.get_group(db, anna, group_id).members] == [
        anna.person_id]
    assert groups.my_invitations(db, bert)[0].id == invitation.id


def test_declining_keeps_me_out_and_the_group_sees_the_answer(db, crew):
    anna, bert, cem, *_ = crew
    group_id = groups.start_group(db, anna, groups.GroupInput(
        "G", member_ids=[anna.person_id, bert.person_id, cem.person_id])).value[0]
    [invitation] = groups.my_invitations(db, bert)
    groups.decline_invitation(db, bert, invitation.id)
    with pytest.raises(Conflict):
        groups.accept_invitation(db, bert, invitation.id)
    with pytest.raises(Forbidden):
        groups.get_group(db, bert, group_id)
    row = groups.get_group(db, anna, group_id)
    assert row.declined == ((bert.person_id, "Bert"),)
    assert [name for _id, name in row.invited] == ["Cem"]
    # An edit that leaves Bert out keeps his answer; asking him again opens it anew.
    groups.update_group(db, anna, group_id, groups.GroupInput(
        "G2", member_ids=[anna.person_id, cem.person_id]), expected_version=row.version_id)
    assert groups.get_group(db, anna, group_id).declined == ((bert.person_id, "Bert"),)
    fresh.update_group(db, anna, group_id, groups.GroupInput(
        "G2", member_ids=[anna.person_id, cem.person_id, bert.person_id]))
    again = groups.get_group(db, anna, group_id)
    assert again.declined == () and (bert.person_id, "Bert") in again.invited
    assert groups.my_invitations(db, bert)[0].group_name == "G2"


def test_an_invitation_withdrawn_before_the_answer_cannot_be_accepted(db, crew):
    """Bert's card was loaded before Anna took him off the list: his accept changes nothing."""
    anna, bert, cem, *_ = crew
    group_id = groups.start_group(db, anna, groups.GroupInput(
        "G", member_ids=[anna.person_id, bert.person_id, cem.person_id])).value[0]
    [stale_card] = groups.my_invitations(db, bert)
    fresh.update_group(db, anna, group_id, groups.GroupInput(
        "G", member_ids=[anna.person_id, cem.person_id]))
    with pytest.raises(NotFound) as refused:
        groups.accept_invitation(db, bert, stale_card.id)
    assert refused.value.code == "invitation_not_found"
    with pytest.raises(Forbidden):
        groups.get_group(db, bert, group_id)
    assert (bert.person_id, "Bert") not in groups.get_group(db, anna, group_id).invited


def test_an_invitation_to_an_archived_colleague_is_refused_and_nothing_changes(
        db, owner, crew):
    anna, bert, cem, dirk, _gerda = crew
    group_id = form_group(db, anna, [anna, cem], "G")
    before = groups.get_group(db, anna, group_id)
    people.archive_person(db, owner, dirk.person_id)
    with pytest.raises(Invalid) as refused:
        groups.update_group(db, anna, group_id, groups.GroupInput(
            "G nieuw", member_ids=[anna.person_id, cem.person_id, bert.person_id,
                                   dirk.person_id]), expected_version=before.version_id)
    assert refused.value.code == "group_member_archived"
    assert refused.value.params["name"] == "Dirk"
    assert groups.get_group(db, anna, group_id) == before
    assert groups.my_invitations(db, bert) == []
    with pytest.raises(Invalid):
        groups.start_group(db, anna, groups.GroupInput(
            "Nieuw", member_ids=[anna.person_id, dirk.person_id]))
    assert [g.id for g in groups.my_groups(db, anna)] == [group_id]


def test_the_starter_may_leave_themselves_out_and_leave_later(db, crew):
    anna, bert, cem, dirk, _gerda = crew
    # Dirk starts a group for Bert and Cem without joining it himself.
    group_id = groups.start_group(db, dirk, groups.GroupInput(
        "Zonder mij", member_ids=[bert.person_id, cem.person_id])).value[0]
    with pytest.raises(Forbidden):
        groups.get_group(db, dirk, group_id)
    assert groups.my_invitations(db, bert)[0].invited_by_name == "Dirk"
    groups.accept_invitation(db, bert, groups.my_invitations(db, bert)[0].id)
    assert groups.get_group(db, bert, group_id).members == ((bert.person_id, "Bert"),)

    # Anna starts one with herself in it, and leaves it later like anyone else.
    own = form_group(db, anna, [anna, bert, cem], "Met mij")
    groups.leave_group(db, anna, own)
    assert own not in {g.id for g in groups.my_groups(db, anna)}
    assert [n for _i, n in groups.get_group(db, bert, own).members] == ["Bert", "Cem"]
    with pytest.raises(Invalid):
        groups.start_group(db, anna, groups.GroupInput("Leeg", member_ids=[]))


def test_a_group_nobody_is_in_or_asked_for_any_more_is_archived(db, crew):
    anna, bert, *_ = crew
    group_id = groups.start_group(db, anna, groups.GroupInput(
        "Kort", member_ids=[anna.person_id, bert.person_id])).value[0]
    groups.leave_group(db, anna, group_id)
    assert groups.my_invitations(db, bert)[0].group_id == group_id  # Bert is still asked
    groups.decline_invitation(db, bert, groups.my_invitations(db, bert)[0].id)
    assert group_id not in {g.id for g in groups.all_groups(db, groups.Actor.machine_admin())}


def test_a_guide_sees_the_group_only_after_accepting(db, crew):
    anna, bert, _cem, _dirk, gerda = crew
    group_id = form_group(db, anna, [anna, bert], "G")
    row = groups.get_group(db, anna, group_id)
    groups.update_group(db, anna, group_id, groups.GroupInput(
        "G", member_ids=[anna.person_id, bert.person_id], guide_id=gerda.person_id),
        expected_version=row.version_id)
    with pytest.raises(Forbidden):
        groups.get_group(db, gerda, group_id)
    [invitation] = groups.my_invitations(db, gerda)
    assert invitation.role.value == "guide"
    groups.accept_invitation(db, gerda, invitation.id)
    row = groups.get_group(db, gerda, group_id)
    assert (row.guide_id, row.guide_invited) == (gerda.person_id, None)
    assert gerda.person_id not in {pid for pid, _n in row.members}


def test_only_the_owner_finishes_a_situation_a_member_asks_them(db, crew):
    anna, bert, cem, *_ = crew
    group_id = form_group(db, anna, [anna, bert, cem], "G")
    sid = situations.register_situation(db, anna, SituationInput("Deeg te laat")).value
    groups.attach_situation(db, anna, group_id, sid)
    with pytest.raises(Forbidden) as refused:
        situations.finish_situation(db, bert, sid, SituationStatus.CLOSED, "Klaar",
                                    expected_version=situations.get_situation(
                                        db, anna, sid).version_id)
    assert refused.value.code == "situation_finish_owner_only"
    assert situations.get_situation(db, anna, sid).row.status is SituationStatus.REGISTERED

    situations.ask_to_finish(db, bert, sid, SituationStatus.CLOSED, "Het deeg is nu op tijd")
    with pytest.raises(Invalid):
        situations.ask_to_finish(db, anna, sid, SituationStatus.CLOSED)
    with pytest.raises(Conflict):  # improved comes after an experiment
        situations.ask_to_finish(db, cem, sid, SituationStatus.IMPROVED)
    [request] = situations.requests_to_finish(db, anna)
    assert (request.requested_by_name, request.result, request.note) == (
        "Bert", SituationStatus.CLOSED, "Het deeg is nu op tijd")
    assert situations.get_situation(db, cem, sid).close_request == request
    assert situations.requests_to_finish(db, bert) == []
    with pytest.raises(Forbidden):
        situations.decline_finish_request(db, cem, sid)

    situations.decline_finish_request(db, anna, sid)
    assert situations.requests_to_finish(db, anna) == []
    situations.ask_to_finish(db, cem, sid, SituationStatus.CLOSED, "Toch maar")
    fresh.finish_situation(db, anna, sid, SituationStatus.CLOSED, "Opgelost")
    assert situations.requests_to_finish(db, anna) == []
    assert situations.get_situation(db, bert, sid).row.status is SituationStatus.CLOSED


def test_erasing_a_person_removes_their_invitations_and_requests_but_not_the_group(
        db, owner, crew):
    from sqlalchemy import select

    from app.services import privacy
    from models import GroupInvitation, SituationCloseRequest

    anna, bert, cem, dirk, _gerda = crew
    group_id = form_group(db, anna, [anna, bert, cem], "G")
    fresh.update_group(db, bert, group_id, groups.GroupInput(
        "G", member_ids=[anna.person_id, bert.person_id, cem.person_id, dirk.person_id]))
    sid = situations.register_situation(db, anna, SituationInput("Deeg")).value
    groups.attach_situation(db, anna, group_id, sid)
    situations.ask_to_finish(db, bert, sid, SituationStatus.CLOSED, "Bert zijn eigen woorden")
    export = privacy.export_person(db, bert, bert.person_id, "nl")
    assert b"Bert zijn eigen woorden" in _unzipped(export)

    people.archive_person(db, owner, bert.person_id)
    privacy.erase_person(db, owner, bert.person_id)
    with db.read() as s:
        assert s.scalars(select(SituationCloseRequest)).all() == []
        [invitation] = s.scalars(select(GroupInvitation)).all()
        assert (invitation.person_id, invitation.invited_by) == (dirk.person_id, None)
    assert groups.my_invitations(db, dirk)[0].invited_by_name == ""
    assert [n for _i, n in groups.get_group(db, anna, group_id).members] == ["Anna", "Cem"]


def _unzipped(data: bytes) -> bytes:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return b"".join(zf.read(name) for name in zf.namelist())


def test_an_editor_who_loaded_the_group_before_an_answer_cannot_undo_it(db, crew):
    """Two people at once: Anna's edit form still shows Bert as invited when he accepts;
    her save (which leaves him out) is refused instead of quietly removing him."""
    anna, bert, cem, *_ = crew
    group_id = groups.start_group(db, anna, groups.GroupInput(
        "G", member_ids=[anna.person_id, bert.person_id, cem.person_id])).value[0]
    loaded = groups.get_group(db, anna, group_id)
    groups.accept_invitation(db, bert, groups.my_invitations(db, bert)[0].id)
    with pytest.raises(Conflict) as refused:
        groups.update_group(db, anna, group_id, groups.GroupInput(
            "G", member_ids=[anna.person_id, cem.person_id]),
            expected_version=loaded.version_id)
    assert refused.value.code == "edited_elsewhere"
    assert (bert.person_id, "Bert") in groups.get_group(db, anna, group_id).members


def test_a_colleague_archived_after_being_asked_no_longer_blocks_the_group(db, owner, crew):
    anna, bert, cem, *_ = crew
    group_id = groups.start_group(db, anna, groups.GroupInput(
        "G", member_ids=[anna.person_id, bert.person_id, cem.person_id])).value[0]
    people.archive_person(db, owner, bert.person_id)
    row = groups.get_group(db, anna, group_id)
    assert [name for _id, name in row.invited] == ["Cem"]
    # The edit form no longer holds Bert; saving it withdraws his invitation.
    groups.update_group(db, anna, group_id, groups.GroupInput(
        "G2", member_ids=[anna.person_id, cem.person_id]), expected_version=row.version_id)
    assert groups.get_group(db, anna, group_id).name == "G2"
