"""The offline bar on a personal copy: offline or online in plain words (nl and en), Sync now,
the 30-day warning, and changes that clash shown side by side to choose from."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import messages
from app.services import development
from tests.sync_world import Org, new_org
from tests.ui.offline_copies import NOWHERE, copy_of, opened, start

__all__ = ["start"]  # the fixture, used by name

# 3 December 2026, 16:02 in the Netherlands.
LAST_SYNC = datetime(2026, 12, 3, 15, 2, tzinfo=UTC)


@pytest.fixture(scope="module")
def org(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Org:
    return new_org("sqlite", request, tmp_path_factory.mktemp("organisation"))


def _bar(window):
    bar = window.offline_bar
    assert bar is not None and bar.isVisible()
    return bar


@pytest.mark.parametrize(("language", "text"), [
    ("en", "offline — last synced 3 December 16:02"),
    ("nl", "offline — laatst bijgewerkt 3 december 16:02"),
])
def test_without_the_server_the_bar_says_offline_and_when_last_synced(
        org, tmp_path, start, qtbot, language, text):
    folder = copy_of(org, "kevin", tmp_path / "copy", server_url=NOWHERE, last_synced=LAST_SYNC)
    window = opened(qtbot, start(folder, language))
    bar = _bar(window)
    qtbot.waitUntil(lambda: window.sync_runner.online is False, timeout=15_000)
    assert bar.state.text() == text
    # Sync now tried by hand says why it did not work, and keeps everything.
    qtbot.mouseClick(bar.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.sync_runner.syncing and bar.sync_button.isEnabled(),
                    timeout=15_000)
    assert bar.state.text() == text
    assert bar.warning.text() == messages.text("server_unreachable", language)


@pytest.mark.parametrize(("language", "prefix"), [
    ("en", "online — synced at "), ("nl", "online — bijgewerkt om "),
])
def test_with_the_server_the_copy_syncs_at_login_and_the_bar_says_online(
        org, tmp_path, start, qtbot, language, prefix):
    folder = copy_of(org, "kevin", tmp_path / "copy", last_synced=LAST_SYNC)
    window = opened(qtbot, start(folder, language))
    bar = _bar(window)
    runner = window.sync_runner
    qtbot.waitUntil(lambda: runner.report is not None, timeout=30_000)
    assert runner.online is True
    assert bar.state.text().startswith(prefix)
    assert runner.last_synced > LAST_SYNC
    # Sync now: a progress line while it runs, then online again.
    seen: list[str] = []
    runner.changed.connect(lambda: seen.append(bar.progress.text()))
    runner.report = None
    qtbot.mouseClick(bar.sync_button, Qt.MouseButton.LeftButton)
    assert not bar.sync_button.isEnabled()
    qtbot.waitUntil(lambda: runner.report is not None, timeout=30_000)
    assert any(seen) and bar.progress.text() == "" and bar.sync_button.isEnabled()


def test_a_copy_not_synced_for_30_days_warns_at_login_and_in_the_bar(
        org, tmp_path, start, qtbot):
    long_ago = datetime.now(UTC) - timedelta(days=40)
    folder = copy_of(org, "kevin", tmp_path / "copy", server_url=NOWHERE, last_synced=long_ago)
    window = opened(qtbot, start(folder))
    notice = window.stale_notice
    assert isinstance(notice, QMessageBox) and notice.isVisible()
    assert "40 days" in notice.text() and "Sync now" in notice.text()
    assert "40 days" in _bar(window).warning.text()
    notice.accept()


def test_a_recent_copy_gives_no_warning(org, tmp_path, start, qtbot):
    folder = copy_of(org, "kevin", tmp_path / "copy", server_url=NOWHERE,
                     last_synced=datetime.now(UTC) - timedelta(days=29))
    window = opened(qtbot, start(folder))
    assert getattr(window, "stale_notice", None) is None
    assert _bar(window).warning.text() == ""


def _question_version(db, actor) -> int | None:
    mine = development.my_question(db, actor)
    return mine.version_id if mine is not None else None


def test_changes_that_clash_are_shown_side_by_side_and_a_merge_reaches_the_server(
        org, tmp_path, start, qtbot):
    from app.personal_copy.opening import open_copy
    from tests.sync_world import PASSWORD

    kevin = org.actor("kevin")
    folder = copy_of(org, "kevin", tmp_path / "copy")
    # On the road: Kevin sharpens his question on the laptop...
    copy = open_copy(folder, PASSWORD)
    development.save_question(copy.db, kevin, "Hoe geef ik feedback onderweg?", False,
                              expected_version=_question_version(copy.db, kevin))
    development.save_answer(copy.db, kevin, "aim", "Rustig blijven onderweg",
                            expected_version=_question_version(copy.db, kevin))
    copy.close()
    # ... and, meanwhile, at the office on the organisation's database.
    development.save_question(org.db, kevin, "Hoe geef ik feedback op kantoor?", False,
                              expected_version=_question_version(org.db, kevin))
    window = opened(qtbot, start(folder))
    # The sync at login finds the clash and shows it at once.
    qtbot.waitUntil(lambda: window.conflicts_dialog is not None
                    and window.conflicts_dialog.isVisible(), timeout=30_000)
    dialog = window.conflicts_dialog
    qtbot.waitUntil(lambda: "text" in dialog.merged)
    texts = [w.toPlainText() for w in dialog.scroller.widget().findChildren(
        type(dialog.merged["text"]))]
    assert "Hoe geef ik feedback onderweg?" in texts
    assert "Hoe geef ik feedback op kantoor?" in texts
    assert "clash" in _bar(window).conflict_text.text()
    # The answer written after it waits for the choice, and the dialog says it is kept.
    assert dialog.waiting.isVisible() and "1 more time " in dialog.waiting.text()
    merged = dialog.merged["text"]
    merged.selectAll()
    qtbot.keyClicks(merged, "Hoe geef ik feedback, onderweg en op kantoor?")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    # The merge goes along with the next sync (started at once) and lands on the server.
    qtbot.waitUntil(lambda: (development.my_question(org.db, kevin).text
                             == "Hoe geef ik feedback, onderweg en op kantoor?"),
                    timeout=30_000)
    qtbot.waitUntil(lambda: not window.sync_runner.syncing and window.sync_runner.conflicts == 0,
                    timeout=30_000)
    assert not _bar(window).conflict_text.isVisible()
    # The answer that waited went right after it.
    assert development.my_question(org.db, kevin).answers.get("aim") == \
        "Rustig blijven onderweg"


def test_a_revoked_copy_is_removed_said_so_and_the_laptop_goes_back_to_the_server(
        org, tmp_path, start, qtbot):
    from sqlalchemy import update

    from app.personal_copy.marker import holds_copy, read_marker
    from models.base import utcnow
    from models.personal_copies import PersonalCopy

    folder = copy_of(org, "kevin", tmp_path / "copy")
    run = start(folder)
    run.local.personal_copy_dir = str(folder)
    window = opened(qtbot, run)
    runner = window.sync_runner
    qtbot.waitUntil(lambda: runner.report is not None, timeout=30_000)
    # The owner revokes this laptop's copy (Settings › Laptops, on the server).
    copy_id = read_marker(folder).copy_id
    with org.db.transaction() as s:
        s.execute(update(PersonalCopy).where(PersonalCopy.id == copy_id)
                  .values(revoked_at=utcnow()))
    qtbot.mouseClick(_bar(window).sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(window, "revoked_notice", None) is not None,
                    timeout=30_000)
    notice = window.revoked_notice
    assert "withdrawn" in notice.text() and notice.isVisible()
    # Nothing of the copy is left on the laptop or on the screen, and the next start
    # works on the organisation's database.
    assert not holds_copy(folder)
    assert window.workspace is None and window.ctx.session.actor is None
    assert run.local.personal_copy_dir == ""
    notice.accept()


def test_a_question_sharpened_offline_waits_in_the_copy_and_reaches_the_server_on_sync_now(
        org, tmp_path, start, qtbot):
    """The issue's day on the road, in short: offline, Kevin rewrites his development question
    from Mijn regie; back online, Sync now sends it."""
    from sqlalchemy import select, update

    from app.personal_copy.identity import copy_identity, copy_outbox
    from app.personal_copy.outbox import writing

    kevin = org.actor("kevin")
    folder = copy_of(org, "kevin", tmp_path / "copy", server_url=NOWHERE)
    window = opened(qtbot, start(folder))
    runner = window.sync_runner
    qtbot.waitUntil(lambda: runner.online is False, timeout=15_000)
    home = window.current_area()
    # Mijn regie filled and laid out (on a busy machine it may still be arriving).
    qtbot.waitUntil(lambda: home.question_button.text() != ""
                    and home.question_button.height() > 0, timeout=15_000)
    qtbot.mouseClick(home.question_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.development_dialog is not None
                    and window.development_dialog.isVisible(), timeout=15_000)
    dialog = window.development_dialog
    dialog.question.selectAll()
    qtbot.keyClicks(dialog.question, "Hoe plan ik mijn werk in de trein?")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    copy = window.ctx.copy
    with copy.db.read() as s:
        waiting = set(s.scalars(select(copy_outbox.c.operation)))
    # (Beside it, perhaps, the desktop notifications shown meanwhile.)
    assert "development.save_question" in waiting
    assert development.my_question(org.db, kevin).text != "Hoe plan ik mijn werk in de trein?"
    # Back at the office: the server is there again.
    def back_at_the_office() -> None:
        with writing(copy.db) as conn:
            conn.execute(update(copy_identity).values(server_url=org.url))
        copy.identity = dataclasses.replace(copy.identity, server_url=org.url)

    window.ctx.tasks.run(back_at_the_office)
    window.ctx.tasks.wait()
    runner.report = None
    qtbot.mouseClick(_bar(window).sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: runner.report is not None, timeout=30_000)
    assert runner.report.sent == len(waiting) and runner.online is True
    assert development.my_question(org.db, kevin).text == "Hoe plan ik mijn werk in de trein?"
    assert _bar(window).state.text().startswith("online — synced at ")


def test_changes_the_server_refused_are_listed_with_why_until_read(org, tmp_path, start,
                                                                     qtbot):
    import json
    import uuid

    from app.personal_copy import codec, conflicts
    from app.personal_copy.identity import copy_outbox
    from app.personal_copy.opening import open_copy
    from app.personal_copy.outbox import writing
    from models.base import utcnow
    from tests.sync_world import PASSWORD

    folder = copy_of(org, "kevin", tmp_path / "copy", server_url=NOWHERE)
    # What the last sync left: one lesson the server did not take over, with its reason.
    copy = open_copy(folder, PASSWORD)
    with writing(copy.db) as conn:
        conn.execute(copy_outbox.insert().values(
            op_id=str(uuid.uuid4()), operation="lessons.add_lesson",
            args=json.dumps(codec.encode({"data": {"title": "Vooraf de klant bellen"}})),
            state="refused", outcome=json.dumps({"code": "sync_depends_on_refused"}),
            created_at=utcnow()))
    copy.close()
    window = opened(qtbot, start(folder))
    bar = _bar(window)
    qtbot.waitUntil(lambda: window.sync_runner.refused == 1, timeout=15_000)
    assert "not taken over" in bar.refused_text.text() and bar.refused_button.isVisible()
    qtbot.mouseClick(bar.refused_button, Qt.MouseButton.LeftButton)
    dialog = window.refused_dialog
    qtbot.waitUntil(lambda: "Vooraf de klant bellen" in dialog.text.toPlainText())
    assert messages.text("sync_depends_on_refused", "en") in dialog.text.toPlainText()
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible() and window.sync_runner.refused == 0,
                    timeout=15_000)
    assert not bar.refused_text.isVisible()
    assert conflicts.refused(window.ctx.copy) == []
