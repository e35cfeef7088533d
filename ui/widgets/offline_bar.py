"""The bar above a personal copy's screens: online or offline, when last synced, Sync now."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.i18n import DUTCH_TIME
from ui.icons import icon
from ui.sync_runner import SyncRunner
from ui.widgets.common import FieldError

_MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def day_and_time(moment: datetime, language: str) -> str:
    """``3 december 16:02`` (Dutch) or ``3 December 16:02``, in Dutch clock time."""
    local = moment.astimezone(DUTCH_TIME)
    month = _MONTHS.get(language, _MONTHS["en"])[local.month - 1]
    return f"{local.day} {month} {local:%H:%M}"


def clock_time(moment: datetime) -> str:
    return f"{moment.astimezone(DUTCH_TIME):%H:%M}"


class OfflineBar(QFrame):
    """Says plainly whether this laptop is connected to the organisation's database, and
    when the copy was last brought up to date; *Sync now*, a progress line while it runs,
    conflicts waiting, and the warning of a copy not synced for 30 days."""

    conflicts_requested = Signal()
    refused_requested = Signal()

    def __init__(self, ctx: AppContext, runner: SyncRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.setObjectName("offlinebar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 4, 10, 4)
        row = QHBoxLayout()
        self.state = QLabel()
        self.state.setObjectName("offlinestate")
        font = self.state.font()
        font.setBold(True)
        self.state.setFont(font)
        self.progress = QLabel()
        self.sync_button = QPushButton(icon("history"), "")
        self.sync_button.clicked.connect(runner.sync_now)
        row.addWidget(self.state)
        row.addWidget(self.progress, 1)
        row.addWidget(self.sync_button)
        column.addLayout(row)
        conflict_row = QHBoxLayout()
        self.conflict_text = QLabel()
        self.conflict_text.setWordWrap(True)
        self.conflict_button = QPushButton(icon("edit"), "")
        self.conflict_button.clicked.connect(self.conflicts_requested)
        conflict_row.addWidget(self.conflict_text, 1)
        conflict_row.addWidget(self.conflict_button)
        column.addLayout(conflict_row)
        refused_row = QHBoxLayout()
        self.refused_text = QLabel()
        self.refused_text.setWordWrap(True)
        self.refused_button = QPushButton(icon("info"), "")
        self.refused_button.clicked.connect(self.refused_requested)
        refused_row.addWidget(self.refused_text, 1)
        refused_row.addWidget(self.refused_button)
        column.addLayout(refused_row)
        # The warning of a stale copy and a sync's problem, in words the person can act on.
        self.warning = FieldError()
        column.addWidget(self.warning)
        runner.changed.connect(self.refresh)
        self.retranslate()

    def state_text(self) -> str:
        runner, language = self.runner, self.ctx.language
        if runner.online:
            return self.tr("online — synced at %1").replace("%1", clock_time(runner.last_synced))
        return self.tr("offline — last synced %1").replace(
            "%1", day_and_time(runner.last_synced, language))

    def refresh(self) -> None:
        runner = self.runner
        self.state.setText(self.state_text())
        self.progress.setText(runner.step if runner.syncing else "")
        if runner.syncing and not runner.step:
            self.progress.setText(self.tr("Syncing…"))
        self.sync_button.setEnabled(not runner.syncing)
        waiting = runner.conflicts
        self.conflict_text.setText(self.tr(
            "%n change(s) made on this laptop clash with what changed at the organisation "
            "meanwhile. Choose what stays.", "", waiting) if waiting else "")
        self.conflict_text.setVisible(bool(waiting))
        self.conflict_button.setVisible(bool(waiting))
        refused = runner.refused
        self.refused_text.setText(self.tr(
            "%n change(s) from this laptop were not taken over by the organisation's "
            "database.", "", refused) if refused else "")
        self.refused_text.setVisible(bool(refused))
        self.refused_button.setVisible(bool(refused))
        notes = []
        if runner.problem:
            notes.append(runner.problem)
        if runner.is_stale():
            notes.append(self.stale_text(runner.days_without_sync()))
        self.warning.show_message(" ".join(notes))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.sync_button.setText(self.tr("&Sync now"))
        self.sync_button.setToolTip(self.tr(
            "Send your changes to the organisation's database and fetch theirs"))
        self.conflict_button.setText(self.tr("&Choose…"))
        self.refused_button.setText(self.tr("&Why?"))
        self.refresh()

    def stale_text(self, days: int) -> str:
        """The 30-day warning, the same in the bar and at login."""
        return self.tr(
            "Your copy has not been synced for %n day(s). Connect to your organisation's "
            "network and press Sync now: until then your changes are only on this laptop, "
            "and you do not see your colleagues' changes.", "", days)
