"""The culture scan screens: answer once on your own login, results only where enough answered."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.services import culture, people
from tests.conftest import OWNER_PASSWORD, PASSWORD
from tests.ui.conftest import log_in

NEXT_WEEK = date.today() + timedelta(days=7)


@pytest.fixture
def piet(setup, add_person):
    """A professional who exists before the login screen lists the names."""
    return add_person("Piet Bakker")


def test_a_professional_answers_the_scan_once_from_the_culture_area(qtbot, piet, window, db,
                                                                    owner):
    from ui.dialogs.culture import AnswerDialog

    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    log_in(qtbot, window, "Piet", PASSWORD)
    view = window.go_to("culture")
    qtbot.waitUntil(lambda: view.overview is not None)
    assert view.answer_card.isVisibleTo(view)
    view.answer()
    dialog = view.dialog
    assert isinstance(dialog, AnswerDialog)
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("copies the database files" in text for text in texts)  # the privacy statement
    assert not dialog.send.isEnabled()
    for n, group in enumerate(dialog.groups.values()):
        group.button(4 if n % 2 else 0).click()
    assert dialog.send.isEnabled()
    dialog.submit()
    qtbot.waitUntil(lambda: culture.rounds(db, owner)[0].respondents == 1, timeout=5000)
    qtbot.waitUntil(lambda: view.overview is not None and view.overview.mine == [])
    assert not view.answer_card.isVisibleTo(view)
    # The round is still open: nothing is shown yet, and it says why.
    qtbot.waitUntil(lambda: view.result_error is not None)
    assert "still open" in view.status.text()
    assert round_id == view.selected_round()


def test_a_second_answer_is_refused_with_a_clear_message(qtbot, piet, window, db, owner):
    from ui.dialogs.culture import AnswerDialog

    pro = piet
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    log_in(qtbot, window, "Piet", PASSWORD)
    view = window.go_to("culture")
    qtbot.waitUntil(lambda: view.overview is not None)
    row = view.overview.mine[0]
    culture.answer(db, pro, round_id, dict.fromkeys(culture.statement_keys(), 3))
    dialog = AnswerDialog(view.ctx, row, view)
    for group in dialog.groups.values():
        group.button(3).click()
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog))
    assert "already answered" in dialog.error.text()
    assert not dialog.send.isEnabled()


def test_owner_sees_results_radar_and_no_team_result_for_a_small_team(qtbot, window, db, owner,
                                                                     add_person):
    a = people.add_team(db, owner, "Bakkers").value
    b = people.add_team(db, owner, "Verkopers").value
    pros = [add_person(team_ids=[a]) for _ in range(3)] + [add_person(team_ids=[b])]
    round_id = culture.open_round(db, owner, NEXT_WEEK, [a, b]).value
    for pro in pros:
        culture.answer(db, pro, round_id, dict.fromkeys(culture.statement_keys(), 4))
    culture.close_round(db, owner, round_id)
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    view = window.go_to("culture")
    qtbot.waitUntil(lambda: view.result is not None, timeout=5000)
    assert view.result.respondents == 4
    assert "4 respondents" in view.status.text()
    assert view.results_table.rowCount() == 10
    assert view.team_box.isEnabled() and view.team_box.count() == 3
    view.team_box.setCurrentIndex(1)  # Bakkers has 3, but Verkopers only 1: Bakkers minus
    qtbot.waitUntil(lambda: view.result is None and view.result_error is not None)  # whole
    assert "Too few" in view.status.text()
    assert view.radar_view is not None


def test_owner_opens_a_round_for_some_teams_and_chooses_focus(qtbot, window, db, owner,
                                                              add_person):
    from ui.dialogs.culture import FocusDialog, OpenRoundDialog

    a = people.add_team(db, owner, "Bakkers").value
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    view = window.go_to("culture")
    qtbot.waitUntil(lambda: view.overview is not None)
    assert "No scan round yet" in view.status.text()
    view.open_round()
    dialog = view.dialog
    assert isinstance(dialog, OpenRoundDialog)
    dialog.everyone.setChecked(False)
    dialog.submit()
    assert "at least one team" in dialog.teams_error.text()
    dialog.teams.item(0).setCheckState(dialog.teams.item(0).checkState().Checked)
    dialog.submit()
    qtbot.waitUntil(lambda: len(culture.rounds(db, owner)) == 1, timeout=5000)
    assert culture.rounds(db, owner)[0].team_ids == (a,)
    pros = [add_person(team_ids=[a]) for _ in range(3)]
    rid = culture.rounds(db, owner)[0].id
    for pro in pros:
        culture.answer(db, pro, rid, dict.fromkeys(culture.statement_keys(), 2))
    culture.close_round(db, owner, rid)
    view.reload()
    qtbot.waitUntil(lambda: view.result is not None, timeout=5000)
    view.choose_focus()
    focus = view.dialog
    assert isinstance(focus, FocusDialog)
    focus.boxes["mistakes"].setChecked(True)
    focus.boxes["feedback"].setChecked(True)
    assert not focus.boxes["openness"].isEnabled()  # at most two
    focus.submit()
    qtbot.waitUntil(lambda: view.result is not None and view.result.focus == (
        "mistakes", "feedback"), timeout=5000)


def test_a_round_past_its_date_counts_as_closed_and_too_few_shows_nothing(qtbot, window, db,
                                                                          owner, add_person):
    earlier = date.today() - timedelta(days=10)
    pros = [add_person() for _ in range(2)]
    small = culture.open_round(db, owner, earlier + timedelta(days=2), today=earlier).value
    for pro in pros:
        culture.answer(db, pro, small, dict.fromkeys(culture.statement_keys(), 4), today=earlier)
    culture.close_round(db, owner, small)
    late = culture.open_round(db, owner, date.today() - timedelta(days=1), today=earlier).value
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
                    and "Too few people answered" in view.status.text(), timeout=5000)
    assert view.charts_row.count() == 0
