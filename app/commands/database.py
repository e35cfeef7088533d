"""Admin command `move-to URL`: copy this organisation's SQLite database to a PostgreSQL server."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from models.errors import DomainError

if TYPE_CHECKING:
    from app.cli import Context

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def _say(ctx: Context, code: str, /, **params: object) -> str:
    from app.messages import text

    return text(code, ctx.language, **params)


def _complain(line: str) -> None:
    print(f"regiestoel-admin: {line}", file=sys.stderr)


def cmd_move_to(ctx: Context) -> int:
    """One line per table (name, rows), then one summary line; 0 only when verified."""
    from app.messages import describe
    from app.move_to import move_to
    from app.server_login import is_server_url, without_password
    from models.errors import Invalid

    location = ctx.location
    target = ctx.args.url
    try:
        if not location.is_sqlite_file:
            raise Invalid("move_source_not_sqlite")
        if not is_server_url(target):
            raise Invalid("move_target_not_server")
    except DomainError as exc:
        _complain(describe(exc, ctx.language))
        return EXIT_USAGE
    try:
        # ctx.db() makes this the data folder's one writer: nobody writes while it is copied.
        source = ctx.db()
        report = move_to(source, target,
                         progress=lambda table, rows: ctx.out(f"{table}\t{rows}"))
    except DomainError as exc:
        _complain(describe(exc, ctx.language))
        return EXIT_PROBLEM
    ctx.out(_say(ctx, "cli.move_done", rows=report.total, tables=len(report.rows),
                 url=without_password(target)))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    move = sub.add_parser(
        "move-to",
        help="copy this organisation's SQLite database into an empty PostgreSQL database "
             "and verify the copy row by row",
    )
    move.add_argument("url", metavar="URL",
                      help="postgresql://user@host:port/database (password: keyring, "
                           "REGIESTOEL_DATABASE_PASSWORD, or in the URL)")
    move.set_defaults(func=cmd_move_to)
