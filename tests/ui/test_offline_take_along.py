"""Settings › Take my data along: a personal copy made from the organisation's server, and
this laptop working on it from the next start."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import Qt

from app.paths import resolve_location
from app.personal_copy.marker import holds_copy
from tests import postgres
from tests.personal_copy_world import KEVIN_PRIVATE, PASSWORD, World, world

needs_server = pytest.mark.skipif(postgres.server_url() is None,
                                  reason="needs the PostgreSQL test server")


@pytest.fixture(scope="module")
def w(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> World:
    return world("postgresql", request, tmp_path_factory)


@pytest.fixture
def settings(w, make_ctx, qtbot, tmp_path, monkeypatch):
    """Settings of Kevin's session on the organisation's server."""
    from ui.views.settings import SettingsView

    monkeypatch.setenv("REGIESTOEL_CONFIG_DIR", str(tmp_path / "config"))
    ctx = make_ctx(w.db, resolve_location(tmp_path / "data", w.url))
    ctx.session.actor = w.actor("kevin")
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.show()
    return view


def _open_dialog(qtbot, view):
    from ui.dialogs.take_along import TakeAlongDialog

    box = view.personal_copy
    assert box is not None and box.take_button.isVisible()
    qtbot.mouseClick(box.take_button, Qt.MouseButton.LeftButton)
    dialog = box.dialog
    assert isinstance(dialog, TakeAlongDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


@needs_server
def test_taking_data_along_makes_the_copy_and_the_next_start_opens_it(
        w, settings, qtbot, tmp_path):
    from ui.main import personal_copy_folder

    dialog = _open_dialog(qtbot, settings)
    # What goes along and what never does, said before anything is made.
    never = dialog.what_never.text()
    assert "private records" in never and "culture scan" in never and "audit log" in never
    folder = tmp_path / "on the road" / "personal-copy"
    dialog.folder.setText(str(folder))
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert holds_copy(folder)
    ctx = settings.ctx
    assert ctx.local.personal_copy_dir == str(folder.resolve())
    assert str(folder) in dialog.done_box.text()
    # Said in Settings too, with the way back.
    box = settings.personal_copy
    assert str(folder.resolve()) in box.explain.text() and box.stop_button.isVisible()
    # The next start on this laptop (no folder or server asked for) opens the copy.
    args = argparse.Namespace(data_dir=None, database_url=None, shared=False)
    location = resolve_location(tmp_path / "data", w.url)
    assert personal_copy_folder(args, ctx.local, location) == folder.resolve()
    # And the copy is Kevin's: his private question went along, opened with his password.
    from app.personal_copy.opening import open_copy
    from app.services import development

    copy = open_copy(folder, PASSWORD)
    try:
        mine = development.my_question(copy.db, w.actor("kevin"))
        assert mine is not None and KEVIN_PRIVATE in str(mine)
    finally:
        copy.close()


@needs_server
def test_a_wrong_password_makes_no_copy_and_says_so_at_the_password(
        w, settings, qtbot, tmp_path):
    dialog = _open_dialog(qtbot, settings)
    folder = tmp_path / "copy"
    dialog.folder.setText(str(folder))
    qtbot.keyClicks(dialog.password, "not my password")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.fields["password"].error
    qtbot.waitUntil(lambda: bool(error.text()), timeout=30_000)
    assert "password" in error.text().lower()
    assert not holds_copy(folder) and dialog.isVisible()
    assert settings.ctx.local.personal_copy_dir == ""


def test_the_shared_laptops_own_database_file_offers_no_copy(ctx, owner, qtbot):
    """A copy comes from the organisation's server; a database file on a shared laptop first
    moves there (Settings › Database)."""
    from ui.views.settings import SettingsView

    ctx.session.actor = owner
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    assert view.personal_copy is None
