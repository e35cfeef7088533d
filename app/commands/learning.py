"""Admin commands for the learning loop: `groups list` and `situations list`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.access import Actor
from app.services import audit

if TYPE_CHECKING:
    from app.cli import Context

ADMIN = Actor.machine_admin()


def cmd_groups_list(ctx: Context) -> int:
    from app.services import groups

    db = ctx.db()
    rows = groups.all_groups(db, ADMIN)
    for g in rows:
        ctx.out("\t".join([str(g.id), g.name, g.member_names]))
    with db.transaction() as s:
        audit.record(s, ADMIN, "groups_listed", None, rows=len(rows))
    return 0


def cmd_situations_list(ctx: Context) -> int:
    from app.services import situations

    db = ctx.db()
    rows = situations.list_situations(db, ADMIN)
    for r in sorted(rows, key=lambda r: r.id):
        ctx.out("\t".join([str(r.id), r.title, r.status.value, r.owner_name]))
    with db.transaction() as s:
        audit.record(s, ADMIN, "situations_listed", None, rows=len(rows))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    groups = sub.add_parser("groups", help="learning groups")
    gsub = groups.add_subparsers(dest="groups_command", required=True, metavar="ACTION")
    gsub.add_parser("list", help="one line per group: ID, name, members (tab-separated)"
                    ).set_defaults(func=cmd_groups_list)
    situations = sub.add_parser("situations", help="work situations")
    ssub = situations.add_subparsers(dest="situations_command", required=True, metavar="ACTION")
    ssub.add_parser("list", help="one line per situation: ID, title, status, owner "
                                 "(tab-separated)").set_defaults(func=cmd_situations_list)
