"""What is due for a person now: each kind at its moment, only for whom the policy allows."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from app.services import conversations as talks
from app.services import culture, cycles, due, groups, learning_requests
from app.services.due import ZONE, DueKind
from models import InterventionKind, Role
from tests import fresh
from tests.group_helpers import form_group


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=ZONE)


def kinds(items: list[due.DueItem]) -> list[str]:
    return [i.kind.value for i in items]


@pytest.fixture
def group(db, owner, add_person):
    """Three colleagues, a guide and a planned cycle in room "Kamer Noord" at 09:30."""
    anna, bram, cor = (add_person(n) for n in ("Anna", "Bram", "Cor"))
    gijs = add_person("Gijs", roles={Role.PROFESSIONAL, Role.GUIDE})
    group_id = form_group(db, anna, [anna, bram, cor], guide=gijs)
    cycles.add_room(db, owner, "Kamer Noord")
    room = cycles.list_rooms(db, owner)[0].id
    cycles.plan_cycle(db, anna, group_id, cycles.CyclePlan(date(2027, 3, 1), time(9, 30), room))
    first = cycles.cycles_of_group(db, anna, group_id)[0].sessions[0]
    return {"anna": anna, "bram": bram, "cor": cor, "gijs": gijs, "id": group_id,
            "first": first}


def test_a_session_is_due_the_day_before_and_within_the_hour_for_members_and_guide(
        db, group, add_person):
    first = group["first"]
    eve = at(first.day - timedelta(days=1), 8)
    for who in ("anna", "bram", "cor", "gijs"):
        items = due.due_for(db, group[who], eve)
        assert kinds(items) == ["session_tomorrow"]
        assert items[0].item_id == first.id and items[0].due_on == first.day
        assert items[0].place == "Kamer Noord"
        assert items[0].at == at(first.day, 9, 30)
    # Not for a colleague outside the group.
    assert due.due_for(db, add_person("Buiten"), eve) == []
    # On the day (and the next session is tomorrow): "within the hour" from 08:30 until
    # it starts.
    def soon(hour: int, minute: int) -> list[int]:
        return [i.item_id for i in due.due_for(db, group["bram"], at(first.day, hour, minute))
                if i.kind is DueKind.SESSION_SOON]

    assert soon(8, 0) == [] and soon(8, 45) == [first.id] and soon(9, 31) == []
    assert kinds(due.due_for(db, group["bram"], at(first.day, 8, 0))) == ["session_tomorrow"]


def test_a_cancelled_cycle_is_no_longer_due(db, group):
    cycle = cycles.cycles_of_group(db, group["anna"], group["id"])[0]
    cycles.cancel_cycle(db, group["anna"], cycle.id)
    assert due.due_for(db, group["anna"], at(group["first"].day - timedelta(days=1), 8)) == []


def test_a_conversation_is_to_prepare_two_weeks_and_three_days_before_until_published(
        db, owner, add_person):
    man = add_person("Manon", roles={Role.MANAGER})
    pro = add_person("Piet", manager_id=man.person_id)
    talks.plan_half_year(db, owner, 2027, 1)
    cid = next(r.id for r in talks.list_conversations(db, owner)
               if r.professional_id == pro.person_id)
    fresh.schedule(db, man, cid, datetime(2027, 3, 18, 10, 0), "Kantine")
    meeting = date(2027, 3, 18)
    assert due.due_for(db, pro, at(meeting - timedelta(days=15), 9)) == []
    two = due.due_for(db, pro, at(meeting - timedelta(days=14), 9))
    assert kinds(two) == ["prepare_two_weeks"]
    assert (two[0].item_id, two[0].due_on, two[0].place) == (cid, meeting, "Kantine")
    assert kinds(due.due_for(db, man, at(meeting - timedelta(days=3), 9))) == [
        "prepare_three_days"]
    # The professional publishes: due for the manager only.
    fresh.save_preparation(db, pro, cid, "professional", {"development_question_progress": "Goed."},
                           publish=True)
    assert due.due_for(db, pro, at(meeting - timedelta(days=3), 9)) == []
    assert kinds(due.due_for(db, man, at(meeting - timedelta(days=3), 9))) == [
        "prepare_three_days"]
    assert due.due_for(db, man, at(meeting + timedelta(days=1), 9)) == []


def test_without_a_meeting_the_end_of_the_window_counts(db, owner, add_person):
    man = add_person("Manon", roles={Role.MANAGER})
    pro = add_person("Piet", manager_id=man.person_id)
    talks.plan_half_year(db, owner, 2027, 1)  # window ends 30 June 2027
    items = due.due_for(db, pro, at(date(2027, 6, 20), 9))
    assert kinds(items) == ["prepare_two_weeks"]
    assert items[0].due_on == date(2027, 6, 30) and items[0].place == ""


def test_agreements_and_actions_past_their_date_are_due_for_their_owner_only(
        db, owner, add_person, group):
    man = add_person("Manon", roles={Role.MANAGER})
    pro = add_person("Piet", manager_id=man.person_id)
    talks.plan_half_year(db, owner, 2027, 1)
    cid = next(r.id for r in talks.list_conversations(db, owner)
               if r.professional_id == pro.person_id)
    fresh.add_agreement(db, man, cid, "Cursus kiezen", pro.person_id, date(2027, 2, 1))
    from app.services import sessions

    sessions.add_action(db, group["anna"], group["first"].id, "Offerte opvragen",
                        group["bram"].person_id, date(2027, 2, 2))
    later = at(date(2027, 2, 3), 9)
    assert [(i.kind.value, i.due_on) for i in due.due_for(db, pro, later)] == [
        ("agreement_overdue", date(2027, 2, 1))]
    assert ("action_overdue", date(2027, 2, 2)) in [
        (i.kind.value, i.due_on) for i in due.due_for(db, group["bram"], later)]
    assert due.due_for(db, man, later) == []  # the agreement is Piet's, not the manager's
    assert due.due_for(db, pro, at(date(2027, 2, 1), 9)) == []  # on the day: not yet past


def test_a_request_waits_for_its_deciders_decision_and_an_invitation_for_its_answer(
        db, owner, add_person):
    man = add_person("Manon", roles={Role.MANAGER})
    pro = add_person("Piet", manager_id=man.person_id)
    other = add_person("Ria")
    learning_requests.ask(db, pro, learning_requests.RequestInput(
        kind=InterventionKind.COURSE, title="Excel", cost_cents=10_000, minutes=120))
    now = datetime.now(ZONE)
    assert kinds(due.due_for(db, man, now)) == ["decision_waiting"]
    assert due.due_for(db, pro, now) == []  # nobody decides on their own request
    assert "decision_waiting" not in kinds(due.due_for(db, other, now))
    groups.start_group(db, pro, groups.GroupInput(name="Samen", purpose="",
                                                  member_ids=[other.person_id]))
    items = due.due_for(db, other, now)
    assert kinds(items) == ["group_invitation"] and items[0].due_on == now.date()
    invitation = groups.my_invitations(db, other)[0]
    groups.accept_invitation(db, other, invitation.id)
    assert due.due_for(db, other, now) == []


def test_an_open_culture_round_is_due_until_answered_and_no_record_names_who(
        db, owner, add_person):
    pro = add_person("Piet")
    closes = date.today() + timedelta(days=10)
    culture.open_round(db, owner, closes)
    items = due.due_for(db, pro, datetime.now(ZONE))
    assert kinds(items) == ["culture_round"] and items[0].due_on == closes
    from app.culture_content import statement_keys
    from app.services import culture_answers

    culture_answers.answer(db, pro, items[0].item_id, dict.fromkeys(statement_keys(), 4))
    assert due.due_for(db, pro, datetime.now(ZONE)) == []
