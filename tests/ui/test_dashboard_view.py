"""The dashboard screen and the annual report: the service's figures, clickable, and a PDF."""

from __future__ import annotations

from datetime import date

import pytest

from app.annual_report import render_report, report_data
from app.demo import create_demo
from app.services import auth, dashboard
from tests.ui.test_pdf import pdf_text


@pytest.fixture
def demo_owner(db):
    create_demo(db)
    owner_id = next(c.id for c in auth.login_candidates(db) if c.name == "Marieke van Dijk")
    return auth.actor_for(db, owner_id)


def open_view(qtbot, ctx, actor):
    from ui.views.dashboard import DashboardView

    ctx.session.actor = actor
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    qtbot.waitUntil(lambda: view.loaded is not None, timeout=10_000)
    return view


def test_the_tiles_show_the_service_figures_and_open_their_lists(qtbot, ctx, db, demo_owner):
    view = open_view(qtbot, ctx, demo_owner)
    f = dashboard.figures(db, demo_owner, dashboard.Period(date.today().year))
    assert view.loaded.figures == f
    tile = view.tiles["participation"]
    assert tile.number.text() == f"{round(100 * f.participation)}%"
    assert f"{f.participants} of {f.professionals}" in tile.detail.text()
    assert len(view.chart_views) == 4  # hours, sessions, budget with AWVN line, culture radar
    tile.clicked.emit()
    qtbot.waitUntil(lambda: view.dialog is not None, timeout=5000)
    assert view.dialog.table.rowCount() >= 1
    view.dialog.close()
    view.dialog = None
    view.tiles["culture"].clicked.emit()
    qtbot.waitUntil(lambda: view.dialog is not None, timeout=5000)
    assert view.dialog.table.rowCount() == 10


def test_a_period_without_data_says_so_instead_of_drawing_charts(qtbot, ctx, db, demo_owner):
    view = open_view(qtbot, ctx, demo_owner)
    view.year_box.setCurrentIndex(view.year_box.count() - 1)  # nine years back
    qtbot.waitUntil(lambda: view.loaded.figures.is_empty, timeout=5000)
    assert view.empty.isVisibleTo(view)
    assert not view.charts_card.isVisibleTo(view)
    assert view.tiles["conversations"].number.text() == "–"


@pytest.mark.parametrize("language, words", [("en", ["Annual learning report", "AWVN"]),
                                             ("nl", ["Jaarverslag leren", "AWVN"])])
def test_the_annual_report_pdf_reads_back_with_its_figures(qtbot, db, demo_owner, tmp_path,
                                                           language, words):
    from ui.annual_report import write_annual_report

    year = date.today().year
    data = report_data(db, demo_owner, year)
    path = tmp_path / "report.pdf"
    write_annual_report(data, language, path)
    text = pdf_text(path)
    f = data.figures
    for word in words:
        assert word in text
    assert f"{f.participants} " in text and f"{f.professionals})" in text
    assert f"{round(100 * f.budget_used)}%" in text
    assert "55%" in text
    assert str(f.lessons_shared) in text
    assert "chart:" not in render_report(data, language).split("<body>")[0]


def test_qtcharts_is_loaded_only_when_a_chart_screen_opens(tmp_path):
    """Start-up and the login screen stay light: QtCharts comes with the first chart screen."""
    import os
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import ui.main, ui.main_window, ui.views.home\n"
        "print('before', 'PySide6.QtCharts' in sys.modules)\n"
        "import ui.views.dashboard\n"
        "print('after', 'PySide6.QtCharts' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout
    assert "before False" in out and "after True" in out


def test_the_report_button_path_writes_the_pdf(qtbot, ctx, db, demo_owner, tmp_path):
    view = open_view(qtbot, ctx, demo_owner)
    path = tmp_path / "verslag.pdf"
    view.write_report(path, date.today().year)
    qtbot.waitUntil(lambda: path.exists() and path.stat().st_size > 0, timeout=20_000)
    assert "Annual learning report" in pdf_text(path)
    assert str(path) in view.message.text()
