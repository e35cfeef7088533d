"""Real-window fixtures: the program as it starts, on a demo copy or an empty folder, in Dutch."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QWidget

from tests.gui import layout
from tests.ui.conftest import compiled_translations  # noqa: F401 - the same .qm files

LANGUAGE = "nl"


@pytest.fixture(scope="session", autouse=True)
def _real_display(qapp) -> None:
    if qapp.platformName() != "xcb":
        pytest.fail("tests/gui runs on a real X server: use `make test-gui`")


def settle(ctx=None, ms: int = 50, timeout: float = 15.0) -> None:
    """Let background loads finish and their results paint."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        QCoreApplication.processEvents()
        if ctx is None or ctx.tasks.pending == 0 or time.monotonic() > deadline:
            break
    QCoreApplication.processEvents()


@dataclass
class Program:
    """One running program: its context, the Application that owns its windows."""

    ctx: object
    app: object
    folder: Path

    @property
    def window(self):
        return self.app.window  # type: ignore[attr-defined]

    def settle(self, ms: int = 50) -> None:
        settle(self.ctx, ms)

    def close(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        self.ctx.tasks.wait()  # type: ignore[attr-defined]
        settle()
        self.app.idle.deleteLater()  # type: ignore[attr-defined]
        self.ctx.db.dispose()  # type: ignore[attr-defined]


def start_program(qapp, folder: Path, monkeypatch_env: Callable[[str, str], None] | None = None
                  ) -> Program:
    """What `regiestoel --data-dir FOLDER` does after its checks: wizard or login window."""
    from app.paths import resolve_location
    from app.settings import LocalSettings
    from app.storage import open_location
    from ui.context import AppContext, Bus
    from ui.i18n import Languages
    from ui.main import Application
    from ui.tasks import Tasks
    from ui.theme import apply_theme

    apply_theme(qapp, dark=False)
    languages = Languages(qapp)
    languages.apply(LANGUAGE)
    location = resolve_location(folder)
    db, _status = open_location(location)
    ctx = AppContext(db=db, location=location, tasks=Tasks(qapp), bus=Bus(),
                     languages=languages, local=LocalSettings(language=LANGUAGE))
    app = Application(qapp, ctx, exit_when_ready=False)
    app.start()
    settle(ctx, 200)
    return Program(ctx, app, folder)


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo organisation, made once by its service; each module opens its own copy."""
    from app.demo import create_demo
    from app.paths import resolve_location
    from app.storage import open_location

    folder = tmp_path_factory.mktemp("demo-template")
    db, _status = open_location(resolve_location(folder))
    create_demo(db)
    db.dispose()
    return folder


@pytest.fixture(scope="module")
def demo_program(qapp, demo_folder: Path, tmp_path_factory: pytest.TempPathFactory
                 ) -> Iterator[Program]:
    """One program per journey module, on its own copy of the demo database."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    shutil.copytree(demo_folder, folder, ignore=shutil.ignore_patterns("*.lock", "backups"))
    program = start_program(qapp, folder)
    yield program
    program.close()


# --- real input -----------------------------------------------------------------------------

def click(qtbot, widget: QWidget, button=Qt.MouseButton.LeftButton) -> None:
    """A real click in the middle of a visible, enabled widget."""
    assert widget.isVisible(), f"{layout.describe(widget)} is not visible"
    assert widget.isEnabled(), f"{layout.describe(widget)} is not enabled"
    pos = widget.rect().center()
    if isinstance(widget, QCheckBox | QRadioButton):
        # Only the box and its text take a click, not the empty rest of the row.
        pos = QPoint(8, widget.height() // 2)
    qtbot.mouseClick(widget, button, pos=pos)


def type_into(qtbot, widget: QWidget, text: str, *, replace: bool = True) -> None:
    """Click into a field, select what is there, and type as a person does."""
    click(qtbot, widget)
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def click_item(qtbot, view, index) -> None:
    """A click on one row of a list or table view."""
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_list_text(qtbot, view, text: str) -> None:
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if text in str(model.data(index)):
            click_item(qtbot, view, index)
            return
    raise AssertionError(f"{text!r} is not in the list of {layout.describe(view)}")


def click_tab(qtbot, tabs, index: int) -> None:
    """A click on a tab of a tab widget."""
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: tabs.currentIndex() == index, timeout=5_000)


def log_in(qtbot, program: Program, name: str, password: str) -> None:
    """On the login screen: find your name, type your password, press Enter."""
    window = program.window
    login = window.login
    qtbot.waitUntil(lambda: login.isVisible() and login.names.count() > 0, timeout=15_000)
    type_into(qtbot, login.filter, name)
    current = login.names.currentItem()
    assert current is not None and current.text() == name, "the name is not chosen"
    type_into(qtbot, login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None or window.password_dialog is not None
                    or login.error.isVisible(), timeout=15_000)
    assert not login.error.isVisible(), login.error.text()
    program.settle()


def lock(qtbot, program: Program) -> None:
    """The lock button next to one's name."""
    window = program.window
    click(qtbot, window.lock_button)
    qtbot.waitUntil(lambda: window.login.isVisible(), timeout=10_000)
    program.settle()


def open_area(qtbot, program: Program, key: str) -> QWidget:
    """Click the area's entry in the sidebar; returns the page once it has loaded."""
    window = program.window
    row = next(n for n, area in enumerate(window.areas) if area.key == key)
    sidebar = window.sidebar
    item = sidebar.item(row)
    sidebar.scrollToItem(item)
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=sidebar.visualItemRect(item).center())
    qtbot.waitUntil(lambda: window.area_widgets.get(key) is not None
                    and window.current_area() is window.area_widgets[key], timeout=10_000)
    program.settle(100)
    return window.area_widgets[key]


def wait_for_window(qtbot, kind: type, timeout: int = 10_000) -> QWidget:
    """The newest visible top-level window of a class (a dialog a click opened)."""
    found: list[QWidget] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, kind) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=timeout)
    window = found[-1]
    qtbot.waitExposed(window, timeout=timeout)
    steady(window)
    return window


def steady(window: QWidget, rounds: int = 3, timeout: float = 5.0) -> None:
    """Until the window's frame and layout stop changing: a dialog may fit itself to the
    screen after it is shown, and the window manager frames it a moment later."""
    import time

    deadline = time.monotonic() + timeout
    last, same = None, 0
    while same < rounds and time.monotonic() < deadline:
        settle(ms=40)
        now = (window.frameGeometry().getRect(), window.geometry().getRect())
        same = same + 1 if now == last else 0
        last = now


def assert_layout(window: QWidget, kinds: tuple[str, ...] = layout.KINDS) -> None:
    QCoreApplication.processEvents()
    problems = layout.check(window, kinds)
    assert not problems, "\n".join(problems)


def point_of(widget: QWidget) -> QPoint:
    return widget.rect().center()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call):  # noqa: ANN001 - pytest hook
    """A failed step leaves a picture of every open window, to see what the user saw."""
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    folder = Path(item.config._tmp_path_factory.getbasetemp()) / "gui-failures"  # type: ignore[attr-defined]
    folder.mkdir(exist_ok=True)
    for n, widget in enumerate(w for w in QApplication.topLevelWidgets() if w.isVisible()):
        path = folder / f"{item.name}-{n}.png"
        widget.grab().save(str(path))
        report.sections.append(("window picture", str(path)))


def display() -> str:
    """The run's screen, as `run_display.sh` names it: "1366x768@1", "1920x1080@1.5"."""
    import os

    return os.environ.get("REGIESTOEL_REAL_DISPLAY", "")


def layout_kinds(**known: str | tuple[str, ...]) -> list:
    """The four layout checks as parameters; a known defect is xfail(strict) with its reason.

    ``clipped="reason"`` marks it at every size; ``clipped=("reason", "1366x768@1", ...)``
    only at those sizes (where the check really fails, so the fix flips it)."""
    cases = []
    for kind in layout.KINDS:
        marks = []
        reason = known.get(kind)
        if isinstance(reason, tuple):
            reason, *sizes = reason
            if display() not in sizes:
                reason = None
        if reason:
            marks.append(pytest.mark.xfail(strict=True, reason=reason))
        cases.append(pytest.param(kind, marks=marks, id=kind))
    return cases


def wait_closed(qtbot, window: QWidget, timeout: int = 10_000) -> None:
    """Until the window is gone (hidden, or deleted as dialogs are after closing)."""
    import shiboken6

    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible(),
                    timeout=timeout)


class LayoutLog:
    """What the layout check found in each window a journey opened, while it was open; a
    test per window and kind at the end of the journey reports it (see `cases`)."""

    def __init__(self) -> None:
        self.found: dict[str, dict[str, list[str]]] = {}

    def check(self, name: str, window: QWidget) -> None:
        QCoreApplication.processEvents()
        self.found[name] = {kind: layout.CHECKS[kind](window) for kind in layout.KINDS}

    def assert_clean(self, name: str, kind: str) -> None:
        assert name in self.found, f"the journey did not reach the window {name!r}"
        problems = self.found[name][kind]
        assert not problems, "\n".join(problems)

    @staticmethod
    def cases(names: tuple[str, ...], known: dict[tuple[str, str], str | tuple[str, ...]]
              ) -> list:
        cases = []
        for name in names:
            for param in layout_kinds(**{kind: reason for (n, kind), reason in known.items()
                                         if n == name}):
                cases.append(pytest.param(name, *param.values, marks=param.marks,
                                          id=f"{name}-{param.id}"))
        return cases


def find_index(model, *texts: str, parent=None):
    """The first index (depth first) whose shown text contains every one of ``texts``."""
    from PySide6.QtCore import QModelIndex

    parent = parent if parent is not None else QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        shown = str(model.data(index) or "")
        if all(t in shown for t in texts):
            return index
        found = find_index(model, *texts, parent=index)
        if found is not None:
            return found
    return None


def click_index(qtbot, view, index) -> None:
    assert index is not None and index.isValid(), "the row is shown"
    click_item(qtbot, view, index)


def this_half_year() -> str:
    """The heading of this half year in the list, as the demo plans its conversations."""
    from datetime import date

    today = date.today()
    return f"{'Eerste' if today.month <= 6 else 'Tweede'} helft van {today.year}"
