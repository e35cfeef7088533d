"""The work situations area: my situations and my groups', each led step by step to a lesson."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import Area, Changes
from app.services import development, lessons, situations
from app.services.development import QuestionView
from app.services.lessons import LessonRow
from app.services.situations import NoteRow, SituationDetail, SituationRow
from models import NoteKind, SituationStatus
from models.errors import DomainError
from ui.context import AppContext
from ui.dialogs.ask_to_finish import AskToFinishDialog
from ui.dialogs.finish_situation import FinishSituationDialog
from ui.dialogs.lesson import text_edit
from ui.dialogs.situation import SituationDialog
from ui.i18n import format_date
from ui.icons import icon
from ui.item_models.situations import ROW_ROLE, SituationsTableModel
from ui.names_learning import FINISHED_STATUSES, aim_name, kind_name, status_name
from ui.widgets.common import Card, EmptyState, FieldError, hint_label, role_label, title_label

S = SituationStatus
STEP_OF = {S.REGISTERED: 0, S.ANALYSED: 1, S.EXPERIMENTING: 2,
           S.IMPROVED: 3, S.INNOVATED: 3, S.CLOSED: 3}


def _note_list(notes: list[NoteRow], empty: str, quiet: str) -> str:
    """Notes as a numbered list, each with who wrote it in the ``quiet`` colour."""
    if not notes:
        return f"<i>{escape(empty)}</i>"
    items = "".join(
        f"<li>{escape(n.text)}"
        + (f" <span style='color:{quiet}'>— {escape(n.author_name)}</span>"
           if n.author_name else "")
        + "</li>"
        for n in notes)
    return f"<ol style='margin-left:0; -qt-list-indent:1'>{items}</ol>"


def _paragraphs(text: str) -> str:
    return "<br>".join(escape(line) for line in text.strip().splitlines())


def _rich_label() -> QLabel:
    """A label for HTML we build ourselves (escaped), wrapped and selectable."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _add_row(field: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    return row


class SituationPanel(QScrollArea):
    """The selected situation, showing what its current step asks for."""

    edit_requested = Signal(object)  # SituationDetail
    finish_requested = Signal(object)  # SituationDetail
    lesson_requested = Signal(int)
    coach_requested = Signal(int)  # situation id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: SituationDetail | None = None
        self.lesson: LessonRow | None = None
        self.wanted_id: int | None = None
        self._serial = 0
        self._filled: tuple[int, str, str] | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.pages = QStackedWidget()
        self.setWidget(self.pages)
        self.nothing = hint_label()
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setTextFormat(Qt.TextFormat.PlainText)
        self.pages.addWidget(self.nothing)
        content = QWidget()
        self.pages.addWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 4, 12, 12)
        layout.setSpacing(10)

        # --- heading: the steps, the title, what kind of situation ----------------------
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.heading = role_label("", "subtitle", wrap=True)
        self.meta = hint_label()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.edit_button = QPushButton(icon("edit"), "")
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.meta)
        self.request_note = hint_label()  # a colleague asked the owner to finish it
        self.request_note.setTextFormat(Qt.TextFormat.PlainText)
        titles.addWidget(self.request_note)
        head.addLayout(titles, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.description = _rich_label()
        layout.addWidget(self.steps)
        layout.addLayout(head)
        layout.addWidget(self.description)

        # --- step 1: open questions --------------------------------------------------------
        self.questions_card = Card()
        self.questions_hint = hint_label()
        self.questions = _rich_label()
        self.question_field = QLineEdit()
        self.question_field.setMaxLength(2000)
        self.add_question_button = QPushButton(icon("question"), "")
        self.question_error = FieldError()
        self.analysis_button = QPushButton(icon("check"), "")
        self.analysis_error = FieldError()
        self.question_adding = QWidget()
        adding = QVBoxLayout(self.question_adding)
        adding.setContentsMargins(0, 4, 0, 0)
        adding.addLayout(_add_row(self.question_field, self.add_question_button))
        adding.addWidget(self.question_error)
        done_row = QHBoxLayout()
        done_row.addWidget(self.analysis_button)
        done_row.addStretch(1)
        adding.addLayout(done_row)
        adding.addWidget(self.analysis_error)
        for w in (self.questions_hint, self.questions, self.question_adding):
            self.questions_card.body.addWidget(w)
        layout.addWidget(self.questions_card)

        # --- step 2: options ---------------------------------------------------------------
        self.options_card = Card()
        self.options_hint = hint_label()
        self.options = _rich_label()
        self.option_field = QLineEdit()
        self.option_field.setMaxLength(2000)
        self.add_option_button = QPushButton(icon("option"), "")
        self.option_error = FieldError()
        self.option_adding = QWidget()
        adding = QVBoxLayout(self.option_adding)
        adding.setContentsMargins(0, 4, 0, 0)
        adding.addLayout(_add_row(self.option_field, self.add_option_button))
        adding.addWidget(self.option_error)
        for w in (self.options_hint, self.options, self.option_adding):
            self.options_card.body.addWidget(w)
        # Options are where the coach helps: ideas built on colleagues' lessons learned.
        self.coach_button = QPushButton(icon("coach"), "")
        self.coach_button.clicked.connect(
            lambda: self.detail and self.coach_requested.emit(self.detail.row.id))
        self.options_card.body.addWidget(self.coach_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.options_card)

        # --- step 3: the experiment --------------------------------------------------------
        self.experiment_card = Card()
        self.experiment_hint = hint_label()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.experiment = text_edit(3)
        self.expected = text_edit(2)
        self.experiment_label, self.expected_label = QLabel(), QLabel()
        self.experiment_label.setBuddy(self.experiment)
        self.expected_label.setBuddy(self.expected)
        self.experiment_error, self.expected_error = FieldError(), FieldError()
        form.addRow(self.experiment_label, self.experiment)
        form.addRow(self.experiment_error)
        form.addRow(self.expected_label, self.expected)
        form.addRow(self.expected_error)
        self.experiment_button = QPushButton(icon("experiment"), "")
        self.finish_button = QPushButton(icon("finish"), "")
        buttons = QHBoxLayout()
        buttons.addWidget(self.experiment_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        self.experiment_card.body.addWidget(self.experiment_hint)
        self.experiment_card.body.addLayout(form)
        self.experiment_card.body.addLayout(buttons)
        layout.addWidget(self.experiment_card)

        # --- step 4: the outcome and the lesson -------------------------------------------
        self.outcome_card = Card()
        self.outcome = _rich_label()
        self.lesson_text = _rich_label()
        self.lesson_button = QPushButton(icon("lessons"), "")
        lesson_row = QHBoxLayout()
        lesson_row.addWidget(self.lesson_button)
        lesson_row.addStretch(1)
        self.outcome_card.body.addWidget(self.outcome)
        self.outcome_card.body.addWidget(self.lesson_text)
        self.outcome_card.body.addLayout(lesson_row)
        layout.addWidget(self.outcome_card)

        # Closing is possible at any step, for a situation that no longer matters.
        self.close_button = QPushButton(icon("finish"), "")
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close_row.addWidget(self.close_button)
        layout.addLayout(close_row)
        layout.addStretch(1)

        self.question_field.returnPressed.connect(self.add_question)
        self.add_question_button.clicked.connect(self.add_question)
        self.option_field.returnPressed.connect(self.add_option)
        self.add_option_button.clicked.connect(self.add_option)
        self.question_field.textChanged.connect(lambda _t: self._update_buttons())
        self.option_field.textChanged.connect(lambda _t: self._update_buttons())
        self.analysis_button.clicked.connect(self.finish_analysis)
        self.experiment_button.clicked.connect(self.start_experiment)
        self.finish_button.clicked.connect(self._request_finish)
        self.close_button.clicked.connect(self._request_finish)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.detail))
        self.lesson_button.clicked.connect(self._request_lesson)
        self.lesson_button.setVisible(False)
        self.show_lesson_button = False
        self.retranslate()
        self.show_situation(None)

    # --- loading ---------------------------------------------------------------------------

    def show_situation(self, situation_id: int | None) -> None:
        self.wanted_id = situation_id
        self._serial += 1
        serial = self._serial
        if situation_id is None:
            self.detail, self.lesson = None, None
            self.pages.setCurrentWidget(self.nothing)
            return
        db, actor = self.ctx.db, self.ctx.actor

        def load() -> tuple[SituationDetail, LessonRow | None]:
            detail = situations.get_situation(db, actor, situation_id)
            lesson = None
            if detail.lesson_id is not None:
                lesson = lessons.get_lesson(db, actor, detail.lesson_id)
            return detail, lesson

        def loaded(result: tuple[SituationDetail, LessonRow | None]) -> None:
            if serial == self._serial:
                self._show(*result)

        def failed(error: DomainError) -> None:
            if serial == self._serial:
                self.detail = None
                self.nothing.setText(self.ctx.describe(error))
                self.pages.setCurrentWidget(self.nothing)

        self.ctx.call(self, load, loaded, failed)

    def reload(self) -> None:
        self.show_situation(self.wanted_id)

    def _show(self, detail: SituationDetail, lesson: LessonRow | None) -> None:
        previous = self.detail
        if previous is None or previous.row.id != detail.row.id:
            for error in (self.question_error, self.analysis_error, self.option_error,
                          self.experiment_error, self.expected_error):
                error.show_message("")
            self.question_field.clear()
            self.option_field.clear()
        self.detail, self.lesson = detail, lesson
        self._fill_experiment(detail)
        self._render()
        self.pages.setCurrentIndex(1)

    def _fill_experiment(self, detail: SituationDetail) -> None:
        """Fill the experiment fields, without throwing away what someone is typing."""
        filled = self._filled
        other_situation = filled is None or filled[0] != detail.row.id
        untouched = filled is not None and (self.experiment.toPlainText(),
                                            self.expected.toPlainText()) == filled[1:]
        if other_situation or untouched:
            self.experiment.setPlainText(detail.experiment)
            self.expected.setPlainText(detail.expected_result)
            self._filled = (detail.row.id, detail.experiment, detail.expected_result)

    def _render(self) -> None:
        d = self.detail
        if d is None:
            return
        status = d.row.status
        step = STEP_OF[status]
        finished = status in FINISHED_STATUSES
        self._render_steps(step)
        self.heading.setText(d.row.title)
        parts = [kind_name(d.row.kind), aim_name(d.row.aim), status_name(status),
                 self.tr("by %1").replace("%1", d.row.owner_name)]
        if d.row.group_name:
            parts.append(self.tr("group %1").replace("%1", d.row.group_name))
        self.meta.setText(" · ".join(parts))
        self.edit_button.setVisible(d.row.owner_id == self.ctx.session.person_id
                                    and not finished)
        no_description = self.tr("No description yet.")
        self.description.setText(_paragraphs(d.description) if d.description.strip()
                                 else f"<i>{escape(no_description)}</i>")

        questions = d.notes_of(NoteKind.QUESTION)
        options = d.notes_of(NoteKind.OPTION)
        quiet = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self.questions.setText(_note_list(questions, self.tr("No questions yet."), quiet))
        self.question_adding.setVisible(status == S.REGISTERED)
        self.questions_hint.setVisible(status == S.REGISTERED)

        self.options_card.setVisible(step >= 1 and (not finished or bool(options)))
        self.options.setText(_note_list(options, self.tr("No options yet."), quiet))
        self.option_adding.setVisible(status == S.ANALYSED)
        self.options_hint.setVisible(status == S.ANALYSED)

        self.experiment_card.setVisible(status in (S.ANALYSED, S.EXPERIMENTING))
        self.finish_button.setVisible(status == S.EXPERIMENTING)
        self.experiment_button.setText(self.tr("&Start experiment") if status == S.ANALYSED
                                       else self.tr("&Save experiment"))
        self.experiment_hint.setText(
            self.tr("Choose one option to try in your work. What will you do, and what do "
                    "you expect to happen?") if status == S.ANALYSED
            else self.tr("The experiment is running. Adjust it if you learn something on the "
                         "way; finish when you can see what came out of it."))

        self.outcome_card.setVisible(finished)
        if finished:
            self._render_outcome(d)
        self.close_button.setVisible(not finished and status != S.EXPERIMENTING)
        self._render_finishing(d)
        self._update_buttons()

    def _render_finishing(self, d: SituationDetail) -> None:
        """The owner finishes; a colleague in the group asks the owner to."""
        mine = d.row.owner_id == self.ctx.session.person_id
        owner = d.row.owner_name
        self.finish_button.setText(self.tr("&Finish…") if mine else self.tr(
            "Ask %1 to &finish…").replace("%1", owner))
        self.close_button.setText(self.tr("&Close without result…") if mine else self.tr(
            "Ask %1 to &close it…").replace("%1", owner))
        request = d.close_request
        if request is not None:
            asked_on = format_date(request.requested_at.astimezone().date(), self.ctx.language)
            self.request_note.setText(self.tr(
                "%1 asked on %2 to finish it as: %3.").replace(
                "%1", request.requested_by_name).replace("%2", asked_on).replace(
                "%3", status_name(request.result))
                + (" " + request.note if request.note else ""))
        self.request_note.setVisible(request is not None)

    def _render_steps(self, current: int) -> None:
        names = [self.tr("Questions"), self.tr("Options"), self.tr("Experiment"),
                 self.tr("Lesson")]
        quiet = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        accent = self.palette().color(QPalette.ColorRole.Highlight).name()
        parts = []
        for number, name in enumerate(names):
            label = f"{number + 1}&nbsp;{escape(name)}"
            if number == current:
                parts.append(f"<b style='color:{accent}'>{label}</b>")
            elif number < current:
                parts.append(f"✓&nbsp;{label}")
            else:
                parts.append(f"<span style='color:{quiet}'>{label}</span>")
        self.steps.setText(" &nbsp;›&nbsp; ".join(parts))
        self.steps.setAccessibleName(
            self.tr("Step %1 of 4: %2").replace("%1", str(current + 1))
            .replace("%2", names[current]))

    def _render_outcome(self, d: SituationDetail) -> None:
        self.outcome_card.heading.setText(status_name(d.row.status))
        rows = []
        if d.experiment.strip():
            rows.append((self.tr("What we tried"), d.experiment))
        if d.expected_result.strip():
            rows.append((self.tr("What we expected"), d.expected_result))
        rows.append((self.tr("What came out of it"), d.outcome.strip() or "—"))
        self.outcome.setText("".join(
            f"<p><b>{escape(label)}</b><br>{_paragraphs(text)}</p>" for label, text in rows))
        lesson = self.lesson
        if lesson is None:
            no_lesson = self.tr("No lesson was written down.")
            self.lesson_text.setText(f"<i>{escape(no_lesson)}</i>")
        else:
            heading = self.tr("Lesson learned")
            self.lesson_text.setText(
                f"<p><b>{escape(heading)}</b><br>{escape(lesson.title)}</p>")
        self.lesson_button.setVisible(lesson is not None and self.show_lesson_button)

    def _update_buttons(self) -> None:
        self.add_question_button.setEnabled(bool(self.question_field.text().strip()))
        self.add_option_button.setEnabled(bool(self.option_field.text().strip()))

    # --- actions ---------------------------------------------------------------------------

    def _note(self, kind: NoteKind, field: QLineEdit, error: FieldError) -> None:
        d = self.detail
        text = field.text()
        if d is None or not text.strip():
            return
        error.show_message("")
        db, actor, sid = self.ctx.db, self.ctx.actor, d.row.id

        def added(_changes: Changes) -> None:
            if field.text() == text:
                field.clear()
            field.setFocus()
            if kind == NoteKind.QUESTION:
                self.analysis_error.show_message("")  # the reason for it is gone

        self.ctx.change(self, lambda: situations.add_note(db, actor, sid, kind, text), added,
                        lambda e: error.show_message(self.ctx.describe(e)))

    def add_question(self) -> None:
        self._note(NoteKind.QUESTION, self.question_field, self.question_error)

    def add_option(self) -> None:
        self._note(NoteKind.OPTION, self.option_field, self.option_error)

    def finish_analysis(self) -> None:
        d = self.detail
        if d is None:
            return
        self.analysis_error.show_message("")
        db, actor, sid, version = self.ctx.db, self.ctx.actor, d.row.id, d.version_id
        self.ctx.change(self, lambda: situations.finish_analysis(db, actor, sid,
                                                                 expected_version=version),
                        None, lambda e: self.analysis_error.show_message(self.ctx.describe(e)))

    def start_experiment(self) -> None:
        d = self.detail
        if d is None:
            return
        self.experiment_error.show_message("")
        self.expected_error.show_message("")
        db, actor, sid, version = self.ctx.db, self.ctx.actor, d.row.id, d.version_id
        experiment, expected = self.experiment.toPlainText(), self.expected.toPlainText()

        def failed(error: DomainError) -> None:
            target = self.expected_error if error.field == "expected_result" \
                else self.experiment_error
            target.show_message(self.ctx.describe(error))

        def saved(_changes: Changes) -> None:
            self._filled = (sid, experiment, expected)

        self.ctx.change(
            self, lambda: situations.start_experiment(db, actor, sid, experiment, expected,
                                                      expected_version=version),
            saved, failed)

    def _request_finish(self) -> None:
        if self.detail is not None:
            self.finish_requested.emit(self.detail)

    def _request_lesson(self) -> None:
        if self.lesson is not None:
            self.lesson_requested.emit(self.lesson.id)

    # --- texts -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._render()  # the step indicator and the note lists carry palette colours
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.nothing.setText(self.tr("Choose a work situation to see where it stands and "
                                     "what the next step is."))
        self.edit_button.setText(self.tr("&Edit"))
        self.coach_button.setText(self.tr("Brainstorm with the coach"))
        self.coach_button.setToolTip(self.tr(
            "Options to try, drawing on the lessons learned in your organisation"))
        self.questions_card.heading.setText(self.tr("Open questions"))
        self.questions_hint.setText(self.tr(
            "Collect open questions first, no solutions yet. What do you not know about "
            "this situation? Ask your group too."))
        self.question_field.setPlaceholderText(self.tr("for example: Who notices it first?"))
        self.question_field.setAccessibleName(self.tr("New question"))
        self.add_question_button.setText(self.tr("Add &question"))
        self.analysis_button.setText(self.tr("&Analysis complete"))
        self.options_card.heading.setText(self.tr("Options"))
        self.options_hint.setText(self.tr(
            "Now think of possible ways forward. Write down every option, also the "
            "unusual ones; you choose later."))
        self.option_field.setPlaceholderText(self.tr("for example: Plan the orders on Friday"))
        self.option_field.setAccessibleName(self.tr("New option"))
        self.add_option_button.setText(self.tr("Add o&ption"))
        self.experiment_card.heading.setText(self.tr("Experiment"))
        self.experiment_label.setText(self.tr("What will you &try?"))
        self.expected_label.setText(self.tr("What do you e&xpect to happen?"))
        self.lesson_button.setText(self.tr("Open in lessons learned"))
        self._render()


# The title column never gets less room than this many average letters.
TITLE_LETTERS = 24


class SituationsView(QWidget):
    """``navigate`` (optional, the main window's ``go_to``) lets a lesson be opened."""

    def __init__(self, ctx: AppContext,
                 navigate: Callable[[str], QWidget | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.navigate = navigate
        self.loaded = False
        self.all_rows: list[SituationRow] = []
        self.dialog: QDialog | None = None
        self._select_after_reload: int | None = None
        self._refilling = False
        layout = QVBoxLayout(self)
        self.title = title_label()
        self.intro = hint_label()
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        bar = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), "")
        self.show_finished = QCheckBox()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        bar.addWidget(self.show_finished)
        layout.addLayout(bar)

        self.model = SituationsTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Long (Dutch) titles wrap instead of being cut off; rows grow to fit.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(self.table.fontMetrics().lineSpacing() * 2)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Kind and aim are in the detail; the narrow list keeps what tells situations apart.
        for column in (1, 2):
            self.table.setColumnHidden(column, True)
        self.all_finished = hint_label()
        left = self.list_pane = QWidget()
        # Enough for a title and its step side by side, also with larger fonts.
        left.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.table, 1)
        left_column.addWidget(self.all_finished)
        self.panel = SituationPanel(ctx)
        self.panel.show_lesson_button = navigate is not None
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self._split_once = False

        self.empty = EmptyState("situations")
        self.empty_add = self.empty.add_button("", "add")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        self.add_button.clicked.connect(self.add_situation)
        self.empty_add.clicked.connect(self.add_situation)
        self.show_finished.toggled.connect(lambda _on: self._show_rows())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected_changed())
        self.panel.edit_requested.connect(self.edit_situation)
        self.panel.finish_requested.connect(self.finish_situation)
        self.panel.lesson_requested.connect(self.open_lesson)
        self.panel.coach_requested.connect(self.ask_coach)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if not self._split_once:
            # Two fifths for the list, whatever the detail's own size hint asks for.
            self._split_once = True
            width = max(self.width(), 600)
            self.splitter.setSizes([width * 2 // 5, width * 3 // 5])
        super().showEvent(event)

    # --- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: situations.list_situations(db, actor), self._loaded)

    def _loaded(self, rows: list[SituationRow]) -> None:
        self.all_rows = rows
        self._show_rows()
        self.loaded = True

    def _fit_columns(self) -> None:
        """Step, owner and group as wide as their text up to a cap (names wrap between
        words); the title keeps room for a few words, and the list grows to give it that
        room rather than squeezing the title to a letter per line."""
        letter = self.table.fontMetrics().averageCharWidth()
        widest = letter * 18
        others = 0
        for column in (3, 4, 5):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
            if not self.table.isColumnHidden(column):
                others += self.table.columnWidth(column)
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        self.list_pane.setMinimumWidth(max(letter * 34, TITLE_LETTERS * letter + others + frame))

    def _show_rows(self) -> None:
        selected = self.selected()
        wanted = self._select_after_reload or (selected.id if selected else None)
        self._select_after_reload = None
        shown = self.all_rows if self.show_finished.isChecked() else [
            r for r in self.all_rows if r.status not in FINISHED_STATUSES]
        # Refilling the model drops the selection for a moment; the panel need not know.
        self._refilling = True
        self.model.set_rows(shown)
        self.stack.setCurrentWidget(self.empty if not self.all_rows else self.splitter)
        self.all_finished.setVisible(bool(self.all_rows) and not shown)
        me = self.ctx.session.person_id
        self.table.setColumnHidden(4, all(r.owner_id == me for r in shown))
        self.table.setColumnHidden(5, not any(r.group_name for r in shown))
        self._fit_columns()
        if wanted is not None and self.model.row_of(wanted) is not None:
            self.select_situation(wanted)
        elif shown:
            self.select_situation(shown[0].id)
        self._refilling = False
        self._selected_changed()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Area.SITUATIONS, Area.GROUPS):
            self.reload()
            self.panel.reload()
        elif changes.touches(Area.LESSONS):
            self.panel.reload()

    def selected(self) -> SituationRow | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        return rows[0].data(ROW_ROLE) if rows else None  # type: ignore[no-any-return]

    def select_situation(self, situation_id: int) -> None:
        row = self.model.row_of(situation_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _selected_changed(self) -> None:
        if self._refilling:
            return
        row = self.selected()
        wanted = row.id if row else None
        if wanted != self.panel.wanted_id:
            self.panel.show_situation(wanted)

    # --- actions -------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        """Window-modal without blocking, so background results keep arriving."""
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def ask_coach(self, situation_id: int) -> None:
        from ui.widgets.coach_panel import CoachDialog

        self._open(CoachDialog(self.ctx, "brainstorm", situation_id,
                               accept_text=self.tr("Put into the work situation"),
                               on_accept=lambda text: self.use_in_situation(situation_id,
                                                                            text),
                               parent=self))

    def use_in_situation(self, situation_id: int, passage: str) -> None:
        """A passage of the coach goes into the situation's editor (at the end of what is
        going on), for me to edit and save: nothing is saved by itself."""
        if not passage.strip():
            return
        db, actor = self.ctx.db, self.ctx.actor
        coach = self.dialog

        def edit(detail: SituationDetail) -> None:
            def show(question: QuestionView | None) -> None:
                editor = SituationDialog(self.ctx, question, detail, coach or self)
                before = editor.description.toPlainText().rstrip()
                editor.description.setPlainText(f"{before}\n\n{passage.strip()}" if before
                                                else passage.strip())
                self.situation_editor = editor
                editor.open()

            self._with_my_question(show)

        self.ctx.call(self, lambda: situations.get_situation(db, actor, situation_id), edit)

    def _remember_selection(self, situation_id: int | None) -> None:
        self._select_after_reload = situation_id

    def _with_my_question(self, then: Callable[[QuestionView | None], None]) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        # Without a question (or for the machine's administrator) there is nothing to link.
        self.ctx.call(self, lambda: development.my_question(db, actor), then,
                      lambda _error: then(None))

    def add_situation(self) -> None:
        def show(question: QuestionView | None) -> None:
            dialog = SituationDialog(self.ctx, question, None, self)
            dialog.accepted.connect(lambda: self._remember_selection(dialog.saved_id))
            self._open(dialog)

        self._with_my_question(show)

    def edit_situation(self, detail: SituationDetail) -> None:
        def show(question: QuestionView | None) -> None:
            self._open(SituationDialog(self.ctx, question, detail, self))

        self._with_my_question(show)

    def finish_when_loaded(self, situation_id: int) -> None:
        """Show a situation and open its finish dialog (from a request on the home screen)."""
        if self.model.row_of(situation_id) is not None:
            self.select_situation(situation_id)
        else:
            self._select_after_reload = situation_id
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: situations.get_situation(db, actor, situation_id),
                      self.finish_situation)

    def finish_situation(self, detail: SituationDetail) -> None:
        if detail.row.owner_id != self.ctx.session.person_id:
            # Only the owner finishes a situation; a colleague in the group asks them.
            self._open(AskToFinishDialog(self.ctx, detail, self))
            return
        dialog = FinishSituationDialog(self.ctx, detail, self)
        sid = detail.row.id

        def finished() -> None:
            # Keep the finished situation in view, with its outcome and lesson.
            self._select_after_reload = sid
            self.show_finished.setChecked(True)

        dialog.accepted.connect(finished)
        self._open(dialog)

    def open_lesson(self, lesson_id: int) -> None:
        if self.navigate is None:
            return
        view = self.navigate("lessons")
        show = getattr(view, "show_lesson", None)
        if callable(show):
            show(lesson_id)

    # --- texts ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Work situations"))
        self.intro.setText(self.tr(
            "Bottlenecks and challenges from your own work and from your learning groups. "
            "Each one goes step by step: questions, options, an experiment, and a lesson."))
        self.add_button.setText(self.tr("&New work situation"))
        self.show_finished.setText(self.tr("Show finished"))
        self.table.setAccessibleName(self.tr("Work situations"))
        self.all_finished.setText(self.tr(
            "All your work situations are finished. Tick “Show finished” to see them again."))
        self.empty.set_texts(
            self.tr("Bring a situation from your own work"),
            self.tr("A work situation is a bottleneck or a challenge from your daily work that "
                    "you want to improve, innovate or get better at. You learn from it with "
                    "questions first, then an experiment."))
        self.empty_add.setText(self.tr("Start a work situation"))
        self.model.retranslate()
