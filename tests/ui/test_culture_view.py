"""The culture scan screens, by clicking their real widgets: answer once on your own login,
results only where enough answered, focus and actions followed up, the threshold setting."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

from app.services import culture, people
from models import CultureRound
from tests.conftest import OWNER_PASSWORD, PASSWORD
from tests.ui.conftest import log_in

NEXT_WEEK = date.today() + timedelta(days=7)
LEFT = Qt.MouseButton.LeftButton


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, LEFT)


def tick(qtbot, box) -> None:
    """Click a check box or radio button on its indicator (its middle may be empty space)."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def answers(value: int) -> dict[str, int]:
    return dict.fromkeys(culture.statement_keys(), value)


def closed_round(db, owner, pros, team_ids=None, value: int = 4) -> int:
    round_id = culture.open_round(db, owner, NEXT_WEEK, team_ids).value
    for pro in pros:
        culture.answer(db, pro, round_id, answers(value))
    culture.close_round(db, owner, round_id)
    return round_id


@pytest.fixture
def piet(setup, add_person):
    """A professional who exists before the login screen lists the names."""
    return add_person("Piet Bakker")


def test_the_scan_button_on_the_culture_page_opens_the_scan_and_sends_it_once(
        qtbot, piet, window, db, owner):
    """Issue 18, finding 1: the button's clicked(bool) arrived as the round id, so it always
    said no round was open."""
    from ui.dialogs.culture import AnswerDialog

    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    log_in(qtbot, window, "Piet", PASSWORD)
    view = window.go_to("culture")
    qtbot.waitUntil(lambda: view.overview is not None)
    assert view.answer_card.isVisibleTo(view)
    click(qtbot, view.answer_button)
    dialog = view.dialog
    assert isinstance(dialog, AnswerDialog), "the button said no round was open"
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("copies the database files while you are the only one" in text
               for text in texts)  # the privacy statement, with the threshold
    assert any("at least 5 people answered" in text for text in texts)
    assert not dialog.send.isEnabled()
    for n, group in enumerate(dialog.groups.values()):
        click(qtbot, group.button(4 if n % 2 else 0))
    assert dialog.send.isEnabled()
    click(qtbot, dialog.send)
    qtbot.waitUntil(lambda: culture.rounds(db, owner)[0].respondents == 1, timeout=5000)
    qtbot.waitUntil(lambda: view.overview is not None and view.overview.mine == [])
    assert not view.answer_card.isVisibleTo(view)
    # The round is still open: nothing is shown yet, and it says why.
    qtbot.waitUntil(lambda: view.result_error is not None)
    assert "still open" in view.status.text()
    assert round_id == view.selected_round()


def test_a_second_answer_is_refused_with_a_clear_message(qtbot, piet, window, db, owner):
    from ui.dialogs.culture import AnswerDialog

    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    log_in(qtbot, window, "Piet", PASSWORD)
    view = window.go_to("culture")
    qtbot.waitUntil(lambda: view.overview is not None)
    click(qtbot, view.answer_button)
    dialog = view.dialog
    assert isinstance(dialog, AnswerDialog)
    culture.answer(db, piet, round_id, answers(3))  # sent meanwhile, elsewhere
    for group in dialog.groups.values():
        click(qtbot, group.button(3))
    click(qtbot, dialog.send)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog))
    assert "already answered" in dialog.error.text()
    assert not dialog.send.isEnabled()


def test_owner_sees_results_and_no_team_result_that_would_expose_a_small_team(
        qtbot, window, db, owner, add_person):
    a = people.add_team(db, owner, "Bakkers").value
    b = people.add_team(db, owner, "Verkopers").value
    pros = [add_person(team_ids=[a]) for _ in range(5)] + [add_person(team_ids=[b])]
    closed_round(db, owner, pros, [a, b])
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    view = window.go_to("culture")
    qtbot.waitUntil(lambda: view.result is not None, timeout=5000)
    assert view.result.respondents == 6
    assert "6 respondents" in view.status.text()
    assert view.results_table.rowCount() == 10
    assert view.radar_view is not None
    assert view.team_box.isEnabled() and view.team_box.count() == 3
    view.team_box.setFocus()
    qtbot.keyClick(view.team_box, Qt.Key.Key_Down)  # Bakkers: five, but the whole minus
    qtbot.waitUntil(lambda: view.result is None and view.result_error is not None)  # them
    assert "smaller group" in view.status.text() or "smaller than 5" in view.status.text()
    assert view.charts_row.count() == 0


def test_owner_opens_a_round_chooses_focus_and_adds_an_action_with_owner_and_date(
        qtbot, window, db, owner, add_person):
    from ui.dialogs.culture import CultureActionDialog, FocusDialog, OpenRoundDialog

    a = people.add_team(db, owner, "Bakkers").value
    pros = [add_person(f"Bakker {n}", team_ids=[a]) for n in range(5)]
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    view = window.go_to("culture")
    qtbot.waitUntil(lambda: view.overview is not None)
    assert "No scan round yet" in view.status.text()
    click(qtbot, view.open_button)
    dialog = view.dialog
    assert isinstance(dialog, OpenRoundDialog)
    tick(qtbot, dialog.everyone)
    ok = dialog.save_button
    assert ok.text() == "Open round"
    click(qtbot, ok)
    assert "at least one team" in dialog.teams_error.text()
    dialog.teams.item(0).setCheckState(Qt.CheckState.Checked)
    click(qtbot, ok)
    qtbot.waitUntil(lambda: len(culture.rounds(db, owner)) == 1, timeout=5000)
    assert culture.rounds(db, owner)[0].team_ids == (a,)
    rid = culture.rounds(db, owner)[0].id
    for pro in pros:
        culture.answer(db, pro, rid, answers(2))
    culture.close_round(db, owner, rid)
    view.reload()
    qtbot.waitUntil(lambda: view.result is not None, timeout=5000)
    choose = next(b for b in view.focus_card.findChildren(QPushButton)
                  if b.text() == "Choose focus…")
    click(qtbot, choose)
    focus = view.dialog
    assert isinstance(focus, FocusDialog)
    tick(qtbot, focus.boxes["feedback"])
    tick(qtbot, focus.boxes["mistakes"])
    assert not focus.boxes["openness"].isEnabled()  # at most two
    click(qtbot, focus.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: view.result is not None and view.result.focus == (
        "mistakes", "feedback"), timeout=5000)

    add = next(b for b in view.focus_card.findChildren(QPushButton)
               if b.text().startswith("Action for Feedback"))
    click(qtbot, add)
    action = view.dialog
    assert isinstance(action, CultureActionDialog)
    qtbot.waitUntil(lambda: action.owner.count() > 1)
    qtbot.keyClicks(action.title, "Elke vrijdag een feedbackrondje")
    save = action.save_button
    click(qtbot, save)
    qtbot.waitUntil(lambda: action.owner_error.isVisibleTo(action))
    assert "Choose who sees to this action" in action.owner_error.text()
    action.owner.setFocus()
    for _ in range(3):  # past "Choose a colleague…", Bakker 0 and Bakker 1
        qtbot.keyClick(action.owner, Qt.Key.Key_Down)
    assert action.owner.currentText() == "Bakker 2"
    click(qtbot, save)
    qtbot.waitUntil(lambda: view.result is not None
                    and bool(view.result.actions["feedback"]), timeout=5000)
    (row,) = view.result.actions["feedback"]
    assert (row.owner_name, row.due) == ("Bakker 2", date.today() + timedelta(days=30))
    texts = " ".join(label.text() for label in view.focus_card.findChildren(QLabel))
    assert "Bakker 2" in texts and "(open)" in texts
    click(qtbot, view.focus_card.action_buttons[(row.id, "done")])
    qtbot.waitUntil(lambda: view.result is not None
                    and view.result.actions["feedback"][0].status == "done", timeout=5000)


def test_the_next_round_shows_each_actions_status_beside_the_change(
        qtbot, window, db, owner, add_person):
    pros = [add_person(f"Collega {n}") for n in range(5)]
    first = closed_round(db, owner, pros, value=2)
    culture.choose_focus(db, owner, first, ["feedback"])
    culture.add_culture_action(db, owner, first, "feedback", "Feedbackrondje",
                               pros[0].person_id, NEXT_WEEK)
    second = closed_round(db, owner, pros, value=4)
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    view = window.go_to("culture")
    qtbot.waitUntil(lambda: view.result is not None and view.result.round_id == second,
                    timeout=5000)
    texts = [label.text() for label in view.focus_card.findChildren(QLabel)]
    assert any("then 2.0, now 4.0 (+2.0)" in t for t in texts)
    assert any("Feedbackrondje — Collega 0" in t and "(open)" in t for t in texts)


def test_a_round_past_its_date_counts_as_closed_and_too_few_shows_nothing(
        qtbot, window, db, owner, add_person):
    pros = [add_person() for _ in range(4)]
    small = closed_round(db, owner, pros)
    late = culture.open_round(db, owner, NEXT_WEEK).value
    with db.transaction() as s:  # its closing day has passed; nobody closed it
        r = s.get(CultureRound, late)
        r.closes_on = date.today() - timedelta(days=1)
        r.closes_at = culture.closing_moment(r.closes_on)
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    view = window.go_to("culture")
    qtbot.waitUntil(lambda: view.result_error is not None, timeout=5000)
    # Nobody closed the late round, but its date has passed: it counts as closed, newest first.
    assert view.selected_round() == late
    assert "closed" in view.round_box.currentText()
    assert not view.close_button.isEnabled()
    assert "Too few people answered" in view.status.text()
    assert view.result is None and view.charts_row.count() == 0  # no chart at all
    view.round_box.setCurrentIndex(view.round_box.findData(small))
    qtbot.waitUntil(lambda: view.selected_round() == small
                    and "at least 5" in view.status.text(), timeout=5000)
    assert view.charts_row.count() == 0


def test_a_month_later_mijn_regie_asks_once_whether_the_actions_helped(
        qtbot, piet, window, db, owner, add_person):
    pros = [piet] + [add_person() for _ in range(4)]
    round_id = closed_round(db, owner, pros)
    culture.choose_focus(db, owner, round_id, ["feedback"])
    culture.add_culture_action(db, owner, round_id, "feedback", "Feedbackrondje op vrijdag",
                               pros[1].person_id, NEXT_WEEK)
    with db.transaction() as s:  # a month later
        r = s.get(CultureRound, round_id)
        with db.read() as r_s:
            now = culture.database_now(r_s)
        r.followup_opens_at = now - timedelta(days=1)
        r.followup_closes_at = now + timedelta(days=13)
    log_in(qtbot, window, "Piet", PASSWORD)
    home = window.go_to("home")
    card = home.followup_card
    qtbot.waitUntil(lambda: card.isVisibleTo(home), timeout=5000)
    texts = " ".join(label.text() for label in card.findChildren(QLabel))
    assert "Feedbackrondje op vrijdag" in texts and "Anonymous" in texts
    assert culture.followup_question("en") in texts
    assert not card.send.isEnabled()
    tick(qtbot, card.choices.button(4))
    click(qtbot, card.send)
    qtbot.waitUntil(lambda: not card.isVisibleTo(home), timeout=5000)
    assert culture.results(db, owner, round_id).followup.respondents == 1
    assert culture.my_followups(db, piet) == []


def test_the_owner_lowers_the_threshold_with_a_warning_never_below_three(
        qtbot, window, db, owner):
    from app.services import organisation

    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    view = window.go_to("settings")
    qtbot.waitUntil(lambda: view.current is not None)
    field = view.culture_threshold
    assert field.value() == 5 and not view.threshold_warning.isVisibleTo(view)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "3")
    assert view.threshold_warning.isVisibleTo(view)
    assert "can often tell who gave an answer" in view.threshold_warning.text()
    save = view.buttons.button(QDialogButtonBox.StandardButton.Save)
    click(qtbot, save)
    qtbot.waitUntil(lambda: organisation.get_settings(db, owner).culture_threshold == 3,
                    timeout=5000)
    field.selectAll()
    qtbot.keyClicks(field, "2")
    click(qtbot, save)
    error = view.errors["culture_threshold"]
    qtbot.waitUntil(lambda: error.isVisibleTo(view), timeout=5000)
    assert "3 to 100" in error.text()
    assert organisation.get_settings(db, owner).culture_threshold == 3
