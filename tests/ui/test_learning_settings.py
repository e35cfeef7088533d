"""The learning settings panel: rooms, closing days and the four session agendas."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from app.services import agendas, cycles
from ui.views.learning_settings import MINUTES, TITLE, LearningSettingsPanel


def open_panel(qtbot, ctx, actor) -> LearningSettingsPanel:
    ctx.session.actor = actor
    panel = LearningSettingsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(820, 1000)
    panel.show()
    qtbot.waitUntil(lambda: panel.loaded and panel.agendas_loaded)
    return panel


def test_a_day_of_55_minutes_is_an_error_until_it_is_an_hour_again(qtbot, ctx, owner, db):
    panel = open_panel(qtbot, ctx, owner)
    day1 = panel.days[0]
    assert day1.total.text() == "60 of 60 minutes"
    assert not panel.save_agendas_button.isEnabled()  # nothing changed yet
    before = day1.blocks[0].minutes
    day1.table.item(0, MINUTES).setData(Qt.ItemDataRole.EditRole, before - 5)
    assert day1.total.text().startswith("55 of 60 minutes")
    assert "5 minutes short" in day1.total.text()
    assert day1.total.property("role") == "error"
    assert not panel.save_agendas_button.isEnabled()

    # Fix it the other way: a new block of the missing five minutes, moved up one place.
    day1.table.selectRow(len(day1.blocks) - 2)
    day1.add_button.click()
    new_row = len(day1.blocks) - 2
    assert day1.blocks[new_row].minutes == 5
    day1.table.item(new_row, TITLE).setText("Stilte")
    day1.up_button.click()
    assert day1.blocks[new_row - 1].title == "Stilte"
    assert day1.total.text() == "60 of 60 minutes"
    assert panel.save_agendas_button.isEnabled()
    panel.save_agendas_button.click()
    qtbot.waitUntil(lambda: panel.agenda_status.text() == "Saved.")
    stored = agendas.agendas(db, "en")[0]
    assert [b.title for b in stored.blocks][new_row - 1] == "Stilte"
    assert stored.total_minutes == 60


def test_a_block_without_a_title_is_explained_and_the_standard_comes_back(
        qtbot, ctx, owner, db):
    panel = open_panel(qtbot, ctx, owner)
    day3 = panel.days[2]
    day3.table.item(1, TITLE).setText("  ")
    panel.save_agendas_button.click()
    qtbot.waitUntil(lambda: not panel.agenda_error.isHidden())
    assert panel.agenda_error.text() == "Block 2 of day 3 has no name."
    assert panel.tabs.currentIndex() == 2

    day3.table.item(1, TITLE).setText("Vragen")
    day3.table.selectRow(1)
    day3.prompt.setPlainText("Welke vraag stel je nog niet?")
    panel.save_agendas_button.click()
    qtbot.waitUntil(lambda: panel.agenda_status.text() == "Saved.")
    assert agendas.agendas(db, "en")[2].blocks[1].prompt == "Welke vraag stel je nog niet?"

    panel.reset_agendas_button.click()
    panel.confirmation.button(QMessageBox.StandardButton.Yes).click()
    standard = agendas.agendas(db, "en")
    qtbot.waitUntil(lambda: panel.days[2].blocks[1].title == standard[2].blocks[1].title)
    assert panel.days[2].blocks == list(standard[2].blocks)


def test_the_owner_adds_and_removes_rooms_and_closing_days(qtbot, ctx, owner, db):
    panel = open_panel(qtbot, ctx, owner)
    panel.room_name.setText("Kantine boven")
    panel.add_room_button.click()
    qtbot.waitUntil(lambda: panel.room_list.count() == 1)
    assert panel.room_name.text() == ""
    panel.room_name.setText("kantine BOVEN")
    panel.add_room_button.click()
    qtbot.waitUntil(lambda: not panel.room_error.isHidden())
    assert "already a room" in panel.room_error.text()
    panel.room_list.setCurrentRow(0)
    panel.remove_room_button.click()
    qtbot.waitUntil(lambda: panel.room_list.count() == 0)
    assert cycles.list_rooms(db, owner) == []

    next_year = date.today().year + 1
    panel.closing_date.setDate(QDate(next_year, 5, 15))
    panel.closing_description.setText("Bedrijfsuitje")
    panel.add_day_button.click()
    qtbot.waitUntil(lambda: panel.closing_days != [])
    item = panel.closing_list.topLevelItem(0)
    assert item.text(0).endswith(f"15/05/{next_year}") and item.text(1) == "Bedrijfsuitje"
    panel.closing_list.setCurrentItem(item)
    panel.remove_day_button.click()
    qtbot.waitUntil(lambda: panel.closing_days == [])


def test_others_see_the_settings_but_only_the_owner_changes_them(qtbot, ctx, owner, add_person,
                                                                 db):
    cycles.add_room(db, owner, "Vergaderkamer")
    worker = add_person("Piet Bakker")
    panel = open_panel(qtbot, ctx, worker)
    assert panel.owner_hint.isVisibleTo(panel)
    assert "Only the owner" in panel.owner_hint.text()
    assert panel.room_list.count() == 1
    for widget in (panel.room_name, panel.add_day_button, panel.save_agendas_button,
                   panel.reset_agendas_button, panel.days[0]):
        assert not widget.isEnabled()
