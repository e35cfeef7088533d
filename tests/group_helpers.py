"""Test helper: a learning group whose invited colleagues (and guide) have all accepted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.services import groups


def form_group(db: Any, starter: Any, members: Sequence[Any], name: str = "Leergroep",
               purpose: str = "", guide: Any = None) -> int:
    """``starter`` starts the group with ``members`` (Actors) and ``guide``; everyone asked
    accepts, as they would on *Mijn regie*. Returns the group id."""
    data = groups.GroupInput(name=name, purpose=purpose,
                             member_ids=[m.person_id for m in members],
                             guide_id=guide.person_id if guide is not None else None)
    group_id = groups.start_group(db, starter, data).value[0]
    asked = [*members, *([guide] if guide is not None else [])]
    for person in asked:
        for invitation in groups.my_invitations(db, person):
            if invitation.group_id == group_id:
                groups.accept_invitation(db, person, invitation.id)
    return int(group_id)
