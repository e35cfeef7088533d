"""On the shared laptop each person's language is their own; the login screen keeps the
machine's language and forgets the last person's name in its search box."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import people
from tests.conftest import OWNER_PASSWORD, PASSWORD
from tests.ui.conftest import log_in


def type_login(qtbot, window, name: str, password: str) -> None:
    login = window.login
    qtbot.keyClicks(login.filter, name)
    qtbot.keyClicks(login.password, password)
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)


def test_my_language_is_mine_and_the_login_screen_keeps_the_machines(qtbot, window, db,
                                                                     owner, add_person):
    piet = add_person("Piet Professional")
    window.login.reload()
    qtbot.waitUntil(lambda: window.login.names.count() == 2)
    log_in(qtbot, window, "Piet", PASSWORD)
    settings = window.go_to("settings")
    settings.language.setFocus()
    qtbot.keyClick(settings.language, Qt.Key.Key_Up)  # English -> Nederlands
    qtbot.waitUntil(lambda: people.get_person(db, owner, piet.person_id).language == "nl")
    # The window switches when the saved answer reaches it, a moment after the database.
    qtbot.waitUntil(lambda: window.ctx.language == "nl"
                    and window.sidebar.item(0).text() == "Mijn regie")
    qtbot.wait(100)  # nothing of the save arrives after the lock below

    # Locked: the login screen speaks the machine's language again, and forgets "Piet".
    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.login
    assert window.ctx.language == "en" and window.ctx.local.language == "en"
    qtbot.waitUntil(lambda: window.login.login_button.text().replace("&", "") == "Log in")
    assert window.login.language.currentData() == "en"
    assert window.login.filter.text() == ""

    # Olga never chose a language: her session follows the login screen's.
    type_login(qtbot, window, "Olga", OWNER_PASSWORD)
    assert window.ctx.language == "en"
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() not in ("", "Mijn regie"))
    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    assert window.login.filter.text() == ""

    # Piet comes back: his own Dutch.
    type_login(qtbot, window, "Piet", PASSWORD)
    assert window.ctx.language == "nl"
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Mijn regie")


def test_switch_user_also_empties_the_search_box(qtbot, window):
    type_login(qtbot, window, "Olga", OWNER_PASSWORD)
    window.act_switch.trigger()
    assert window.pages.currentWidget() is window.login
    assert window.login.filter.text() == ""
    assert all(not window.login.names.item(r).isHidden()
               for r in range(window.login.names.count()))
