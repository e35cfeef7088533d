"""Planning a half year's talent conversations: everyone with a manager, and why not others."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import conversations as talks
from app.services import people
from app.services.conversation_planning import PlanReason
from models import Role
from models.errors import Forbidden


def test_team_leads_and_managers_with_a_manager_get_a_conversation_too(db, owner, add_person):
    director = add_person("Dora Directeur", roles={Role.MANAGER}, password=None)
    lead = add_person("Tim Teamleider", roles={Role.MANAGER, Role.PROFESSIONAL},
                      manager_id=director.person_id, password=None)
    add_person("Mira Manager", roles={Role.MANAGER}, manager_id=director.person_id,
                         password=None)
    add_person("Gijs Begeleider", roles={Role.GUIDE}, manager_id=lead.person_id,
                       password=None)
    add_person("Piet", manager_id=lead.person_id, password=None)

    assert talks.plan_half_year(db, owner, 2027, 1).value == 4
    planned = {(r.professional_name, r.manager_name) for r in talks.list_conversations(db, owner)}
    assert planned == {("Tim Teamleider", "Dora Directeur"), ("Mira Manager", "Dora Directeur"),
                       ("Gijs Begeleider", "Tim Teamleider"), ("Piet", "Tim Teamleider")}


def test_the_preview_says_who_is_included_and_why_the_others_are_not(db, owner, add_person):
    boss = add_person("Bea Baas", roles={Role.MANAGER}, password=None)
    leaving_boss = add_person("Vera Vertrekt", roles={Role.MANAGER}, password=None)
    add_person("Anna", manager_id=boss.person_id, password=None)
    add_person("Bert", manager_id=leaving_boss.person_id, password=None)
    gone = add_person("Cor", manager_id=boss.person_id, password=None)
    done = add_person("Dirk", manager_id=boss.person_id, password=None)
    people.archive_person(db, owner, gone.person_id)
    people.archive_person(db, owner, leaving_boss.person_id)
    talks.plan_half_year(db, owner, 2027, 1)  # Anna and Dirk
    talks.plan_half_year(db, owner, 2027, 2)
    people.archive_person(db, owner, done.person_id)  # after planning: stays planned

    seen = {c.name: c for c in talks.planning_preview(db, owner, 2027, 2)}
    assert seen["Anna"].reason is PlanReason.ALREADY_PLANNED
    # Archiving a manager leaves their reports without one, until the owner chooses anew.
    assert seen["Bert"].reason is PlanReason.NO_MANAGER and seen["Bert"].manager_name == ""
    assert seen["Cor"].reason is PlanReason.ARCHIVED
    assert seen["Bea Baas"].reason is PlanReason.NO_MANAGER

    fresh = {c.name: c.reason for c in talks.planning_preview(db, owner, 2028, 1)}
    assert fresh["Anna"] is PlanReason.INCLUDED and fresh["Dirk"] is PlanReason.ARCHIVED
    assert "Vera Vertrekt" not in fresh  # left without a manager: nothing to explain
    included = [c.name for c in talks.planning_preview(db, owner, 2028, 1) if c.included]
    assert talks.plan_half_year(db, owner, 2028, 1).value == len(included) == 1


def test_the_owner_plans_this_half_year_or_the_next(db, owner, add_person):
    assert talks.plannable_half_years(date(2026, 12, 4)) == ((2026, 2), (2027, 1))
    assert talks.plannable_half_years(date(2027, 3, 1)) == ((2027, 1), (2027, 2))
    boss = add_person("Bea Baas", roles={Role.MANAGER}, password=None)
    add_person("Anna", manager_id=boss.person_id, password=None)
    talks.plan_half_year(db, owner, 2027, 1)
    (row,) = talks.list_conversations(db, owner)
    assert (row.window_start, row.window_end) == (date(2027, 1, 1), date(2027, 6, 30))


def test_only_the_owner_sees_the_preview(db, owner, add_person):
    boss = add_person("Bea Baas", roles={Role.MANAGER}, password=None)
    with pytest.raises(Forbidden):
        talks.planning_preview(db, boss, 2027, 1)
