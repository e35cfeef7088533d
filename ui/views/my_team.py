"""Mijn team: a manager's view of their direct reports (not the owner's team management,
which is ui/views/teams.py)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from app.changes import Area, Changes
from app.services import my_team
from app.services.my_team import ReportCard, TeamOverview
from ui.context import AppContext
from ui.i18n import format_date
from ui.icons import icon
from ui.widgets.common import (
    SHORT_LIST,
    Card,
    EmptyState,
    clear_layout,
    hint_label,
    page_column,
    role_label,
    show_all_text,
    title_label,
)

Navigate = Callable[[str], QWidget | None]


def _hours(minutes: int, language: str) -> str:
    hours = minutes / 60
    text = f"{hours:.0f}" if hours == int(hours) else f"{hours:.1f}"
    return text.replace(".", ",") if language == "nl" else text


class ReportCardWidget(Card):
    """One direct report: question, hours, groups, our next conversation, open agreements
    and requests waiting; each item that asks for action has a button to its place."""

    def __init__(self, view: MyTeamView, card: ReportCard, overview: TeamOverview) -> None:
        super().__init__(card.name)
        self.card = card
        self.buttons: list[QPushButton] = []
        lang = view.ctx.language
        name = card.name

        def line(text: str, *, hint: bool = False) -> QLabel:
            label = hint_label(text) if hint else role_label(text, wrap=True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.body.addWidget(label)
            return label

        def with_button(text: str, button_text: str, icon_name: str,
                        act: Callable[[], None], *, error: bool = False) -> None:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            label = role_label(text, "error" if error else "", wrap=True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            row.addWidget(label, 1)
            button = QPushButton(icon(icon_name), button_text)
            button.setAccessibleName(f"{button_text}: {text} ({name})")
            button.clicked.connect(lambda _c=False: act())
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.buttons.append(button)
            self.body.addLayout(row)

        self.body.addWidget(role_label(self.tr("Development question"), "hint"))
        if card.question is not None:
            self.question = line(card.question)
        else:
            self.question = line(self.tr("Not shared with you."), hint=True)

        norm = overview.norm_hours
        self.hours = line(self.tr("Learning hours in working time: %1 of %2 this year").replace(
            "%1", _hours(card.minutes_in_working_time, lang)).replace("%2", str(norm)))
        bar = QProgressBar()
        bar.setTextVisible(False)
        bar.setMaximumHeight(8)
        bar.setMaximum(max(norm * 60, 1))
        bar.setValue(min(card.minutes_in_working_time, norm * 60))
        bar.setAccessibleName(self.tr("Learning hours of %1 against the norm").replace("%1", name))
        self.body.addWidget(bar)

        self.groups = line(self.tr("Learning groups: %1").replace("%1", ", ".join(card.groups))
                           if card.groups else self.tr("Not in a learning group yet."))

        talk = card.next_conversation
        if talk is None:
            line(self.tr("No talent conversation planned with you yet."), hint=True)
        else:
            if talk.meeting_at is not None:
                text = self.tr("Next talent conversation: %1").replace(
                    "%1", format_date(talk.meeting_at, lang))
            elif talk.overdue:
                text = self.tr("Talent conversation of %1 is overdue").replace("%1", talk.half_year)
            else:
                text = self.tr("Next talent conversation: before %1").replace(
                    "%1", format_date(talk.window_end, lang))
            with_button(text, self.tr("Open"), "conversations",
                        partial(view.open_conversation, talk.id),
                        error=talk.overdue and talk.meeting_at is None)

        for request in card.requests:
            text = self.tr("Waits for your decision: %1 (since %2)").replace(
                "%1", request.title).replace("%2", format_date(request.asked_on, lang))
            with_button(text, self.tr("Decide"), "check",
                        partial(view.open_request, request.id))

        if card.agreements:
            self.body.addWidget(role_label(self.tr("Open agreements"), "hint"))
        for a in card.agreements:
            text = f"{a.title} — {a.owner_name}"
            if a.due is not None:
                text += " · " + (self.tr("was due %1") if a.overdue else self.tr("due %1")).replace(
                    "%1", format_date(a.due, lang))
            with_button(("⚠ " if a.overdue else "☐ ") + text, self.tr("Open"), "conversations",
                        partial(view.open_conversation, a.conversation_id),
                        error=a.overdue)
        self.body.addStretch(1)


class MyTeamView(QScrollArea):
    """Links to other areas go through ``navigate``, given by the main window."""

    def __init__(self, ctx: AppContext, navigate: Navigate | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.navigate = navigate
        self.overview: TeamOverview | None = None
        self.loaded = False
        self._stale = False
        layout = page_column(self)
        self.title = title_label()
        self.intro = hint_label()
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        self.pages = QStackedWidget()
        cards = QWidget()
        self.grid = QGridLayout(cards)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(14)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.cards: list[ReportCardWidget] = []
        self.expanded = False  # every report's card, after "Show all"
        self.more = QPushButton(icon("down"), "")
        self.more.setFlat(True)
        self.more.clicked.connect(lambda _c=False: self._expand())
        self.more.hide()
        self.empty = EmptyState("team")
        self.pages.addWidget(cards)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    # --- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        db, actor = self.ctx.db, self.ctx.actor
        # A manager of very many (an owner who is everyone's manager) sees the first cards
        # and asks for the rest: each card is a read of someone's records, and audited.
        limit = None if self.expanded else SHORT_LIST
        self.ctx.call(self, lambda: my_team.my_team(db, actor, limit=limit), self._show)

    def _expand(self) -> None:
        self.expanded = True
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if not changes.touches(Area.PEOPLE, Area.DEVELOPMENT, Area.ACTIONS, Area.HOURS,
                               Area.BUDGET, Area.CONVERSATIONS, Area.GROUPS, Area.SESSIONS):
            return
        # Each load is a read of the reports' records (and in the audit log): only when seen.
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _show(self, overview: TeamOverview) -> None:
        self.overview = overview
        self.loaded = True
        self._fill()

    def _fill(self) -> None:
        clear_layout(self.grid)
        self.cards = []
        overview = self.overview
        if overview is None:
            return
        for n, card in enumerate(overview.reports):
            widget = ReportCardWidget(self, card, overview)
            self.grid.addWidget(widget, n // 2, n % 2)
            self.cards.append(widget)
        self.pages.setCurrentIndex(0 if overview.reports else 1)
        hidden = overview.total - len(overview.reports)
        self.more.setVisible(hidden > 0)
        self.more.setText(show_all_text(overview.total))

    # --- the places to act ---------------------------------------------------------------

    def open_conversation(self, conversation_id: int) -> None:
        view = self.navigate("conversations") if self.navigate is not None else None
        if view is not None and hasattr(view, "open_conversation"):
            view.open_conversation(conversation_id)

    def open_request(self, request_id: int) -> None:
        view = self.navigate("budget") if self.navigate is not None else None
        if view is not None and hasattr(view, "decide_request"):
            view.decide_request(request_id)

    # --- texts ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("My team"))
        self.intro.setText(self.tr(
            "The people who have you as their manager: what they share with you, their "
            "learning hours, your open agreements and what waits for you. What they keep to "
            "themselves stays hidden, and each look is written in the audit log."))
        self.empty.set_texts(self.tr("Nobody reports to you at the moment"), self.tr(
            "When the owner makes you someone's manager, you see here how their development "
            "is going: their question if they share it, their learning hours and your "
            "agreements."))
