"""The owner's list of laptops with a personal copy, revoking one, and erasing a person
revoking theirs."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.services import audit, people, personal_copies, privacy
from models import PersonalCopy, Role
from models.base import utcnow
from models.errors import Forbidden, NotFound


def register(db, person_id: int, laptop: str, *, days_ago: int = 0,
             synced_days_ago: int | None = None) -> str:
    """A copy as making one registers it on the server."""
    copy_id = str(uuid.uuid4())
    now = utcnow()
    with db.transaction() as s:
        s.add(PersonalCopy(
            id=copy_id, person_id=person_id, laptop_name=laptop,
            created_at=now - timedelta(days=days_ago),
            last_synced_at=None if synced_days_ago is None
            else now - timedelta(days=synced_days_ago)))
    return copy_id


def test_the_owner_sees_every_laptop_with_its_person_and_dates(db, owner, add_person):
    kim = add_person("Kim de Vries")
    old = register(db, kim.person_id, "laptop-kim", days_ago=40, synced_days_ago=35)
    new = register(db, owner.person_id, "werkplek-olga", synced_days_ago=0)
    rows = personal_copies.list_copies(db, owner)
    assert [r.id for r in rows] == [new, old]
    kims = rows[1]
    assert (kims.person_id, kims.person_name, kims.laptop_name, kims.revoked) == \
        (kim.person_id, "Kim de Vries", "laptop-kim", False)
    # Not synced for 30 days: it stands out (and its own user is warned).
    assert kims.stale() and not rows[0].stale()


def test_only_the_owner_sees_or_revokes_laptops(db, owner, add_person):
    kim = add_person("Kim de Vries", roles={Role.MANAGER, Role.PROFESSIONAL})
    copy_id = register(db, kim.person_id, "laptop-kim")
    with pytest.raises(Forbidden):
        personal_copies.list_copies(db, kim)
    with pytest.raises(Forbidden):
        personal_copies.revoke(db, kim, copy_id)
    assert not personal_copies.list_copies(db, owner)[0].revoked


def test_revoking_marks_the_copy_and_is_in_the_audit_log(db, owner, add_person):
    kim = add_person("Kim de Vries")
    copy_id = register(db, kim.person_id, "laptop-kim")
    personal_copies.revoke(db, owner, copy_id)
    row = personal_copies.list_copies(db, owner)[0]
    assert row.revoked and row.revoked_at is not None and not row.stale()
    entries = [e for e in audit.list_entries(db, owner) if e.action == "personal_copy_revoked"]
    assert len(entries) == 1 and entries[0].detail["laptop"] == "laptop-kim"
    # Again: nothing more happens, and nothing is logged twice.
    personal_copies.revoke(db, owner, copy_id)
    assert len([e for e in audit.list_entries(db, owner)
                if e.action == "personal_copy_revoked"]) == 1


@pytest.mark.parametrize("wrong", [str(uuid.uuid4()), "geen-id", ""])
def test_revoking_an_unknown_copy_is_refused_and_changes_nothing(db, owner, add_person, wrong):
    kim = add_person("Kim de Vries")
    register(db, kim.person_id, "laptop-kim")
    with pytest.raises(NotFound) as refused:
        personal_copies.revoke(db, owner, wrong)
    assert refused.value.code == "personal_copy_not_found"
    assert not personal_copies.list_copies(db, owner)[0].revoked


def test_erasing_a_person_revokes_all_their_copies(db, owner, add_person):
    kim = add_person("Kim de Vries")
    lou = add_person("Lou Jansen")
    kims = [register(db, kim.person_id, "laptop-kim"), register(db, kim.person_id, "thuis")]
    lous = register(db, lou.person_id, "laptop-lou")
    people.archive_person(db, owner, kim.person_id, None)
    privacy.erase_person(db, owner, kim.person_id)
    with db.read() as s:
        revoked = dict(s.execute(select(PersonalCopy.id, PersonalCopy.revoked_at)).all())
    assert all(revoked[c] is not None for c in kims)
    assert revoked[lous] is None
