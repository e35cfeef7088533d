"""Logging in on a personal copy: its password opens it, the person works on the copy."""

from __future__ import annotations

import pytest

from tests.personal_copy_world import PASSWORD, World, copy_bytes, world
from tests.ui.offline_copies import NOWHERE, copy_of, opened, start, type_password

__all__ = ["start"]  # the fixture, used by name


@pytest.fixture(scope="module")
def w(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> World:
    return world("sqlite", request, tmp_path_factory)


def test_a_wrong_password_says_so_and_leaves_the_copy_as_it_was(w, tmp_path, start, qtbot):
    folder = copy_of(w, "kevin", tmp_path / "copy", server_url=NOWHERE)
    before = copy_bytes(folder)
    run = start(folder)
    type_password(qtbot, run, "not my password")
    qtbot.waitUntil(lambda: run.unlock.login_button.isEnabled()
                    and "password" in run.unlock.error.text().lower(), timeout=20_000)
    assert "wrong" in run.unlock.error.text().lower() or "not right" in \
        run.unlock.error.text().lower()
    assert run.app is None and run.unlock.isVisible()
    assert copy_bytes(folder) == before


def test_the_right_password_opens_the_copy_as_its_person_with_their_roles(
        w, tmp_path, start, qtbot):
    folder = copy_of(w, "henk", tmp_path / "copy", server_url=NOWHERE)
    run = start(folder)
    window = opened(qtbot, run)
    ctx = window.ctx
    assert ctx.db.is_personal_copy and ctx.copy is not None
    assert ctx.actor.person_id == w.ids["henk"]
    assert ctx.actor.roles == w.actor("henk").roles
    assert window.user_label.text() == w.actor("henk").name
    # Henk leads a team: his areas are a team lead's, as on the organisation's database.
    assert "groups" in {a.key for a in window.areas}
    assert not run.unlock.isVisible()


def test_after_a_lock_only_the_copys_person_logs_in_with_their_password(
        w, tmp_path, start, qtbot):
    from PySide6.QtCore import Qt

    folder = copy_of(w, "kevin", tmp_path / "copy", server_url=NOWHERE)
    run = start(folder)
    window = opened(qtbot, run)
    window.lock()
    login = window.login
    qtbot.waitUntil(lambda: login.names.count() == 1, timeout=15_000)
    assert login.names.item(0).text() == w.actor("kevin").name
    assert not login.forgot.isVisible()
    qtbot.keyClicks(login.password, "wrong password")
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(login.error.text()), timeout=15_000)
    assert window.workspace is None
    login.password.clear()
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15_000)
    assert window.ctx.actor.person_id == w.ids["kevin"]
