"""Typed SQLAlchemy models of Regiestoel and their Alembic migrations."""

from models.accounts import Account
from models.actions import Action, ActionStatus
from models.audit import AuditEntry
from models.base import Base
from models.budget import (
    BudgetYear,
    InterventionKind,
    LearningRequest,
    PersonBudget,
    RequestStatus,
)
from models.conversations import (
    Conversation,
    ConversationEvent,
    ConversationStatus,
    Preparation,
    Side,
    Signature,
)
from models.culture import (
    CultureAction,
    CultureFocus,
    CultureParticipation,
    CultureRound,
    CultureTally,
    culture_round_team,
)
from models.cycles import Attendance, ClosingDay, Cycle, CycleStatus, Room, Session, SessionStatus
from models.development import DevelopmentQuestion, GuidingAnswer
from models.groups import LearningGroup, group_member
from models.hours import LearningHours
from models.lessons import Lesson
from models.org_settings import OrgSetting
from models.organisation import Organisation
from models.people import ExpertiseTag, Person, PersonRole, Role, Team, person_team
from models.situations import (
    NoteKind,
    SituationAim,
    SituationKind,
    SituationNote,
    SituationStatus,
    WorkSituation,
)

__all__ = [
    "Account",
    "Action",
    "ActionStatus",
    "Attendance",
    "AuditEntry",
    "Base",
    "BudgetYear",
    "Conversation",
    "ConversationEvent",
    "ConversationStatus",
    "InterventionKind",
    "LearningRequest",
    "PersonBudget",
    "Preparation",
    "RequestStatus",
    "Side",
    "Signature",
    "ClosingDay",
    "CultureAction",
    "CultureFocus",
    "CultureParticipation",
    "CultureRound",
    "CultureTally",
    "Cycle",
    "CycleStatus",
    "DevelopmentQuestion",
    "ExpertiseTag",
    "GuidingAnswer",
    "LearningGroup",
    "LearningHours",
    "Lesson",
    "NoteKind",
    "OrgSetting",
    "Organisation",
    "Person",
    "PersonRole",
    "Role",
    "Room",
    "Session",
    "SessionStatus",
    "SituationAim",
    "SituationKind",
    "SituationNote",
    "SituationStatus",
    "Team",
    "WorkSituation",
    "culture_round_team",
    "group_member",
    "person_team",
]
