"""The form-dialog base, through the person dialog, as a person at the keyboard meets it:
every field named, errors under their field without moving the others, Save/Cancel, a question
before a filled-in form is thrown away, and a size that fits the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.services import people
from ui import screen
from ui.dialogs.person import PersonDialog
from ui.screen import available
from ui.widgets.common import plain_label

LEFT = Qt.MouseButton.LeftButton


def open_dialog(qtbot, ctx, owner) -> PersonDialog:
    ctx.session.actor = owner
    dialog = PersonDialog(ctx, [], [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def discard_question(qtbot, dialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.discard_question is not None
                    and dialog.discard_question.isVisible())
    return dialog.discard_question


def test_every_field_has_its_label_as_buddy_and_accessible_name(qtbot, ctx, owner):
    dialog = open_dialog(qtbot, ctx, owner)
    assert set(dialog.fields) == {"name", "email", "roles", "teams", "manager", "birth_year",
                                  "expertise", "password"}
    for field in dialog.fields.values():
        assert field.label.buddy() is field.input
        assert field.input.accessibleName() == plain_label(field.label.text()) != ""
    assert dialog.name.accessibleName() == "Name"
    assert dialog.manager.accessibleName() == "Direct manager"


def test_an_error_appears_under_its_field_and_moves_no_other_field(qtbot, ctx, owner):
    dialog = open_dialog(qtbot, ctx, owner)
    below = dialog.fields["roles"].row.geometry()
    qtbot.keyClicks(dialog.email, "fatima@")
    error = dialog.fields["email"].error
    assert error.isVisible() and error.text()
    assert error.geometry().top() >= dialog.email.geometry().bottom()
    assert dialog.fields["roles"].row.geometry() == below
    assert not dialog.save_button.isEnabled()


def test_escape_on_a_filled_in_form_asks_before_throwing_it_away(qtbot, ctx, owner, db):
    dialog = open_dialog(qtbot, ctx, owner)
    qtbot.keyClicks(dialog.name, "Fatima Yilmaz")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    question = discard_question(qtbot, dialog)
    assert question.windowTitle() == "Discard changes?"
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Cancel), LEFT)
    assert dialog.isVisible() and dialog.name.text() == "Fatima Yilmaz"  # kept

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
    question = discard_question(qtbot, dialog)
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Discard), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [p.name for p in people.list_people(db, owner)] == ["Olga Eigenaar"]


def test_escape_on_an_untouched_form_just_closes(qtbot, ctx, owner):
    dialog = open_dialog(qtbot, ctx, owner)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.discard_question is None


def test_the_dialog_fits_the_free_part_of_the_screen_and_scrolls_inside(qtbot, ctx, owner):
    screen = QApplication.primaryScreen()
    room = available(None)
    dialog = open_dialog(qtbot, ctx, owner)
    assert dialog.frameGeometry().height() <= room.height()
    assert dialog.frameGeometry().width() <= room.width()
    assert screen is not None
    # On a screen lower than the form, the fields scroll and Save stays on the screen.
    dialog.resize(dialog.width(), 300)
    qtbot.waitUntil(lambda: dialog.scroller.verticalScrollBar().isVisible())
    assert dialog.buttons.isVisible()
    assert dialog.buttons.geometry().bottom() <= dialog.height()


# 1366×768 with a 32-pixel panel, as on the laptop of issue 18.
LAPTOP = QRect(0, 0, 1366, 768 - 32)


def _dialogs(ctx):
    from ui.dialogs.development import DevelopmentDialog
    from ui.dialogs.finish_session import FinishSessionDialog
    from ui.dialogs.group import GroupDialog
    from ui.dialogs.learning_request import LearningRequestDialog
    from ui.dialogs.lesson import LessonDialog
    from ui.dialogs.situation import SituationDialog

    return {
        "person": lambda: PersonDialog(ctx, [], []),
        "development": lambda: DevelopmentDialog(ctx, None),
        "group": lambda: GroupDialog(ctx, [], []),
        "lesson": lambda: LessonDialog(ctx),
        "finish session": lambda: FinishSessionDialog(ctx, 12, 60),
        "situation": lambda: SituationDialog(ctx),
        "learning request": lambda: LearningRequestDialog(ctx, None, []),
    }


@pytest.mark.parametrize("name", ["person", "development", "group", "lesson",
                                  "finish session", "situation", "learning request"])
def test_each_form_fits_a_laptop_and_asks_before_escape_throws_typing_away(
        qtbot, ctx, owner, monkeypatch, name):
    monkeypatch.setattr(screen, "available", lambda _widget=None: LAPTOP)
    ctx.session.actor = owner
    dialog = _dialogs(ctx)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() + screen.FRAME_ALLOWANCE.height() <= LAPTOP.height()
    assert dialog.save_button.isVisible()
    assert dialog.buttons.geometry().bottom() <= dialog.height()
    first = next(w for w in dialog.inner.findChildren(QWidget)
                 if isinstance(w, QLineEdit | QPlainTextEdit | QSpinBox) and w.isVisible()
                 and not isinstance(w.parentWidget(), QSpinBox))
    first.setFocus()
    if isinstance(first, QSpinBox):
        first.selectAll()
    qtbot.keyClicks(first, "7")
    qtbot.keyClick(first, Qt.Key.Key_Escape)
    question = discard_question(qtbot, dialog)
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Discard), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
