"""Settings: general first, one tab per topic built when first shown, owner-only topics."""

from __future__ import annotations

import pytest

from tests.conftest import OWNER_PASSWORD, PASSWORD
from tests.ui.conftest import log_in


def tab_texts(view) -> list[str]:
    return [view.tabs.tabText(i) for i in range(view.tabs.count())]


def test_the_owner_gets_every_topic_and_a_tab_is_built_when_first_shown(qtbot, setup, window):
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    view = window.go_to("settings")
    assert tab_texts(view) == ["General", "Planning sessions", "Reminders", "AI coach",
                               "Database", "Backups and privacy", "Laptops"]
    assert view.pages == {}  # opening Settings builds only what its first tab shows
    view.tabs.setCurrentIndex(5)
    safety = view.pages["safety"]
    assert safety.isVisible() and view.tabs.currentIndex() == 5
    assert tab_texts(view)[5] == "Backups and privacy"
    assert view.show_page("safety") is safety  # built once
    assert set(view.pages) == {"safety"}


@pytest.fixture
def piet(setup, add_person):
    """A professional who exists before the login screen lists the names."""
    return add_person("Piet Professional")


def test_a_professional_has_no_owner_topics(qtbot, piet, window):
    log_in(qtbot, window, "Piet", PASSWORD)
    view = window.go_to("settings")
    assert tab_texts(view) == ["General", "Planning sessions", "Reminders", "AI coach"]
    assert not view.name.isEnabled()


def unnamed_inputs(root) -> list[str]:
    """Inputs a screen reader would announce without a name (text boxes, lists, choices)."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit,
             QAbstractItemView)
    found = []
    from PySide6.QtWidgets import QWidget

    for widget in (w for w in root.findChildren(QWidget) if isinstance(w, kinds)):
        # A combo box's or spin box's own line edit, and a table's header, are parts of it.
        inner = isinstance(widget, QHeaderView) or isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), QComboBox | QAbstractSpinBox)
        if not inner and widget.isVisibleTo(root) and not widget.accessibleName():
            found.append(f"{type(widget).__name__} {widget.objectName()} "
                         f"{getattr(widget, 'placeholderText', lambda: '')()}")
    return found


def test_every_settings_field_has_an_accessible_name_in_the_language_in_use(
        qtbot, setup, window):
    """Issue 18: labelled fields in Settings had no name for a screen reader (the field sits
    in a container with its hint, so Qt found no label)."""
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    view = window.go_to("settings")
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        qtbot.wait(50)
    assert unnamed_inputs(view) == []
    assert view.name.accessibleName() == "Organisation name"
    window.ctx.languages.apply("nl")
    qtbot.waitUntil(lambda: view.name.accessibleName() == "Naam van de organisatie")
