"""A screen that saves what someone else changed after it loaded is told so and reloads."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services import development, organisation
from tests import fresh
from tests.conftest import OWNER_PASSWORD
from tests.ui.conftest import log_in
from ui.dialogs.development import DevelopmentDialog


def press_save(qtbot, buttons: QDialogButtonBox) -> None:
    button = buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_development_question_saves_question_and_answers_in_one_step_or_not_at_all(
        qtbot, ctx, db, add_person):
    anna = add_person("Anna de Vries")
    ctx.session.actor = anna
    fresh.save_question(db, anna, "Hoe plan ik rustiger?", False)

    # Her dialog on the shared laptop loaded the question; on her own laptop she changes it.
    dialog = DevelopmentDialog(ctx, development.my_question(db, anna))
    qtbot.addWidget(dialog)
    dialog.show()
    fresh.save_question(db, anna, "Hoe plan ik rustiger, ook in december?", False)
    dialog.answers["aim"].setPlainText("Elke maandag een planning die klopt")
    press_save(qtbot, dialog.buttons)
    qtbot.waitUntil(lambda: "Someone else changed this" in dialog.error.text())
    stored = development.my_question(db, anna)
    assert stored.text == "Hoe plan ik rustiger, ook in december?"
    assert stored.answers == {}  # nothing half-saved: no answer without its question

    # Opened again, it shows her other change, and saves question and answer together.
    dialog = DevelopmentDialog(ctx, stored)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.question.toPlainText() == "Hoe plan ik rustiger, ook in december?"
    dialog.answers["aim"].setPlainText("Elke maandag een planning die klopt")
    press_save(qtbot, dialog.buttons)
    qtbot.waitUntil(lambda: dialog.result() == DevelopmentDialog.DialogCode.Accepted)
    assert development.my_question(db, anna).answers == {
        "aim": "Elke maandag een planning die klopt"}


def test_the_settings_saved_on_another_laptop_are_not_overwritten(qtbot, setup, db, window):
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    view = window.go_to("settings")
    qtbot.waitUntil(lambda: view.current is not None)
    owner = window.ctx.actor
    fresh.update_settings(db, owner, replace(organisation.get_settings(db, owner),
                                             hours_norm=60))  # another laptop

    view.name.clear()
    qtbot.keyClicks(view.name, "Bakkerij De Korenschoof BV")
    press_save(qtbot, view.buttons)
    qtbot.waitUntil(lambda: "Someone else changed this" in view.general_error.text())
    stored = organisation.get_settings(db, owner)
    assert (stored.name, stored.hours_norm) == ("Bakkerij De Korenschoof", 60)
    qtbot.waitUntil(lambda: view.norm.value() == 60)  # the screen reloaded
