"""Admin command `dashboard --year YEAR`: the dashboard's figures of a year as JSON."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from app.access import Actor
from app.commands import parse_year

if TYPE_CHECKING:
    from app.cli import Context

ADMIN = Actor.machine_admin()


def _year(text: str) -> int:
    from app.services.dashboard import FIRST_YEAR, LAST_YEAR

    return parse_year(text, FIRST_YEAR, LAST_YEAR)


def cmd_dashboard(ctx: Context) -> int:
    """The same figures the GUI shows, computed by the same service."""
    from app.services import audit, dashboard

    db = ctx.db()
    result = dashboard.figures(db, ADMIN, dashboard.Period(ctx.args.year))
    ctx.out(json.dumps(result.to_data(), ensure_ascii=False, indent=2))
    with db.transaction() as s:
        audit.record(s, ADMIN, "dashboard_read", None, year=ctx.args.year)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    area = sub.add_parser("dashboard", help="the dashboard's figures of a year as JSON")
    area.add_argument("--year", type=_year, required=True, metavar="YEAR")
    area.set_defaults(func=cmd_dashboard)
