"""The question when another Regiestoel already writes to this data folder: look, or quit."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app import APP_NAME, messages
from app.instance_lock import Held


def in_use_text(held: Held, language: str) -> str:
    since = held.since.astimezone() if held.since is not None else "?"
    return messages.text("database_in_use", language, who=held.who, host=held.host, since=since)


class InUseDialog(QMessageBox):
    """Says who holds the database and since when; offers read-only or quit."""

    def __init__(self, held: Held, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(f"{APP_NAME} — {messages.text('database_in_use_title', language)}")
        self.setText(in_use_text(held, language))
        self.read_only_button: QPushButton = self.addButton(
            messages.text("database_in_use_read_only_button", language),
            QMessageBox.ButtonRole.AcceptRole)
        self.quit_button: QPushButton = self.addButton(
            messages.text("database_in_use_quit_button", language),
            QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.read_only_button)
        self.setEscapeButton(self.quit_button)

    def chose_read_only(self) -> bool:
        return self.clickedButton() is self.read_only_button


def ask_in_use(held: Held, language: str) -> bool:
    """True when the person chooses to open the database read-only; False to quit."""
    dialog = InUseDialog(held, language)
    dialog.exec()
    return dialog.chose_read_only()
