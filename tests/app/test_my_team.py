"""A manager's view of the team, attacked: only what the policy lets the manager read, for
their own direct reports, audited, in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import event, false, select

from app import policy
from app.access import Actor
from app.policy import RULES, Kind, Op, Relation, When
from app.services import audit, learning_requests, my_team
from app.services import conversations as talks
from app.services.learning_requests import RequestInput
from models import Conversation, DevelopmentQuestion, LearningHours, Person, Role
from models.errors import Forbidden
from tests import fresh
from tests.group_helpers import form_group

TODAY = date.today()


@dataclass
class Team:
    owner: Actor
    mira: Actor  # Piet's and Anna's manager now
    eva: Actor  # Piet's manager last half year, Sam's manager now
    piet: Actor  # shares his question with his manager
    anna: Actor  # keeps her question to herself
    sam: Actor  # Eva's report: not Mira's business
    cor: Actor  # a colleague without reports, in a group with Piet
    before: int  # Piet's conversation of last year with Eva
    now: int  # Piet's conversation of this half year with Mira


def _hours(db, person_id: int, minutes: int, day: date, in_working_time: bool = True) -> None:
    with db.transaction() as s:
        # Each logged hour has its own source (a session); the numbers only need to differ.
        source = int(day.strftime("%Y%m%d"))
        s.add(LearningHours(person_id=person_id, day=day, minutes=minutes,
                            in_working_time=in_working_time, source="session", source_id=source))


@pytest.fixture
def team(db, owner, add_person) -> Team:
    mira = add_person("Mira Manager", roles={Role.MANAGER, Role.PROFESSIONAL},
                      manager_id=owner.person_id)
    eva = add_person("Eva Eerder", roles={Role.MANAGER, Role.PROFESSIONAL},
                     manager_id=owner.person_id)
    piet = add_person("Piet", manager_id=eva.person_id)
    anna = add_person("Anna", manager_id=mira.person_id)
    sam = add_person("Sam", manager_id=eva.person_id)
    cor = add_person("Cor")
    talks.plan_half_year(db, owner, TODAY.year - 1, 2)
    with db.transaction() as s:
        s.get(Person, piet.person_id).manager_id = mira.person_id
    talks.plan_half_year(db, owner, *talks.half_year_of(TODAY))
    with db.read() as s:
        ids = {c.manager_id: c.id for c in s.scalars(select(Conversation).where(
            Conversation.professional_id == piet.person_id))}
    return Team(owner, mira, eva, piet, anna, sam, cor, before=ids[eva.person_id],
                now=ids[mira.person_id])


def _card(overview: my_team.TeamOverview, name: str) -> my_team.ReportCard:
    return next(c for c in overview.reports if c.name == name)


def test_a_manager_sees_each_report_as_the_policy_allows(db, team):
    fresh.save_question(db, team.piet, "Hoe leg ik een storing rustig uit?",
                        shared_with_manager=True)
    fresh.save_question(db, team.anna, "Mijn geheime vraag", shared_with_manager=False)
    _hours(db, team.piet.person_id, 90, date(TODAY.year, 1, 15))
    _hours(db, team.piet.person_id, 60, date(TODAY.year, 1, 16), in_working_time=False)
    _hours(db, team.piet.person_id, 600, date(TODAY.year - 1, 5, 1))  # last year's
    fresh.add_agreement(db, team.mira, team.now, "Cursus regeltechniek zoeken",
                        team.piet.person_id, date(TODAY.year - 1, 12, 1))
    fresh.add_agreement(db, team.piet, team.now, "Meelopen met Gerrit", team.mira.person_id)
    asked = learning_requests.ask(db, team.piet, RequestInput(kind="course",
                                                              title="Cursus warmtepompen"))
    form_group(db, team.piet, [team.piet, team.cor], "Storingen")

    overview = my_team.my_team(db, team.mira)

    assert [c.name for c in overview.reports] == ["Anna", "Piet"]
    assert overview.norm_hours == 40 and overview.year == TODAY.year
    piet = _card(overview, "Piet")
    assert piet.question == "Hoe leg ik een storing rustig uit?"
    assert piet.minutes_in_working_time == 90  # this year, in working time only
    assert [(a.title, a.owner_name) for a in piet.agreements] == [
        ("Cursus regeltechniek zoeken", "Piet"), ("Meelopen met Gerrit", "Mira Manager")]
    assert piet.agreements[0].overdue and not piet.agreements[1].overdue
    assert [(r.id, r.title) for r in piet.requests] == [(asked.value, "Cursus warmtepompen")]
    assert piet.groups == ("Storingen",)
    assert piet.next_conversation is not None and piet.next_conversation.id == team.now
    assert not piet.next_conversation.overdue
    anna = _card(overview, "Anna")
    assert anna.question is None  # not shared: not even that she has one
    assert anna.agreements == () and anna.requests == () and anna.groups == ()


def test_an_unshared_question_stays_hidden_and_a_shared_one_closes_with_sharing(db, team):
    fresh.save_question(db, team.anna, "Mijn geheime vraag", shared_with_manager=False)
    assert _card(my_team.my_team(db, team.mira), "Anna").question is None
    fresh.save_question(db, team.anna, "Mijn geheime vraag", shared_with_manager=True)
    assert _card(my_team.my_team(db, team.mira), "Anna").question == "Mijn geheime vraag"
    fresh.save_question(db, team.anna, "Mijn geheime vraag", shared_with_manager=False)
    assert _card(my_team.my_team(db, team.mira), "Anna").question is None


def test_a_manager_does_not_see_someone_elses_report(db, team):
    fresh.save_question(db, team.sam, "Sams vraag", shared_with_manager=True)
    learning_requests.ask(db, team.sam, RequestInput(kind="course", title="Sams cursus"))
    mira = my_team.my_team(db, team.mira)
    assert "Sam" not in [c.name for c in mira.reports]
    everything = repr(mira)
    assert "Sams vraag" not in everything and "Sams cursus" not in everything
    # Sam's own manager does see them.
    sam = _card(my_team.my_team(db, team.eva), "Sam")
    assert sam.question == "Sams vraag" and [r.title for r in sam.requests] == ["Sams cursus"]


def test_a_colleague_without_reports_gets_nothing_and_the_administrator_is_refused(db, team):
    fresh.save_question(db, team.piet, "Pieters vraag", shared_with_manager=True)
    form_group(db, team.piet, [team.piet, team.cor], "Storingen")
    assert my_team.my_team(db, team.cor).reports == ()
    assert not my_team.has_reports(db, team.cor)
    assert my_team.has_reports(db, team.mira)
    with pytest.raises(Forbidden):
        my_team.my_team(db, Actor.machine_admin())


def test_a_former_manager_loses_the_report_and_the_new_one_reads_old_records_only_when_allowed(
        db, team):
    fresh.save_question(db, team.piet, "Pieters vraag", shared_with_manager=True)
    fresh.add_agreement(db, team.eva, team.before, "Oud: veiligheidscursus", team.piet.person_id)
    # Eva held last year's conversation but is no longer Piet's manager: he is not hers.
    eva = my_team.my_team(db, team.eva)
    assert [c.name for c in eva.reports] == ["Sam"]
    assert "Pieters vraag" not in repr(eva) and "veiligheidscursus" not in repr(eva)
    # Mira, his manager now, does not see the agreements of a record Piet kept to Eva...
    assert _card(my_team.my_team(db, team.mira), "Piet").agreements == ()
    # ...until Piet lets later managers read it.
    fresh.set_readable_by_later_managers(db, team.piet, team.before, True)
    piet = _card(my_team.my_team(db, team.mira), "Piet")
    assert [(a.title, a.half_year) for a in piet.agreements] == [
        ("Oud: veiligheidscursus", f"{TODAY.year - 1}-2")]
    # And when Piet moves on to Eva again, Mira has no team left but Anna.
    with db.transaction() as s:
        s.get(Person, team.piet.person_id).manager_id = team.eva.person_id
    assert [c.name for c in my_team.my_team(db, team.mira).reports] == ["Anna"]


def test_every_read_of_a_report_is_in_the_audit_log(db, team):
    fresh.save_question(db, team.anna, "Annas vraag", shared_with_manager=False)
    question = fresh.save_question(db, team.piet, "Pieters vraag", shared_with_manager=True)
    my_team.my_team(db, team.mira)
    entries = [e for e in audit.list_entries(db, team.owner) if e.action == "team_overview_read"]
    assert sorted((e.actor, e.subject) for e in entries) == [
        ("Mira Manager", "Anna"), ("Mira Manager", "Piet")]
    by_subject = {e.subject: e.detail for e in entries}
    assert by_subject["Piet"]["question"] == question.value
    assert "question" not in by_subject["Anna"]  # hers was not read
    # A colleague without reports reads nobody's records: nothing is written.
    my_team.my_team(db, team.cor)
    assert len([e for e in audit.list_entries(db, team.owner)
                if e.action == "team_overview_read"]) == 2


def test_a_limited_overview_reads_and_audits_only_the_cards_it_gives(db, team, add_person):
    """An owner who manages everyone sees the first cards; the others are not read, so
    they are not in the audit log either, until the manager asks for them all."""
    for name in ("Bas", "Cas", "Dirk"):
        add_person(name, manager_id=team.mira.person_id)
    first = my_team.my_team(db, team.mira, limit=2)
    assert [c.name for c in first.reports] == ["Anna", "Bas"] and first.total == 5
    read = {e.subject for e in audit.list_entries(db, team.owner)
            if e.action == "team_overview_read"}
    assert read == {"Anna", "Bas"}
    everyone = my_team.my_team(db, team.mira)
    assert len(everyone.reports) == everyone.total == 5


def _reads(db, run) -> int:
    """How many SELECT statements ``run`` sends to the database."""
    count = 0

    def seen(_conn, _cursor, statement: str, *_args) -> None:
        nonlocal count
        count += statement.lstrip().upper().startswith("SELECT")

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        run()
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    return count


def test_the_number_of_queries_does_not_grow_with_the_team(db, team, add_person):
    small = _reads(db, lambda: my_team.my_team(db, team.mira))
    for n in range(6):
        person = add_person(f"Extra {n}", manager_id=team.mira.person_id)
        fresh.save_question(db, person, f"Vraag {n}", shared_with_manager=True)
        _hours(db, person.person_id, 30, date(TODAY.year, 2, 1))
        learning_requests.ask(db, person, RequestInput(kind="course", title=f"Cursus {n}"))
    large = _reads(db, lambda: my_team.my_team(db, team.mira))
    assert len(my_team.my_team(db, team.mira).reports) == 8
    assert large == small  # one query per part of the card, not per report or cell


# --- the filter is the table ---------------------------------------------------------------

# Conditions and relations a list over people can answer; a cell with others is only ever
# narrower in the filter (never wider), checked below too.
LISTABLE = {When.ALWAYS, When.SHARED, When.TOOK_PART, When.TOOK_PART_OR_ALLOWED,
            When.NO_MANAGER, When.NEVER}


def _listable(kind: Kind, op: Op) -> bool:
    rule = RULES[(kind, op)]
    return all(w in LISTABLE and r not in (Relation.GROUP_MEMBER, Relation.GUIDE)
               or w is When.NEVER for r, w in rule.items())


def test_the_filter_equals_the_policy_on_every_cell_it_can_answer(db, team):
    fresh.set_readable_by_later_managers(db, team.piet, team.before, True)
    fresh.save_question(db, team.piet, "Gedeeld", shared_with_manager=True)
    fresh.save_question(db, team.anna, "Niet gedeeld", shared_with_manager=False)
    actors = [team.owner, team.mira, team.eva, team.piet, team.anna, team.sam, team.cor,
              Actor.machine_admin()]
    with db.read() as s:
        conversations = list(s.scalars(select(Conversation)))
        questions = list(s.scalars(select(DevelopmentQuestion)))
        for (kind, op) in RULES:
            for actor in actors:
                sql = set(s.scalars(select(Conversation.id).where(policy.where_allows(
                    actor, kind, op, person=Conversation.professional_id,
                    shared=false(), conversation=Conversation))))
                allowed = {c.id for c in conversations if policy.allows(
                    s, actor, kind, op, policy.about_conversation(c))}
                assert sql <= allowed, (kind, op, actor.name)
                if _listable(kind, op):
                    assert sql == allowed, (kind, op, actor.name)
                sql = set(s.scalars(select(DevelopmentQuestion.id).where(policy.where_allows(
                    actor, kind, op, person=DevelopmentQuestion.person_id,
                    shared=DevelopmentQuestion.shared_with_manager.is_(True)))))
                allowed = {q.id for q in questions if policy.allows(
                    s, actor, kind, op, policy.Subject(person_id=q.person_id,
                                                       shared=q.shared_with_manager))}
                assert sql <= allowed, (kind, op, actor.name)
                if _listable(kind, op) and not any(
                        w in (When.TOOK_PART, When.TOOK_PART_OR_ALLOWED)
                        for w in RULES[(kind, op)].values()):
                    assert sql == allowed, (kind, op, actor.name)
