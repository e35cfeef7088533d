"""Ctrl+number opens the same screen for everyone, and the Go menu lists every screen a
person may use (issue 18: the keys differed per role, the owner's menu lacked screens)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import OWNER_PASSWORD, PASSWORD
from tests.ui.conftest import log_in

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def piet(setup, add_person):
    return add_person("Piet Professional")


def shown_area(window) -> str:
    return next(a.title() for a in window.areas
                if window.area_widgets.get(a.key) is window.current_area())


def press(qtbot, window, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.keyClick(window, key, CTRL)


def go_menu(window) -> list[str]:
    return [a.text().replace("&&", "&") for a in window.go_menu.actions() if a.isVisible()]


def test_the_owners_go_menu_lists_every_screen(qtbot, piet, window):
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    assert go_menu(window) == [a.title() for a in window.areas]
    assert "Audit log" in go_menu(window) and "Settings" in go_menu(window)
    press(qtbot, window, Qt.Key.Key_0)
    assert shown_area(window) == "Settings"


@pytest.mark.parametrize("who", ["Olga", "Piet"])
def test_the_same_key_opens_the_same_screen_for_every_role(qtbot, piet, window, who):
    log_in(qtbot, window, who, OWNER_PASSWORD if who == "Olga" else PASSWORD)
    press(qtbot, window, Qt.Key.Key_5)
    assert shown_area(window) == "Conversations"
    press(qtbot, window, Qt.Key.Key_2)
    assert shown_area(window) == "Work situations"
    press(qtbot, window, Qt.Key.Key_6)
    assert shown_area(window) == "Learning & budget"
    press(qtbot, window, Qt.Key.Key_1)
    assert shown_area(window) == "My learning"
