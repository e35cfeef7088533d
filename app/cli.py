"""`regiestoel-admin`: headless commands that act as the machine's administrator (no login)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__, messages
from app.access import Actor
from app.db import Database
from app.failures import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, as_domain_error, exit_code
from app.instance_lock import Lock
from app.paths import Location, resolve_location
from app.settings import LANGUAGES, LocalSettings
from models.errors import Invalid, StorageError

ADMIN = Actor.machine_admin()
__all__ = ["EXIT_OK", "EXIT_PROBLEM", "EXIT_USAGE", "Context", "main"]


class Context:
    """What a command gets: the parsed arguments, the language, and the database on demand."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.language: str = args.lang
        self._db: Database | None = None
        self._lock: Lock | None = None

    @property
    def location(self) -> Location:
        return resolve_location(self.args.data_dir, self.args.database_url)

    def db(self, *, migrate: bool = True, create: bool = False) -> Database:
        """The database, at the newest schema unless ``migrate`` is False (a look only).

        Only ``create`` (init, demo) makes a database where there is none: any other command
        on a folder that was never set up says so and changes nothing. A command that may
        change something first becomes the data folder's one writer, so it never writes
        while Regiestoel is open there."""
        if self._db is None:
            from app.storage import open_location

            location = self.location
            file = location.database_file
            if file is not None and migrate and not create and not _has_database(file):
                raise StorageError("database_missing", path=str(location.data_dir))
            if file is not None and migrate and _has_database(file):
                _refuse_foreign(file)  # before a lock file is put beside it
            if migrate:
                self.claim_folder(location)
            try:
                self._db, _ = open_location(location, migrate=migrate, create=create)
            except StorageError as exc:
                if exc.code != "database_login_failed" or not self._ask_server_password():
                    raise
                self._db, _ = open_location(location, migrate=migrate, create=create)
        return self._db

    def claim_folder(self, location: Location) -> None:
        """Become the data folder's one writer for the rest of the command, or refuse."""
        from app.instance_lock import acquire, os_user

        if not location.is_sqlite_file or self._lock is not None:
            return
        claim = acquire(location, os_user())
        if not isinstance(claim, Lock):
            raise StorageError("database_in_use_by_app", who=claim.who, host=claim.host)
        self._lock = claim

    def _ask_server_password(self) -> bool:
        """Without a keyring (or a stored password), ask for the server's password once, in
        a terminal; it is used for this run only."""
        from app.server_login import ENV_PASSWORD, known_password

        location = self.location
        if location.is_sqlite_file or not sys.stdin.isatty():
            return False
        if known_password(location.database_url):
            return False  # a password was known and the server refused it
        password = getpass.getpass(_say(self, "cli.server_password_prompt"))
        if not password:
            return False
        os.environ[ENV_PASSWORD] = password
        return True

    def out(self, line: str = "") -> None:
        print(line)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
        if self._lock is not None:
            self._lock.release()


def _refuse_foreign(file: Path) -> None:
    from app.schema import SchemaState, schema_status_of_file

    if schema_status_of_file(file).state is SchemaState.FOREIGN:
        raise StorageError("not_regiestoel_database", path=str(file))


def _has_database(file: Path) -> bool:
    try:
        return file.stat().st_size > 0
    except FileNotFoundError:
        return False


def _say(ctx: Context, code: str, /, **params: object) -> str:
    return messages.text(code, ctx.language, **params)


def _password_from_env_or_prompt(ctx: Context) -> str:
    password = os.environ.get("REGIESTOEL_PASSWORD")
    if password:
        return password
    if not sys.stdin.isatty():
        raise Invalid("password_missing")
    first = getpass.getpass(_say(ctx, "cli.password_prompt"))
    second = getpass.getpass(_say(ctx, "cli.password_again"))
    if first != second:
        raise Invalid("passwords_differ")
    return first


# --- commands ------------------------------------------------------------------------------


def cmd_init(ctx: Context) -> int:
    from app.money import parse_amount
    from app.services.organisation import OrganisationSetup, set_up

    a = ctx.args
    budget = parse_amount(a.budget, ctx.language, field="budget") if a.budget else 0
    password = _password_from_env_or_prompt(ctx)
    result = set_up(
        ctx.db(create=True),
        OrganisationSetup(
            name=a.org,
            yearly_budget_cents=budget,
            hours_norm=a.hours_norm,
            language=ctx.language,
            owner_name=a.owner_name,
            owner_email=a.owner_email,
            owner_password=password,
        ),
        actor=ADMIN,
    )
    ctx.out(_say(ctx, "cli.init_done", org=a.org))
    ctx.out(_say(ctx, "cli.recovery_code", code=result.recovery_code))
    return EXIT_OK


def _demo_size(text: str) -> int:
    """An argparse value for ``demo --people``: a whole number from 20 to 10,000."""
    value = text.strip()
    if not value.isascii() or not value.isdigit() or not 20 <= int(value) <= 10_000:
        raise argparse.ArgumentTypeError(f"invalid number of people {text!r}: give a whole "
                                         "number from 20 to 10000")
    return int(value)


def cmd_demo(ctx: Context) -> int:
    from app.demo import create_demo, demo_password

    if ctx.args.large or ctx.args.people is not None:
        from app.demo_large import PEOPLE, create_large_demo

        size = ctx.args.people or PEOPLE
        count = create_large_demo(ctx.db(create=True), people=size).people
    else:
        count = create_demo(ctx.db(create=True))
    ctx.out(_say(ctx, "cli.demo_done", count=count, password=demo_password()))
    return EXIT_OK


def cmd_people_list(ctx: Context) -> int:
    from app.services import audit, people

    db = ctx.db()
    rows = people.list_people(db, ADMIN)
    for p in rows:
        roles = ",".join(sorted(r.value for r in p.roles))
        ctx.out("\t".join([str(p.id), p.name, p.email, roles]))
    with db.transaction() as s:
        audit.record(s, ADMIN, "people_listed", None, rows=len(rows))
    return EXIT_OK


def cmd_people_import(ctx: Context) -> int:
    from app.services import people_csv

    report = people_csv.import_people(
        ctx.db(), ADMIN, Path(ctx.args.file), ctx.language, dry_run=ctx.args.dry_run
    )
    stream = sys.stdout if report.ok else sys.stderr
    for line in people_csv.format_report(report, ctx.language):
        print(line, file=stream)
    return EXIT_OK if report.ok else EXIT_USAGE


def cmd_people_export(ctx: Context) -> int:
    from app.services import people_csv

    count = people_csv.export_people(ctx.db(), ADMIN, Path(ctx.args.file), ctx.language)
    ctx.out(_say(ctx, "cli.exported", count=count, file=ctx.args.file))
    return EXIT_OK


def cmd_check(ctx: Context) -> int:
    from app.checks import run_check

    ok, line = run_check(ctx.db(migrate=False), ctx.location, ctx.language)
    ctx.out(line)
    return EXIT_OK if ok else EXIT_PROBLEM


# --- parsing -------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    default_lang = os.environ.get("REGIESTOEL_LANG") or LocalSettings.load().language
    p = argparse.ArgumentParser(
        prog="regiestoel-admin",
        description="Regiestoel administration: acts as the machine's administrator, no login.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--data-dir", help="data folder (default: REGIESTOEL_DATA_DIR or the "
                                          "user data folder)")
    where.add_argument("--database-url", help="a database URL instead of the data folder")
    p.add_argument("--lang", choices=LANGUAGES, default=default_lang if default_lang in
                   LANGUAGES else "nl", help="language of messages and CSV headers")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = sub.add_parser("init", help="create the organisation and its first owner")
    init.add_argument("--org", required=True, help="organisation name")
    init.add_argument("--owner-name", required=True)
    init.add_argument("--owner-email", required=True)
    init.add_argument("--budget", default="", help="yearly learning budget, e.g. 25.000,00")
    init.add_argument("--hours-norm", type=int, default=40,
                      help="learning hours per person per year (default 40)")
    init.set_defaults(func=cmd_init)

    demo = sub.add_parser("demo", help="create the demo organisation in an empty data folder")
    demo.add_argument("--large", action="store_true",
                      help="250 people in 15 teams with ten years of history (for benchmarks)")
    demo.add_argument("--people", type=_demo_size, default=None, metavar="N",
                      help="the large organisation with N people (20 to 10000; implies "
                           "--large), the same one for the same N")
    demo.set_defaults(func=cmd_demo)

    people = sub.add_parser("people", help="people: list, import, export")
    psub = people.add_subparsers(dest="people_command", required=True, metavar="ACTION")
    psub.add_parser("list", help="one line per person: ID, name, e-mail, roles "
                                 "(tab-separated)").set_defaults(func=cmd_people_list)
    imp = psub.add_parser("import", help="import people from a CSV file")
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true", help="show what would change, change "
                                                           "nothing")
    imp.set_defaults(func=cmd_people_import)
    exp = psub.add_parser("export", help="export people to an Excel-compatible CSV file")
    exp.add_argument("file")
    exp.set_defaults(func=cmd_people_export)

    check = sub.add_parser("check", help="schema at the newest migration, and integrity check")
    check.set_defaults(func=cmd_check)

    from app.commands import register_all

    register_all(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. The one boundary of the admin commands: every expected failure
    becomes one plain line on stderr and exit 1 (a problem found) or 2 (bad usage or input);
    anything else is a bug and keeps its traceback."""
    args = _parser().parse_args(argv)
    ctx = Context(args)
    func: Callable[[Context], int] = args.func
    try:
        return func(ctx)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error of ours.
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:
        error = as_domain_error(exc)
        if error is None:
            raise
        line = messages.describe(error, ctx.language)
        if error.field:
            line = f"{messages.field_name(error.field, ctx.language)}: {line}"
        print(f"regiestoel-admin: {line}", file=sys.stderr)
        return exit_code(error)
    finally:
        ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
