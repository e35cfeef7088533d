"""Leercultuur: answer the scan, read a round's results (radar, trend), focus and actions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.access import Operation
from app.changes import Area, Changes
from app.services import culture, culture_answers, people
from models.errors import DomainError
from ui import charts
from ui.context import AppContext
from ui.i18n import format_date
from ui.icons import icon
from ui.offline import needs_server, reason_label
from ui.views.culture_focus import FocusCard, format_mean
from ui.widgets.common import Card, clear_layout, confirm, hint_label, page_column, title_label

Overview = culture.Overview


def load_overview(db, actor) -> Overview:  # type: ignore[no-untyped-def]
    return culture.overview(db, actor)


class CultureView(QScrollArea):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.overview: Overview | None = None
        self.result: culture.Results | None = None
        self.result_error: DomainError | None = None
        self.ahead: Overview | None = None
        self.dialog: QWidget | None = None
        self.pending_answer: int | None = None
        self.manage = ctx.session.may(Operation.MANAGE_CULTURE)
        layout = page_column(self)
        self.title = title_label()
        self.intro = hint_label()
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        self.answer_card = Card()
        self.answer_text = QLabel()
        self.answer_text.setWordWrap(True)
        self.answer_button = QPushButton(icon("edit"), "")
        self.answer_card.body.addWidget(self.answer_text)
        self.answer_card.body.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignLeft)
        # On a personal copy: an answer goes straight to the organisation's database.
        self.answer_offline = reason_label()
        self.answer_card.body.addWidget(self.answer_offline)
        self.answer_card.hide()
        layout.addWidget(self.answer_card)

        manage_row = QHBoxLayout()
        manage_row.addStretch(1)
        layout.addLayout(manage_row)
        bar = QHBoxLayout()
        self.round_label = QLabel()
        self.round_box = QComboBox()
        self.round_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.team_label = QLabel()
        self.team_box = QComboBox()
        self.team_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.round_label.setBuddy(self.round_box)
        self.team_label.setBuddy(self.team_box)
        self.open_button = QPushButton(icon("add"), "")
        self.close_button = QPushButton(icon("stop"), "")
        for w in (self.round_label, self.round_box, self.team_label, self.team_box):
            bar.addWidget(w)
        bar.addStretch(1)
        manage_row.addWidget(self.open_button)
        manage_row.addWidget(self.close_button)
        self.open_button.setVisible(self.manage)
        self.close_button.setVisible(self.manage)
        layout.addLayout(bar)

        self.results_card = Card()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.results_card.body.addWidget(self.status)
        self.charts_row = QHBoxLayout()
        self.results_card.body.addLayout(self.charts_row)
        layout.addWidget(self.results_card)

        self.focus_card = FocusCard(ctx.language, self.manage)
        self.focus_card.choose_requested.connect(self.choose_focus)
        self.focus_card.add_action_requested.connect(self.add_action)
        self.focus_card.status_requested.connect(self.set_action_status)
        layout.addWidget(self.focus_card)

        self.trend_card = Card()
        self.trend_body = QVBoxLayout()
        self.trend_card.body.addLayout(self.trend_body)
        layout.addWidget(self.trend_card)
        layout.addStretch(1)

        # Not connected to answer() directly: clicked(bool) would arrive as the round id.
        self.answer_button.clicked.connect(lambda _checked=False: self.answer())
        ctx.bus.connection.connect(self._answer_reachable)
        self.open_button.clicked.connect(self.open_round)
        self.close_button.clicked.connect(self.close_round)
        self.round_box.currentIndexChanged.connect(self._round_chosen)
        self.team_box.currentIndexChanged.connect(lambda _i: self.load_result())
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    # --- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: load_overview(db, actor), self._show_overview)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Area.CULTURE, Area.TEAMS):
            self.reload()

    def _show_overview(self, overview: Overview) -> None:
        keep = self.selected_round()
        self.overview = overview
        # The newest closed round's result came along; used once, by the first load_result.
        self.ahead = overview
        self.round_box.blockSignals(True)
        self.round_box.clear()
        for r in reversed(overview.rounds):
            self.round_box.addItem(self._round_text(r), r.id)
        # First visit: the newest closed round, whose results can be read.
        closed = [r.id for r in overview.rounds if not r.is_open]
        wanted = keep if keep is not None else (closed[-1] if closed else None)
        index = self.round_box.findData(wanted) if wanted is not None else 0
        self.round_box.setCurrentIndex(max(index, 0))
        self.round_box.blockSignals(False)
        self._fill_answer_card()
        self._fill_trend()
        self._round_chosen()
        if self.pending_answer is not None:
            pending, self.pending_answer = self.pending_answer, None
            self.answer(pending)

    def selected_round(self) -> int | None:
        value = self.round_box.currentData()
        return int(value) if value is not None else None

    def _round(self) -> culture.RoundRow | None:
        rid = self.selected_round()
        if self.overview is None or rid is None:
            return None
        return next((r for r in self.overview.rounds if r.id == rid), None)

    def _round_chosen(self, *_args: object) -> None:
        r = self._round()
        self.team_box.blockSignals(True)
        self.team_box.clear()
        self.team_box.addItem(self.tr("Whole organisation"), None)
        if r is not None and self.overview is not None:
            for team_id in r.team_ids:
                self.team_box.addItem(self.overview.teams.get(team_id, f"#{team_id}"), team_id)
        self.team_box.setEnabled(r is not None and bool(r.team_ids))
        self.team_box.blockSignals(False)
        self.close_button.setEnabled(r is not None and r.is_open)
        self.load_result()

    def load_result(self) -> None:
        r = self._round()
        if r is None:
            self.result, self.result_error = None, None
            self._fill_result()
            return
        team = self.team_box.currentData()
        ahead, self.ahead = self.ahead, None
        if ahead is not None and team is None and ahead.newest_round_id == r.id:
            # Read with the overview a moment ago.
            if ahead.newest_result is not None:
                self._show_result(ahead.newest_result)
            elif ahead.newest_refused is not None:
                self._show_refusal(ahead.newest_refused)
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.call(self, lambda: culture.results(db, actor, r.id, team),
                      self._show_result, self._show_refusal)

    def _show_result(self, result: culture.Results) -> None:
        self.result, self.result_error = result, None
        self._fill_result()

    def _show_refusal(self, error: DomainError) -> None:
        self.result, self.result_error = None, error
        self._fill_result()

    # --- actions -------------------------------------------------------------------------

    def answer_when_loaded(self, round_id: int) -> None:
        """Open the answer screen once the rounds are known (coming from Mijn regie)."""
        if self.overview is not None:
            self.answer(round_id)
        else:
            self.pending_answer = round_id

    def answer(self, round_id: int | None = None) -> None:
        from ui.dialogs.culture import AnswerDialog

        mine = self.overview.mine if self.overview else []
        row = next((r for r in mine if round_id is None or r.id == round_id), None)
        if row is None:
            self.dialog = self._tell(self.tr(
                "There is no scan round open for you right now, or you have already "
                "answered it. Thank you!"))
            return
        dialog = AnswerDialog(self.ctx, row, self)
        dialog.accepted.connect(lambda: self._tell(self.tr(
            "Thank you! Your answers have been added to the counts, without your name.")))
        self.dialog = dialog
        dialog.open()

    def _tell(self, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Learning culture scan"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.open()
        self.message = box
        return box

    def open_round(self) -> None:
        from ui.dialogs.culture import OpenRoundDialog

        teams = self.overview.teams if self.overview else {}
        threshold = self.overview.threshold if self.overview else culture.DEFAULT_THRESHOLD
        self.dialog = OpenRoundDialog(
            self.ctx, [people.TeamRow(i, n, 0) for i, n in teams.items()], threshold, self)
        self.dialog.open()

    def close_round(self) -> None:
        r = self._round()
        if r is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        text = self.tr("Close round %1? Nobody can answer it after that; its results "
                       "appear if at least %3 people took part (now: %2).").replace(
            "%1", str(r.id)).replace("%2", str(r.respondents)).replace("%3", str(r.threshold))
        self.dialog = confirm(self, self.tr("Close round"), text,
                              lambda: self.ctx.change(
                                  self, lambda: culture.close_round(db, actor, r.id)))

    def choose_focus(self) -> None:
        from ui.dialogs.culture import FocusDialog

        if self.result is None:
            return
        self.dialog = FocusDialog(self.ctx, self.result.round_id, self.result.focus, self)
        self.dialog.open()

    def add_action(self, key: str) -> None:
        from ui.dialogs.culture import CultureActionDialog

        if self.result is None:
            return
        self.dialog = CultureActionDialog(self.ctx, self.result.round_id, key, self)
        self.dialog.open()

    def set_action_status(self, action_id: int, status: str) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.change(self, lambda: culture.set_culture_action_status(db, actor, action_id,
                                                                        status))

    # --- texts ---------------------------------------------------------------------------

    def _round_text(self, r: culture.RoundRow) -> str:
        lang = self.ctx.language
        if r.closed_at is not None:
            state = self.tr("closed %1").replace("%1", format_date(r.closed_at, lang)[:10])
        elif not r.is_open:
            state = self.tr("closed %1").replace("%1", format_date(r.closes_on, lang))
        else:
            state = self.tr("open until %1").replace("%1", format_date(r.closes_on, lang))
        return self.tr("Round %1 — %2 — %n respondent(s)", "", r.respondents).replace(
            "%1", str(r.id)).replace("%2", state)

    def _titles(self) -> dict[str, str]:
        return {c.key: c.title for c in culture.characteristics(self.ctx.language)}

    def _fill_answer_card(self) -> None:
        mine = self.overview.mine if self.overview else []
        self.answer_card.setVisible(bool(mine))
        if mine:
            r = mine[0]
            self.answer_text.setText(self.tr(
                "Scan round %1 is open for you until %2. It takes about ten minutes, and your "
                "answers cannot be traced back to you.").replace("%1", str(r.id)).replace(
                "%2", format_date(r.closes_on, self.ctx.language)))

    def _fill_result(self) -> None:
        clear_layout(self.charts_row)
        r = self._round()
        lang = self.ctx.language
        if r is None:
            self.status.setText(self.tr(
                "No scan round yet. A round asks everyone 30 short statements about how "
                "learning goes here; the results show where your learning culture is strong "
                "and what to work on.")
                + ("" if not self.manage else " " + self.tr("Open the first round to start.")))
        elif self.result_error is not None:
            e = self.result_error
            if e.code == "culture_round_still_open":
                text = self.tr(
                    "This round is still open: %n person(s) have answered so far. Results "
                    "appear after its closing date, or when the round is closed earlier, so "
                    "nobody can compare before and after a colleague answers.", "",
                    r.respondents)
            else:
                text = self.ctx.describe(e)
            self.status.setText(text)
        elif self.result is not None:
            res = self.result
            titles = self._titles()
            self.status.setText(self.tr(
                "%n respondent(s). Average agreement per characteristic, from 1 (not at all) "
                "to 5 (completely); ‘don't know’ is left out of the average.", "",
                res.respondents))
            shorts = {c.key: c.short for c in culture.characteristics(lang)}
            labels = [shorts.get(c.key, c.key) for c in res.characteristics]
            chart = charts.radar(labels, [c.mean for c in res.characteristics],
                                 self.tr("Round %1").replace("%1", str(res.round_id)))
            self.radar_view = charts.view(chart, height=380)
            self.radar_view.setAccessibleName(self.tr("Radar chart of the results"))
            self.charts_row.addWidget(self.radar_view, 3)
            table = QTableWidget(len(res.characteristics), 3)
            table.setHorizontalHeaderLabels([self.tr("Characteristic"), self.tr("Average"),
                                             self.tr("Don't know")])
            table.verticalHeader().hide()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            for row, c in enumerate(res.characteristics):
                focus = " ★" if c.key in res.focus else ""
                table.setItem(row, 0, QTableWidgetItem(titles.get(c.key, c.key) + focus))
                mean = QTableWidgetItem(format_mean(c.mean, lang))
                mean.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, 1, mean)
                dk = QTableWidgetItem(str(c.dont_know))
                dk.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, 2, dk)
            header = table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
            table.setMinimumHeight(360)
            self.results_table = table
            self.charts_row.addWidget(table, 2)
        self._fill_focus()

    def _fill_focus(self) -> None:
        self.focus_card.show_result(self.result, self.ctx.language)

    def _fill_trend(self) -> None:
        clear_layout(self.trend_body)
        points = self.overview.trend if self.overview else []
        if len(points) < 2:
            threshold = self.overview.threshold if self.overview else culture.DEFAULT_THRESHOLD
            self.trend_body.addWidget(hint_label(self.tr(
                "The trend appears once two rounds are closed with enough respondents each "
                "(at least %1).").replace("%1", str(threshold))))
            return
        lang = self.ctx.language
        titles = self._titles()
        labels = [self.tr("Round %1").replace("%1", str(p.round_id))
                  + f" ({format_date(p.closes_on, lang)})" for p in points]
        shorts = {c.key: c.short for c in culture.characteristics(lang)}
        lines = [(shorts.get(key, titles[key]), [p.means.get(key) for p in points])
                 for key in culture.characteristic_keys()]
        self.trend_view = charts.view(charts.trend(labels, lines), height=420)
        self.trend_view.setAccessibleName(self.tr("Trend across rounds"))
        self.trend_body.addWidget(self.trend_view)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _answer_reachable(self) -> None:
        """On a personal copy the scan is answered on the server: while it is in reach."""
        self.answer_button.setEnabled(not needs_server(
            self.ctx, culture_answers.answer, self.answer_offline, self.answer_button))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Learning culture"))
        self.intro.setText(self.tr(
            "How does learning go in your organisation? Ten characteristics of a learning "
            "culture, each measured with three statements, answered anonymously in rounds."))
        self.answer_card.heading.setText(self.tr("Your turn"))
        self.answer_button.setText(self.tr("Answer the scan"))
        self._answer_reachable()
        self.round_label.setText(self.tr("&Round"))
        self.team_label.setText(self.tr("&Team"))
        self.open_button.setText(self.tr("Open a round…"))
        self.close_button.setText(self.tr("Close round"))
        self.results_card.heading.setText(self.tr("Results"))
        self.trend_card.heading.setText(self.tr("Trend across rounds"))
        if self.overview is not None:
            for i in range(self.round_box.count()):
                r = next(x for x in self.overview.rounds if x.id == self.round_box.itemData(i))
                self.round_box.setItemText(i, self._round_text(r))
            self.team_box.setItemText(0, self.tr("Whole organisation"))
            self._fill_answer_card()
            self._fill_trend()
        self._fill_result()

