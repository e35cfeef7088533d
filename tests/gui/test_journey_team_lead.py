"""The meeting room: a session run in the session runner and finished, then a talent
conversation signed by the manager and the professional on one laptop (switch user)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from app.demo import demo_password
from tests.gui.conftest import (
    LayoutLog,
    Program,
    click,
    click_index,
    click_tab,
    find_index,
    lock,
    log_in,
    open_area,
    start_program,
    this_half_year,
    type_into,
    wait_closed,
    wait_for_window,
)

GUIDE, MANAGER, PROFESSIONAL = "Gerrit Jansen", "Henk Bosman", "Kevin Mulder"
GROUP = "Storingen sneller oplossen"
LOG = LayoutLog()


@pytest.fixture(scope="module")
def program(qapp, demo_folder: Path, tmp_path_factory: pytest.TempPathFactory):
    """The demo, with the group's next session moved to today: the runner starts a session
    on its day only, and the demo's next one may fall on a later day of the week."""
    from sqlalchemy import select

    from app.paths import resolve_location
    from app.storage import open_location
    from models.cycles import Cycle, Session
    from models.groups import LearningGroup

    folder = tmp_path_factory.mktemp("team-lead") / "data"
    shutil.copytree(demo_folder, folder, ignore=shutil.ignore_patterns("*.lock", "backups"))
    db, _status = open_location(resolve_location(folder))
    with db.transaction() as s:
        session = s.scalars(
            select(Session).join(Cycle).join(LearningGroup)
            .where(LearningGroup.name == GROUP, Session.status == "planned")
            .order_by(Session.day)).first()
        assert session is not None, "the demo group has a planned session"
        session.day = date.today()
    db.dispose()
    running = start_program(qapp, folder)
    yield running
    running.close()


def _runner():
    from ui.views.session_runner import SessionRunner

    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, SessionRunner) and w.isVisible()]
    assert found, "the session runner is open"
    return found[0]


def test_the_guide_starts_todays_session_from_the_group(qtbot, program: Program) -> None:
    from ui.views.session_runner import SessionRunner

    log_in(qtbot, program, GUIDE, demo_password())
    view = open_area(qtbot, program, "groups")
    assert GROUP in view.list.currentItem().text()
    tree = view.cycle_tree
    today = None
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for j in range(top.childCount()):
            if date.today().strftime("%d-%m-%Y") in top.child(j).text(1):
                today = top.child(j)
    assert today is not None, "today's session is listed under the cycle"
    tree.scrollToItem(today)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(today).center())
    qtbot.waitUntil(view.start_session_button.isEnabled, timeout=5_000)
    click(qtbot, view.start_session_button)
    runner = wait_for_window(qtbot, SessionRunner)
    qtbot.waitExposed(runner)
    qtbot.waitUntil(lambda: runner.view is not None, timeout=10_000)
    program.settle()
    assert runner.group_label.text() == GROUP
    assert runner.countdown.text() == "5:00", "the first block: check-in, five minutes"
    assert runner.blocks.count() >= 4 and runner.block_title.text()
    LOG.check("runner", runner)


def test_space_starts_the_clock_and_arrows_move_between_blocks(qtbot, program: Program
                                                               ) -> None:
    runner = _runner()
    first = runner.block_title.text()
    runner.activateWindow()
    qtbot.keyClick(runner, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: runner.clock is not None and runner.clock.running, timeout=5_000)
    qtbot.keyClick(runner, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: runner.block_title.text() != first, timeout=5_000)
    second = runner.block_title.text()
    assert runner.blocks.currentRow() == 1
    qtbot.keyClick(runner, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: runner.block_title.text() == first, timeout=5_000)
    assert second != first
    qtbot.keyClick(runner, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not runner.clock.running, timeout=5_000)


def test_attendance_energy_notes_and_an_action(qtbot, program: Program) -> None:
    runner = _runner()
    click_tab(qtbot, runner.tabs, 0)
    rows = runner.attendance.rows
    names = {box.text(): (box, energy, meaning) for box, energy, meaning in rows.values()}
    absent, _e, _m = names["Tom Kok"]
    click(qtbot, absent)
    assert not absent.isChecked()
    _box, energy, meaning = names[PROFESSIONAL]
    click(qtbot, energy.buttons[3])
    click(qtbot, meaning.buttons[4])
    assert (energy.value(), meaning.value()) == (4, 5)
    click_tab(qtbot, runner.tabs, 1)
    type_into(qtbot, runner.notes, "Kevin vond de storing via het foutlog van de pomp.")
    click_tab(qtbot, runner.tabs, 2)
    type_into(qtbot, runner.action_title, "Foutcodes op een kaart in de bus")
    click(qtbot, runner.add_action_button)
    qtbot.waitUntil(lambda: runner.actions_list.count() == 1, timeout=10_000)
    assert "Foutcodes op een kaart" in runner.actions_list.item(0).text()
    LOG.check("runner-actions", runner)


def test_finishing_the_session_says_who_was_there(qtbot, program: Program) -> None:
    runner = _runner()
    click_tab(qtbot, runner.tabs, 1)
    LOG.check("runner-notes", runner)
    click_tab(qtbot, runner.tabs, 3)
    click(qtbot, runner.finish_button)
    # The session took minutes, not the planned hour and a half: the runner asks how many
    # minutes count as learning time, with the time on the clock filled in.
    from ui.dialogs.finish_session import FinishSessionDialog

    ask = wait_for_window(qtbot, FinishSessionDialog)
    qtbot.waitExposed(ask)
    LOG.check("finish-early", ask)
    assert ask.windowTitle() == "Sessie nu al afronden?", ask.windowTitle()
    assert f"{ask.minutes_box.value()} minuten" in ask.intro.text(), ask.intro.text()
    click(qtbot, ask.save_button)
    wait_closed(qtbot, ask)
    qtbot.waitUntil(lambda: runner.done, timeout=10_000)
    text = runner.result.text()
    present = sum(1 for box, _e, _m in runner.attendance.rows.values() if box.isChecked())
    assert text.startswith("Sessie afgerond."), text
    assert f"{present} personen aanwezig" in text and "1 actie afgesproken" in text, text
    assert not runner.play_button.isEnabled()
    LOG.check("runner-finished", runner)
    runner.close()
    wait_closed(qtbot, runner)
    program.settle()


def _open_conversation_with(qtbot, program: Program, name: str):
    view = open_area(qtbot, program, "conversations")
    click_tab(qtbot, view.tabs, 0) if view.tabs.tabBar().isVisible() else None
    model = view.tree.model()
    half_year = find_index(model, this_half_year())
    assert half_year is not None, "this half year's conversations are listed under a heading"
    index = find_index(model, name, parent=half_year)
    click_index(qtbot, view.tree, index)
    panel = view.panel
    qtbot.waitUntil(lambda: panel.loaded is not None and panel.loaded.row.professional_name
                    == PROFESSIONAL, timeout=10_000)
    meeting_tab = next(i for i in range(panel.pages.count())
                       if panel.pages.widget(i) is panel.meeting)
    click_tab(qtbot, panel.pages, meeting_tab)
    program.settle()
    return view, panel


def _sign(qtbot, program: Program, panel, side, password: str) -> None:
    from ui.dialogs.sign import SignDialog

    click(qtbot, panel.meeting.sign_buttons[side])
    dialog = wait_for_window(qtbot, SignDialog)
    qtbot.waitExposed(dialog)
    LOG.check(f"sign-{side.value}", dialog)
    click(qtbot, dialog.agreed)
    type_into(qtbot, dialog.password, password)
    click(qtbot, dialog.sign_button)
    wait_closed(qtbot, dialog)
    program.settle(200)


def _be(qtbot, program: Program, name: str) -> None:
    """Logged in as ``name``: lock the laptop and log in, if someone else is."""
    actor = program.ctx.session.actor  # type: ignore[attr-defined]
    if actor is not None and actor.name == name:
        return
    if actor is not None:
        lock(qtbot, program)
    log_in(qtbot, program, name, demo_password())


def test_open_on_mijn_regie_opens_that_conversation(qtbot, program: Program) -> None:
    _be(qtbot, program, MANAGER)
    home = program.window.area_widgets["home"]
    program.settle(300)
    buttons = [b for b in home.findChildren(QPushButton)
               if b.isVisible() and b.text().replace("&", "") == "Openen"
               and any(PROFESSIONAL in label.text()
                       for label in b.parentWidget().findChildren(QLabel))]
    assert len(buttons) == 1, "Mijn regie lists the conversation with Kevin, with Openen"
    button = buttons[0]
    click(qtbot, button)
    view = program.window.area_widgets.get("conversations")
    qtbot.waitUntil(lambda: view is not None or program.window.area_widgets.get(
        "conversations") is not None, timeout=10_000)
    panel = program.window.area_widgets["conversations"].panel
    qtbot.waitUntil(lambda: panel.loaded is not None, timeout=10_000)
    program.settle(500)
    assert panel.loaded.row.professional_name == PROFESSIONAL


def test_the_manager_signs_the_conversation(qtbot, program: Program) -> None:
    from models import Side

    _be(qtbot, program, MANAGER)
    _view, panel = _open_conversation_with(qtbot, program, PROFESSIONAL)
    meeting = panel.meeting
    assert meeting.sign_buttons[Side.MANAGER].isVisible()
    _sign(qtbot, program, panel, Side.MANAGER, demo_password())
    qtbot.waitUntil(lambda: not meeting.sign_buttons[Side.MANAGER].isVisible(), timeout=10_000)
    assert MANAGER.split()[0] in meeting.sign_hint.text()


def _switch_user(qtbot, program: Program) -> None:
    """Bestand → Gebruiker wisselen, by mouse through the menu bar."""
    window = program.window
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.actionGeometry(window.file_menu.menuAction()).center())
    qtbot.waitUntil(window.file_menu.isVisible, timeout=5_000)
    assert window.act_switch.text().replace("&", "") == "Gebruiker wisselen"
    qtbot.mouseClick(window.file_menu, Qt.MouseButton.LeftButton,
                     pos=window.file_menu.actionGeometry(window.act_switch).center())
    qtbot.waitUntil(lambda: window.login.isVisible(), timeout=10_000)
    program.settle()


def test_the_professional_signs_after_switching_user(qtbot, program: Program) -> None:
    from models import Side

    _switch_user(qtbot, program)
    log_in(qtbot, program, PROFESSIONAL, demo_password())
    _view, panel = _open_conversation_with(qtbot, program, MANAGER)
    _sign(qtbot, program, panel, Side.PROFESSIONAL, demo_password())
    meeting = panel.meeting
    qtbot.waitUntil(lambda: "vergrendeld" in meeting.sign_hint.text(), timeout=10_000)
    assert not any(b.isVisible() for b in meeting.sign_buttons.values())


WINDOWS = ("runner", "runner-actions", "runner-notes", "finish-early", "runner-finished",
           "sign-manager", "sign-professional")


@pytest.mark.parametrize(("name", "kind"), LayoutLog.cases(WINDOWS, {}))
def test_layout_of_the_windows_on_the_way(name: str, kind: str) -> None:
    LOG.assert_clean(name, kind)
