"""Who may do what: one table over role x operation, and the services enforce it."""

from __future__ import annotations

import pytest

from app.access import Actor, Operation, may
from app.services import audit, organisation, people
from models import Role
from models.errors import Forbidden
from tests import fresh

OWN, MAN, PRO, GUI = Role.OWNER, Role.MANAGER, Role.PROFESSIONAL, Role.GUIDE

# operation -> roles that may do it (everyone else may not)
EXPECTED: dict[Operation, set[Role]] = {
    Operation.VIEW_PEOPLE: {OWN, MAN, PRO, GUI},
    Operation.VIEW_PERSON_DETAILS: {OWN},
    Operation.MANAGE_PEOPLE: {OWN},
    Operation.MANAGE_TEAMS: {OWN},
    Operation.IMPORT_PEOPLE: {OWN},
    Operation.EXPORT_PEOPLE: {OWN},
    Operation.RESET_PASSWORD: {OWN},
    Operation.ASSIGN_ROLES: {OWN},
    Operation.MANAGE_SETTINGS: {OWN},
    Operation.VIEW_SETTINGS: {OWN, MAN, PRO, GUI},
    Operation.VIEW_AUDIT_LOG: {OWN},
    Operation.EDIT_OWN_PROFILE: {OWN, MAN, PRO, GUI},
    Operation.VIEW_LESSONS: {OWN, MAN, PRO, GUI},
    Operation.WRITE_LESSON: {OWN, MAN, PRO, GUI},
    Operation.VIEW_CONVERSATION_STATUS: {OWN},
    Operation.VIEW_LEDGER: {OWN},
    Operation.MANAGE_BUDGET: {OWN},
    Operation.VIEW_ALL_REQUESTS: {OWN},
    Operation.ASK_LEARNING: {OWN, MAN, PRO, GUI},
    Operation.EXPORT_PERSON: {OWN},
    Operation.ERASE_PERSON: {OWN},
    Operation.MANAGE_CULTURE: {OWN},
    Operation.VIEW_CULTURE_RESULTS: {OWN, MAN, PRO, GUI},
    Operation.VIEW_DASHBOARD: {OWN},
}


@pytest.mark.parametrize("operation", list(Operation))
@pytest.mark.parametrize("role", list(Role))
def test_role_table(role: Role, operation: Operation):
    actor = Actor(person_id=99, roles=frozenset({role}))
    assert may(actor, operation) == (role in EXPECTED[operation])


def test_every_operation_is_in_the_table():
    assert set(EXPECTED) == set(Operation)


def test_the_machine_administrator_may_do_everything():
    assert all(may(Actor.machine_admin(), op) for op in Operation)


def test_a_professional_cannot_add_people_or_change_settings(db, owner, add_person):
    pro = add_person()
    with pytest.raises(Forbidden):
        people.add_person(db, pro, people.PersonInput(name="X", email="x@y.nl"))
    settings = organisation.get_settings(db, pro)
    with pytest.raises(Forbidden):
        fresh.update_settings(db, pro, settings)
    with pytest.raises(Forbidden):
        audit.list_entries(db, pro)


def test_a_manager_cannot_archive_someone(db, owner, add_person):
    manager = add_person(roles={Role.MANAGER, Role.PROFESSIONAL})
    report = add_person(manager_id=manager.person_id)
    with pytest.raises(Forbidden):
        people.archive_person(db, manager, report.person_id)


def test_anyone_may_change_their_own_expertise_but_not_someone_elses(db, owner, add_person):
    a, b = add_person(), add_person()
    people.set_own_expertise(db, a, a.person_id, ["Planning"])
    assert people.get_person(db, a, a.person_id).expertise == ("Planning",)
    with pytest.raises(Forbidden):
        people.set_own_expertise(db, a, b.person_id, ["Iets"])


def test_colleagues_see_a_generation_never_a_year_of_birth(db, owner, add_person):
    from app.services import people as people_service

    a = add_person("Anna", birth_year=1999)
    b = add_person("Bert", birth_year=1964)
    seen_by_b = {p.name: p for p in people_service.list_people(db, b)}
    assert seen_by_b["Anna"].birth_year is None
    assert seen_by_b["Anna"].generation == "gen_z"
    assert people_service.get_person(db, a, a.person_id).birth_year == 1999
    assert {p.name: p for p in people_service.list_people(db, owner)}["Bert"].birth_year == 1964
