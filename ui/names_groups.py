"""Translated names for learning groups: generations, statuses, agenda block kinds, days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from models import CycleStatus, SessionStatus
from ui.i18n import LOCALES, format_date

# Oldest first, "unknown" last: the order in which a mix is shown.
GENERATION_ORDER = ("boomers", "gen_x", "millennials", "gen_z", "unknown")

# One colour per generation (Okabe–Ito, readable for colour-blind people, light and dark).
GENERATION_COLOURS = {
    "boomers": "#E69F00",
    "gen_x": "#56B4E9",
    "millennials": "#009E73",
    "gen_z": "#CC79A7",
    "unknown": "#9AA4A4",
}


def generation_name(key: str) -> str:
    names = {
        "gen_z": QCoreApplication.translate("Groups", "Gen Z"),
        "millennials": QCoreApplication.translate("Groups", "Millennials"),
        "gen_x": QCoreApplication.translate("Groups", "Gen X"),
        "boomers": QCoreApplication.translate("Groups", "Baby boomers"),
        "unknown": QCoreApplication.translate("Groups", "year of birth unknown"),
    }
    return names.get(key, names["unknown"])


def session_status_name(status: SessionStatus) -> str:
    names = {
        SessionStatus.PLANNED: QCoreApplication.translate("Groups", "planned"),
        SessionStatus.RUNNING: QCoreApplication.translate("Groups", "in progress"),
        SessionStatus.DONE: QCoreApplication.translate("Groups", "done"),
    }
    return names[status]


def cycle_status_name(status: CycleStatus, *, done: bool = False) -> str:
    if status is CycleStatus.CANCELLED:
        return QCoreApplication.translate("Groups", "cancelled")
    if done:
        return QCoreApplication.translate("Groups", "completed")
    return QCoreApplication.translate("Groups", "planned")


# The kinds of agenda blocks, in the order a session usually runs through them.
BLOCK_KIND_ORDER = ("checkin", "situation", "aim", "questions", "options", "experiment",
                    "review", "lesson", "actions", "checkout")


def block_kind_name(key: str) -> str:
    names = {
        "checkin": QCoreApplication.translate("Groups", "Check-in"),
        "situation": QCoreApplication.translate("Groups", "Work situation"),
        "aim": QCoreApplication.translate("Groups", "Aim"),
        "questions": QCoreApplication.translate("Groups", "Questions"),
        "options": QCoreApplication.translate("Groups", "Options"),
        "experiment": QCoreApplication.translate("Groups", "Experiment"),
        "review": QCoreApplication.translate("Groups", "Looking back"),
        "lesson": QCoreApplication.translate("Groups", "Lesson learned"),
        "actions": QCoreApplication.translate("Groups", "Actions"),
        "checkout": QCoreApplication.translate("Groups", "Check-out"),
    }
    return names.get(key, key)


def size_advice(warning: str | None) -> str:
    """The gentle advice on a group's size; empty when the size is within 3–6."""
    if warning == "group_small":
        return QCoreApplication.translate(
            "Groups", "A learning group works best with 3 to 6 people. With fewer, you "
                      "hear fewer views; perhaps a colleague would like to join?")
    if warning == "group_large":
        return QCoreApplication.translate(
            "Groups", "A learning group works best with 3 to 6 people. With more, not "
                      "everyone gets a turn in one hour; consider starting two groups.")
    return ""


def format_day(day: date, language: str) -> str:
    """A short weekday and the date: "ma 02-03-2026" in Dutch, "Mon 02/03/2026" in English."""
    locale = LOCALES.get(language, LOCALES["en"])
    weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {format_date(day, language)}"
