"""A screen reader tells the session runner's rating buttons apart: what, for whom, which."""

from __future__ import annotations

from app.services.sessions import Participant


def test_every_rating_button_names_what_it_rates_and_for_whom(qtbot):
    from PySide6.QtWidgets import QPushButton

    from ui.widgets.attendance import AttendancePanel

    panel = AttendancePanel((Participant(1, "Ahmet", False), Participant(2, "Bram", True)), {})
    qtbot.addWidget(panel)
    names = [b.accessibleName() for b in panel.findChildren(QPushButton)]
    assert len(names) == 20 and len(set(names)) == 20  # energy and meaning no longer alike
    assert "Energy, Ahmet 3" in names and "Meaning, Bram 5" in names
