"""Print the annual learning report: the app's HTML plus the dashboard's charts, to PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from app.annual_report import ReportData, render_report
from ui.charts import chart_image
from ui.pdf import MARGINS_MM, html_to_pdf
from ui.views.dashboard import build_charts

# QTextDocument sizes images in 96-dpi pixels and scales them to the writer's resolution:
# nearly the full text width of an A4 page.
CHART_WIDTH = round((210 - MARGINS_MM.left() - MARGINS_MM.right()) / 25.4 * 96 * 0.95)


def report_images(data: ReportData, language: str) -> dict[str, QImage]:
    """The charts by the names the report's HTML uses (chart:hours, ...)."""
    built = build_charts(data.figures, data.hours, data.sessions, language)
    names = ["hours", "sessions", "budget", "culture"]
    # The radar is drawn smaller, so its labels come out as large as the bar charts' ones.
    sizes = {"culture": (520, 440)}
    return {f"chart:{name}": chart_image(chart, *sizes.get(name, (800, 450)))
            for name, chart in zip(names, built, strict=False)}


def report_html(data: ReportData, language: str) -> str:
    """The report's text, without Qt: built off the UI thread."""
    return render_report(data, language, chart_width=CHART_WIDTH)


def print_annual_report(data: ReportData, html: str, language: str, path: Path) -> None:
    """Draw the charts and print: Qt painting, so on the UI thread."""
    html_to_pdf(html, path, report_images(data, language))


def write_annual_report(data: ReportData, language: str, path: Path) -> None:
    print_annual_report(data, report_html(data, language), language, path)
