"""Admin commands for the learning culture scan: `culture rounds` and `culture results`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from app import messages
from app.access import Actor
from app.commands import record_id
from app.services import audit
from models.errors import Conflict

if TYPE_CHECKING:
    from app.cli import Context

ADMIN = Actor.machine_admin()
EXIT_TOO_FEW = 1
# Too few answered: in the round, in the team, or in what the team's result would expose.
TOO_FEW = ("too_few_respondents", "culture_team_would_expose")


def cmd_rounds(ctx: Context) -> int:
    from app.services import culture

    db = ctx.db()
    rows = culture.rounds(db, ADMIN)
    for r in rows:
        ctx.out("\t".join([str(r.id), r.opened_at.date().isoformat(), r.closes_on.isoformat(),
                           str(r.respondents)]))
    with db.transaction() as s:
        audit.record(s, ADMIN, "culture_rounds_listed", None, rows=len(rows))
    return 0


def cmd_results(ctx: Context) -> int:
    from app.services import culture

    db = ctx.db()
    try:
        result = culture.results(db, ADMIN, ctx.args.round, ctx.args.team)
    except Conflict as exc:
        if exc.code not in TOO_FEW:
            raise
        print(f"regiestoel-admin: {messages.describe(exc, ctx.language)}", file=sys.stderr)
        return EXIT_TOO_FEW
    ctx.out(json.dumps(result.to_data(), ensure_ascii=False, indent=2))
    with db.transaction() as s:
        audit.record(s, ADMIN, "culture_results_read", None, round=ctx.args.round,
                     team=ctx.args.team)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    culture = sub.add_parser("culture", help="learning culture scan")
    csub = culture.add_subparsers(dest="culture_command", required=True, metavar="ACTION")
    csub.add_parser("rounds", help="one line per round: ID, opened, closes, respondents "
                                   "(tab-separated)").set_defaults(func=cmd_rounds)
    results = csub.add_parser("results", help="a round's results as JSON; exit 1 when too few "
                                              "people answered")
    results.add_argument("round", type=record_id, metavar="ROUND")
    results.add_argument("--team", type=record_id, metavar="ID", default=None)
    results.set_defaults(func=cmd_results)
