"""Admin command `calendar export (--group ID | --person ID) FILE.ics`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.access import Actor
from app.commands import record_id
from app.files import write_atomic
from app.services import audit

if TYPE_CHECKING:
    from app.cli import Context

ADMIN = Actor.machine_admin()


def cmd_calendar_export(ctx: Context) -> int:
    from app.services import cycles

    db, a = ctx.db(), ctx.args
    if a.group is not None:
        data = cycles.calendar_for_group(db, ADMIN, a.group, ctx.language)
    else:
        data = cycles.calendar_for_person(db, ADMIN, a.person, ctx.language)
    target = Path(a.file)
    write_atomic(target, data)  # complete or not at all
    with db.transaction() as s:
        audit.record(s, ADMIN, "calendar_exported", a.person, group=a.group)
    ctx.out(str(target))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    calendar = sub.add_parser("calendar", help="week cycles as iCalendar")
    csub = calendar.add_subparsers(dest="calendar_command", required=True, metavar="ACTION")
    export = csub.add_parser("export", help="write the cycles of a group or a person to an "
                                            ".ics file")
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--group", type=record_id, metavar="ID")
    which.add_argument("--person", type=record_id, metavar="ID")
    export.add_argument("file", metavar="FILE.ics")
    export.set_defaults(func=cmd_calendar_export)
