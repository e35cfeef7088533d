"""The Leercultuur page's focus card: the previous round's focus with its actions' status
beside the change, this round's focus and actions, and whether the actions helped."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services import culture
from ui.i18n import format_date
from ui.icons import icon
from ui.widgets.common import Card, clear_layout, hint_label, role_label


def format_mean(value: float | None, language: str) -> str:
    if value is None:
        return "–"
    text = f"{value:.1f}"
    return text.replace(".", ",") if language == "nl" else text


def format_change(value: float | None, language: str) -> str:
    if value is None:
        return "–"
    sign = "+" if value > 0.04 else ("−" if value < -0.04 else "±")
    return sign + format_mean(abs(value), language)


class FocusCard(Card):
    """Shown with the result of a whole round; buttons only for who manages the scan."""

    choose_requested = Signal()
    add_action_requested = Signal(str)  # characteristic key
    status_requested = Signal(int, str)  # action id, new status

    def __init__(self, language: str, manage: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.language = language
        self.manage = manage
        self.items = QVBoxLayout()
        self.body.addLayout(self.items)
        self.buttons = QHBoxLayout()
        self.body.addLayout(self.buttons)
        self.action_buttons: dict[tuple[int, str], QPushButton] = {}

    def show_result(self, res: culture.Results | None, language: str) -> None:
        self.language = language
        clear_layout(self.items)
        clear_layout(self.buttons)
        self.action_buttons = {}
        self.setVisible(res is not None and res.team_id is None)
        if res is None or res.team_id is not None:
            return
        self.heading.setText(self.tr("Focus and actions"))
        titles = {c.key: c.title for c in culture.characteristics(language)}
        for follow in res.previous_focus:
            self._previous(follow, titles)
        self._followup_line(res.previous_followup, previous=True)
        if res.focus:
            self.items.addWidget(role_label(self.tr("Focus chosen after this round:"), "",
                                            wrap=True))
        for key in res.focus:
            self.items.addWidget(role_label("★ " + titles.get(key, key), "subtitle"))
            actions = res.actions.get(key, ())
            for a in actions:
                self._action(a, buttons=self.manage)
            if not actions:
                self.items.addWidget(hint_label(self.tr("No actions yet.")))
            if self.manage:
                add = QPushButton(icon("add"), self.tr("Action for %1…").replace(
                    "%1", titles.get(key, key)))
                add.clicked.connect(lambda _c=False, k=key: self.add_action_requested.emit(k))
                self.buttons.addWidget(add)
        self._followup_line(res.followup, previous=False)
        if not res.focus and not res.previous_focus:
            self.items.addWidget(hint_label(self.tr(
                "After reading the results together, choose one or two characteristics to "
                "work on, and agree on actions, each with someone who sees to it and a date. "
                "A month later everyone is asked whether they helped; the next round shows "
                "how the characteristics changed.")))
        if self.manage:
            choose = QPushButton(icon("edit"), self.tr("Choose focus…"))
            choose.clicked.connect(self.choose_requested.emit)
            self.buttons.addWidget(choose)
        self.buttons.addStretch(1)

    def _previous(self, follow: culture.FocusFollowUp, titles: dict[str, str]) -> None:
        lang = self.language
        line = self.tr("Focus of round %1: %2 — then %3, now %4 (%5)").replace(
            "%1", str(follow.previous_round_id)).replace(
            "%2", titles.get(follow.key, follow.key)).replace(
            "%3", format_mean(follow.previous_mean, lang)).replace(
            "%4", format_mean(follow.mean, lang)).replace(
            "%5", format_change(follow.change, lang))
        self.items.addWidget(role_label(line, "subtitle", wrap=True))
        for a in follow.actions:
            self._action(a, buttons=False)
        if not follow.actions:
            self.items.addWidget(hint_label(self.tr("No actions were agreed for it.")))

    def _status(self, a: culture.CultureActionRow) -> str:
        if a.status == "done":
            return self.tr("done")
        if a.status == "dropped":
            return self.tr("dropped")
        if a.due is not None and a.due < date.today():
            return self.tr("open, overdue")
        return self.tr("open")

    def _action(self, a: culture.CultureActionRow, *, buttons: bool) -> None:
        lang = self.language
        who = a.owner_name or self.tr("nobody yet")
        when = format_date(a.due, lang) if a.due else self.tr("no date")
        text = self.tr("• %1 — %2, by %3 (%4)").replace("%1", a.title).replace(
            "%2", who).replace("%3", when).replace("%4", self._status(a))
        row = QHBoxLayout()
        label = QLabel(text)
        label.setWordWrap(True)
        row.addWidget(label, 1)
        if buttons and a.status == "open":
            for status, name, icon_name in (("done", self.tr("Done"), "check"),
                                            ("dropped", self.tr("Drop"), "stop")):
                button = QPushButton(icon(icon_name), name)
                button.clicked.connect(lambda _c=False, aid=a.id, st=status:
                                       self.status_requested.emit(aid, st))
                row.addWidget(button)
                self.action_buttons[(a.id, status)] = button
        holder = QWidget()
        holder.setLayout(row)
        self.items.addWidget(holder)

    def _followup_line(self, f: culture.FollowUpOutcome, *, previous: bool) -> None:
        lang = self.language
        if f.state == "none":
            return
        if f.state == "planned":
            text = self.tr("On %1 everyone in this round is asked whether the actions helped "
                           "(anonymously, until %2).")
        elif f.state == "open":
            text = self.tr("Whether the actions helped can be answered until %2; %n "
                           "person(s) answered so far.", "", f.respondents)
        elif f.state == "too_few":
            text = self.tr("Too few people answered whether the actions helped: at least "
                           "%3 are needed to show it.")
        else:
            text = self.tr("Did the actions help? On average %4, from 1 (not at all) to 5 "
                           "(completely); %n answer(s), ‘don't know’ left out.", "",
                           f.respondents)
        if previous:
            text = self.tr("After the previous round:") + " " + text
        text = text.replace("%1", format_date(f.opens_on, lang) if f.opens_on else "").replace(
            "%2", format_date(f.closes_on, lang) if f.closes_on else "").replace(
            "%3", str(f.minimum)).replace("%4", format_mean(f.mean, lang))
        self.items.addWidget(hint_label(text))
