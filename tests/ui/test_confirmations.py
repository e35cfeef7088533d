"""Saving says so: settings and a new password get a line in the status bar (issue 18)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services import organisation
from tests.conftest import OWNER_PASSWORD
from tests.ui.conftest import log_in

LEFT = Qt.MouseButton.LeftButton


def test_saving_the_settings_is_confirmed_in_the_status_bar(qtbot, db, window):
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    view = window.go_to("settings")
    qtbot.waitUntil(lambda: view.name.text() != "")
    view.name.selectAll()
    qtbot.keyClicks(view.name, "Bakkerij De Zeven Schoven")
    qtbot.mouseClick(view.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Settings saved.")
    assert organisation.organisation_name(db) == "Bakkerij De Zeven Schoven"


def test_a_changed_password_is_confirmed_in_the_status_bar(qtbot, window):
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    window.act_password.trigger()  # File › Change password…
    dialog = window.password_change
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.current, OWNER_PASSWORD)
    qtbot.keyClicks(dialog.new, "een-nieuw-wachtwoord")
    qtbot.keyClicks(dialog.repeat, "een-nieuw-wachtwoord")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
                     or dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage()
                    == "Your password has been changed.", timeout=10_000)
