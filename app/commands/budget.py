"""Admin command `budget export --year YEAR FILE.csv`: the ledger of a year as a CSV file."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.access import Actor
from app.commands import parse_year

if TYPE_CHECKING:
    from app.cli import Context

ADMIN = Actor.machine_admin()


def _year(text: str) -> int:
    from app.services.budget import FIRST_YEAR, LAST_YEAR

    return parse_year(text, FIRST_YEAR, LAST_YEAR)


def cmd_budget_export(ctx: Context) -> int:
    """Writes the file (the audit log records the export) and prints one confirmation line."""
    from app.messages import text
    from app.services import budget

    a = ctx.args
    rows = budget.export_ledger(ctx.db(), ADMIN, a.year, Path(a.file), ctx.language)
    ctx.out(text("cli.ledger_exported", ctx.language, count=rows, year=a.year, file=a.file))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    area = sub.add_parser("budget", help="the learning budget")
    bsub = area.add_subparsers(dest="budget_command", required=True, metavar="ACTION")
    export = bsub.add_parser(
        "export",
        help="write the ledger of a year (organisation, teams, people: available, committed, "
        "spent, remaining) to an Excel-compatible CSV file",
    )
    export.add_argument("--year", type=_year, default=date.today().year, metavar="YEAR",
                        help="the budget year (default: this year)")
    export.add_argument("file", metavar="FILE.csv")
    export.set_defaults(func=cmd_budget_export)
