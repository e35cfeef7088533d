"""Translated names of work situation values (kind, aim, status, note), in one context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models import NoteKind, SituationAim, SituationKind, SituationStatus

KIND_ORDER = (SituationKind.BOTTLENECK, SituationKind.CHALLENGE)
AIM_ORDER = (SituationAim.IMPROVE, SituationAim.INNOVATE, SituationAim.PERFORM)
FINISHED_STATUSES = frozenset(
    {SituationStatus.IMPROVED, SituationStatus.INNOVATED, SituationStatus.CLOSED})
RESULT_ORDER = (SituationStatus.IMPROVED, SituationStatus.INNOVATED, SituationStatus.CLOSED)


def kind_name(kind: SituationKind) -> str:
    names = {
        SituationKind.BOTTLENECK: QCoreApplication.translate("Learning", "Bottleneck"),
        SituationKind.CHALLENGE: QCoreApplication.translate("Learning", "Challenge"),
    }
    return names[SituationKind(kind)]


def kind_explanation(kind: SituationKind) -> str:
    names = {
        SituationKind.BOTTLENECK: QCoreApplication.translate(
            "Learning", "Something in your work that gets stuck or costs too much effort."),
        SituationKind.CHALLENGE: QCoreApplication.translate(
            "Learning", "Something new or difficult that you want to handle well."),
    }
    return names[SituationKind(kind)]


def aim_name(aim: SituationAim) -> str:
    names = {
        SituationAim.IMPROVE: QCoreApplication.translate("Learning", "Improve"),
        SituationAim.INNOVATE: QCoreApplication.translate("Learning", "Innovate"),
        SituationAim.PERFORM: QCoreApplication.translate("Learning", "Perform better"),
    }
    return names[SituationAim(aim)]


def status_name(status: SituationStatus) -> str:
    names = {
        SituationStatus.REGISTERED: QCoreApplication.translate("Learning", "Collecting questions"),
        SituationStatus.ANALYSED: QCoreApplication.translate("Learning", "Looking for options"),
        SituationStatus.EXPERIMENTING: QCoreApplication.translate("Learning", "Experimenting"),
        SituationStatus.IMPROVED: QCoreApplication.translate("Learning", "Improved"),
        SituationStatus.INNOVATED: QCoreApplication.translate("Learning", "Innovated"),
        SituationStatus.CLOSED: QCoreApplication.translate("Learning", "Closed"),
    }
    return names[SituationStatus(status)]


def note_kind_name(kind: NoteKind) -> str:
    names = {
        NoteKind.QUESTION: QCoreApplication.translate("Learning", "Question"),
        NoteKind.OPTION: QCoreApplication.translate("Learning", "Option"),
    }
    return names[NoteKind(kind)]
