"""Signing as seen with a remark, and asking for a correction, by clicking the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.paths import resolve_location
from app.services import conversations as talks
from tests import fresh
from tests.conftest import PASSWORD
from tests.ui import test_conversations_view as conversations_view
from tests.ui.test_conversations_view import (
    MAN,
    PRO,
    open_view,
    panel_shows,
    plan_this_half_year,
)
from tests.ui.test_pdf import pdf_text
from ui.dialogs.sign import SignDialog

team = conversations_view.team  # Mira manages Piet; both sign with their own password

REMARK = "Ik zie de werkdruk anders dan hier staat."


def ready_to_sign(db, team) -> int:
    cid = plan_this_half_year(db, team.owner)
    fresh.save_preparation(db, team.pro, cid, PRO, {"need_from_manager": "Tijd."}, publish=True)
    fresh.save_preparation(db, team.man, cid, MAN, {"saw_grow": "Groei."}, publish=True)
    fresh.save_summary(db, team.man, cid, "Piet volgt de cursus.")
    return cid


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def sign_dialog(qtbot, view, previous=None) -> SignDialog:
    qtbot.waitUntil(lambda: isinstance(view.dialog, SignDialog) and view.dialog is not previous
                    and view.dialog.isVisible())
    return view.dialog


def test_a_correction_request_reopens_editing_and_an_edit_takes_the_signature_back(
        qtbot, ctx, db, team, tmp_path):
    cid = ready_to_sign(db, team)
    view = open_view(qtbot, ctx, team.pro)  # the shared laptop, Piet logged in
    panel = view.panel
    meeting = panel.meeting
    panel.pages.setCurrentWidget(meeting)

    # Mira signs first: agreed.
    click(qtbot, meeting.sign_buttons[MAN])
    dialog = sign_dialog(qtbot, view)
    assert dialog.agreed.isChecked() and not dialog.remark.isVisible()
    qtbot.keyClicks(dialog.password, PASSWORD)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: panel_shows(view, lambda x: len(x.meeting.current_signatures) == 1)
                    and not meeting.busy)
    assert "Agreed on" in meeting.sign_states[MAN].text()

    # Now the record waits for Piet: it stays as Mira signed it.
    assert meeting.summary.isReadOnly() and not meeting.adding.isVisible()
    assert "Mira de Vries signed" in meeting.sign_hint.text()

    # Piet asks for a correction of the summary instead of signing.
    click(qtbot, meeting.correction_buttons[PRO])
    dialog = sign_dialog(qtbot, view, dialog)
    assert dialog.correct.isChecked() and dialog.wish.isVisible()
    assert dialog.part.currentText() == "The summary"
    assert dialog.sign_button.text().replace("&", "") == "Ask for a correction"
    qtbot.keyClicks(dialog.wish, "De cursus is pas na de zomer.")
    assert not dialog.sign_button.isEnabled()  # his password first
    qtbot.keyClicks(dialog.password, PASSWORD)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: panel_shows(view, lambda x: bool(x.meeting.open_corrections))
                    and not meeting.busy)
    assert meeting.corrections_card.isVisible()
    assert "Piet Jansen asks for a correction of the summary" in meeting.corrections.text()
    assert "pas na de zomer" in meeting.corrections.text()
    assert not meeting.summary.isReadOnly()  # editing is open again

    # Piet corrects the summary: Mira's signature is taken back, and the screen says so.
    meeting.summary.clear()
    qtbot.keyClicks(meeting.summary, "Piet volgt de cursus na de zomer.")
    click(qtbot, meeting.save_summary_button)
    qtbot.waitUntil(lambda: panel_shows(view, lambda x: not x.meeting.current_signatures)
                    and not meeting.busy)
    state = meeting.sign_states[MAN].text()
    assert "Not signed yet" in state and "was taken back" in state
    assert "Piet Jansen changed the record" in state

    # Mira signs again, now as seen with a remark; the remark is needed for that choice.
    click(qtbot, meeting.sign_buttons[MAN])
    dialog = sign_dialog(qtbot, view, dialog)
    click(qtbot, dialog.seen)
    assert dialog.remark.isVisible()
    qtbot.keyClicks(dialog.password, PASSWORD)
    assert not dialog.sign_button.isEnabled()
    qtbot.keyClicks(dialog.remark, REMARK)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: panel_shows(view, lambda x: len(x.meeting.current_signatures) == 1)
                    and not meeting.busy)
    assert "Seen, with a remark" in meeting.sign_states[MAN].text()
    assert "werkdruk" in meeting.sign_states[MAN].text()

    # Piet agrees: the record locks and shows which kind each chose, with the remark.
    click(qtbot, meeting.sign_buttons[PRO])
    dialog = sign_dialog(qtbot, view, dialog)
    qtbot.keyClicks(dialog.password, PASSWORD)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: panel_shows(view, lambda x: x.meeting.locked)
                    and bool(panel.record.html))
    html = panel.record.browser.toPlainText()
    assert "Agreed" in html and "Seen, with a remark" in html and REMARK in html
    assert "asked for a correction of the summary" in html  # in the record's history
    panel.record.print_pdf(tmp_path / "verslag.pdf")
    printed = pdf_text(tmp_path / "verslag.pdf")
    assert "Seen, with a remark" in printed and "werkdruk" in printed
    assert not meeting.correction_buttons[PRO].isVisible()  # locked: reopen instead
    assert talks.conversation_status(db, team.owner, cid).locked_at is not None


def test_an_edit_from_a_screen_loaded_before_a_signature_is_refused_and_the_screen_reloads(
        qtbot, ctx, db, data_dir, make_ctx, team):
    cid = ready_to_sign(db, team)
    fresh.request_correction(db, team.man, cid, MAN, PASSWORD, part="summary",
                             text="De cursusnaam ontbreekt.")
    # Mira's own laptop, and Piet's: both show the record, open for changes.
    mira_view = open_view(qtbot, make_ctx(db, resolve_location(data_dir)), team.man)
    view = open_view(qtbot, ctx, team.pro)
    mira = mira_view.panel.meeting
    mira_view.panel.pages.setCurrentWidget(mira)
    assert not mira.summary.isReadOnly()

    # Piet signs on his laptop; Mira's screen does not know yet.
    click(qtbot, view.panel.meeting.sign_buttons[PRO])
    dialog = sign_dialog(qtbot, view)
    qtbot.keyClicks(dialog.password, PASSWORD)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: dialog.signed)

    # Her edit from the screen loaded before his signature is refused, and her screen
    # reloads: his signature shows, and what she typed is still there.
    mira.summary.clear()
    qtbot.keyClicks(mira.summary, "Piet volgt de cursus Plannen met Overzicht.")
    click(qtbot, mira.save_summary_button)
    qtbot.waitUntil(lambda: "Someone else changed this" in mira.summary_error.text())
    qtbot.waitUntil(lambda: panel_shows(mira_view, lambda x: len(x.meeting.current_signatures)
                                        == 1) and not mira.busy)
    assert "Agreed on" in mira.sign_states[PRO].text()
    assert mira.summary.toPlainText() == "Piet volgt de cursus Plannen met Overzicht."
    assert talks.meeting_view(db, team.man, cid).summary == "Piet volgt de cursus."

    # Saved again after the reload, it goes through and takes Piet's signature back.
    click(qtbot, mira.save_summary_button)
    qtbot.waitUntil(lambda: panel_shows(mira_view, lambda x: not x.meeting.current_signatures)
                    and not mira.busy)
    assert "was taken back" in mira.sign_states[PRO].text()
    assert talks.meeting_view(db, team.pro, cid).summary.endswith("Plannen met Overzicht.")


def test_a_summary_saved_meanwhile_by_the_other_is_shown_next_to_mine(
        qtbot, ctx, db, data_dir, make_ctx, team):
    cid = plan_this_half_year(db, team.owner)
    mira_view = open_view(qtbot, make_ctx(db, resolve_location(data_dir)), team.man)
    mira = mira_view.panel.meeting
    mira_view.panel.pages.setCurrentWidget(mira)
    fresh.save_summary(db, team.pro, cid, "Piets versie van het gesprek.")  # his laptop

    qtbot.keyClicks(mira.summary, "Mira's versie.")
    click(qtbot, mira.save_summary_button)
    qtbot.waitUntil(lambda: mira.summary_elsewhere.isVisible())
    assert "Piets versie van het gesprek." in mira.summary_elsewhere.text()
    assert mira.summary.toPlainText() == "Mira's versie."
    assert talks.meeting_view(db, team.man, cid).summary == "Piets versie van het gesprek."
