"""A professional in the director's chair: development question, a work situation, joining a
group and seeing its week cycle, the culture scan, the conversation preparation, and a
learning request — every step by real clicks and typing, on the demo organisation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QPushButton

from app.demo import demo_password
from tests.gui.conftest import (
    LayoutLog,
    Program,
    click,
    click_index,
    click_tab,
    find_index,
    log_in,
    open_area,
    this_half_year,
    type_into,
    wait_closed,
    wait_for_window,
)

ME = "Daan Visser"  # a monteur, invited to a group, his conversation still to prepare
GROUP = "Storingen sneller oplossen"
JOIN = "Meedoen"
LOG = LayoutLog()


@pytest.fixture(scope="module")
def program(demo_program: Program) -> Program:
    return demo_program


def _save(qtbot, dialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    wait_closed(qtbot, dialog)


def test_daan_logs_in_and_sees_what_to_do(qtbot, program: Program) -> None:
    log_in(qtbot, program, ME, demo_password())
    window = program.window
    assert window.sidebar.currentItem().text() == "Mijn regie"
    home = window.area_widgets["home"]
    program.settle(200)
    assert home.question_button.isVisible()


def test_daan_writes_his_development_question(qtbot, program: Program) -> None:
    from ui.dialogs.development import DevelopmentDialog

    home = program.window.area_widgets["home"]
    click(qtbot, home.question_button)
    dialog = wait_for_window(qtbot, DevelopmentDialog)
    LOG.check("development", dialog)
    question = ("Hoe vind ik een storing aan een warmtepomp sneller, zonder de klant te laten "
                "wachten?")
    type_into(qtbot, dialog.question, question)
    first = next(iter(dialog.answers.values()))
    type_into(qtbot, first, "Binnen een uur weten waar het aan ligt.")
    _save(qtbot, dialog)
    program.settle(200)
    texts = " ".join(label.text() for label in home.findChildren(QLabel) if label.isVisible())
    assert question[:40] in texts, "Mijn regie shows the new question"


def test_daan_registers_a_work_situation(qtbot, program: Program) -> None:
    from ui.dialogs.situation import SituationDialog

    view = open_area(qtbot, program, "situations")
    click(qtbot, view.add_button if view.add_button.isVisible() else view.empty_add)
    dialog = wait_for_window(qtbot, SituationDialog)
    LOG.check("situation", dialog)
    type_into(qtbot, dialog.title, "Onderdelen niet op voorraad in de bus")
    type_into(qtbot, dialog.description,
              "Bij storingen mis ik vaak een onderdeel en moet ik terug naar het magazijn.")
    click(qtbot, next(iter(dialog.kind_buttons.values())))
    click(qtbot, next(iter(dialog.aim_buttons.values())))
    _save(qtbot, dialog)
    program.settle(200)
    model = view.table.model()
    titles = [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]
    assert "Onderdelen niet op voorraad in de bus" in titles


def test_daan_joins_the_group_he_was_invited_to(qtbot, program: Program) -> None:
    """The invitation waits on Mijn regie; the group's page shows it once he joined."""
    window = program.window
    open_area(qtbot, program, "home")
    home = window.area_widgets["home"]
    join = [b for b in home.findChildren(QPushButton)
            if b.isVisible() and b.text().replace("&", "") == JOIN]
    assert join, "the invitation on Mijn regie offers to join"
    click(qtbot, join[0])
    program.settle(300)
    view = open_area(qtbot, program, "groups")
    qtbot.waitUntil(lambda: view.list.count() >= 1 and GROUP in view.list.item(0).text(),
                    timeout=10_000)
    program.settle(200)
    assert GROUP in view.list.currentItem().text()


def test_the_group_shows_its_week_cycle_to_daan(qtbot, program: Program) -> None:
    view = program.window.area_widgets["groups"]
    tree = view.cycle_tree
    assert tree.topLevelItemCount() >= 1
    cycle = tree.topLevelItem(0)
    assert cycle.childCount() == 4, "four sessions in a week"
    assert cycle.text(0).startswith("Weekcyclus")


def test_daan_answers_the_culture_scan_from_the_learning_culture_page(qtbot, program: Program
                                                                      ) -> None:
    from ui.dialogs.culture import AnswerDialog

    view = open_area(qtbot, program, "culture")
    program.settle(300)
    click(qtbot, view.answer_button)
    dialog = wait_for_window(qtbot, AnswerDialog)
    LOG.check("culture-answer", dialog)
    for n, group in enumerate(dialog.groups.values()):
        button = group.button((4, 3, 5, 4, 2)[n % 5])
        dialog_scroll_to(dialog, button)
        click(qtbot, button)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(ok.isEnabled, timeout=5_000)
    click(qtbot, ok)
    wait_closed(qtbot, dialog)
    thanks = wait_for_window(qtbot, QMessageBox)
    assert "zonder je naam" in thanks.text()
    click(qtbot, thanks.buttons()[0])
    wait_closed(qtbot, thanks)


def dialog_scroll_to(dialog, widget) -> None:
    """A person scrolls the answer list to the statement before clicking it."""
    from PySide6.QtWidgets import QScrollArea

    for area in dialog.findChildren(QScrollArea):
        if area.isAncestorOf(widget):
            area.ensureWidgetVisible(widget)


def test_daan_prepares_and_publishes_his_conversation(qtbot, program: Program) -> None:
    view = open_area(qtbot, program, "conversations")
    model = view.tree.model()
    half_year = find_index(model, this_half_year())
    assert half_year is not None
    click_index(qtbot, view.tree, find_index(model, "Henk Bosman", parent=half_year))
    panel = view.panel
    qtbot.waitUntil(lambda: panel.loaded is not None, timeout=10_000)
    prepare = panel.prepare
    tab = next(i for i in range(panel.pages.count()) if panel.pages.widget(i) is prepare)
    click_tab(qtbot, panel.pages, tab)
    qtbot.waitUntil(lambda: bool(prepare.fields), timeout=10_000)
    program.settle(200)
    for n, field in enumerate(prepare.fields.values()):
        prepare.scroll_area.ensureWidgetVisible(field)
        type_into(qtbot, field, f"Mijn antwoord op vraag {n + 1}: ik heb veel geleerd.")
    LOG.check("conversation-prepare", program.window)
    click(qtbot, prepare.publish_button)
    box = wait_for_window(qtbot, QMessageBox)
    assert "Henk Bosman" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    qtbot.waitUntil(lambda: "gepubliceerd" in prepare.state.text().lower()
                    or "gedeeld" in prepare.state.text().lower(), timeout=10_000)


def test_daan_asks_for_a_training(qtbot, program: Program) -> None:
    from ui.dialogs.learning_request import LearningRequestDialog

    view = open_area(qtbot, program, "budget")
    page = view.mine
    button = page.ask_button if page.ask_button.isVisible() else page.empty_ask
    click(qtbot, button)
    dialog = wait_for_window(qtbot, LearningRequestDialog)
    LOG.check("learning-request", dialog)
    click(qtbot, dialog.kind)
    qtbot.keyClick(dialog.kind.view(), Qt.Key.Key_Down)
    qtbot.keyClick(dialog.kind.view(), Qt.Key.Key_Return)
    type_into(qtbot, dialog.title, "Cursus storingzoeken warmtepompen")
    type_into(qtbot, dialog.provider, "Installatiewerk Academie")
    type_into(qtbot, dialog.cost, "450")
    type_into(qtbot, dialog.hours, "16")
    type_into(qtbot, dialog.reason, "Zo vind ik storingen sneller en hoef ik minder vaak terug.")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Save) or dialog.buttons.button(
        QDialogButtonBox.StandardButton.Ok)
    click(qtbot, ok)
    wait_closed(qtbot, dialog)
    program.settle(300)
    from PySide6.QtWidgets import QTableView

    model = next(t for t in page.findChildren(QTableView) if t.isVisible()).model()
    titles = [str(model.data(model.index(row, col))) for row in range(model.rowCount())
              for col in range(model.columnCount())]
    assert any("Cursus storingzoeken warmtepompen" in t for t in titles)


WINDOWS = ("development", "situation", "culture-answer", "conversation-prepare",
           "learning-request")


@pytest.mark.parametrize(("name", "kind"), LayoutLog.cases(WINDOWS, {}))
def test_layout_of_the_windows_on_the_way(name: str, kind: str) -> None:
    LOG.assert_clean(name, kind)
