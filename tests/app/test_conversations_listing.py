"""Listing conversations: what I take part in and what is due, read in one go."""

from __future__ import annotations

from datetime import date

from app.services import conversations as talks
from models import ConversationStatus, Role


def test_taking_part_or_due_is_the_union_of_both_lists(db, owner, add_person):
    man = add_person("Mira", roles={Role.MANAGER}, password=None)
    other = add_person("Otto", roles={Role.MANAGER}, password=None)
    add_person("Piet", manager_id=man.person_id, password=None)
    add_person("Els", manager_id=other.person_id, password=None)
    talks.plan_half_year(db, owner, 2026, 1)
    talks.plan_half_year(db, owner, 2026, 2)
    today = date(2026, 10, 1)

    for actor in (owner, man, other):
        mine = talks.list_conversations(db, actor, taking_part=True, today=today)
        due = talks.list_conversations(db, actor, due_only=True, today=today)
        both = talks.list_conversations(db, actor, taking_part_or_due=True, today=today)
        assert {r.id for r in both} == {r.id for r in mine} | {r.id for r in due}
        assert both == sorted(both, key=lambda r: (r.year, r.half,
                                                   r.professional_name.casefold(), r.id))
    # Mira's own: only her report's, never Otto's report's (not hers to see).
    mira = talks.list_conversations(db, man, taking_part_or_due=True, today=today)
    assert {r.professional_name for r in mira} == {"Piet"}
    assert all(r.status is ConversationStatus.PLANNED for r in mira)
