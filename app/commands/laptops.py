"""Admin commands `laptops list|revoke`: the personal copies on laptops, and revoking one."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from app import messages
from app.access import Actor
from app.failures import EXIT_OK, EXIT_PROBLEM
from models.errors import NotFound

if TYPE_CHECKING:
    from app.cli import Context

ADMIN = Actor.machine_admin()


def _moment(at: datetime | None) -> str:
    """Dutch time, as `check` prints a copy's last sync; empty for never."""
    from zoneinfo import ZoneInfo

    from app.ical import TZID

    return "" if at is None else at.astimezone(ZoneInfo(TZID)).strftime("%Y-%m-%dT%H:%M")


def cmd_laptops_list(ctx: Context) -> int:
    """One line per copy (the same in both languages), tab-separated: ID, person ID, the
    person's name, created, last sync, revoked (yes/no)."""
    from app.services import personal_copies

    for c in personal_copies.list_copies(ctx.db(), ADMIN):
        ctx.out("\t".join((c.id, str(c.person_id), c.person_name, _moment(c.created_at),
                           _moment(c.last_synced_at), "yes" if c.revoked else "no")))
    return EXIT_OK


def cmd_laptops_revoke(ctx: Context) -> int:
    """Exit 0 when revoked (or revoked already); 1 with one line for an unknown ID."""
    from app.services import personal_copies

    try:
        personal_copies.revoke(ctx.db(), ADMIN, ctx.args.id)
    except NotFound as exc:
        print(f"regiestoel-admin: {messages.describe(exc, ctx.language)}", file=sys.stderr)
        return EXIT_PROBLEM
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    area = sub.add_parser("laptops", help="the personal copies on laptops")
    lsub = area.add_subparsers(dest="laptops_command", required=True)
    lsub.add_parser("list", help="one line per copy: ID, person ID, name, created, last sync, "
                                 "revoked (tab-separated)").set_defaults(func=cmd_laptops_list)
    revoke = lsub.add_parser("revoke", help="revoke a copy: its login is dropped, and its "
                                            "laptop deletes it at its next contact")
    revoke.add_argument("id", metavar="ID", help="the copy's ID, as `laptops list` shows it")
    revoke.set_defaults(func=cmd_laptops_revoke)
