"""Admin command `reminders [--send]`: the unsent e-mail reminders, and sending them."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app import messages
from app.failures import EXIT_OK, EXIT_PROBLEM

if TYPE_CHECKING:
    from app.cli import Context


def cmd_reminders(ctx: Context) -> int:
    """One line per unsent reminder: person ID ("*": a culture round, to everyone it is due
    for), kind code, due date; exit 0 also when nothing is due. With --send: send them
    (failed ones are kept for the next try) and say how many went out."""
    from app import reminders

    db = ctx.db()
    if not ctx.args.send:
        for p in reminders.pending(db):
            ctx.out(p.line())
        return EXIT_OK
    # The admin asked now: a failed reminder is tried again without waiting its turn.
    outcome = reminders.send_due(db, respect_backoff=False)
    ctx.out(messages.text("cli.reminders_sent", ctx.language, sent=outcome.sent,
                          failed=outcome.failed))
    for code in outcome.problems:
        print(f"regiestoel-admin: {messages.text(code, ctx.language)}", file=sys.stderr)
    return EXIT_PROBLEM if outcome.failed or "smtp_not_set" in outcome.problems else EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    area = sub.add_parser("reminders", help="unsent e-mail reminders, one per line: person ID, "
                                            "kind, due date (tab-separated)")
    area.add_argument("--send", action="store_true",
                      help="send them through the SMTP server; prints 'sent N, failed M'")
    area.set_defaults(func=cmd_reminders)
