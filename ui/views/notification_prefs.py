"""Settings, My preferences: which desktop notifications I get, my quiet hours, and (where
the desktop has a tray) whether closing the window keeps Regiestoel running there."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QEvent, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QWidget,
)

from app.changes import Changes
from app.services import notifications
from app.services.notifications import TOPICS, NotificationPrefs
from models.errors import Conflict, DomainError
from ui.context import AppContext
from ui.widgets.common import FieldError, hint_label


def _qtime(value: time | None, default: QTime) -> QTime:
    return QTime(value.hour, value.minute) if value is not None else default


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


class NotificationPrefsBox(QGroupBox):
    def __init__(self, ctx: AppContext, *, tray: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: NotificationPrefs | None = None
        form = QFormLayout(self)
        self.hint = hint_label()
        form.addRow(self.hint)
        self.topics: dict[str, QCheckBox] = {}
        self.topics_label = QLabel()
        column = QWidget()
        rows = QFormLayout(column)
        rows.setContentsMargins(0, 0, 0, 0)
        for topic in TOPICS:
            box = QCheckBox()
            box.setChecked(True)
            self.topics[topic] = box
            rows.addRow(box)
        form.addRow(self.topics_label, column)
        self.quiet = QCheckBox()
        self.quiet_from = QTimeEdit(QTime(22, 0))
        self.quiet_until = QTimeEdit(QTime(7, 0))
        for edit in (self.quiet_from, self.quiet_until):
            edit.setDisplayFormat("HH:mm")
        self.until_label = QLabel()
        times = QHBoxLayout()
        times.setContentsMargins(0, 0, 0, 0)
        times.addWidget(self.quiet)
        times.addWidget(self.quiet_from)
        times.addWidget(self.until_label)
        times.addWidget(self.quiet_until)
        times.addStretch(1)
        self.quiet_label = QLabel()
        self.quiet_label.setBuddy(self.quiet)
        holder = QWidget()
        holder.setLayout(times)
        self.quiet_error = FieldError()
        form.addRow(self.quiet_label, holder)
        form.addRow("", self.quiet_error)
        self.quiet.toggled.connect(self._quiet_toggled)
        # This computer's choice, not the person's: only where the desktop has a tray.
        self.tray: QCheckBox | None = None
        if tray:
            self.tray = QCheckBox()
            self.tray.setChecked(ctx.local.on_close == "tray")
            form.addRow("", self.tray)
        self.error = FieldError()
        form.addRow("", self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        form.addRow("", self.buttons)
        self._quiet_toggled(False)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: notifications.my_prefs(db, actor), self._show)

    def _show(self, prefs: NotificationPrefs) -> None:
        self.current = prefs
        for topic, box in self.topics.items():
            box.setChecked(topic not in prefs.topics_off)
        quiet = prefs.quiet_from is not None
        self.quiet.setChecked(quiet)
        self.quiet_from.setTime(_qtime(prefs.quiet_from, QTime(22, 0)))
        self.quiet_until.setTime(_qtime(prefs.quiet_until, QTime(7, 0)))
        self._quiet_toggled(quiet)

    def _quiet_toggled(self, on: bool) -> None:
        self.quiet_from.setEnabled(on)
        self.quiet_until.setEnabled(on)

    def chosen(self) -> NotificationPrefs:
        start = end = None
        if self.quiet.isChecked():
            start, end = _pytime(self.quiet_from.time()), _pytime(self.quiet_until.time())
        off = frozenset(t for t, box in self.topics.items() if not box.isChecked())
        return NotificationPrefs(off, start, end)

    def save(self) -> None:
        self.error.show_message("")
        self.quiet_error.show_message("")
        if self.tray is not None:
            wanted = "tray" if self.tray.isChecked() else "quit"
            if wanted != self.ctx.local.on_close:
                self.ctx.local.on_close = wanted
                self.ctx.local.save()
        prefs = self.chosen()
        db, actor = self.ctx.db, self.ctx.actor
        version = self.current.version_id if self.current is not None else None
        self.ctx.change(self, lambda: notifications.save_prefs(db, actor, prefs,
                                                               expected_version=version),
                        self._saved, self._failed)

    def _saved(self, _changes: Changes) -> None:
        self.ctx.bus.notice.emit(self.tr("Your notification settings are saved."))
        self.reload()  # the new version, for the next save

    def _failed(self, error: DomainError) -> None:
        target = self.quiet_error if error.field == "quiet_hours" else self.error
        target.show_message(self.ctx.describe(error))
        if isinstance(error, Conflict):
            self.reload()  # what was saved elsewhere, to choose again from

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Notifications"))
        self.hint.setText(self.tr(
            "While Regiestoel runs, it tells you when something new is due for you: what "
            "and when, never what it is about. Only for you, and never while Regiestoel is "
            "locked."))
        names = {
            "sessions": self.tr("Sessions of my learning groups"),
            "preparation": self.tr("Preparing my talent conversations"),
            "overdue": self.tr("Agreements and actions past their date"),
            "decisions": self.tr("Learning requests waiting for my decision"),
            "invitations": self.tr("Invitations to a learning group"),
            "culture": self.tr("The learning culture scan"),
        }
        for topic, box in self.topics.items():
            box.setText(names[topic])
        self.topics_label.setText(self.tr("Tell me about"))
        self.quiet_label.setText(self.tr("&Quiet hours"))
        self.quiet.setText(self.tr("From"))
        self.until_label.setText(self.tr("until"))
        self.quiet.setAccessibleName(self.tr("Quiet hours"))
        self.quiet_from.setAccessibleName(self.tr("Quiet hours from"))
        self.quiet_until.setAccessibleName(self.tr("Quiet hours until"))
        if self.tray is not None:
            self.tray.setText(self.tr(
                "Keep Regiestoel running in the system tray when I close its window "
                "(this computer)"))
