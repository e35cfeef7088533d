"""The annual learning report as one HTML document (printed to PDF with its charts by ui/).

Its fixed words live in resources/templates/annual_report.{nl,en}.html; the figures are the
dashboard's own (``app.services.dashboard``), so the report and the screen always agree.
Charts are referenced as ``<img src="chart:NAME">``; ui/ draws them and adds them to the
document as image resources.
"""

from __future__ import annotations

import html
import string
from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import select

from app.access import Actor, Operation, require
from app.db import Database
from app.money import format_amount
from app.paths import resources_dir
from app.services import audit, culture, dashboard
from models import Organisation
from models.errors import Invalid

LANGUAGES = ("nl", "en")
CHARTS = ("hours", "sessions", "budget", "culture")


@dataclass(frozen=True)
class ReportData:
    organisation: str
    figures: dashboard.Figures
    hours: dashboard.Breakdown
    sessions: dashboard.Breakdown
    lessons: dashboard.Breakdown
    # Culture scan results show only from this many respondents (the organisation's setting).
    culture_threshold: int = culture.DEFAULT_THRESHOLD


def report_data(db: Database, actor: Actor, year: int) -> ReportData:
    """Everything the annual report shows, read once (and the reading audited)."""
    require(actor, Operation.VIEW_DASHBOARD)
    period = dashboard.Period(year)
    with db.read() as s:
        name = s.scalar(select(Organisation.name).limit(1)) or ""
    data = ReportData(name, dashboard.figures(db, actor, period),
                      dashboard.breakdown(db, actor, period, "hours"),
                      dashboard.breakdown(db, actor, period, "sessions"),
                      dashboard.breakdown(db, actor, period, "lessons"),
                      culture.current_threshold(db))
    with db.transaction() as s:
        audit.record(s, actor, "annual_report_saved", None, year=year)
    return data


@cache
def _template(language: str) -> string.Template:
    path = resources_dir() / "templates" / f"annual_report.{language}.html"
    return string.Template(path.read_text(encoding="utf-8"))


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def number(value: float | None, language: str, decimals: int = 1) -> str:
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}"
    if language == "nl":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


def percent(value: float | None, language: str) -> str:
    return "–" if value is None else f"{number(value * 100, language, 0)}%"


def render_report(data: ReportData, language: str, today: date | None = None,
                  chart_width: int = 600) -> str:
    """The report's HTML; ``chart_width`` is the width of each chart picture in the
    document's own units (the PDF writer's dots when printed)."""
    if language not in LANGUAGES:
        raise Invalid("language_unknown", language=language)
    f = data.figures
    titles = {c.key: c.title for c in culture.characteristics(language)}
    culture_rows = "\n".join(
        f"<tr><td>{_e(titles.get(k, k))}</td><td align=\"right\">{number(v, language)}</td></tr>"
        for k, v in f.culture_means.items())
    lessons = "\n".join(f"<li>{_e(r.label)}</li>" for r in data.lessons.rows)
    day = today or date.today()
    values = {
        "organisation": _e(data.organisation),
        "year": f.budget_year,
        "made_on": day.strftime("%d-%m-%Y" if language == "nl" else "%d/%m/%Y"),
        "participants": f.participants,
        "professionals": f.professionals,
        "participation": percent(f.participation, language),
        "hours_per_person": number(f.hours_per_person, language),
        "norm": number(f.norm_hours_per_person, language, 0),
        "people": f.people,
        "cycles": f.cycles_held,
        "sessions_planned": f.sessions_planned,
        "sessions_held": f.sessions_held,
        "attendance": percent(f.attendance, language),
        "conversations_due": f.conversations_due,
        "conversations_on_time": f.conversations_on_time,
        "conversations_late": f.conversations_late,
        "on_time_share": percent(f.conversations_on_time_share, language),
        "available": _e(format_amount(f.budget_available_cents, language, symbol=True)),
        "used": _e(format_amount(f.budget_used_cents, language, symbol=True)),
        "used_share": percent(f.budget_used, language),
        "reference": percent(dashboard.AWVN_BUDGET_USE, language),
        "improved": f.situations_improved,
        "innovated": f.situations_innovated,
        "lessons_shared": f.lessons_shared,
        "lessons": lessons,
        "culture_round": f.culture_round or "",
        "culture_respondents": f.culture_respondents,
        "culture_rows": culture_rows,
        "culture_threshold": data.culture_threshold,
        "chart_width": chart_width,
        "radar_width": round(chart_width * 0.8),
    }
    page = _template(language).safe_substitute(values)
    # Sections without data say so instead of showing an empty table or chart.
    if f.culture_round is None:
        page = _cut(page, "culture")
    else:
        page = _cut(page, "no_culture")
    if not data.lessons.rows:
        page = _cut(page, "lesson_list")
    return page


def _cut(page: str, name: str) -> str:
    """Remove the block between <!--name--> and <!--/name-->."""
    start, end = f"<!--{name}-->", f"<!--/{name}-->"
    a, b = page.find(start), page.find(end)
    if a == -1 or b == -1:
        return page
    return page[:a] + page[b + len(end):]
