"""Settings for a shared database server, a newer database, and a conflict on save."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.changes import Area
from app.cli import main as admin
from app.paths import config_dir
from app.secrets import MemoryStore
from app.server_login import secret_name
from models.errors import Conflict
from tests.ui.test_read_only import start
from ui.views.database_panel import DatabasePanel

URL = "postgresql://regiestoel@nas.local:5432/bakkerij"


@pytest.fixture
def panel(qtbot, ctx, owner):
    ctx.session.actor = owner
    view = DatabasePanel(ctx, store=MemoryStore())
    qtbot.addWidget(view)
    view.resize(760, 600)
    view.show()
    return view


def fill(panel, host="nas.local", database="bakkerij", user="regiestoel", password=""):
    panel.host.setText(host)
    panel.port.setValue(5432)
    panel.database.setText(database)
    panel.user.setText(user)
    panel.password.setText(password)


def test_using_a_server_keeps_the_password_in_the_keyring_and_never_in_the_settings_file(
        panel, ctx):
    fill(panel, password="server-geheim")
    panel.use_server()
    assert ctx.local.database_url == URL
    assert panel.store.values == {secret_name(URL): "server-geheim"}
    assert panel.password.text() == ""
    saved = (config_dir() / "settings.json").read_text(encoding="utf-8")
    assert URL in saved and "server-geheim" not in saved
    assert "next start" in panel.result.text()
    panel.use_local_file()
    assert ctx.local.database_url == "" and panel.store.values == {}


def test_a_missing_field_is_explained_next_to_it(panel, ctx):
    fill(panel, host="")
    panel.use_server()
    assert panel.errors["host"].isVisible()
    assert ctx.local.database_url == ""


def test_testing_an_unreachable_server_says_so_in_one_sentence(qtbot, panel):
    fill(panel, host="127.0.0.1")
    panel.port.setValue(1)
    panel.test_connection()
    qtbot.waitUntil(lambda: panel.error.isVisible(), timeout=20_000)
    assert "cannot be reached" in panel.error.text()


def test_a_conflict_on_save_is_told_and_every_screen_reloads(qtbot, ctx):
    reloaded = []
    told = []
    ctx.bus.changed.connect(lambda changes: reloaded.append(changes))

    def save():
        raise Conflict("edited_elsewhere")

    ctx.change(None, save, on_error=lambda error: told.append(ctx.describe(error)))
    qtbot.waitUntil(lambda: bool(reloaded), timeout=5_000)
    assert "changed this in the meantime" in told[0]
    assert reloaded[0].areas == frozenset(Area)


def test_a_database_of_a_newer_regiestoel_opens_read_only_and_asks_to_update(tmp_path: Path):
    assert admin(["--data-dir", str(tmp_path), "demo"]) == 0
    with sqlite3.connect(tmp_path / "regiestoel.sqlite3") as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    result = start("--data-dir", str(tmp_path), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "newer version" in result.stderr and "update" in result.stderr
    assert "Traceback" not in result.stderr
    with sqlite3.connect(tmp_path / "regiestoel.sqlite3") as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_the_password_question_names_the_server_and_offers_the_keyring_only_where_one_is(
        qtbot):
    from ui.server_password import ServerPasswordDialog

    with_secret = "postgresql://regiestoel:oud-geheim@nas.local:5432/bakkerij"
    dialog = ServerPasswordDialog(with_secret, "en", refused=True,
                                  store=MemoryStore(available=False))
    qtbot.addWidget(dialog)
    text = dialog.intro.text()
    assert "nas.local:5432" in text and "bakkerij" in text and "oud-geheim" not in text
    assert "refused" in text
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    with_keyring = ServerPasswordDialog(URL, "nl", store=MemoryStore())
    qtbot.addWidget(with_keyring)
    assert with_keyring.remember.isEnabled() and with_keyring.remember.isChecked()
    assert "sleutelhanger" in with_keyring.remember.text()
