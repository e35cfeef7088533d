"""Admin commands `backup [--to DIR] [--passphrase-env VAR]` and `restore FILE [--yes]`.

Neither opens a database connection of its own: restore replaces the database file, which
must not be open (close the Regiestoel app first).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from models.errors import DomainError, StorageError

if TYPE_CHECKING:
    from app.backup import BackupInfo
    from app.cli import Context

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def _say(ctx: Context, code: str, /, **params: object) -> str:
    from app.messages import text

    return text(code, ctx.language, **params)


def _complain(ctx: Context, line: str) -> None:
    print(f"regiestoel-admin: {line}", file=sys.stderr)


def _describe(ctx: Context, exc: DomainError) -> str:
    from app.messages import describe

    return describe(exc, ctx.language)


def _passphrase(ctx: Context) -> tuple[str | None, bool]:
    """(passphrase or None, ok). Not ok: the named variable is unset or empty (said so)."""
    var = ctx.args.passphrase_env
    if var is None:
        return None, True
    value = os.environ.get(var, "")
    if not value:
        _complain(ctx, _say(ctx, "cli.passphrase_env_missing", var=var))
        return None, False
    return value, True


def cmd_backup(ctx: Context) -> int:
    """Prints the path of the new backup file."""
    from app.backup import make_backup

    passphrase, ok = _passphrase(ctx)
    if not ok:
        return EXIT_USAGE
    target = Path(ctx.args.to).expanduser() if ctx.args.to else None
    if passphrase is not None and target is None:
        _complain(ctx, _say(ctx, "backup_passphrase_needs_folder"))
        return EXIT_USAGE
    try:
        path = make_backup(ctx.location, reason="manual", target_dir=target, passphrase=passphrase)
    except StorageError as exc:
        if exc.code == "backup_use_pg_dump":
            raise  # the wrong tool for this database: a usage error
        _complain(ctx, _describe(ctx, exc))
        return EXIT_PROBLEM
    ctx.out(str(path))
    return EXIT_OK


def _summary(ctx: Context, info: BackupInfo) -> list[str]:
    lines = [
        _say(ctx, "cli.restore_organisation", organisation=info.organisation or "?"),
        _say(ctx, "cli.restore_people", count=info.people),
    ]
    if info.taken_at is not None:
        lines.append(_say(ctx, "cli.restore_taken_at", taken_at=info.taken_at.astimezone()))
    from app.backup import SchemaAge

    current = info.schema is SchemaAge.CURRENT
    age = "cli.restore_schema_current" if current else "cli.restore_schema_older"
    lines.append(_say(ctx, age, revision=info.revision))
    return lines


def _confirmed(ctx: Context) -> bool:
    word = _say(ctx, "cli.restore_confirm_word")
    try:
        answer = input(_say(ctx, "cli.restore_confirm", word=word))
    except EOFError:
        return False
    return answer.strip().lower() in {word.lower(), "yes"}


def cmd_restore(ctx: Context) -> int:
    """Verifies, shows what the backup holds, asks (or needs --yes), then restores."""
    from app.backup import verify_backup
    from app.restore import restore_backup

    location = ctx.location
    if not location.is_sqlite_file:
        from app.server_login import pg_dump_command

        raise StorageError("backup_use_pg_dump", command=pg_dump_command(location.database_url))
    passphrase, ok = _passphrase(ctx)
    if not ok:
        return EXIT_USAGE
    path = Path(ctx.args.file).expanduser()
    try:
        info = verify_backup(path, passphrase)
    except DomainError as exc:
        _complain(ctx, _describe(ctx, exc))
        return EXIT_PROBLEM
    for line in _summary(ctx, info):
        ctx.out(line)
    if not ctx.args.yes:
        if not sys.stdin.isatty():
            _complain(ctx, _say(ctx, "cli.restore_needs_yes"))
            return EXIT_USAGE
        if not _confirmed(ctx):
            ctx.out(_say(ctx, "cli.restore_cancelled"))
            return EXIT_PROBLEM
    try:
        # The one writer of the data folder: never while Regiestoel is open there.
        ctx.claim_folder(location)
        result = restore_backup(location, path, passphrase)
    except DomainError as exc:
        _complain(ctx, _describe(ctx, exc))
        return EXIT_PROBLEM
    ctx.out(_say(ctx, "cli.restore_done", file=path.name))
    if result.migrated_from:
        ctx.out(_say(ctx, "cli.restore_migrated", revision=result.migrated_from))
    if result.previous is not None:
        ctx.out(_say(ctx, "cli.restore_previous", path=str(result.previous)))
    else:
        ctx.out(_say(ctx, "cli.restore_no_previous"))
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = subparsers.add_parser(
        "backup",
        help="back up the database to one file and print its path; without --to it goes, "
        "not encrypted, into the data folder's backups (older ones there are rotated)",
        description="Back up the database to one file and print its path. Without --to the "
        "backup goes, not encrypted, into the data folder's backups folder, where the last "
        "10, one a day for 30 days and one a month for a year are kept. With --to it goes "
        "to that folder (a USB stick, say), is never deleted by Regiestoel, and is encrypted "
        "when --passphrase-env is given. A PostgreSQL database is backed up with pg_dump.",
    )
    backup.add_argument("--to", metavar="DIR",
                        help="write the backup to this folder instead of the data folder")
    backup.add_argument(
        "--passphrase-env", metavar="VAR",
        help="encrypt the backup (only with --to) with the passphrase in environment "
        "variable VAR; the passphrase is never given on the command line",
    )
    backup.set_defaults(func=cmd_backup)

    restore = subparsers.add_parser(
        "restore",
        help="replace the database with a backup, after verifying it and backing up the "
        "current database (close the Regiestoel app first)",
        description="Verify the backup FILE (integrity, that it is a Regiestoel database, its "
        "schema, the passphrase), show what it holds, and replace the database with it. The "
        "current database is backed up first (reason before-restore); an older backup is "
        "upgraded to the newest schema. Asks to type yes when run in a terminal; otherwise "
        "--yes is needed. Exit 1 when the backup does not pass verification.",
    )
    restore.add_argument("file", metavar="FILE", help="a .sqlite3 or .regiestoel-backup file")
    restore.add_argument("--passphrase-env", metavar="VAR",
                         help="environment variable holding the passphrase of an encrypted "
                         "backup")
    restore.add_argument("--yes", action="store_true",
                         help="restore without asking (needed when not run in a terminal)")
    restore.set_defaults(func=cmd_restore)
