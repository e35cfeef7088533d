"""Mijn regie opens in a bounded number of statements: over the office network each one is a
round trip (issue 23), so a card that starts reading on its own, or a query per row, fails here."""

from __future__ import annotations

from sqlalchemy import event

from app.services import groups
from models import Role
from tests.group_helpers import form_group
from ui.views.home import HomeView

# Every statement the first load sends with the data below, BEGIN included (SQLite sends one
# per transaction; PostgreSQL reads without one). Was 49 (17 transactions), then 28 (2), now
# 25 (the budget card in one).
MOST_STATEMENTS = 25


def test_first_load_of_my_home_stays_within_its_statements(qtbot, ctx, db, add_person):
    anna = add_person("Anna de Vries")
    bert = add_person("Bert Jansen")
    gerrit = add_person("Gerrit Gids", roles={Role.GUIDE, Role.PROFESSIONAL})
    form_group(db, anna, [anna, bert], "Ochtend", guide=gerrit)
    # Two invitations still open for Bert, each with its guide and inviter to name: rows
    # that must not cost a query each.
    for name in ("Middag", "Avond"):
        groups.start_group(db, anna, groups.GroupInput(
            name, "Samen leren", member_ids=[anna.person_id, bert.person_id],
            guide_id=gerrit.person_id))
    for invitation in groups.my_invitations(db, gerrit):
        groups.accept_invitation(db, gerrit, invitation.id)

    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    ctx.session.actor = bert
    event.listen(db.engine, "before_cursor_execute", count)
    try:
        home = HomeView(ctx)
        qtbot.addWidget(home)
        home.show()
        qtbot.waitUntil(lambda: home.home is not None and home.answers.loaded)
        ctx.tasks.wait()
        qtbot.wait(50)  # nothing else may start reading after the data arrived
    finally:
        event.remove(db.engine, "before_cursor_execute", count)

    # What the cards show came with that one load.
    assert [i.group_name for i in home.answers.invitations] == ["Middag", "Avond"]
    assert all(i.guide_name == "Gerrit Gids" and i.invited_by_name == "Anna de Vries"
               for i in home.answers.invitations)
    assert [g.name for g in home.home.groups] == ["Ochtend"]
    assert len(statements) <= MOST_STATEMENTS, "\n".join(statements)
