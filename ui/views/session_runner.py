"""The session runner: one hour on the meeting-room screen, readable from two metres.

A large countdown of the current block, the next block, attendance with check-in ratings,
notes and actions. Space pauses, the arrow keys move between blocks, F11 is full screen.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.services import sessions
from app.services.sessions import SessionRecord, SessionView
from models import SessionStatus
from models.errors import DomainError
from ui.context import AppContext
from ui.i18n import format_date
from ui.icons import icon
from ui.idle import IdleLock
from ui.screen import fit_to_screen
from ui.session_clock import SessionClock, format_clock
from ui.widgets.attendance import AttendancePanel
from ui.widgets.common import FieldError, hint_label, role_label
from ui.widgets.date_field import DateField

AUTOSAVE_MS = 30_000
# Finishing more than this before the planned end asks how many minutes to count.
EARLY_MARGIN_MINUTES = 5
TICK_MS = 200


def this_laptop() -> str:
    """How a second laptop is told where the session runs."""
    return socket.gethostname() or "?"


def _big(label: QLabel, points: int, bold: bool = True) -> QLabel:
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)
    return label


class _Countdown(QLabel):
    """The big clock: 96 points where there is room, smaller on a short screen (a laptop at
    768 pixels with the finished session's result shown) instead of cut off."""

    LARGEST, SMALLEST = 96, 36

    def __init__(self, text: str) -> None:
        super().__init__(text)
        _big(self, self.LARGEST)

    def _metrics(self, points: int) -> QFontMetrics:
        font = QFont(self.font())
        font.setPointSize(points)
        return QFontMetrics(font)

    def _size_at(self, points: int) -> QSize:
        metrics = self._metrics(points)
        margins = self.contentsMargins()
        return QSize(metrics.horizontalAdvance("60:00") + margins.left() + margins.right(),
                     metrics.height() + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # Always the largest size, so the layout never follows the shrunken font.
        return self._size_at(self.LARGEST)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self._size_at(self.SMALLEST)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        points = self.LARGEST
        while points > self.SMALLEST:
            size = self._size_at(points)
            if size.height() <= self.height() and size.width() <= self.width():
                break
            points -= 4
        if self.font().pointSize() != points:
            font = QFont(self.font())
            font.setPointSize(points)
            self.setFont(font)


class SessionRunner(QWidget):
    finished = Signal(int)  # session id, once it has been closed and its hours logged
    lock_requested = Signal()  # Ctrl+L in the runner locks the laptop as in the main window

    def __init__(self, ctx: AppContext, session_id: int, *, idle: IdleLock | None = None,
                 clock: Callable[[], float] = time.monotonic, where: str | None = None,
                 resume: SessionClock | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.session_id = session_id
        self.idle = idle
        self.where = where or this_laptop()
        self.time_source = clock
        self.view: SessionView | None = None
        self.clock: SessionClock | None = None
        self.attendance: AttendancePanel | None = None
        self.dirty = False
        self.done = False
        self._opened_at = clock()
        # The clock of this session before the laptop was locked: it goes on where it was.
        self.resume = resume
        self._holding_idle = False
        self.setWindowTitle("Regiestoel")
        self._build()
        # Big on a big screen, but never beyond a laptop's free screen: attendance and
        # Finish stay reachable at 1366×768.
        fit_to_screen(self, QSize(1200, 800))
        self._shortcuts()
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save)
        self.retranslate()
        self._open()

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        self.group_label = _big(role_label(), 20)
        self.theme_label = hint_label()
        self.fullscreen_button = QToolButton()
        self.fullscreen_button.setIcon(icon("fullscreen"))
        self.fullscreen_button.clicked.connect(self.toggle_fullscreen)
        titles = QVBoxLayout()
        titles.addWidget(self.group_label)
        titles.addWidget(self.theme_label)
        header.addLayout(titles, 1)
        header.addWidget(self.fullscreen_button)
        outer.addLayout(header)
        self.error = FieldError()
        outer.addWidget(self.error)

        middle = QHBoxLayout()
        self.blocks = QListWidget()
        self.blocks.setMaximumWidth(360)
        self.blocks.setMinimumWidth(260)
        self.blocks.setWordWrap(True)
        self.blocks.setSpacing(4)
        self.blocks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        _big(self.blocks, 13, bold=False)  # type: ignore[arg-type]
        self.blocks.currentRowChanged.connect(self._block_chosen)
        middle.addWidget(self.blocks)
        stage = QFrame()
        stage.setObjectName("stage")
        column = QVBoxLayout(stage)
        self.block_title = _big(role_label(wrap=True), 28)
        self.block_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = _Countdown("60:00")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName("countdown")
        self.prompt = _big(QLabel(), 16, bold=False)
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_label = _big(hint_label(), 14, bold=False)
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        controls = QHBoxLayout()
        self.previous_button = QPushButton(icon("previous"), "")
        self.play_button = QPushButton(icon("play"), "")
        self.next_button = QPushButton(icon("next"), "")
        for b in (self.previous_button, self.play_button, self.next_button):
            b.setMinimumHeight(44)
            _big(b, 13, bold=False)  # type: ignore[arg-type]
        self.previous_button.clicked.connect(lambda: self._move(-1))
        self.play_button.clicked.connect(self.toggle)
        self.next_button.clicked.connect(lambda: self._move(1))
        controls.addStretch(1)
        for b in (self.previous_button, self.play_button, self.next_button):
            controls.addWidget(b)
        controls.addStretch(1)
        column.addWidget(self.block_title)
        column.addWidget(self.countdown)
        self.clock_state = _big(QLabel(), 16)
        self.clock_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock_state.setWordWrap(True)
        column.addWidget(self.clock_state)
        column.addWidget(self.prompt)
        column.addStretch(1)
        column.addWidget(self.next_label)
        column.addLayout(controls)
        middle.addWidget(stage, 1)
        outer.addLayout(middle, 3)

        self.tabs = QTabWidget()
        self.attendance_holder = QWidget()
        QVBoxLayout(self.attendance_holder)
        self.notes = QPlainTextEdit()
        self.notes.textChanged.connect(self._mark_dirty)
        self.tabs.addTab(self.attendance_holder, icon("energy"), "")
        self.tabs.addTab(self.notes, icon("edit"), "")
        self.tabs.addTab(self._actions_tab(), icon("action"), "")
        self.tabs.addTab(self._finish_tab(), icon("finish"), "")
        outer.addWidget(self.tabs, 2)

    def _actions_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.action_title = QLineEdit()
        self.action_owner = QComboBox()
        self.action_due = DateField(lambda: self.ctx.language, date.today() + timedelta(days=7))
        self.add_action_button = QPushButton(icon("add"), "")
        self.add_action_button.clicked.connect(self.add_action)
        self.action_title.returnPressed.connect(self.add_action)
        top = Qt.AlignmentFlag.AlignTop  # the date's message below it does not move the row
        row.addWidget(self.action_title, 3, top)
        row.addWidget(self.action_owner, 1, top)
        row.addWidget(self.action_due, 0, top)
        row.addWidget(self.add_action_button, 0, top)
        layout.addLayout(row)
        self.action_error = FieldError()
        layout.addWidget(self.action_error)
        self.actions_list = QListWidget()
        layout.addWidget(self.actions_list)
        self.coach_button = QPushButton(icon("coach"), "")
        self.coach_button.clicked.connect(self.ask_coach)
        coach_row = QHBoxLayout()
        coach_row.addWidget(self.coach_button)
        coach_row.addStretch(1)
        layout.addLayout(coach_row)
        self.dialog: QDialog | None = None
        return page

    def ask_coach(self) -> None:
        """Proposed actions from the notes: saved first, so the coach reads what is typed."""
        from ui.widgets.coach_panel import CoachDialog

        self.dirty = True
        self.save()
        self.dialog = CoachDialog(self.ctx, "actions", self.session_id,
                                  accept_text=self.tr("Review and save actions…"),
                                  on_accept=self.review_actions, parent=self)
        self.dialog.open()

    def review_actions(self, text: str) -> None:
        from app.ai.tasks import parse_actions
        from ui.dialogs.action_proposals import ActionProposalsDialog

        owners = [(self.action_owner.itemData(i), self.action_owner.itemText(i))
                  for i in range(self.action_owner.count())]
        db, actor, sid = self.ctx.db, self.ctx.actor, self.session_id
        review = ActionProposalsDialog(self.ctx, sid, parse_actions(text) or [text.strip()],
                                       owners, parent=self.dialog or self)
        review.accepted.connect(lambda: self.ctx.call(
            self, lambda: sessions.get_session(db, actor, sid, self.ctx.language),
            self._show_actions))
        self.review = review
        review.open()

    def _finish_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary_hint = hint_label()
        self.summary = QPlainTextEdit()
        self.summary.textChanged.connect(self._mark_dirty)
        self.finish_button = QPushButton(icon("finish"), "")
        self.finish_button.clicked.connect(self.finish)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.summary_hint.setBuddy(self.summary)  # what a screen reader says for the field
        layout.addWidget(self.summary_hint)
        layout.addWidget(self.summary, 1)
        row = QHBoxLayout()
        row.addWidget(self.result, 1)
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        return page

    def _shortcuts(self) -> None:
        # Text fields take their own keys first, so typing a space in the notes never pauses.
        keys: list[tuple[Qt.Key, Callable[[], None]]] = [
            (Qt.Key.Key_Space, self.toggle),
            (Qt.Key.Key_Left, lambda: self._move(-1)),
            (Qt.Key.Key_Right, lambda: self._move(1)),
            (Qt.Key.Key_F11, self.toggle_fullscreen),
            (Qt.Key.Key_Escape, self._leave_fullscreen),
        ]
        lock = QShortcut(QKeySequence("Ctrl+L"), self)
        lock.activated.connect(self.lock_requested)
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)

    # --- loading -------------------------------------------------------------------------

    def _open(self) -> None:
        db, actor, sid, where = self.ctx.db, self.ctx.actor, self.session_id, self.where
        lang = self.ctx.language

        def work() -> SessionView:
            view = sessions.get_session(db, actor, sid, lang)
            if view.status is not SessionStatus.DONE:
                sessions.start_session(db, actor, sid, where)
                view = sessions.get_session(db, actor, sid, lang)
            return view

        self.ctx.call(self, work, self._show, self._refused)

    def _refused(self, error: DomainError) -> None:
        self.error.show_message(self.ctx.describe(error))
        for w in (self.play_button, self.next_button, self.previous_button,
                  self.finish_button, self.add_action_button):
            w.setEnabled(False)

    def _show(self, view: SessionView) -> None:
        self.view = view
        self._opened_at = self.time_source()
        self.done = view.status is SessionStatus.DONE
        minutes = [b.minutes for b in view.agenda.blocks]
        resume = self.resume
        if resume is not None and resume.block_minutes == minutes:
            resume.pause()
            self.clock = resume
        else:
            self.clock = SessionClock(minutes, self.time_source)
            self.resume = None
        self.blocks.clear()
        for b in view.agenda.blocks:
            self.blocks.addItem(QListWidgetItem(f"{b.title}  ·  {b.minutes} min"))
        self.blocks.setCurrentRow(self.clock.index)
        self.attendance = AttendancePanel(view.participants, view.attendance)
        self.attendance.changed.connect(self._mark_dirty)
        layout = self.attendance_holder.layout()
        assert layout is not None
        layout.addWidget(self.attendance)
        layout.addStretch()  # type: ignore[attr-defined]
        self.notes.blockSignals(True)
        self.notes.setPlainText(view.notes)
        self.notes.blockSignals(False)
        self.summary.blockSignals(True)
        self.summary.setPlainText(view.summary)
        self.summary.blockSignals(False)
        self.action_owner.clear()
        for p in view.participants:
            self.action_owner.addItem(p.name, p.id)
        self._show_actions(view)
        self.dirty = False
        if self.done:
            self._show_done()
        else:
            self.autosave.start()
        self.retranslate()
        self.tick()

    def _show_actions(self, view: SessionView) -> None:
        self.actions_list.clear()
        for a in view.actions:
            due = format_date(a.due, self.ctx.language) if a.due else ""
            self.actions_list.addItem(f"{a.title} — {a.owner_name} {due}".strip())

    # --- running -------------------------------------------------------------------------

    def toggle(self) -> None:
        if self.clock is None or self.done:
            return
        self.clock.toggle()
        if self.clock.running:
            self.ticker.start()
            self.resume = None
        self._hold_idle()
        self.tick()

    def _hold_idle(self) -> None:
        """The laptop does not lock while the clock runs; paused or done, it locks as usual,
        so energy scores and notes never stay on an unattended screen."""
        want = self.clock is not None and self.clock.running and not self.done
        if self.idle is None or want == self._holding_idle:
            return
        self._holding_idle = want
        if want:
            self.idle.pause()
        else:
            self.idle.resume()

    def suspend(self) -> SessionClock | None:
        """The laptop locks: pause the clock and save, so the session goes on after unlock."""
        if self.clock is not None:
            self.clock.pause()
        self._hold_idle()
        self.save()
        return None if self.done or self.view is None else self.clock

    def _move(self, step: int) -> None:
        if self.clock is None:
            return
        self.clock.go_to(self.clock.index + step)
        self.blocks.setCurrentRow(self.clock.index)
        self.save()

    def _block_chosen(self, row: int) -> None:
        if self.clock is not None and row >= 0 and row != self.clock.index:
            self.clock.go_to(row)
        self.tick()

    def tick(self) -> None:
        if self.clock is None or self.view is None:
            return
        blocks = self.view.agenda.blocks
        current = blocks[self.clock.index]
        self.block_title.setText(current.title)
        self.prompt.setText(current.prompt)
        self.countdown.setText(format_clock(self.clock.remaining()))
        if self.clock.is_last:
            self.next_label.setText(self.tr("Last part of this session"))
        else:
            upcoming = blocks[self.clock.index + 1]
            self.next_label.setText(self.tr("Next: %1 (%2 min)").replace(
                "%1", upcoming.title).replace("%2", str(upcoming.minutes)))
        self.play_button.setText(self.tr("Pause") if self.clock.running else self.tr("Start"))
        self._show_clock_state()
        self.play_button.setIcon(icon("pause" if self.clock.running else "play"))
        over = self.clock.remaining() < 0
        self.countdown.setStyleSheet("color: #b3261e;" if over else "")
        if self.clock.block_just_ended():
            self.soft_signal()

    def _show_clock_state(self) -> None:
        """Paused is said in words under the clock, and the clock dims: seen from the door."""
        clock = self.clock
        if clock is None or self.done or clock.running:
            self.clock_state.setText("")
            self.countdown.setEnabled(True)
            return
        self.countdown.setEnabled(False)  # the palette's dimmed text, in light and dark
        if self.resume is not None:
            self.clock_state.setText(self.tr(
                "Paused while the laptop was locked. Press Start or the space bar to go on."))
        elif any(clock.spent(i) > 0 for i in range(len(clock.block_minutes))):
            self.clock_state.setText(self.tr("Paused"))
        else:
            self.clock_state.setText(self.tr("Not started yet: press Start or the space bar"))

    def soft_signal(self) -> None:
        """A block's time is up: a short beep and a gentle flash, nothing that startles."""
        QApplication.beep()
        self.countdown.setProperty("role", "error")
        self.countdown.setStyleSheet("background: palette(highlight); "
                                     "color: palette(highlighted-text); border-radius: 12px;")
        QTimer.singleShot(1500, self, self._unflash)

    def _unflash(self) -> None:
        self.countdown.setStyleSheet("")
        self.tick()

    def _mark_dirty(self) -> None:
        self.dirty = True

    def record(self) -> SessionRecord:
        attendance = self.attendance.values() if self.attendance is not None else {}
        return SessionRecord(notes=self.notes.toPlainText(),
                             summary=self.summary.toPlainText(), attendance=attendance)

    def save(self) -> None:
        """Saved as the session goes, so a laptop that dies loses at most half a minute."""
        if not self.dirty or self.done or self.view is None:
            return
        self.dirty = False
        db, actor, sid, record = self.ctx.db, self.ctx.actor, self.session_id, self.record()
        self.ctx.change(self, lambda: sessions.save_progress(db, actor, sid, record),
                        on_error=lambda e: self.error.show_message(self.ctx.describe(e)))

    def add_action(self) -> None:
        title = self.action_title.text().strip()
        if not title or self.view is None:
            return
        owner = self.action_owner.currentData()
        due = self.action_due.checked()
        if due is None:
            return
        db, actor, sid = self.ctx.db, self.ctx.actor, self.session_id
        self.action_error.show_message("")

        def done(_changes: Changes) -> None:
            self.action_title.clear()
            self.ctx.call(self, lambda: sessions.get_session(db, actor, sid, self.ctx.language),
                          self._show_actions)

        self.ctx.change(self, lambda: sessions.add_action(db, actor, sid, title, owner, due),
                        done, lambda e: self.action_error.show_message(self.ctx.describe(e)))

    def minutes_spent(self) -> int:
        """The time on the clock, or, when nobody started it, since the runner opened."""
        clock = self.clock
        seconds = sum(clock.spent(i) for i in range(len(clock.block_minutes))) if clock else 0
        if seconds <= 0:
            seconds = self.time_source() - self._opened_at
        return max(1, round(seconds / 60))

    def finish(self) -> None:
        """Finish on time, or ask first when it is early: the hours follow the time spent."""
        if self.view is None or self.done:
            return
        if self.clock is not None:
            self.clock.pause()
        self._hold_idle()
        self.tick()
        spent, planned = self.minutes_spent(), self.view.minutes
        if spent >= planned - EARLY_MARGIN_MINUTES:
            self._finish(None)
            return
        from ui.dialogs.finish_session import FinishSessionDialog

        ask = FinishSessionDialog(self.ctx, spent, planned, self)
        ask.accepted.connect(lambda: self._finish(ask.minutes))
        self.dialog = ask
        ask.open()

    def _finish(self, minutes: int | None) -> None:
        if self.view is None or self.done:
            return
        db, actor, sid, record = self.ctx.db, self.ctx.actor, self.session_id, self.record()
        self.finish_button.setEnabled(False)

        def done(_changes: Changes) -> None:
            self.done = True
            self.autosave.stop()
            self._show_done()
            self.finished.emit(sid)

        self.ctx.change(self, lambda: sessions.finish_session(db, actor, sid, record,
                                                              minutes=minutes),
                        done, self._finish_failed)

    def _finish_failed(self, error: DomainError) -> None:
        self.finish_button.setEnabled(True)
        self.error.show_message(self.ctx.describe(error))

    def _show_done(self) -> None:
        self.ticker.stop()
        self._hold_idle()
        self._show_clock_state()
        self.finish_button.setEnabled(False)
        for w in (self.play_button, self.next_button, self.previous_button):
            w.setEnabled(False)
        present = sum(1 for v in (self.attendance.values() if self.attendance else {}).values()
                      if v.present)
        energy, meaning = self.attendance.averages() if self.attendance else (None, None)
        parts = [self.tr("Session finished. %n person(s) present: their learning time is "
                         "counted.", "", present)]
        if energy is not None and meaning is not None:
            parts.append(self.tr("Average energy %1, meaning %2.")
                         .replace("%1", f"{energy:.1f}").replace("%2", f"{meaning:.1f}"))
        parts.append(self.tr("%n action(s) agreed.", "", self.actions_list.count()))
        self.result.setText(" ".join(parts))
        self.tabs.setCurrentIndex(3)

    # --- window --------------------------------------------------------------------------

    def toggle_fullscreen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def _leave_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save()
        self.ticker.stop()
        self.autosave.stop()
        if self.clock is not None:
            self.clock.pause()
        self._hold_idle()
        self.idle = None
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.fullscreen_button.setToolTip(self.tr("Full screen (F11)"))
        self.fullscreen_button.setAccessibleName(self.tr("Full screen"))
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Previous part (←)"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next part (→)"))
        self.play_button.setToolTip(self.tr("Start or pause (space)"))
        self.tabs.setTabText(0, self.tr("Check-in and attendance"))
        self.tabs.setTabText(1, self.tr("Notes"))
        self.notes.setAccessibleName(self.tr("Notes"))  # the field is the whole tab
        self.tabs.setTabText(2, self.tr("Actions"))
        self.tabs.setTabText(3, self.tr("Finish"))
        self.notes.setPlaceholderText(self.tr(
            "What the group found out, the questions asked, the options seen…"))
        self.action_title.setPlaceholderText(self.tr("What will be done?"))
        self.action_title.setAccessibleName(self.tr("New action"))
        self.action_owner.setAccessibleName(self.tr("Who does it"))
        self.action_due.setAccessibleName(self.tr("By when"))
        self.add_action_button.setText(self.tr("Add action"))
        self.coach_button.setText(self.tr("Propose actions with the coach…"))
        self.summary_hint.setText(self.tr(
            "Sum up in a few sentences what this hour brought. When you finish, everyone "
            "present gets the time of the session as learning in working time; finishing "
            "early, you say how many minutes count."))
        self.finish_button.setText(self.tr("Finish session"))
        if self.view is not None:
            v = self.view
            self.group_label.setText(v.group_name)
            when = format_date(v.day, self.ctx.language)
            theme = self.tr("Day %1 of 4 · %2").replace("%1", str(v.day_number)).replace(
                "%2", v.agenda.theme)
            where = f" · {v.room_name}" if v.room_name else ""
            self.theme_label.setText(f"{theme} · {when} {v.start_time.strftime('%H:%M')}{where}")
        else:
            self.group_label.setText(self.tr("Opening the session…"))

