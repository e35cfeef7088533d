"""My team, as a manager uses it: the sidebar entry, the cards, and the buttons that open the
request to decide and the conversation; what a report keeps to themself is not on screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.services import conversations as talks
from app.services import learning_requests
from app.services.learning_requests import RequestInput
from models import Role
from tests import fresh
from tests.conftest import PASSWORD
from tests.ui.conftest import log_in

LEFT = Qt.MouseButton.LeftButton


def sidebar_texts(window) -> list[str]:
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


def open_area_by_click(qtbot, window, title: str) -> QWidget:
    sidebar = window.sidebar
    row = sidebar_texts(window).index(title)
    item = sidebar.item(row)
    qtbot.mouseClick(sidebar.viewport(), LEFT, pos=sidebar.visualItemRect(item).center())
    qtbot.waitUntil(lambda: window.current_area() is not None
                    and window.sidebar.currentRow() == row, timeout=5_000)
    return window.current_area()


def texts(view: QWidget) -> str:
    return "\n".join(label.text() for label in view.findChildren(QLabel) if label.isVisible())


def button(view: QWidget, name_part: str) -> QPushButton:
    found = [b for b in view.findChildren(QPushButton)
             if b.isVisible() and name_part in b.accessibleName()]
    assert len(found) == 1, [b.accessibleName() for b in view.findChildren(QPushButton)]
    return found[0]


def _team(db, owner, add_person):
    mira = add_person("Mira de Vries", roles={Role.MANAGER, Role.PROFESSIONAL})
    piet = add_person("Piet Jansen", manager_id=mira.person_id)
    anna = add_person("Anna Bakker", manager_id=mira.person_id)
    fresh.save_question(db, piet, "Hoe leg ik een storing rustig uit?", shared_with_manager=True)
    fresh.save_question(db, anna, "Mijn eigen geheime vraag", shared_with_manager=False)
    request = learning_requests.ask(db, piet, RequestInput(kind="course",
                                                           title="Cursus warmtepompen")).value
    talks.plan_half_year(db, owner, *talks.half_year_of(date.today()))
    conversation = next(r.id for r in talks.list_conversations(db, owner)
                        if r.professional_id == piet.person_id)
    fresh.add_agreement(db, mira, conversation, "Meelopen met Gerrit", piet.person_id)
    return mira, piet, anna, request, conversation


def _my_team(qtbot, window) -> QWidget:
    qtbot.waitUntil(lambda: "My team" in sidebar_texts(window), timeout=10_000)
    view = open_area_by_click(qtbot, window, "My team")
    qtbot.waitUntil(lambda: view.loaded, timeout=10_000)
    return view


def test_a_manager_sees_shared_questions_and_not_the_unshared_one(qtbot, db, owner,
                                                                   add_person, window):
    _team(db, owner, add_person)
    window.login.reload()
    qtbot.waitUntil(lambda: window.login.names.count() >= 4)
    log_in(qtbot, window, "Mira", PASSWORD)
    view = _my_team(qtbot, window)
    shown = texts(view)
    assert [c.card.name for c in view.cards] == ["Anna Bakker", "Piet Jansen"]
    assert "Hoe leg ik een storing rustig uit?" in shown
    everywhere = "\n".join(label.text() for label in view.findChildren(QLabel))
    assert "Mijn eigen geheime vraag" not in everywhere  # not even in a hidden label
    assert "Not shared with you." in shown
    assert "Cursus warmtepompen" in shown and "Meelopen met Gerrit" in shown


def test_decide_opens_the_request_and_open_opens_the_conversation(qtbot, db, owner,
                                                                  add_person, window):
    _mira, _piet, _anna, request, conversation = _team(db, owner, add_person)
    window.login.reload()
    qtbot.waitUntil(lambda: window.login.names.count() >= 4)
    log_in(qtbot, window, "Mira", PASSWORD)
    view = _my_team(qtbot, window)

    qtbot.mouseClick(button(view, "Decide: Waits for your decision: Cursus warmtepompen"), LEFT)
    budget = window.current_area()
    qtbot.waitUntil(lambda: budget.decide.loaded, timeout=10_000)
    assert budget.tabs.currentWidget() is budget.decide
    qtbot.waitUntil(lambda: budget.decide.selected() is not None)
    assert budget.decide.selected().id == request

    view = open_area_by_click(qtbot, window, "My team")
    qtbot.mouseClick(button(view, "Open: ☐ Meelopen met Gerrit"), LEFT)
    talks_view = window.current_area()
    qtbot.waitUntil(lambda: talks_view.loaded and talks_view.panel.loaded is not None,
                    timeout=10_000)
    assert talks_view.panel.wanted_id == conversation
    assert talks_view.panel.loaded.row.professional_name == "Piet Jansen"


def test_my_team_is_only_in_the_sidebar_of_someone_with_reports(qtbot, db, owner, add_person,
                                                                window):
    _team(db, owner, add_person)
    add_person("Cor Collega")
    window.login.reload()
    qtbot.waitUntil(lambda: window.login.names.count() >= 5)
    log_in(qtbot, window, "Cor", PASSWORD)
    qtbot.wait(300)  # the question whether Cor has reports has had its answer
    window.ctx.tasks.wait()
    qtbot.wait(50)
    assert "My team" not in sidebar_texts(window)
    assert not window.go_actions["team"].isVisible()


def test_with_nobody_reporting_the_screen_says_what_it_is_for(qtbot, db, owner, add_person, ctx):
    from ui.views.my_team import MyTeamView

    ctx.session.actor = add_person("Cor Collega")
    view = MyTeamView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.loaded, timeout=10_000)
    assert view.pages.currentWidget() is view.empty and view.empty.isVisible()
    assert "Nobody reports to you" in view.empty.title.text()


def test_a_manager_of_many_sees_eight_cards_and_asks_for_the_rest(qtbot, db, owner,
                                                                  add_person, window):
    mira = add_person("Mira de Vries", roles={Role.MANAGER, Role.PROFESSIONAL})
    for n in range(10):
        add_person(f"Collega {n:02d}", manager_id=mira.person_id)
    window.login.reload()
    qtbot.waitUntil(lambda: window.login.names.count() >= 12)
    log_in(qtbot, window, "Mira", PASSWORD)
    view = _my_team(qtbot, window)
    assert [c.card.name for c in view.cards] == [f"Collega {n:02d}" for n in range(8)]
    assert view.more.text() == "Show all (10)"
    qtbot.waitUntil(view.more.isVisible)
    qtbot.mouseClick(view.more, LEFT)
    qtbot.waitUntil(lambda: len(view.cards) == 10, timeout=10_000)
    assert not view.more.isVisible()
