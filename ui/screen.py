"""Window sizes that fit the screen a window is on, minus the desktop's panels."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left for a window manager's title bar and frame, which availableGeometry() excludes
# only once the window is shown.
FRAME_ALLOWANCE = QSize(16, 40)


def available(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (or the main screen) that panels leave free."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window() if parent is not None else widget).screen()
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all (never on a desktop): a laptop's size
        return QRect(0, 0, 1366, 768)
    return screen.availableGeometry()


def fitting(widget: QWidget | None, wanted: QSize) -> QSize:
    """``wanted``, no larger than the free part of the screen (with the window frame)."""
    room = available(widget)
    return QSize(min(wanted.width(), room.width() - FRAME_ALLOWANCE.width()),
                 min(wanted.height(), room.height() - FRAME_ALLOWANCE.height()))


def fit_to_screen(widget: QWidget, wanted: QSize) -> None:
    """Resize to ``wanted`` or smaller, and keep the whole window on the screen."""
    size = fitting(widget, wanted)
    widget.resize(size)
    room = available(widget)
    geometry = widget.frameGeometry()
    x = min(max(geometry.x(), room.x()), room.right() - size.width() - FRAME_ALLOWANCE.width())
    y = min(max(geometry.y(), room.y()),
            room.bottom() - size.height() - FRAME_ALLOWANCE.height())
    if (x, y) != (geometry.x(), geometry.y()) and widget.isWindow():
        widget.move(max(x, room.x()), max(y, room.y()))
