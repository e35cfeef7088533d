"""Mijn regie reads every card in one shared read, and each card still shows exactly what its
own service, with its own access checks, shows that person."""

from __future__ import annotations

import threading
from datetime import date, timedelta

from sqlalchemy import event

from app.services import conversations as talks
from app.services import due, groups, home, situations
from app.services.conversations import half_year_of
from models import Role
from tests import fresh


def test_each_card_of_my_home_is_what_its_own_service_gives_that_person(
        db, owner, add_person):
    man = add_person("Manon", roles={Role.MANAGER})
    pro = add_person("Piet", manager_id=man.person_id)
    anna = add_person("Anna")
    year, half = half_year_of(date.today())
    talks.plan_half_year(db, owner, year, half)
    cid = next(r.id for r in talks.list_conversations(db, owner)
               if r.professional_id == pro.person_id)
    fresh.add_agreement(db, man, cid, "Cursus kiezen", pro.person_id,
                        date.today() - timedelta(days=3))
    groups.start_group(db, anna, groups.GroupInput(
        "Ochtend", member_ids=[anna.person_id, pro.person_id]))

    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        mine = home.my_home(db, pro)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    # One read for all cards (SQLite begins each transaction with a statement of its own;
    # the other is the check for culture rounds to close, which may write).
    assert sum(s.startswith("BEGIN") for s in statements) <= 2

    # The due items made from the actions and invitations read for the other cards are
    # the ones due_for reads itself.
    assert mine.due == due.due_for(db, pro)
    assert {i.kind.value for i in mine.due} >= {"agreement_overdue", "group_invitation"}
    assert mine.invitations == groups.my_invitations(db, pro)
    assert [i.group_name for i in mine.invitations] == ["Ochtend"]
    assert mine.invitations[0].invited_by_name == "Anna"
    assert mine.finish_requests == situations.requests_to_finish(db, pro)

    # The manager sees neither Piet's agreement nor his invitation.
    theirs = home.my_home(db, man)
    assert theirs.due == due.due_for(db, man)
    assert not {i.kind.value for i in theirs.due} & {"agreement_overdue", "group_invitation"}
    assert theirs.invitations == [] and theirs.actions == []


def test_a_read_inside_a_shared_read_joins_it_on_its_own_thread_only(db):
    with db.shared_read() as shared:
        with db.read() as inner:
            assert inner is shared
        elsewhere: list[object] = []

        def read_elsewhere() -> None:
            with db.read() as s:
                elsewhere.append(s)

        thread = threading.Thread(target=read_elsewhere)
        thread.start()
        thread.join()
        assert elsewhere and elsewhere[0] is not shared
    with db.read() as after:
        assert after is not shared
