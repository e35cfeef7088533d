"""Locking the shared laptop while a dialog is open: nothing of it stays on the screen, and
the same person finds what they typed when they log in again; nobody else sees it, and if
someone else logged in meanwhile, the person is told it was not kept (issue 18)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import PASSWORD
from tests.ui.conftest import log_in

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
TYPED = "Hoe vind ik storingen sneller zelf?"


@pytest.fixture
def people(add_person):
    return add_person("Anna Smit"), add_person("Bert Vos")


@pytest.fixture
def watched(window, qapp):
    """As in the program: the idle lock sees every key and click of every window."""
    qapp.installEventFilter(window.idle)
    yield window
    qapp.removeEventFilter(window.idle)


def locked(window) -> bool:
    return window.workspace is None and window.pages.currentWidget() is window.login


def logged_in(qtbot, window, name: str):
    log_in(qtbot, window, name, PASSWORD)
    qtbot.waitUntil(lambda: window.workspace is not None
                    and window.pages.currentWidget() is window.workspace, timeout=10_000)
    qtbot.waitUntil(lambda: window.idle._armed, timeout=10_000)  # noqa: SLF001


def question_typed(qtbot, window):
    """Anna opens her development question from Mijn regie and types, not saving yet."""
    logged_in(qtbot, window, "Anna")
    home = window.current_area()
    qtbot.waitUntil(lambda: home.question_button.isVisible(), timeout=10_000)
    qtbot.mouseClick(home.question_button, LEFT)
    qtbot.waitUntil(lambda: window.development_dialog is not None
                    and window.development_dialog.isVisible(), timeout=10_000)
    dialog = window.development_dialog
    dialog.activateWindow()
    dialog.question.setFocus()
    qtbot.keyClicks(dialog.question, TYPED)
    return dialog


def typed_then_locked(qtbot, window):
    """Anna types her question, then locks with Ctrl+L in the dialog."""
    dialog = question_typed(qtbot, window)
    qtbot.keyClick(dialog.question, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: locked(window), timeout=5_000)
    return dialog, dialog.windowTitle()


def visible_windows() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_ctrl_l_hides_the_dialog_and_the_same_person_finds_their_text_back(
        qtbot, people, watched):
    window = watched
    dialog, title = typed_then_locked(qtbot, window)
    assert not dialog.isVisible()
    assert title not in visible_windows()  # nothing of it on the locked laptop

    logged_in(qtbot, window, "Anna")
    qtbot.waitUntil(lambda: window.development_dialog is not None
                    and window.development_dialog.isVisible(), timeout=5_000)
    again = window.development_dialog
    assert again.question.toPlainText() == TYPED
    assert window.user_label.text() == "Anna Smit"
    # And it still saves as usual.
    qtbot.mouseClick(again.save_button, LEFT)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10_000)


def test_the_idle_lock_keeps_the_text_too(qtbot, people, watched):
    window = watched
    dialog = question_typed(qtbot, window)
    window.idle.set_interval_ms(300)  # and then nobody touches the laptop
    qtbot.waitUntil(lambda: locked(window), timeout=5_000)
    assert not dialog.isVisible()
    logged_in(qtbot, window, "Anna")
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5_000)
    assert dialog.question.toPlainText() == TYPED


def test_ctrl_l_locks_from_the_discard_question_too(qtbot, people, watched):
    window = watched
    dialog = question_typed(qtbot, window)
    qtbot.keyClick(dialog.question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.discard_question is not None
                    and dialog.discard_question.isVisible())
    box = dialog.discard_question
    box.activateWindow()
    qtbot.keyClick(box, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: locked(window), timeout=5_000)
    assert not box.isVisible() and not dialog.isVisible()
    logged_in(qtbot, window, "Anna")
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5_000)
    assert dialog.question.toPlainText() == TYPED  # "keep editing" was what the lock meant


def test_someone_else_never_sees_it_and_the_person_is_told_it_was_not_kept(
        qtbot, people, watched):
    window = watched
    dialog, title = typed_then_locked(qtbot, window)

    logged_in(qtbot, window, "Bert")
    qtbot.wait(200)
    assert title not in visible_windows()
    assert window.development_dialog is None
    assert window.user_label.text() == "Bert Vos"

    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)  # Bert locks with the main window's key
    qtbot.waitUntil(lambda: locked(window), timeout=5_000)
    logged_in(qtbot, window, "Anna")
    qtbot.waitUntil(lambda: getattr(window, "lost_notice", None) is not None
                    and window.lost_notice.isVisible(), timeout=5_000)
    notice = window.lost_notice
    assert "someone else logged in" in notice.text() and title in notice.text()
    qtbot.mouseClick(notice.button(QMessageBox.StandardButton.Ok), LEFT)
