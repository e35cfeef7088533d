"""Icons from one set (Material Design Icons, the font qtawesome ships), named for what they mean.

The glyphs are painted straight from qtawesome's font and charmap files. Importing qtawesome
itself pulls in qtpy, whose star imports build every QtGui and QtWidgets class: about 0.2 s
before the login screen could appear. The font is the same, so the icons are too.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

FONT_FILE = "materialdesignicons6-webfont-6.9.96.ttf"
CHARMAP_FILE = "materialdesignicons6-webfont-charmap-6.9.96.json"
PREFIX = "mdi6."
# A 16 pixel icon gets a 14 pixel glyph: room for the font's bearing (as qtawesome does).
GLYPH_SCALE = 0.875

# Meaning -> Material Design icon name. One place, so the set stays consistent.
NAMES = {
    "app": "mdi6.chair-rolling",
    "home": "mdi6.view-dashboard-outline",
    "people": "mdi6.account-group-outline",
    "settings": "mdi6.cog-outline",
    "audit": "mdi6.clipboard-text-clock-outline",
    "lock": "mdi6.lock-outline",
    "add": "mdi6.plus",
    "edit": "mdi6.pencil-outline",
    "archive": "mdi6.archive-arrow-down-outline",
    "restore": "mdi6.archive-arrow-up-outline",
    "import": "mdi6.file-import-outline",
    "export": "mdi6.file-export-outline",
    "key": "mdi6.key-outline",
    "team": "mdi6.account-multiple-outline",
    "delete": "mdi6.trash-can-outline",
    "dismiss": "mdi6.close",
    "server": "mdi6.server",
    "laptop": "mdi6.laptop",
    "connect": "mdi6.lan-connect",
    "info": "mdi6.information-outline",
    "warning": "mdi6.alert-outline",
    "check": "mdi6.check-circle-outline",
    "person": "mdi6.account-circle-outline",
    "search": "mdi6.magnify",
    "language": "mdi6.translate",
    "logout": "mdi6.account-switch-outline",
    "quit": "mdi6.exit-to-app",
    "help": "mdi6.help-circle-outline",
    "clock": "mdi6.clock-outline",
    "budget": "mdi6.wallet-outline",
    "situations": "mdi6.lightbulb-on-outline",
    "groups": "mdi6.account-multiple-check-outline",
    "lessons": "mdi6.book-open-page-variant-outline",
    "calendar": "mdi6.calendar-month-outline",
    "plan": "mdi6.calendar-plus",
    "play": "mdi6.play-circle-outline",
    "pause": "mdi6.pause-circle-outline",
    "next": "mdi6.skip-next-outline",
    "previous": "mdi6.skip-previous-outline",
    "stop": "mdi6.stop-circle-outline",
    "fullscreen": "mdi6.fullscreen",
    "timer": "mdi6.timer-outline",
    "question": "mdi6.comment-question-outline",
    "option": "mdi6.source-branch",
    "experiment": "mdi6.flask-outline",
    "finish": "mdi6.flag-checkered",
    "history": "mdi6.history",
    "room": "mdi6.door",
    "guide": "mdi6.account-star-outline",
    "share": "mdi6.share-variant-outline",
    "action": "mdi6.checkbox-marked-circle-outline",
    "energy": "mdi6.lightning-bolt-outline",
    "meaning": "mdi6.heart-outline",
    "development": "mdi6.compass-outline",
    "conversations": "mdi6.account-voice",
    "up": "mdi6.arrow-up",
    "down": "mdi6.arrow-down",
    "culture": "mdi6.sprout-outline",
    "dashboard": "mdi6.chart-box-outline",
    "report": "mdi6.file-pdf-box",
    "coach": "mdi6.robot-outline",
    "copy": "mdi6.content-copy",
    "send": "mdi6.send-outline",
    "save": "mdi6.content-save-outline",
    "model": "mdi6.memory",
    "folder": "mdi6.folder-outline",
    "reminders": "mdi6.bell-outline",
}


def _fonts_dir() -> Path:
    spec = find_spec("qtawesome")  # finds the package folder without importing it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("qtawesome (the icon font) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@cache
def _charmap() -> dict[str, str]:
    data = json.loads((_fonts_dir() / CHARMAP_FILE).read_text(encoding="utf-8"))
    return {name: chr(int(code, 16)) for name, code in data.items()}


@cache
def _family() -> str:
    font_id = QFontDatabase.addApplicationFont(str(_fonts_dir() / FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise RuntimeError(f"could not load the icon font {FONT_FILE}")
    return families[0]


class GlyphEngine(QIconEngine):
    """Paints one glyph of the icon font in a colour, greyed out when disabled."""

    def __init__(self, char: str, color: QColor) -> None:
        super().__init__()
        self.char = char
        self.color = color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        painter.save()
        if mode == QIcon.Mode.Disabled:
            painter.setPen(QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                        QPalette.ColorRole.Text))
        else:
            painter.setPen(self.color)
        font = QFont(_family())
        font.setPixelSize(max(1, round(GLYPH_SCALE * rect.height())))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pm = QPixmap(size)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pm

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.char, self.color)


def _glyph_icon(name: str, color: str) -> QIcon:
    return QIcon(GlyphEngine(_charmap()[name.removeprefix(PREFIX)], QColor(color)))


def window_icon() -> QIcon:
    """The program's icon for windows and the task bar: the drawn files in resources/icons
    (the same picture the menu entry shows), crisp PNGs for the small sizes."""
    from app.paths import resources_dir

    folder = resources_dir() / "icons"
    window = QIcon(str(folder / "regiestoel.svg"))
    for png in sorted(folder.glob("regiestoel-*.png")):
        window.addFile(str(png))
    return window


def app_icon() -> QIcon:
    """The program's own picture: the director's chair, in the accent colour."""
    return _glyph_icon(NAMES["app"], QApplication.palette().color(
        QPalette.ColorRole.Highlight).name())


def icon(meaning: str, *, color: str | None = None) -> QIcon:
    if color is None:
        color = QApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _glyph_icon(NAMES[meaning], color)
