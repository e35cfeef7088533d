"""Mijn regie: the first screen after logging in — this week, my question, my hours, my work."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.changes import Area, Changes
from app.services import culture, culture_answers, people
from app.services.home import MyHome, my_home
from ui.context import AppContext
from ui.i18n import format_date, format_money
from ui.icons import icon
from ui.names import role_names
from ui.offline import needs_server, reason_label
from ui.widgets.common import (
    Card,
    clear_layout,
    fill_short,
    hint_label,
    page_column,
    role_label,
    title_label,
)
from ui.widgets.culture_followup import FollowUpCard
from ui.widgets.due_card import DueCard
from ui.widgets.invitation_cards import InvitationCards


class HomeView(QScrollArea):
    """Links to other areas go through ``navigate``, given by the main window."""

    start_session_requested = Signal(int)
    development_requested = Signal()

    def __init__(self, ctx: AppContext, navigate: Callable[[str], QWidget | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.navigate = navigate
        self.home: MyHome | None = None
        self.week_expanded = False  # the whole week, after "Show all"
        layout = page_column(self, spacing=14)
        self.greeting = title_label()
        self.org = hint_label()
        layout.addWidget(self.greeting)
        layout.addWidget(self.org)
        # Invitations to a group and requests to finish a situation wait for an answer.
        # Fed by reload() below, which reads them with every other card (and again after a
        # change to groups, situations or people, as the cards themselves would).
        self.answers = InvitationCards(ctx, self._finish_situation, reads_itself=False)
        layout.addWidget(self.answers)
        # What is due now (app.services.due, the same answer the reminders give).
        self.due_card = DueCard(ctx, navigate)
        layout.addWidget(self.due_card)
        grid = QGridLayout()
        grid.setSpacing(14)
        layout.addLayout(grid)
        layout.addStretch(1)

        self.week = Card()
        self.week_items = QVBoxLayout()
        self.week.body.addLayout(self.week_items)

        self.question_card = Card()
        self.question_text = role_label(wrap=True)
        self.question_progress = hint_label()
        self.question_button = QPushButton(icon("development"), "")
        self.question_card.body.addWidget(self.question_text)
        self.question_card.body.addWidget(self.question_progress)
        self.question_card.body.addStretch(1)
        self.coach_button = QPushButton(icon("coach"), "")
        self.coach_button.hide()
        question_buttons = QHBoxLayout()
        question_buttons.addWidget(self.question_button)
        question_buttons.addWidget(self.coach_button)
        question_buttons.addStretch(1)
        self.question_card.body.addLayout(question_buttons)
        self.dialog: QDialog | None = None

        self.learning = Card()
        self.hours_number = role_label("", "big-number")
        self.hours_bar = QProgressBar()
        self.hours_bar.setTextVisible(False)
        self.hours_bar.setMaximumHeight(10)
        self.norm_text = hint_label()
        self.budget_text = QLabel()
        self.budget_text.setWordWrap(True)
        for w in (self.hours_number, self.hours_bar, self.norm_text, self.budget_text):
            self.learning.body.addWidget(w)
        self.learning.body.addStretch(1)

        self.groups_card = Card()
        self.groups_items = QVBoxLayout()
        self.groups_card.body.addLayout(self.groups_items)
        self.groups_card.body.addStretch(1)
        self.groups_button = QPushButton(icon("groups"), "")
        self.groups_card.body.addWidget(self.groups_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.situations_card = Card()
        self.situations_items = QVBoxLayout()
        self.situations_card.body.addLayout(self.situations_items)
        self.situations_card.body.addStretch(1)
        self.situations_button = QPushButton(icon("situations"), "")
        self.situations_card.body.addWidget(self.situations_button, 0,
                                            Qt.AlignmentFlag.AlignLeft)

        self.profile = Card()
        self.profile_text = QLabel()
        self.profile_text.setWordWrap(True)
        self.profile.body.addWidget(self.profile_text)
        self.expertise_button = QPushButton(icon("edit"), "")
        self.profile.body.addStretch(1)
        self.profile.body.addWidget(self.expertise_button, 0, Qt.AlignmentFlag.AlignLeft)

        # Shown only while a culture scan round waits for this person's answers.
        self.scan_card = Card()
        self.scan_text = QLabel()
        self.scan_text.setWordWrap(True)
        self.scan_button = QPushButton(icon("culture"), "")
        self.scan_card.body.addWidget(self.scan_text)
        self.scan_card.body.addWidget(self.scan_button, 0, Qt.AlignmentFlag.AlignLeft)
        # On a personal copy: an answer goes straight to the organisation's database.
        self.scan_offline = reason_label()
        self.scan_card.body.addWidget(self.scan_offline)
        self.scan_card.hide()
        self.scan_rounds: list[culture.RoundRow] = []
        # A month after a round: did the actions help? (one question, anonymous)
        self.followup_card = FollowUpCard(ctx)

        self.setup = Card()
        self.setup_text = QLabel()
        self.setup_text.setWordWrap(True)
        self.setup.body.addWidget(self.setup_text)
        self.people_button = QPushButton(icon("people"), "")
        self.setup.body.addWidget(self.people_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setup.hide()

        culture_cards = QVBoxLayout()
        culture_cards.setSpacing(14)
        culture_cards.addWidget(self.scan_card)
        culture_cards.addWidget(self.followup_card)
        grid.addLayout(culture_cards, 0, 0, 1, 2)
        grid.addWidget(self.week, 1, 0, 1, 2)
        grid.addWidget(self.question_card, 2, 0)
        grid.addWidget(self.learning, 2, 1)
        grid.addWidget(self.groups_card, 3, 0)
        grid.addWidget(self.situations_card, 3, 1)
        grid.addWidget(self.profile, 4, 0)
        grid.addWidget(self.setup, 4, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.expertise_button.clicked.connect(self.edit_expertise)
        self.people_button.clicked.connect(lambda: self._go("people"))
        self.groups_button.clicked.connect(lambda: self._go("groups"))
        self.situations_button.clicked.connect(lambda: self._go("situations"))
        self.question_button.clicked.connect(self.development_requested)
        self.scan_button.clicked.connect(self._answer_scan)
        ctx.bus.connection.connect(self._scan_reachable)
        self.coach_button.clicked.connect(self.ask_coach)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    # --- data ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if getattr(self, "_stale", False) and self.ctx.session.actor is not None:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        db, actor = self.ctx.db, self.ctx.actor
        # One call reads every card's data (each part once): over a network every query
        # costs a round trip.
        self.ctx.call(self, lambda: my_home(db, actor), self._show)

    def _changed(self, changes: Changes) -> None:
        if self.ctx.session.actor is None:
            # A save that finished after the lock or log-out: nobody to read for now; the
            # view reads afresh when it is shown to whoever logs in.
            self._stale = True
            return
        if changes.touches(Area.PEOPLE, Area.ORGANISATION, Area.TEAMS, Area.ACCOUNTS,
                           Area.DEVELOPMENT, Area.SITUATIONS, Area.GROUPS, Area.CYCLES,
                           Area.SESSIONS, Area.ACTIONS, Area.HOURS, Area.BUDGET,
                           Area.CONVERSATIONS, Area.CULTURE):
            self.reload()

    def _show_scan(self, rounds: list[culture.RoundRow]) -> None:
        self.scan_rounds = rounds
        self._fill_scan()

    def _fill_scan(self) -> None:
        self.scan_card.setVisible(bool(self.scan_rounds))
        if self.scan_rounds:
            self.scan_text.setText(self.tr(
                "How does learning go here? The learning culture scan is open for you until "
                "%1: 30 short statements, anonymous, about ten minutes.").replace(
                "%1", format_date(self.scan_rounds[0].closes_on, self.ctx.language)))

    def _scan_reachable(self) -> None:
        """On a personal copy the scan is answered on the server: while it is in reach."""
        self.scan_button.setEnabled(not needs_server(
            self.ctx, culture_answers.answer, self.scan_offline, self.scan_button))

    def _answer_scan(self) -> None:
        if self.navigate is None or not self.scan_rounds:
            return
        view = self.navigate("culture")
        if view is not None and hasattr(view, "answer_when_loaded"):
            view.answer_when_loaded(self.scan_rounds[0].id)

    def _show(self, home: MyHome) -> None:
        self.home = home
        self.answers.show_loaded((home.invitations, home.finish_requests))
        self.due_card.show_items(home.due)
        self._show_scan(home.scan_rounds)
        self.followup_card.show_questions(home.followups)
        self.retranslate()

    def ask_coach(self) -> None:
        """The coach asks questions back about my current development question."""
        if self.home is None or self.home.question is None:
            return
        from ui.widgets.coach_panel import CoachDialog

        self.dialog = CoachDialog(self.ctx, "question", self.home.question.id,
                                  accept_text=self.tr("Put into my development question"),
                                  on_accept=self.use_in_question, parent=self)
        self.dialog.open()

    def use_in_question(self, passage: str) -> None:
        """A passage of the coach goes into my question's editor, for me to edit and save:
        nothing is saved by itself. The conversation stays open behind it."""
        if self.home is None or not passage.strip():
            return
        from ui.dialogs.development import DevelopmentDialog

        editor = DevelopmentDialog(self.ctx, self.home.question, parent=self.dialog or self)
        before = editor.question.toPlainText().rstrip()
        editor.question.setPlainText(f"{before}\n{passage.strip()}" if before
                                     else passage.strip())
        self.question_editor = editor
        editor.open()

    def _go(self, key: str) -> None:
        if self.navigate is not None:
            self.navigate(key)

    def _finish_situation(self, situation_id: int) -> None:
        view = self.navigate("situations") if self.navigate is not None else None
        if view is not None and hasattr(view, "finish_when_loaded"):
            view.finish_when_loaded(situation_id)

    def _open_conversation(self, conversation_id: int) -> None:
        if self.navigate is None:
            return
        view = self.navigate("conversations")
        if view is not None and hasattr(view, "open_conversation"):
            view.open_conversation(conversation_id)

    def edit_expertise(self) -> None:
        current = ", ".join(self.home.overview.expertise) if self.home else ""
        text, ok = QInputDialog.getText(
            self, self.tr("Ask me about"),
            self.tr("What may colleagues ask you about? Separate subjects with commas."),
            text=current)
        if ok:
            db, actor = self.ctx.db, self.ctx.actor
            tags = [t for t in text.split(",") if t.strip()]
            self.ctx.change(self, lambda: people.set_own_expertise(
                db, actor, actor.person_id or 0, tags))

    # --- texts ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _greeting(self, name: str) -> str:
        first = name.split()[0] if name else ""
        hour = datetime.now().hour
        if hour < 12:
            return self.tr("Good morning, %1").replace("%1", first)
        if hour < 18:
            return self.tr("Good afternoon, %1").replace("%1", first)
        return self.tr("Good evening, %1").replace("%1", first)

    def _fill_week(self, home: MyHome) -> None:
        clear_layout(self.week_items)
        lang = self.ctx.language
        soon = date.today() + timedelta(days=7)
        rows: list[Callable[[], QWidget]] = []
        for s in [s for s in home.sessions if s.day <= soon]:
            text = self.tr("%1, %2: %3 — day %4 of 4").replace(
                "%1", format_date(s.day, lang)).replace(
                "%2", s.start_time.strftime("%H:%M")).replace("%3", s.group_name).replace(
                "%4", str(s.day_number))
            if s.room_name:
                text += f" · {s.room_name}"
            rows.append(lambda s=s, text=text: self._session_row(s, text))
        for c in home.conversations:
            me_pro = c.professional_id == self.ctx.session.person_id
            other = c.manager_name if me_pro else c.professional_name
            if c.meeting_at is not None:
                text = self.tr("Talent conversation with %1: %2").replace("%1", other).replace(
                    "%2", format_date(c.meeting_at, lang))
            elif c.due is not None and c.due.value == "overdue":
                text = self.tr("Talent conversation with %1 is overdue").replace("%1", other)
            else:
                text = self.tr("Talent conversation with %1: prepare it before %2").replace(
                    "%1", other).replace("%2", format_date(c.window_end, lang))
            rows.append(lambda c=c, text=text: self._conversation_row(c.id, text))
        for a in [a for a in home.actions if a.due is None or a.due <= soon]:
            due = format_date(a.due, lang) if a.due else ""
            text = self.tr("Action: %1").replace("%1", a.title)
            if due:
                text += " — " + (self.tr("was due %1") if a.overdue
                                 else self.tr("due %1")).replace("%1", due)
            rows.append(lambda a=a, text=text: self._action_row(a.overdue, text))
        if not rows:
            self.week_items.addWidget(hint_label(self.tr(
                "Nothing planned for the coming week. Join or start a learning group to "
                "learn in working time, together with colleagues.")))
            return
        fill_short(self.week_items, rows, expanded=self.week_expanded, expand=self._expand_week)

    def _expand_week(self) -> None:
        self.week_expanded = True
        if self.home is not None:
            self._fill_week(self.home)

    def _session_row(self, s: Any, text: str) -> QWidget:
        row = QHBoxLayout()
        label = QLabel(("▶ " if s.day == date.today() else "• ") + text)
        label.setWordWrap(True)
        row.addWidget(label, 1)
        if s.day <= date.today():
            start = QPushButton(icon("play"), self.tr("Start session"))
            start.clicked.connect(lambda _c=False, sid=s.id:
                                  self.start_session_requested.emit(sid))
            row.addWidget(start)
        holder = QWidget()
        holder.setLayout(row)
        return holder

    def _conversation_row(self, conversation_id: int, text: str) -> QWidget:
        row = QHBoxLayout()
        label = QLabel("• " + text)
        label.setWordWrap(True)
        row.addWidget(label, 1)
        go = QPushButton(icon("conversations"), self.tr("Open"))
        go.clicked.connect(lambda _c=False, cid=conversation_id: self._open_conversation(cid))
        row.addWidget(go)
        holder = QWidget()
        holder.setLayout(row)
        return holder

    def _action_row(self, overdue: bool, text: str) -> QWidget:
        label = QLabel(("⚠ " if overdue else "☐ ") + text)
        label.setWordWrap(True)
        if overdue:
            label.setProperty("role", "error")
        return label

    def _fill_list(self, layout: QVBoxLayout, lines: list[str], empty: str) -> None:
        clear_layout(layout)
        if not lines:
            layout.addWidget(hint_label(empty))
        for line in lines:
            label = QLabel("• " + line)
            label.setWordWrap(True)
            layout.addWidget(label)

    def retranslate(self) -> None:
        self.week.heading.setText(self.tr("This week"))
        self.question_card.heading.setText(self.tr("My development question"))
        self.learning.heading.setText(self.tr("Learning in working time"))
        self.groups_card.heading.setText(self.tr("My learning groups"))
        self.situations_card.heading.setText(self.tr("My work situations"))
        self.profile.heading.setText(self.tr("My profile"))
        self.setup.heading.setText(self.tr("Getting started"))
        self.scan_card.heading.setText(self.tr("Learning culture scan"))
        self.scan_button.setText(self.tr("Answer the scan"))
        self._scan_reachable()
        self._fill_scan()
        self.followup_card.retranslate()
        self.expertise_button.setText(self.tr("Change what colleagues may ask me"))
        self.people_button.setText(self.tr("Go to People"))
        self.groups_button.setText(self.tr("Go to Learning groups"))
        self.situations_button.setText(self.tr("Go to Work situations"))
        h = self.home
        if h is None:
            self.greeting.setText(self.tr("My learning"))
            return
        o = h.overview
        lang = self.ctx.language
        self.greeting.setText(self._greeting(o.name))
        self.org.setText(o.organisation)
        self._fill_week(h)

        if h.question is not None:
            self.question_text.setText(h.question.text)
            self.question_progress.setText(self.tr("%n of 10 guiding questions answered", "",
                                                   h.question.answered))
            self.question_button.setText(self.tr("Work on my question"))
            self.coach_button.setText(self.tr("Sharpen it with the coach"))
            self.coach_button.show()
        else:
            self.question_text.setText(self.tr(
                "What do you want to learn, in and for your own work? Put it into words: "
                "your development question is the start of everything you learn here."))
            self.question_progress.setText("")
            self.question_button.setText(self.tr("Write my development question"))
            self.coach_button.hide()

        hours = h.hours
        done = hours.minutes_in_working_time / 60
        self.hours_number.setText(self.tr("%1 of %2 hours").replace(
            "%1", f"{done:.0f}" if done == int(done) else f"{done:.1f}".replace(
                ".", "," if lang == "nl" else ".")).replace("%2", str(hours.norm_hours)))
        self.hours_bar.setMaximum(max(hours.norm_hours * 60, 1))
        self.hours_bar.setValue(min(hours.minutes_in_working_time, hours.norm_hours * 60))
        self.hours_bar.setAccessibleName(self.tr("Learning hours against the norm"))
        self.norm_text.setText(self.tr(
            "Learning hours in working time this year, against the norm of your organisation. "
            "Every session you attend counts."))

        b = h.budget
        if b.remaining_cents < 0:
            # More was granted than there was: say so, not "-€ 895,00 left".
            self.budget_text.setText(self.tr(
                "<b>Learning budget:</b> this year's budget is overspent by %1. Ask for a "
                "course or training under Learning &amp; budget: the decision says whether "
                "there is room.").replace("%1", format_money(-b.remaining_cents, lang)))
        elif b.shared:
            self.budget_text.setText(self.tr(
                "<b>Learning budget:</b> %1 left in your organisation's budget for this year. "
                "Ask for a course or training under Learning &amp; budget.").replace(
                "%1", format_money(b.remaining_cents, lang)))
        else:
            text = self.tr("<b>My learning budget:</b> %1 left of %2 this year.").replace(
                "%1", format_money(b.remaining_cents, lang)).replace(
                "%2", format_money(b.available_cents, lang))
            if b.expiring_cents:
                text += " " + self.tr("%1 of it expires on %2 unless you use it.").replace(
                    "%1", format_money(b.expiring_cents, lang)).replace(
                    "%2", format_date(date(b.year, 12, 31), lang))
            self.budget_text.setText(text)

        group_lines = []
        for g in h.groups:
            line = g.name
            if g.next_session:
                line += " — " + self.tr("next session %1").replace(
                    "%1", format_date(g.next_session, lang))
            group_lines.append(line)
        self._fill_list(self.groups_items, group_lines, self.tr(
            "You are not in a learning group yet. A group is 3 to 6 colleagues who choose "
            "each other and meet one hour a day, four days in a row."))
        from ui.names_learning import status_name

        self._fill_list(self.situations_items,
                        [f"{r.title} ({status_name(r.status)})" for r in h.situations],
                        self.tr("No open work situations. Is something in your work stuck, "
                                "or could it be better? Register it as a work situation."))

        none_team, none_manager, none_tags = (self.tr("not in a team yet"),
                                              self.tr("no direct manager"),
                                              self.tr("nothing filled in yet"))
        self.profile_text.setText("<br>".join([
            self.tr("<b>Roles:</b> %1").replace("%1", role_names(o.roles)),
            self.tr("<b>Teams:</b> %1").replace("%1", ", ".join(o.teams) or none_team),
            self.tr("<b>Manager:</b> %1").replace("%1", o.manager_name or none_manager),
            self.tr("<b>Ask me about:</b> %1").replace("%1", ", ".join(o.expertise) or none_tags),
        ]))
        if o.setup is not None:
            st = o.setup
            items = [
                (st.people > 1, self.tr("%n person(s) added", "", st.people)),
                (st.teams > 0, self.tr("%n team(s)", "", st.teams)),
                (st.without_password == 0,
                 self.tr("%n person(s) cannot log in yet: give them a temporary password",
                         "", st.without_password) if st.without_password
                 else self.tr("Everyone can log in")),
                (st.professionals_without_manager == 0,
                 self.tr("%n professional(s) without a direct manager", "",
                         st.professionals_without_manager)
                 if st.professionals_without_manager
                 else self.tr("Every professional has a direct manager")),
                (True, self.tr("Yearly learning budget: %1").replace(
                    "%1", format_money(o.yearly_budget_cents, lang))),
            ]
            self.setup_text.setText("<br>".join(
                f"{'✔' if ok else '•'} {text}" for ok, text in items))
            self.setup.show()
        else:
            self.setup.hide()
