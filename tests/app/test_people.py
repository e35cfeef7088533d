"""People and teams as the owner manages them, with the rules a small company expects."""

from __future__ import annotations

import pytest

from app.services import audit, people
from models import Role
from models.errors import Conflict, Invalid


def test_an_email_address_is_used_once_whatever_its_case(db, owner, add_person):
    add_person(email="jan@x.nl")
    with pytest.raises(Conflict) as err:
        people.add_person(db, owner, people.PersonInput(name="Jan 2", email="JAN@x.nl"))
    assert err.value.field == "email"


def test_an_invalid_email_is_explained_and_nothing_is_saved(db, owner):
    before = len(people.list_people(db, owner))
    with pytest.raises(Invalid) as err:
        people.add_person(db, owner, people.PersonInput(name="Piet", email="piet@"))
    assert err.value.code == "email_invalid"
    assert len(people.list_people(db, owner)) == before


def test_the_manager_must_hold_the_manager_role(db, owner, add_person):
    colleague = add_person()
    with pytest.raises(Invalid) as err:
        add_person(manager_id=colleague.person_id)
    assert err.value.code == "manager_without_role"


def test_nobody_ends_up_managing_their_own_manager(db, owner, add_person):
    boss = add_person(roles={Role.MANAGER})
    middle = add_person(roles={Role.MANAGER}, manager_id=boss.person_id)
    row = people.get_person(db, owner, boss.person_id)
    data = people.PersonInput(name=row.name, email=row.email, roles=set(row.roles),
                              manager_id=middle.person_id)
    with pytest.raises(Invalid) as err:
        people.update_person(db, owner, boss.person_id, data, expected_version=row.version_id)
    assert err.value.code == "manager_cycle"


def test_archiving_keeps_the_person_but_hides_them(db, owner, add_person):
    manager = add_person(roles={Role.MANAGER})
    report = add_person(manager_id=manager.person_id)
    people.archive_person(db, owner, manager.person_id)
    active = {p.id for p in people.list_people(db, owner)}
    everyone = {p.id for p in people.list_people(db, owner, include_archived=True)}
    assert manager.person_id not in active and manager.person_id in everyone
    assert people.get_person(db, owner, report.person_id).manager_id is None
    people.restore_person(db, owner, manager.person_id)
    assert manager.person_id in {p.id for p in people.list_people(db, owner)}


def test_the_last_owner_can_be_neither_archived_nor_demoted(db, owner):
    with pytest.raises(Conflict) as err:
        people.archive_person(db, owner, owner.person_id)
    assert err.value.code == "last_owner"
    me = people.get_person(db, owner, owner.person_id)
    data = people.PersonInput(name=me.name, email=me.email, roles={Role.PROFESSIONAL})
    with pytest.raises(Conflict):
        people.update_person(db, owner, owner.person_id, data, expected_version=me.version_id)


def test_a_stale_edit_is_refused_instead_of_overwriting(db, owner, add_person):
    a = add_person("Anna")
    row = people.get_person(db, owner, a.person_id)
    data = people.PersonInput(name="Anna B", email=row.email, roles=set(row.roles))
    people.update_person(db, owner, a.person_id, data, expected_version=row.version_id)
    with pytest.raises(Conflict) as err:
        people.update_person(db, owner, a.person_id, data, expected_version=row.version_id)
    assert err.value.code == "edited_elsewhere"


def test_a_role_change_is_written_to_the_audit_log(db, owner, add_person):
    a = add_person("Anna")
    row = people.get_person(db, owner, a.person_id)
    data = people.PersonInput(name=row.name, email=row.email, roles={Role.GUIDE})
    people.update_person(db, owner, a.person_id, data, expected_version=row.version_id)
    entries = audit.list_entries(db, owner)
    change = next(e for e in entries if e.action == "roles_changed")
    assert change.subject == "Anna" and change.detail["after"] == ["guide"]


def test_teams_have_unique_names_and_only_empty_ones_can_go(db, owner, add_person):
    team_id = people.add_team(db, owner, "Monteurs").value
    with pytest.raises(Conflict):
        people.add_team(db, owner, "monteurs")
    add_person(team_ids=[team_id])
    with pytest.raises(Conflict) as err:
        people.delete_team(db, owner, team_id)
    assert err.value.code == "team_not_empty"
    rows = people.list_teams(db, owner)
    assert [(t.name, t.member_count) for t in rows] == [("Monteurs", 1)]


def test_control_characters_and_overlong_names_are_refused(db, owner):
    for name in ("Jan\x00", "a" * 201, "Jan\x1b[31m"):
        with pytest.raises(Invalid):
            people.add_person(db, owner, people.PersonInput(name=name, email="j@x.nl"))


def test_a_birth_year_must_be_plausible(db, owner):
    with pytest.raises(Invalid) as err:
        people.add_person(db, owner, people.PersonInput(name="K", email="k@x.nl",
                                                        birth_year=2024))
    assert err.value.code == "birth_year_out_of_range"


def test_a_manager_with_reports_keeps_the_manager_role(db, owner, add_person):
    boss = add_person(roles={Role.MANAGER})
    add_person(manager_id=boss.person_id)
    row = people.get_person(db, owner, boss.person_id)
    data = people.PersonInput(name=row.name, email=row.email, roles={Role.PROFESSIONAL})
    with pytest.raises(Conflict) as err:
        people.update_person(db, owner, boss.person_id, data, expected_version=row.version_id)
    assert err.value.code == "manager_has_reports"


def test_changing_only_teams_still_counts_as_an_edit(db, owner, add_person):
    team_id = people.add_team(db, owner, "Winkel").value
    a = add_person("Anna")
    row = people.get_person(db, owner, a.person_id)
    data = people.PersonInput(name=row.name, email=row.email, roles=set(row.roles),
                              team_ids=[team_id])
    people.update_person(db, owner, a.person_id, data, expected_version=row.version_id)
    assert people.get_person(db, owner, a.person_id).version_id == row.version_id + 1


def test_team_names_differ_not_only_by_accented_capitals(db, owner):
    people.add_team(db, owner, "Ödeme")
    with pytest.raises(Conflict):
        people.add_team(db, owner, "ödeme")


def test_a_team_with_only_archived_members_can_be_removed(db, owner, add_person):
    team_id = people.add_team(db, owner, "Oud team").value
    a = add_person(team_ids=[team_id])
    people.archive_person(db, owner, a.person_id)
    people.delete_team(db, owner, team_id)
    assert people.list_teams(db, owner) == []
