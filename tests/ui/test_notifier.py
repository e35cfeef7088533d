"""Desktop notifications clicked through: the notice in the window without a tray, the tray
with Open and Quit and its one question, none while locked, once per item."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from app.services import learning_requests
from models import InterventionKind, Role
from tests.conftest import PASSWORD
from tests.ui.conftest import log_in
from ui.i18n import format_date
from ui.notifier import attach

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def manon(db, owner, add_person):
    """A manager with a learning request of her report waiting for her decision."""
    man = add_person("Manon Manager", roles={Role.MANAGER})
    pro = add_person("Piet Pieters", manager_id=man.person_id)
    learning_requests.ask(db, pro, learning_requests.RequestInput(
        kind=InterventionKind.COURSE, title="Geheime cursus"))
    return {"manon": man, "piet": pro}


def ask_for_another(db, people) -> None:
    learning_requests.ask(db, people["piet"], learning_requests.RequestInput(
        kind=InterventionKind.TRAINING, title="Nog een geheim"))


def notice_text(notifier) -> str:
    return notifier.notice.text.text() if notifier.notice.isVisible() else ""


def wait_quiet(qtbot, ctx) -> None:
    ctx.tasks.wait()
    qtbot.wait(50)
    ctx.tasks.wait()
    qtbot.wait(50)


def test_without_a_tray_a_notice_in_the_window_names_kind_and_date_and_goes_there(
        qtbot, ctx, db, manon, window):
    notifier = attach(ctx, window, with_tray=False)
    log_in(qtbot, window, "Manon", PASSWORD)
    qtbot.waitUntil(lambda: notifier.notice.isVisible(), timeout=10_000)
    text = notice_text(notifier)
    assert text.startswith("A learning request waits for your decision")
    assert format_date(date.today(), "en") in text
    assert "Geheime" not in text and "Piet" not in text  # never content, nor who asked
    assert window.current_area() is window.area_widgets["home"]
    # Manon switches to Dutch: the notice speaks Dutch at once.
    ctx.languages.apply("nl")
    qtbot.waitUntil(lambda: notice_text(notifier).startswith(
        "Een leeraanvraag wacht op jouw besluit"), timeout=5_000)
    ctx.languages.apply("en")
    qtbot.mouseClick(notifier.notice.text, LEFT)
    assert window.current_area() is window.area_widgets["budget"]
    assert not notifier.notice.isVisible()  # the only one: nothing more to say
    # Asked again (the next minute): already shown, so nothing new.
    notifier.poll()
    wait_quiet(qtbot, ctx)
    assert not notifier.notice.isVisible()


def test_shown_is_remembered_so_a_restart_repeats_nothing(
        qtbot, ctx, db, manon, window, make_ctx):
    notifier = attach(ctx, window, with_tray=False)
    log_in(qtbot, window, "Manon", PASSWORD)
    qtbot.waitUntil(lambda: notifier.notice.isVisible(), timeout=10_000)
    qtbot.mouseClick(notifier.notice.close_button, LEFT)  # put away, not opened
    assert not notifier.notice.isVisible()
    wait_quiet(qtbot, ctx)
    # A new program on the same database, the same person: nothing is shown again.
    from ui.idle import IdleLock
    from ui.main_window import MainWindow

    again = make_ctx(db, ctx.location)
    second = MainWindow(again, IdleLock())
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.login.names.count() > 0)
    later = attach(again, second, with_tray=False)
    log_in(qtbot, second, "Manon", PASSWORD)
    qtbot.waitUntil(lambda: second.workspace is not None)
    wait_quiet(qtbot, again)
    assert not later.notice.isVisible()
    # Something new is due: that one is shown.
    ask_for_another(db, manon)
    later.poll()
    qtbot.waitUntil(lambda: later.notice.isVisible(), timeout=10_000)


def test_nothing_is_shown_while_locked_and_what_came_meanwhile_is_shown_after_login(
        qtbot, ctx, db, manon, window):
    notifier = attach(ctx, window, with_tray=False)
    log_in(qtbot, window, "Manon", PASSWORD)
    qtbot.waitUntil(lambda: notifier.notice.isVisible(), timeout=10_000)
    qtbot.mouseClick(window.lock_button, LEFT)
    assert window.workspace is None
    assert not notifier.notice.isVisible()  # nothing of Manon's stays on the login screen
    ask_for_another(db, manon)
    notifier.poll()  # the minute passes while locked
    wait_quiet(qtbot, ctx)
    assert not notifier.notice.isVisible() and notifier.queue == []
    # Someone else logs in: not Manon's notifications.
    log_in(qtbot, window, "Piet", PASSWORD)
    qtbot.waitUntil(lambda: window.workspace is not None)
    wait_quiet(qtbot, ctx)
    assert not notifier.notice.isVisible()
    qtbot.mouseClick(window.lock_button, LEFT)
    log_in(qtbot, window, "Manon", PASSWORD)
    qtbot.waitUntil(lambda: notifier.notice.isVisible(), timeout=10_000)
    assert notice_text(notifier).startswith("A learning request waits for your decision")


def click_menu(qtbot, menu: QMenu, action) -> None:
    menu.popup(QPoint(100, 100))
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


def question(window) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_the_tray_asks_once_keeps_running_opens_and_quits_the_normal_way(
        qtbot, qapp, ctx, db, manon, window, monkeypatch):
    notifier = attach(ctx, window, with_tray=True)
    tray = notifier.tray
    quits: list[bool] = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    assert ctx.local.on_close == ""
    window.close()
    box = question(window)
    assert window.isVisible()  # asked, not closed
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    assert window.isVisible() and ctx.local.on_close == ""  # asked again next time
    window.close()
    assert question(window) is tray.question
    qtbot.mouseClick(tray.keep_button, LEFT)
    assert not window.isVisible() and ctx.local.on_close == "tray"
    assert not qapp.quitOnLastWindowClosed()
    click_menu(qtbot, tray.menu, tray.act_open)
    assert window.isVisible()
    # Closing again is not asked again: into the tray at once.
    window.close()
    assert not window.isVisible() and not [b for b in window.findChildren(QMessageBox)
                                           if b.isVisible()]
    assert quits == []  # neither closing nor the question quit the program
    click_menu(qtbot, tray.menu, tray.act_quit)
    # The window's own close ran (its size saved, tasks waited for) and quit the program;
    # main() then makes the quit backup, as after File > Quit.
    assert window.quitting and quits == [True]


def test_a_tray_message_is_a_notification_and_clicking_it_opens_the_place(
        qtbot, ctx, db, manon, window):
    notifier = attach(ctx, window, with_tray=True)
    tray = notifier.tray
    messages: list[str] = []
    tray.icon.showMessage = lambda title, text, *rest: messages.append(text)  # the platform's
    log_in(qtbot, window, "Manon", PASSWORD)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages[0].startswith("A learning request waits for your decision")
    assert "Geheime" not in messages[0]
    window.hide()  # in the tray
    # The platform reports a click on the message as this signal.
    tray.icon.messageClicked.emit()
    assert window.isVisible()
    assert window.current_area() is window.area_widgets["budget"]
    # After a lock a message still on screen leads nowhere.
    qtbot.mouseClick(window.lock_button, LEFT)
    tray.icon.messageClicked.emit()
    assert window.workspace is None


def test_the_choice_to_quit_on_close_is_remembered(qtbot, qapp, ctx, db, manon, window,
                                                   monkeypatch):
    quits: list[bool] = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    notifier = attach(ctx, window, with_tray=True)
    window.close()
    qtbot.mouseClick(notifier.tray.quit_button, LEFT)
    assert ctx.local.on_close == "quit" and quits == [True]


# --- My preferences ----------------------------------------------------------------------


def test_my_notification_choices_are_saved_and_a_bad_one_explained(qtbot, ctx, db, manon):
    from PySide6.QtCore import QTime

    from app.services import notifications
    from ui.views.settings import SettingsView

    ctx.session.actor = manon["manon"]
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    box = view.notification_prefs
    qtbot.waitUntil(lambda: box.current is not None)
    assert all(b.isChecked() for b in box.topics.values())
    assert not box.quiet_from.isEnabled()
    decisions = box.topics["decisions"]
    # On its box: a check box takes clicks on its box and its text, not the empty row.
    qtbot.mouseClick(decisions, LEFT, pos=QPoint(8, decisions.height() // 2))
    assert not decisions.isChecked()
    qtbot.mouseClick(box.quiet, LEFT, pos=QPoint(8, box.quiet.height() // 2))
    assert box.quiet_from.isEnabled()
    box.quiet_from.setTime(QTime(8, 0))
    box.quiet_until.setTime(QTime(8, 0))
    qtbot.mouseClick(box.save_button, LEFT)
    qtbot.waitUntil(lambda: box.quiet_error.isVisible(), timeout=5_000)
    assert "same time" in box.quiet_error.text()
    assert notifications.my_prefs(db, ctx.actor).version_id is None  # nothing saved
    box.quiet_until.setTime(QTime(9, 30))
    qtbot.mouseClick(box.save_button, LEFT)
    qtbot.waitUntil(lambda: notifications.my_prefs(db, ctx.actor).version_id is not None,
                    timeout=5_000)
    saved = notifications.my_prefs(db, ctx.actor)
    assert saved.topics_off == {"decisions"}
    assert (saved.quiet_from.hour, saved.quiet_until.minute) == (8, 30)
    assert not box.quiet_error.isVisible()
    # Switched off: Manon's waiting request is not notified.
    assert notifications.new_for(db, ctx.actor) == []
