"""The layout check of a real window: fits the screen, nothing overlaps or clips, inputs named."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDial,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

KINDS = ("fits", "overlap", "clipped", "names")

# What a person types into or chooses from; each needs a name a screen reader can say.
INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QSlider, QDial)

# Qt's composite widgets place their own parts (a spin box's line edit, a combo box's arrow,
# a line edit's clear button, a calendar's navigation); those parts are Qt's, not ours.
SEALED = (QLineEdit, QAbstractSpinBox, QComboBox, QCalendarWidget, QAbstractButton, QTabBar,
          QAbstractSlider)


def describe(widget: QWidget) -> str:
    """Class, objectName and text, enough to find the widget in the code."""
    parts = [type(widget).__name__]
    if widget.objectName():
        parts.append(f"#{widget.objectName()}")
    text = ""
    for getter in ("text", "title", "placeholderText", "currentText"):
        value = getattr(widget, getter, None)
        if callable(value):
            try:
                text = str(value())
            except TypeError:
                continue
            if text:
                break
    if text:
        parts.append(repr(text[:60]))
    if not widget.isWindow():
        at = widget.mapTo(widget.window(), widget.rect().topLeft())
        parts.append(f"at ({at.x()},{at.y()}) in {window_name(widget.window())}")
    return " ".join(parts)


def window_name(window: QWidget) -> str:
    return f"{type(window).__name__} {window.windowTitle()!r}"


def _own_widgets(root: QWidget) -> Iterator[QWidget]:
    """Every visible widget of the window, not descending into other windows or Qt's parts."""
    stack = [root]
    while stack:
        widget = stack.pop()
        yield widget
        if isinstance(widget, SEALED):
            continue
        for child in widget.findChildren(QWidget, options=_direct()):
            if child.isWindow() or not child.isVisible():
                continue
            stack.append(child)


def _direct():
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def _qt_part(widget: QWidget) -> bool:
    # Qt's own pieces are named qt_… (a scroll area's viewport and scroll bars, a tab
    # widget's bar and pages, a wizard's header): placed by Qt, not by our layouts.
    return widget.objectName().startswith("qt_")


def fits(window: QWidget) -> list[str]:
    """The whole window, frame included, lies within the screen's available area."""
    screen = window.screen()
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    if area.contains(frame):
        return []
    return [f"{window_name(window)}: {frame.width()}×{frame.height()} at "
            f"({frame.x()},{frame.y()}) does not fit the screen's "
            f"{area.width()}×{area.height()} at ({area.x()},{area.y()})"]


def overlaps(window: QWidget) -> list[str]:
    """No two visible sibling widgets cover each other (stacked pages are not visible)."""
    problems = []
    for parent in _own_widgets(window):
        if isinstance(parent, (*SEALED, QAbstractScrollArea)):
            continue  # a scroll area's parts are Qt's; its content is checked on its own
        children = [c for c in parent.findChildren(QWidget, options=_direct())
                    if c.isVisible() and not c.isWindow() and not _qt_part(c)]
        for i, first in enumerate(children):
            for second in children[i + 1:]:
                common = first.geometry().intersected(second.geometry())
                # One pixel of touching frames is drawing, not overlap.
                if common.width() > 1 and common.height() > 1:
                    problems.append(f"{describe(first)} overlaps {describe(second)} by "
                                    f"{common.width()}×{common.height()} px")
    return problems


def _visible_part(label: QLabel) -> QRect:
    return label.contentsRect()


def clipped(window: QWidget) -> list[str]:
    """No label shows less than its text needs (word wrap taken into account)."""
    problems = []
    for widget in _own_widgets(window):
        if not isinstance(widget, QLabel) or not widget.text().strip():
            continue
        if widget.pixmap() is not None and not widget.pixmap().isNull():
            continue
        width, height = widget.width(), widget.height()
        if widget.wordWrap():
            needed_height = widget.heightForWidth(width)
            if needed_height > height + 1:
                problems.append(f"{describe(widget)} needs {needed_height} px height, has "
                                f"{height}")
            continue
        hint = widget.sizeHint()
        if hint.width() > width + 1 or widget.minimumSizeHint().height() > height + 1:
            problems.append(f"{describe(widget)} needs {hint.width()}×{hint.height()} px, "
                            f"has {width}×{height}")
    return problems


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says, found as Qt finds it: the widget's own accessible name,
    else a label among its siblings whose buddy it is, else its group box's title.

    (Qt's accessible Name of a combo box or line edit may fall back on the current value or
    the placeholder, which names the value, not the field: not counted here.)"""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel, options=_direct()):
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "")
    if isinstance(parent, QGroupBox):
        return parent.title()
    return ""


def names(window: QWidget) -> list[str]:
    """Every input has an accessible name (its own or a buddy label's)."""
    problems = []
    for widget in _own_widgets(window):
        if not isinstance(widget, INPUTS) or _qt_part(widget):
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or an editable combo box
        if not accessible_name(widget).strip():
            problems.append(f"{describe(widget)} has no accessible name")
    return problems


CHECKS = {"fits": fits, "overlap": overlaps, "clipped": clipped, "names": names}


def check(window: QWidget, kinds: tuple[str, ...] = KINDS) -> list[str]:
    """Every problem of the given kinds, one line each, naming the widget and its window."""
    problems: list[str] = []
    for kind in kinds:
        problems.extend(f"[{kind}] {line}" for line in CHECKS[kind](window))
    return problems
