"""Labels with a role in the style sheet, cards, and the empty state that teaches."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon


def role_label(text: str = "", role: str = "", *, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def title_label(text: str = "") -> QLabel:
    return role_label(text, "title")


def hint_label(text: str = "") -> QLabel:
    return role_label(text, "hint", wrap=True)


class FieldError(QLabel):
    """The explanation next to a field; hidden while the field is fine."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class Card(QFrame):
    """A bordered panel with a heading, for the home screen and overviews."""

    def __init__(self, heading: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 14)
        self.body.setSpacing(6)
        self.heading = role_label(heading, "subtitle")
        self.body.addWidget(self.heading)


class EmptyState(QWidget):
    """What an area shows when it holds nothing yet: what it is for, and how to start."""

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.picture = QLabel()
        self.picture.setPixmap(icon(icon_name).pixmap(64, 64))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = role_label("", "subtitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMaximumWidth(520)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        for widget in (self.picture, self.title):
            outer.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addSpacing(8)
        outer.addLayout(self.buttons)
        outer.addStretch(2)

    def add_button(self, text: str, icon_name: str | None = None) -> QPushButton:
        button = QPushButton(text)
        if icon_name:
            button.setIcon(icon(icon_name))
        # Between the two stretches, so the buttons stay centred together.
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def set_texts(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)


def page_column(area: QScrollArea, spacing: int = 12) -> QVBoxLayout:
    """Make a scroll area a frameless page and return the column its content goes in."""
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    inner = QWidget()
    area.setWidget(inner)
    column = QVBoxLayout(inner)
    column.setContentsMargins(24, 18, 24, 18)
    column.setSpacing(spacing)
    return column


def with_notes(field: QWidget, *notes: QLabel) -> QWidget:
    """A field with its error and hint right below it; hidden notes take no space."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(3)
    column.addWidget(field)
    for note in notes:
        column.addWidget(note)
    box.setFocusProxy(field)
    return box


def confirm(parent: QWidget, title: str, text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Ask a yes/no question without blocking the event loop; ``on_yes`` runs on Yes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)

    def finished(result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            on_yes()

    box.finished.connect(finished)
    box.open()
    return box


def plain_label(text: str) -> str:
    """A label's text as a screen reader should say it: without its Alt+letter marker."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()


def name_by_buddies(root: QWidget) -> None:
    """Give every field that has a label (its buddy) that label as its accessible name.

    Qt finds a label for a field only when they are siblings; a field wrapped with its
    hint and error (``with_notes``) has none for a screen reader. Called from a screen's
    ``retranslate``, so the names follow the language."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.text():
            continue
        # A label's buddy may be the wrapper of ``with_notes``; its focus proxy is the field.
        while (proxy := buddy.focusProxy()) is not None and proxy is not buddy:
            buddy = proxy
        # A name a screen chose itself ("Theme of day 2") says more than its label: kept.
        current = buddy.accessibleName()
        if not current or current == buddy.property("name_from_label"):
            name = plain_label(label.text())
            buddy.setAccessibleName(name)
            buddy.setProperty("name_from_label", name)


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of a layout and delete it (a list that is filled again)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


# How many rows a list on a card shows before "Show all": an owner who manages 140 people
# had a card of 140 conversations, built afresh each time Mijn regie opened.
SHORT_LIST = 8


def show_all_text(count: int) -> str:
    """The button under a list cut short."""
    return QCoreApplication.translate("ShortList", "Show all (%1)").replace("%1", str(count))


def fill_short(layout: QVBoxLayout, rows: list[Callable[[], QWidget]], *, expanded: bool,
               expand: Callable[[], None]) -> None:
    """Add the first ``SHORT_LIST`` of ``rows`` (each makes its widget) to ``layout``, and
    under them a button that shows them all (``expand`` fills the list again, expanded)."""
    shown = rows if expanded else rows[:SHORT_LIST]
    for make in shown:
        layout.addWidget(make())
    if len(shown) < len(rows):
        more = QPushButton(show_all_text(len(rows)))
        more.setFlat(True)
        more.setIcon(icon("down"))
        more.clicked.connect(lambda _c=False: expand())
        layout.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)


def inline_row(*widgets: QWidget) -> QWidget:
    """Fields side by side at their natural width (e.g. an amount, or hours and a checkbox);
    the first one takes the focus for the row's label."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    line.addStretch(1)
    row.setFocusProxy(widgets[0])
    return row


def field_with_button(field: QWidget, button: QPushButton) -> QWidget:
    """A field with its button beside it (a folder and Choose…), focusing as the field."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(button)
    row.setFocusProxy(field)
    return row
