"""Talent conversations, driven as the owner, a professional and their manager would."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.services import conversations as talks
from app.services.conversations import ZONE, half_year_of
from models import ActionStatus, Role, Side
from tests import fresh
from tests.conftest import PASSWORD
from tests.ui.test_pdf import pdf_text
from ui.dialogs.plan_conversations import PlanConversationsDialog
from ui.dialogs.sign import ReopenDialog, ScheduleDialog, SignDialog
from ui.views.conversations import ConversationsView

PRO, MAN = Side.PROFESSIONAL, Side.MANAGER


@pytest.fixture
def team(setup, owner, add_person):
    """Mira manages Piet; both have their own password and can sign."""
    mira = add_person("Mira de Vries", roles={Role.MANAGER})
    piet = add_person("Piet Jansen", manager_id=mira.person_id)
    return SimpleNamespace(owner=owner, man=mira, pro=piet)


def open_view(qtbot, ctx, actor) -> ConversationsView:
    ctx.session.actor = actor
    view = ConversationsView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 820)
    view.show()
    qtbot.waitUntil(lambda: view.loaded and view.panel.ready)
    return view


def plan_this_half_year(db, owner) -> int:
    year, half = half_year_of(date.today())
    talks.plan_half_year(db, owner, year, half)
    return talks.list_conversations(db, owner)[0].id


def panel_shows(view, predicate) -> bool:
    loaded = view.panel.loaded
    return view.panel.ready and loaded is not None and predicate(loaded)


def confirm_yes(page) -> None:
    page.confirmation.button(QMessageBox.StandardButton.Yes).click()


def test_the_owner_plans_the_half_year_and_sees_statuses_but_not_what_is_said(
        qtbot, ctx, team):
    view = open_view(qtbot, ctx, team.owner)

    # Nothing yet: the area explains the conversation and offers to plan it.
    assert view.stack.currentWidget() is view.empty
    assert "never about pay" in view.empty.text.text()
    assert view.empty_plan.isVisible()
    dialog = open_planning(qtbot, view, view.empty_plan)
    qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.tabs)
    # ("1 conversation planned" once the English plural forms are compiled in.)
    assert view.overview.plan_note.text().startswith("1 conversation")

    # The owner takes part in none: the overview opens, with dates and statuses only.
    assert view.tabs.currentWidget() is view.overview
    overview = view.overview
    assert overview.model.rowCount() == 1
    assert overview.model.index(0, 0).data() == "Piet Jansen"
    assert overview.model.index(0, 1).data() == "Mira de Vries"
    assert "Due now" in overview.model.index(0, 6).data()
    assert "statuses and dates only" in overview.hint.text()

    # Opening it: the service refuses the content, and the panel says so plainly.
    overview.table.selectRow(0)
    overview.open_button.click()
    qtbot.waitUntil(lambda: view.panel.ready
                    and view.panel.stack.currentWidget() is view.panel.private)
    assert view.tabs.currentIndex() == 0
    assert "Only the professional and the manager" in view.panel.private_message.text()
    assert "0 of 2" in view.panel.private_status.text()
    view.panel.back_button.click()
    assert view.tabs.currentWidget() is overview

    # Planning again creates nothing twice, and says why.
    dialog = open_planning(qtbot, view, overview.plan_button)
    assert dialog.summary.text().startswith("Nobody new to plan")
    assert dialog.people.topLevelItem(0).text(2) == "Already planned in this half year"
    assert not dialog.plan_button.isEnabled()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert len(talks.list_conversations(view.ctx.db, team.owner)) == 1


def open_planning(qtbot, view, button) -> PlanConversationsDialog:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(view.dialog, PlanConversationsDialog)
                    and view.dialog.loaded_for is not None)
    return view.dialog


def test_a_professional_and_manager_prepare_meet_sign_and_print_the_record(
        qtbot, ctx, db, data_dir, make_ctx, team, tmp_path):
    from app.paths import resolve_location

    cid = plan_this_half_year(db, team.owner)

    # Mira prepares on her own laptop: a draft, not yet published.
    ctx_mira = make_ctx(db, resolve_location(data_dir))
    mira_view = open_view(qtbot, ctx_mira, team.man)
    mira = mira_view.panel
    assert mira.loaded.my_side is MAN
    assert mira.pages.currentWidget() is mira.prepare
    assert not mira.prepare.prefill_button.isVisible()
    mira.prepare.fields["saw_grow"].setPlainText("Je plant rustiger dan vorig jaar.")
    mira.prepare.save_button.click()
    qtbot.waitUntil(lambda: mira.prepare.saved_note.isVisible())
    qtbot.waitUntil(lambda: "only you can see" in mira.prepare.state.text())

    # Piet, on the shared laptop, fills his preparation in from what Regiestoel knows.
    view = open_view(qtbot, ctx, team.pro)
    panel = view.panel
    assert view.model.rowCount() == 1 and view.selected().id == cid
    assert not view.tabs.tabBar().isVisible()  # no overview for a professional
    prepare = panel.prepare
    assert panel.pages.currentWidget() is prepare
    assert "Only you can read your draft until you publish it" in prepare.intro.text()
    assert not prepare.publish_button.isEnabled()
    prepare.prefill_button.click()
    qtbot.waitUntil(lambda: prepare.prefill_note.isVisible())
    assert "development question" in prepare.fields["development_question_progress"] \
        .toPlainText()
    assert "hours" in prepare.fields["learning_hours"].toPlainText()
    prepare.fields["need_from_manager"].setPlainText("Tijd om de planning te oefenen.")
    prepare.save_button.click()
    qtbot.waitUntil(lambda: prepare.saved_note.isVisible())

    # Mira's draft is not for him to read.
    meeting = panel.meeting
    columns = meeting.columns
    assert "Mira de Vries has not published" in columns[MAN].text()
    assert "rustiger" not in columns[MAN].text()
    assert "not published yet" in columns[PRO].text()
    assert not meeting.sign_buttons[PRO].isEnabled()

    # He publishes, after a question that says who will read it.
    prepare.publish_button.click()
    qtbot.waitUntil(lambda: prepare.confirmation is not None)
    assert "Mira de Vries" in prepare.confirmation.text()
    confirm_yes(prepare)
    qtbot.waitUntil(lambda: panel_shows(view, lambda x: x.row.professional_published))
    assert "Published on" in prepare.state.text()
    assert "Tijd om de planning" in columns[PRO].text()

    # Mira publishes on her laptop; she could read his preparation already.
    mira_view.hide()
    mira_view.show()
    qtbot.waitUntil(lambda: panel_shows(mira_view, lambda x: x.row.professional_published))
    assert "Tijd om de planning" in mira.meeting.columns[PRO].text()
    mira.prepare.publish_button.click()
    qtbot.waitUntil(lambda: mira.prepare.confirmation is not None)
    confirm_yes(mira.prepare)
    qtbot.waitUntil(lambda: panel_shows(mira_view, lambda x: x.row.manager_published))

    # Back on the shared laptop, they meet: an agreement, a summary.
    view.hide()
    view.show()
    qtbot.waitUntil(lambda: panel_shows(view, lambda x: x.row.manager_published))
    panel.pages.setCurrentWidget(meeting)
    assert "rustiger" in columns[MAN].text()
    meeting.agreement_title.setText("Cursus plannen volgen")
    meeting.agreement_owner.setCurrentIndex(meeting.agreement_owner.findData(team.pro.person_id))
    meeting.agreement_has_due.setChecked(True)
    meeting.add_agreement_button.click()
    qtbot.waitUntil(lambda: panel_shows(view, lambda x: len(x.meeting.agreements) == 1))
    assert meeting.agreement_title.text() == ""
    assert any("Cursus plannen volgen" in t.text() for t in meeting.agreements.titles.values())
    meeting.summary.setPlainText("Een goed gesprek over plannen.")

    # Piet signs first; a typo in his password is explained and nothing is signed.
    assert meeting.sign_buttons[PRO].isEnabled()
    meeting.sign_buttons[PRO].click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, SignDialog))
    dialog = view.dialog
    assert "Piet Jansen signs as the professional" in dialog.heading.text()
    assert "locked" in dialog.explanation.text()
    assert not dialog.sign_button.isEnabled()
    dialog.password.setText("verkeerd-wachtwoord")
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: dialog.password_error.isVisible())
    assert "That password is not right" in dialog.password_error.text()
    assert dialog.password.text() == ""
    # The summary he typed was saved before he signed: he signs what he sees.
    assert talks.meeting_view(db, team.pro, cid).summary == "Een goed gesprek over plannen."
    dialog.password.setText(PASSWORD)
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: dialog.signed and panel_shows(
        view, lambda x: len(x.meeting.current_signatures) == 1))
    assert "Agreed on" in meeting.sign_states[PRO].text()
    assert not meeting.sign_buttons[PRO].isVisible()

    # Mira, next to him, signs her side with her own password.
    meeting.sign_buttons[MAN].click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, SignDialog) and view.dialog is not dialog)
    dialog = view.dialog
    assert "Mira de Vries signs as the manager" in dialog.heading.text()
    assert "Let Mira de Vries type their own password" in dialog.handover.text()
    dialog.password.setText(PASSWORD)
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: panel_shows(view, lambda x: x.meeting.locked)
                    and bool(panel.record.html))

    # Locked: the record is shown with both signatures, and nothing can be edited.
    record = panel.record
    assert panel.pages.currentWidget() is record
    assert panel.lock_banner.isVisible()
    html = record.browser.toHtml()
    assert "Piet Jansen" in html and "Mira de Vries" in html and "Signatures" in html
    assert "Cursus plannen volgen" in html
    assert prepare.fields["need_from_manager"].isReadOnly()
    assert not prepare.save_button.isVisible() and not meeting.adding.isVisible()
    assert meeting.summary.isReadOnly() and panel.reopen_button.isVisible()

    # Mira's laptop still shows the open record; her late edit is refused with a reason.
    mira.pages.setCurrentWidget(mira.meeting)
    assert not mira.meeting.summary.isReadOnly()
    mira.meeting.summary.setPlainText("Nog iets toegevoegd.")
    mira.meeting.save_summary_button.click()
    # The refusal is explained; the panel may already have moved on to the locked record.
    qtbot.waitUntil(lambda: "so it is locked" in mira.meeting.summary_error.text())
    qtbot.waitUntil(lambda: panel_shows(mira_view, lambda x: x.meeting.locked))
    assert mira.meeting.summary.isReadOnly()

    # The record prints to a PDF that reads back.
    path = tmp_path / "verslag.pdf"
    record.print_pdf(path)
    assert record.saved_path == path and record.note.isVisible()
    text = pdf_text(path)
    assert "Record of the talent development conversation" in text
    assert "Piet Jansen" in text and "Mira de Vries" in text
    assert "Cursus plannen volgen" in text and "Een goed gesprek over plannen." in text

    # The history shows this conversation and its agreement.
    panel.pages.setCurrentWidget(panel.history)
    qtbot.waitUntil(lambda: panel.history.loaded)
    assert "Cursus plannen volgen" in panel.history.browser.toPlainText()


def test_a_meeting_is_scheduled_exported_and_agreements_carry_over(
        qtbot, ctx, db, owner, add_person, tmp_path):
    mira = add_person("Mira de Vries", roles={Role.MANAGER}, password=None)
    piet = add_person("Piet Jansen", manager_id=mira.person_id, password=None)
    talks.plan_half_year(db, owner, 2026, 1)
    earlier = talks.list_conversations(db, owner)[0].id
    fresh.add_agreement(db, piet, earlier, "Mentor zoeken", piet.person_id)
    talks.plan_half_year(db, owner, 2026, 2)
    cid = next(r.id for r in talks.list_conversations(db, owner) if r.id != earlier)

    view = open_view(qtbot, ctx, piet)
    assert view.model.rowCount() == 2  # two half years
    qtbot.waitUntil(lambda: panel_shows(view, lambda x: x.row.id == cid))
    panel = view.panel

    # The open agreement of last time is carried over, marked, and can be marked done.
    meeting = panel.meeting
    assert not meeting.earlier_card.isHidden()
    (title,) = meeting.earlier.titles.values()
    assert "Mentor zoeken" in title.text() and "Carried over from first half of" in title.text()
    (agreement_id, combo), = meeting.earlier.combos.items()
    combo.setCurrentIndex(combo.findData(ActionStatus.DONE))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: panel_shows(view, lambda x: x.meeting.reviewed_agreements
                                        and x.meeting.reviewed_agreements[0].status
                                        is ActionStatus.DONE))

    # Schedule the meeting, then export the invitation.
    assert not panel.record.invite_button.isEnabled()
    panel.schedule_button.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, ScheduleDialog))
    dialog = view.dialog
    dialog.location.setText("Kleine vergaderzaal")
    dialog.when_time.line.selectAll()
    qtbot.keyClicks(dialog.when_time.line, "14.30")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: panel_shows(view, lambda x: x.row.meeting_at is not None))
    assert view.panel.loaded.row.meeting_at.astimezone(ZONE).strftime("%H:%M") == "14:30"
    assert "Kleine vergaderzaal" in panel.meta.text()
    assert panel.record.invite_button.isEnabled()
    path = tmp_path / "uitnodiging.ics"
    panel.record.export_invite(path)
    qtbot.waitUntil(lambda: panel.record.saved_path == path)
    assert b"BEGIN:VEVENT" in path.read_bytes()
    assert "calendar program" in panel.record.note.text()

    # Only Piet decides whether later managers may read the record.
    assert panel.share.isEnabled() and not panel.share.isChecked()
    panel.share.click()
    qtbot.waitUntil(lambda: panel_shows(view, lambda x: x.meeting.readable_by_later_managers))


def test_a_signed_record_is_reopened_with_a_reason(qtbot, ctx, db, team):
    cid = plan_this_half_year(db, team.owner)
    fresh.save_preparation(db, team.pro, cid, PRO, {"need_from_manager": "Tijd."})
    fresh.publish_preparation(db, team.pro, cid, PRO)
    fresh.save_preparation(db, team.man, cid, MAN, {"saw_grow": "Groei."})
    fresh.publish_preparation(db, team.man, cid, MAN)
    fresh.sign(db, team.pro, cid, PRO, PASSWORD)
    fresh.sign(db, team.man, cid, MAN, PASSWORD)

    view = open_view(qtbot, ctx, team.man)
    panel = view.panel
    qtbot.waitUntil(lambda: bool(panel.record.html))
    assert panel.pages.currentWidget() is panel.record
    panel.reopen_button.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, ReopenDialog))
    dialog = view.dialog
    assert not dialog.reopen_button.isEnabled()
    dialog.reason.setPlainText("De afspraak over de cursus klopt niet.")
    dialog.reopen_button.click()
    qtbot.waitUntil(lambda: panel_shows(view, lambda x: not x.meeting.locked))
    assert not panel.lock_banner.isVisible()
    assert panel.meeting.sign_buttons[MAN].isVisible()
    assert "Not signed yet" in panel.meeting.sign_states[PRO].text()
    assert not panel.share.isEnabled()  # the manager does not decide this


def test_switching_to_dutch_keeps_what_was_typed(qtbot, ctx, db, owner, add_person, languages):
    mira = add_person("Mira de Vries", roles={Role.MANAGER}, password=None)
    piet = add_person("Piet Jansen", manager_id=mira.person_id, password=None)
    plan_this_half_year(db, owner)
    view = open_view(qtbot, ctx, piet)
    prepare = view.panel.prepare
    assert prepare.labels["need_from_manager"].text() == "What I need from my manager"
    prepare.fields["need_from_manager"].setPlainText("Tijd om te oefenen.")

    languages.apply("nl")
    qtbot.waitUntil(lambda: prepare.labels["need_from_manager"].text()
                    == "Wat ik nodig heb van mijn leidinggevende")
    qtbot.waitUntil(lambda: view.panel.ready)
    assert prepare.fields["need_from_manager"].toPlainText() == "Tijd om te oefenen."
    assert view.model.language == "nl"


def test_a_manager_of_many_sees_the_newest_half_year_opened_and_opens_an_older_one(
        qtbot, ctx, db, owner, add_person):
    """45 reports over two half years: 90 rows would bury the newest under the older;
    the newest half year is open, the one before it closed until clicked."""
    mira = add_person("Mira de Vries", roles={Role.MANAGER})
    for n in range(45):
        add_person(f"Collega {n:02d}", manager_id=mira.person_id)
    year, half = half_year_of(date.today())
    earlier = (year, 1) if half == 2 else (year - 1, 2)
    talks.plan_half_year(db, owner, *earlier)
    talks.plan_half_year(db, owner, year, half)
    view = open_view(qtbot, ctx, mira)
    newest, older = view.model.index(0, 0), view.model.index(1, 0)
    assert view.model.rowCount(newest) == view.model.rowCount(older) == 45
    assert view.tree.isExpanded(newest) and not view.tree.isExpanded(older)
    view.tree.scrollTo(older)  # scrolled down to it, as a user would
    rect = view.tree.visualRect(older)
    # The half year's row, clicked where its arrow is: it opens.
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(view.tree.indentation() // 2, rect.center().y()))
    qtbot.waitUntil(lambda: view.tree.isExpanded(older))
