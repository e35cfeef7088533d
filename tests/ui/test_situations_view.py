"""Work situations, driven as a professional would: register, question, try, and learn."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.services import lessons, situations
from app.services.situations import SituationInput
from models import SituationAim, SituationKind, SituationStatus
from tests import fresh
from tests.group_helpers import form_group
from ui.dialogs.finish_situation import FinishSituationDialog
from ui.dialogs.situation import SituationDialog
from ui.screen import available
from ui.views.lessons import HTML_ROLE, LessonsView
from ui.views.situations import SituationsView


@pytest.fixture
def anna(setup, add_person, ctx):
    actor = add_person("Anna de Vries")
    ctx.session.actor = actor
    return actor


def open_view(qtbot, ctx) -> SituationsView:
    view = SituationsView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(lambda: view.loaded)
    return view


def status_of(db, actor, situation_id: int) -> SituationStatus:
    return situations.get_situation(db, actor, situation_id).row.status


def test_without_situations_the_area_explains_what_a_work_situation_is(qtbot, ctx, anna):
    view = open_view(qtbot, ctx)
    assert view.stack.currentWidget() is view.empty
    assert "bottleneck or a challenge" in view.empty.text.text()
    view.empty_add.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, SituationDialog))


def test_a_situation_goes_from_questions_to_a_lesson_that_can_be_found(qtbot, ctx, db, anna):
    fresh.save_question(db, anna, "Hoe houd ik overzicht in drukke weken?", False)
    view = open_view(qtbot, ctx)

    # Register: the dialog offers to link my development question.
    view.add_button.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, SituationDialog))
    dialog = view.dialog
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert dialog.link.isVisible() and dialog.link.isChecked()
    assert "overzicht" in dialog.link_hint.text()
    dialog.title.setText("Nieuwe collega's zoeken hun plek")
    dialog.description.setPlainText("Wie begint, weet op maandag niet waar hij kan zitten.")
    dialog.kind_buttons[SituationKind.CHALLENGE].click()
    dialog.aim_buttons[SituationAim.INNOVATE].click()
    assert save.isEnabled()
    save.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.panel.detail is not None)
    panel = view.panel
    sid = panel.detail.row.id
    assert view.selected().id == sid
    assert view.model.index(0, 1).data() == "Challenge"
    assert panel.detail.development_question_id is not None
    assert "<b" in panel.steps.text() and "1&nbsp;Questions</b>" in panel.steps.text()
    assert panel.question_adding.isVisible() and not panel.options_card.isVisible()

    # Finishing the analysis without a question is explained, not silently refused.
    panel.analysis_button.click()
    qtbot.waitUntil(lambda: panel.analysis_error.isVisible())
    assert "at least one open question" in panel.analysis_error.text()
    assert status_of(db, anna, sid) == SituationStatus.REGISTERED

    # Questions first.
    assert not panel.add_question_button.isEnabled()
    qtbot.keyClicks(panel.question_field, "Waar staat het bureau dat vrij is?")
    panel.add_question_button.click()
    qtbot.waitUntil(lambda: "bureau dat vrij" in panel.questions.text())
    assert not panel.analysis_error.isVisible()
    assert panel.question_field.text() == ""
    panel.analysis_button.click()
    qtbot.waitUntil(lambda: panel.detail.row.status == SituationStatus.ANALYSED)
    assert not panel.analysis_error.isVisible()
    assert not panel.question_adding.isVisible()
    assert panel.options_card.isVisible() and panel.experiment_card.isVisible()
    assert view.model.index(0, 3).data() == "Looking for options"

    # Options, then an experiment; a missing expected result is shown at its field.
    panel.option_field.setText("Een vaste werkplek voor de eerste maand")
    panel.option_field.returnPressed.emit()
    qtbot.waitUntil(lambda: "vaste werkplek" in panel.options.text())
    panel.experiment.setPlainText("Een maand lang een vaste werkplek voor nieuwkomers")
    panel.experiment_button.click()
    qtbot.waitUntil(lambda: panel.expected_error.isVisible())
    panel.expected.setPlainText("Minder zoeken op maandagochtend")
    panel.experiment_button.click()
    qtbot.waitUntil(lambda: panel.detail.row.status == SituationStatus.EXPERIMENTING)
    assert panel.finish_button.isVisible()
    assert panel.experiment.toPlainText().startswith("Een maand lang")

    # Finish with a lesson, pre-filled from the situation.
    panel.finish_button.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, FinishSituationDialog))
    finish = view.dialog
    # Issue 18, finding 4: it was 820 pixels high, Save and Cancel off a laptop's screen.
    qtbot.waitExposed(finish)
    assert finish.frameGeometry().height() <= available(finish).height()
    assert finish.rect().contains(finish.save_button.geometry().translated(
        finish.buttons.pos()))
    assert finish.result_buttons[SituationStatus.INNOVATED].isChecked()
    assert finish.lesson.title.text() == "Nieuwe collega's zoeken hun plek"
    assert "maandag" in finish.lesson.context.toPlainText()
    assert "Minder zoeken" in finish.lesson.context.toPlainText()
    finish.outcome.setPlainText("Nieuwkomers zaten direct goed.")
    finish.lesson.title.setText("Nieuwe werkplek klaarzetten")
    finish.lesson.what_worked.setPlainText("Een naambordje op het bureau.")
    finish.lesson.tags.setText("inwerken, werkplek")
    finish.save_button.click()
    qtbot.waitUntil(lambda: panel.detail is not None
                    and panel.detail.row.status == SituationStatus.INNOVATED
                    and panel.lesson is not None)
    assert view.show_finished.isChecked()
    assert panel.outcome_card.isVisible()
    assert "direct goed" in panel.outcome.text()
    assert "Nieuwe werkplek klaarzetten" in panel.lesson_text.text()
    assert "4&nbsp;Lesson</b>" in panel.steps.text()

    # Without "show finished" the list keeps only the work in progress.
    view.show_finished.setChecked(False)
    assert view.model.rowCount() == 0 and view.all_finished.isVisible()

    # The lesson is found in the lessons area by a Dutch plural.
    found = LessonsView(ctx)
    qtbot.addWidget(found)
    qtbot.waitUntil(lambda: found.loaded)
    qtbot.keyClicks(found.search, "werkplekken")
    qtbot.waitUntil(lambda: found.shown_query == "werkplekken")
    assert found.results.count() == 1
    assert "<span class='hit'>werkplek</span>" in found.results.item(0).data(HTML_ROLE)


def test_a_colleagues_situation_in_my_group_is_shown_but_only_its_owner_edits_it(
        qtbot, ctx, db, anna, add_person):
    from app.services import groups

    bert = add_person("Bert Bakker")
    group_id = form_group(db, anna, [anna, bert], "Ochtendploeg")
    sid = situations.register_situation(db, bert, SituationInput("Deeg te laat klaar")).value
    groups.attach_situation(db, bert, group_id, sid)
    view = open_view(qtbot, ctx)
    qtbot.waitUntil(lambda: view.panel.detail is not None)
    assert view.model.index(0, 4).data() == "Bert Bakker"
    assert view.model.index(0, 5).data() == "Ochtendploeg"
    assert not view.panel.edit_button.isVisible()


def test_the_owner_edits_the_title_and_a_situation_can_be_closed_early(qtbot, ctx, db, anna):
    sid = situations.register_situation(db, anna, SituationInput("Te veel telefoontjes")).value
    view = open_view(qtbot, ctx)
    panel = view.panel
    qtbot.waitUntil(lambda: panel.detail is not None)
    assert panel.edit_button.isVisible()
    panel.edit_button.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, SituationDialog))
    dialog = view.dialog
    assert not dialog.can_link  # no development question: nothing to link
    dialog.title.setText("Te veel telefoontjes tijdens de productie")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: panel.heading.text() == "Te veel telefoontjes tijdens de productie")

    panel.close_button.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, FinishSituationDialog))
    finish = view.dialog
    assert not finish.result_buttons[SituationStatus.IMPROVED].isEnabled()
    assert finish.result_buttons[SituationStatus.CLOSED].isChecked()
    assert not finish.lesson_box.isChecked()  # closing early rarely has a lesson
    finish.outcome.setPlainText("De telefoon gaat nu naar kantoor.")
    finish.save_button.click()
    qtbot.waitUntil(lambda: panel.detail is not None
                    and panel.detail.row.status == SituationStatus.CLOSED)
    assert "No lesson was written down" in panel.lesson_text.text()
    assert "kantoor" in panel.outcome.text()
    assert status_of(db, anna, sid) == SituationStatus.CLOSED
    assert lessons.recent_lessons(db, anna) == []


def test_the_title_keeps_room_when_the_owner_and_group_columns_appear(
        qtbot, ctx, db, anna, add_person):
    """Issue 18, finding 9: with the owner and group columns the title column shrank until
    titles wrapped letter by letter."""
    from app.services import groups

    bert = add_person("Bertha van Oldenbarnevelt-Koopmans")
    group_id = form_group(db, anna, [anna, bert], "Ochtendploeg bakkerij en banketafdeling")
    sid = situations.register_situation(db, bert, SituationInput(
        "Deeg te laat klaar op zaterdagochtend bij de voorjaarsdrukte")).value
    groups.attach_situation(db, bert, group_id, sid)
    situations.register_situation(db, anna, SituationInput("Klantvragen over allergenen"))
    view = SituationsView(ctx)
    qtbot.addWidget(view)
    view.resize(1366 - 230, 680)  # the area of a 1366×768 laptop beside the sidebar
    view.show()
    qtbot.waitUntil(lambda: view.loaded and view.panel.detail is not None)
    assert not view.table.isColumnHidden(4) and not view.table.isColumnHidden(5)
    letters = view.table.fontMetrics().averageCharWidth()
    assert view.table.columnWidth(0) >= 20 * letters
    # Titles wrap between words only: no row grows taller than three lines.
    lines = view.table.fontMetrics().lineSpacing()
    assert all(view.table.rowHeight(r) <= 3 * lines + 12 for r in range(view.model.rowCount()))
