"""A pull guided by the server's change counters: it re-chooses only what a change can have
touched, yet every change arrives (removals through a group left, a sharing withdrawn, an
archived colleague, a change written by another connection), and a sync with nothing new
reads no row of the organisation's tables."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, select, text
from sqlalchemy.pool import NullPool

from app.db import engine_url
from app.personal_copy import counters, pull, server_role
from app.personal_copy.selection import affected_by
from app.personal_copy.sync import sync
from app.services import development, groups, lessons, people
from models import DevelopmentQuestion, LearningGroup, Person, group_member
from tests import postgres
from tests.app.test_sync import _archive_kwargs, copy_rows, equal_to_a_fresh_copy
from tests.sync_world import Org, new_org

pytestmark = pytest.mark.skipif(postgres.server_url() is None,
                                reason="the change counters live on a PostgreSQL server")


@pytest.fixture
def org(request: pytest.FixtureRequest, tmp_path: Path) -> Org:
    return new_org("postgresql", request, tmp_path)


class Chosen:
    """What each pull chose afresh (``None``: everything)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.only: list[set[str] | None] = []
        original = pull.select_for

        def spy(s, actor, only=None):  # type: ignore[no-untyped-def]
            self.only.append(None if only is None else set(only))
            return original(s, actor, only)

        monkeypatch.setattr(pull, "select_for", spy)

    def last(self) -> set[str] | None:
        return self.only[-1]


def test_a_change_in_one_table_is_chosen_again_with_what_depends_on_it_alone(
        org: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    copy = org.copy("kevin", tmp_path / "laptop")
    chosen = Chosen(monkeypatch)
    sync(copy)  # the first pull at counters compares everything once
    assert chosen.last() is None
    lessons.add_lesson(org.db, org.actor("henk"), lessons.LessonInput(
        "Eerst meten, dan schroeven", what_worked="Meten"))
    assert sync(copy).received >= 1
    assert chosen.last() == affected_by({"lesson"}) == {"lesson"}
    equal_to_a_fresh_copy(org, copy)
    # Written by another connection, past the services: the server counts it all the same.
    other = create_engine(engine_url(org.url), poolclass=NullPool)
    try:
        with other.begin() as conn:
            conn.execute(text("UPDATE room SET name = name || ' (oud)' "
                              "WHERE id = (SELECT min(id) FROM room)"))
    finally:
        other.dispose()
    assert sync(copy).received == 1
    assert chosen.last() == affected_by({"room"})
    assert "lesson" not in affected_by({"room"})
    equal_to_a_fresh_copy(org, copy)
    copy.close()


_TABLES_READ = re.compile(r"\b(?:FROM|JOIN)\s+\"?(\w+)", re.IGNORECASE)


def test_a_pull_with_nothing_new_reads_the_counters_and_no_row(org: Org, tmp_path: Path):
    org.copy("kevin", tmp_path / "kevin").close()  # the server counts from here on
    # A copy made where the server counts holds its counters from the start: its first
    # pull, too, has nothing to do.
    copy = org.copy("henk", tmp_path / "laptop")
    server = server_role.server_database(copy)
    statements: list[str] = []
    event.listen(server.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_: statements.append(statement))
    try:
        assert pull.pull(copy, server) == 0
    finally:
        server.dispose()
    read = {name.lower() for s in statements for name in _TABLES_READ.findall(s)}
    assert read == {counters.TABLE, "pg_database"}, statements
    assert len(statements) <= 5, statements  # the counters, the server's time
    copy.close()


def test_removals_through_a_relation_still_arrive(org: Org, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch):
    chosen = Chosen(monkeypatch)
    ids = org.ids
    # Henk manages Daan: he reads Daan's question while Daan shares it with him.
    daan = org.actor("daan")
    development.save_question(org.db, daan, "Gedeeld met Henk: OOIEVAAR8812", True,
                              expected_version=_question_version(org, ids["daan"]))
    henk = org.copy("henk", tmp_path / "henk")
    with henk.db.read() as s:
        assert "Gedeeld met Henk: OOIEVAAR8812" in set(s.scalars(
            select(DevelopmentQuestion.text)))
    sync(henk)
    development.save_question(org.db, daan, "Gedeeld met Henk: OOIEVAAR8812", False,
                              expected_version=_question_version(org, ids["daan"]))
    assert sync(henk).received >= 1
    assert "development_question" in chosen.last()
    with henk.db.read() as s:
        assert "Gedeeld met Henk: OOIEVAAR8812" not in set(s.scalars(
            select(DevelopmentQuestion.text)))
    equal_to_a_fresh_copy(org, henk)

    # A colleague Henk manages is archived: the person row moves, and all that hangs on it.
    ricardo = ids["ricardo"]
    people.archive_person(org.db, org.actor("marieke"), ricardo,
                          **_archive_kwargs(org, ricardo))
    sync(henk)
    assert chosen.last() == affected_by({"person"})
    with henk.db.read() as s:
        assert s.get(Person, ricardo).archived_at is not None
    equal_to_a_fresh_copy(org, henk)
    henk.close()

    # A member leaves their group: its sessions, cycles and members leave their copy.
    group_id, member = _a_member_of_a_group_with_sessions(org)
    name = next(n for n, i in ids.items() if i == member)
    copy = org.copy(name, tmp_path / name)
    sync(copy)
    held = copy_rows(copy)
    assert any(r["group_id"] == group_id for r in held["cycle"])
    groups.leave_group(org.db, org.actor(name), group_id)
    assert sync(copy).received > 0
    assert {"group_member", "cycle", "session", "attendance"} <= chosen.last()
    held = copy_rows(copy)
    assert not any(r["group_id"] == group_id for r in held["cycle"])
    equal_to_a_fresh_copy(org, copy)
    copy.close()


def test_a_relation_changed_past_the_services_reaches_what_hangs_on_it(org: Org,
                                                                       tmp_path: Path):
    """Only the relation table moves (no group version, no person row): what the policy
    reads there decides the rows of other tables, and those arrive."""
    from models import Cycle, LearningHours

    kevin = org.ids["kevin"]
    with org.db.read() as s:
        group_id = s.scalar(select(Cycle.group_id).where(Cycle.group_id.not_in(
            select(group_member.c.group_id).where(group_member.c.person_id == kevin)))
            .order_by(Cycle.group_id))
        others_hours = s.scalar(select(LearningHours.id).where(LearningHours.person_id != kevin)
                                .order_by(LearningHours.id))
    assert group_id is not None and others_hours is not None
    copy = org.copy("kevin", tmp_path / "laptop")
    sync(copy)
    assert not any(r["group_id"] == group_id for r in copy_rows(copy)["cycle"])
    other = create_engine(engine_url(org.url), poolclass=NullPool)
    try:
        with other.begin() as conn:
            conn.execute(text("INSERT INTO group_member (group_id, person_id) VALUES (:g, :p)"),
                         {"g": group_id, "p": kevin})
        assert sync(copy).received > 0
        assert any(r["group_id"] == group_id for r in copy_rows(copy)["cycle"])
        equal_to_a_fresh_copy(org, copy)
        # Kevin made owner: everyone's hours and notes are his to read now.
        with other.begin() as conn:
            conn.execute(text("INSERT INTO person_role (person_id, role) VALUES (:p, 'owner')"),
                         {"p": kevin})
        assert sync(copy).received > 0
        assert others_hours in {r["id"] for r in copy_rows(copy)["learning_hours"]}
        equal_to_a_fresh_copy(org, copy)
    finally:
        other.dispose()
    copy.close()


def _question_version(org: Org, person_id: int) -> int | None:
    with org.db.read() as s:
        return s.scalar(select(DevelopmentQuestion.version_id).where(
            DevelopmentQuestion.person_id == person_id,
            DevelopmentQuestion.closed_at.is_(None)))


def _a_member_of_a_group_with_sessions(org: Org) -> tuple[int, int]:
    """A running group (with cycles) and one of its members who does not guide it."""
    from models import Cycle

    with org.db.read() as s:
        row = s.execute(
            select(group_member.c.group_id, group_member.c.person_id)
            .join(LearningGroup, LearningGroup.id == group_member.c.group_id)
            .where(LearningGroup.archived_at.is_(None),
                   group_member.c.person_id != LearningGroup.guide_id,
                   group_member.c.group_id.in_(select(Cycle.group_id)))
            .order_by(group_member.c.group_id, group_member.c.person_id)).first()
    assert row is not None
    return row.group_id, row.person_id
