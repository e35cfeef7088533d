"""The owner plans talent conversations for this or the next half year and sees who and why."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.services import conversations as talks
from app.services.conversation_planning import next_half_year
from app.services.conversations import half_year_of
from models import Role
from tests.ui.test_conversations_view import open_planning, open_view


def test_the_owner_plans_next_half_year_for_team_leads_too_and_sees_who_is_left_out(
        qtbot, ctx, db, owner, add_person):
    director = add_person("Dora Directeur", roles={Role.MANAGER})
    lead = add_person("Tim Teamleider", roles={Role.MANAGER}, manager_id=director.person_id)
    add_person("Piet Jansen", manager_id=lead.person_id)
    add_person("Zoë Zonder")  # nobody chose her manager yet
    view = open_view(qtbot, ctx, owner)
    dialog = open_planning(qtbot, view, view.empty_plan)

    this, following = half_year_of(date.today()), next_half_year(*half_year_of(date.today()))
    assert dialog.half_year.count() == 2
    assert "(this half year)" in dialog.half_year.itemText(0)
    assert "(next half year)" in dialog.half_year.itemText(1)
    rows = {dialog.people.topLevelItem(i).text(0): dialog.people.topLevelItem(i).text(2)
            for i in range(dialog.people.topLevelItemCount())}
    assert rows["Tim Teamleider"] == "Gets a conversation with Dora Directeur"
    assert rows["Piet Jansen"] == "Gets a conversation with Tim Teamleider"
    assert rows["Zoë Zonder"] == "Not included: no manager. Choose one under People."
    assert rows["Dora Directeur"].startswith("Not included: no manager")

    # Choose the next half year with the keyboard, as on a laptop.
    dialog.half_year.setFocus()
    qtbot.keyClick(dialog.half_year, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.loaded_for == following)
    assert dialog.plan_button.text().replace("&", "").startswith("Plan 2 conversation")
    qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.tabs)
    planned = talks.list_conversations(db, owner)
    assert {(r.professional_name, r.year, r.half) for r in planned} == {
        ("Tim Teamleider", *following), ("Piet Jansen", *following)}
    assert this != following
    assert view.overview.plan_note.text().startswith("2 conversation")
