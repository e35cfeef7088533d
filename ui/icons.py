"""Icons from one set (Material Design Icons through qtawesome), named for what they mean."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication

# Meaning -> Material Design icon name. One place, so the set stays consistent.
NAMES = {
    "app": "mdi6.chair-rolling",
    "home": "mdi6.view-dashboard-outline",
    "people": "mdi6.account-group-outline",
    "settings": "mdi6.cog-outline",
    "audit": "mdi6.clipboard-text-clock-outline",
    "lock": "mdi6.lock-outline",
    "add": "mdi6.plus",
    "edit": "mdi6.pencil-outline",
    "archive": "mdi6.archive-arrow-down-outline",
    "restore": "mdi6.archive-arrow-up-outline",
    "import": "mdi6.file-import-outline",
    "export": "mdi6.file-export-outline",
    "key": "mdi6.key-outline",
    "team": "mdi6.account-multiple-outline",
    "delete": "mdi6.trash-can-outline",
    "info": "mdi6.information-outline",
    "warning": "mdi6.alert-outline",
    "check": "mdi6.check-circle-outline",
    "person": "mdi6.account-circle-outline",
    "search": "mdi6.magnify",
    "language": "mdi6.translate",
    "logout": "mdi6.account-switch-outline",
    "quit": "mdi6.exit-to-app",
    "help": "mdi6.help-circle-outline",
    "clock": "mdi6.clock-outline",
    "budget": "mdi6.wallet-outline",
    "situations": "mdi6.lightbulb-on-outline",
    "groups": "mdi6.account-multiple-check-outline",
    "lessons": "mdi6.book-open-page-variant-outline",
    "calendar": "mdi6.calendar-month-outline",
    "plan": "mdi6.calendar-plus",
    "play": "mdi6.play-circle-outline",
    "pause": "mdi6.pause-circle-outline",
    "next": "mdi6.skip-next-outline",
    "previous": "mdi6.skip-previous-outline",
    "stop": "mdi6.stop-circle-outline",
    "fullscreen": "mdi6.fullscreen",
    "timer": "mdi6.timer-outline",
    "question": "mdi6.comment-question-outline",
    "option": "mdi6.source-branch",
    "experiment": "mdi6.flask-outline",
    "finish": "mdi6.flag-checkered",
    "history": "mdi6.history",
    "room": "mdi6.door",
    "guide": "mdi6.account-star-outline",
    "share": "mdi6.share-variant-outline",
    "action": "mdi6.checkbox-marked-circle-outline",
    "energy": "mdi6.lightning-bolt-outline",
    "meaning": "mdi6.heart-outline",
    "development": "mdi6.compass-outline",
    "conversations": "mdi6.account-voice",
    "up": "mdi6.arrow-up",
    "down": "mdi6.arrow-down",
    "coach": "mdi6.robot-outline",
    "copy": "mdi6.content-copy",
    "model": "mdi6.memory",
}


def app_icon() -> QIcon:
    """The program's own picture: the director's chair, in the accent colour."""
    return qta.icon(NAMES["app"], color=QApplication.palette().color(
        QPalette.ColorRole.Highlight).name())


def icon(meaning: str, *, color: str | None = None) -> QIcon:
    if color is None:
        color = QApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return qta.icon(NAMES[meaning], color=color)
