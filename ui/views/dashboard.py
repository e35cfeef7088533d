"""Dashboard: whether learning happens, for a year or a quarter; every figure opens its list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCharts import QChart
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
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

from app.changes import Changes
from app.jobs import Progress
from app.money import format_amount
from app.services import culture, dashboard
from app.services.dashboard import Breakdown, Figures, Period
from models.errors import DomainError
from ui import charts
from ui.context import AppContext
from ui.icons import icon
from ui.long_job import JobDialog, run_job
from ui.widgets.common import (
    Card,
    clear_layout,
    hint_label,
    page_column,
    role_label,
    title_label,
)

YEARS_BACK = 9


def number(value: float | None, language: str, decimals: int = 1) -> str:
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".") if language == "nl" \
        else text


def percent(value: float | None, language: str) -> str:
    return "–" if value is None else f"{number(value * 100, language, 0)}%"


class FigureTile(QFrame):
    """A big number with what it means; click it (or press Enter) for the list behind it."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 12)
        column.setSpacing(2)
        self.caption = role_label("", "subtitle", wrap=True)
        self.number = role_label("", "big-number")
        self.detail = hint_label()
        for w in (self.caption, self.number, self.detail):
            w.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            column.addWidget(w)
        column.addStretch(1)

    def set_texts(self, caption: str, value: str, detail: str) -> None:
        self.caption.setText(caption)
        self.number.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{caption}: {value}")
        self.setAccessibleDescription(detail)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class Loaded:
    figures: Figures
    hours: Breakdown
    sessions: Breakdown


def load(db, actor, period: Period) -> Loaded:  # type: ignore[no-untyped-def]
    return Loaded(dashboard.figures(db, actor, period),
                  dashboard.breakdown(db, actor, period, "hours"),
                  dashboard.breakdown(db, actor, period, "sessions"))


class BreakdownDialog(QDialog):
    """The list behind one figure (aggregates only)."""

    def __init__(self, title: str, columns: list[str], rows: list[list[str]],
                 empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(620, 440)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(title))
        self.table = QTableWidget(len(rows), len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(columns)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        if rows:
            layout.addWidget(self.table, 1)
        else:
            layout.addWidget(hint_label(empty), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class DashboardView(QScrollArea):
    def __init__(self, ctx: AppContext, navigate: Callable[[str], QWidget | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.navigate = navigate
        self.loaded: Loaded | None = None
        self.stale = False
        self.dialog: QWidget | None = None
        self.job: JobDialog | None = None
        self.message: QMessageBox | None = None
        self.last_report: Path | None = None
        layout = page_column(self)
        top = QHBoxLayout()
        self.title = title_label()
        top.addWidget(self.title)
        top.addStretch(1)
        self.period_label = QLabel()
        self.year_box = QComboBox()
        this_year = date.today().year
        for year in range(this_year, this_year - YEARS_BACK - 1, -1):
            self.year_box.addItem(str(year), year)
        self.quarter_box = QComboBox()
        for quarter in (None, 1, 2, 3, 4):
            self.quarter_box.addItem("", quarter)
        self.period_label.setBuddy(self.year_box)
        self.report_button = QPushButton(icon("report"), "")
        for w in (self.period_label, self.year_box, self.quarter_box, self.report_button):
            top.addWidget(w)
        layout.addLayout(top)
        self.intro = hint_label()
        layout.addWidget(self.intro)
        self.empty = hint_label()
        self.empty.setProperty("role", "subtitle")
        self.empty.hide()
        layout.addWidget(self.empty)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.tiles: dict[str, FigureTile] = {}
        for n, key in enumerate(dashboard.FIGURES):
            tile = FigureTile()
            tile.clicked.connect(lambda _c=False, k=key: self.open_figure(k))
            self.tiles[key] = tile
            grid.addWidget(tile, n // 4, n % 4)
        for col in range(4):
            grid.setColumnStretch(col, 1)
        layout.addLayout(grid)

        self.charts_card = Card()
        self.charts_grid = QGridLayout()
        self.charts_grid.setSpacing(12)
        self.charts_grid.setColumnStretch(0, 1)
        self.charts_grid.setColumnStretch(1, 1)
        self.charts_card.body.addLayout(self.charts_grid)
        layout.addWidget(self.charts_card)
        layout.addStretch(1)

        self.year_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.quarter_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.report_button.clicked.connect(self.save_report)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    # --- data ----------------------------------------------------------------------------

    def period(self) -> Period:
        return Period(int(self.year_box.currentData()), self.quarter_box.currentData())

    def reload(self) -> None:
        db, actor, period = self.ctx.db, self.ctx.actor, self.period()
        self.ctx.call(self, lambda: load(db, actor, period), self._show)

    def _changed(self, _changes: Changes) -> None:
        # Nearly every change moves some figure; the queries are aggregates, so just reload
        # (now if the dashboard is on screen, otherwise when it is shown again).
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if self.stale:
            self.stale = False
            self.reload()
        super().showEvent(event)

    def _show(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self._fill()

    def open_figure(self, key: str) -> None:
        db, actor, period = self.ctx.db, self.ctx.actor, self.period()
        self.ctx.call(self, lambda: dashboard.breakdown(db, actor, period, key),
                      self._show_breakdown)

    def _show_breakdown(self, b: Breakdown) -> None:
        lang = self.ctx.language
        titles = {c.key: c.title for c in culture.characteristics(lang)}
        kinds = self._kind_names()
        columns = [self._row_heading(b.figure)] + [self._column_name(c) for c in b.columns]
        rows = []
        for row in b.rows:
            label = row.label
            if b.figure == "culture":
                label = titles.get(label, label)
            elif b.figure == "budget":
                label = kinds.get(label, label)
            elif b.figure == "conversations" and not label:
                label = self.tr("(no team)")
            values = []
            for column, value in zip(b.columns, row.values, strict=True):
                if column.endswith("_cents") and isinstance(value, int):
                    values.append(format_amount(value, lang, symbol=True))
                elif isinstance(value, float):
                    values.append(number(value, lang))
                else:
                    values.append(str(value))
            rows.append([label, *values])
        self.dialog = BreakdownDialog(self.tiles[b.figure].caption.text(), columns, rows,
                                      self.tr("Nothing in this period."), self)
        self.dialog.open()

    def save_report(self) -> None:
        year = int(self.year_box.currentData())
        suggested = (self.tr("learning-report-%1") .replace("%1", str(year))) + ".pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the annual learning report"), suggested, self.tr("PDF (*.pdf)"))
        if path:
            self.write_report(Path(path), year)

    def write_report(self, path: Path, year: int) -> None:
        """Read the year's figures and write the text as a long job (Cancel until then),
        then draw charts and print on this thread (Qt painting belongs to the GUI thread)."""
        from app.annual_report import ReportData, report_data
        from ui.annual_report import print_annual_report, report_html

        db, actor = self.ctx.db, self.ctx.actor
        language = self.ctx.language

        def work(progress: Progress) -> tuple[ReportData, str]:
            progress.step("report_reading")
            data = report_data(db, actor, year)
            progress.step("report_writing")
            return data, report_html(data, language)

        def done(built: tuple[ReportData, str]) -> None:
            data, html = built
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                print_annual_report(data, html, language, path)
            except DomainError as exc:
                self._tell(self.ctx.describe(exc), QMessageBox.Icon.Warning)
                return
            finally:
                QApplication.restoreOverrideCursor()
            self.last_report = path
            self._tell(self.tr("The report was saved as %1.").replace("%1", str(path)))

        self.job = run_job(self.ctx, self, self.tr("Making the annual learning report"),
                           work, done)

    def _tell(self, text: str, kind: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        box = QMessageBox(kind, self.tr("Annual learning report"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.open()
        self.message = box

    # --- texts ---------------------------------------------------------------------------

    def _kind_names(self) -> dict[str, str]:
        from models import InterventionKind
        from ui.names_budget import intervention_name

        return {k.value: intervention_name(k) for k in InterventionKind}

    def _row_heading(self, figure: str) -> str:
        return {
            "participation": self.tr("Learning group"),
            "hours": self.tr("Month"),
            "sessions": self.tr("Month"),
            "conversations": self.tr("Team"),
            "budget": self.tr("Kind of learning"),
            "situations": self.tr("Month"),
            "lessons": self.tr("Lesson learned"),
            "culture": self.tr("Characteristic"),
        }[figure]

    def _column_name(self, column: str) -> str:
        return {
            "sessions_held": self.tr("Sessions held"),
            "participants": self.tr("Professionals present"),
            "hours": self.tr("Hours in working time"),
            "sessions_planned": self.tr("Sessions planned"),
            "present": self.tr("Present"),
            "due": self.tr("Due"),
            "on_time": self.tr("On time"),
            "late": self.tr("Late"),
            "requests": self.tr("Requests"),
            "committed_cents": self.tr("Committed"),
            "spent_cents": self.tr("Spent"),
            "improved": self.tr("Improved"),
            "innovated": self.tr("Innovated"),
            "shared_on": self.tr("Shared on"),
            "mean": self.tr("Average"),
            "answers": self.tr("Answers"),
            "dont_know": self.tr("Don't know"),
        }.get(column, column)

    def _fill(self) -> None:
        f = self.loaded.figures if self.loaded else None
        lang = self.ctx.language
        if f is None:
            return
        t = self.tiles
        t["participation"].set_texts(
            self.tr("In a learning group"), percent(f.participation, lang),
            self.tr("%1 of %2 professionals were at a session").replace(
                "%1", str(f.participants)).replace("%2", str(f.professionals)))
        t["hours"].set_texts(
            self.tr("Learning hours per person"), number(f.hours_per_person, lang),
            self.tr("in working time; norm %1 hours").replace(
                "%1", number(f.norm_hours_per_person, lang, 0)))
        t["sessions"].set_texts(
            self.tr("Sessions held"), str(f.sessions_held),
            self.tr("%1 cycles · %2 planned · attendance %3").replace(
                "%1", str(f.cycles_held)).replace("%2", str(f.sessions_planned)).replace(
                "%3", percent(f.attendance, lang)))
        t["conversations"].set_texts(
            self.tr("Talent conversations on time"), percent(f.conversations_on_time_share, lang),
            self.tr("%1 of %2 due; %3 late").replace(
                "%1", str(f.conversations_on_time)).replace(
                "%2", str(f.conversations_due)).replace("%3", str(f.conversations_late)))
        t["budget"].set_texts(
            self.tr("Learning budget used"), percent(f.budget_used, lang),
            self.tr("%1 of %2 in %3 (AWVN: 55%)").replace(
                "%1", format_amount(f.budget_used_cents, lang, symbol=True)).replace(
                "%2", format_amount(f.budget_available_cents, lang, symbol=True)).replace(
                "%3", str(f.budget_year)))
        t["situations"].set_texts(
            self.tr("Work situations"), str(f.situations_improved + f.situations_innovated),
            self.tr("%1 improved · %2 innovated").replace(
                "%1", str(f.situations_improved)).replace("%2", str(f.situations_innovated)))
        t["lessons"].set_texts(self.tr("Lessons shared"), str(f.lessons_shared),
                               self.tr("written down for everyone"))
        if f.culture_round is None:
            t["culture"].set_texts(self.tr("Learning culture"), "–",
                                   self.tr("no closed round with enough respondents to show"))
        else:
            means = [m for m in f.culture_means.values() if m is not None]
            overall = sum(means) / len(means) if means else None
            t["culture"].set_texts(
                self.tr("Learning culture"), number(overall, lang),
                self.tr("average of round %1, %2 respondents").replace(
                    "%1", str(f.culture_round)).replace("%2", str(f.culture_respondents)))
        self.empty.setVisible(f.is_empty)
        self.empty.setText(self.tr(
            "Nothing was recorded in this period yet: no sessions, learning hours, "
            "conversations, budget use or lessons. The figures fill in as your organisation "
            "learns; choose another period to look back."))
        self._fill_charts(f)

    def _fill_charts(self, f: Figures) -> None:
        clear_layout(self.charts_grid)
        self.chart_views: list[QWidget] = []
        self.charts_card.setVisible(not f.is_empty)
        if f.is_empty or self.loaded is None:
            return
        for n, chart in enumerate(build_charts(self.loaded.figures, self.loaded.hours,
                                               self.loaded.sessions, self.ctx.language)):
            chart_view = charts.view(chart, height=300)
            self.chart_views.append(chart_view)
            self.charts_grid.addWidget(chart_view, n // 2, n % 2)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Dashboard"))
        self.intro.setText(self.tr(
            "Does learning actually happen? Figures for the whole organisation, never of one "
            "person. Click a figure to see the list behind it."))
        self.period_label.setText(self.tr("&Period"))
        for i, text in enumerate((self.tr("Whole year"), self.tr("1st quarter"),
                                  self.tr("2nd quarter"), self.tr("3rd quarter"),
                                  self.tr("4th quarter"))):
            self.quarter_box.setItemText(i, text)
        self.quarter_box.setAccessibleName(self.tr("Part of the year"))
        self.report_button.setText(self.tr("Annual report (PDF)…"))
        self.charts_card.heading.setText(self.tr("Charts"))
        self._fill()


def chart_texts() -> dict[str, str]:
    """Chart words, listed here so Qt Linguist finds them (context DashboardView)."""
    translate = QCoreApplication.translate
    return {
        "per_person": translate("DashboardView", "Hours per person"),
        "hours_title": translate("DashboardView", "Learning hours in working time per month"),
        "norm": translate("DashboardView", "Norm"),
        "planned": translate("DashboardView", "Planned"),
        "held": translate("DashboardView", "Held"),
        "sessions_title": translate("DashboardView", "Sessions per month"),
        "spent": translate("DashboardView", "Spent"),
        "committed": translate("DashboardView", "Committed"),
        "budget_title": translate("DashboardView", "Learning budget used, % of available"),
        "awvn": translate("DashboardView", "AWVN: 55% used"),
        "culture_title": translate("DashboardView", "Learning culture, round %1"),
    }


def build_charts(f: Figures, hours: Breakdown, sessions: Breakdown, language: str
                 ) -> list[QChart]:
    """The dashboard's charts, also drawn into the annual report."""
    w = chart_texts()
    months = [r.label[5:] for r in hours.rows]
    per_person = [float(r.values[0]) / f.people if f.people else 0.0 for r in hours.rows]
    norm_month = f.norm_hours_per_person / max(len(hours.rows), 1)
    out = [
        charts.bars(months, [(w["per_person"], per_person)], w["hours_title"],
                    reference=(w["norm"], norm_month)),
        charts.bars(months, [(w["planned"], [float(r.values[0]) for r in sessions.rows]),
                             (w["held"], [float(r.values[1]) for r in sessions.rows])],
                    w["sessions_title"]),
    ]
    available = f.budget_available_cents or 0
    committed = 100 * f.budget_committed_cents / available if available else 0.0
    spent = 100 * f.budget_spent_cents / available if available else 0.0
    out.append(charts.bars(
        [str(f.budget_year)], [(w["spent"], [spent]), (w["committed"], [committed])],
        w["budget_title"], stacked=True,
        reference=(w["awvn"], 100 * dashboard.AWVN_BUDGET_USE),
        maximum=max(100.0, (committed + spent) * 1.1)))
    if f.culture_round is not None:
        shorts = {c.key: c.short for c in culture.characteristics(language)}
        out.append(charts.radar([shorts.get(k, k) for k in f.culture_means],
                                list(f.culture_means.values()),
                                w["culture_title"].replace("%1", str(f.culture_round))))
    return out
