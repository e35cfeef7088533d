"""The learning settings panel: rooms, closing days and the four session agendas."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
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
    type_into(qtbot, panel.closing_date.line, f"1505{next_year}")
    qtbot.keyClicks(panel.closing_description, "Bedrijfsuitje")
    qtbot.mouseClick(panel.add_day_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.closing_days != [])
    item = panel.closing_list.topLevelItem(0)
    assert item.text(0).endswith(f"15/05/{next_year}") and item.text(1) == "Bedrijfsuitje"
    assert [c.day for c in cycles.list_closing_days(db, owner)] == [date(next_year, 5, 15)]
    panel.closing_list.setCurrentItem(item)
    qtbot.mouseClick(panel.remove_day_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.closing_days == [])


def type_into(qtbot, line, text: str) -> None:
    """Select what the field holds and type over it, as a person does."""
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)


@pytest.mark.parametrize("typed", ["28-12", "2812", "28/12", "28-12-YY", "2812YY",
                                   "28-12-YYYY", "2812YYYY", "YYYY-12-28"])
def test_a_closing_day_typed_as_people_type_it_is_stored_as_that_day(qtbot, ctx, owner, db,
                                                                     typed):
    year = date.today().year
    panel = open_panel(qtbot, ctx, owner)
    typed = typed.replace("YYYY", str(year)).replace("YY", f"{year % 100:02}")
    type_into(qtbot, panel.closing_date.line, typed)
    qtbot.keyClick(panel.closing_date.line, Qt.Key.Key_Tab)
    assert panel.closing_date.line.text() == f"28/12/{year}"
    qtbot.mouseClick(panel.add_day_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.closing_days != [])
    assert [c.day for c in cycles.list_closing_days(db, owner)] == [date(year, 12, 28)]


@pytest.mark.parametrize("typed, message", [
    ("28-12-2O26", "“28-12-2O26” is not a date. Type it as 28/12/2026, 28122026 or 28/12."),
    ("31-02", "“31-02” is not a day on the calendar."),
    ("", "Fill in a date."),
])
def test_a_closing_day_that_cannot_be_read_is_refused_and_today_is_not_stored(
        qtbot, ctx, owner, db, typed, message):
    panel = open_panel(qtbot, ctx, owner)
    type_into(qtbot, panel.closing_date.line, typed or "x")
    if not typed:
        qtbot.keyClick(panel.closing_date.line, Qt.Key.Key_Backspace)
    qtbot.keyClick(panel.closing_date.line, Qt.Key.Key_Return)
    assert panel.closing_date.error.isVisibleTo(panel)
    assert panel.closing_date.error.text() == message
    qtbot.mouseClick(panel.add_day_button, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert cycles.list_closing_days(db, owner) == []
    assert panel.closing_date.line.text() == typed  # what was typed stays, to correct it
    assert panel.closing_date.line.hasFocus()


def test_a_three_week_construction_holiday_is_one_period_and_goes_in_one_step(
        qtbot, ctx, owner, db):
    july = date(date.today().year + 1, 7, 15)
    first = july + timedelta(days=-july.weekday() % 7)  # a Monday
    last = first + timedelta(days=18)  # the Friday two weeks later
    panel = open_panel(qtbot, ctx, owner)
    type_into(qtbot, panel.closing_date.line, first.strftime("%d-%m-%y"))
    type_into(qtbot, panel.closing_until.line, last.strftime("%d%m%y"))
    qtbot.keyClicks(panel.closing_description, "Bouwvak")
    qtbot.keyClick(panel.closing_description, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.closing_days != [])
    stored = [c.day for c in cycles.list_closing_days(db, owner)]
    weekdays = [d for d in (first + timedelta(days=n) for n in range(19)) if d.weekday() < 5]
    assert stored == weekdays and len(stored) == 15  # weekends are closed anyway
    assert panel.closing_list.topLevelItemCount() == 1
    item = panel.closing_list.topLevelItem(0)
    assert item.text(1) == "Bouwvak"
    assert item.text(0) == (f"Mon {first.strftime('%d/%m/%Y')} to "
                            f"Fri {last.strftime('%d/%m/%Y')}")
    assert panel.closing_until.line.text() == ""  # ready for the next single day
    panel.closing_list.setCurrentItem(item)
    qtbot.mouseClick(panel.remove_day_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.closing_days == [])
    assert cycles.list_closing_days(db, owner) == []


def test_a_period_that_ends_before_it_starts_is_refused(qtbot, ctx, owner, db):
    year = date.today().year + 1
    panel = open_panel(qtbot, ctx, owner)
    type_into(qtbot, panel.closing_date.line, f"07-08-{year}")
    type_into(qtbot, panel.closing_until.line, f"20-07-{year}")
    qtbot.mouseClick(panel.add_day_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.closing_error.isHidden())
    assert panel.closing_error.text() == (
        "The last day comes before the first. Swap them, or correct one.")
    assert cycles.list_closing_days(db, owner) == []


def test_the_calendar_button_still_picks_a_day(qtbot, ctx, owner, db):
    panel = open_panel(qtbot, ctx, owner)
    field = panel.closing_date
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    assert field.calendar.isVisible()
    today = date.today()
    pick = today + timedelta(days=1) if today.month == (today + timedelta(days=1)).month \
        else today - timedelta(days=1)
    qtbot.keyClick(field.calendar.focusWidget() or field.calendar,
                   Qt.Key.Key_Right if pick > today else Qt.Key.Key_Left)
    qtbot.keyClick(field.calendar.focusWidget() or field.calendar, Qt.Key.Key_Return)
    assert not field.calendar.isVisible()
    assert field.line.text() == pick.strftime("%d/%m/%Y")
    assert field.value() == pick
    qtbot.keyClick(field.line, Qt.Key.Key_Up)
    assert field.value() == pick + timedelta(days=1)


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


def test_an_unreadable_last_day_is_explained_and_nothing_is_stored(qtbot, ctx, owner, db):
    year = date.today().year + 1
    panel = open_panel(qtbot, ctx, owner)
    type_into(qtbot, panel.closing_date.line, f"20-07-{year}")
    type_into(qtbot, panel.closing_until.line, "eind juli")
    qtbot.mouseClick(panel.add_day_button, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert panel.closing_until.error.text().startswith("“eind juli” is not a date.")
    assert panel.closing_until.line.hasFocus()
    assert cycles.list_closing_days(db, owner) == []
