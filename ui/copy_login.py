"""The first window on a laptop that works on a personal copy: the person's password opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, messages
from app.failures import as_domain_error
from app.personal_copy.unlock import first_login
from app.settings import LocalSettings
from models.errors import DomainError
from ui.i18n import Languages
from ui.icons import app_icon
from ui.login import finish_login_column
from ui.tasks import Tasks
from ui.widgets.common import FieldError, hint_label, title_label


class CopyUnlockWindow(QWidget):
    """Asks the password of the copy's person; emits ``opened(OpenCopy, LoginResult,
    password)`` once the copy is open. A wrong password says so and changes nothing."""

    opened = Signal(object, object, str)
    ready = Signal()

    def __init__(self, folder: Path, tasks: Tasks, languages: Languages,
                 local: LocalSettings) -> None:
        super().__init__()
        self.folder = folder
        self.tasks = tasks
        self.languages = languages
        self.local = local
        self._busy = False
        self.setWindowTitle(APP_NAME)
        self.resize(640, 520)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(logo)
        self.title = title_label()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = hint_label()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = FieldError()
        self.login_button = QPushButton()
        self.login_button.setDefault(True)
        for w in (self.title, self.explain, self.password, self.error):
            column.addWidget(w)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.login_button)
        column.addLayout(row)
        self.language = finish_login_column(outer, column)
        self.language.setCurrentIndex(0 if languages.current == "nl" else 1)
        self.password.returnPressed.connect(self.attempt)
        self.login_button.clicked.connect(self.attempt)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.retranslate()
        self.password.setFocus()
        QTimer.singleShot(0, self, self.ready.emit)

    def attempt(self) -> None:
        if self._busy:
            return
        password = self.password.text()
        if not password:
            self.error.show_message(self.tr("Type your password."))
            return
        self._busy = True
        self.login_button.setEnabled(False)
        self.error.show_message(self.tr("Opening your copy…"))
        folder = self.folder
        # Argon2id takes a moment, and opening reads the file: off the UI thread.
        self.tasks.run(lambda: first_login(folder, password),
                       lambda done: self._opened(done[0], done[1], password), self._failed)

    def _opened(self, copy: object, result: object, password: str) -> None:
        self.password.clear()
        self.error.show_message("")
        self.opened.emit(copy, result, password)

    def _failed(self, exc: BaseException) -> None:
        expected = as_domain_error(exc)
        if expected is None:
            raise exc
        self._busy = False
        self.login_button.setEnabled(True)
        self.password.selectAll()
        self.password.setFocus()
        self.error.show_message(self.describe(expected))

    def describe(self, error: DomainError) -> str:
        return messages.describe(error, self.languages.current)

    def _language_chosen(self) -> None:
        language = self.language.currentData()
        self.languages.apply(language)
        self.local.language = language
        self.local.save()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your personal copy"))
        self.explain.setText(self.tr(
            "This laptop works on your personal copy of your data, in %1. Type your "
            "password to open it; it works without a connection too.").replace(
                "%1", str(self.folder)))
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.login_button.setText(self.tr("&Open"))
        self.language.setAccessibleName(self.tr("Language"))
