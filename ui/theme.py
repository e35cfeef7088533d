"""Fusion style, a calm light palette with one accent colour, or a dark one for dark systems."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QListWidget, QProxyStyle, QWidget

ACCENT = QColor("#1f6f64")  # a calm teal-green: trustworthy, readable on white
ACCENT_DARK_MODE = QColor("#4fb3a3")

# Style sheets only where the palette cannot do it, and only on the widgets concerned: an
# application-wide style sheet puts every widget under Qt's style-sheet engine, which made
# building a view about four times slower. Label roles are fonts and palettes instead.
SIDEBAR_SHEET = """
QListWidget#sidebar { border: none; padding: 6px 0; font-size: 11pt; outline: 0; }
QListWidget#sidebar::item { padding: 9px 12px; border-radius: 6px; margin: 1px 6px; }
QListWidget#sidebar::item:selected { background: palette(highlight);
                                     color: palette(highlighted-text); }
QListWidget#sidebar::item:hover:!selected { background: palette(alternate-base); }
"""
CARD_SHEET = """
QFrame[role="card"] { border: 1px solid palette(mid); border-radius: 8px;
                      background: palette(base); }
"""
# role -> (point size, semibold) of a label
ROLE_FONTS = {"title": (17.0, True), "subtitle": (12.0, True), "big-number": (20.0, True)}
ERROR_COLOUR, ERROR_COLOUR_DARK = QColor("#b3261e"), QColor("#f2b8b5")


class RoleStyle(QProxyStyle):
    """Fusion, plus the look of a widget's ``role`` property (title, hint, error, card...),
    applied when Qt polishes the widget (and again after a role change and ``polish``)."""

    def polish(self, target: Any) -> Any:  # noqa: D102 - Qt API, three overloads
        if isinstance(target, QWidget):
            app = QApplication.instance()
            _apply_role(target, bool(app is not None and app.property("regiestoel_dark")))
        return super().polish(target)


def _apply_role(widget: QWidget, dark: bool) -> None:
    if isinstance(widget, QLabel):
        role = str(widget.property("role") or "")
        styled = widget.property("styled_role")
        if styled == role or (styled is None and not role):
            return  # as it is, or a plain label that never had a role
        widget.setProperty("styled_role", role)
        font, palette = QFont(), QPalette()  # empty: inherit from the parent again
        if role in ROLE_FONTS:
            size, semibold = ROLE_FONTS[role]
            font = QFont(widget.font())
            font.setPointSizeF(size)
            font.setWeight(QFont.Weight.DemiBold if semibold else QFont.Weight.Normal)
        if role in ("hint", "error"):
            palette = QPalette(widget.palette())
            colour = (QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
                      if role == "hint" else ERROR_COLOUR_DARK if dark else ERROR_COLOUR)
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, QPalette.ColorRole.WindowText, colour)
        widget.setFont(font)
        widget.setPalette(palette)
    elif isinstance(widget, QFrame) and widget.property("role") == "card" \
            and not widget.styleSheet():
        widget.setStyleSheet(CARD_SHEET)
    elif isinstance(widget, QListWidget) and widget.objectName() == "sidebar" \
            and not widget.styleSheet():
        widget.setStyleSheet(SIDEBAR_SHEET)


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def light_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#f6f7f7"), QColor("#ffffff"), QColor("#1d2424")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#eef3f2"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#eceff0"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.Highlight, ACCENT)
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, ACCENT)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#5f6b6b"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Mid, QColor("#c9d1d1"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa4a4"))
    return p


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#1e2323"), QColor("#262c2c"), QColor("#e7ecec")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#2d3434"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#2f3636"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.Highlight, ACCENT_DARK_MODE)
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#0e1414"))
    p.setColor(QPalette.ColorRole.Link, ACCENT_DARK_MODE)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#a3adad"))
    p.setColor(QPalette.ColorRole.ToolTipBase, base)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Mid, QColor("#4a5353"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7878"))
    return p


def apply_theme(app: QApplication, *, dark: bool | None = None) -> bool:
    """Apply Fusion with our palette; returns whether the dark palette is in use."""
    use_dark = system_is_dark() if dark is None else dark
    app.setProperty("regiestoel_dark", use_dark)
    app.setStyle(RoleStyle("Fusion"))
    app.setPalette(dark_palette() if use_dark else light_palette())
    app.setStyleSheet("")
    return use_dark


def accent(dark: bool) -> QColor:
    return ACCENT_DARK_MODE if dark else ACCENT
