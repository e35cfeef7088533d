"""Lessons learned, as a colleague looks for them: search as you type, see why it matched."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.services import lessons
from app.services.lessons import LessonInput
from tests import fresh
from ui.dialogs.lesson import LessonDialog
from ui.views.lessons import HTML_ROLE, LessonsView


@pytest.fixture
def anna(setup, add_person, ctx):
    actor = add_person("Anna de Vries")
    ctx.session.actor = actor
    return actor


def open_view(qtbot, ctx) -> LessonsView:
    view = LessonsView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitUntil(lambda: view.loaded)
    return view


def add(db, actor, title: str, **fields: object) -> int:
    return lessons.add_lesson(db, actor, LessonInput(title=title, **fields)).value  # type: ignore[arg-type]


def test_without_lessons_the_area_explains_what_they_are_for(qtbot, ctx, anna):
    view = open_view(qtbot, ctx)
    assert view.stack.currentWidget() is view.empty
    assert "finish a work situation" in view.empty.text.text()
    assert not view.search_row.isVisible()


def test_a_dutch_plural_finds_the_singular_and_the_match_is_marked(qtbot, ctx, db, anna):
    add(db, anna, "Nieuwe werkplek", context="Een bureau met naambordje voor wie begint.",
        tags=["inwerken"])
    add(db, anna, "Planning op vrijdag", context="De orders van maandag staan klaar.")
    view = open_view(qtbot, ctx)
    assert view.results.count() == 2
    assert "newest" in view.status.text()

    qtbot.keyClicks(view.search, "werkplekken")
    assert view.shown_query == ""  # nothing is asked while typing goes on
    qtbot.waitUntil(lambda: view.shown_query == "werkplekken")
    assert view.results.count() == 1
    html = view.results.item(0).data(HTML_ROLE)
    assert "<span class='hit'>werkplek</span>" in html
    assert view.status.text().startswith("1 lesson")
    shown = view.detail.toHtml()
    assert "Nieuwe" in shown and "naambordje" in shown
    assert view.edit_button.isEnabled()  # Anna wrote it


def test_a_search_without_hits_says_so_honestly(qtbot, ctx, db, anna):
    add(db, anna, "Nieuwe werkplek")
    view = open_view(qtbot, ctx)
    view.search.setText("heftruck")
    qtbot.waitUntil(lambda: view.shown_query == "heftruck")
    assert view.stack.currentWidget() is view.nothing_found
    assert view.nothing_found.title.text() == "No lesson matches “heftruck”"
    assert view.search.isVisible()  # to try another word
    view.search.clear()
    qtbot.waitUntil(lambda: view.shown_query == "")
    assert view.results.count() == 1


def test_only_the_newest_answer_is_shown_when_searches_overlap(qtbot, ctx, db, anna):
    add(db, anna, "Nieuwe werkplek")
    add(db, anna, "Planning op vrijdag")
    view = open_view(qtbot, ctx)
    view.search.setText("planning")
    view.run_search()
    view.search.setText("werkplek")
    view.run_search()
    qtbot.waitUntil(lambda: view.shown_query == "werkplek")
    qtbot.wait(50)
    assert view.shown_query == "werkplek"
    assert [view.rows[i].title for i in range(view.results.count())] == ["Nieuwe werkplek"]


def test_writing_a_lesson_shows_it_selected(qtbot, ctx, db, anna):
    view = open_view(qtbot, ctx)
    view.empty_add.click()
    assert isinstance(view.dialog, LessonDialog)
    dialog = view.dialog
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    dialog.lesson_form.title.setText("Klanten terugbellen voor twaalf uur")
    dialog.lesson_form.what_worked.setPlainText("Een vast belmoment na de koffie.")
    dialog.lesson_form.tags.setText("klanten, telefoon")
    assert save.isEnabled()
    save.click()
    qtbot.waitUntil(lambda: view.selected() is not None)
    assert view.selected().title == "Klanten terugbellen voor twaalf uur"
    assert view.selected().tags == ("klanten", "telefoon")
    assert "vast belmoment" in view.detail.toPlainText()


def test_only_the_author_or_an_owner_may_edit_a_lesson(qtbot, ctx, db, anna, add_person):
    bert = add_person("Bert Bakker")
    add(db, bert, "Deeg een dag eerder maken")
    view = open_view(qtbot, ctx)
    assert view.selected().author_name == "Bert Bakker"
    assert not view.edit_button.isEnabled()


def test_a_finished_situation_opens_its_lesson_here(qtbot, ctx, db, anna):
    from app.services import situations
    from app.services.situations import SituationInput
    from models import NoteKind, SituationStatus
    from ui.views.situations import SituationsView

    add(db, anna, "Iets anders")
    sid = situations.register_situation(db, anna, SituationInput("Deeg te laat")).value
    situations.add_note(db, anna, sid, NoteKind.QUESTION, "Hoe warm is de rijskast?")
    fresh.finish_analysis(db, anna, sid)
    fresh.start_experiment(db, anna, sid, "Een graad warmer", "Eerder klaar")
    fresh.finish_situation(db, anna, sid, SituationStatus.IMPROVED, "Klaar om zes uur.",
                           LessonInput("Rijskast een graad warmer"))
    view = open_view(qtbot, ctx)
    qtbot.waitUntil(lambda: view.results.count() == 2)
    view.search.setText("iets")
    qtbot.waitUntil(lambda: view.shown_query == "iets")
    situations_view = SituationsView(ctx, lambda key: view if key == "lessons" else None)
    qtbot.addWidget(situations_view)
    situations_view.show()
    situations_view.show_finished.setChecked(True)
    panel = situations_view.panel
    qtbot.waitUntil(lambda: panel.lesson is not None)
    assert panel.lesson_button.isVisible()
    panel.lesson_button.click()
    qtbot.waitUntil(lambda: view.selected() is not None
                    and view.selected().title == "Rijskast een graad warmer")
    assert view.search.text() == ""
    assert "from a finished work situation" in view.detail.toPlainText()
