"""UI fixtures: an AppContext over a temporary database, and compiled translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """`make test` compiles them first; running pytest alone compiles what is missing."""
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name(
        "pyside6-lrelease"))
    for ts in TRANSLATIONS.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture
def languages(qapp):
    from ui.i18n import Languages
    from ui.theme import apply_theme

    apply_theme(qapp, dark=False)
    langs = Languages(qapp)
    langs.apply("en")
    yield langs
    langs.apply("en")


@pytest.fixture
def make_ctx(qapp, languages):
    from app.settings import LocalSettings
    from ui.context import AppContext, Bus
    from ui.tasks import Tasks

    made = []

    def make(db, location):
        ctx = AppContext(db=db, location=location, tasks=Tasks(qapp), bus=Bus(),
                         languages=languages, local=LocalSettings(language="en"))
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.tasks.wait()


@pytest.fixture
def ctx(db, data_dir, make_ctx):
    from app.paths import resolve_location

    return make_ctx(db, resolve_location(data_dir))


@pytest.fixture
def window(qtbot, ctx, setup):
    from ui.idle import IdleLock
    from ui.main_window import MainWindow

    win = MainWindow(ctx, IdleLock())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.login.names.count() > 0, timeout=15_000)
    return win


def log_in(qtbot, window, name: str, password: str) -> None:
    window.login.filter.setText(name)
    window.login.password.setText(password)
    window.login.login_button.click()
    qtbot.waitUntil(lambda: window.workspace is not None or window.password_dialog is not None,
                    timeout=10_000)
    if window.password_dialog is not None:
        window.password_dialog.new.setText(password + "-nieuw")
        window.password_dialog.repeat.setText(password + "-nieuw")
        window.password_dialog.submit()
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)


@pytest.fixture
def setup(db):
    """UI tests run in English (the source language); Dutch is checked on its own."""
    from app.services.organisation import OrganisationSetup, set_up
    from tests.conftest import OWNER_PASSWORD

    return set_up(
        db,
        OrganisationSetup(
            name="Bakkerij De Korenschoof",
            yearly_budget_cents=2_500_000,
            hours_norm=40,
            language="en",
            owner_name="Olga Eigenaar",
            owner_email="olga@korenschoof.nl",
            owner_password=OWNER_PASSWORD,
        ),
    )
