"""Mijn regie's links, clicked as a manager right after logging in: each opens its own line."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.services import conversations as talks
from app.services.conversations import half_year_of
from models import Role
from tests.conftest import PASSWORD
from tests.ui.conftest import log_in

LEFT = Qt.MouseButton.LeftButton


def open_button_next_to(view, text: str) -> QPushButton:
    """The "Open" button on the same line as the label that says ``text``."""
    for label in view.findChildren(QLabel):
        if text in label.text() and label.isVisible():
            holder = label.parentWidget()
            buttons = [b for b in holder.findChildren(QPushButton) if b.isVisible()]
            assert len(buttons) == 1, text
            return buttons[0]
    raise AssertionError(f"no line says {text!r}")


def test_open_next_to_a_conversation_opens_that_conversation_not_my_own(
        qtbot, db, owner, add_person, window):
    """Issue 18, finding 2: a manager with a manager of their own clicked "Open" next to
    their report's conversation and got their own conversation with their manager."""
    boss = add_person("Bram Baas", roles={Role.MANAGER})
    mira = add_person("Mira de Vries", roles={Role.MANAGER, Role.PROFESSIONAL},
                      manager_id=boss.person_id)
    piet = add_person("Piet Jansen", manager_id=mira.person_id)
    year, half = half_year_of(date.today())
    talks.plan_half_year(db, owner, year, half)
    theirs = {r.professional_id: r.id for r in talks.list_conversations(db, owner)}
    window.login.reload()
    qtbot.waitUntil(lambda: window.login.names.count() >= 4)

    log_in(qtbot, window, "Mira", PASSWORD)
    home = window.current_area()
    line = "Talent conversation with Piet Jansen"
    # Shown, not only made: the card's line is laid out after the data arrives.
    qtbot.waitUntil(lambda: any(line in label.text() and label.isVisible()
                                for label in home.findChildren(QLabel)))
    qtbot.mouseClick(open_button_next_to(home, line), LEFT)

    view = window.current_area()
    qtbot.waitUntil(lambda: view.loaded and view.panel.ready and view.panel.loaded is not None,
                    timeout=10_000)
    qtbot.wait(200)  # nothing arriving later may swap it for another conversation
    assert view.panel.wanted_id == theirs[piet.person_id]
    assert view.panel.loaded.row.professional_name == "Piet Jansen"
    assert view.selected().id == theirs[piet.person_id]
    assert theirs[mira.person_id] != theirs[piet.person_id]


def test_an_overspent_budget_is_called_overspent_not_a_negative_amount_left(
        qtbot, ctx, db, owner, add_person):
    """An approval beyond the budget (with its reason) leaves less than nothing: Mijn regie
    says by how much it is overspent, never "-€ 400,00 left"."""
    from models import LearningRequest, Organisation
    from ui.views.home import HomeView

    piet = add_person("Piet Jansen")
    with db.transaction() as s:
        s.query(Organisation).update({"yearly_budget_cents": 100_000})
        s.add(LearningRequest(person_id=piet.person_id, kind="course", title="Cursus",
                              cost_cents=140_000, budget_year=date.today().year,
                              status="approved", over_budget_reason="Nodig voor de klus"))
    ctx.session.actor = piet
    home = HomeView(ctx)
    qtbot.addWidget(home)
    home.resize(1100, 900)
    home.show()
    qtbot.waitUntil(lambda: "overspent" in home.budget_text.text(), timeout=10_000)
    assert "400.00" in home.budget_text.text() and "-" not in home.budget_text.text()
