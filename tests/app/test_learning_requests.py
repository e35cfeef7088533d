"""Requests for a learning intervention: asking, the manager's decision, and evaluation."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.access import Actor
from app.services import budget, hours, situations
from app.services import learning_requests as lr
from app.services.learning_requests import RequestInput
from models import InterventionKind, LearningHours, RequestStatus, Role
from models.errors import Conflict, Forbidden, Invalid

ADMIN = Actor.machine_admin()
THIS_YEAR = date.today().year


@pytest.fixture
def team(db, owner, add_person):
    """A manager with two professionals; nobody needs to log in."""
    mara = add_person("Mara Manager", roles={Role.MANAGER, Role.PROFESSIONAL},
                      manager_id=owner.person_id, password=None)
    anna = add_person("Anna", manager_id=mara.person_id, password=None)
    bert = add_person("Bert", manager_id=mara.person_id, password=None)
    return mara, anna, bert


def course(**changes: object) -> RequestInput:
    data = RequestInput(kind=InterventionKind.COURSE, title="Cursus hygiënecode",
                        provider="Bakkersvakschool", link="https://bakkersvakschool.nl/hygiene",
                        cost_cents=45_000, minutes=480, start_date=date(THIS_YEAR, 3, 2),
                        end_date=date(THIS_YEAR, 3, 3), reason="Nieuwe HACCP-regels")
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def ask(db, actor, **changes: object) -> lr.RequestRow:
    request_id = lr.ask(db, actor, course(**changes)).value
    return lr.get_request(db, actor, request_id)


def test_asking_and_approving(db, team):
    mara, anna, _bert = team
    asked = ask(db, anna)
    assert asked.status is RequestStatus.REQUESTED
    assert asked.person_name == "Anna" and asked.manager_name == "Mara Manager"
    assert asked.budget_year == THIS_YEAR and asked.cost_cents == 45_000

    waiting = lr.requests_to_decide(db, mara)
    assert [r.id for r in waiting] == [asked.id]
    lr.approve(db, mara, asked.id, reason="Goed plan", expected_version=asked.version_id)

    mine = lr.my_requests(db, anna)
    assert [r.status for r in mine] == [RequestStatus.APPROVED]
    assert mine[0].decided_by_name == "Mara Manager" and mine[0].decision_reason == "Goed plan"
    assert lr.requests_to_decide(db, mara) == []


def test_the_budget_year_is_the_start_dates_year_or_this_year(db, team):
    _mara, anna, _bert = team
    assert ask(db, anna, start_date=date(2031, 1, 5), end_date=None).budget_year == 2031
    assert ask(db, anna, start_date=None, end_date=None).budget_year == THIS_YEAR


def test_a_manager_cannot_approve_their_own_request(db, owner, team):
    mara, _anna, _bert = team
    own = ask(db, mara)
    with pytest.raises(Forbidden) as err:
        lr.approve(db, mara, own.id, expected_version=own.version_id)
    assert err.value.code == "own_request"
    # Not even an owner decides on their own request.
    owners = ask(db, owner)
    with pytest.raises(Forbidden) as err:
        lr.decline(db, owner, owners.id, "Nee", expected_version=owners.version_id)
    assert err.value.code == "own_request"
    # Mara's own manager (here the owner) does decide.
    lr.approve(db, owner, own.id, expected_version=own.version_id)
    assert lr.get_request(db, mara, own.id).status is RequestStatus.APPROVED


def test_only_the_direct_manager_decides(db, owner, team, add_person):
    _mara, anna, bert = team
    other_manager = add_person("Otto", roles={Role.MANAGER}, password=None)
    asked = ask(db, anna)
    # The machine's administrator acts for no person: no way around the manager's role.
    for someone in (other_manager, owner, bert, ADMIN):
        with pytest.raises(Forbidden) as err:
            lr.approve(db, someone, asked.id, expected_version=asked.version_id)
        assert err.value.code == "not_direct_manager"
    lr.decline(db, _mara, asked.id, "Dubbel aangevraagd", expected_version=asked.version_id)
    assert lr.get_request(db, anna, asked.id).status is RequestStatus.DECLINED


def test_declining_needs_a_reason(db, team):
    mara, anna, _bert = team
    asked = ask(db, anna)
    with pytest.raises(Invalid) as err:
        lr.decline(db, mara, asked.id, "   ", expected_version=asked.version_id)
    assert err.value.code == "decline_reason_required"
    assert err.value.field == "decision_reason"
    unchanged = lr.get_request(db, anna, asked.id)
    assert unchanged.status is RequestStatus.REQUESTED
    assert unchanged.version_id == asked.version_id

    lr.decline(db, mara, asked.id, "Past nu niet in de planning",
               expected_version=asked.version_id)
    declined = lr.get_request(db, anna, asked.id)
    assert declined.status is RequestStatus.DECLINED
    assert declined.decision_reason == "Past nu niet in de planning"


def test_the_over_budget_warning_and_approval_with_a_reason(db, owner, team):
    mara, anna, bert = team
    budget.set_year_budget(db, owner, THIS_YEAR, 100_000)
    first = ask(db, bert, cost_cents=60_000)
    lr.approve(db, mara, first.id, expected_version=first.version_id)

    asked = ask(db, anna, cost_cents=45_000)
    with pytest.raises(Conflict) as err:
        lr.approve(db, mara, asked.id, expected_version=asked.version_id)
    assert err.value.code == "over_budget"
    assert err.value.params == {"remaining": 40_000, "cost": 45_000}
    assert lr.get_request(db, anna, asked.id).status is RequestStatus.REQUESTED

    from app.messages import describe

    assert "€ 400,00" in describe(err.value, "nl") and "€ 450,00" in describe(err.value, "nl")

    lr.approve(db, mara, asked.id, over_budget_reason="Verplicht door de nieuwe wet",
               expected_version=asked.version_id)
    approved = lr.get_request(db, anna, asked.id)
    assert approved.status is RequestStatus.APPROVED
    assert approved.over_budget_reason == "Verplicht door de nieuwe wet"
    assert budget.my_budget(db, anna).remaining_cents == -5_000


def test_an_individual_budget_is_what_counts_for_its_owner(db, owner, team):
    mara, anna, _bert = team
    budget.set_person_budget(db, owner, anna.person_id, THIS_YEAR, 40_000)
    asked = ask(db, anna, cost_cents=45_000)
    with pytest.raises(Conflict) as err:
        lr.approve(db, mara, asked.id, expected_version=asked.version_id)
    assert err.value.params == {"remaining": 40_000, "cost": 45_000}
    budget.set_person_budget(db, owner, anna.person_id, THIS_YEAR, None)
    # Without her own budget the organisation's (€ 25.000) applies again.
    lr.approve(db, mara, asked.id, expected_version=asked.version_id)


def test_completion_logs_hours_in_and_outside_working_time(db, team):
    mara, anna, _bert = team
    day = date.today()
    training = ask(db, anna, minutes=240, start_date=day, end_date=day)
    evening = ask(db, anna, kind="elearning", title="Avondcursus", minutes=90,
                  in_working_time=False, start_date=None, end_date=None)
    for r in (training, evening):
        lr.approve(db, mara, r.id, expected_version=r.version_id)
    planned = lr.get_request(db, anna, training.id)
    lr.plan(db, anna, training.id, expected_version=planned.version_id)

    planned = lr.get_request(db, anna, training.id)
    lr.complete(db, anna, training.id, actual_cost_cents=42_500, learned="Allergenen",
                applied_situation_id=None, applied_note="In de werkinstructie",
                minutes=240, in_working_time=True, expected_version=planned.version_id)
    approved = lr.get_request(db, anna, evening.id)
    lr.complete(db, anna, evening.id, learned="Excel-draaitabellen",
                expected_version=approved.version_id)

    summary = hours.hours_of(db, anna, anna.person_id)
    assert summary.minutes_in_working_time == 240
    assert summary.minutes_outside == 90
    with db.read() as s:
        logged = s.scalars(select(LearningHours).where(
            LearningHours.source == "intervention").order_by(LearningHours.source_id)).all()
        assert [(h.source_id, h.minutes, h.in_working_time, h.day) for h in logged] == [
            (training.id, 240, True, day), (evening.id, 90, False, date.today())]
    done = lr.get_request(db, anna, training.id)
    assert done.status is RequestStatus.COMPLETED and done.learned == "Allergenen"
    assert done.actual_cost_cents == 42_500 and done.spent_cents == 42_500


def test_completion_records_where_the_learning_is_applied(db, team):
    mara, anna, bert = team
    situation_id = situations.register_situation(
        db, anna, situations.SituationInput("Broodoven valt uit")).value
    asked = ask(db, anna, minutes=0)
    lr.approve(db, mara, asked.id, expected_version=asked.version_id)
    approved = lr.get_request(db, anna, asked.id)
    with pytest.raises(Forbidden) as err:
        lr.complete(db, bert, asked.id, learned="x", expected_version=approved.version_id)
    assert err.value.code == "not_asker"
    with pytest.raises(Invalid) as err:
        lr.complete(db, anna, asked.id, learned="  ", expected_version=approved.version_id)
    assert err.value.field == "learned"
    lr.complete(db, anna, asked.id, learned="Storingen lezen", applied_situation_id=situation_id,
                applied_note="Bij de ochtendstart", expected_version=approved.version_id)
    done = lr.get_request(db, mara, asked.id)
    assert done.applied_situation_title == "Broodoven valt uit"
    assert done.applied_note == "Bij de ochtendstart"
    with db.read() as s:  # no minutes, no hours
        assert s.scalars(select(LearningHours)).all() == []


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"cost_cents": -1}, "amount_negative", "cost"),
        ({"cost_cents": 10_000_001}, "cost_absurd", "cost"),
        ({"cost_cents": 12.5}, "amount_invalid", "cost"),
        ({"end_date": date(THIS_YEAR, 3, 1)}, "end_before_start", "end_date"),
        ({"kind": "pottenbakken"}, "kind_unknown", "kind"),
        ({"title": "  "}, "required", "title"),
        ({"title": "x" * 201}, "text_too_long", "title"),
        ({"link": "bakkersvakschool.nl"}, "link_invalid", "link"),
        ({"link": "javascript:alert(1)"}, "link_invalid", "link"),
        ({"minutes": -1}, "minutes_out_of_range", "minutes"),
        ({"minutes": 10_001}, "minutes_out_of_range", "minutes"),
        ({"development_question_id": 999}, "question_not_found", "development_question"),
        ({"situation_id": 999}, "situation_not_found", "situation"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message_and_nothing_is_saved(
        db, team, changes, code, field):
    _mara, anna, _bert = team
    with pytest.raises(Invalid) as err:
        lr.ask(db, anna, course(**changes))
    assert (err.value.code, err.value.field) == (code, field)
    assert lr.my_requests(db, anna) == []


def test_the_edges_of_the_input_are_accepted(db, team):
    _mara, anna, _bert = team
    row = ask(db, anna, cost_cents=10_000_000, minutes=10_000, link="",
              end_date=date(THIS_YEAR, 3, 2))
    assert row.cost_cents == 10_000_000 and row.minutes == 10_000 and row.link == ""


def test_status_moves_only_along_the_allowed_steps(db, team):
    mara, anna, _bert = team
    asked = ask(db, anna)
    with pytest.raises(Conflict) as err:
        lr.plan(db, anna, asked.id, expected_version=asked.version_id)
    assert (err.value.code, err.value.params) == ("request_wrong_status",
                                                   {"status": "requested"})
    with pytest.raises(Conflict):
        lr.complete(db, anna, asked.id, learned="x", expected_version=asked.version_id)
    lr.cancel(db, anna, asked.id, expected_version=asked.version_id)
    cancelled = lr.get_request(db, anna, asked.id)
    for attempt in (
        lambda v: lr.approve(db, mara, asked.id, expected_version=v),
        lambda v: lr.decline(db, mara, asked.id, "nee", expected_version=v),
        lambda v: lr.cancel(db, mara, asked.id, expected_version=v),
        lambda v: lr.plan(db, anna, asked.id, expected_version=v),
    ):
        with pytest.raises(Conflict) as err:
            attempt(cancelled.version_id)
        assert err.value.params == {"status": "cancelled"}


def test_planning_sets_the_final_dates_and_the_manager_may_cancel(db, team):
    mara, anna, _bert = team
    asked = ask(db, anna)
    lr.approve(db, mara, asked.id, expected_version=asked.version_id)
    approved = lr.get_request(db, anna, asked.id)
    with pytest.raises(Invalid) as err:
        lr.plan(db, anna, asked.id, start_date=date(THIS_YEAR, 5, 2),
                end_date=date(THIS_YEAR, 5, 1), expected_version=approved.version_id)
    assert err.value.code == "end_before_start"
    lr.plan(db, anna, asked.id, start_date=date(THIS_YEAR, 5, 1),
            end_date=date(THIS_YEAR, 5, 2), expected_version=approved.version_id)
    planned = lr.get_request(db, anna, asked.id)
    assert planned.status is RequestStatus.PLANNED
    assert (planned.start_date, planned.end_date) == (date(THIS_YEAR, 5, 1),
                                                      date(THIS_YEAR, 5, 2))
    lr.cancel(db, mara, asked.id, expected_version=planned.version_id)
    assert lr.get_request(db, anna, asked.id).status is RequestStatus.CANCELLED


def test_only_the_asker_changes_a_request_and_only_while_it_waits(db, team):
    mara, anna, bert = team
    asked = ask(db, anna)
    with pytest.raises(Forbidden):
        lr.update_request(db, bert, asked.id, course(title="Anders"),
                          expected_version=asked.version_id)
    lr.update_request(db, anna, asked.id, course(title="Hygiënecode, deel 2",
                                                 start_date=date(2031, 1, 1), end_date=None),
                      expected_version=asked.version_id)
    changed = lr.get_request(db, anna, asked.id)
    assert changed.title == "Hygiënecode, deel 2" and changed.budget_year == 2031
    with pytest.raises(Conflict) as err:
        lr.update_request(db, anna, asked.id, course(), expected_version=asked.version_id)
    assert err.value.code == "edited_elsewhere"
    lr.approve(db, mara, asked.id, expected_version=changed.version_id)
    approved = lr.get_request(db, anna, asked.id)
    with pytest.raises(Conflict) as err:
        lr.update_request(db, anna, asked.id, course(), expected_version=approved.version_id)
    assert err.value.code == "request_wrong_status"


def test_who_sees_a_request(db, owner, team, add_person):
    mara, anna, bert = team
    asked = ask(db, anna)
    assert lr.get_request(db, mara, asked.id).title == asked.title
    assert lr.get_request(db, owner, asked.id).title == asked.title
    with pytest.raises(Forbidden):
        lr.get_request(db, bert, asked.id)
    with pytest.raises(Forbidden):
        lr.all_requests(db, mara)
    assert [r.id for r in lr.all_requests(db, owner)] == [asked.id]
    assert lr.all_requests(db, owner, year=THIS_YEAR + 1) == []
    assert lr.my_requests(db, bert) == []
    assert lr.requests_to_decide(db, bert) == []


def test_without_a_direct_manager_an_owner_decides(db, owner, add_person):
    from app.services import learning_requests as lr

    loner = add_person("Zonder Baas", password=None)
    request_id = lr.ask(db, loner, lr.RequestInput(kind="course", title="Excel",
                                                  cost_cents=10_000)).value
    assert [r.id for r in lr.requests_to_decide(db, owner)] == [request_id]
    row = lr.get_request(db, owner, request_id)
    lr.approve(db, owner, request_id, expected_version=row.version_id)
    assert lr.get_request(db, owner, request_id).status == "approved"
