"""Learning & budget, driven as people would: ask for a course, decide, evaluate, keep books."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from app.services import budget, hours, learning_requests, situations
from app.services.learning_requests import RequestInput
from app.services.situations import SituationInput
from models import InterventionKind, RequestStatus, Role
from tests import fresh
from tests.ui.test_plan_cycle import type_over
from ui.dialogs.evaluate_request import EvaluateRequestDialog
from ui.dialogs.learning_request import AmountDialog, LearningRequestDialog, ReasonDialog
from ui.item_models.budget import AVAILABLE, COST, NAME, REMAINING, STATUS, error_colour
from ui.names_budget import request_status_name
from ui.views.budget import BudgetView

THIS_YEAR = date.today().year


@pytest.fixture
def maria(setup, add_person):
    return add_person("Maria Leidinga", roles={Role.MANAGER, Role.PROFESSIONAL}, password=None)


@pytest.fixture
def anna(maria, add_person):
    return add_person("Anna de Vries", manager_id=maria.person_id, password=None)


def open_view(qtbot, ctx, actor) -> BudgetView:
    ctx.session.actor = actor
    view = BudgetView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(lambda: view.loaded)
    return view


def ask(db, actor, title: str = "Plannen met Excel", cost_cents: int = 125_050,
        minutes: int = 480) -> int:
    data = RequestInput(kind=InterventionKind.COURSE, title=title, provider="Leerhuis",
                        cost_cents=cost_cents, minutes=minutes)
    return learning_requests.ask(db, actor, data).value


def request(db, actor, request_id: int):
    return learning_requests.get_request(db, actor, request_id)


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_without_requests_the_area_explains_asking_and_offers_the_button(qtbot, ctx, anna):
    view = open_view(qtbot, ctx, anna)
    assert view.tabs.count() == 1  # a professional sees no deciding and no ledger
    assert view.mine.stack.currentWidget() is view.mine.empty
    assert "afterwards you tell what you learned" in view.mine.empty.text.text()
    assert "organisation's budget" in view.mine.budget_text.text()
    view.mine.empty_ask.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, LearningRequestDialog))


def test_a_professional_asks_for_a_course_typing_the_cost_the_dutch_way(qtbot, ctx, db, anna):
    question = "Hoe plan ik rustiger?"
    fresh.save_question(db, anna, question, False)
    sid = situations.register_situation(db, anna, SituationInput("Maandag loopt vast")).value
    ctx.languages.apply("nl")
    view = open_view(qtbot, ctx, anna)
    view.mine.empty_ask.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, LearningRequestDialog))
    dialog = view.dialog
    save = save_button(dialog)
    assert not save.isEnabled()
    assert dialog.link_question.isChecked() and question in dialog.question_hint.text()

    dialog.kind.setCurrentIndex(dialog.kind.findData(InterventionKind.COURSE.value))
    qtbot.keyClicks(dialog.title, "Plannen met Excel")
    assert not save.isEnabled()  # no cost yet
    qtbot.keyClicks(dialog.cost, "12,5,0")
    assert not dialog.errors["cost"].isHidden() and not save.isEnabled()
    dialog.cost.clear()
    qtbot.keyClicks(dialog.cost, "1.250,50")
    assert dialog.errors["cost"].isHidden() and save.isEnabled()
    assert "1.250,50" in dialog.cost_hint.text()

    # An end before the start is explained next to the end date.
    qtbot.mouseClick(dialog.start.none, Qt.MouseButton.LeftButton)
    type_over(qtbot, dialog.start.edit, f"8-10-{THIS_YEAR}")
    qtbot.mouseClick(dialog.end.none, Qt.MouseButton.LeftButton)
    type_over(qtbot, dialog.end.edit, "0610")
    assert not dialog.errors["end_date"].isHidden() and not save.isEnabled()
    type_over(qtbot, dialog.end.edit, "9/10")
    assert dialog.errors["end_date"].isHidden() and save.isEnabled()

    dialog.hours.setValue(12.5)
    dialog.situation.setCurrentIndex(dialog.situation.findData(sid))
    dialog.reason.setPlainText("Ik verlies tijd met het rooster.")
    save.click()
    qtbot.waitUntil(lambda: view.mine.list.model.rowCount() == 1)
    qtbot.waitUntil(lambda: view.mine.selected() is not None)

    row = view.mine.selected()
    assert row.cost_cents == 125_050 and row.minutes == 750
    assert row.start_date == date(THIS_YEAR, 10, 8) and row.situation_id == sid
    assert row.development_question_id is not None
    model = view.mine.list.model
    assert model.index(0, COST).data() == "€ 1.250,50"
    assert model.index(0, STATUS).data() == request_status_name(RequestStatus.REQUESTED)
    assert view.mine.stack.currentWidget() is view.mine.list
    assert "Maandag loopt vast" in view.mine.list.detail.body.text()
    assert view.mine.edit_button.isEnabled() and not view.mine.evaluate_button.isEnabled()


def test_english_money_is_read_the_english_way(qtbot, ctx, db, anna):
    view = open_view(qtbot, ctx, anna)
    view.mine.ask()
    qtbot.waitUntil(lambda: isinstance(view.dialog, LearningRequestDialog))
    dialog = view.dialog
    assert not dialog.can_link  # no development question: no box to link one
    dialog.title.setText("Conflict resolution")
    dialog.cost.setText("1,250.50")
    assert dialog.collect().cost_cents == 125_050
    dialog.cost.setText("250000")
    assert "unlikely" in dialog.errors["cost"].text()
    assert not save_button(dialog).isEnabled()


def test_the_manager_approves_and_the_professional_evaluates_and_the_hours_count(
        qtbot, ctx, db, anna, maria):
    rid = ask(db, anna, minutes=480)
    view = open_view(qtbot, ctx, maria)
    assert view.decide is not None and view.ledger is None
    assert view.tabs.tabText(1) == "To decide (1)"
    qtbot.waitUntil(lambda: view.decide.selected() is not None)
    assert view.decide.selected().person_name == "Anna de Vries"
    view.decide.approve_button.click()
    qtbot.waitUntil(lambda: view.decide.list.model.rowCount() == 0)
    assert view.decide.stack.currentWidget() is view.decide.empty
    assert request(db, anna, rid).status is RequestStatus.APPROVED
    view.close()

    view = open_view(qtbot, ctx, anna)
    qtbot.waitUntil(lambda: view.mine.selected() is not None)
    assert view.mine.cancel_button.isEnabled() and view.mine.evaluate_button.isEnabled()
    view.mine.evaluate_button.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, EvaluateRequestDialog))
    dialog = view.dialog
    assert dialog.cost.text() == "1,250.50" and dialog.hours.value() == 8
    assert not save_button(dialog).isEnabled()  # what was learned comes first
    dialog.learned.setPlainText("Draaitabellen en een weekplanning.")
    dialog.cost.setText("1,100")
    dialog.hours.setValue(6)
    save_button(dialog).click()
    qtbot.waitUntil(lambda: view.mine.selected() is not None
                    and view.mine.selected().status is RequestStatus.COMPLETED)

    done = request(db, anna, rid)
    assert done.actual_cost_cents == 110_000 and done.learned.startswith("Draaitabellen")
    assert hours.hours_of(db, anna, anna.person_id).minutes_in_working_time == 360
    assert not view.mine.cancel_button.isEnabled()
    assert "Draaitabellen" in view.mine.list.detail.body.text()


def test_approving_beyond_the_budget_asks_why_and_keeps_the_reason(
        qtbot, ctx, db, anna, maria):
    rid = ask(db, anna, title="Leiderschap in de keuken", cost_cents=3_000_000)
    view = open_view(qtbot, ctx, maria)
    qtbot.waitUntil(lambda: view.decide.selected() is not None)
    view.decide.approve_selected()
    qtbot.waitUntil(lambda: isinstance(view.dialog, ReasonDialog))
    dialog = view.dialog
    assert "€ 30,000.00" in dialog.intro.text() and "€ 25,000.00" in dialog.intro.text()
    assert not dialog.ok.isEnabled()
    dialog.reason.setPlainText("Anna wordt volgend jaar chef; dit kan niet wachten.")
    dialog.ok.click()
    qtbot.waitUntil(lambda: view.decide.list.model.rowCount() == 0)
    stored = request(db, anna, rid)
    assert stored.status is RequestStatus.APPROVED
    assert stored.over_budget_reason.startswith("Anna wordt volgend jaar chef")


def test_declining_needs_a_reason_that_the_asker_then_reads(qtbot, ctx, db, anna, maria):
    rid = ask(db, anna)
    view = open_view(qtbot, ctx, maria)
    qtbot.waitUntil(lambda: view.decide.selected() is not None)
    view.decide.decline_button.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, ReasonDialog))
    dialog = view.dialog
    assert "Anna de Vries" in dialog.intro.text() and not dialog.ok.isEnabled()
    dialog.reason.setPlainText("Dit leer je sneller in je leergroep.")
    dialog.ok.click()
    qtbot.waitUntil(lambda: view.decide.list.model.rowCount() == 0)
    assert request(db, anna, rid).decision_reason == "Dit leer je sneller in je leergroep."
    view.close()

    view = open_view(qtbot, ctx, anna)
    qtbot.waitUntil(lambda: view.mine.selected() is not None)
    assert view.mine.selected().status is RequestStatus.DECLINED
    assert "sneller in je leergroep" in view.mine.list.detail.body.text()
    assert not view.mine.cancel_button.isEnabled()


def test_cancelling_asks_first(qtbot, ctx, db, anna):
    rid = ask(db, anna)
    view = open_view(qtbot, ctx, anna)
    qtbot.waitUntil(lambda: view.mine.selected() is not None)
    view.mine.cancel_button.click()
    view.mine.confirmation.button(view.mine.confirmation.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: view.mine.selected().status is RequestStatus.CANCELLED)
    assert request(db, anna, rid).status is RequestStatus.CANCELLED


def test_the_owner_keeps_the_books_sets_budgets_and_exports_the_ledger(
        qtbot, ctx, db, owner, add_person, tmp_path: Path, monkeypatch):
    # Without a manager, the owner decides.
    piet = add_person("Piet Bakker", password=None)
    rid = ask(db, piet, cost_cents=125_050)
    learning_requests.approve(db, owner, rid, expected_version=1)
    view = open_view(qtbot, ctx, owner)
    ledger = view.ledger
    assert ledger is not None and view.tabs.tabText(2) == "Ledger"
    assert not ledger.loaded  # read only when its tab is opened
    view.tabs.setCurrentWidget(ledger)
    qtbot.waitUntil(lambda: ledger.loaded)
    assert ledger.year.value() == THIS_YEAR
    model = ledger.model
    assert model.index(0, NAME).data() == "Bakkerij De Korenschoof"
    assert model.index(0, REMAINING).data() == "€ 23,749.50"
    assert model.index(0, REMAINING).data(Qt.ItemDataRole.TextAlignmentRole) & \
        Qt.AlignmentFlag.AlignRight
    assert "€ 23,749.50 left" in ledger.summary.text()
    assert ledger.requests.model.rowCount() == 1

    # The year budget, typed with a thousands separator.
    ledger.year_button.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, AmountDialog))
    dialog = view.dialog
    dialog.amount.setText("30,000")
    dialog.ok.click()
    qtbot.waitUntil(lambda: model.index(0, AVAILABLE).data() == "€ 30,000.00")

    # An individual budget for Piet, smaller than what he asked: remaining goes red.
    row = model.row_of("person", piet.person_id)
    ledger.table.selectRow(row)
    assert ledger.person_button.isEnabled()
    assert model.index(row, REMAINING).data() == "—"  # paid from the shared budget
    ledger.person_button.click()
    qtbot.waitUntil(lambda: isinstance(view.dialog, AmountDialog))
    dialog = view.dialog
    assert dialog.none.isChecked() and not dialog.amount.isEnabled()
    dialog.none.setChecked(False)
    dialog.amount.setText("500")
    dialog.ok.click()
    qtbot.waitUntil(lambda: model.index(model.row_of("person", piet.person_id), AVAILABLE)
                    .data() == "€ 500.00")
    row = model.row_of("person", piet.person_id)
    assert model.index(row, REMAINING).data() == "€ -750.50"
    assert model.index(row, REMAINING).data(Qt.ItemDataRole.ForegroundRole) == error_colour()
    assert budget.ledger(db, owner, THIS_YEAR).organisation.available_cents == 3_000_000

    # Switching to Dutch writes the same amounts the Dutch way, without reloading.
    ctx.languages.apply("nl")
    qtbot.waitUntil(lambda: model.index(0, AVAILABLE).data() == "€ 30.000,00")
    assert ledger.requests.model.index(0, COST).data() == "€ 1.250,50"
    ctx.languages.apply("en")

    # Export: a file Excel opens in Dutch and English alike.
    target = tmp_path / "grootboek.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    ledger.export_button.click()
    qtbot.waitUntil(lambda: "exported" in ledger.status.text())
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    first = data.decode("utf-8-sig").splitlines()[0]
    assert first.split(";")[0] == "Scope" and ";" in first
