"""Asks for the database server's password at start, where no keyring remembers it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, messages
from app.instance_lock import os_user
from app.secrets import KeyringStore, SecretStore
from app.server_login import ServerAddress
from ui.dialogs.form import GuardedDialog


class ServerPasswordDialog(GuardedDialog):
    """The server, an explanation, the password; "remember" only where a keyring exists."""

    def __init__(self, url: str, language: str, *, refused: bool = False,
                 store: SecretStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store or KeyringStore()
        self.setWindowTitle(f"{APP_NAME} — {messages.text('server_password_title', language)}")
        layout = QVBoxLayout(self)
        address = ServerAddress.of(url)
        intro = messages.text("server_password_text", language, database=address.database,
                              server=f"{address.host}:{address.port}",
                              user=address.user or os_user())
        if refused:
            intro = messages.text("database_login_failed", language) + "\n\n" + intro
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(messages.text("server_password_title", language))
        layout.addWidget(self.password)
        self.remember = QCheckBox(messages.text("server_password_remember", language))
        if self.store.available:
            self.remember.setChecked(True)
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(messages.text("keyring_unavailable_server", language))
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


def ask_server_password(url: str, language: str, *, refused: bool) -> tuple[str, bool] | None:
    """(password, remember it) or None when the person cancels."""
    dialog = ServerPasswordDialog(url, language, refused=refused)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.password.text():
        return None
    return dialog.password.text(), dialog.remember.isChecked() and dialog.remember.isEnabled()
