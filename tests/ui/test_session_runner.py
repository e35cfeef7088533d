"""The session runner on the meeting-room laptop, driven with a fake clock."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from app.services import hours, sessions
from models import Cycle, Session
from tests.group_helpers import form_group
from ui.idle import IdleLock
from ui.views.session_runner import SessionRunner


class FakeClock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def session_id(db, owner, add_person, ctx):
    a, b, c = add_person("Anna"), add_person("Bert"), add_person("Cem")
    group_id = form_group(db, a, [a, b, c], "Storingen")
    with db.transaction() as s:
        cycle = Cycle(group_id=group_id, start_time=time(9), uid="runner-test")
        cycle.sessions = [Session(day_number=n, day=date.today() + timedelta(days=n - 1),
                                  start_time=time(9)) for n in range(1, 5)]
        s.add(cycle)
        s.flush()
        first = cycle.sessions[0].id
    ctx.session.actor = a
    return first


def open_runner(qtbot, ctx, session_id, clock, idle=None, where="vergaderkamer"):
    runner = SessionRunner(ctx, session_id, idle=idle, clock=clock, where=where)
    qtbot.addWidget(runner)
    runner.show()
    qtbot.waitUntil(lambda: runner.view is not None or not runner.error.isHidden())
    return runner


def test_the_countdown_follows_the_agenda_and_space_pauses(qtbot, ctx, session_id):
    clock = FakeClock()
    runner = open_runner(qtbot, ctx, session_id, clock)
    assert runner.block_title.text() == "Check-in"
    assert runner.countdown.text() == "10:00"
    assert runner.next_label.text() == "Next: Everyone's work situation (15 min)"
    runner.toggle()  # what the space bar does
    clock.t += 125
    runner.tick()
    assert runner.countdown.text() == "7:55"
    runner.toggle()
    clock.t += 600
    runner.tick()
    assert runner.countdown.text() == "7:55"  # paused
    runner._move(1)  # the right arrow
    assert runner.block_title.text() == "Everyone's work situation"
    assert runner.countdown.text() == "15:00"


def test_a_soft_signal_when_a_block_is_over(qtbot, ctx, session_id, monkeypatch):
    clock = FakeClock()
    runner = open_runner(qtbot, ctx, session_id, clock)
    signals = []
    monkeypatch.setattr(runner, "soft_signal", lambda: signals.append(clock.t))
    runner.toggle()
    clock.t += 599
    runner.tick()
    assert signals == []
    clock.t += 2
    runner.tick()
    runner.tick()
    assert signals == [601]
    assert runner.countdown.text() == "+0:01"


def test_finishing_counts_an_hour_for_those_present(qtbot, db, ctx, session_id):
    clock = FakeClock()
    runner = open_runner(qtbot, ctx, session_id, clock)
    runner.toggle()
    clock.t += 58 * 60  # finishing two minutes early asks nothing
    panel = runner.attendance
    anna_id = ctx.actor.person_id
    bert_id = next(p.id for p in runner.view.participants if p.name == "Bert")
    cem_id = next(p.id for p in runner.view.participants if p.name == "Cem")
    panel.rows[cem_id][0].setChecked(False)
    panel.rows[anna_id][1].buttons[3].click()  # energy 4
    runner.notes.setPlainText("Eerst vragen, dan pas oplossingen.")
    runner.action_title.setText("Stappenkaart maken")
    runner.action_owner.setCurrentIndex(runner.action_owner.findData(bert_id))
    runner.add_action()
    qtbot.waitUntil(lambda: runner.actions_list.count() == 1)
    runner.summary.setPlainText("Een goede eerste dag.")
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.finish_button.click()
    assert "2 person(s) present" in runner.result.text()
    assert hours.hours_of(db, ctx.actor, anna_id).minutes_in_working_time == 60
    view = sessions.get_session(db, ctx.actor, session_id, "en")
    assert view.attendance[anna_id].energy == 4 and not view.attendance[cem_id].present
    assert view.notes == "Eerst vragen, dan pas oplossingen."


def test_a_session_running_on_another_laptop_is_explained(qtbot, db, ctx, session_id):
    sessions.start_session(db, ctx.actor, session_id, "laptop-in-kantine")
    runner = open_runner(qtbot, ctx, session_id, FakeClock(), where="laptop-boven")
    assert "laptop-in-kantine" in runner.error.text()
    assert not runner.play_button.isEnabled()


def test_the_idle_lock_waits_only_while_the_clock_runs(qtbot, ctx, session_id):
    idle = IdleLock()
    idle.start(10)
    runner = open_runner(qtbot, ctx, session_id, FakeClock(), idle=idle)
    assert idle.active  # opened but not started: an unattended laptop still locks
    runner.toggle()
    assert not idle.active
    runner.toggle()
    assert idle.active
    runner.toggle()
    runner.close()
    assert idle.active


def test_an_action_due_date_is_typed_and_an_unreadable_one_is_refused(qtbot, db, ctx,
                                                                      session_id):
    from PySide6.QtCore import Qt

    runner = open_runner(qtbot, ctx, session_id, FakeClock())
    bar = runner.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    qtbot.keyClicks(runner.action_title, "Stappenkaart maken")
    runner.action_due.line.selectAll()
    qtbot.keyClicks(runner.action_due.line, "morgen")
    qtbot.mouseClick(runner.add_action_button, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert runner.action_due.error.text() == (
        "“morgen” is not a date. Type it as 28/12/2026, 28122026 or 28/12.")
    assert sessions.get_session(db, ctx.actor, session_id, "en").actions == ()
    runner.action_due.line.selectAll()
    qtbot.keyClicks(runner.action_due.line, "3112")
    qtbot.mouseClick(runner.add_action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: runner.actions_list.count() == 1)
    (action,) = sessions.get_session(db, ctx.actor, session_id, "en").actions
    assert action.due == date(date.today().year, 12, 31)
    assert runner.action_due.error.isHidden()
def test_the_runner_fits_a_laptop_screen_with_finish_in_reach(qtbot, ctx, session_id):
    """Issue 18, finding 4: it opened at 1200×800, attendance and Finish cut off."""
    from ui.screen import available

    runner = open_runner(qtbot, ctx, session_id, FakeClock())
    room = available(runner)
    assert runner.frameGeometry().height() <= room.height()
    assert runner.frameGeometry().width() <= room.width()
    # What it needs at least fits 1366×768 minus a panel and a title bar.
    assert runner.minimumSizeHint().height() <= 768 - 32 - 40
    assert runner.minimumSizeHint().width() <= 1366


def test_a_chosen_rating_stands_out_in_the_accent_colour(qtbot, ctx, session_id):
    """Issue 18: chosen ratings were light grey on grey."""
    runner = open_runner(qtbot, ctx, session_id, FakeClock())
    runner.tabs.setCurrentIndex(0)
    qtbot.waitExposed(runner)
    energy = runner.attendance.rows[ctx.actor.person_id][1]
    qtbot.mouseClick(energy.buttons[3], Qt.MouseButton.LeftButton)
    assert energy.value() == 4
    chosen, other = energy.buttons[3], energy.buttons[1]
    qtbot.waitUntil(lambda: chosen.isVisible() and chosen.height() > 8)
    y = chosen.height() // 2
    chosen_colour = chosen.grab().toImage().pixelColor(4, y)
    other_colour = other.grab().toImage().pixelColor(4, y)
    highlight = chosen.palette().color(QPalette.ColorRole.Highlight)
    assert abs(chosen_colour.lightness() - other_colour.lightness()) > 60
    assert abs(chosen_colour.hue() - highlight.hue()) < 15


def test_finishing_early_asks_and_counts_the_minutes_spent(qtbot, db, ctx, session_id):
    """Issue 18: finishing after a few minutes logged a full hour for everyone, unasked."""
    from ui.dialogs.finish_session import FinishSessionDialog

    clock = FakeClock()
    runner = open_runner(qtbot, ctx, session_id, clock)
    qtbot.mouseClick(runner.play_button, Qt.MouseButton.LeftButton)
    clock.t += 12 * 60
    runner.tabs.setCurrentIndex(3)
    qtbot.mouseClick(runner.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(runner.dialog, FinishSessionDialog)
                    and runner.dialog.isVisible())
    ask = runner.dialog
    assert "12 minutes of the planned 60" in ask.intro.text()
    assert ask.minutes == 12 and not runner.done
    # The group met a little longer than the clock ran.
    ask.minutes_box.selectAll()
    qtbot.keyClicks(ask.minutes_box, "15")
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        qtbot.mouseClick(ask.save_button, Qt.MouseButton.LeftButton)
    assert hours.hours_of(db, ctx.actor, ctx.actor.person_id).minutes_in_working_time == 15


def test_finishing_early_can_be_called_off(qtbot, db, ctx, session_id):
    from ui.dialogs.finish_session import FinishSessionDialog

    runner = open_runner(qtbot, ctx, session_id, FakeClock())
    runner.finish_button.click()
    qtbot.waitUntil(lambda: isinstance(runner.dialog, FinishSessionDialog))
    qtbot.keyClick(runner.dialog.minutes_box, Qt.Key.Key_Escape)
    assert not runner.dialog.isVisible() and not runner.done
    assert sessions.get_session(db, ctx.actor, session_id, "en").status.value != "done"
