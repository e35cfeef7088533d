"""Typed SQLAlchemy models of Regiestoel and their Alembic migrations."""

from models.accounts import Account
from models.audit import AuditEntry
from models.base import Base
from models.organisation import Organisation
from models.people import ExpertiseTag, Person, PersonRole, Role, Team, person_team

__all__ = [
    "Account",
    "AuditEntry",
    "Base",
    "ExpertiseTag",
    "Organisation",
    "Person",
    "PersonRole",
    "Role",
    "Team",
    "person_team",
]
