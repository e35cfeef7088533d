"""Admin commands `person export|archive|erase|retention`: a person's GDPR rights, headless."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.access import Actor
from app.commands import record_id
from app.messages import text
from app.services import audit
from models.errors import Invalid

if TYPE_CHECKING:
    from app.cli import Context

EXIT_OK, EXIT_PROBLEM = 0, 1
ADMIN = Actor.machine_admin()


def cmd_person_export(ctx: Context) -> int:
    """The administrator reads no one's records: the export is sealed with the passphrase
    the person put in the named environment variable, so only they can open it."""
    from app.services import people, privacy

    a = ctx.args
    if a.passphrase_env is None:
        raise Invalid("cli.export_needs_passphrase_env")
    passphrase = os.environ.get(a.passphrase_env, "")
    if not passphrase:
        raise Invalid("cli.passphrase_env_missing", var=a.passphrase_env)
    db = ctx.db()
    name = people.get_person(db, ADMIN, a.id).name
    privacy.export_person_to(db, ADMIN, a.id, Path(a.file), ctx.language,
                             passphrase=passphrase)
    ctx.out(text("privacy.exported_sealed", ctx.language, name=name, file=a.file))
    return EXIT_OK


def cmd_person_archive(ctx: Context) -> int:
    from app.services import people

    db, a = ctx.db(), ctx.args
    people.archive_person(db, ADMIN, a.id, a.left_on)
    ctx.out(text("privacy.archived", ctx.language, name=people.get_person(db, ADMIN, a.id).name))
    return EXIT_OK


def cmd_person_erase(ctx: Context) -> int:
    """Asks for the person's number at a terminal; without one, only with --yes."""
    from app.services import privacy

    db, a = ctx.db(), ctx.args
    name = privacy.check_erasable(db, ADMIN, a.id)
    if not a.yes:
        if not sys.stdin.isatty():
            raise Invalid("erase_needs_yes")
        answer = input(text("privacy.confirm_erase", ctx.language, name=name, id=a.id))
        if answer.strip() != str(a.id):
            ctx.out(text("privacy.erase_cancelled", ctx.language))
            return EXIT_PROBLEM
    privacy.erase_person(db, ADMIN, a.id)
    ctx.out(text("privacy.erased", ctx.language, id=a.id))
    return EXIT_OK


def cmd_person_retention(ctx: Context) -> int:
    """One line per person due for removal: ID, name, left on (tab-separated)."""
    from app.services import privacy

    db = ctx.db()
    rows = privacy.people_due_for_removal(db, ADMIN)
    for row in rows:
        ctx.out("\t".join([str(row.id), row.name, row.left_on.isoformat()]))
    with db.transaction() as s:
        audit.record(s, ADMIN, "retention_listed", None, rows=len(rows))
    return EXIT_OK


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {value!r}: write it as 2026-11-27") \
            from None


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    area = sub.add_parser("person", help="one person's data: export, archive, erase, retention")
    psub = area.add_subparsers(dest="person_command", required=True, metavar="ACTION")

    export = psub.add_parser("export", help="write everything about a person to a ZIP file "
                                            "(readable JSON and their signed records as HTML), "
                                            "sealed with the person's passphrase")
    export.add_argument("id", type=record_id, metavar="ID")
    export.add_argument("file", metavar="FILE.zip")
    # Not argparse's required=True: its complaint is two lines, and the rule is one.
    export.add_argument("--passphrase-env", metavar="VAR",
                        help="required: the environment variable in which the person put the "
                             "passphrase that seals the file (AES-256 ZIP; never on the "
                             "command line)")
    export.set_defaults(func=cmd_person_export)

    archive = psub.add_parser("archive", help="archive a person who left (never the last "
                                              "owner)")
    archive.add_argument("id", type=record_id, metavar="ID")
    archive.add_argument("--left-on", type=_day, default=None, metavar="YYYY-MM-DD",
                         help="the day they left (default: today)")
    archive.set_defaults(func=cmd_person_archive)

    erase = psub.add_parser("erase", help="erase an archived person's own data for good; "
                                          "figures stay right")
    erase.add_argument("id", type=record_id, metavar="ID")
    erase.add_argument("--yes", action="store_true",
                       help="do not ask for confirmation (needed without a terminal)")
    erase.set_defaults(func=cmd_person_erase)

    retention = psub.add_parser(
        "retention", help="one line per person due for removal (left more than two years "
        "ago, no reason to keep): ID, name, left on (tab-separated)")
    retention.set_defaults(func=cmd_person_retention)
