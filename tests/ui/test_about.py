"""The About dialog: every component Regiestoel is built with, with its licence."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from app.components import OWN_DISTRIBUTION, canonical_name, requirement_closure
from tests.conftest import OWNER_PASSWORD
from tests.ui.conftest import log_in


def _open_about_and_read(qtbot, window) -> tuple[dict[str, tuple[str, str]], str]:
    """Click Help, then About; read the dialog's table while it is open, then close it."""
    seen: dict[str, object] = {}

    def read_when_open() -> None:
        dialog = QApplication.activeModalWidget()
        table = dialog.findChild(QTableWidget, "components") if dialog else None
        if table is None:
            QTimer.singleShot(20, read_when_open)
            return
        seen["rows"] = {table.item(r, 0).text(): (table.item(r, 1).text(),
                                                  table.item(r, 2).text())
                        for r in range(table.rowCount())}
        seen["text"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.actionGeometry(window.help_menu.menuAction()).center())
    qtbot.waitUntil(window.help_menu.isVisible)
    QTimer.singleShot(0, read_when_open)
    qtbot.mouseClick(window.help_menu, Qt.MouseButton.LeftButton,
                     pos=window.help_menu.actionGeometry(window.act_about).center())
    qtbot.waitUntil(lambda: "rows" in seen)
    return seen["rows"], str(seen["text"])  # type: ignore[return-value]


def test_about_lists_every_installed_dependency_and_what_it_carries(qtbot, window):
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    rows, text = _open_about_and_read(qtbot, window)
    expected = {dist.metadata["Name"] for dist in requirement_closure(OWN_DISTRIBUTION, ["ai"])
                if canonical_name(dist.metadata["Name"]) != OWN_DISTRIBUTION}
    assert expected <= set(rows), expected - set(rows)
    # The native parts inside the wheels and the icon font are listed too, with a licence.
    assert rows["Qt"][1] == "LGPL-3.0-only"
    assert rows["ICU"][1] == "Unicode-3.0"
    assert rows["Material Design Icons"] == ("6.9.96", "Apache-2.0")
    assert rows["SQLite"][1] == "blessing" and rows["Python"][1] == "PSF-2.0"
    for name, (_version, licence) in rows.items():
        assert licence and len(licence) <= 60 and "\n" not in licence, name
    assert "GNU General Public License, version 3 or later" in text
