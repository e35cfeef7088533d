"""Settings, Laptops: the owner sees every personal copy and revokes one, after saying yes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services import personal_copies
from tests.app.test_laptops import register
from tests.conftest import OWNER_PASSWORD
from tests.ui.conftest import log_in

LEFT = Qt.MouseButton.LeftButton


def open_laptops(qtbot, window):
    view = window.go_to("settings")
    bar = view.tabs.tabBar()
    index = next(i for i in range(view.tabs.count()) if view.tabs.tabText(i) == "Laptops")
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    panel = view.pages["laptops"]
    qtbot.waitUntil(lambda: panel.loaded, timeout=5000)
    return panel


def click_row(qtbot, panel, row: int) -> None:
    table = panel.table
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def button(box: QMessageBox, which: QMessageBox.StandardButton):
    return box.button(which)


def test_the_owner_sees_each_laptop_and_revokes_one_after_saying_yes(
        qtbot, db, setup, window, add_person):
    kim = add_person("Kim de Vries")
    kims = register(db, kim.person_id, "laptop-kim", days_ago=45, synced_days_ago=40)
    register(db, setup.owner_id, "werkplek-olga", synced_days_ago=1)
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    panel = open_laptops(qtbot, window)
    table = panel.table
    shown = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(5)]
             for r in range(table.rowCount())}
    assert set(shown) == {"Kim de Vries", "Olga Eigenaar"}
    assert shown["Kim de Vries"][1] == "laptop-kim"
    assert shown["Kim de Vries"][4] == "Not synced for over 30 days"
    assert shown["Olga Eigenaar"][4] == "In use"
    assert not panel.revoke_button.isEnabled()  # nothing chosen yet

    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Kim de Vries")
    click_row(qtbot, panel, row)
    assert panel.revoke_button.isEnabled()
    # No first: nothing happens.
    qtbot.mouseClick(panel.revoke_button, LEFT)
    qtbot.waitUntil(lambda: panel.confirmation is not None and panel.confirmation.isVisible())
    assert "Kim de Vries" in panel.confirmation.text()
    qtbot.mouseClick(button(panel.confirmation, QMessageBox.StandardButton.No), LEFT)
    qtbot.waitUntil(lambda: not panel.confirmation.isVisible())
    assert not any(c.revoked for c in personal_copies.list_copies(db, window.ctx.actor))
    # Then yes.
    qtbot.mouseClick(panel.revoke_button, LEFT)
    qtbot.waitUntil(lambda: panel.confirmation.isVisible())
    qtbot.mouseClick(button(panel.confirmation, QMessageBox.StandardButton.Yes), LEFT)
    qtbot.waitUntil(lambda: any(r.revoked for r in panel.rows), timeout=5000)
    revoked = {c.id: c.revoked for c in personal_copies.list_copies(db, window.ctx.actor)}
    assert revoked[kims] and list(revoked.values()).count(True) == 1
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Kim de Vries")
    assert table.item(row, 4).text().startswith("Revoked ")
    click_row(qtbot, panel, row)
    assert not panel.revoke_button.isEnabled()  # revoked is revoked


def test_without_copies_the_panel_says_so(qtbot, setup, window):
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    panel = open_laptops(qtbot, window)
    assert panel.empty.isVisible() and not panel.table.isVisible()
    assert panel.empty.text() == "No laptop holds a personal copy."


def test_the_panel_speaks_dutch(qtbot, db, setup, window, add_person):
    kim = add_person("Kim de Vries")
    register(db, kim.person_id, "laptop-kim", synced_days_ago=0)
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    panel = open_laptops(qtbot, window)
    window.ctx.languages.apply("nl")
    qtbot.waitUntil(lambda: panel.revoke_button.text() == "&Intrekken…")
    assert panel.table.item(0, 4).text() == "In gebruik"
    assert panel.table.horizontalHeaderItem(3).text() == "Laatst bijgewerkt"
