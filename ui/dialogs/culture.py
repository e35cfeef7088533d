"""Culture scan dialogs: open a round, answer it once, choose focus, add an action."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import culture, people
from app.services.people import TeamRow
from models.culture import DONT_KNOW
from models.errors import DomainError
from ui.context import AppContext
from ui.dialogs.form import FormDialog, GuardedDialog
from ui.widgets.common import FieldError, hint_label, role_label, title_label
from ui.widgets.date_field import DateField


def _date_edit(ctx: AppContext, value: date) -> DateField:
    """A date from today on, typed as people type dates (or picked from the calendar)."""
    field = DateField(lambda: ctx.language, value)
    field.set_range(date.today(), None)
    return field



class OpenRoundDialog(FormDialog):
    """A closing date, and everyone or some teams."""

    def __init__(self, ctx: AppContext, teams: list[TeamRow], threshold: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.threshold = threshold
        self.setMinimumWidth(480)
        self.intro = hint_label()
        self.body.insertWidget(0, self.intro)
        self.closes = _date_edit(ctx, date.today() + timedelta(days=14))
        self.add_field("closes", self.closes, focus=self.closes.line)
        self.everyone = QCheckBox()
        self.everyone.setChecked(True)
        self.add_field("for", self.everyone)
        self.teams = QListWidget()
        for team in teams:
            item = QListWidgetItem(team.name)
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.teams.addItem(item)
        self.teams.setMaximumHeight(140)
        self.teams.setEnabled(False)
        self.teams_hint = hint_label()
        self.add_field("teams", self.teams, self.teams_hint)
        self.everyone.toggled.connect(lambda on: self.teams.setEnabled(not on))
        self.retranslate()

    @property
    def closes_error(self) -> FieldError:
        return self.fields["closes"].error

    @property
    def teams_error(self) -> FieldError:
        return self.fields["teams"].error

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open a culture scan round"))
        self.intro.setText(self.tr(
            "Everyone in the round answers 30 statements about learning in your organisation, "
            "anonymously, once. The round closes at midnight after its closing day (or when "
            "you close it earlier); results appear only when at least %1 people took part.")
            .replace("%1", str(self.threshold)))
        self.set_label("closes", self.tr("Closes on"))
        self.set_label("for", self.tr("For"))
        self.everyone.setText(self.tr("Everyone in the organisation"))
        self.set_label("teams", self.tr("Teams"))
        self.teams_hint.setText(self.tr(
            "In a round for some teams, results can also be shown per team: for a team with "
            "at least %1 respondents, unless its result together with the others would show "
            "the answers of a smaller group.").replace(
            "%1", str(max(self.threshold, culture.TEAM_THRESHOLD))))
        self.save_button.setText(self.tr("Open round"))

    def chosen_teams(self) -> list[int]:
        if self.everyone.isChecked():
            return []
        return [self.teams.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.teams.count())
                if self.teams.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        teams = self.chosen_teams()
        if not self.everyone.isChecked() and not teams:
            self.show_field_error("teams", self.tr("Choose at least one team, or everyone."))
            return
        closes = self.closes.checked()
        if closes is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.save(lambda: culture.open_round(db, actor, closes, teams))

    def show_error(self, error: DomainError) -> None:
        key = "closes" if error.code == "culture_closes_in_past" else "teams"
        self.show_field_error(key, self.ctx.describe(error))


class AnswerDialog(GuardedDialog):
    """The 30 statements grouped by characteristic, 1–5 or don't know, sent once."""

    def __init__(self, ctx: AppContext, round_row: culture.RoundRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ctx)
        self.ctx = ctx
        self.round_id = round_row.id
        self.groups: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Learning culture scan"))
        self.resize(820, 680)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("How does learning go here?")))
        layout.addWidget(hint_label(self.tr(
            "For each statement, choose how much you agree: 1 = not at all, 5 = completely. "
            "Choose ? when you cannot judge it. You can send your answers once.")))
        privacy = role_label(culture.privacy_statement(ctx.language, round_row.threshold),
                             "hint", wrap=True)
        privacy.setFrameShape(QFrame.Shape.StyledPanel)
        privacy.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(privacy)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(0, 1)
        row = 0
        headers = ["1", "2", "3", "4", "5", "?"]
        for characteristic in culture.characteristics(ctx.language):
            heading = role_label(characteristic.title, "subtitle")
            grid.addWidget(heading, row, 0)
            for col, text in enumerate(headers, 1):
                head = QLabel(text)
                head.setAlignment(Qt.AlignmentFlag.AlignCenter)
                grid.addWidget(head, row, col)
            row += 1
            for statement in characteristic.statements:
                label = QLabel(statement.text)
                label.setWordWrap(True)
                grid.addWidget(label, row, 0)
                group = QButtonGroup(self)
                for col, value in enumerate((1, 2, 3, 4, 5, DONT_KNOW), 1):
                    button = QRadioButton()
                    button.setAccessibleName(f"{statement.text} — {headers[col - 1]}")
                    group.addButton(button, value)
                    grid.addWidget(button, row, col, Qt.AlignmentFlag.AlignCenter)
                group.idClicked.connect(self._progress)
                self.groups[statement.key] = group
                row += 1
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        self.progress = QProgressBar()
        self.progress.setMaximum(len(self.groups))
        self.progress.setFormat(self.tr("%v of %m answered"))
        self.progress.setAccessibleName(self.tr("Statements answered"))
        layout.addWidget(self.progress)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.send = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send.setText(self.tr("Send my answers"))
        self.send.setEnabled(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._progress()

    def answers(self) -> dict[str, int]:
        return {key: group.checkedId() for key, group in self.groups.items()
                if group.checkedId() != -1}

    def _progress(self, *_args: object) -> None:
        done = len(self.answers())
        self.progress.setValue(done)
        self.send.setEnabled(done == len(self.groups))

    def submit(self) -> None:
        answers = self.answers()
        db, actor, round_id = self.ctx.db, self.ctx.actor, self.round_id
        self.send.setEnabled(False)
        self.ctx.change(self, lambda: culture.answer(db, actor, round_id, answers),
                        lambda _c: self.accept(), self._failed)

    def _failed(self, error: DomainError) -> None:
        self.error.show_message(self.ctx.describe(error))
        # Sent already or the round closed: sending again cannot help.
        self.send.setEnabled(error.code not in ("already_answered", "culture_round_closed",
                                                "culture_answers_not_counted"))


class FocusDialog(GuardedDialog):
    """One or two characteristics to work on after the results."""

    def __init__(self, ctx: AppContext, round_id: int, current: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ctx)
        self.ctx = ctx
        self.round_id = round_id
        self.setWindowTitle(self.tr("Choose focus"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "Choose one or two characteristics to work on together until the next round. "
            "The next round shows how they went.")))
        self.boxes: dict[str, QCheckBox] = {}
        for c in culture.characteristics(ctx.language):
            box = QCheckBox(c.title)
            box.setChecked(c.key in current)
            box.toggled.connect(self._limit)
            layout.addWidget(box)
            self.boxes[c.key] = box
        self.error = FieldError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._limit()

    def chosen(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def _limit(self, *_args: object) -> None:
        full = len(self.chosen()) >= culture.MAX_FOCUS
        for box in self.boxes.values():
            box.setEnabled(box.isChecked() or not full)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen()))

    def submit(self) -> None:
        keys = self.chosen()
        db, actor, round_id = self.ctx.db, self.ctx.actor, self.round_id
        self.ctx.change(self, lambda: culture.choose_focus(db, actor, round_id, keys),
                        lambda _c: self.accept(),
                        lambda e: self.error.show_message(self.ctx.describe(e)))


class CultureActionDialog(FormDialog):
    """An action for a focus characteristic: what, who sees to it, and by when."""

    def __init__(self, ctx: AppContext, round_id: int, key: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.round_id = round_id
        self.key = key
        self.setMinimumWidth(460)
        self.intro = hint_label()
        self.body.insertWidget(0, self.intro)
        self.title = QLineEdit()
        self.owner = QComboBox()
        self.owner.addItem("", None)
        self.due = _date_edit(ctx, date.today() + timedelta(days=30))
        self.add_field("title", self.title)
        self.add_field("owner", self.owner)
        self.add_field("due", self.due, focus=self.due.line)
        self.retranslate()
        db, actor = ctx.db, ctx.actor
        ctx.call(self, lambda: people.list_people(db, actor), self._fill_people)

    @property
    def title_error(self) -> FieldError:
        return self.fields["title"].error

    @property
    def owner_error(self) -> FieldError:
        return self.fields["owner"].error

    @property
    def due_error(self) -> FieldError:
        return self.fields["due"].error

    def retranslate(self) -> None:
        titles = {c.key: c.title for c in culture.characteristics(self.ctx.language)}
        self.setWindowTitle(self.tr("New action"))
        self.intro.setText(self.tr(
            "An action for the focus “%1”. A month after the round everyone in it is asked "
            "whether the actions helped; the next round shows what became of each.").replace(
            "%1", titles.get(self.key, self.key)))
        self.set_label("title", self.tr("&What will you do?"))
        self.set_label("owner", self.tr("W&ho sees to it?"))
        self.owner.setItemText(0, self.tr("Choose a colleague…"))
        self.set_label("due", self.tr("&Done by"))

    def _fill_people(self, rows: list[people.PersonRow]) -> None:
        for row in rows:
            self.owner.addItem(row.name, row.id)

    def submit(self) -> None:
        title = self.title.text()
        owner_id = self.owner.currentData()
        due = self.due.checked()
        if due is None:
            return
        db, actor, round_id, key = self.ctx.db, self.ctx.actor, self.round_id, self.key
        self.save(lambda: culture.add_culture_action(db, actor, round_id, key, title,
                                                     owner_id, due))

    def show_error(self, error: DomainError) -> None:
        key = error.field if error.field in ("owner", "due") else "title"
        self.show_field_error(key, self.ctx.describe(error))
