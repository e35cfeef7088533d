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
                               "Database", "Backups and privacy"]
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
