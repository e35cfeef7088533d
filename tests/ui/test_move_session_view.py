"""Moving one session from the group's cycle list, as a team lead would on a sick day."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import Qt

from app.services import cycles
from tests.ui.test_groups_view import open_view, start_group, three_colleagues
from tests.ui.test_plan_cycle import type_over, typed, weekday_holiday_ahead
from ui.dialogs.move_session import MoveSessionDialog

LEFT = Qt.MouseButton.LeftButton


def click_session(qtbot, view, session_id: int) -> None:
    item = view.session_item(session_id)
    rect = view.cycle_tree.visualItemRect(item)
    qtbot.mouseClick(view.cycle_tree.viewport(), LEFT, pos=rect.center())
    assert view.selected_session() is not None and view.selected_session().id == session_id


def test_a_session_is_moved_past_a_holiday_to_a_free_day_and_shows_it_moved(
        qtbot, ctx, add_person, db):
    anna, bert, chantal = three_colleagues(add_person)
    group_id = start_group(db, anna, [anna, bert, chantal])
    holiday, before = weekday_holiday_ahead()
    cycles.plan_cycle(db, anna, group_id, cycles.CyclePlan(before, time(9), None))
    view = open_view(qtbot, ctx, anna, group_id)
    first = view.detail.cycles[0].sessions[0]
    assert first.day == before
    assert not view.move_button.isEnabled()  # nothing chosen yet

    click_session(qtbot, view, first.id)
    assert view.move_button.isEnabled()
    qtbot.mouseClick(view.move_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(view.dialog, MoveSessionDialog))
    dialog = view.dialog
    assert not dialog.move_button.isEnabled()  # still its own day and time

    type_over(qtbot, dialog.day, typed(holiday))
    assert "is a public holiday" in dialog.day_note.text()
    assert not dialog.move_button.isEnabled()
    taken = view.detail.cycles[0].sessions[1].day
    type_over(qtbot, dialog.day, typed(taken))
    assert "Day 2 of this cycle is already on" in dialog.day_note.text()

    free = next(d for d in (view.detail.cycles[0].sessions[-1].day + timedelta(days=n)
                            for n in range(1, 10))
                if dialog.calendar.is_working_day(d) and d <= dialog.last)
    type_over(qtbot, dialog.day, typed(free))
    type_over(qtbot, dialog.start_time, "14")
    assert dialog.day_note.isHidden() and dialog.move_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.move_button, LEFT)
    qtbot.waitUntil(lambda: view.detail_loaded and view.detail.cycles[0].sessions[-1].id
                    == first.id)
    moved = view.detail.cycles[0].sessions[-1]
    assert (moved.day, moved.start_time, moved.day_number) == (free, time(14), 4)
    item = view.session_item(first.id)
    assert item.text(0) == "Day 4"
    assert "moved from" in item.text(4) and "09:00" in item.text(4)
    assert len(view.detail.cycles[0].sessions) == 4
