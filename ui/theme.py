"""Fusion style, a calm light palette with one accent colour, or a dark one for dark systems."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = QColor("#1f6f64")  # a calm teal-green: trustworthy, readable on white
ACCENT_DARK_MODE = QColor("#4fb3a3")

_STYLE_SHEET = """
QListWidget#sidebar { border: none; padding: 6px 0; font-size: 11pt; outline: 0; }
QListWidget#sidebar::item { padding: 9px 12px; border-radius: 6px; margin: 1px 6px; }
QListWidget#sidebar::item:selected { background: palette(highlight);
                                     color: palette(highlighted-text); }
QListWidget#sidebar::item:hover:!selected { background: palette(alternate-base); }
QLabel[role="title"] { font-size: 17pt; font-weight: 600; }
QLabel[role="subtitle"] { font-size: 12pt; font-weight: 600; }
QLabel[role="hint"] { color: palette(placeholder-text); }
QLabel[role="error"] { color: #b3261e; }
QLabel[role="big-number"] { font-size: 20pt; font-weight: 600; }
QFrame[role="card"] { border: 1px solid palette(mid); border-radius: 8px;
                      background: palette(base); }
"""

_STYLE_SHEET_DARK_ERROR = 'QLabel[role="error"] { color: #f2b8b5; }'


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
    app.setStyle("Fusion")
    use_dark = system_is_dark() if dark is None else dark
    app.setPalette(dark_palette() if use_dark else light_palette())
    app.setStyleSheet(_STYLE_SHEET + (_STYLE_SHEET_DARK_ERROR if use_dark else ""))
    app.setProperty("regiestoel_dark", use_dark)
    return use_dark


def accent(dark: bool) -> QColor:
    return ACCENT_DARK_MODE if dark else ACCENT
