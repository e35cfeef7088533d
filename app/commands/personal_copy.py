"""Admin commands for a person's encrypted copy: `personal-copy`, `sync`, and `check` on a
copy."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands import record_id
from app.failures import EXIT_OK, EXIT_PROBLEM
from models.errors import Invalid

if TYPE_CHECKING:
    from app.cli import Context

ENV_PASSWORD = "REGIESTOEL_PASSWORD"


def _password(ctx: Context) -> str:
    """The person's password: REGIESTOEL_PASSWORD, or asked once in a terminal."""
    from app.messages import text

    password = os.environ.get(ENV_PASSWORD)
    if password:
        return password
    if not sys.stdin.isatty():
        raise Invalid("password_missing")
    password = getpass.getpass(text("cli.password_prompt", ctx.language))
    if not password:
        raise Invalid("password_missing")
    return password


def cmd_personal_copy(ctx: Context) -> int:
    """One line (the same in both languages): the copy's id, its person, how many records
    it holds and where."""
    from app.personal_copy.make import make_copy

    a = ctx.args
    password = _password(ctx)
    location = ctx.location
    report = make_copy(ctx.db(migrate=False), a.person_id, password,
                       Path(a.dir).expanduser().resolve(), server_url=location.database_url)
    ctx.out(f"personal copy {report.copy_id} of {report.person_id} {report.person_name}: "
            f"{report.total} records in {report.folder}")
    return EXIT_OK


def last_synced_text(copy: object) -> str:
    from zoneinfo import ZoneInfo

    from app.ical import TZID

    moment = copy.identity.last_synced_at  # type: ignore[attr-defined]
    return str(moment.astimezone(ZoneInfo(TZID)).strftime("%Y-%m-%dT%H:%M"))


def check_copy(ctx: Context) -> int:
    """`check` on a personal copy: the usual line (schema, integrity, read through the
    key), then `personal copy of ID NAME, last synced YYYY-MM-DDTHH:MM` (Dutch time)."""
    from app.checks import run_check
    from app.paths import Location
    from app.personal_copy.opening import open_copy

    folder = ctx.location.data_dir
    copy = open_copy(folder, _password(ctx))
    try:
        # The schema is read through the open (decrypted) connection, as on a server: the
        # file's own header is encrypted and says nothing.
        ok, line = run_check(copy.db, Location(folder, copy.db.url, is_sqlite_file=False),
                             ctx.language)
        ctx.out(line)
        ctx.out(f"personal copy of {copy.identity.person_id} {copy.person_name()}, "
                f"last synced {last_synced_text(copy)}")
    finally:
        copy.close()
    return EXIT_OK if ok else EXIT_PROBLEM


def cmd_sync(ctx: Context) -> int:
    """Sync the copy in the data folder: exactly one line `sent N, received M, conflicts K`
    (the same in both languages); exit 1 with a line on stderr when conflicts wait or the
    copy was revoked (and deleted), and when the server cannot be reached (no counts line:
    nothing ran)."""
    from app.messages import text
    from app.personal_copy.marker import holds_copy
    from app.personal_copy.opening import open_copy
    from app.personal_copy.sync import sync
    from models.errors import StorageError

    folder = ctx.location.data_dir
    if not holds_copy(folder):
        raise StorageError("sync_not_a_copy", path=str(folder))
    copy = open_copy(folder, _password(ctx))
    try:
        report = sync(copy, language=ctx.language)
    finally:
        copy.close()
    ctx.out(f"sent {report.sent}, received {report.received}, conflicts {report.conflicts}")
    problem = ("personal_copy_revoked" if report.revoked else
               "sync_conflicts_waiting" if report.conflicts else None)
    if problem is None:
        return EXIT_OK
    line = text(problem, ctx.language, count=report.conflicts)
    print(f"regiestoel-admin: {line}", file=sys.stderr)
    return EXIT_PROBLEM


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    copy = sub.add_parser(
        "personal-copy",
        help="create an encrypted personal copy of what one person may read, in the data "
             "folder DIR (the person's password from REGIESTOEL_PASSWORD)")
    copy.add_argument("person_id", type=record_id, metavar="PERSON_ID")
    copy.add_argument("dir", metavar="DIR", help="an empty (or new) data folder")
    copy.set_defaults(func=cmd_personal_copy)
    sync = sub.add_parser(
        "sync",
        help="sync the personal copy in --data-dir with the organisation's database (the "
             "person's password from REGIESTOEL_PASSWORD): one line `sent N, received M, "
             "conflicts K`")
    sync.set_defaults(func=cmd_sync, personal_copy_ok=True)
