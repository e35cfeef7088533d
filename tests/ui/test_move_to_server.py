"""Moving the organisation to a PostgreSQL server from Settings, by clicking: progress, the
laptop working on the server afterwards, and bad targets refused without a change (issue 18)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.pool import NullPool

from app.secrets import KeyringStore
from app.server_login import secret_name, without_password
from app.services import people
from tests import postgres
from tests.conftest import OWNER_PASSWORD
from tests.ui.conftest import log_in
from ui.long_job import JobDialog
from ui.views.database_panel import DatabasePanel


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def server_db():
    url, drop = postgres.empty_database()
    yield url
    drop()


def _sql(url: str, sql: str) -> object:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1),
                           poolclass=NullPool)
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql))
            return result.scalar() if result.returns_rows else None
    finally:
        engine.dispose()


def open_panel(qtbot, window) -> DatabasePanel:
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    view = window.go_to("settings")
    view.tabs.setCurrentIndex(4)
    panel = view.pages["database"]
    assert isinstance(panel, DatabasePanel) and panel.move_button.isVisible()
    return panel


def type_address(qtbot, panel: DatabasePanel, url: str, password: str | None = None) -> None:
    u = make_url(url)
    for field, value in ((panel.host, u.host or "127.0.0.1"), (panel.database, u.database),
                         (panel.user, u.username or "")):
        field.clear()
        qtbot.keyClicks(field, str(value))
    panel.port.setValue(u.port or 5432)
    panel.password.clear()
    typed = u.password if password is None else password
    if typed:
        qtbot.keyClicks(panel.password, typed)


def answer_yes(qtbot, panel: DatabasePanel) -> None:
    box = panel.confirmation
    assert isinstance(box, QMessageBox) and box.isVisible()
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))


def move_refused(qtbot, window, url: str, password: str | None = None) -> DatabasePanel:
    """Start a move to ``url`` that the target refuses; the panel shows why."""
    panel = open_panel(qtbot, window)
    type_address(qtbot, panel, url, password)
    click(qtbot, panel.move_button)
    answer_yes(qtbot, panel)
    qtbot.waitUntil(lambda: panel.error.isVisible(), timeout=30_000)
    return panel


def test_the_owner_moves_the_organisation_to_a_server_and_then_works_there(
        qtbot, window, ctx, add_person, server_db):
    add_person("Kevin Monteur")
    panel = open_panel(qtbot, window)
    type_address(qtbot, panel, server_db)
    click(qtbot, panel.move_button)
    answer_yes(qtbot, panel)
    job = panel.job
    assert isinstance(job, JobDialog) and job.isVisible()
    # Done: the login screen, now over the server's data.
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.login, timeout=60_000)
    assert ctx.db.url.startswith("postgresql") and not ctx.location.is_sqlite_file
    assert _sql(server_db, "SELECT count(*) FROM person") == 2
    moved = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert any("log in again" in box.text() for box in moved)
    # This laptop keeps working on the server from the next start too, password not in a file.
    address = without_password(server_db)
    assert ctx.local.database_url == address
    if make_url(server_db).password:
        assert KeyringStore().get(secret_name(address)) == make_url(server_db).password
    # Logging in again works on the server, and what is saved lands there.
    qtbot.waitUntil(lambda: window.login.names.count() > 0, timeout=10_000)
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    qtbot.waitUntil(lambda: window.ctx.session.actor is not None, timeout=10_000)
    people.add_person(ctx.db, ctx.actor, people.PersonInput(name="Nieuw op de server",
                                                            email="nieuw@korenschoof.nl"))
    assert _sql(server_db, "SELECT count(*) FROM person") == 3


def test_a_server_database_that_is_not_empty_is_refused_and_nothing_changes(
        qtbot, window, ctx, server_db):
    _sql(server_db, "CREATE TABLE notities (id integer)")
    before = ctx.db
    panel = move_refused(qtbot, window, server_db)
    assert "not empty" in panel.error.text()
    assert ctx.db is before and ctx.location.is_sqlite_file and ctx.local.database_url == ""
    assert panel.move_button.isEnabled()
    assert _sql(server_db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 1


def test_a_database_of_a_newer_regiestoel_is_refused_as_such(qtbot, window, ctx, server_db):
    _sql(server_db, "CREATE TABLE organisation (id integer); "
                    "CREATE TABLE alembic_version (version_num varchar(32)); "
                    "INSERT INTO alembic_version VALUES ('9999')")
    panel = move_refused(qtbot, window, server_db)
    assert "newer version" in panel.error.text()
    assert ctx.location.is_sqlite_file and ctx.local.database_url == ""


def test_a_login_the_server_refuses_is_said_and_nothing_is_kept(
        qtbot, window, ctx, server_db):
    # The test server trusts every password on 127.0.0.1; a user it does not know it refuses.
    refused = make_url(server_db).set(username="niemand_hier").render_as_string(
        hide_password=False)
    panel = move_refused(qtbot, window, refused, password="helemaal-fout")
    assert "niemand_hier" in panel.error.text() or "log in" in panel.error.text()
    assert ctx.location.is_sqlite_file and ctx.local.database_url == ""
    assert KeyringStore().get(secret_name(without_password(refused))) is None
    assert panel.password.text() == "helemaal-fout"  # kept for another try


def test_an_unreachable_server_is_said_in_one_sentence(qtbot, window, ctx):
    panel = move_refused(qtbot, window, "postgresql://regiestoel@127.0.0.1:1/regiestoel")
    assert "cannot be reached" in panel.error.text()
    assert ctx.location.is_sqlite_file and ctx.local.database_url == ""


def test_a_move_cancelled_before_it_starts_leaves_the_server_empty(
        qtbot, window, ctx, server_db):
    panel = open_panel(qtbot, window)
    type_address(qtbot, panel, server_db)
    hold = threading.Event()
    ctx.tasks.run(lambda: hold.wait(10))  # the worker is busy: the move waits its turn
    click(qtbot, panel.move_button)
    answer_yes(qtbot, panel)
    job = panel.job
    assert isinstance(job, JobDialog)
    click(qtbot, job.cancel_button)
    hold.set()
    qtbot.waitUntil(lambda: "Not moved" in panel.result.text(), timeout=30_000)
    assert job.cancelled and ctx.location.is_sqlite_file
    assert _sql(server_db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 0
