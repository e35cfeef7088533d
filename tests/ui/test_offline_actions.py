"""On a personal copy every screen opens without an error, and what needs the organisation's
database is disabled beforehand with the reason in words beside it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.personal_copy.opening import open_copy
from models import Side
from models.errors import Forbidden, StorageError
from tests.sync_world import PASSWORD, Org, new_org
from tests.ui.offline_copies import NOWHERE, copy_of, opened, start

__all__ = ["start"]  # the fixture, used by name


@pytest.fixture(scope="module")
def org(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Org:
    return new_org("sqlite", request, tmp_path_factory.mktemp("organisation"))


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """Every message box a screen would show for a refusal, instead of showing it."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a, **k: shown.append(text)))
    return shown


def _visit_every_area(qtbot, window) -> None:
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        qtbot.wait(50)
    # And every tab of Settings (reminders, AI models, ...).
    settings = window.go_to("settings")
    for index in range(settings.tabs.count()):
        bar = settings.tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        qtbot.wait(50)
    window.ctx.tasks.wait()
    qtbot.wait(200)
    window.ctx.tasks.wait()


@pytest.mark.parametrize("who", ["kevin", "henk", "marieke"])
def test_every_screen_of_a_professional_team_lead_and_owner_opens_on_a_copy(
        org, tmp_path, start, qtbot, warnings, who):
    window = opened(qtbot, start(copy_of(org, who, tmp_path / "copy", server_url=NOWHERE)))
    _visit_every_area(qtbot, window)
    assert warnings == []


def test_answering_the_culture_scan_is_off_with_the_reason_beside_it(
        org, tmp_path, start, qtbot, warnings):
    window = opened(qtbot, start(copy_of(org, "kevin", tmp_path / "copy", server_url=NOWHERE)))
    home = window.current_area()
    assert not home.scan_button.isEnabled()
    assert not home.scan_offline.isHidden()
    assert "anonymous" in home.scan_offline.text()
    culture = window.go_to("culture")
    assert culture is not None
    assert not culture.answer_button.isEnabled() and not culture.answer_offline.isHidden()
    assert "connection" in culture.answer_offline.text()


def test_the_owners_admin_screens_say_they_work_at_the_organisation(
        org, tmp_path, start, qtbot, warnings):
    window = opened(qtbot, start(copy_of(org, "marieke", tmp_path / "copy",
                                         server_url=NOWHERE)))
    audit = window.go_to("audit")
    assert audit is not None and not audit.table.isVisibleTo(audit)
    assert "never goes along" in audit.intro.text()
    people = window.go_to("people")
    assert not people.add_button.isEnabled() and not people.import_button.isEnabled()
    assert not people.offline.isHidden() and "connection" in people.offline.text()
    settings = window.go_to("settings")
    save = settings.buttons.button(settings.buttons.StandardButton.Save)
    assert not save.isEnabled() and not settings.org_offline.isHidden()
    # No moving, backing up or restoring a copy as if it were the organisation's database.
    assert "database" not in [k for k, _b in settings._builders]
    assert warnings == []


def test_changing_the_password_on_a_copy_re_keys_the_copy(org, tmp_path, start, qtbot,
                                                          warnings):
    from ui.dialogs.passwords import ChangePasswordDialog

    folder = copy_of(org, "kevin", tmp_path / "copy", server_url=NOWHERE)
    window = opened(qtbot, start(folder))
    window.act_password.trigger()
    dialog = window.password_change
    assert isinstance(dialog, ChangePasswordDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert "at the office" in dialog.intro.text()
    qtbot.keyClicks(dialog.current, PASSWORD)
    qtbot.keyClicks(dialog.new, "onderweg-2027")
    qtbot.keyClicks(dialog.repeat, "onderweg-2027")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    # The copy opens with the new password only; the organisation's account is unchanged.
    with pytest.raises(Forbidden):
        open_copy(folder, PASSWORD).close()
    open_copy(folder, "onderweg-2027").close()
    from app.services.auth import authenticate

    assert authenticate(org.db, org.ids["kevin"], PASSWORD).actor.person_id == org.ids["kevin"]
    # And after a lock the new password logs in.
    window.lock()
    login = window.login
    qtbot.waitUntil(lambda: login.names.count() == 1)
    qtbot.keyClicks(login.password, "onderweg-2027")
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15_000)
    assert warnings == []


def test_a_wrong_current_password_changes_nothing(org, tmp_path, start, qtbot, warnings):
    folder = copy_of(org, "kevin", tmp_path / "copy", server_url=NOWHERE)
    window = opened(qtbot, start(folder))
    window.act_password.trigger()
    dialog = window.password_change
    qtbot.keyClicks(dialog.current, "not my password")
    qtbot.keyClicks(dialog.new, "onderweg-2027")
    qtbot.keyClicks(dialog.repeat, "onderweg-2027")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.general_error.text()), timeout=15_000)
    assert dialog.isVisible()
    open_copy(folder, PASSWORD).close()
    assert StorageError  # the copy opened: nothing changed


def test_a_guide_runs_a_session_of_their_group_on_the_copy(org, tmp_path, start, qtbot,
                                                          warnings):
    """Offline, Gerrit opens a planned session of the group he guides: it starts on the copy
    (recorded for the next sync), attendance and all, with no refusal."""
    from sqlalchemy import select

    from app.personal_copy.identity import copy_outbox
    from app.services import sessions
    from models import Session as SessionModel

    window = opened(qtbot, start(copy_of(org, "gerrit", tmp_path / "copy",
                                         server_url=NOWHERE)))
    copy = window.ctx.copy
    gerrit = window.ctx.actor
    with copy.db.read() as s:
        planned = s.scalars(select(SessionModel.id).where(SessionModel.status == "planned")
                            .order_by(SessionModel.id)).all()
    session_id = next(sid for sid in planned
                      if _may_run(sessions, copy.db, gerrit, sid))
    window.open_session(session_id)
    runner = window.runner
    qtbot.waitUntil(lambda: runner.attendance is not None or bool(runner.error.text()),
                    timeout=15_000)
    assert runner.error.text() == "" and runner.attendance is not None
    with copy.db.read() as s:
        assert "sessions.start_session" in set(s.scalars(select(copy_outbox.c.operation)))
    runner.close()
    assert warnings == []


def _may_run(sessions, db, actor, session_id) -> bool:
    from models.errors import DomainError

    try:
        sessions.get_session(db, actor, session_id, "en")  # their group's, or refused
    except DomainError:
        return False
    return True


def test_signing_and_asking_for_a_correction_are_off_with_the_reason_beside_them(
        org, tmp_path, start, qtbot, warnings):
    window = opened(qtbot, start(copy_of(org, "kevin", tmp_path / "copy", server_url=NOWHERE)))
    view = window.go_to("conversations")
    qtbot.waitUntil(lambda: view.loaded and view.panel.ready and view.panel.loaded is not None,
                    timeout=15_000)
    meeting = view.panel.meeting
    view.panel.pages.setCurrentWidget(meeting)
    qtbot.waitUntil(lambda: not meeting.sign_offline.isHidden(), timeout=15_000)
    assert "Signing works only with a connection" in meeting.sign_offline.text()
    assert "correction works only with a connection" in meeting.correction_offline.text()
    for button in (*meeting.sign_buttons.values(), *meeting.correction_buttons.values()):
        assert not button.isEnabled()
    assert warnings == []


def test_with_the_server_in_reach_a_copy_signs_its_own_side_on_the_server(
        org, tmp_path, start, qtbot, warnings):
    """Real clicks: online, signing works from the copy (on the server, shown at once) for
    one's own side only; out of reach again, the reason is back beside the buttons."""
    from app.services import conversations as talks
    from app.services.auth import actor_for
    from app.services.conversations import preparation_keys
    from tests import fresh
    from ui.dialogs.sign import SignDialog

    window = opened(qtbot, start(copy_of(org, "kevin", tmp_path / "copy")))
    runner = window.sync_runner
    qtbot.waitUntil(lambda: runner.report is not None, timeout=30_000)  # synced at login
    assert window.ctx.server_online
    view = window.go_to("conversations")
    qtbot.waitUntil(lambda: view.loaded and view.panel.ready and view.panel.loaded is not None,
                    timeout=15_000)
    loaded = view.panel.loaded
    cid, mine = loaded.row.id, loaded.my_side
    assert mine is not None
    for who, side in ((loaded.row.professional_id, Side.PROFESSIONAL),
                      (loaded.row.manager_id, Side.MANAGER)):
        fresh.save_preparation(org.db, actor_for(org.db, who), cid, side,
                               {preparation_keys(side)[0]: "Klaar"}, publish=True)
    runner.report = None
    runner.sync_now()  # the copy learns that both published
    qtbot.waitUntil(lambda: runner.report is not None, timeout=30_000)
    me = actor_for(org.db, org.ids["kevin"])
    now = talks.record_versions(org.db, me, cid).record
    qtbot.waitUntil(lambda: view.panel.loaded.row.version == now, timeout=15_000)
    meeting = view.panel.meeting
    view.panel.pages.setCurrentWidget(meeting)
    other = Side.MANAGER if mine is Side.PROFESSIONAL else Side.PROFESSIONAL
    qtbot.waitUntil(lambda: meeting.sign_buttons[mine].isEnabled(), timeout=15_000)
    assert not meeting.sign_buttons[other].isEnabled()
    assert not meeting.correction_buttons[other].isEnabled()
    assert "only for yourself" in meeting.sign_offline.text()
    qtbot.mouseClick(meeting.sign_buttons[mine], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(view.dialog, SignDialog) and view.dialog.isVisible(),
                    timeout=15_000)
    dialog = view.dialog
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.signed, timeout=15_000)
    assert [s.side for s in talks.meeting_view(org.db, me, cid).current_signatures] == [mine]
    qtbot.waitUntil(lambda: "Agreed on" in meeting.sign_states[mine].text(), timeout=15_000)
    # Out of reach again: asking for a correction is off, with today's reason beside it.
    window.ctx.set_server_online(False)
    qtbot.waitUntil(lambda: not meeting.correction_offline.isHidden(), timeout=15_000)
    assert "correction works only with a connection" in meeting.correction_offline.text()
    assert not any(b.isEnabled() for b in meeting.correction_buttons.values())
    assert warnings == []


def test_with_the_server_in_reach_a_copy_answers_the_culture_scan_on_the_server(
        org, tmp_path, start, qtbot, warnings):
    """Real clicks: online, the scan is answered from the copy, counted on the server at
    once, and the copy stops offering the round."""
    from PySide6.QtCore import QPoint

    from app.services import culture
    from app.services.auth import actor_for
    from ui.dialogs.culture import AnswerDialog

    left = Qt.MouseButton.LeftButton
    window = opened(qtbot, start(copy_of(org, "kevin", tmp_path / "copy")))
    runner = window.sync_runner
    qtbot.waitUntil(lambda: runner.report is not None, timeout=30_000)  # synced at login
    assert window.ctx.server_online
    kevin = actor_for(org.db, org.ids["kevin"])
    [open_round, *_] = culture.my_open_rounds(org.db, kevin)
    view = window.go_to("culture")
    qtbot.waitUntil(lambda: view.overview is not None, timeout=15_000)
    qtbot.waitUntil(view.answer_button.isEnabled, timeout=15_000)
    assert view.answer_offline.isHidden()
    qtbot.mouseClick(view.answer_button, left)
    qtbot.waitUntil(lambda: isinstance(view.dialog, AnswerDialog), timeout=15_000)
    dialog = view.dialog
    for group in dialog.groups.values():
        box = group.button(4)
        qtbot.mouseClick(box, left, pos=QPoint(8, box.height() // 2))
    qtbot.mouseClick(dialog.send, left)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    assert open_round.id not in {r.id for r in culture.my_open_rounds(org.db, kevin)}
    qtbot.waitUntil(lambda: not view.answer_card.isVisible()
                    or not view.answer_button.isEnabled(), timeout=15_000)
    assert warnings == []
