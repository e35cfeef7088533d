"""Admin commands for lessons learned: `lessons search QUERY`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.access import Actor
from app.commands import count

if TYPE_CHECKING:
    from app.cli import Context

EXIT_OK = 0
ADMIN = Actor.machine_admin()


def cmd_lessons_search(ctx: Context) -> int:
    """One line per hit, best first: ID, title, rank (3 decimals, higher is better)."""
    from app.services import lessons

    query = " ".join(ctx.args.query)
    for hit in lessons.search_lessons(ctx.db(), ADMIN, query, limit=ctx.args.limit):
        ctx.out("\t".join([str(hit.row.id), hit.row.title, f"{hit.rank:.3f}"]))
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    area = subparsers.add_parser("lessons", help="lessons learned: search")
    sub = area.add_subparsers(dest="lessons_command", required=True, metavar="ACTION")
    search = sub.add_parser(
        "search",
        help="one line per matching lesson, best first: ID, title, rank (tab-separated); "
        "prints nothing when there is no match",
    )
    search.add_argument("query", nargs="+", metavar="QUERY",
                        help="words to find (in any form: 'werkplekken' finds 'werkplek')")
    search.add_argument("--limit", type=count, default=50, help="at most this many (default 50)")
    search.set_defaults(func=cmd_lessons_search)
