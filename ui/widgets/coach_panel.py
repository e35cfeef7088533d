"""The coach panel: a conversation with the coach. Ask, watch the answer arrive, stop it, answer
the coach's questions, and take a passage into your own text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ai import saved_conversations
from app.ai.conversation import COACH, Conversation, Fitted
from app.ai.engine import Generation, Prompt
from app.ai.tasks import TaskRequest
from app.changes import Changes
from models.errors import DomainError
from ui.coach import Coach, coach_of
from ui.context import AppContext
from ui.i18n import format_date
from ui.icons import icon
from ui.widgets.common import hint_label, role_label

Accept = Callable[[str], None]


class CoachPanel(QWidget):
    """One coaching task on one thing (a question, a situation, a session, a person)."""

    def __init__(self, ctx: AppContext, task: str, target_id: int, *,
                 accept_text: str = "", on_accept: Accept | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request = TaskRequest(task, target_id, ctx.language)
        self.on_accept = on_accept
        self.prompt: Prompt | None = None
        self.result: Generation | None = None
        self.conversation: Conversation | None = None
        # The saved record the conversation is (id, version), when saved or reopened.
        self.saved: tuple[int, int] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = hint_label()
        self.privacy = hint_label()
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        # A passage can be selected with the keyboard too, to use it in one's own text.
        self.output.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.output.setMinimumHeight(150)
        self.output.selectionChanged.connect(self._update_use)
        # Shown when older turns no longer fit the model's context, or an answer was cut off.
        self.trimmed = hint_label()
        self.trimmed.hide()
        self.reply = QPlainTextEdit()
        self.reply.setTabChangesFocus(True)
        self.reply.setMaximumHeight(72)
        self.reply.textChanged.connect(self._update_send)
        self.send_button = QPushButton(icon("send"), "")
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply, 1)
        reply_row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lessons = hint_label()
        self.lessons.hide()
        self.ask_button = QPushButton(icon("coach"), "")
        self.stop_button = QPushButton(icon("stop"), "")
        self.copy_button = QPushButton(icon("copy"), "")
        self.save_button = QPushButton(icon("save"), "")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(ctx.session.person_id is not None)
        self.accept_button = QPushButton(icon("check"), accept_text)
        self.accept_button.setVisible(on_accept is not None)
        buttons = QHBoxLayout()
        for b in (self.ask_button, self.stop_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.save_button, self.copy_button, self.accept_button):
            buttons.addWidget(b)
        self.language_warning = role_label(role="error", wrap=True)
        self.language_warning.hide()
        layout.addWidget(self.language_warning)
        self.saved_box = QComboBox()
        self.saved_box.activated.connect(self.open_saved)
        self.saved_box.hide()
        layout.addWidget(self.saved_box)
        for w in (self.intro, self.privacy, self.output, self.trimmed):
            layout.addWidget(w)
        layout.addLayout(reply_row)
        for w in (self.status, self.lessons):
            layout.addWidget(w)
        layout.addLayout(buttons)
        self.ask_button.clicked.connect(self.ask)
        self.send_button.clicked.connect(self.send)
        self.stop_button.clicked.connect(self.stop)
        self.copy_button.clicked.connect(self.copy)
        self.accept_button.clicked.connect(self.accept)
        self.retranslate()
        self._idle(answered=False)
        reason = self.coach.unavailable()
        if reason is not None:
            self.ask_button.setEnabled(False)
            self.status.setText(ctx.describe(reason))
        self.load_saved()

    @property
    def coach(self) -> Coach:
        return coach_of(self.ctx)

    # --- running ---------------------------------------------------------------------------

    def ask(self) -> None:
        reason = self.coach.unavailable()
        if reason is not None:
            self.status.setText(self.ctx.describe(reason))
            return
        if self.coach.busy:
            self.status.setText(self.ctx.describe(DomainError("ai_busy")))
            return
        self.output.clear()
        self.lessons.hide()
        self.trimmed.hide()
        self.result = None
        self.conversation = None
        self.saved = None
        self.saved_box.setCurrentIndex(0)
        self.ask_button.setEnabled(False)
        self.send_button.setEnabled(False)
        self.status.setText(self.tr("Gathering your material…"))
        db, actor, request = self.ctx.db, self.ctx.actor, self.request
        # The material is read on the database worker; the model runs on the coach's thread.
        self.ctx.call(self, lambda: request.build(db, actor), self._start, self._refused)

    def _start(self, prompt: Prompt) -> None:
        self.prompt = prompt
        self.conversation = Conversation(self.request.task, self.request.target_id, prompt)
        self._run()

    def _run(self) -> None:
        """The coach's next turn of the conversation."""
        assert self.conversation is not None
        try:
            self.coach.start(self.conversation, self, language=self.ctx.language)
        except DomainError as exc:
            self._refused(exc)
            return
        self.result = None
        for button in (self.ask_button, self.send_button, self.save_button):
            button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.status.setText(self.tr("Thinking…"))

    def send(self) -> None:
        """The professional answers the coach; the coach continues the conversation."""
        conversation = self.conversation
        if conversation is None or self.coach.busy or conversation.waiting_for_coach:
            return
        reason = self.coach.unavailable()
        if reason is not None:
            self.status.setText(self.ctx.describe(reason))
            return
        try:
            conversation.add_reply(self.reply.toPlainText())
        except DomainError as exc:  # empty, or far too long: the text stays where it is
            self.status.setText(self.ctx.describe(exc))
            return
        self.reply.clear()
        self._render(streaming=True)
        self._run()

    def coach_fitted(self, fitted: Fitted) -> None:
        """The prompt of this turn: when older turns no longer fit, the panel says so."""
        if self.conversation is None:
            return
        self.conversation.dropped = fitted.dropped
        if fitted.newly_dropped:
            self._show_trimmed()

    def _show_trimmed(self) -> None:
        dropped = self.conversation.dropped if self.conversation else 0
        if not dropped:
            return
        self.trimmed.setText(self.tr(
            "This conversation is longer than the model can read at once: the coach no "
            "longer sees the first %n turn(s) after your material. Your material and the "
            "latest turns it still reads.", "", dropped))
        self.trimmed.show()

    def _render(self, *, streaming: bool = False) -> None:
        """The whole conversation in the panel: the coach's answers and the replies."""
        conversation = self.conversation
        parts: list[str] = []
        for number, turn in enumerate(conversation.turns if conversation else []):
            if number == 0:
                parts.append(turn.text)  # as the model wrote it, like while it streamed
                continue
            who = self.tr("Coach") if turn.role == COACH else self.tr("You")
            parts.append(f"{who}: {turn.text.strip()}")
        text = "\n\n".join([p.rstrip() for p in parts[:-1]] + parts[-1:])
        if streaming and parts:
            text = text.rstrip() + "\n\n" + self.tr("Coach") + ": "
        self.output.setPlainText(text)
        self.output.moveCursor(QTextCursor.MoveOperation.End)

    def _refused(self, error: DomainError) -> None:
        """Nothing is lost: a reply the coach could not answer goes back into the reply box."""
        self._give_back_reply()
        self.status.setText(self.ctx.describe(error))
        self._idle(answered=self._answered())

    def stop(self) -> None:
        self.coach.stop(self)
        self.stop_button.setEnabled(False)
        self.status.setText(self.tr("Stopping…"))

    def coach_state(self, state: str) -> None:
        texts = {"loading": self.tr("Loading the model; the first time takes a moment…"),
                 "checking": self.tr("Checking once whether this model writes Dutch…")}
        self.status.setText(texts.get(state) or self.tr("Writing…"))

    def coach_warning(self, warning: DomainError) -> None:
        """The model does not handle Dutch: said above the conversation, not as an error."""
        self.language_warning.setText(self.ctx.describe(warning))
        self.language_warning.show()

    def coach_token(self, text: str) -> None:
        cursor = self.output.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        self.output.setTextCursor(cursor)

    def coach_finished(self, result: Generation) -> None:
        self.result = result
        conversation = self.conversation
        if conversation is not None:
            if result.text.strip():
                conversation.add_answer(result.text)
                self._render()
            else:  # nothing came: the reply is the person's to send again
                self._give_back_reply()
        self.status.setText(self.tr("Stopped. What came so far is below.") if result.stopped
                            else self.tr("Done. Read it critically: the coach can be wrong."))
        if result.context_full:
            self.trimmed.setText(self.tr(
                "The coach's answer was cut off: the model cannot read more of this "
                "conversation at once. When you reply, the oldest turns are left out."))
            self.trimmed.show()
        if self.prompt is not None and self.request.task == "brainstorm":
            used = "\n".join(f"[L{n}] {title}" for n, (_i, title)
                             in enumerate(self.prompt.lessons, 1))
            self.lessons.setText(self.tr("Lessons learned it was given:") + "\n" + used
                                 if used else self.tr("No lessons learned matched this "
                                                      "situation."))
            self.lessons.show()
        self._idle(answered=self._answered())

    def coach_failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self._refused(error)
            return
        self._give_back_reply()
        self._idle(answered=self._answered())
        self.ctx.show_error(self, error)

    def _give_back_reply(self) -> None:
        """A reply the coach did not answer goes back into the reply box, to send again."""
        conversation = self.conversation
        if conversation is None:
            return
        taken = conversation.take_back_reply()
        if taken and not self.reply.toPlainText().strip():
            self.reply.setPlainText(taken)
        if conversation.turns:
            self._render()
        else:
            self.conversation = None

    def _answered(self) -> bool:
        return bool(self.conversation and self.conversation.answers)

    def _idle(self, *, answered: bool) -> None:
        self.ask_button.setEnabled(self.coach.unavailable() is None)
        self.stop_button.setEnabled(False)
        self.copy_button.setEnabled(answered)
        self.accept_button.setEnabled(answered)
        self.save_button.setEnabled(answered)
        self._update_send()

    def _update_send(self) -> None:
        conversation = self.conversation
        self.send_button.setEnabled(
            conversation is not None and not conversation.waiting_for_coach
            and not self.coach.busy and bool(self.reply.toPlainText().strip()))

    def _update_use(self) -> None:
        if self.conversation is not None and not self.coach.busy:
            self.accept_button.setEnabled(self._answered())

    def passage(self) -> str:
        """What *Use this* takes: the passage selected in the conversation, or else the
        coach's latest answer."""
        selected = self.output.textCursor().selectedText().replace("\u2029", "\n").strip()
        if selected:
            return selected
        answers = self.conversation.answers if self.conversation else []
        return answers[-1].strip() if answers else self.output.toPlainText().strip()

    # --- saved conversations ---------------------------------------------------------------

    def load_saved(self) -> None:
        """My saved conversations about this question or situation, to reopen one."""
        if self.ctx.session.person_id is None:
            return
        db, actor, request = self.ctx.db, self.ctx.actor, self.request
        self.ctx.call(self, lambda: saved_conversations.saved_conversations(
            db, actor, request.task, request.target_id), self._fill_saved, lambda _e: None)

    def _fill_saved(self, rows: list[saved_conversations.SavedRow]) -> None:
        self.saved_box.clear()
        self.saved_box.addItem(self.tr("Saved conversations (%n)…", "", len(rows)), None)
        for row in rows:
            when = format_date(row.updated_at.astimezone().date(), self.ctx.language)
            self.saved_box.addItem(f"{when} — {row.title}", row.id)
        if self.saved is not None:
            found = self.saved_box.findData(self.saved[0])
            self.saved_box.setCurrentIndex(max(found, 0))
        self.saved_box.setVisible(bool(rows))

    def save(self) -> None:
        """Save the conversation with its question or situation: only I can read it."""
        if self.conversation is None or not self.conversation.answers or self.coach.busy:
            return
        # A copy: the conversation goes on while the database worker writes this one.
        copy = Conversation.from_json(self.conversation.to_json())
        db, actor = self.ctx.db, self.ctx.actor
        saved_id, version = self.saved if self.saved else (None, None)
        self.save_button.setEnabled(False)
        self.ctx.change(self, lambda: saved_conversations.save_conversation(
            db, actor, copy, saved_id=saved_id, expected_version=version),
            self._saved, self._save_failed)

    def _saved(self, changes: Changes) -> None:
        self.saved = changes.value
        self.status.setText(self.tr("Conversation saved. Only you can read it."))
        self._idle(answered=self._answered())
        self.load_saved()

    def _save_failed(self, error: DomainError) -> None:
        self.status.setText(self.ctx.describe(error))
        self._idle(answered=self._answered())

    def open_saved(self, index: int) -> None:
        saved_id = self.saved_box.itemData(index)
        if saved_id is None or self.coach.busy:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: saved_conversations.open_conversation(db, actor, saved_id),
                      self._reopened, self._refused)

    def _reopened(self, found: saved_conversations.Saved) -> None:
        self.conversation = found.conversation
        self.saved = (found.id, found.version_id)
        self.prompt = found.conversation.opening
        self.result = None
        self.trimmed.hide()
        self._render()
        self._show_trimmed()
        self.status.setText(self.tr("Reopened. Answer the coach to go on."))
        self._idle(answered=self._answered())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.output.toPlainText())

    def accept(self) -> None:
        if self.on_accept is not None:
            self.on_accept(self.passage())

    def retranslate(self) -> None:
        texts = {
            "question": self.tr("The coach asks you questions back, to make your development "
                                "question sharper. It does not give answers: those are yours."),
            "brainstorm": self.tr("The coach suggests options to try, building on lessons "
                                  "learned by your colleagues."),
            "actions": self.tr("The coach proposes actions from the session notes. You check "
                               "and edit them; nothing is saved until you say so."),
            "prepare": self.tr("The coach drafts your preparation from your own data. The "
                               "draft is yours alone until you publish your preparation."),
        }
        self.intro.setText(texts[self.request.task])
        self.privacy.setText(self.tr("The model runs on this computer: nothing leaves it."))
        self.ask_button.setText(self.tr("&Ask the coach"))
        self.send_button.setText(self.tr("S&end"))
        self.reply.setPlaceholderText(self.tr(
            "Answer the coach here; it continues from your answer."))
        self.reply.setAccessibleName(self.tr("Your answer to the coach"))
        self.output.setAccessibleName(self.tr("Conversation with the coach"))
        self.stop_button.setText(self.tr("&Stop"))
        self.copy_button.setText(self.tr("&Copy"))
        self.save_button.setText(self.tr("Sa&ve conversation"))
        self.save_button.setToolTip(self.tr("Saved with this question or situation, for you "
                                            "alone"))
        self.saved_box.setAccessibleName(self.tr("Saved conversations"))


class CoachDialog(QDialog):
    """A coach panel in its own window, opened from a screen with ``.open()``."""

    def __init__(self, ctx: AppContext, task: str, target_id: int, *, accept_text: str = "",
                 on_accept: Accept | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coach"))
        self.resize(680, 640)
        layout = QVBoxLayout(self)
        self.panel = CoachPanel(ctx, task, target_id, accept_text=accept_text,
                                on_accept=self._accepted if on_accept else None)
        self._on_accept = on_accept
        layout.addWidget(self.panel)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _accepted(self, text: str) -> None:
        if self._on_accept is not None:
            self._on_accept(text)

    def done(self, result: int) -> None:
        # Closing the window ends the generation too; the model stays loaded for next time.
        self.panel.coach.stop(self.panel)
        super().done(result)
