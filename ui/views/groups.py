"""The learning groups area: my groups, and of one group its people, situations and cycles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import Area, Changes
from app.files import write_atomic
from app.planning import move_window
from app.services import cycles, groups, people, situations
from app.services.cycles import CycleRow, SessionRow
from app.services.groups import GroupRow
from app.services.situations import FINISHED, SituationRow
from models import CycleStatus, SessionStatus
from ui.context import AppContext
from ui.dialogs.group import GenerationMix, GroupDialog
from ui.dialogs.move_session import MoveSessionDialog
from ui.dialogs.plan_cycle import PlanCycleDialog, time_range
from ui.i18n import format_date
from ui.icons import icon
from ui.names_groups import cycle_status_name, format_day, session_status_name, size_advice
from ui.widgets.common import Card, EmptyState, confirm, hint_label, role_label, title_label
from ui.widgets.invitation_cards import InvitationCards

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CYCLE_ROLE = Qt.ItemDataRole.UserRole + 2
# Below this width the detail pane stacks its cards and button rows.
NARROW = 780  # Dutch button texts need this much before they sit side by side


@dataclass(frozen=True)
class GroupDetail:
    """What the detail pane shows of one group, loaded in one go."""

    group: GroupRow
    cycles: list[CycleRow]
    situations: list[SituationRow]  # the group works on these
    mine: list[SituationRow]  # my own open situations I could bring in


class GroupInvitationCards(InvitationCards):
    """The invitations of Mijn regie, without its requests to finish a work situation: those
    are about situations, not groups."""

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: (groups.my_invitations(db, actor), []), self.show_loaded)


class GroupsView(QWidget):
    """``start_session_requested(session_id)`` asks the main window to open the runner."""

    start_session_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self.rows: list[GroupRow] = []
        self.detail: GroupDetail | None = None
        self.loaded = False
        self.detail_loaded = False
        self.dialog: QDialog | None = None
        self.confirmation: QMessageBox | None = None
        self.export_path: Path | None = None
        self._select_after_reload: int | None = None
        self._select_cycle_after: int | None = None
        self._cycles: dict[int, CycleRow] = {}
        self._sessions: dict[int, SessionRow] = {}

        layout = QVBoxLayout(self)
        self.title = title_label()
        self.intro = hint_label()
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        # Invited to a group: answered here too, not only on Mijn regie (hidden when none).
        self.invitations = GroupInvitationCards(ctx)
        layout.addWidget(self.invitations)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        # --- my groups ---------------------------------------------------------------------
        self.content = QSplitter(Qt.Orientation.Horizontal)
        self.content.setChildrenCollapsible(False)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(180)
        self.list.setSpacing(2)
        self.start_button = QPushButton(icon("add"), "")
        column.addWidget(self.list, 1)
        column.addWidget(self.start_button)
        self.content.addWidget(left)

        # --- the selected group ------------------------------------------------------------
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        self.scroll_area.setWidget(inner)
        detail = QVBoxLayout(inner)
        detail.setContentsMargins(12, 0, 6, 6)
        detail.setSpacing(12)
        self.head = QGridLayout()
        self.name_label = role_label("", "title", wrap=True)
        self.edit_button = QPushButton(icon("edit"), "")
        self.leave_button = QPushButton(icon("logout"), "")
        detail.addLayout(self.head)
        self.purpose_label = QLabel()
        self.purpose_label.setWordWrap(True)
        self.purpose_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        detail.addWidget(self.purpose_label)

        self.people_row = people_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        people_row.setSpacing(12)
        self.members_card = Card()
        self.members_label = QLabel()
        self.members_label.setWordWrap(True)
        self.mix = GenerationMix()
        advice_row = QHBoxLayout()
        self.advice_icon = QLabel()
        self.advice_icon.setPixmap(icon("info").pixmap(18, 18))
        self.advice_label = hint_label()
        advice_row.addWidget(self.advice_icon, 0, Qt.AlignmentFlag.AlignTop)
        advice_row.addWidget(self.advice_label, 1)
        self.advice_box = QWidget()
        self.advice_box.setLayout(advice_row)
        advice_row.setContentsMargins(0, 4, 0, 0)
        self.members_card.body.addWidget(self.members_label)
        self.members_card.body.addWidget(self.mix)
        self.members_card.body.addWidget(self.advice_box)
        self.members_card.body.addStretch(1)
        self.guide_card = Card()
        self.guide_label = QLabel()
        self.guide_label.setWordWrap(True)
        self.guide_card.body.addWidget(self.guide_label)
        self.guide_card.body.addStretch(1)
        people_row.addWidget(self.members_card, 3)
        people_row.addWidget(self.guide_card, 2)
        detail.addLayout(people_row)

        self.situations_card = Card()
        self.situations_label = QLabel()
        self.situations_label.setWordWrap(True)
        self.situations_label.setTextFormat(Qt.TextFormat.RichText)
        self.situations_hint = hint_label()
        self.bring_button = QPushButton(icon("situations"), "")
        self.bring_menu = QMenu(self.bring_button)
        self.bring_button.setMenu(self.bring_menu)
        bring_row = QHBoxLayout()
        bring_row.addWidget(self.bring_button)
        bring_row.addStretch(1)
        self.situations_card.body.addWidget(self.situations_label)
        self.situations_card.body.addWidget(self.situations_hint)
        self.situations_card.body.addLayout(bring_row)
        detail.addWidget(self.situations_card)

        self.cycles_card = Card()
        self.cycles_hint = hint_label()
        self.cycle_tree = QTreeWidget()
        self.cycle_tree.setColumnCount(5)
        self.cycle_tree.setRootIsDecorated(True)
        self.cycle_tree.setAlternatingRowColors(True)
        self.cycle_tree.setUniformRowHeights(True)
        self.cycle_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cycle_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.cycle_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.cycle_buttons = QGridLayout()
        self.plan_button = QPushButton(icon("plan"), "")
        self.start_session_button = QPushButton(icon("play"), "")
        self.move_button = QPushButton(icon("calendar"), "")
        self.cancel_cycle_button = QPushButton(icon("stop"), "")
        self.export_button = QPushButton(icon("export"), "")
        self.export_note = hint_label()
        self.export_note.hide()
        self.cycles_card.body.addWidget(self.cycles_hint)
        self.cycles_card.body.addWidget(self.cycle_tree)
        self.cycles_card.body.addLayout(self.cycle_buttons)
        self.cycles_card.body.addWidget(self.export_note)
        detail.addWidget(self.cycles_card)
        detail.addStretch(1)
        self.content.addWidget(self.scroll_area)
        self.content.setStretchFactor(0, 1)
        self.content.setStretchFactor(1, 3)
        self.content.setSizes([260, 780])

        self._narrow: bool | None = None
        self._arrange(False)

        self.empty = EmptyState("groups")
        self.empty_start = self.empty.add_button("", "add")
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.empty)

        self.list.currentRowChanged.connect(self._group_chosen)
        self.start_button.clicked.connect(self.start_group)
        self.empty_start.clicked.connect(self.start_group)
        self.edit_button.clicked.connect(self.edit_group)
        self.leave_button.clicked.connect(self.leave_group)
        self.plan_button.clicked.connect(self.plan_cycle)
        self.cancel_cycle_button.clicked.connect(self.cancel_cycle)
        self.export_button.clicked.connect(lambda: self.export_calendar())
        self.start_session_button.clicked.connect(self.start_session)
        self.move_button.clicked.connect(self.move_session)
        self.cycle_tree.itemSelectionChanged.connect(self._update_cycle_buttons)
        self.cycle_tree.itemActivated.connect(lambda _i, _c: self.start_session())
        self.bring_menu.triggered.connect(
            lambda action: self.bring_in_situation(int(action.data())))
        self.setTabOrder(self.list, self.start_button)
        self.setTabOrder(self.start_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.leave_button)
        self.setTabOrder(self.leave_button, self.bring_button)
        self.setTabOrder(self.bring_button, self.cycle_tree)
        self.setTabOrder(self.cycle_tree, self.plan_button)
        self.setTabOrder(self.plan_button, self.start_session_button)
        self.setTabOrder(self.start_session_button, self.move_button)
        self.setTabOrder(self.move_button, self.cancel_cycle_button)
        self.setTabOrder(self.cancel_cycle_button, self.export_button)
        self.scroll_area.installEventFilter(self)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.scroll_area and event.type() == QEvent.Type.Resize:
            self._arrange(self.scroll_area.width() < NARROW)
        return super().eventFilter(watched, event)

    def _arrange(self, narrow: bool) -> None:
        """Side by side on a wide pane; stacked on a narrow one, so nothing is cut off."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self.people_row.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                     else QBoxLayout.Direction.LeftToRight)
        top = Qt.AlignmentFlag.AlignTop
        head = self.head
        for widget in (self.name_label, self.edit_button, self.leave_button):
            head.removeWidget(widget)
        if narrow:
            head.addWidget(self.name_label, 0, 0, 1, 3)
            head.addWidget(self.edit_button, 1, 0)
            head.addWidget(self.leave_button, 1, 1)
            head.setColumnStretch(0, 0)
            head.setColumnStretch(2, 1)
        else:
            head.addWidget(self.name_label, 0, 0)
            head.addWidget(self.edit_button, 0, 1, top)
            head.addWidget(self.leave_button, 0, 2, top)
            head.setColumnStretch(0, 1)
            head.setColumnStretch(2, 0)
        grid = self.cycle_buttons
        buttons = (self.plan_button, self.start_session_button, self.move_button,
                   self.cancel_cycle_button, self.export_button)
        for widget in buttons:
            grid.removeWidget(widget)
        places = ([(0, 0), (0, 1), (1, 0), (1, 1), (2, 0)] if narrow
                  else [(0, 0), (0, 1), (0, 2), (0, 3), (0, 5)])
        for widget, (row, column) in zip(buttons, places, strict=True):
            grid.addWidget(widget, row, column)
        for column in range(6):
            grid.setColumnStretch(column, 0)
        grid.setColumnStretch(2 if narrow else 4, 1)

    @property
    def today(self) -> date:
        return self._today or date.today()

    # --- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: groups.my_groups(db, actor), self._show_groups)

    def _show_groups(self, rows: list[GroupRow]) -> None:
        current = self.selected()
        wanted = self._select_after_reload or (current.id if current else None)
        self._select_after_reload = None
        self.rows = rows
        self.list.blockSignals(True)
        self.list.clear()
        for g in rows:
            item = QListWidgetItem(icon("groups"), self._group_label(g))
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.stack.setCurrentWidget(self.content if rows else self.empty)
        self.loaded = True
        if not rows:
            self.detail = None
            return
        ids = [g.id for g in rows]
        self.list.setCurrentRow(ids.index(wanted) if wanted in ids else 0)
        self._group_chosen(self.list.currentRow())

    def _group_label(self, g: GroupRow) -> str:
        size = self.tr("%n member(s)", "", len(g.members))
        if g.invited:
            size += " · " + self.tr("%n invited", "", len(g.invited))
        if g.next_session is not None:
            when = self.tr("next session %1").replace(
                "%1", format_date(g.next_session, self.ctx.language))
            return f"{g.name}\n{size} · {when}"
        return f"{g.name}\n{size}"

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Area.GROUPS, Area.CYCLES, Area.SESSIONS, Area.SITUATIONS,
                           Area.PEOPLE):
            self.reload()

    def selected(self) -> GroupRow | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def select_group(self, group_id: int) -> None:
        """Show one group (for links from elsewhere, e.g. the home screen)."""
        ids = [g.id for g in self.rows]
        if group_id in ids:
            self.list.setCurrentRow(ids.index(group_id))
        else:
            self._select_after_reload = group_id

    def _group_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        group_id = self.rows[row].id
        db, actor = self.ctx.db, self.ctx.actor
        me = self.ctx.session.person_id

        def load() -> GroupDetail:
            group = groups.get_group(db, actor, group_id)
            found = situations.list_situations(db, actor)
            return GroupDetail(
                group=group,
                cycles=cycles.cycles_of_group(db, actor, group_id),
                situations=[s for s in found if s.group_id == group_id],
                mine=[s for s in found if s.owner_id == me and s.group_id != group_id
                      and s.status.value not in FINISHED],
            )

        self.detail_loaded = False
        self.ctx.call(self, load, self._show_detail)

    def _show_detail(self, detail: GroupDetail) -> None:
        current = self.selected()
        if current is None or current.id != detail.group.id:
            return  # an answer for a group no longer selected
        self.detail = detail
        self._render_detail()
        self.detail_loaded = True

    # --- showing one group ---------------------------------------------------------------

    def _render_detail(self) -> None:
        if self.detail is None:
            return
        g = self.detail.group
        me = self.ctx.session.person_id
        self.name_label.setText(g.name)
        self.purpose_label.setText(g.purpose or self.tr(
            "No purpose written down yet. What do you want to get better at together?"))
        self.purpose_label.setProperty("role", "" if g.purpose else "hint")
        self.purpose_label.style().polish(self.purpose_label)
        names = [self.tr("%1 (you)").replace("%1", name) if pid == me else name
                 for pid, name in g.members]
        self.members_card.heading.setText(self.tr("Members (%1)").replace(
            "%1", str(len(g.members))))
        lines = [", ".join(names) or self.tr("Nobody yet.")]
        if g.invited:
            lines.append(self.tr("Invited, no answer yet: %1").replace(
                "%1", ", ".join(name for _pid, name in g.invited)))
        if g.declined:
            lines.append(self.tr("Declined: %1").replace(
                "%1", ", ".join(name for _pid, name in g.declined)))
        self.members_label.setText("\n".join(lines))
        self.mix.set_mix(g.mix)
        advice = size_advice(g.warning)
        self.advice_label.setText(advice)
        self.advice_box.setVisible(bool(advice))
        if g.guide_id:
            guide = g.guide_name + (self.tr(" (you)") if g.guide_id == me else "")
            self.guide_label.setText(guide)
            self.guide_label.setProperty("role", "")
        elif g.guide_invited is not None:
            self.guide_label.setText(self.tr("%1 (invited, no answer yet)").replace(
                "%1", g.guide_invited[1]))
            self.guide_label.setProperty("role", "hint")
        else:
            self.guide_label.setText(self.tr(
                "No guide. An experienced colleague can help the group now and then; "
                "choose one with Edit group."))
            self.guide_label.setProperty("role", "hint")
        self.guide_label.style().polish(self.guide_label)
        self.leave_button.setEnabled(me in {pid for pid, _n in g.members} or g.guide_id == me)
        self._render_situations()
        self._render_cycles()

    def _render_situations(self) -> None:
        assert self.detail is not None
        d = self.detail
        me = self.ctx.session.person_id
        if d.situations:
            grey = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
            lines = [f"&#8226; {escape(s.title)} <span style='color:{grey}'>"
                     f"— {escape(s.owner_name)}</span>" for s in d.situations]
            self.situations_label.setText("<br>".join(lines))
        self.situations_label.setVisible(bool(d.situations))
        member = me in {pid for pid, _n in d.group.members}
        self.bring_menu.clear()
        for s in d.mine:
            text = s.title if not s.group_name else self.tr("%1 (now with %2)").replace(
                "%1", s.title).replace("%2", s.group_name)
            action = self.bring_menu.addAction(text)
            action.setData(s.id)
        self.bring_button.setVisible(member)
        self.bring_button.setEnabled(bool(d.mine))
        if not d.situations:
            hint = self.tr("The group works on bottlenecks and challenges from your own work. "
                           "Bring in one of your work situations to start.")
        elif member and not d.mine:
            hint = self.tr("All your open work situations are with this group.")
        else:
            hint = ""
        if member and not d.mine and not d.situations:
            hint += " " + self.tr("Register one under Work situations first.")
        self.situations_hint.setText(hint)
        self.situations_hint.setVisible(bool(hint))

    def _render_cycles(self) -> None:
        assert self.detail is not None
        lang = self.ctx.language
        keep = self._selected_tree_key()
        self._cycles = {c.id: c for c in self.detail.cycles}
        self._sessions = {s.id: s for c in self.detail.cycles for s in c.sessions}
        self.cycle_tree.clear()
        select: QTreeWidgetItem | None = None
        for c in _in_showing_order(self.detail.cycles):
            first, last = c.sessions[0].day, c.sessions[-1].day
            top = QTreeWidgetItem([
                self.tr("Week cycle %1 – %2").replace("%1", format_date(first, lang))
                .replace("%2", format_date(last, lang)),
                "", time_range(c.start_time), c.room_name or "—",
                cycle_status_name(c.status, done=c.done),
            ])
            top.setIcon(0, icon("calendar"))
            top.setData(0, KIND_ROLE, "cycle")
            top.setData(0, ID_ROLE, c.id)
            top.setData(0, CYCLE_ROLE, c.id)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.cycle_tree.addTopLevelItem(top)
            for s in c.sessions:
                status = (session_status_name(s.status) if c.status is CycleStatus.PLANNED
                          else cycle_status_name(c.status))
                if s.planned_day is not None:
                    # An exception to four days in a row: say where it was planned first.
                    was = (s.planned_start or s.start_time).strftime("%H:%M")
                    status += " · " + self.tr("moved from %1").replace(
                        "%1", f"{format_day(s.planned_day, lang)} {was}")
                child = QTreeWidgetItem([
                    self.tr("Day %1").replace("%1", str(s.day_number)),
                    format_day(s.day, lang), time_range(s.start_time), s.room_name or "—",
                    status,
                ])
                child.setData(0, KIND_ROLE, "session")
                child.setData(0, ID_ROLE, s.id)
                child.setData(0, CYCLE_ROLE, c.id)
                if self._startable(s):
                    child.setIcon(0, icon("play"))
                top.addChild(child)
                if keep == ("session", s.id) or (keep is None and select is None
                                                 and self._startable(s)
                                                 and s.day == self.today):
                    select = child
            if keep == ("cycle", c.id) or self._select_cycle_after == c.id:
                select = top
            top.setExpanded(c.status is CycleStatus.PLANNED and not c.done)
        self._select_cycle_after = None
        has = bool(self.detail.cycles)
        self.cycle_tree.setVisible(has)
        self.cycles_hint.setText(self.tr(
            "No week cycle yet. In a vital week cycle the group meets one hour a day on four "
            "working days in a row, in working time. Plan the first one.") if not has
            else self.tr("To start a session, select it on its day and press Start "
                         "session."))
        self.cycles_hint.setVisible(True)
        if has:
            tops = [self.cycle_tree.topLevelItem(i)
                    for i in range(self.cycle_tree.topLevelItemCount())]
            rows = len(tops) + sum(t.childCount() for t in tops
                                   if t is not None and t.isExpanded())
            row_height = self.cycle_tree.sizeHintForRow(0) or 24
            height = (self.cycle_tree.header().sizeHint().height()
                      + 2 * self.cycle_tree.frameWidth() + 6
                      + row_height * min(max(rows, 5), 12))
            self.cycle_tree.setMinimumHeight(height)
            self.cycle_tree.setMaximumHeight(height)
        if select is not None:
            self.cycle_tree.setCurrentItem(select)
        self.export_note.hide()
        self._update_cycle_buttons()

    def _selected_tree_key(self) -> tuple[str, int] | None:
        item = self.cycle_tree.currentItem()
        if item is None or not item.isSelected():
            return None
        return item.data(0, KIND_ROLE), int(item.data(0, ID_ROLE))

    def selected_session(self) -> SessionRow | None:
        key = self._selected_tree_key()
        return self._sessions.get(key[1]) if key and key[0] == "session" else None

    def selected_cycle(self) -> CycleRow | None:
        item = self.cycle_tree.currentItem()
        if item is None or not item.isSelected():
            return None
        return self._cycles.get(int(item.data(0, CYCLE_ROLE)))

    def session_item(self, session_id: int) -> QTreeWidgetItem | None:
        for i in range(self.cycle_tree.topLevelItemCount()):
            top = self.cycle_tree.topLevelItem(i)
            for j in range(top.childCount() if top is not None else 0):
                child = top.child(j) if top is not None else None
                if child is not None and child.data(0, ID_ROLE) == session_id:
                    return child
        return None

    def _startable(self, s: SessionRow) -> bool:
        cycle = self._cycles.get(s.cycle_id)
        return (cycle is not None and cycle.status is CycleStatus.PLANNED
                and s.status is not SessionStatus.DONE and s.day <= self.today)

    def _update_cycle_buttons(self) -> None:
        session = self.selected_session()
        cycle = self.selected_cycle()
        self.start_session_button.setEnabled(session is not None and self._startable(session))
        running = session is not None and session.status is SessionStatus.RUNNING
        self.start_session_button.setText(self.tr("&Continue session") if running
                                          else self.tr("&Start session"))
        self.cancel_cycle_button.setEnabled(
            cycle is not None and cycle.status is CycleStatus.PLANNED
            and all(s.status is SessionStatus.PLANNED for s in cycle.sessions))
        self.move_button.setEnabled(
            session is not None and cycle is not None and cycle.status is CycleStatus.PLANNED
            and session.status is SessionStatus.PLANNED
            and move_window(session.planned_day or session.day)[1] >= self.today)
        self.export_button.setEnabled(bool(self._cycles))
        if session is not None and not self._startable(session) \
                and session.status is SessionStatus.PLANNED and session.day > self.today:
            self.start_session_button.setToolTip(self.tr("You can start a session on its day."))
        else:
            self.start_session_button.setToolTip("")

    # --- actions -------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        """Window-modal without blocking, so background results keep arriving."""
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def _open_group_dialog(self, group: GroupRow | None) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def load() -> tuple[list[people.PersonRow], list[tuple[int, str, tuple[str, ...]]]]:
            return people.list_people(db, actor), groups.guide_candidates(db, actor)

        def show(loaded: tuple[list[people.PersonRow],
                               list[tuple[int, str, tuple[str, ...]]]]) -> None:
            dialog = GroupDialog(self.ctx, loaded[0], loaded[1], group, self)
            dialog.accepted.connect(lambda: self._remember(dialog.saved_id))
            self._open(dialog)

        self.ctx.call(self, load, show)

    def _remember(self, group_id: int | None) -> None:
        self._select_after_reload = group_id

    def start_group(self) -> None:
        self._open_group_dialog(None)

    def edit_group(self) -> None:
        if self.detail is not None:
            self._open_group_dialog(self.detail.group)

    def leave_group(self) -> None:
        if self.detail is None:
            return
        g = self.detail.group
        db, actor = self.ctx.db, self.ctx.actor
        self.confirmation = confirm(
            self, self.tr("Leave %1?").replace("%1", g.name),
            self.tr("You no longer see the sessions and notes of %1. The others carry on; "
                    "they can invite you again later.").replace("%1", g.name),
            lambda: self.ctx.change(self, lambda: groups.leave_group(db, actor, g.id)))

    def bring_in_situation(self, situation_id: int) -> None:
        if self.detail is None:
            return
        db, actor, group_id = self.ctx.db, self.ctx.actor, self.detail.group.id
        self.ctx.change(self, lambda: groups.attach_situation(db, actor, group_id,
                                                              situation_id))

    def plan_cycle(self) -> None:
        if self.detail is None:
            return
        group = self.detail.group
        db, actor = self.ctx.db, self.ctx.actor

        def load() -> tuple[list[cycles.RoomRow], list[cycles.ClosingDayRow]]:
            return cycles.list_rooms(db, actor), cycles.list_closing_days(db, actor)

        def show(loaded: tuple[list[cycles.RoomRow], list[cycles.ClosingDayRow]]) -> None:
            dialog = PlanCycleDialog(self.ctx, group, loaded[0], loaded[1], self)
            dialog.planned.connect(self._planned)
            self._open(dialog)

        self.ctx.call(self, load, show)

    def _planned(self, cycle_id: int) -> None:
        self._select_cycle_after = cycle_id

    def move_session(self) -> None:
        session, cycle = self.selected_session(), self.selected_cycle()
        if session is None or cycle is None:
            return
        db, actor = self.ctx.db, self.ctx.actor

        def show(closing_days: list[cycles.ClosingDayRow]) -> None:
            self._open(MoveSessionDialog(self.ctx, session, cycle, closing_days, self,
                                         today=self.today))

        self.ctx.call(self, lambda: cycles.list_closing_days(db, actor), show)

    def cancel_cycle(self) -> None:
        cycle = self.selected_cycle()
        if cycle is None:
            return
        lang = self.ctx.language
        db, actor = self.ctx.db, self.ctx.actor
        self.confirmation = confirm(
            self, self.tr("Cancel this week cycle?"),
            self.tr("The four sessions from %1 to %2 are cancelled. Export the calendar "
                    "again, so everyone's calendar shows the cancellation.")
            .replace("%1", format_date(cycle.first_day, lang))
            .replace("%2", format_date(cycle.sessions[-1].day, lang)),
            lambda: self.ctx.change(self, lambda: cycles.cancel_cycle(db, actor, cycle.id)))

    def start_session(self) -> None:
        session = self.selected_session()
        if session is not None and self._startable(session):
            self.start_session_requested.emit(session.id)

    def export_calendar(self, path: Path | None = None) -> None:
        """Save the group's cycles as an .ics file that calendar programs import."""
        if self.detail is None:
            return
        group = self.detail.group
        if path is None:
            suggested = Path.home() / f"{_file_name(group.name)}.ics"
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to calendar"), str(suggested),
                self.tr("Calendar files (*.ics)"))
            if not name:
                return
            path = Path(name)
            if path.suffix.lower() != ".ics":
                path = path.with_suffix(".ics")
        db, actor, lang = self.ctx.db, self.ctx.actor, self.ctx.language
        target = path

        def work() -> Path:
            # Complete or not at all: a calendar program never reads half a file.
            return write_atomic(target, cycles.calendar_for_group(db, actor, group.id, lang))

        self.ctx.call(self, work, self._exported)

    def _exported(self, path: Path) -> None:
        self.export_path = path
        self.export_note.setText(self.tr(
            "Saved as %1. Open this file with your calendar program (such as Outlook or "
            "Google Calendar) or send it to the group.").replace("%1", path.name))
        self.export_note.setToolTip(str(path))
        self.export_note.show()

    # --- texts ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Learning groups"))
        self.intro.setText(self.tr(
            "Learn with colleagues you chose, on situations from your own work, one hour a "
            "day for four days, in working time."))
        self.list.setAccessibleName(self.tr("My learning groups"))
        self.start_button.setText(self.tr("Start a &learning group"))
        self.edit_button.setText(self.tr("&Edit group"))
        self.leave_button.setText(self.tr("Lea&ve group"))
        self.members_card.heading.setText(self.tr("Members"))
        self.guide_card.heading.setText(self.tr("Guide"))
        self.situations_card.heading.setText(self.tr("Work situations"))
        self.cycles_card.heading.setText(self.tr("Week cycles"))
        self.bring_button.setText(self.tr("&Bring in one of my situations"))
        self.plan_button.setText(self.tr("&Plan a week cycle…"))
        self.cancel_cycle_button.setText(self.tr("Ca&ncel cycle"))
        self.move_button.setText(self.tr("&Move session…"))
        self.move_button.setToolTip(self.tr(
            "Someone ill, or the room taken? Move the selected session to another day."))
        self.export_button.setText(self.tr("E&xport to calendar…"))
        self.cycle_tree.setHeaderLabels([self.tr("Session"), self.tr("Date"), self.tr("Time"),
                                         self.tr("Room"), self.tr("Status")])
        self.cycle_tree.setAccessibleName(self.tr("Week cycles and their sessions"))
        self.empty.set_texts(
            self.tr("Learn together in a learning group"),
            self.tr("A learning group is 3 to 6 colleagues who choose each other, young and "
                    "old mixed. You meet one hour a day, four days in a row, in working "
                    "time, and work on situations from your own work."))
        self.empty_start.setText(self.tr("Start a learning group"))
        for row, g in enumerate(self.rows):
            if self.list.item(row):
                self.list.item(row).setText(self._group_label(g))
        self._update_cycle_buttons()
        self._render_detail()


def _in_showing_order(found: list[CycleRow]) -> list[CycleRow]:
    """Cycles still to come (or going on) first, soonest on top; then the past, latest first."""
    active = [c for c in found if c.status is CycleStatus.PLANNED and not c.done]
    rest = [c for c in found if c not in active]
    return (sorted(active, key=lambda c: c.first_day)
            + sorted(rest, key=lambda c: c.first_day, reverse=True))


def _file_name(name: str) -> str:
    """A group name made safe as a file name on every system."""
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip()
    return safe or "calendar"
