"""The system tray in a real X session (trayer as the desktop's tray): a notification is the
tray's message and a click on it opens the place to act; closing the window asks once and
keeps Regiestoel in the tray; the tray icon opens it again and its menu quits."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox, QSystemTrayIcon, QWidget

from app.demo import demo_password
from tests.gui.conftest import Program, click, log_in, settle, start_program
from ui.i18n import format_date

HENK = "Henk Bosman"  # the demo's manager of the fitters
LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton


@pytest.fixture
def tray_program(qapp, qtbot, demo_folder: Path, tmp_path: Path, monkeypatch
                 ) -> Iterator[tuple[Program, list[bool]]]:
    """The program started on a desktop with a tray, with a request waiting for Henk."""
    if shutil.which("trayer") is None:
        pytest.skip("trayer (a system tray for X) is not installed: apt-get install trayer")
    tray = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--height", "24",
                             "--widthtype", "pixel", "--width", "120"])
    try:
        deadline = time.monotonic() + 10
        while not QSystemTrayIcon.isSystemTrayAvailable() and time.monotonic() < deadline:
            settle(ms=100)
        assert QSystemTrayIcon.isSystemTrayAvailable(), "trayer did not become the tray"
        folder = tmp_path / "data"
        shutil.copytree(demo_folder, folder,
                        ignore=shutil.ignore_patterns("*.lock", "backups"))
        _ask_henk(folder)
        quits: list[bool] = []
        # The session's QApplication stays: the quit it would do is recorded instead.
        monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
        program = start_program(qapp, folder)
        yield program, quits
        program.close()
    finally:
        qapp.setQuitOnLastWindowClosed(True)
        tray.terminate()
        tray.wait(10)


def _ask_henk(folder: Path) -> None:
    from app.paths import resolve_location
    from app.services import learning_requests, notifications
    from app.services.auth import actor_for
    from app.storage import open_location
    from models import InterventionKind, Person

    db, _status = open_location(resolve_location(folder))
    with db.read() as s:
        daan = s.query(Person).filter_by(name="Daan Visser").one().id
    with db.read() as s:
        henk = s.query(Person).filter_by(name=HENK).one().id
    learning_requests.ask(db, actor_for(db, daan), learning_requests.RequestInput(
        kind=InterventionKind.COURSE, title="Geheime cursus"))
    # Henk's other due items of the demo (sessions, conversations) switched off: this
    # test follows the one notification.
    notifications.save_prefs(db, actor_for(db, henk), notifications.NotificationPrefs(
        frozenset(notifications.TOPICS) - {"decisions"}), expected_version=None)
    db.dispose()


def visible(class_name: str) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if w.metaObject().className() == class_name and w.isVisible()]


def test_a_tray_message_is_clicked_to_the_place_and_the_tray_keeps_and_quits(
        qtbot, tray_program) -> None:
    program, quits = tray_program
    window = program.window
    notifier = program.app.notifier
    assert notifier.tray is not None and notifier.notice is None
    log_in(qtbot, program, HENK, demo_password())
    # The desktop's notification: a balloon at the tray icon, naming kind and date only.
    qtbot.waitUntil(lambda: bool(visible("QBalloonTip")), timeout=15_000)
    (balloon,) = visible("QBalloonTip")
    shown = " ".join(label.text() for label in balloon.findChildren(QLabel))
    assert f"Een leeraanvraag wacht op jouw besluit — {format_date(date.today(), 'nl')}" \
        in shown
    assert "Geheime" not in shown and "Daan" not in shown
    qtbot.mouseClick(balloon, LEFT, pos=balloon.rect().center())
    qtbot.waitUntil(lambda: window.current_area() is window.area_widgets.get("budget"),
                    timeout=10_000)

    # Closing the window: asked once; kept in the tray.
    window.close()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    tray = notifier.tray
    click(qtbot, tray.keep_button)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert quits == [] and program.ctx.local.on_close == "tray"

    # A click on the tray icon opens the window again.
    (icon,) = visible("QSystemTrayIconSys")
    qtbot.mouseClick(icon, LEFT, pos=icon.rect().center())
    qtbot.waitUntil(window.isVisible, timeout=5_000)

    # Its menu quits the normal way: the window's own close, then the program's quit.
    qtbot.mouseClick(icon, RIGHT, pos=icon.rect().center())
    qtbot.waitUntil(tray.menu.isVisible, timeout=5_000)
    menu: QMenu = tray.menu
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(tray.act_quit).center())
    qtbot.waitUntil(lambda: quits == [True], timeout=10_000)
    assert not window.isVisible()
