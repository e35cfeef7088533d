"""On *Mijn regie*: invitations to a learning group, and colleagues asking me to finish a
work situation — each a card to answer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.changes import Area, Changes
from app.services import groups, situations
from app.services.groups import InvitationRow
from app.services.situations import CloseRequestRow
from models import InvitationRole
from ui.context import AppContext
from ui.i18n import format_date
from ui.icons import icon
from ui.names_learning import status_name
from ui.widgets.common import Card, hint_label

Loaded = tuple[list[InvitationRow], list[CloseRequestRow]]


class InvitationCards(QWidget):
    """One card per open invitation and per request to finish; hidden when there are none.

    ``finish`` opens the finish dialog of a situation (given by the home screen).
    ``reads_itself``: False when the screen holding it reads the cards' data with its own
    (Mijn regie: one read for every card) and hands it over through ``show_loaded``."""

    def __init__(self, ctx: AppContext, finish: Callable[[int], None] | None = None,
                 parent: QWidget | None = None, *, reads_itself: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.finish = finish
        self.invitations: list[InvitationRow] = []
        self.requests: list[CloseRequestRow] = []
        self.loaded = False
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(14)
        self.cards: list[Card] = []
        self.hide()
        if reads_itself:
            ctx.bus.changed.connect(self._changed)
            self.reload()

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def load() -> Loaded:
            return groups.my_invitations(db, actor), situations.requests_to_finish(db, actor)

        self.ctx.call(self, load, self.show_loaded)

    def _changed(self, changes: Changes) -> None:
        if self.ctx.session.actor is None:
            return  # a save that finished after the lock: read afresh at the next login
        if changes.touches(Area.GROUPS, Area.SITUATIONS, Area.PEOPLE):
            self.reload()

    def show_loaded(self, loaded: Loaded) -> None:
        self.invitations, self.requests = loaded
        self.loaded = True
        self._render()

    # --- cards ---------------------------------------------------------------------------

    def _render(self) -> None:
        for card in self.cards:
            self.column.removeWidget(card)
            card.deleteLater()
        self.cards = [self._invitation_card(i) for i in self.invitations] + [
            self._request_card(r) for r in self.requests]
        for card in self.cards:
            self.column.addWidget(card)
        self.setVisible(bool(self.cards))

    def _card(self, heading: str, text: str, detail: str,
              buttons: list[tuple[str, str, Callable[[], None]]]) -> Card:
        card = Card(heading)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card.body.addWidget(label)
        if detail:
            card.body.addWidget(hint_label(detail))
        row = QHBoxLayout()
        for icon_name, caption, act in buttons:
            button = QPushButton(icon(icon_name), caption) if icon_name \
                else QPushButton(caption)
            button.clicked.connect(lambda _c=False, act=act: act())
            row.addWidget(button)
        row.addStretch(1)
        card.body.addLayout(row)
        return card

    def _invitation_card(self, i: InvitationRow) -> Card:
        lang = self.ctx.language
        by = i.invited_by_name or self.tr("A colleague")
        if i.role is InvitationRole.GUIDE:
            text = self.tr("%1 asks you to guide the learning group %2.")
            join = self.tr("Guide this group")
        else:
            text = self.tr("%1 invites you to the learning group %2.")
            join = self.tr("Join")
        lines = [self.tr("Aim: %1").replace("%1", i.purpose) if i.purpose
                 else self.tr("No aim written down yet."),
                 self.tr("Guide: %1").replace("%1", i.guide_name) if i.guide_name
                 else self.tr("No guide.")]
        detail = "\n".join([*lines, self.tr(
            "You see the group's sessions, work situations and notes once you join. "
            "Invited on %1.").replace("%1", format_date(i.invited_at.astimezone().date(), lang))])
        return self._card(
            self.tr("Invitation: %1").replace("%1", i.group_name),
            text.replace("%1", by).replace("%2", i.group_name), detail,
            [("check", join, lambda: self.accept_invitation(i.id)),
             ("", self.tr("Decline"), lambda: self.decline_invitation(i.id))])

    def _request_card(self, r: CloseRequestRow) -> Card:
        text = self.tr("%1 asks you to finish your work situation “%2” as: %3.").replace(
            "%1", r.requested_by_name or self.tr("A colleague")).replace(
            "%2", r.situation_title).replace("%3", status_name(r.result))
        detail = self.tr("Only you finish your own work situation.")
        if r.note:
            detail = self.tr("Why: %1").replace("%1", r.note) + "\n" + detail
        buttons: list[tuple[str, str, Callable[[], None]]] = []
        if self.finish is not None:
            buttons.append(("finish", self.tr("Finish…"),
                            lambda: self.finish(r.situation_id) if self.finish else None))
        buttons.append(("", self.tr("Not yet"),
                        lambda: self.keep_open(r.situation_id)))
        return self._card(self.tr("Finish a work situation?"), text, detail, buttons)

    # --- answers -------------------------------------------------------------------------

    def accept_invitation(self, invitation_id: int) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.change(self, lambda: groups.accept_invitation(db, actor, invitation_id))

    def decline_invitation(self, invitation_id: int) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.change(self, lambda: groups.decline_invitation(db, actor, invitation_id))

    def keep_open(self, situation_id: int) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.change(self, lambda: situations.decline_finish_request(db, actor,
                                                                        situation_id))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and self.loaded:
            self._render()
        super().changeEvent(event)
