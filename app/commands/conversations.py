"""Admin command `conversations list [--due]`: statuses and dates only, never content."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.access import Actor
from app.services import audit

if TYPE_CHECKING:
    from app.cli import Context

EXIT_OK = 0
ADMIN = Actor.machine_admin()


def cmd_conversations_list(ctx: Context) -> int:
    """One line per conversation: ID, professional, manager, half year, status."""
    from app.services import conversations

    db, due_only = ctx.db(), bool(ctx.args.due)
    rows = conversations.list_conversations(db, ADMIN, due_only=due_only)
    for row in rows:
        status = row.due.value if due_only and row.due is not None else row.status.value
        ctx.out("\t".join([str(row.id), row.professional_name, row.manager_name,
                           row.half_year, status]))
    with db.transaction() as s:
        audit.record(s, ADMIN, "conversations_listed", None, rows=len(rows), due=due_only)
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    area = subparsers.add_parser("conversations", help="talent development conversations: "
                                                       "statuses and dates")
    sub = area.add_subparsers(dest="conversations_command", required=True, metavar="ACTION")
    listing = sub.add_parser(
        "list",
        help="one line per conversation: ID, professional, manager, half year (2026-2), "
        "status (planned, signed, cancelled) (tab-separated); never its content",
    )
    listing.add_argument("--due", action="store_true",
                         help="only conversations that are due or overdue (not signed), with "
                         "'due' or 'overdue' as their status")
    listing.set_defaults(func=cmd_conversations_list)
