"""The layout check itself: it finds each kind of defect in a real window, and passes a good one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tests.gui import layout
from tests.gui.conftest import settle
from ui.widgets.common import with_notes


def _show(qtbot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle()
    return window


def test_a_good_form_passes(qtbot) -> None:
    window = QWidget()
    form = QFormLayout(window)
    name = QLineEdit()
    label = QLabel("&Naam")
    label.setBuddy(name)
    form.addRow(label, name)
    pages = QStackedWidget()  # stacked pages share their place: not an overlap
    pages.addWidget(QLabel("eerste"))
    pages.addWidget(QLabel("tweede"))
    form.addRow(pages)
    _show(qtbot, window)
    assert layout.check(window) == []


def test_a_window_taller_than_the_screen_does_not_fit(qtbot) -> None:
    window = _show(qtbot, QWidget())
    area = window.screen().availableGeometry()
    window.resize(400, area.height() + 100)
    settle()
    assert layout.fits(window)


def test_overlapping_siblings_are_found(qtbot) -> None:
    window = QWidget()
    window.resize(300, 200)
    first, second = QLabel("een", window), QLabel("twee", window)
    first.setGeometry(10, 10, 100, 30)
    second.setGeometry(50, 20, 100, 30)
    _show(qtbot, window)
    problems = layout.overlaps(window)
    assert len(problems) == 1 and "'een'" in problems[0] and "'twee'" in problems[0]


def test_a_clipped_label_is_found_and_a_wrapped_one_too(qtbot) -> None:
    window = QWidget()
    column = QVBoxLayout(window)
    short = QLabel("Een organisatienaam die veel te lang is voor dit vak")
    short.setFixedWidth(60)
    wrapped = QLabel("Een uitleg die over meerdere regels loopt en dus hoogte nodig heeft " * 3)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(150, 20)
    column.addWidget(short)
    column.addWidget(wrapped)
    _show(qtbot, window)
    problems = layout.clipped(window)
    assert len(problems) == 2, problems


def test_a_field_wrapped_with_its_notes_has_no_name(qtbot) -> None:
    """Qt looks for the label among the field's siblings: a container hides it."""
    window = QWidget()
    form = QFormLayout(window)
    hours = QSpinBox()
    label = QLabel("&Uren")
    label.setBuddy(hours)
    form.addRow(label, with_notes(hours, QLabel("uitleg")))
    _show(qtbot, window)
    problems = layout.names(window)
    assert len(problems) == 1 and "QSpinBox" in problems[0]
    hours.setAccessibleName("Uren")
    assert layout.names(window) == []


def test_the_screen_is_the_one_the_run_asked_for(qapp) -> None:
    """`run_display.sh 1920x1080 1.5` must give a 1280×720 screen of logical pixels."""
    import os

    size, scale = os.environ["REGIESTOEL_REAL_DISPLAY"].split("@")
    width, height = (int(n) for n in size.split("x"))
    screen = qapp.primaryScreen()
    assert qapp.platformName() == "xcb"
    assert screen.devicePixelRatio() == float(scale)
    geometry = screen.geometry()
    assert (geometry.width(), geometry.height()) == (round(width / float(scale)),
                                                     round(height / float(scale)))
