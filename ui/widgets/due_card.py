"""Mijn regie's "Needs your attention" card: what is due for me now, from app.services.due."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services import due
from app.services.due import DueItem, DueKind
from ui.context import AppContext
from ui.i18n import format_date
from ui.icons import icon
from ui.widgets.common import Card, clear_layout, fill_short

# Where each kind is acted on (an area of the main window); invitations are answered on
# Mijn regie itself, in the cards above.
PLACE: dict[DueKind, str] = {
    DueKind.SESSION_TOMORROW: "groups",
    DueKind.SESSION_SOON: "groups",
    DueKind.PREPARE_TWO_WEEKS: "conversations",
    DueKind.PREPARE_THREE_DAYS: "conversations",
    DueKind.AGREEMENT_OVERDUE: "conversations",
    DueKind.ACTION_OVERDUE: "groups",
    DueKind.DECISION_WAITING: "budget",
    DueKind.CULTURE_ROUND: "culture",
}


def kind_text(kind: DueKind) -> str:
    """The kind in the interface's language (the codes themselves stay the same)."""
    names = {
        DueKind.SESSION_TOMORROW: QCoreApplication.translate(
            "Due", "Your learning group meets tomorrow"),
        DueKind.SESSION_SOON: QCoreApplication.translate(
            "Due", "Your session starts within the hour"),
        DueKind.SESSION: QCoreApplication.translate("Due", "Session of your learning group"),
        DueKind.PREPARE_TWO_WEEKS: QCoreApplication.translate(
            "Due", "Prepare your talent conversation (in two weeks)"),
        DueKind.PREPARE_THREE_DAYS: QCoreApplication.translate(
            "Due", "Finish preparing your talent conversation (in three days)"),
        DueKind.AGREEMENT_OVERDUE: QCoreApplication.translate(
            "Due", "An agreement from your conversation is past its date"),
        DueKind.ACTION_OVERDUE: QCoreApplication.translate(
            "Due", "An action from your group is past its date"),
        DueKind.DECISION_WAITING: QCoreApplication.translate(
            "Due", "A learning request waits for your decision"),
        DueKind.GROUP_INVITATION: QCoreApplication.translate(
            "Due", "You are invited to a learning group"),
        DueKind.CULTURE_ROUND: QCoreApplication.translate(
            "Due", "The learning culture scan is open for you"),
    }
    return names.get(kind) or QCoreApplication.translate("Due", "Your week")


def describe(item: DueItem, language: str) -> str:
    """The kind, the date (and time), the place: what a line or a notification may say,
    never a title or other content."""
    when = format_date(item.due_on, language)
    if item.at is not None:
        when += " " + item.at.strftime("%H:%M")
    text = f"{kind_text(item.kind)} — {when}"
    if item.place:
        text += f" · {item.place}"
    return text


def open_place(navigate: Callable[[str], QWidget | None], item: DueItem) -> None:
    """Go where ``item`` is acted on (the card's button, a clicked notification)."""
    place = PLACE.get(item.kind, "home")  # an invitation is answered on Mijn regie
    view = navigate(place)
    # Open the very record where the screen can (the conversation, the scan round).
    if item.kind in (DueKind.PREPARE_TWO_WEEKS, DueKind.PREPARE_THREE_DAYS) and \
            view is not None and hasattr(view, "open_conversation"):
        view.open_conversation(item.item_id)
    elif item.kind is DueKind.CULTURE_ROUND and view is not None and \
            hasattr(view, "answer_when_loaded"):
        view.answer_when_loaded(item.item_id)


class DueCard(Card):
    """One line per due item: the kind, the date (and time), the place; a button to go
    there. Hidden when nothing is due."""

    def __init__(self, ctx: AppContext, navigate: Callable[[str], QWidget | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.ctx = ctx
        self.navigate = navigate
        self.items: list[DueItem] = []
        self.expanded = False  # every item, after "Show all"
        self.lines = QVBoxLayout()
        self.body.addLayout(self.lines)
        self.buttons: list[QPushButton] = []
        self.hide()
        self.retranslate()

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: due.due_for(db, actor), self.show_items)

    def show_items(self, items: list[DueItem]) -> None:
        # An invitation has its own card on Mijn regie, with the buttons to answer it.
        self.items = [i for i in items if i.kind is not DueKind.GROUP_INVITATION]
        self._fill()

    def _fill(self) -> None:
        clear_layout(self.lines)
        self.buttons = []
        fill_short(self.lines, [lambda i=i: self._row(i) for i in self.items],
                   expanded=self.expanded, expand=self._expand)
        self.setVisible(bool(self.items))

    def _expand(self) -> None:
        self.expanded = True
        self._fill()

    def _row(self, item: DueItem) -> QWidget:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel("• " + describe(item, self.ctx.language))
        label.setWordWrap(True)
        row.addWidget(label, 1)
        place = PLACE.get(item.kind)
        if place is not None and self.navigate is not None:
            go = QPushButton(icon(place), self.tr("Go there"))
            go.setAccessibleName(f"{self.tr('Go there')}: {kind_text(item.kind)}")
            go.clicked.connect(lambda _c=False, i=item: self._go(i))
            row.addWidget(go)
            self.buttons.append(go)
        holder = QWidget()
        holder.setLayout(row)
        return holder

    def _go(self, item: DueItem) -> None:
        if self.navigate is not None:
            open_place(self.navigate, item)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Needs your attention"))
        self._fill()
