"""In a real window at the run's screen size: an invitation answered on *Leergroepen*, and a
dialog that survives Ctrl+L for the person who typed in it (issue 18)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from app.demo import demo_password
from tests.gui.conftest import (
    Program,
    assert_layout,
    click,
    log_in,
    open_area,
    type_into,
    wait_closed,
    wait_for_window,
)

INVITED = "Daan Visser"  # invited to a group in the demo, not in one yet
GROUP = "Storingen sneller oplossen"
QUESTION = "Hoe vind ik een storing aan een warmtepomp sneller?"


@pytest.fixture(scope="module")
def program(demo_program: Program) -> Program:
    return demo_program


def test_the_invitation_waits_on_learning_groups_and_joining_there_works(
        qtbot, program: Program) -> None:
    log_in(qtbot, program, INVITED, demo_password())
    view = open_area(qtbot, program, "groups")
    qtbot.waitUntil(lambda: view.invitations.isVisible(), timeout=10_000)
    program.settle(200)
    texts = " ".join(label.text() for label in view.invitations.findChildren(QLabel))
    assert GROUP in texts
    assert_layout(program.window)
    join = next(b for b in view.invitations.findChildren(QPushButton)
                if b.isVisible() and b.text().replace("&", "") == "Meedoen")
    click(qtbot, join)
    qtbot.waitUntil(lambda: view.list.count() >= 1 and GROUP in view.list.item(0).text(),
                    timeout=10_000)
    qtbot.waitUntil(lambda: not view.invitations.isVisible(), timeout=10_000)


def test_ctrl_l_in_a_dialog_hides_it_and_gives_it_back_to_the_same_person(
        qtbot, program: Program) -> None:
    from ui.dialogs.development import DevelopmentDialog

    window = program.window
    home = open_area(qtbot, program, "home")
    click(qtbot, home.question_button)
    dialog = wait_for_window(qtbot, DevelopmentDialog)
    type_into(qtbot, dialog.question, QUESTION)
    qtbot.keyClick(dialog.question, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.login.isVisible(), timeout=10_000)
    program.settle(200)
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert shown == [window]  # only the login screen is on the locked laptop

    log_in(qtbot, program, INVITED, demo_password())
    again = wait_for_window(qtbot, DevelopmentDialog)
    assert again is dialog and again.question.toPlainText() == QUESTION
    assert_layout(again)
    click(qtbot, again.save_button)  # and it saves as usual, leaving no window behind
    wait_closed(qtbot, again)
