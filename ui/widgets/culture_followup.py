"""The card on Mijn regie that asks, a month after a culture scan round, whether the actions
agreed after it helped: one question, answered once and as anonymously as the scan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QRadioButton

from app.services import culture, culture_answers
from models.culture import DONT_KNOW
from models.errors import DomainError
from ui.context import AppContext
from ui.i18n import format_date
from ui.icons import icon
from ui.offline import needs_server, reason_label
from ui.widgets.common import Card, FieldError, hint_label, role_label

# The choices in the order shown, with the text on each button.
CHOICES = ((1, "1"), (2, "2"), (3, "3"), (4, "4"), (5, "5"), (DONT_KNOW, "?"))


class FollowUpCard(Card):
    """Hidden unless a follow-up waits for this person; gone once they answered."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.question: culture.FollowUpQuestion | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.action_list = QLabel()
        self.action_list.setWordWrap(True)
        self.statement = role_label("", "subtitle", wrap=True)
        self.scale = hint_label()
        self.choices = QButtonGroup(self)
        row = QHBoxLayout()
        for value, text in CHOICES:
            button = QRadioButton(text)
            self.choices.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)
        self.anonymous = hint_label()
        self.error = FieldError()
        self.send = QPushButton(icon("check"), "")
        self.send.setEnabled(False)
        for w in (self.intro, self.action_list, self.statement, self.scale):
            self.body.addWidget(w)
        self.body.addLayout(row)
        self.body.addWidget(self.anonymous)
        self.body.addWidget(self.error)
        self.body.addWidget(self.send, 0, Qt.AlignmentFlag.AlignLeft)
        self.offline = reason_label()
        self.body.addWidget(self.offline)
        self.choices.idClicked.connect(
            lambda _id: self.send.setEnabled(not needs_server(
                self.ctx, culture_answers.answer_followup, self.offline, self.send)))
        self.send.clicked.connect(lambda _checked=False: self.submit())
        self.hide()
        self.retranslate()

    def show_questions(self, waiting: list[culture.FollowUpQuestion]) -> None:
        self.question = waiting[0] if waiting else None
        self.setVisible(self.question is not None)
        self.error.show_message("")
        self.retranslate()

    def submit(self) -> None:
        if self.question is None or self.choices.checkedId() == -1:
            return
        value, round_id = self.choices.checkedId(), self.question.round_id
        db, actor = self.ctx.db, self.ctx.actor
        self.send.setEnabled(False)
        self.ctx.change(self, lambda: culture.answer_followup(db, actor, round_id, value),
                        lambda _c: self.hide(), self._failed)

    def _failed(self, error: DomainError) -> None:
        self.error.show_message(self.ctx.describe(error))
        self.send.setEnabled(error.code not in ("already_answered", "culture_followup_not_open",
                                                "culture_answers_not_counted"))

    def retranslate(self) -> None:
        lang = self.ctx.language
        self.heading.setText(self.tr("Did the actions help?"))
        self.statement.setText(culture.followup_question(lang))
        self.scale.setText(self.tr("1 = not at all, 5 = completely, ? = don't know"))
        self.send.setText(self.tr("Send my answer"))
        q = self.question
        if q is None:
            return
        self.intro.setText(self.tr(
            "A month ago, after learning culture scan round %1, these actions were agreed:")
            .replace("%1", str(q.round_id)))
        self.action_list.setText("\n".join(
            "• " + a.title + (f" ({a.owner_name})" if a.owner_name else "") for a in q.actions))
        self.anonymous.setText(self.tr(
            "Anonymous, like the scan: only how often each answer was given is kept, and the "
            "result shows only when enough people answered. You can answer once, until %1.")
            .replace("%1", format_date(q.closes_on, lang)))
