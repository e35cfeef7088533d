"""Typed SQLAlchemy models of Regiestoel and their Alembic migrations.

Each model module is imported when one of its names is first used (PEP 562), so the login
screen pays only for the handful of models it reads. ``models.Base`` and ``load_all()``
import every module first: whoever asks for the metadata gets all the tables.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from models.coach import CoachConversation
    from models.conversations import (
        Conversation,
        ConversationEvent,
        ConversationStatus,
        CorrectionPart,
        CorrectionRequest,
        Preparation,
        Side,
        Signature,
        SignKind,
        VoidReason,
    )
    from models.culture import (
        CultureAction,
        CultureFocus,
        CultureParticipation,
        CultureRound,
        CultureTally,
        culture_round_team,
    )
    from models.cycles import (
        Attendance,
        ClosingDay,
        Cycle,
        CycleStatus,
        Room,
        Session,
        SessionStatus,
    )
    from models.development import DevelopmentQuestion, GuidingAnswer
    from models.groups import (
        GroupInvitation,
        InvitationRole,
        InvitationStatus,
        LearningGroup,
        group_member,
    )
    from models.hours import LearningHours
    from models.lessons import Lesson
    from models.notifications import NotificationSetting, NotificationShown
    from models.org_settings import OrgSetting
    from models.organisation import Organisation
    from models.people import ExpertiseTag, Person, PersonRole, Role, Team, person_team
    from models.personal_copies import AppliedOperation, PersonalCopy
    from models.reminders import ReminderClaim
    from models.situations import (
        NoteKind,
        SituationAim,
        SituationCloseRequest,
        SituationKind,
        SituationNote,
        SituationStatus,
        WorkSituation,
    )

# Where each public name lives.
_MODULE_OF = {
    "Account": "models.accounts",
    "Action": "models.actions",
    "AppliedOperation": "models.personal_copies",
    "ActionStatus": "models.actions",
    "Attendance": "models.cycles",
    "AuditEntry": "models.audit",
    "Base": "models.base",
    "BudgetYear": "models.budget",
    "ClosingDay": "models.cycles",
    "CoachConversation": "models.coach",
    "Conversation": "models.conversations",
    "ConversationEvent": "models.conversations",
    "ConversationStatus": "models.conversations",
    "CorrectionPart": "models.conversations",
    "CorrectionRequest": "models.conversations",
    "culture_round_team": "models.culture",
    "CultureAction": "models.culture",
    "CultureFocus": "models.culture",
    "CultureParticipation": "models.culture",
    "CultureRound": "models.culture",
    "CultureTally": "models.culture",
    "Cycle": "models.cycles",
    "CycleStatus": "models.cycles",
    "DevelopmentQuestion": "models.development",
    "ExpertiseTag": "models.people",
    "group_member": "models.groups",
    "GroupInvitation": "models.groups",
    "GuidingAnswer": "models.development",
    "InterventionKind": "models.budget",
    "InvitationRole": "models.groups",
    "InvitationStatus": "models.groups",
    "LearningGroup": "models.groups",
    "LearningHours": "models.hours",
    "LearningRequest": "models.budget",
    "Lesson": "models.lessons",
    "NoteKind": "models.situations",
    "Organisation": "models.organisation",
    "OrgSetting": "models.org_settings",
    "Person": "models.people",
    "PersonalCopy": "models.personal_copies",
    "person_team": "models.people",
    "PersonBudget": "models.budget",
    "PersonRole": "models.people",
    "NotificationSetting": "models.notifications",
    "NotificationShown": "models.notifications",
    "ReminderClaim": "models.reminders",
    "Preparation": "models.conversations",
    "RequestStatus": "models.budget",
    "Role": "models.people",
    "Room": "models.cycles",
    "Session": "models.cycles",
    "SessionStatus": "models.cycles",
    "Side": "models.conversations",
    "Signature": "models.conversations",
    "SignKind": "models.conversations",
    "SituationAim": "models.situations",
    "SituationKind": "models.situations",
    "SituationCloseRequest": "models.situations",
    "SituationNote": "models.situations",
    "SituationStatus": "models.situations",
    "Team": "models.people",
    "VoidReason": "models.conversations",
    "WorkSituation": "models.situations",
}



def load_all() -> None:
    """Import every model module, so ``Base.metadata`` holds every table."""
    for module in sorted(set(_MODULE_OF.values())):
        importlib.import_module(module)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'models' has no attribute {name!r}")
    if name == "Base":
        load_all()
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next lookup is a plain attribute
    return value


__all__ = [
    "Account",
    "Action",
    "AppliedOperation",
    "ActionStatus",
    "Attendance",
    "AuditEntry",
    "Base",
    "BudgetYear",
    "Conversation",
    "ConversationEvent",
    "ConversationStatus",
    "CorrectionPart",
    "CorrectionRequest",
    "InterventionKind",
    "InvitationRole",
    "InvitationStatus",
    "LearningRequest",
    "PersonBudget",
    "Preparation",
    "RequestStatus",
    "Side",
    "Signature",
    "SignKind",
    "VoidReason",
    "ClosingDay",
    "CoachConversation",
    "CultureAction",
    "CultureFocus",
    "CultureParticipation",
    "CultureRound",
    "CultureTally",
    "Cycle",
    "CycleStatus",
    "DevelopmentQuestion",
    "ExpertiseTag",
    "GroupInvitation",
    "GuidingAnswer",
    "LearningGroup",
    "LearningHours",
    "Lesson",
    "NoteKind",
    "OrgSetting",
    "Organisation",
    "Person",
    "PersonalCopy",
    "PersonRole",
    "NotificationSetting",
    "NotificationShown",
    "ReminderClaim",
    "Role",
    "Room",
    "Session",
    "SessionStatus",
    "SituationAim",
    "SituationCloseRequest",
    "SituationKind",
    "SituationNote",
    "SituationStatus",
    "Team",
    "WorkSituation",
    "culture_round_team",
    "group_member",
    "person_team",
]
