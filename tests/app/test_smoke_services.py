"""First checks that the organisation and people services work end to end."""

from app.services import people
from models import Role


def test_owner_can_add_a_professional_who_then_appears_in_the_list(db, owner):
    people.add_person(db, owner, people.PersonInput(name="Fatima Yilmaz", email="f@x.nl"))
    names = [p.name for p in people.list_people(db, owner)]
    assert "Fatima Yilmaz" in names
    assert "Olga Eigenaar" in names


def test_search_ignores_case_and_accents(db, owner, add_person):
    add_person("Özcan Demir", expertise=["Planning"])
    assert [p.name for p in people.list_people(db, owner, "ozcan")] == ["Özcan Demir"]
    assert [p.name for p in people.list_people(db, owner, "PLANN")] == ["Özcan Demir"]
    assert owner.has(Role.OWNER)
