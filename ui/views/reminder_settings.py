"""Settings, Reminders tab: my calendar subscription folder; for the owner the SMTP server
and how long before a conversation its calendar alarm goes off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import calendar_feed, mail
from app.access import Operation
from app.services import alarms
from models.errors import DomainError, Invalid
from ui.context import AppContext
from ui.icons import icon
from ui.widgets.common import FieldError, hint_label, with_notes


class ReminderSettingsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_manage = ctx.session.may(Operation.MANAGE_SETTINGS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        # --- my calendar -------------------------------------------------------------------
        self.calendar_box = QGroupBox()
        form = QFormLayout(self.calendar_box)
        self.calendar_hint = hint_label()
        form.addRow(self.calendar_hint)
        self.folder = QLineEdit()
        self.folder.setText(ctx.local.calendar_folders.get(str(ctx.session.person_id), ""))
        self.choose = QPushButton(icon("folder"), "")
        self.folder_error = FieldError()
        self.folder_done = hint_label()
        self.folder_done.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        holder = QWidget()
        holder.setLayout(row)
        holder.setFocusProxy(self.folder)
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.folder)
        form.addRow(self.folder_label, with_notes(holder, self.folder_error, self.folder_done))
        self.keep = QPushButton(icon("calendar"), "")
        self.stop = QPushButton("")
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep)
        buttons.addWidget(self.stop)
        buttons.addStretch(1)
        form.addRow("", buttons)
        layout.addWidget(self.calendar_box)

        # --- e-mail (the owner) ------------------------------------------------------------
        self.mail_box = QGroupBox()
        mform = QFormLayout(self.mail_box)
        self.mail_hint = hint_label()
        mform.addRow(self.mail_hint)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox()
        self.security.addItem("STARTTLS", mail.STARTTLS)
        self.security.addItem("TLS", mail.TLS)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_field = QLineEdit()
        self.alarm = QSpinBox()
        self.alarm.setRange(0, alarms.MAX_MINUTES)
        self.alarm.setSingleStep(15)
        self.errors = {k: FieldError() for k in ("smtp_host", "smtp_port", "smtp_security",
                                                 "smtp_sender", "alarm_minutes", "")}
        self.mail_labels: list[QLabel] = []
        for widget, key in ((self.host, "smtp_host"), (self.port, "smtp_port"),
                            (self.security, "smtp_security"), (self.user, None),
                            (self.password, None), (self.sender_field, "smtp_sender"),
                            (self.alarm, "alarm_minutes")):
            label = QLabel()
            label.setBuddy(widget)
            self.mail_labels.append(label)
            notes = [self.errors[key]] if key else []
            mform.addRow(label, with_notes(widget, *notes))
        self.mail_done = hint_label()
        self.mail_done.hide()
        self.save_mail = QPushButton(icon("check"), "")
        save_row = QHBoxLayout()
        save_row.setContentsMargins(0, 0, 0, 0)
        save_row.addWidget(self.save_mail)
        save_row.addStretch(1)
        save_holder = QWidget()
        save_holder.setLayout(save_row)
        mform.addRow("", with_notes(save_holder, self.errors[""], self.mail_done))
        layout.addWidget(self.mail_box)
        layout.addStretch(1)
        self.mail_box.setVisible(self.can_manage)

        self.choose.clicked.connect(self._choose)
        self.keep.clicked.connect(self.keep_calendar)
        self.stop.clicked.connect(self.stop_calendar)
        self.save_mail.clicked.connect(self.save_server)
        self.retranslate()
        if self.can_manage:
            self.reload()

    # --- my calendar -----------------------------------------------------------------------

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for your calendar"),
                                                  self.folder.text() or str(Path.home()))
        if chosen:
            self.folder.setText(chosen)
            self.keep_calendar()

    def keep_calendar(self) -> None:
        """Write the file now (in the background); only when that worked is the folder kept."""
        text = self.folder.text().strip()
        self.folder_error.show_message("")
        self.folder_done.hide()
        if not text:
            self.folder_error.show_message(self.tr("Choose a folder first."))
            return
        db, actor, language = self.ctx.db, self.ctx.actor, self.ctx.language
        folder = Path(text)

        def done(path: Path) -> None:
            self.ctx.local.calendar_folders[str(actor.person_id)] = str(folder)
            self.ctx.local.save()
            self.folder_done.setText(self.tr(
                "Your calendar is in %1. Subscribe to this file once in Outlook, Thunderbird "
                "or your phone; Regiestoel keeps it up to date while it runs.").replace(
                "%1", str(path)))
            self.folder_done.show()

        self.ctx.call(self, lambda: calendar_feed.write_feed(db, actor, folder, language),
                      done, self._folder_failed)

    def _folder_failed(self, error: DomainError) -> None:
        self.folder_error.show_message(self.ctx.describe(error))

    def stop_calendar(self) -> None:
        """Regiestoel stops updating the file (the file itself stays where it is)."""
        self.ctx.local.calendar_folders.pop(str(self.ctx.session.person_id), None)
        self.ctx.local.save()
        self.folder.clear()
        self.folder_error.show_message("")
        self.folder_done.setText(self.tr("Regiestoel no longer updates your calendar file."))
        self.folder_done.show()

    # --- e-mail ----------------------------------------------------------------------------

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: (mail.smtp_settings(db, actor), alarms.alarm_minutes(db)),
                      self._show)

    def _show(self, loaded: tuple[mail.SmtpSettings | None, int]) -> None:
        settings, minutes = loaded
        self.alarm.setValue(minutes)
        if settings is None:
            return
        self.host.setText(settings.host)
        self.port.setValue(settings.port)
        self.security.setCurrentIndex(max(0, self.security.findData(settings.security)))
        self.user.setText(settings.user)
        self.sender_field.setText(settings.sender)

    def save_server(self) -> None:
        for error in self.errors.values():
            error.show_message("")
        self.mail_done.hide()
        host = self.host.text().strip()
        # An empty server: e-mail off (nothing is sent, the password is forgotten).
        settings = mail.SmtpSettings(host, self.port.value(), self.security.currentData(),
                                     self.user.text(), self.sender_field.text()) if host else None
        password = self.password.text() or None
        minutes = self.alarm.value()
        db, actor = self.ctx.db, self.ctx.actor

        def save() -> None:
            if settings is not None:
                mail.validated(settings)  # every field checked before anything is stored
            mail.save_smtp_settings(db, actor, settings, new_password=password)
            alarms.set_alarm_minutes(db, actor, minutes)

        def done(_result: object) -> None:
            self.password.clear()
            self.mail_done.setText(self.tr("Saved.") if settings is not None else self.tr(
                "Saved. Without an e-mail server Regiestoel sends no e-mail."))
            self.mail_done.show()

        self.ctx.call(self, save, done, self._mail_failed)

    def _mail_failed(self, error: DomainError) -> None:
        key = error.field if isinstance(error, Invalid) and error.field in self.errors else ""
        self.errors[key or ""].show_message(self.ctx.describe(error))

    # --- texts -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.calendar_box.setTitle(self.tr("My calendar"))
        self.calendar_hint.setText(self.tr(
            "Choose a folder that your calendar program or phone syncs (OneDrive, Nextcloud, "
            "a shared drive). Regiestoel keeps one file there with your sessions and "
            "conversations, with alarms, and updates it while it runs."))
        self.folder_label.setText(self.tr("&Folder"))
        self.folder.setAccessibleName(self.tr("Folder for your calendar"))
        self.choose.setText(self.tr("Choose…"))
        self.keep.setText(self.tr("Keep my calendar here"))
        self.stop.setText(self.tr("Stop updating"))
        self.mail_box.setTitle(self.tr("Reminders by e-mail"))
        self.mail_hint.setText(self.tr(
            "Optional. With your organisation's SMTP server, Regiestoel e-mails everyone a "
            "short reminder when something is due, and a summary on Monday morning. An "
            "e-mail names only the kind, the date and the place, never the content. The "
            "password is kept in this computer's keyring, never in a file."))
        names = (self.tr("SMTP &server"), self.tr("&Port"), self.tr("S&ecurity"),
                 self.tr("&User name"), self.tr("Pass&word"), self.tr("Se&nder"),
                 self.tr("&Alarm before a conversation (minutes)"))
        for label, text in zip(self.mail_labels, names, strict=True):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", ""))
        self.password.setPlaceholderText(self.tr("unchanged"))
        self.sender_field.setPlaceholderText("regiestoel@…")
        self.save_mail.setText(self.tr("Save"))
