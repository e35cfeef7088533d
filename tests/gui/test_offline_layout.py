"""A personal copy in real windows, in Dutch: the password window, the main window with the
offline bar, the take-along dialog and the clashes dialog fit and clip nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.services import development
from tests.gui.conftest import LANGUAGE, assert_layout, click, settle, type_into
from tests.sync_world import PASSWORD, Org, new_org
from tests.ui.offline_copies import NOWHERE, copy_of


@pytest.fixture(scope="module")
def org(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Org:
    return new_org("sqlite", request, tmp_path_factory.mktemp("organisation"))


@pytest.fixture
def run_copy(qapp, qtbot, tmp_path, monkeypatch):
    from app.settings import LocalSettings
    from ui.i18n import Languages
    from ui.main import CopyRun
    from ui.tasks import Tasks
    from ui.theme import apply_theme

    monkeypatch.setenv("REGIESTOEL_CONFIG_DIR", str(tmp_path / "config"))
    apply_theme(qapp, dark=False)
    languages = Languages(qapp)
    languages.apply(LANGUAGE)
    runs = []

    def run(folder):
        r = CopyRun(qapp, languages, LocalSettings(language=LANGUAGE), folder, Tasks(qapp))
        runs.append(r)
        return r

    yield run
    for r in runs:
        if r.app is not None and r.app.window is not None:
            r.app.window.sync_runner.stop()
            r.app.window.quitting = True
            r.app.window.close()
        r.unlock.close()
        r.end()
        settle()


def _open(qtbot, run):
    qtbot.waitExposed(run.unlock)
    assert_layout(run.unlock)
    type_into(qtbot, run.unlock.password, PASSWORD)
    click(qtbot, run.unlock.login_button)
    qtbot.waitUntil(lambda: run.app is not None and run.app.window is not None
                    and run.app.window.workspace is not None, timeout=20_000)
    window = run.app.window
    qtbot.waitExposed(window)
    settle(window.ctx, 200)
    return window


def test_offline_on_the_road_the_bar_and_its_30_day_warning_fit(org, tmp_path, run_copy,
                                                                 qtbot):
    folder = copy_of(org, "kevin", tmp_path / "copy", server_url=NOWHERE,
                     last_synced=datetime.now(UTC) - timedelta(days=31))
    window = _open(qtbot, run_copy(folder))
    qtbot.waitUntil(lambda: window.sync_runner.online is False, timeout=15_000)
    settle(window.ctx, 200)
    bar = window.offline_bar
    assert bar.state.text().startswith("offline — laatst bijgewerkt ")
    assert "31 dagen" in bar.warning.text()
    window.stale_notice.accept()
    assert_layout(window)


def test_the_clashes_dialog_fits_with_both_versions_side_by_side(org, tmp_path, run_copy,
                                                                  qtbot):
    from app.personal_copy.opening import open_copy

    kevin = org.actor("kevin")
    folder = copy_of(org, "kevin", tmp_path / "copy")
    copy = open_copy(folder, PASSWORD)
    mine = development.my_question(copy.db, kevin)
    development.save_question(copy.db, kevin, "Hoe geef ik collega's onderweg feedback?",
                              False, expected_version=mine.version_id if mine else None)
    copy.close()
    theirs = development.my_question(org.db, kevin)
    development.save_question(org.db, kevin, "Hoe geef ik collega's op kantoor feedback?",
                              False, expected_version=theirs.version_id if theirs else None)
    window = _open(qtbot, run_copy(folder))
    qtbot.waitUntil(lambda: window.conflicts_dialog is not None
                    and window.conflicts_dialog.isVisible(), timeout=30_000)
    dialog = window.conflicts_dialog
    qtbot.waitExposed(dialog)
    settle(window.ctx, 200)
    assert_layout(dialog)
    click(qtbot, dialog.theirs_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    # Theirs kept: nothing clashes after the sync that follows, the bar says so too.
    qtbot.waitUntil(lambda: window.sync_runner.report is not None
                    and not window.sync_runner.syncing and window.sync_runner.conflicts == 0,
                    timeout=30_000)
    assert not window.offline_bar.conflict_text.isVisible()
    assert development.my_question(org.db, kevin).text == \
        "Hoe geef ik collega's op kantoor feedback?"


def test_the_take_along_dialog_fits_with_what_goes_and_what_never_does(org, qtbot, qapp,
                                                                       tmp_path):
    from PySide6.QtWidgets import QWidget

    from app.paths import resolve_location
    from app.settings import LocalSettings
    from ui.context import AppContext, Bus
    from ui.dialogs.take_along import TakeAlongDialog
    from ui.i18n import Languages
    from ui.tasks import Tasks

    languages = Languages(qapp)
    languages.apply(LANGUAGE)
    ctx = AppContext(db=org.db, location=resolve_location(tmp_path, org.url),
                     tasks=Tasks(qapp), bus=Bus(), languages=languages,
                     local=LocalSettings(language=LANGUAGE))
    ctx.session.actor = org.actor("kevin")
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(1180, 700)
    parent.show()
    dialog = TakeAlongDialog(ctx, parent)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert "Wat nooit meegaat" in dialog.what_never.text()
    assert_layout(dialog)
    dialog.done(0)
