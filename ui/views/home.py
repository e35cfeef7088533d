"""Mijn regie: the first screen after logging in — me, my norm, and what to do next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.changes import Area, Changes
from app.services import people
from app.services.home import HomeOverview, my_overview
from ui.context import AppContext
from ui.i18n import format_money
from ui.icons import icon
from ui.names import role_names
from ui.widgets.common import Card, hint_label, role_label, title_label


class HomeView(QScrollArea):
    """Links to other areas go through ``navigate``, given by the main window."""

    def __init__(self, ctx: AppContext, navigate: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.navigate = navigate
        self.overview: HomeOverview | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        self.setWidget(inner)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        self.greeting = title_label()
        self.org = hint_label()
        layout.addWidget(self.greeting)
        layout.addWidget(self.org)
        grid = QGridLayout()
        grid.setSpacing(14)
        layout.addLayout(grid)
        layout.addStretch(1)

        self.profile = Card()
        self.profile_text = QLabel()
        self.profile_text.setWordWrap(True)
        self.profile.body.addWidget(self.profile_text)
        row = QHBoxLayout()
        self.expertise_button = QPushButton(icon("edit"), "")
        row.addWidget(self.expertise_button)
        row.addStretch(1)
        self.profile.body.addLayout(row)
        self.profile.body.addStretch(1)

        self.learning = Card()
        self.norm_number = role_label("", "big-number")
        self.norm_text = hint_label()
        self.learning.body.addWidget(self.norm_number)
        self.learning.body.addWidget(self.norm_text)
        self.learning.body.addStretch(1)

        self.setup = Card()
        self.setup_text = QLabel()
        self.setup_text.setWordWrap(True)
        self.setup.body.addWidget(self.setup_text)
        setup_row = QHBoxLayout()
        self.people_button = QPushButton(icon("people"), "")
        setup_row.addWidget(self.people_button)
        setup_row.addStretch(1)
        self.setup.body.addLayout(setup_row)
        self.setup.body.addStretch(1)
        self.setup.hide()

        grid.addWidget(self.profile, 0, 0)
        grid.addWidget(self.learning, 0, 1)
        grid.addWidget(self.setup, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.expertise_button.clicked.connect(self.edit_expertise)
        self.people_button.clicked.connect(self._go_to_people)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: my_overview(db, actor), self._show)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Area.PEOPLE, Area.ORGANISATION, Area.TEAMS, Area.ACCOUNTS):
            self.reload()

    def _show(self, overview: HomeOverview) -> None:
        self.overview = overview
        self.retranslate()

    def _go_to_people(self) -> None:
        if self.navigate is not None:
            self.navigate("people")

    def edit_expertise(self) -> None:
        current = ", ".join(self.overview.expertise) if self.overview else ""
        text, ok = QInputDialog.getText(
            self, self.tr("Ask me about"),
            self.tr("What may colleagues ask you about? Separate subjects with commas."),
            text=current)
        if ok:
            db, actor = self.ctx.db, self.ctx.actor
            tags = [t for t in text.split(",") if t.strip()]
            self.ctx.change(self, lambda: people.set_own_expertise(
                db, actor, actor.person_id or 0, tags))

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

    def retranslate(self) -> None:
        self.profile.heading.setText(self.tr("My profile"))
        self.learning.heading.setText(self.tr("Learning in working time"))
        self.setup.heading.setText(self.tr("Getting started"))
        self.expertise_button.setText(self.tr("Change what colleagues may ask me"))
        self.people_button.setText(self.tr("Go to People"))
        o = self.overview
        if o is None:
            self.greeting.setText(self.tr("My direction"))
            return
        lang = self.ctx.language
        self.greeting.setText(self._greeting(o.name))
        self.org.setText(o.organisation)
        lines = [
            self.tr("<b>Roles:</b> %1").replace("%1", role_names(o.roles)),
            self.tr("<b>Teams:</b> %1").replace(
                "%1", ", ".join(o.teams) or self.tr("not in a team yet")),
            self.tr("<b>Manager:</b> %1").replace(
                "%1", o.manager_name or self.tr("no direct manager")),
            self.tr("<b>Ask me about:</b> %1").replace(
                "%1", ", ".join(o.expertise) or self.tr("nothing filled in yet")),
        ]
        self.profile_text.setText("<br>".join(lines))
        self.norm_number.setText(self.tr("%n hour(s) a year", "", o.hours_norm))
        self.norm_text.setText(self.tr(
            "That is the norm in your organisation for learning in working time: in small "
            "groups, on situations from your own work. Your own hours are counted from the "
            "sessions you attend."))
        if o.setup is not None:
            st = o.setup
            done, todo = "✔", "•"
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
                f"{done if ok else todo} {text}" for ok, text in items))
            self.setup.show()
        else:
            self.setup.hide()
