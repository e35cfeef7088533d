"""The system tray: Open and Quit, notifications as tray messages, and keeping Regiestoel
running there when the main window is closed (asked once, remembered on this computer)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon

from app.settings import LocalSettings
from ui.icons import icon, window_icon

if TYPE_CHECKING:
    from ui.main_window import MainWindow

KEEP, QUIT = "tray", "quit"  # LocalSettings.on_close
MESSAGE_MS = 10_000


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Tray(QObject):
    """Made only where the desktop has a tray. The window's close is watched from here (an
    event filter), so the main window needs to know nothing of the tray."""

    def __init__(self, window: MainWindow, local: LocalSettings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.local = local
        self.icon = QSystemTrayIcon(window_icon(), self)
        self.menu = QMenu()
        self.act_open = self.menu.addAction(icon("home"), "")
        self.act_open.triggered.connect(lambda _c=False: self.open_window())
        self.menu.addSeparator()
        self.act_quit = self.menu.addAction(icon("quit"), "")
        self.act_quit.triggered.connect(lambda _c=False: self.quit())
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        self._on_click: Callable[[], None] | None = None
        self.question: QMessageBox | None = None
        window.installEventFilter(self)
        # The window's closeEvent quits the program itself; hiding it must not.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)
        self.retranslate()
        self.icon.show()

    def retranslate(self) -> None:
        self.act_open.setText(self.tr("&Open Regiestoel"))
        self.act_quit.setText(self.tr("&Quit"))
        self.icon.setToolTip("Regiestoel")

    # --- messages ------------------------------------------------------------------------

    def show_message(self, text: str, on_click: Callable[[], None] | None = None) -> None:
        """A tray message (the desktop's notification); clicking it runs ``on_click``.
        Only the latest message can be clicked: the platform does not say which one was."""
        self._on_click = on_click
        self.icon.showMessage("Regiestoel", text, window_icon(), MESSAGE_MS)

    def forget_message(self) -> None:
        """After a lock: a click on a message still on screen does nothing."""
        self._on_click = None

    def _message_clicked(self) -> None:
        action, self._on_click = self._on_click, None
        if action is not None:
            action()

    # --- Open and Quit -------------------------------------------------------------------

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_window()

    def open_window(self) -> None:
        window = self.window
        if window.isMinimized() or not window.isVisible():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    def quit(self) -> None:
        """The normal quit path: the window closes as File > Quit does, then the program
        makes its quit backup."""
        self.window.quit()

    # --- closing the window --------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # the tray's menu speaks the language of the window
            return False
        if watched is not self.window or event.type() != QEvent.Type.Close \
                or self.window.quitting:
            return False
        if self.local.on_close == KEEP:
            event.ignore()
            self._to_tray()
            return True
        if self.local.on_close == "":
            event.ignore()
            self._ask()
            return True
        return False  # chose to quit on close: the window closes as it always did

    def _to_tray(self) -> None:
        self.window.hide()

    def _ask(self) -> None:
        """Once: keep running in the tray (notifications go on), or quit as usual."""
        if self.question is not None and self.question.isVisible():
            return
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Regiestoel")
        box.setText(self.tr("Keep Regiestoel running in the system tray?"))
        box.setInformativeText(self.tr(
            "Then you still get a notification when something is due, also with the window "
            "closed. Open Regiestoel again from its icon in the tray; quit it from the icon's "
            "menu. You can change this later under Settings, My preferences."))
        self.keep_button = box.addButton(self.tr("&Keep running in the tray"),
                                         QMessageBox.ButtonRole.AcceptRole)
        self.quit_button = box.addButton(self.tr("&Quit Regiestoel"),
                                         QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(self.keep_button)
        box.buttonClicked.connect(self._answered)
        self.question = box
        box.open()

    def _answered(self, button: object) -> None:
        if button is self.keep_button:
            self.local.on_close = KEEP
            self.local.save()
            self._to_tray()
            self.show_message(self.tr(
                "Regiestoel keeps running here. Quit it from this icon's menu."),
                self.open_window)
        elif button is self.quit_button:
            self.local.on_close = QUIT
            self.local.save()
            self.window.quit()
        # Cancel: the window stays open, and the question comes again next time.
