"""Every screen of the main window, for each role, opened from the sidebar and laid out right."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget

from app.demo import demo_password
from tests.gui import layout
from tests.gui.conftest import Program, assert_layout, click_tab, lock, log_in, open_area

# One person per role of the demo organisation, and the areas their sidebar shows.
EVERYONE = ("home", "situations", "groups", "lessons", "conversations", "budget", "culture")
ROLES = {
    # Marieke and Henk are someone's manager: My team comes right after Mijn regie.
    "owner": ("Marieke van Dijk", ("home", "team", *EVERYONE[1:], "dashboard", "people",
                                   "audit", "settings")),
    "manager": ("Henk Bosman", ("home", "team", *EVERYONE[1:], "people", "settings")),
    "professional": ("Kevin Mulder", (*EVERYONE, "people", "settings")),
    "guide": ("Gerrit Jansen", (*EVERYONE, "people", "settings")),
}

# Known defects of issue 18 that another change fixes: (role, area or "window", kind).
KNOWN: dict[tuple[str, str, str], str] = {}

CASES = [(role, area) for role, (_name, areas) in ROLES.items() for area in areas]


def _case(role: str, area: str, kind: str):
    reason = KNOWN.get((role, area, kind))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(role, area, kind, marks=marks, id=f"{role}-{area}-{kind}")


def _log_in_as(qtbot, program: Program, role: str) -> None:
    name = ROLES[role][0]
    actor = program.ctx.session.actor  # type: ignore[attr-defined]
    if actor is not None and actor.name == name:
        return
    if actor is not None:
        lock(qtbot, program)
    log_in(qtbot, program, name, demo_password())


@pytest.fixture(scope="module")
def program(demo_program: Program) -> Program:
    return demo_program


@pytest.mark.parametrize("role", list(ROLES))
def test_the_sidebar_shows_the_areas_of_the_role(qtbot, program: Program, role: str) -> None:
    _log_in_as(qtbot, program, role)
    assert [a.key for a in program.window.areas] == list(ROLES[role][1])


@pytest.mark.parametrize(
    ("role", "area", "kind"),
    [_case("owner", "window", "fits"), _case("professional", "window", "fits")]
    + [_case(role, area, kind) for role, area in CASES
       for kind in ("overlap", "clipped", "names")],
)
def test_screen_layout(qtbot, program: Program, role: str, area: str, kind: str) -> None:
    """The page as the sidebar opens it, and each of its tabs as a click opens it."""
    _log_in_as(qtbot, program, role)
    window = program.window
    if area == "window":
        assert_layout(window, (kind,))
        return
    page = open_area(qtbot, program, area)
    problems = layout.check(window, (kind,))
    for tabs in [t for t in page.findChildren(QTabWidget) if t.isVisible()]:
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index) or not tabs.isTabVisible(index):
                continue
            click_tab(qtbot, tabs, index)
            program.settle(100)
            problems += [f"{line} (tab {tabs.tabText(index)!r})"
                         for line in layout.check(window, (kind,))]
        click_tab(qtbot, tabs, 0)
    assert not problems, "\n".join(dict.fromkeys(problems))


@pytest.mark.parametrize(("role", "area", "kind"),
                         [_case("login", "window", kind) for kind in layout.KINDS])
def test_login_screen_layout(qtbot, program: Program, role: str, area: str, kind: str) -> None:
    if program.ctx.session.actor is not None:  # type: ignore[attr-defined]
        lock(qtbot, program)
    assert_layout(program.window, (kind,))
