"""Planning a vital week cycle through the dialog: closed days skipped, free weeks offered."""

from __future__ import annotations

from datetime import date, time, timedelta

import holidays
import pytest
from PySide6.QtCore import Qt

from app.planning import WorkCalendar
from app.services import cycles
from tests.ui.test_groups_view import open_view, quiet_monday, start_group, three_colleagues
from ui.dialogs.plan_cycle import PlanCycleDialog


def type_over(qtbot, field, text: str) -> None:
    """Select what a date or time field holds, type over it and leave it with Tab."""
    field.line.setFocus()
    field.line.selectAll()
    qtbot.keyClicks(field.line, text)
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)


def typed(day: date) -> str:
    return day.strftime("%d%m%Y")  # as quick hands type it: 28122026


def weekday_holiday_ahead() -> tuple[date, date]:
    """A Dutch public holiday on a weekday at least two weeks ahead, and the working day
    before it (where the cycle starts, so the holiday falls inside the cycle)."""
    start = date.today() + timedelta(weeks=2)
    listed = holidays.country_holidays("NL", years=[start.year, start.year + 1])
    calendar = WorkCalendar()
    for holiday in sorted(listed):
        if holiday <= start or holiday.weekday() >= 5:
            continue
        before = holiday - timedelta(days=1)
        while not calendar.is_working_day(before):
            before -= timedelta(days=1)
        if before > start:
            return holiday, before
    raise AssertionError("no Dutch public holiday on a weekday in the next two years")


def open_plan_dialog(qtbot, view) -> PlanCycleDialog:
    view.plan_button.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, PlanCycleDialog))
    dialog = view.dialog
    assert isinstance(dialog, PlanCycleDialog)
    return dialog


def test_a_cycle_over_a_public_holiday_skips_it_and_shows_four_working_days(
        qtbot, ctx, add_person, db):
    anna, bert, chantal = three_colleagues(add_person)
    group_id = start_group(db, anna, [anna, bert, chantal])
    holiday, first = weekday_holiday_ahead()
    view = open_view(qtbot, ctx, anna, group_id)
    dialog = open_plan_dialog(qtbot, view)
    type_over(qtbot, dialog.first_day, typed(first))
    type_over(qtbot, dialog.start_time, "1330")

    # Before saving: the four days, and the holiday named as skipped.
    assert len(dialog.preview_days) == 4 and holiday not in dialog.preview_days
    assert dialog.preview_days[0] == first < holiday < dialog.preview_days[-1]
    name = WorkCalendar().holiday_name(holiday, "en")
    assert name and name in dialog.days_note.text()
    assert "13:30–14:30" in dialog.days_list.text()

    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.plan_button.click()
    # After saving: the days the service stored, shown in the dialog and the view.
    assert dialog.planned_days() == dialog.preview_days
    assert all(d.weekday() < 5 and d != holiday for d in dialog.planned_days())
    assert dialog.days_heading.text().startswith("Planned")
    dialog.plan_button.click()  # Close
    qtbot.waitUntil(lambda: view.cycle_tree.topLevelItemCount() == 1)
    top = view.cycle_tree.topLevelItem(0)
    assert top.childCount() == 4 and top.text(2) == "13:30–14:30"


def test_a_start_on_a_saturday_begins_on_monday(qtbot, ctx, add_person, db):
    anna, bert, chantal = three_colleagues(add_person)
    group_id = start_group(db, anna, [anna, bert, chantal])
    monday = quiet_monday()
    view = open_view(qtbot, ctx, anna, group_id)
    dialog = open_plan_dialog(qtbot, view)
    type_over(qtbot, dialog.first_day, (monday - timedelta(days=2)).strftime("%d-%m-%y"))
    assert dialog.preview_days == [monday + timedelta(days=n) for n in range(4)]
    assert dialog.days_list.text().splitlines()[0].startswith("Day 1: Mon")


def test_start_times_are_whole_quarters(qtbot, ctx, add_person, db):
    anna, bert, chantal = three_colleagues(add_person)
    group_id = start_group(db, anna, [anna, bert, chantal])
    view = open_view(qtbot, ctx, anna, group_id)
    dialog = open_plan_dialog(qtbot, view)
    assert dialog.start_time.line.text() == "09:00"
    qtbot.keyClick(dialog.start_time.line, Qt.Key.Key_Up)
    assert dialog.start_time.line.text() == "09:15"
    type_over(qtbot, dialog.start_time, "10.07")
    assert dialog.start_time.line.text() == "10:00"
    assert dialog.start_time.value() == time(10, 0)


@pytest.mark.parametrize("typed_time", ["0730", "7:30", "7.30", "730"])
def test_a_typed_start_time_is_the_time_planned(qtbot, ctx, add_person, db, typed_time):
    anna, bert, chantal = three_colleagues(add_person)
    group_id = start_group(db, anna, [anna, bert, chantal])
    view = open_view(qtbot, ctx, anna, group_id)
    dialog = open_plan_dialog(qtbot, view)
    dialog.start_time.line.setFocus()
    dialog.start_time.line.selectAll()
    qtbot.keyClicks(dialog.start_time.line, typed_time)
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)
    assert dialog.planned_cycle.start_time == time(7, 30)
    assert "07:30–08:30" in dialog.days_list.text()


def test_a_first_day_that_cannot_be_read_is_refused_and_nothing_is_planned(
        qtbot, ctx, add_person, db):
    anna, bert, chantal = three_colleagues(add_person)
    group_id = start_group(db, anna, [anna, bert, chantal])
    view = open_view(qtbot, ctx, anna, group_id)
    dialog = open_plan_dialog(qtbot, view)
    dialog.first_day.line.setFocus()
    dialog.first_day.line.selectAll()
    qtbot.keyClicks(dialog.first_day.line, "30-02")
    qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert dialog.first_day.error.text() == "“30-02” is not a day on the calendar."
    assert dialog.planned_cycle is None and cycles.cycles_of_group(db, anna, group_id) == []
    type_over(qtbot, dialog.start_time, "6")
    assert dialog.start_time.error.text() == "Choose a time from 07:00 to 20:00."


def test_a_busy_member_gets_free_weeks_offered_and_one_is_planned(qtbot, ctx, add_person, db):
    anna, bert, chantal = three_colleagues(add_person)
    dirk = add_person("Dirk de Boer", birth_year=1979)
    erik = add_person("Erik Smit", birth_year=2001)
    first_group = start_group(db, anna, [anna, bert, chantal], "Ochtendploeg")
    second_group = start_group(db, bert, [bert, dirk, erik], "Bezorging")
    monday = quiet_monday()
    cycles.plan_cycle(db, anna, first_group, cycles.CyclePlan(monday, time(9, 0), None))

    view = open_view(qtbot, ctx, bert, second_group)  # Bert is in both groups
    dialog = open_plan_dialog(qtbot, view)
    type_over(qtbot, dialog.first_day, typed(monday))
    type_over(qtbot, dialog.start_time, "9")
    qtbot.mouseClick(dialog.until_enabled, Qt.MouseButton.LeftButton)
    type_over(qtbot, dialog.until, typed(monday + timedelta(days=2)))
    qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.suggestion_buttons) > 0, timeout=10_000)
    assert dialog.planned_cycle is None
    assert "No free cycle" in dialog.problem.text()
    assert all(s.start_time != time(9, 0) or s.first_day > monday + timedelta(days=3)
               for s in dialog.suggestions)

    chosen = dialog.suggestions[0]
    dialog.suggestion_buttons[0].click()
    assert dialog.first_day.value() == chosen.first_day
    assert dialog.start_time.value() == chosen.start_time
    assert dialog.suggestions_frame.isHidden()
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.plan_button.click()
    assert dialog.planned_days() == list(chosen.days)
    assert dialog.planned_cycle.start_time == chosen.start_time
