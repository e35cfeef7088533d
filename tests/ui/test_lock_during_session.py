"""The shared laptop locks during a session as people expect: nothing stays on the screen,
and the session waits, paused, for the person who ran it (issue 18, finding 3)."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.services import sessions
from models import Cycle, Session, SessionStatus
from tests.conftest import PASSWORD
from tests.group_helpers import form_group
from tests.ui.conftest import log_in

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def session_id(db, owner, add_person):
    """Today's session of Anna's group; made before the login screen lists the names."""
    a, b, c = add_person("Anna Smit"), add_person("Bert Vos"), add_person("Cem Kaya")
    group_id = form_group(db, a, [a, b, c], "Storingen")
    with db.transaction() as s:
        cycle = Cycle(group_id=group_id, start_time=time(9), uid="lock-test")
        cycle.sessions = [Session(day_number=n, day=date.today() + timedelta(days=n - 1),
                                  start_time=time(9)) for n in range(1, 5)]
        s.add(cycle)
        s.flush()
        return cycle.sessions[0].id


def start_from_home(qtbot, window):
    log_in(qtbot, window, "Anna", PASSWORD)
    home = window.current_area()
    qtbot.waitUntil(lambda: any(b.text() == "Start session" and b.isVisible()
                                for b in home.findChildren(QPushButton)), timeout=10_000)
    qtbot.wait(100)  # Mijn regie may fill its week once more as its data arrives
    start = next(b for b in home.findChildren(QPushButton)
                 if b.text() == "Start session" and b.isVisible())
    qtbot.mouseClick(start, LEFT)
    qtbot.waitUntil(lambda: window.runner is not None)
    runner = window.runner
    qtbot.waitUntil(lambda: runner.view is not None, timeout=10_000)
    return runner


def locked(window) -> bool:
    return window.workspace is None and window.pages.currentWidget() is window.login


def test_the_idle_lock_hides_a_runner_whose_clock_was_never_started(
        qtbot, db, session_id, window):
    runner = start_from_home(qtbot, window)
    window.idle.set_interval_ms(300)
    qtbot.waitUntil(lambda: locked(window), timeout=5_000)
    assert not runner.isVisible()  # energy scores and notes are gone from the screen
    assert window.runner is None
    view = sessions.get_session(db, _anna(db), session_id, "en")
    assert view.status is SessionStatus.RUNNING  # waiting for the group, not finished


def _anna(db):
    from app.services.auth import actor_for
    from models import Person
    with db.read() as s:
        person_id = s.query(Person).filter(Person.name == "Anna Smit").one().id
    return actor_for(db, person_id)


def test_the_laptop_locks_when_the_clock_is_paused_not_while_it_runs(
        qtbot, session_id, window):
    runner = start_from_home(qtbot, window)
    qtbot.mouseClick(runner.play_button, LEFT)
    assert runner.clock.running
    window.idle.set_interval_ms(200)
    qtbot.wait(700)
    assert not locked(window)  # the group is talking; the screen stays
    qtbot.mouseClick(runner.play_button, LEFT)
    assert runner.clock_state.text() == "Paused"
    assert not runner.countdown.isEnabled()  # the big clock dims too
    qtbot.waitUntil(lambda: locked(window), timeout=5_000)
    assert not runner.isVisible()


def test_ctrl_l_in_the_runner_locks_and_the_session_comes_back_paused(
        qtbot, db, session_id, window):
    runner = start_from_home(qtbot, window)
    runner.activateWindow()
    qtbot.mouseClick(runner.play_button, LEFT)
    runner.notes.setFocus()
    qtbot.keyClicks(runner.notes, "Eerst vragen")
    qtbot.wait(1100)
    qtbot.keyClick(runner.notes, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: locked(window), timeout=5_000)
    assert not runner.isVisible()
    window.ctx.tasks.wait()
    anna = _anna(db)
    view = sessions.get_session(db, anna, session_id, "en")
    assert view.status is SessionStatus.RUNNING  # not finished behind anyone's back
    assert view.notes == "Eerst vragen"  # what was typed was saved first

    log_in(qtbot, window, "Anna", PASSWORD)
    qtbot.waitUntil(lambda: window.runner is not None and window.runner.view is not None,
                    timeout=10_000)
    again = window.runner
    assert again.isVisible()
    assert not again.clock.running and again.clock.spent() >= 1
    assert "locked" in again.clock_state.text()
    assert again.notes.toPlainText() == "Eerst vragen"
    assert "paused" in window.statusBar().currentMessage()
    qtbot.mouseClick(again.play_button, LEFT)
    assert again.clock.running and again.clock_state.text() == ""


def test_a_lock_closes_a_dialog_open_over_the_main_window(qtbot, session_id, window):
    """The development question opens on the main window: it must not stay over the
    login screen for the next person to read."""
    log_in(qtbot, window, "Anna", PASSWORD)
    home = window.current_area()
    qtbot.waitUntil(lambda: home.question_button.isVisible())
    qtbot.mouseClick(home.question_button, LEFT)
    qtbot.waitUntil(lambda: window.development_dialog is not None
                    and window.development_dialog.isVisible(), timeout=10_000)
    dialog = window.development_dialog
    qtbot.keyClicks(dialog.question, "Hoe leer ik storingen zelf vinden?")
    window.idle.set_interval_ms(300)  # and then nobody touches the laptop
    qtbot.waitUntil(lambda: locked(window), timeout=5_000)
    assert not dialog.isVisible()
    assert dialog.discard_question is None or not dialog.discard_question.isVisible()


def test_ctrl_l_in_a_dialog_locks_the_laptop(qtbot, session_id, window):
    log_in(qtbot, window, "Anna", PASSWORD)
    home = window.current_area()
    qtbot.waitUntil(lambda: home.question_button.isVisible())
    qtbot.mouseClick(home.question_button, LEFT)
    qtbot.waitUntil(lambda: window.development_dialog is not None
                    and window.development_dialog.isVisible(), timeout=10_000)
    dialog = window.development_dialog
    dialog.activateWindow()
    qtbot.keyClicks(dialog.question, "Hoe leer ik storingen zelf vinden?")
    qtbot.keyClick(dialog.question, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: locked(window), timeout=5_000)
    assert not dialog.isVisible()
