"""Translated names for formal learning: intervention kinds, request statuses, ledger scopes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models import InterventionKind, RequestStatus

KIND_ORDER = (
    InterventionKind.COURSE,
    InterventionKind.TRAINING,
    InterventionKind.ELEARNING,
    InterventionKind.COACHING,
    InterventionKind.CONFERENCE,
    InterventionKind.THEORY,
)

# The statuses in which the asker may still call a request off, or evaluate it.
CANCELLABLE = frozenset({RequestStatus.REQUESTED, RequestStatus.APPROVED, RequestStatus.PLANNED})
EVALUABLE = frozenset({RequestStatus.APPROVED, RequestStatus.PLANNED})
CLOSED = frozenset({RequestStatus.DECLINED, RequestStatus.CANCELLED, RequestStatus.COMPLETED})


def intervention_name(kind: InterventionKind) -> str:
    names = {
        InterventionKind.COURSE: QCoreApplication.translate("Budget", "Course"),
        InterventionKind.TRAINING: QCoreApplication.translate("Budget", "Training"),
        InterventionKind.ELEARNING: QCoreApplication.translate("Budget", "E-learning"),
        InterventionKind.COACHING: QCoreApplication.translate("Budget", "Coaching"),
        InterventionKind.CONFERENCE: QCoreApplication.translate("Budget", "Conference"),
        InterventionKind.THEORY: QCoreApplication.translate("Budget", "Theory (reading, study)"),
    }
    return names[InterventionKind(kind)]


def request_status_name(status: RequestStatus) -> str:
    names = {
        RequestStatus.REQUESTED: QCoreApplication.translate("Budget", "Waiting for a decision"),
        RequestStatus.APPROVED: QCoreApplication.translate("Budget", "Approved"),
        RequestStatus.DECLINED: QCoreApplication.translate("Budget", "Declined"),
        RequestStatus.PLANNED: QCoreApplication.translate("Budget", "Planned"),
        RequestStatus.COMPLETED: QCoreApplication.translate("Budget", "Done"),
        RequestStatus.CANCELLED: QCoreApplication.translate("Budget", "Cancelled"),
    }
    return names[RequestStatus(status)]


def scope_name(scope: str) -> str:
    names = {
        "organisation": QCoreApplication.translate("Budget", "Organisation"),
        "team": QCoreApplication.translate("Budget", "Team"),
        "person": QCoreApplication.translate("Budget", "Person"),
    }
    return names[scope]


def hours_text(minutes: int, language: str) -> str:
    """``90`` -> ``1,5`` (nl) or ``1.5`` (en): hours with at most two decimals."""
    text = f"{minutes / 60:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "nl" else text
