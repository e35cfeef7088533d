"""The main window: login screen, then a sidebar with the areas this person may use."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import messages
from app.access import Operation
from app.services import auth
from app.services.organisation import idle_lock_minutes, organisation_name
from ui.context import AppContext
from ui.icons import icon
from ui.idle import IdleLock
from ui.login import LoginScreen
from ui.parked import ParkedWork, unsaved_dialogs
from ui.screen import fit_to_screen

if TYPE_CHECKING:
    from ui.dialogs.passwords import ChangePasswordDialog
    from ui.dialogs.sync_conflicts import SyncConflictsDialog
    from ui.session_clock import SessionClock
    from ui.sync_runner import SyncRunner
    from ui.views.session_runner import SessionRunner
    from ui.widgets.offline_bar import OfflineBar


@dataclass
class Area:
    key: str
    icon: str
    title: Callable[[], str]
    build: Callable[[], QWidget]
    operation: Operation | None = None
    # The same key for the same screen whoever is logged in (a missing screen leaves a gap).
    shortcut: str | None = None
    # Only for someone's direct manager: added once the database says so (My team).
    needs_reports: bool = False


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, idle: IdleLock) -> None:
        super().__init__()
        self.ctx = ctx
        self.idle = idle
        self.setWindowTitle("Regiestoel")
        self.setMinimumSize(QSize(820, 560))
        local = ctx.local
        # As it was left, within the free part of this screen (a laptop's 1366×768 keeps its
        # status bar in view).
        fit_to_screen(self, QSize(local.window_width or 1180, local.window_height or 760))
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.login = LoginScreen(ctx)
        self.pages.addWidget(self.login)
        self.workspace: QWidget | None = None
        self.areas: list[Area] = []
        self.area_widgets: dict[str, QWidget] = {}
        self.sidebar: QListWidget | None = None
        self.area_stack: QStackedWidget | None = None
        self.user_label: QLabel | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.runner: SessionRunner | None = None
        # A session that was running when the laptop locked: (session, who ran it, its clock).
        self.suspended: tuple[int, int | None, SessionClock] | None = None
        self.development_dialog: QWidget | None = None
        # What the last person was typing when the laptop locked, until they are back.
        self.parked: ParkedWork | None = None
        # Who lost unsaved work because someone else logged in: the titles, to tell them.
        self.lost_on_lock: dict[int, list[str]] = {}
        # Set by File > Quit and the tray's Quit: this close quits, never into the tray.
        self.quitting = False
        self.status_org = QLabel()
        self.statusBar().addPermanentWidget(self.status_org)
        self.login.logged_in.connect(self._logged_in)
        self.login.forgot_password.connect(self._forgot_password)
        idle.timed_out.connect(self.lock)
        idle.lock_requested.connect(self.lock)  # Ctrl+L in any window, a message box too
        ctx.bus.notice.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        ctx.bus.lock_requested.connect(self.lock)
        # On a personal copy: the connection with the organisation's database, synced in the
        # background for as long as the program runs (each login shows it in its bar).
        self.sync_runner: SyncRunner | None = None
        self.offline_bar: OfflineBar | None = None
        self.conflicts_dialog: SyncConflictsDialog | None = None
        if ctx.copy is not None:
            from ui.sync_runner import SyncRunner

            self.sync_runner = SyncRunner(ctx, self)
            self.sync_runner.revoked.connect(self._copy_revoked)
            self.sync_runner.conflicts_waiting.connect(lambda _n: self.open_conflicts())
        self._build_menus()
        self.show_login()

    def show_as_left(self) -> None:
        """Show maximised when it was closed maximised, else at the remembered size."""
        if self.ctx.local.window_maximised:
            self.showMaximized()
        else:
            self.show()

    def _remember_window(self) -> None:
        local = self.ctx.local
        local.window_maximised = self.isMaximized()
        if not (self.isMaximized() or self.isFullScreen() or self.isMinimized()):
            local.window_width, local.window_height = self.width(), self.height()

    # --- login and lock ----------------------------------------------------------------

    def show_login(self) -> None:
        self.idle.stop()
        self.ctx.session.actor = None
        self._drop_workspace()
        # The login screen speaks the machine's language, not the last person's.
        if self.ctx.language != self.login.machine_language:
            self.ctx.languages.apply(self.login.machine_language)
        self.pages.setCurrentWidget(self.login)
        self._update_menus()
        self.statusBar().clearMessage()
        self.login.reload()

    def lock(self) -> None:
        """Back to the login screen; nothing of the last person's screens stays in memory."""
        if self.runner is not None:
            # Hidden with everything else, but not ended: its clock pauses, what was typed is
            # saved, and the runner opens again, paused, when the same person logs back in.
            clock = self.runner.suspend()
            if clock is not None:
                self.suspended = (self.runner.session_id, self.ctx.session.person_id, clock)
            self.runner.close()
            self.runner = None
        self._park()
        self._close_dialogs()
        if self.ctx.session.actor is not None:
            self._remember_window()
            self.ctx.local.save()
            self.show_login()

    def _park(self) -> None:
        """Dialogs with typed or chosen input go out of sight with their workspace, kept for
        the same person; dialogs with nothing to lose close below as before."""
        person_id = self.ctx.session.person_id
        if self.workspace is None or person_id is None:
            return
        dialogs = unsaved_dialogs(self)
        if not dialogs:
            return
        state = {name: getattr(self, name) for name in (
            "workspace", "areas", "area_widgets", "sidebar", "area_stack", "user_label",
            "development_dialog", "offline_bar")}
        self.pages.removeWidget(self.workspace)
        self.parked = ParkedWork(person_id, self.workspace, dialogs, self.ctx.bus, state)
        self.workspace = None  # so the login screen drops nothing of it

    def _unpark(self) -> bool:
        """The person who locked is back: their workspace and dialogs as they left them.
        Anyone else: the parked work goes, and its owner hears so at their next login."""
        parked, self.parked = self.parked, None
        if parked is None:
            return False
        if parked.person_id != self.ctx.session.person_id:
            self.lost_on_lock[parked.person_id] = parked.titles
            parked.drop()
            return False
        for name, value in parked.state.items():
            setattr(self, name, value)
        self.pages.addWidget(parked.workspace)
        self.pages.setCurrentWidget(parked.workspace)
        if self.user_label is not None:
            self.user_label.setText(self.ctx.actor.name)
        self.retranslate()
        db = self.ctx.db
        self.ctx.call(self, lambda: organisation_name(db), self._show_org)
        parked.restore()
        return True

    def _tell_what_was_lost(self) -> None:
        person_id = self.ctx.session.person_id
        titles = self.lost_on_lock.pop(person_id, None) if person_id is not None else None
        if not titles:
            return
        self.lost_notice = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Not kept"),
            self.tr("While the laptop was locked, someone else logged in. What you had "
                    "typed and not saved in these windows was not kept: %1").replace(
                "%1", ", ".join(f"“{t}”" for t in titles)),
            QMessageBox.StandardButton.Ok, self)
        self.lost_notice.open()

    def _close_dialogs(self) -> None:
        """Every dialog of the last person goes with the lock, also one on the main window
        (a development question, a new password): nothing stays over the login screen. What
        was typed in them and not saved is gone, as a lock means."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)  # no "discard changes?" question
        self.development_dialog = None

    def _logged_in(self, result: auth.LoginResult, typed_password: str) -> None:
        self.ctx.session.actor = result.actor
        # My own language for my session; without a choice, the login screen's.
        wanted = result.language or self.login.machine_language
        if wanted != self.ctx.language:
            self.ctx.languages.apply(wanted)
        self.ctx.local.save()
        if result.must_change_password:
            # Window-modal but not blocking: the workspace opens once a new password is set.
            from ui.dialogs.passwords import ChangePasswordDialog

            self.password_dialog = ChangePasswordDialog(self.ctx, self,
                                                        known_current=typed_password)
            self.password_dialog.accepted.connect(self._open_workspace)
            self.password_dialog.open()
            return
        self._open_workspace()

    def login_as(self, result: auth.LoginResult, typed_password: str) -> None:
        """Logged in elsewhere (the password that opened a personal copy): straight in."""
        self.ctx.local.last_person_id = result.actor.person_id or 0
        self._logged_in(result, typed_password)

    def _open_workspace(self) -> None:
        self.password_dialog = None
        if not self._unpark():
            workspace = self._build_workspace()
            self.pages.setCurrentWidget(workspace)
        self._update_menus()
        db = self.ctx.db
        self.ctx.call(self, lambda: idle_lock_minutes(db), self.idle.start)
        self._resume_session()
        self._tell_what_was_lost()
        if self.sync_runner is not None:
            self.sync_runner.at_login()
            self._warn_when_stale()

    # --- on a personal copy ------------------------------------------------------------

    def _warn_when_stale(self) -> None:
        """A copy not synced for 30 days says so at login, not only in its bar."""
        runner, bar = self.sync_runner, self.offline_bar
        if runner is None or bar is None or not runner.is_stale():
            return
        self.stale_notice = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Your copy is out of date"),
            bar.stale_text(runner.days_without_sync()), QMessageBox.StandardButton.Ok, self)
        self.stale_notice.open()

    def open_conflicts(self) -> None:
        """The changes that clashed, side by side, to keep one or merge them."""
        from ui.dialogs.sync_conflicts import SyncConflictsDialog

        if self.ctx.copy is None or self.ctx.session.actor is None:
            return
        if self.conflicts_dialog is not None and isValid(self.conflicts_dialog) \
                and self.conflicts_dialog.isVisible():
            return
        dialog = SyncConflictsDialog(self.ctx, self)
        if self.sync_runner is not None:
            dialog.resolved.connect(self.sync_runner.sync_now)
        self.conflicts_dialog = dialog
        dialog.open()

    def open_refused(self) -> None:
        """Changes the organisation's database did not take over, and why."""
        from ui.dialogs.sync_conflicts import RefusedChangesDialog

        if self.ctx.copy is None or self.ctx.session.actor is None:
            return
        dialog = RefusedChangesDialog(self.ctx, self)
        if self.sync_runner is not None:
            dialog.accepted.connect(self.sync_runner.recount)
        self.refused_dialog = dialog
        dialog.open()

    def _copy_revoked(self) -> None:
        """The owner revoked this laptop's copy: sync removed it; the program stops, and
        starts on the organisation's database next time."""
        self.ctx.local.personal_copy_dir = ""
        self.ctx.local.save()
        # Its files are gone: nothing may read the copy again (a login screen would).
        self.idle.stop()
        self._close_dialogs()
        self.ctx.session.actor = None
        self._drop_workspace()
        self._update_menus()
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Personal copy removed"),
            self.tr("The owner of Regiestoel has withdrawn the personal copy on this laptop, "
                    "so it has been removed. Regiestoel closes now; next time it works on "
                    "your organisation's database again."),
            QMessageBox.StandardButton.Ok, self)
        box.finished.connect(lambda _r: self.quit())
        self.revoked_notice = box
        box.open()

    def _resume_session(self) -> None:
        suspended, self.suspended = self.suspended, None
        if suspended is None:
            return
        session_id, person_id, clock = suspended
        if person_id != self.ctx.session.person_id:
            # Someone else: the session stays open on this laptop; whoever runs it starts it
            # again from Mijn regie or the group, where it is listed for today.
            return
        self.open_session(session_id, resume=clock)
        self.statusBar().showMessage(self.tr(
            "Your session is paused while the laptop was locked. Press Start to go on."), 15_000)

    def _forgot_password(self, person_id: int) -> None:
        from ui.dialogs.passwords import RecoveryDialog

        RecoveryDialog(self.ctx, person_id, self).exec()

    # --- workspace ---------------------------------------------------------------------

    def _area_list(self) -> list[Area]:
        return [
            Area("home", "home", lambda: self.tr("My learning"), self._build_home,
                 shortcut="Ctrl+1"),
            Area("team", "team", lambda: self.tr("My team"), self._build_my_team,
                 needs_reports=True),
            Area("situations", "situations", lambda: self.tr("Work situations"),
                 self._build_situations, shortcut="Ctrl+2"),
            Area("groups", "groups", lambda: self.tr("Learning groups"), self._build_groups,
                 shortcut="Ctrl+3"),
            Area("lessons", "lessons", lambda: self.tr("Lessons learned"), self._build_lessons,
                 Operation.VIEW_LESSONS, "Ctrl+4"),
            Area("conversations", "conversations", lambda: self.tr("Conversations"),
                 self._build_conversations, shortcut="Ctrl+5"),
            Area("budget", "budget", lambda: self.tr("Learning & budget"), self._build_budget,
                 shortcut="Ctrl+6"),
            Area("culture", "culture", lambda: self.tr("Learning culture"), self._build_culture,
                 Operation.VIEW_CULTURE_RESULTS, "Ctrl+7"),
            Area("dashboard", "dashboard", lambda: self.tr("Dashboard"), self._build_dashboard,
                 Operation.VIEW_DASHBOARD, "Ctrl+8"),
            Area("people", "people", lambda: self.tr("People"), self._build_people,
                 Operation.VIEW_PEOPLE, "Ctrl+9"),
            Area("audit", "audit", lambda: self.tr("Audit log"), self._build_audit,
                 Operation.VIEW_AUDIT_LOG),
            Area("settings", "settings", lambda: self.tr("Settings"), self._build_settings,
                 Operation.VIEW_SETTINGS, "Ctrl+0"),
        ]

    # Views are imported when first opened: the login screen appears without loading them.

    def _build_home(self) -> QWidget:
        from ui.views.home import HomeView

        view = HomeView(self.ctx, self.go_to)
        view.start_session_requested.connect(self.open_session)
        view.development_requested.connect(self.open_development)
        return view

    def _build_my_team(self) -> QWidget:
        from ui.views.my_team import MyTeamView

        return MyTeamView(self.ctx, navigate=self.go_to)

    def _build_situations(self) -> QWidget:
        from ui.views.situations import SituationsView

        return SituationsView(self.ctx, navigate=self.go_to)

    def _build_groups(self) -> QWidget:
        from ui.views.groups import GroupsView

        view = GroupsView(self.ctx)
        view.start_session_requested.connect(self.open_session)
        return view

    def _build_lessons(self) -> QWidget:
        from ui.views.lessons import LessonsView

        return LessonsView(self.ctx)

    def _build_conversations(self) -> QWidget:
        from ui.views.conversations import ConversationsView

        return ConversationsView(self.ctx)

    def _build_budget(self) -> QWidget:
        from ui.views.budget import BudgetView

        return BudgetView(self.ctx)

    def _build_culture(self) -> QWidget:
        from ui.views.culture import CultureView

        return CultureView(self.ctx)

    def _build_dashboard(self) -> QWidget:
        from ui.views.dashboard import DashboardView

        return DashboardView(self.ctx, navigate=self.go_to)

    def _build_people(self) -> QWidget:
        from ui.views.people import PeopleView

        return PeopleView(self.ctx)

    def _build_audit(self) -> QWidget:
        from ui.views.audit import AuditView

        return AuditView(self.ctx)

    def _build_settings(self) -> QWidget:
        from ui.views.settings import SettingsView

        return SettingsView(self.ctx)

    # --- windows opened from the areas ---------------------------------------------------

    def open_session(self, session_id: int, resume: SessionClock | None = None) -> None:
        """The session runner, in its own window so it can go full screen in the room."""
        from ui.views.session_runner import SessionRunner

        if self.runner is not None:
            self.runner.close()
        self.runner = SessionRunner(self.ctx, session_id, idle=self.idle, resume=resume)
        self.runner.lock_requested.connect(self.lock)
        self.runner.show()

    def open_development(self) -> None:
        from app.services import development
        from ui.dialogs.development import DevelopmentDialog

        db, actor = self.ctx.db, self.ctx.actor

        def show(current: object) -> None:
            self.development_dialog = DevelopmentDialog(self.ctx, current, self)  # type: ignore[arg-type]
            self.development_dialog.open()

        self.ctx.call(self, lambda: development.my_question(db, actor), show)

    def _build_workspace(self) -> QWidget:
        self._drop_workspace()
        self.areas = [a for a in self._area_list() if not a.needs_reports
                      and (a.operation is None or self.ctx.session.may(a.operation))]
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        side = QWidget()
        side.setObjectName("sidepanel")
        side.setMinimumWidth(220)
        side.setMaximumWidth(280)
        column = QVBoxLayout(side)
        column.setContentsMargins(6, 10, 6, 10)
        sidebar = QListWidget()
        sidebar.setObjectName("sidebar")
        sidebar.setIconSize(QSize(22, 22))
        sidebar.setAccessibleName(self.tr("Areas"))
        for area in self.areas:
            sidebar.addItem(QListWidgetItem(icon(area.icon), area.title()))
        column.addWidget(sidebar, 1)
        user_row = QHBoxLayout()
        user = QLabel(self.ctx.actor.name)
        user.setWordWrap(True)
        lock = QToolButton()
        lock.setIcon(icon("lock"))
        lock.setAutoRaise(True)
        lock.setToolTip(self.tr("Lock (Ctrl+L)"))
        lock.setAccessibleName(self.tr("Lock"))
        lock.clicked.connect(self.lock)
        user_row.addWidget(QLabel(pixmap=icon("person").pixmap(20, 20)))
        user_row.addWidget(user, 1)
        user_row.addWidget(lock)
        column.addLayout(user_row)
        stack = QStackedWidget()
        row.addWidget(side)
        if self.sync_runner is not None:
            from ui.widgets.offline_bar import OfflineBar

            right = QVBoxLayout()
            right.setSpacing(0)
            self.offline_bar = OfflineBar(self.ctx, self.sync_runner)
            self.offline_bar.conflicts_requested.connect(self.open_conflicts)
            self.offline_bar.refused_requested.connect(self.open_refused)
            right.addWidget(self.offline_bar)
            right.addWidget(stack, 1)
            row.addLayout(right, 1)
        else:
            row.addWidget(stack, 1)
        self.sidebar, self.area_stack, self.user_label = sidebar, stack, user
        self.lock_button = lock
        self.area_widgets = {}
        sidebar.currentRowChanged.connect(self._area_chosen)
        self.pages.addWidget(workspace)
        self.workspace = workspace
        sidebar.setCurrentRow(0)
        db = self.ctx.db
        self.ctx.call(self, lambda: organisation_name(db), self._show_org)
        self._ask_for_reports(sidebar)
        return workspace

    def _ask_for_reports(self, sidebar: QListWidget) -> None:
        """My team appears in the sidebar for whoever has direct reports."""
        from app.services.my_team import has_reports

        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: has_reports(db, actor),
                      lambda has: self._add_team_area(sidebar, actor.person_id, has))

    def _add_team_area(self, sidebar: QListWidget, person_id: int | None, has: bool) -> None:
        # The answer is for the sidebar and person that asked, not a later login's.
        if not has or sidebar is not self.sidebar or person_id != self.ctx.session.person_id \
                or any(a.key == "team" for a in self.areas):
            return
        every = self._area_list()
        order = [a.key for a in every]
        row = sum(1 for a in self.areas if order.index(a.key) < order.index("team"))
        team = every[order.index("team")]
        # The area first, then its row: a current row that shifts still finds its own area.
        self.areas.insert(row, team)
        sidebar.insertItem(row, QListWidgetItem(icon(team.icon), team.title()))
        self._update_menus()

    def _show_org(self, name: str) -> None:
        actor = self.ctx.session.actor
        if actor is not None:
            self.status_org.setText(f"{name}  ·  {actor.name}")

    def _drop_workspace(self) -> None:
        if self.workspace is not None:
            self.pages.removeWidget(self.workspace)
            self.workspace.deleteLater()
        self.workspace = None
        self.sidebar = self.area_stack = None
        self.offline_bar = None
        self.area_widgets = {}
        self.areas = []
        self.status_org.setText("")

    def _area_chosen(self, row: int) -> None:
        if self.area_stack is None or not 0 <= row < len(self.areas):
            return
        area = self.areas[row]
        widget = self.area_widgets.get(area.key)
        if widget is None:
            # Built on first visit only: start-up stays fast, data is loaded when needed.
            widget = area.build()
            self.area_widgets[area.key] = widget
            self.area_stack.addWidget(widget)
        self.area_stack.setCurrentWidget(widget)

    def go_to(self, key: str) -> QWidget | None:
        for row, area in enumerate(self.areas):
            if area.key == key and self.sidebar is not None:
                self.sidebar.setCurrentRow(row)
                return self.area_widgets.get(key)
        return None

    def current_area(self) -> QWidget | None:
        return self.area_stack.currentWidget() if self.area_stack is not None else None

    # --- menus -------------------------------------------------------------------------

    def _action(self, menu: QMenu, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                icon_name: str | None = None
                ) -> QAction:
        action = menu.addAction("")
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.act_lock = self._action(self.file_menu, self.lock, "Ctrl+L", "lock")
        self.act_switch = self._action(self.file_menu, self.lock, None, "logout")
        self.act_password = self._action(
            self.file_menu, self._change_password, None, "key")
        self.file_menu.addSeparator()
        self.act_quit = self._action(self.file_menu, self.quit, QKeySequence.StandardKey.Quit,
                                     "quit")
        self.go_menu = bar.addMenu("")
        # One entry per screen, each with its own key; those a person may not use are hidden.
        self.go_actions: dict[str, QAction] = {}
        for area in self._area_list():
            self.go_actions[area.key] = self._action(
                self.go_menu, partial(self.go_to, area.key), area.shortcut, area.icon)
        self.people_menu = bar.addMenu("")
        self.act_new_person = self._action(
            self.people_menu, lambda: self._people_action("add_person"), "Ctrl+N", "add")
        self.act_import = self._action(
            self.people_menu, lambda: self._people_action("import_people"), None, "import")
        self.act_export = self._action(
            self.people_menu, lambda: self._people_action("export_people"), None, "export")
        self.help_menu = bar.addMenu("")
        self.act_about = self._action(self.help_menu, self._about, None, "info")
        self.retranslate()

    # The dialogs of the menus are imported when first asked for: not before the login screen.
    def _change_password(self) -> None:
        from ui.dialogs.passwords import ChangePasswordDialog

        # Window-modal without blocking, like the other dialogs: background results arrive.
        dialog = ChangePasswordDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("Your password has been changed."), 10_000))
        self.password_change = dialog
        dialog.open()

    def _about(self) -> None:
        from ui.dialogs.about import AboutDialog

        AboutDialog(self).exec()

    def _people_action(self, name: str) -> None:
        view = self.go_to("people")
        if view is not None and hasattr(view, name):
            getattr(view, name)()

    def _update_menus(self) -> None:
        logged_in = self.ctx.session.actor is not None
        manage = self.ctx.session.may(Operation.MANAGE_PEOPLE)
        for act in (self.act_lock, self.act_switch, self.act_password):
            act.setEnabled(logged_in)
        self.go_menu.menuAction().setVisible(logged_in)
        self.people_menu.menuAction().setVisible(logged_in and manage)
        mine = {a.key for a in self.areas} if logged_in else set()
        for area in self._area_list():
            act = self.go_actions[area.key]
            act.setVisible(area.key in mine)
            act.setEnabled(area.key in mine)  # a hidden action's key must not work either
            # A "&" in an area's name is a letter in a menu, not a shortcut marker.
            act.setText(area.title().replace("&", "&&"))

    def set_read_only(self, read_only: bool) -> None:
        """Say in the title and the status bar that nothing can be changed in this window."""
        word = messages.text("read_only_label", self.ctx.language)
        self.setWindowTitle(f"Regiestoel — {word}" if read_only else "Regiestoel")
        label: QLabel | None = getattr(self, "read_only_label", None)
        if label is None and read_only:
            label = self.read_only_label = QLabel(word)
            label.setStyleSheet("font-weight: bold")
            self.statusBar().addPermanentWidget(label)
        if label is not None:
            label.setVisible(read_only)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.act_lock.setText(self.tr("&Lock"))
        self.act_switch.setText(self.tr("&Switch user"))
        self.act_password.setText(self.tr("Change &password…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.people_menu.setTitle(self.tr("&People"))
        self.act_new_person.setText(self.tr("&New person…"))
        self.act_import.setText(self.tr("&Import from CSV…"))
        self.act_export.setText(self.tr("&Export to CSV…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_about.setText(self.tr("&About Regiestoel"))
        if self.sidebar is not None:
            for row, area in enumerate(self.areas):
                self.sidebar.item(row).setText(area.title())
            self.sidebar.setAccessibleName(self.tr("Areas"))
        if getattr(self, "lock_button", None) is not None and self.workspace is not None:
            self.lock_button.setToolTip(self.tr("Lock (Ctrl+L)"))
            self.lock_button.setAccessibleName(self.tr("Lock"))
        self._update_menus()

    def quit(self) -> None:
        """Quit the program (the window's close may otherwise keep it in the tray)."""
        self.quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self._remember_window()
        self.ctx.local.save()
        self.ctx.tasks.wait(10_000)
        super().closeEvent(event)
        app = QApplication.instance()
        if app is not None:
            app.quit()

