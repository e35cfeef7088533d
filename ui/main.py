"""`regiestoel`: the composition root — arguments, QApplication, translators, first window."""

from __future__ import annotations

import gc

# Start-up makes about a million objects (modules, classes, mappers, widgets) that all live
# until quit; letting the garbage collector walk them over and over costs ~0.1 s before the
# login screen. So it is paused while starting (here for `python -m ui.main`, in ui.launch
# for the installed program) and resumed once the login screen is shown, with everything
# made so far frozen out of later collections.
if __name__ == "__main__":
    gc.disable()

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_ID, APP_NAME, __version__, messages
from app.db import Database
from app.instance_lock import Lock, acquire, os_user
from app.network_fs import check_local
from app.paths import ENV_DATA_DIR, ENV_DATABASE_URL, Location, resolve_location, sqlite_url
from app.server_login import ENV_PASSWORD, remember_password
from app.services.organisation import is_set_up
from app.settings import LANGUAGES, LocalSettings
from app.storage import (
    ensure_writable_folder,
    open_location,
    refuse_personal_copy,
    remove_with_sidecars,
)
from models.errors import DomainError, StorageError
from ui import crash, instance_dialog
from ui.context import AppContext, Bus
from ui.i18n import Languages
from ui.icons import window_icon
from ui.idle import IdleLock
from ui.main_window import MainWindow
from ui.self_test import run_self_test
from ui.server_password import ask_server_password
from ui.tasks import Tasks
from ui.theme import apply_theme

if TYPE_CHECKING:
    from app.personal_copy.opening import OpenCopy
    from app.services.auth import LoginResult
    from ui.auto_backup import AutoBackup
    from ui.notifier import Notifier
    from ui.reminder_runner import ReminderRunner
    from ui.wizard import FirstRunWizard

log = logging.getLogger(__name__)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="regiestoel", description="Regiestoel desktop app")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--data-dir", help="data folder holding the database")
    where.add_argument("--database-url", help="a database URL instead of the data folder")
    p.add_argument("--shared", action="store_true",
                   help="use the machine-wide data folder (every account of this computer)")
    p.add_argument("--lang", choices=LANGUAGES, help="interface language (nl or en)")
    p.add_argument("--exit-when-ready", action="store_true",
                   help="exit with 0 as soon as the first window is shown")
    p.add_argument("--no-crash-dialog", action="store_true",
                   help="log unexpected errors without showing a dialog (for tests)")
    p.add_argument("--self-test", action="store_true",
                   help="check that this installation works (database, translations, keyring)"
                   " and exit with 0 when it does")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    return parser().parse_args(argv)


class Application:
    """Owns the windows for one run of the program."""

    def __init__(self, qapp: QApplication, ctx: AppContext, exit_when_ready: bool) -> None:
        self.qapp = qapp
        self.ctx = ctx
        self.exit_when_ready = exit_when_ready
        self.backups: AutoBackup | None = None
        self.reminders: ReminderRunner | None = None
        self.notifier: Notifier | None = None
        self.idle = IdleLock(qapp)
        qapp.installEventFilter(self.idle)
        self.window: MainWindow | None = None
        self.wizard: FirstRunWizard | None = None

    def start(self) -> None:
        if is_set_up(self.ctx.db):
            self.open_main()
        else:
            from ui.wizard import FirstRunWizard  # only on a first run: not before every login

            self.wizard = FirstRunWizard(self.ctx)
            self.wizard.organisation_created.connect(self._organisation_created)
            self.wizard.rejected.connect(self.qapp.quit)
            self.wizard.show()
            self._ready()

    def _organisation_created(self, result: object) -> None:
        self.open_main(preselect=getattr(result, "owner_id", None))

    def open_main(self, preselect: int | None = None,
                  login: tuple[LoginResult, str] | None = None) -> None:
        self.window = MainWindow(self.ctx, self.idle)
        self.window.set_read_only(self.ctx.db.read_only)
        if preselect:
            self.ctx.local.last_person_id = preselect
        self.window.login.ready.connect(self._ready)
        self.window.show_as_left()
        if login is not None:
            # A personal copy: its password was asked to open it, so that was the login.
            self.window.login_as(*login)

    def _ready(self) -> None:
        resume_garbage_collection()
        if self.exit_when_ready:
            QTimer.singleShot(0, lambda: self.qapp.exit(0))
            return
        if self.wizard is not None and self.window is None:
            return  # nothing to back up before the organisation exists
        on_copy = self.ctx.copy is not None
        # A personal copy's backup is the organisation's database (sync); its reminders go
        # out from there too.
        if self.backups is None and not self.ctx.db.read_only and not on_copy:
            # Imported here: cryptography is not needed before the first window is shown.
            from ui.auto_backup import AutoBackup

            self.backups = AutoBackup(self.ctx.location, self.ctx.tasks, self.qapp)
            self.backups.start()
        if self.reminders is None and not on_copy:
            # E-mail reminders (when a server is set) and the calendar file, off the UI thread.
            from ui.reminder_runner import ReminderRunner

            self.reminders = ReminderRunner(self.ctx, self.qapp)
            self.reminders.finished.connect(self._reminder_problems)
            self.reminders.start()
        if self.notifier is None and self.window is not None:
            # Desktop notifications of what is due, through the tray where there is one.
            from ui.notifier import attach

            self.notifier = attach(self.ctx, self.window)
            self.notifier.start()

    def _reminder_problems(self, problems: list[list[str]]) -> None:
        """A calendar folder gone, a mail server refusing: said in the status bar (the
        reminders are kept and tried again; the calendar file stays as it was)."""
        if self.window is not None and problems:
            self.window.statusBar().showMessage(" ".join(text for _code, text in problems))

    def quit(self) -> None:
        if self.notifier is not None:
            self.notifier.stop()
        if self.window is not None and self.window.sync_runner is not None:
            self.window.sync_runner.stop()
        if self.reminders is not None:
            self.reminders.stop()
        self.ctx.tasks.wait(10_000)
        # After a move to a server (Settings) the file here is no longer the data: no backup.
        if (self.backups is not None and self.ctx.location.is_sqlite_file
                and is_set_up(self.ctx.db)):
            self.backups.at_quit(self.ctx)


def resume_garbage_collection() -> None:
    """End the pause of start-up (see the top of this module); later calls do nothing."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _fatal(language: str, error: DomainError, *, show_dialog: bool) -> int:
    """A database that cannot be used: one clear sentence, and the program stops."""
    text = messages.describe(error, language)
    print(f"regiestoel: {text}", file=sys.stderr)
    if show_dialog:
        QMessageBox.critical(None, APP_NAME, text)
    return 1


def open_for_gui(location: Location, language: str, *, interactive: bool) -> Database | None:
    """The database, asking for a server password where none is remembered; a database of
    a newer Regiestoel opens read-only, with a message asking to update."""
    refused = False
    while True:
        try:
            db, _status = open_location(location)
            return db
        except StorageError as exc:
            if exc.code == "schema_too_new":
                text = messages.text("schema_too_new_read_only", language)
                print(f"regiestoel: {text}", file=sys.stderr)
                if interactive:
                    QMessageBox.information(None, APP_NAME, text)
                db, _status = open_location(location, read_only=True)
                return db
            if exc.code != "database_login_failed" or not interactive:
                raise
            answer = ask_server_password(location.database_url, language, refused=refused)
            if answer is None:
                return None
            password, remember = answer
            os.environ[ENV_PASSWORD] = password  # for this run only
            if remember:
                with contextlib.suppress(StorageError):
                    remember_password(location.database_url, password)
            refused = True


def claim_folder(location: Location, language: str, *,
                 interactive: bool) -> tuple[Lock | None, bool]:
    """Become the one writer of the data folder, or ask whether to open it read-only.

    Returns the lock (writer), ``(None, True)`` for read-only, ``(None, False)`` to quit.
    """
    claim = acquire(location, os_user())
    if isinstance(claim, Lock):
        if claim.took_over:
            log.warning("took over the lock on %s left by a Regiestoel that stopped", claim.path)
        return claim, False
    if not interactive:
        since = claim.since.astimezone() if claim.since is not None else "?"
        note = messages.text("database_in_use_opening_read_only", language,
                             who=claim.who, host=claim.host, since=since)
        print(f"regiestoel: {note}", file=sys.stderr)
        return None, True
    return None, instance_dialog.ask_in_use(claim, language)


def personal_copy_folder(args: argparse.Namespace, local: LocalSettings,
                         location: Location) -> Path | None:
    """The folder of the personal copy this run works on, or None for the organisation's
    database: a data folder given that holds a copy, or the copy this laptop was told to
    work on (Settings, take my data along) when no other place was asked for."""
    from app.personal_copy.marker import holds_copy

    if location.is_sqlite_file and holds_copy(location.data_dir):
        return location.data_dir
    asked_elsewhere = (args.data_dir or args.database_url or args.shared
                       or os.environ.get(ENV_DATA_DIR) or os.environ.get(ENV_DATABASE_URL))
    if asked_elsewhere or not local.personal_copy_dir:
        return None
    folder = Path(local.personal_copy_dir)
    if holds_copy(folder):
        return folder
    # Gone (revoked and deleted at its last contact, or removed by hand): this laptop works
    # on the organisation's database again, as before the copy was made.
    log.warning("the personal copy in %s is gone; using the organisation's database", folder)
    local.personal_copy_dir = ""
    local.save()
    return None


def copy_location(folder: Path) -> Location:
    from app.personal_copy.marker import COPY_FILE, copy_path

    return Location(data_dir=folder, database_url=sqlite_url(copy_path(folder)),
                    is_sqlite_file=True, file_name=COPY_FILE)


class CopyRun:
    """One run of the program on a personal copy: the password window, then the main window
    on the copy once it opened."""

    def __init__(self, qapp: QApplication, languages: Languages, local: LocalSettings,
                 folder: Path, tasks: Tasks, exit_when_ready: bool = False) -> None:
        from ui.copy_login import CopyUnlockWindow

        self.qapp = qapp
        self.languages = languages
        self.local = local
        self.location = copy_location(folder)
        self.tasks = tasks
        self.exit_when_ready = exit_when_ready
        self.app: Application | None = None
        self.copy: OpenCopy | None = None
        self.unlock = CopyUnlockWindow(folder, tasks, languages, local)
        self.unlock.ready.connect(self._ready)
        self.unlock.opened.connect(self._opened)
        self.unlock.show()

    def _ready(self) -> None:
        resume_garbage_collection()
        if self.exit_when_ready:
            QTimer.singleShot(0, lambda: self.qapp.exit(0))

    def _opened(self, copy: OpenCopy, result: LoginResult, password: str) -> None:
        ctx = AppContext(db=copy.db, location=self.location, tasks=self.tasks, bus=Bus(),
                         languages=self.languages, local=self.local, copy=copy)
        self.copy = copy
        self.app = Application(self.qapp, ctx, exit_when_ready=False)
        self.app.open_main(login=(result, password))
        self.unlock.close()

    def end(self) -> None:
        if self.app is not None:
            self.app.quit()
        self.local.save()
        self.tasks.wait(10_000)
        if self.copy is not None:
            self.copy.close()


def run_copy(qapp: QApplication, languages: Languages, local: LocalSettings, folder: Path,
             exit_when_ready: bool, *, interactive: bool) -> int:
    """Work on the personal copy in ``folder``: its password opens it, then the main window
    runs on it with the offline bar; sync reaches the organisation's server when it can."""
    from app.instance_lock import Held
    from app.personal_copy.marker import read_marker

    language = languages.current
    try:
        read_marker(folder)  # a marker we cannot read: one sentence, nothing touched
    except DomainError as exc:
        return _fatal(language, exc, show_dialog=interactive)
    claim = acquire(copy_location(folder), os_user())
    if isinstance(claim, Held):
        # One program at a time on a copy: two would each send the same changes.
        error = StorageError("personal_copy_in_use", who=claim.who, host=claim.host)
        return _fatal(language, error, show_dialog=interactive)
    run = CopyRun(qapp, languages, local, folder, Tasks(qapp), exit_when_ready)
    try:
        code = qapp.exec()
        run.end()
    finally:
        claim.release()
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_test:
        return run_self_test()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    local = LocalSettings.load()
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setOrganizationName(APP_NAME)
    # Matches the menu entry: the Wayland app id, and (with applicationName as the X11
    # WM_CLASS class) what the desktop uses to group the window under the entry's icon.
    qapp.setDesktopFileName(APP_ID)
    crash.install(show_dialog=not args.no_crash_dialog)
    apply_theme(qapp)
    qapp.setWindowIcon(window_icon())
    languages = Languages(qapp)
    language = args.lang or local.language
    languages.apply(language)
    interactive = not (args.exit_when_ready or args.no_crash_dialog)
    try:
        # An address that is not ours (mysql://, a bad port) is said in one sentence.
        location = resolve_location(args.data_dir,
                                    args.database_url or local.database_url or None,
                                    shared=args.shared or local.use_shared_folder)
        check_local(location)
        copy_folder = personal_copy_folder(args, local, location)
        if copy_folder is not None:
            return run_copy(qapp, languages, local, copy_folder, args.exit_when_ready,
                            interactive=interactive)
        refuse_personal_copy(location)
        if location.is_sqlite_file:
            ensure_writable_folder(location)  # before the lock file is made in it
    except DomainError as exc:
        return _fatal(language, exc, show_dialog=interactive)
    lock, read_only = claim_folder(location, language, interactive=interactive)
    if lock is None and not read_only:
        return 0
    file = location.database_file
    made_now = file is not None and not file.exists()
    try:
        # Read-only: the writer has migrated already, so this only checks the file.
        db = open_for_gui(location, language, interactive=interactive)
    except DomainError as exc:
        if lock is not None:
            lock.release()
        return _fatal(language, exc, show_dialog=interactive)
    if db is None:  # the person cancelled the password question
        if lock is not None:
            lock.release()
        return 0
    if read_only and not db.read_only:
        db.dispose()
        db, _status = open_location(location, read_only=True)
    ctx = AppContext(db=db, location=location, tasks=Tasks(qapp), bus=Bus(), languages=languages,
                     local=local)
    app = Application(qapp, ctx, args.exit_when_ready)
    app.start()
    try:
        code = qapp.exec()
        app.quit()
        local.save()
        # The set-up wizard was cancelled: leave the folder as it was, without an empty
        # database (a later start begins with the wizard again).
        abandoned = made_now and not db.read_only and not is_set_up(db)
        db.dispose()
        if abandoned and file is not None:
            remove_with_sidecars(file)
    finally:
        if lock is not None:
            lock.release()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
