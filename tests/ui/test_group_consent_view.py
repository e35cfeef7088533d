"""Consent to be in a group, clicked through: start, invite, answer on Mijn regie, and ask
the owner to finish a work situation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

from app.services import groups, situations
from app.services.situations import SituationInput
from models import Role, SituationStatus
from tests import fresh
from tests.conftest import PASSWORD
from tests.group_helpers import form_group
from tests.ui.conftest import log_in
from tests.ui.test_groups_view import open_view
from ui.dialogs.ask_to_finish import AskToFinishDialog
from ui.dialogs.finish_situation import FinishSituationDialog
from ui.dialogs.group import GroupDialog
from ui.views.home import HomeView

LEFT = Qt.MouseButton.LeftButton


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def tick(qtbot, dialog: GroupDialog, person_id: int) -> None:
    """Find a colleague in the list and tick them with the space bar, as a user would."""
    item = dialog.item_for(person_id)
    assert item is not None
    dialog.members.setFocus()
    dialog.members.setCurrentItem(item)
    before = item.checkState()
    qtbot.keyClick(dialog.members, Qt.Key.Key_Space)
    assert item.checkState() != before


def open_home(qtbot, ctx, actor) -> HomeView:
    ctx.session.actor = actor
    home = HomeView(ctx)
    qtbot.addWidget(home)
    home.resize(1100, 900)
    home.show()
    qtbot.waitUntil(lambda: home.home is not None and home.answers.loaded)
    return home


def card_buttons(home: HomeView) -> dict[str, QPushButton]:
    return {b.text(): b for b in home.answers.findChildren(QPushButton) if b.isVisible()}


def card_text(home: HomeView) -> str:
    return "\n".join(label.text() for label in home.answers.findChildren(QLabel))


@pytest.fixture
def colleagues(add_person):
    anna = add_person("Anna de Vries", birth_year=1998)
    bert = add_person("Bert Jansen", birth_year=1961)
    chantal = add_person("Chantal Bakker", birth_year=1985)
    gerrit = add_person("Gerrit Gids", roles={Role.GUIDE, Role.PROFESSIONAL})
    return anna, bert, chantal, gerrit


def test_the_starter_leaves_herself_out_and_the_invited_answer_on_their_home(
        qtbot, ctx, db, colleagues):
    anna, bert, chantal, gerrit = colleagues
    view = open_view(qtbot, ctx, anna)
    click(qtbot, view.empty_start)
    qtbot.waitUntil(lambda: isinstance(view.dialog, GroupDialog))
    dialog = view.dialog
    qtbot.keyClicks(dialog.name, "Soepele ochtend")
    qtbot.keyClicks(dialog.purpose, "Rustiger de dag beginnen")
    tick(qtbot, dialog, bert.person_id)
    tick(qtbot, dialog, chantal.person_id)
    tick(qtbot, dialog, anna.person_id)  # she starts it for the others
    assert "You leave yourself out" in dialog.chosen.text()
    dialog.choose_guide(gerrit.person_id)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: len(groups.my_invitations(db, bert)) == 1)
    qtbot.waitUntil(lambda: view.loaded)
    assert view.rows == []  # not in it herself: she does not see it

    # Bert sees an invitation: the group, its aim, its guide, who asks. Nothing else.
    home = open_home(qtbot, ctx, bert)
    shown = card_text(home)
    assert "Anna de Vries invites you to the learning group Soepele ochtend." in shown
    assert "Aim: Rustiger de dag beginnen" in shown and "Guide: Gerrit Gids" in shown
    assert "Chantal" not in shown
    assert "You are not in a learning group yet" in "\n".join(
        label.text() for label in home.groups_card.findChildren(QLabel))
    click(qtbot, card_buttons(home)["Join"])
    qtbot.waitUntil(lambda: not home.answers.isVisible())
    qtbot.waitUntil(lambda: any("Soepele ochtend" in label.text()
                                for label in home.groups_card.findChildren(QLabel)))

    # Chantal says no; the group sees her answer.
    chantals = open_home(qtbot, ctx, chantal)
    click(qtbot, card_buttons(chantals)["Decline"])
    qtbot.waitUntil(lambda: not chantals.answers.isVisible())
    berts_view = open_view(qtbot, ctx, bert)
    assert berts_view.members_label.text().splitlines() == [
        "Bert Jansen (you)", "Declined: Chantal Bakker"]
    assert berts_view.guide_label.text() == "Gerrit Gids (invited, no answer yet)"

    # The guide accepts from his own home and then sees the group.
    gerrits = open_home(qtbot, ctx, gerrit)
    assert "asks you to guide the learning group Soepele ochtend" in card_text(gerrits)
    click(qtbot, card_buttons(gerrits)["Guide this group"])
    qtbot.waitUntil(lambda: not gerrits.answers.isVisible())
    assert groups.my_groups(db, gerrit)[0].guide_id == gerrit.person_id


def test_editing_a_group_keeps_the_invited_chosen_and_marks_them(qtbot, ctx, db, colleagues):
    anna, bert, chantal, _gerrit = colleagues
    group_id = form_group(db, anna, [anna, bert], "Ochtend")
    fresh.update_group(db, anna, group_id, groups.GroupInput(
        "Ochtend", member_ids=[anna.person_id, bert.person_id, chantal.person_id]))
    view = open_view(qtbot, ctx, anna, group_id)
    assert "Invited, no answer yet: Chantal Bakker" in view.members_label.text()
    assert "1 invited" in view.list.item(0).text()
    click(qtbot, view.edit_button)
    qtbot.waitUntil(lambda: isinstance(view.dialog, GroupDialog))
    dialog = view.dialog
    invited = dialog.item_for(chantal.person_id)
    assert invited.checkState() == Qt.CheckState.Checked
    assert invited.text() == "Chantal Bakker (invited)"
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    # Saving without changes leaves the invitation as it was.
    assert groups.my_invitations(db, chantal)[0].group_id == group_id


def test_a_member_asks_the_owner_to_close_and_the_owner_finishes_from_home(
        qtbot, colleagues, window, db):
    anna, bert, _chantal, _gerrit = colleagues
    group_id = form_group(db, anna, [anna, bert], "Ochtend")
    sid = situations.register_situation(db, anna, SituationInput("Deeg te laat klaar")).value
    groups.attach_situation(db, anna, group_id, sid)

    log_in(qtbot, window, "Bert", PASSWORD)
    view = window.go_to("situations")
    qtbot.waitUntil(lambda: view.loaded and view.panel.detail is not None)
    panel = view.panel
    assert panel.close_button.text() == "Ask Anna de Vries to &close it…"
    click(qtbot, panel.close_button)
    qtbot.waitUntil(lambda: isinstance(view.dialog, AskToFinishDialog))
    ask = view.dialog
    qtbot.keyClicks(ask.note, "Het deeg is al twee weken op tijd.")
    click(qtbot, ask.save_button)
    qtbot.waitUntil(lambda: panel.request_note.isVisible())
    assert "Bert Jansen asked on" in panel.request_note.text()
    assert situations.get_situation(db, anna, sid).row.status is SituationStatus.REGISTERED

    window.lock()
    log_in(qtbot, window, "Anna", PASSWORD)
    home = window.go_to("home")
    qtbot.waitUntil(lambda: home.answers.loaded and home.answers.isVisible())
    assert ("Bert Jansen asks you to finish your work situation “Deeg te laat klaar” as: "
            "Closed.") in card_text(home)
    click(qtbot, card_buttons(home)["Finish…"])
    situations_view = window.go_to("situations")
    qtbot.waitUntil(lambda: isinstance(situations_view.dialog, FinishSituationDialog))
    finish = situations_view.dialog
    assert finish.outcome.toPlainText() == "Het deeg is al twee weken op tijd."
    assert finish.result_buttons[SituationStatus.CLOSED].isChecked()
    click(qtbot, finish.save_button)
    qtbot.waitUntil(lambda: situations.get_situation(db, anna, sid).row.status
                    is SituationStatus.CLOSED)
    qtbot.waitUntil(lambda: not home.answers.isVisible())
