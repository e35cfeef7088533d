"""Without a system tray: a notification as a small notice in the status bar, clicked to go
where the item is acted on, or put away with its close button. Never a modal box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QWidget

from app.services.due import DueItem
from ui.icons import icon


class DueNotice(QWidget):
    """Shows one notification at a time; ``opened`` when its text is clicked, ``dismissed``
    when its close button is. Hidden while it has nothing to say."""

    opened = Signal()
    dismissed = Signal()

    def __init__(self, describe: Callable[[DueItem], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.describe = describe
        self.item: DueItem | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.text = QPushButton(icon("reminders"), "")
        self.text.setFlat(True)
        self.text.setCursor(Qt.CursorShape.PointingHandCursor)
        self.text.clicked.connect(self.opened)
        self.close_button = QToolButton()
        self.close_button.setIcon(icon("dismiss"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismissed)
        row.addWidget(self.text)
        row.addWidget(self.close_button)
        self.hide()
        self.retranslate()

    def say(self, item: DueItem) -> None:
        self.item = item
        text = self.describe(item)
        self.text.setText(text.replace("&", "&&"))
        self.text.setAccessibleName(text)
        self.show()

    def clear(self) -> None:
        self.item = None
        self.text.setText("")
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.text.setToolTip(self.tr("Go there"))
        self.close_button.setToolTip(self.tr("Put this notification away"))
        self.close_button.setAccessibleName(self.tr("Put this notification away"))
        if self.item is not None:
            self.say(self.item)  # in the language just chosen

