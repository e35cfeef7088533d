"""Planning a vital week cycle through the dialog: closed days skipped, free weeks offered."""

from __future__ import annotations

from datetime import date, time, timedelta

import holidays
from PySide6.QtCore import QDate, QTime

from app.planning import WorkCalendar
from app.services import cycles
from tests.ui.test_groups_view import open_view, quiet_monday, start_group, three_colleagues
from ui.dialogs.plan_cycle import PlanCycleDialog


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


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
    dialog.first_day.setDate(qdate(first))
    dialog.start_time.setTime(QTime(13, 30))

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
    dialog.first_day.setDate(qdate(monday - timedelta(days=2)))
    assert dialog.preview_days == [monday + timedelta(days=n) for n in range(4)]
    assert dialog.days_list.text().splitlines()[0].startswith("Day 1: Mon")


def test_start_times_are_whole_quarters(qtbot, ctx, add_person, db):
    anna, bert, chantal = three_colleagues(add_person)
    group_id = start_group(db, anna, [anna, bert, chantal])
    view = open_view(qtbot, ctx, anna, group_id)
    dialog = open_plan_dialog(qtbot, view)
    dialog.start_time.setTime(QTime(9, 0))
    dialog.start_time.setCurrentSection(dialog.start_time.Section.MinuteSection)
    dialog.start_time.stepBy(1)
    assert dialog.start_time.time() == QTime(9, 15)
    dialog.start_time.setTime(QTime(10, 7))
    assert dialog.start_time.value() == time(10, 0)


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
    dialog.first_day.setDate(qdate(monday))
    dialog.start_time.setTime(QTime(9, 0))
    dialog.until_enabled.setChecked(True)
    dialog.until.setDate(qdate(monday + timedelta(days=2)))
    dialog.plan_button.click()
    qtbot.waitUntil(lambda: len(dialog.suggestion_buttons) > 0, timeout=10_000)
    assert dialog.planned_cycle is None
    assert "No free cycle" in dialog.problem.text()
    assert all(s.start_time != time(9, 0) or s.first_day > monday + timedelta(days=3)
               for s in dialog.suggestions)

    chosen = dialog.suggestions[0]
    dialog.suggestion_buttons[0].click()
    assert pydate(dialog.first_day.date()) == chosen.first_day
    assert dialog.start_time.value() == chosen.start_time
    assert dialog.suggestions_frame.isHidden()
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.plan_button.click()
    assert dialog.planned_days() == list(chosen.days)
    assert dialog.planned_cycle.start_time == chosen.start_time
