"""Translated names for talent conversations: statuses, due marks, sides, agreement statuses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.conversations import DueState
from models import ActionStatus, ConversationStatus, Side

AGREEMENT_STATUS_ORDER = (ActionStatus.OPEN, ActionStatus.DONE, ActionStatus.DROPPED)


def status_name(status: ConversationStatus) -> str:
    names = {
        ConversationStatus.PLANNED: QCoreApplication.translate("Conversations", "Planned"),
        ConversationStatus.SIGNED: QCoreApplication.translate("Conversations", "Signed"),
        ConversationStatus.CANCELLED: QCoreApplication.translate("Conversations", "Cancelled"),
    }
    return names[ConversationStatus(status)]


def due_name(due: DueState) -> str:
    names = {
        DueState.DUE: QCoreApplication.translate("Conversations", "Due now"),
        DueState.OVERDUE: QCoreApplication.translate("Conversations", "Overdue"),
    }
    return names[DueState(due)]


def side_name(side: Side) -> str:
    """The role someone has in the conversation: "Professional" or "Manager"."""
    names = {
        Side.PROFESSIONAL: QCoreApplication.translate("Conversations", "Professional"),
        Side.MANAGER: QCoreApplication.translate("Conversations", "Manager"),
    }
    return names[Side(side)]


def agreement_status_name(status: ActionStatus) -> str:
    names = {
        ActionStatus.OPEN: QCoreApplication.translate("Conversations", "Open"),
        ActionStatus.DONE: QCoreApplication.translate("Conversations", "Done"),
        ActionStatus.DROPPED: QCoreApplication.translate("Conversations", "Dropped"),
    }
    return names[ActionStatus(status)]


def half_year_name(year: int, half: int) -> str:
    """"First half of 2026" / "Second half of 2026"."""
    if half == 1:
        text = QCoreApplication.translate("Conversations", "First half of %1")
    else:
        text = QCoreApplication.translate("Conversations", "Second half of %1")
    return text.replace("%1", str(year))
