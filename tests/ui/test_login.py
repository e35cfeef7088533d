"""Logging in, locking and switching user on the shared laptop."""

from __future__ import annotations

from tests.conftest import OWNER_PASSWORD, PASSWORD
from tests.ui.conftest import log_in


def test_a_wrong_password_is_explained_and_the_right_one_opens_my_direction(qtbot, window):
    login = window.login
    login.password.setText("niet-goed")
    login.login_button.click()
    qtbot.waitUntil(lambda: not login.error.isHidden())
    assert "not right" in login.error.text()
    assert window.workspace is None
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    assert window.sidebar.item(0).text() == "My learning"
    home = window.current_area()
    qtbot.waitUntil(lambda: home.home is not None)
    assert "Olga" in home.greeting.text()


def test_after_five_mistakes_the_login_screen_asks_to_wait(qtbot, window):
    login = window.login
    for _ in range(5):
        login.password.setText("fout-fout")
        login.login_button.click()
        qtbot.waitUntil(lambda: login.login_button.isEnabled())
    assert "30 second" in login.error.text()


def test_locking_returns_to_the_login_screen_and_forgets_the_screens(qtbot, window):
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    window.lock_button.click()
    assert window.pages.currentWidget() is window.login
    assert window.workspace is None and window.ctx.session.actor is None


def test_the_idle_lock_locks_after_the_set_time(qtbot, window):
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    qtbot.waitUntil(lambda: window.idle.active)
    window.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: window.workspace is None, timeout=3000)


def test_a_professional_sees_only_the_areas_they_may_use(qtbot, window, add_person):
    add_person("Kees Vakman", temporary=True)
    window.login.reload()
    qtbot.waitUntil(lambda: window.login.names.count() == 2)
    login = window.login
    login.filter.setText("Kees")
    login.password.setText(PASSWORD)
    login.login_button.click()
    # A new person logs in with a temporary password: they choose their own first.
    qtbot.waitUntil(lambda: window.password_dialog is not None)
    dialog = window.password_dialog
    assert window.workspace is None
    dialog.new.setText("mijn-eigen-geheim")
    dialog.repeat.setText("mijn-eigen-geheim")
    dialog.submit()
    qtbot.waitUntil(lambda: window.workspace is not None)
    areas = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert areas == ["My learning", "Work situations", "Learning groups", "Lessons learned",
                     "Conversations", "Learning & budget", "Learning culture", "People",
                     "Settings"]  # the dashboard is the owner's
    assert not window.people_menu.menuAction().isVisible()
