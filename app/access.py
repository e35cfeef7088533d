"""Who may do what: every service asks here, and a refusal is a ``Forbidden`` error."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from models.errors import Forbidden
from models.people import Role


class Operation(enum.StrEnum):
    VIEW_PEOPLE = "view_people"
    VIEW_PERSON_DETAILS = "view_person_details"
    MANAGE_PEOPLE = "manage_people"
    MANAGE_TEAMS = "manage_teams"
    IMPORT_PEOPLE = "import_people"
    EXPORT_PEOPLE = "export_people"
    RESET_PASSWORD = "reset_password"
    ASSIGN_ROLES = "assign_roles"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_SETTINGS = "view_settings"
    VIEW_AUDIT_LOG = "view_audit_log"
    EDIT_OWN_PROFILE = "edit_own_profile"
    VIEW_LESSONS = "view_lessons"
    WRITE_LESSON = "write_lesson"
    VIEW_CONVERSATION_STATUS = "view_conversation_status"
    VIEW_LEDGER = "view_ledger"
    MANAGE_BUDGET = "manage_budget"
    VIEW_ALL_REQUESTS = "view_all_requests"
    ASK_LEARNING = "ask_learning"
    EXPORT_PERSON = "export_person"
    ERASE_PERSON = "erase_person"
    MANAGE_CULTURE = "manage_culture"
    VIEW_CULTURE_RESULTS = "view_culture_results"
    VIEW_DASHBOARD = "view_dashboard"


EVERYONE = frozenset(Role)

# The role table: which roles may perform an operation at all. Checks that depend on the
# relation between actor and subject (oneself, one's reports) come on top of this.
ALLOWED: dict[Operation, frozenset[Role]] = {
    Operation.VIEW_PEOPLE: EVERYONE,
    Operation.VIEW_PERSON_DETAILS: frozenset({Role.OWNER}),
    Operation.MANAGE_PEOPLE: frozenset({Role.OWNER}),
    Operation.MANAGE_TEAMS: frozenset({Role.OWNER}),
    Operation.IMPORT_PEOPLE: frozenset({Role.OWNER}),
    Operation.EXPORT_PEOPLE: frozenset({Role.OWNER}),
    Operation.RESET_PASSWORD: frozenset({Role.OWNER}),
    Operation.ASSIGN_ROLES: frozenset({Role.OWNER}),
    Operation.MANAGE_SETTINGS: frozenset({Role.OWNER}),
    Operation.VIEW_SETTINGS: EVERYONE,
    Operation.VIEW_AUDIT_LOG: frozenset({Role.OWNER}),
    Operation.EDIT_OWN_PROFILE: EVERYONE,
    # Lessons learned are for the whole organisation; editing one is for its author
    # or an owner (checked in the lesson service).
    Operation.VIEW_LESSONS: EVERYONE,
    Operation.WRITE_LESSON: EVERYONE,
    # Statuses and dates of everyone's talent conversations; their content is only for the
    # participants (checked in the conversation service).
    Operation.VIEW_CONVERSATION_STATUS: frozenset({Role.OWNER}),
    # The learning budget is the owner's; deciding on a request is for the asker's direct
    # manager (checked in the request service), and anyone may ask for formal learning.
    Operation.VIEW_LEDGER: frozenset({Role.OWNER}),
    Operation.MANAGE_BUDGET: frozenset({Role.OWNER}),
    Operation.VIEW_ALL_REQUESTS: frozenset({Role.OWNER}),
    Operation.ASK_LEARNING: EVERYONE,
    # The rights of access and erasure, and the retention of people who left, are the
    # owner's duty; anyone may also export their own data (checked in the privacy service).
    Operation.EXPORT_PERSON: frozenset({Role.OWNER}),
    Operation.ERASE_PERSON: frozenset({Role.OWNER}),
    # The coordinator (the owner) runs culture scan rounds; everyone may read the results,
    # which are aggregates shown only from the organisation's threshold (culture service).
    Operation.MANAGE_CULTURE: frozenset({Role.OWNER}),
    Operation.VIEW_CULTURE_RESULTS: EVERYONE,
    # The dashboard and the annual report: aggregates for the owner/coordinator.
    Operation.VIEW_DASHBOARD: frozenset({Role.OWNER}),
}


@dataclass(frozen=True)
class Actor:
    """Who is asking: a logged-in person, or the machine's administrator (admin commands)."""

    person_id: int | None
    roles: frozenset[Role]
    name: str = ""

    @classmethod
    def machine_admin(cls) -> Actor:
        return cls(person_id=None, roles=frozenset(), name="regiestoel-admin")

    @property
    def is_machine_admin(self) -> bool:
        return self.person_id is None

    def has(self, role: Role) -> bool:
        return role in self.roles


def may(actor: Actor, operation: Operation) -> bool:
    if actor.is_machine_admin:
        # The administrator of the machine can already read the database file itself;
        # what the admin commands do is written to the audit log instead.
        return True
    return bool(actor.roles & ALLOWED[operation])


def require(actor: Actor, operation: Operation) -> None:
    if not may(actor, operation):
        raise Forbidden("not_allowed", operation=operation.value)


def require_self_or(actor: Actor, person_id: int, operation: Operation) -> None:
    """Allowed for the person themself, otherwise only with ``operation``."""
    if actor.person_id == person_id:
        return
    require(actor, operation)
