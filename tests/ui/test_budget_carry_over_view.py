"""The owner sets a carry-over in the ledger; the ledger and the person's own budget show
each carried amount with its expiry, and what expires this year."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services import budget, learning_requests
from app.services.learning_requests import RequestInput
from models import InterventionKind, Role
from tests.ui.test_budget_view import open_view
from ui.dialogs.carry_over import CarryOverDialog
from ui.item_models.budget import AVAILABLE, EXPIRING, REMAINING

LEFT = Qt.MouseButton.LeftButton
THIS_YEAR = date.today().year
LAST_YEAR = THIS_YEAR - 1


def test_the_owner_lets_unused_budget_carry_over_and_the_ledger_shows_it(
        qtbot, ctx, db, owner, add_person):
    maria = add_person("Maria Leidinga", roles={Role.MANAGER}, password=None)
    anna = add_person("Anna de Vries", manager_id=maria.person_id, password=None)
    for year in (LAST_YEAR, THIS_YEAR):
        budget.set_person_budget(db, owner, anna.person_id, year, 100_000)
    data = RequestInput(kind=InterventionKind.COURSE, title="Excel", cost_cents=60_000,
                        start_date=date(LAST_YEAR, 5, 1))
    rid = learning_requests.ask(db, anna, data).value
    learning_requests.approve(db, maria, rid, expected_version=1)

    view = open_view(qtbot, ctx, owner)
    ledger = view.ledger
    view.tabs.setCurrentWidget(ledger)
    qtbot.waitUntil(lambda: ledger.loaded)
    model = ledger.model
    row = model.row_of("person", anna.person_id)
    assert model.index(row, AVAILABLE).data() == "€ 1,000.00"
    assert model.index(row, EXPIRING).data() == "€ 1,000.00"  # lapses: no carry-over yet
    assert "lapses at the end of the year" in ledger.summary.text()

    qtbot.mouseClick(ledger.carry_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(view.dialog, CarryOverDialog))
    dialog = view.dialog
    dialog.years.selectAll()
    qtbot.keyClicks(dialog.years, "3")
    assert "3 more years" in dialog.years_hint.text()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    qtbot.waitUntil(lambda: ledger.ledger is not None and ledger.ledger.carry_years == 3)
    row = model.row_of("person", anna.person_id)
    assert model.index(row, AVAILABLE).data() == "€ 1,400.00"
    assert model.index(row, REMAINING).data() == "€ 1,400.00"
    assert model.index(row, EXPIRING).data() == "€ 0.00"
    tip = model.index(row, AVAILABLE).data(Qt.ItemDataRole.ToolTipRole)
    assert f"€ 400.00 from {LAST_YEAR}, until 31/12/{LAST_YEAR + 3}" in tip
    assert "carries over for 3 years" in ledger.summary.text()
    assert model.index(0, AVAILABLE).data() == "€ 25,000.00"  # the organisation's own

    mine = open_view(qtbot, ctx, anna)
    qtbot.waitUntil(lambda: mine.mine.my_budget is not None)
    text = mine.mine.budget_text.text()
    assert "€ 1,400.00" in text and f"€ 400.00 from {LAST_YEAR}" in text
