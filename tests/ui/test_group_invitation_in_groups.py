"""An invitation to a learning group is answered on *Leergroepen* too, not only on Mijn regie:
whoever has no group yet sees it instead of an empty page alone (issue 18)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.services import groups
from tests.ui.test_groups_view import open_view, three_colleagues

LEFT = Qt.MouseButton.LeftButton


def _invite(db, starter, members) -> int:
    data = groups.GroupInput(name="Storingen samen", purpose="Sneller storingen vinden",
                             member_ids=[m.person_id for m in members], guide_id=None)
    return int(groups.start_group(db, starter, data).value[0])


def _button(view, text: str) -> QPushButton:
    return next(b for b in view.invitations.findChildren(QPushButton)
                if b.text() == text and b.isVisible())


def test_an_invited_colleague_sees_the_invitation_and_joins_from_learning_groups(
        qtbot, ctx, db, add_person):
    anna, bert, chantal = three_colleagues(add_person)
    group_id = _invite(db, anna, [anna, bert, chantal])
    view = open_view(qtbot, ctx, bert)
    assert view.stack.currentWidget() is view.empty  # no group of Bert's own yet
    qtbot.waitUntil(lambda: view.invitations.isVisible(), timeout=10_000)
    texts = " ".join(label.text() for label in view.invitations.findChildren(QLabel))
    assert "Storingen samen" in texts and "Anna de Vries" in texts
    assert _button(view, "Decline").isVisible()

    qtbot.mouseClick(_button(view, "Join"), LEFT)
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.content
                    and [g.id for g in view.rows] == [group_id], timeout=10_000)
    qtbot.waitUntil(lambda: not view.invitations.isVisible(), timeout=10_000)


def test_declining_from_learning_groups_leaves_the_empty_page(qtbot, ctx, db, add_person):
    anna, bert, chantal = three_colleagues(add_person)
    _invite(db, anna, [anna, bert, chantal])
    view = open_view(qtbot, ctx, chantal)
    qtbot.waitUntil(lambda: view.invitations.isVisible(), timeout=10_000)
    qtbot.mouseClick(_button(view, "Decline"), LEFT)
    qtbot.waitUntil(lambda: not view.invitations.isVisible(), timeout=10_000)
    assert view.stack.currentWidget() is view.empty
    assert groups.my_invitations(db, chantal) == []


def test_someone_without_invitations_sees_no_card(qtbot, ctx, db, add_person):
    anna, _bert, _chantal = three_colleagues(add_person)
    view = open_view(qtbot, ctx, anna)
    qtbot.wait(200)
    assert not view.invitations.isVisible()
    assert view.stack.currentWidget() is view.empty
