"""The policy table, proved cell by cell: generated from app.policy.RULES.

For every (kind, operation) and every relation, a world in which one person has exactly
that relation to a record: the allowed relation can, every other one cannot, and a
colleague with no relation never can. Conditions are tested both ways. Then the services:
every public service that touches a kind is listed here (the list is compared with what
the services ask the policy, read from their source), and the reading services are called
as each relation.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app import policy
from app.access import Actor
from app.policy import RULES, Kind, Op, Relation, Subject, Talk, When
from app.services import conversations as talks
from app.services import development, groups, learning_requests, situations
from models import Conversation, Person, Role, Side
from models.errors import Forbidden, NotFound
from tests import fresh, policy_map
from tests.group_helpers import form_group


@dataclass
class World:
    actors: dict[str, Actor]  # relation name (and "colleague") -> the actor with it
    piet: int
    nora: int  # a person without a manager
    group_id: int
    now: Talk  # Piet's 2026-2 conversation with Mira
    before: Talk  # Piet's 2025-2 conversation with Eva, who is no longer his manager


@pytest.fixture
def world(db, owner, add_person) -> World:
    eva = add_person("Eva", roles={Role.MANAGER}, password=None)
    mira = add_person("Mira", roles={Role.MANAGER}, password=None)
    piet = add_person("Piet", manager_id=eva.person_id, password=None)
    gijs = add_person("Gijs", password=None)
    gwen = add_person("Gwen", roles={Role.GUIDE}, password=None)
    cor = add_person("Cor", password=None)
    nora = add_person("Nora", password=None)
    talks.plan_half_year(db, owner, 2025, 2)
    with db.transaction() as s:
        s.get(Person, piet.person_id).manager_id = mira.person_id
    talks.plan_half_year(db, owner, 2026, 2)
    group_id = form_group(db, piet, [piet, gijs], "Storingen", guide=gwen)  # all accepted
    with db.read() as s:
        rows = {c.year: policy.talk_of(c) for c in s.query(Conversation).filter(
            Conversation.professional_id == piet.person_id)}
    return World(
        actors={Relation.SELF: piet, Relation.CURRENT_MANAGER: mira,
                Relation.EARLIER_MANAGER: eva, Relation.GROUP_MEMBER: gijs,
                Relation.GUIDE: gwen, Relation.OWNER: owner,
                Relation.MACHINE_ADMIN: Actor.machine_admin(), "colleague": cor},
        piet=piet.person_id, nora=nora.person_id, group_id=group_id,
        now=rows[2026], before=rows[2025])


def _subject(w: World, kind: Kind, relation: str, *, favourable: bool) -> Subject:
    """The record, as the rule's condition for ``relation`` wants it (or not)."""
    actor = w.actors[relation]
    talk = w.before if relation == Relation.EARLIER_MANAGER else w.now
    side = actor.person_id if favourable else -1
    if kind is Kind.GROUP_CONTENT:
        if relation in (Relation.SELF, Relation.CURRENT_MANAGER):
            # The person's own part (their calendar, their export), and which groups a
            # report is in for the view of the team: a record about the person.
            return Subject(person_id=w.piet if favourable else None)
        return Subject(group_id=w.group_id if favourable else None)
    if kind is Kind.LEARNING_DECISION and relation == Relation.OWNER:
        return Subject(person_id=w.nora if favourable else w.piet)
    return Subject(person_id=w.piet, group_id=w.group_id if favourable else None,
                   shared=favourable,
                   talk=talk if favourable else Talk(0, w.piet, None, 2030, 1, False),
                   side_person_id=side, author_id=actor.person_id if favourable else -1)


CELLS = sorted(RULES, key=lambda c: (c[0].value, c[1].value))
EVERYONE = [*Relation, "colleague"]


@pytest.mark.parametrize(("kind", "op"), CELLS, ids=[f"{k.value}-{o.value}" for k, o in CELLS])
def test_each_cell_allows_exactly_its_relations(db, world, kind: Kind, op: Op):
    rule = RULES[(kind, op)]
    with db.read() as s:
        for relation in EVERYONE:
            actor = world.actors[relation]
            subject = _subject(world, kind, relation, favourable=True)
            allowed = policy.allows(s, actor, kind, op, subject, sealed=True)
            expected = relation in rule and rule[relation] is not When.NEVER
            assert allowed == expected, (kind, op, relation)
            if expected and rule[relation] is not When.ALWAYS:
                # The condition matters: without it the same person is refused.
                against = _subject(world, kind, relation, favourable=False)
                assert not policy.allows(s, actor, kind, op, against, sealed=False), (
                    kind, op, relation, rule[relation])


def test_every_kind_and_relation_of_the_issue_is_in_the_table():
    assert {k for k, _op in RULES} == set(Kind) - {Kind.CULTURE_ANSWERS} | {
        Kind.CULTURE_ANSWERS}
    # Nobody reads individual culture answers, the administrator included.
    assert (Kind.CULTURE_ANSWERS, Op.READ) not in RULES
    assert all(Relation.MACHINE_ADMIN not in RULES.get((k, Op.READ), {}) for k in Kind
               if k is not Kind.BUDGET_LINE)


# --- the services -------------------------------------------------------------------------

# Every public service that asks the policy about a kind. A new one fails the test below
# until it is listed here (and, for reading services, probed in READERS).
SERVICES: dict[str, set[str]] = {
    "actions": {"my_open_actions", "set_status"},
    "audit": {"list_entries"},
    "budget": {"export_ledger", "ledger", "my_budget", "set_person_budget"},
    "conversations": {
        "add_agreement", "conversation_status", "due_overview", "follow_up_outside",
        "invite_ics", "list_conversations", "meeting_events", "meeting_view", "prefill",
        "preparation_of",
        "publish_preparation", "record_versions", "remove_agreement", "reopen",
        "replace_manager", "request_correction", "save_preparation", "save_summary",
        "schedule", "set_agreement_status", "set_readable_by_later_managers", "sign",
        "signed_record", "timeline"},
    "cycles": {"calendar_for_person"},
    "due": {"due_for", "week_sessions"},  # kinds, dates and places only, asked as the person
    "development": {"answer_history", "close_question", "my_question", "question_of",
                    "save_answer", "save_question"},
    "groups": {"all_groups", "attach_situation", "get_group", "leave_group", "my_groups",
               "require_participant", "update_group"},
    # The view of the team: each part filtered by the table (policy.where_allows).
    "my_team": {"my_team"},
    "learning_requests": {"all_requests", "approve", "ask", "cancel", "complete", "decline",
                          "get_request", "my_requests", "plan", "requests_to_decide",
                          "update_request"},
    "saved_conversations": {"open_conversation", "remove_conversation", "save_conversation",
                            "saved_conversations"},  # the coach's, for their author only
    "situations": {"add_note", "ask_to_finish", "decline_finish_request", "finish_analysis",
                   "requests_to_finish",
                   "finish_situation", "get_situation", "list_situations",
                   "register_situation", "start_experiment", "update_situation"},
}


def test_every_service_that_touches_a_kind_is_listed():
    found: dict[str, set[str]] = {}
    for qualname in policy_map.kinds_of():
        module, name = qualname.rsplit(".", 1)
        found.setdefault(module.rsplit(".", 1)[1], set()).add(name)
    assert found == SERVICES


def _read(fn, *args):
    try:
        fn(*args)
        return True
    except (Forbidden, NotFound):
        return False


def test_the_reading_services_follow_the_table(db, world, owner):
    piet = world.actors[Relation.SELF]
    fresh.save_question(db, piet, "Hoe plan ik rustiger?", shared_with_manager=True)
    qid = development.my_question(db, piet).id
    sid = situations.register_situation(db, piet, situations.SituationInput("Storing"))\
        .value
    groups.attach_situation(db, piet, world.group_id, sid)
    rid = learning_requests.ask(db, piet, learning_requests.RequestInput(
        kind="course", title="Cursus")).value
    fresh.save_preparation(db, piet, world.now.id, Side.PROFESSIONAL, {"need_from_manager": "x"})
    readers = {
        (Kind.DEVELOPMENT_QUESTION, "question_of"):
            lambda a: development.question_of(db, a, world.piet),
        (Kind.DEVELOPMENT_QUESTION, "answer_history"):
            lambda a: development.answer_history(db, a, qid, "aim"),
        (Kind.WORK_SITUATION, "get_situation"):
            lambda a: situations.get_situation(db, a, sid),
        (Kind.GROUP_CONTENT, "get_group"): lambda a: groups.get_group(db, a, world.group_id),
        (Kind.LEARNING_REQUEST, "get_request"):
            lambda a: learning_requests.get_request(db, a, rid),
        (Kind.RECORD, "meeting_view"): lambda a: talks.meeting_view(db, a, world.now.id),
        (Kind.RECORD, "conversation_status"):
            lambda a: talks.conversation_status(db, a, world.now.id),
    }
    ops = {"conversation_status": Op.LIST}
    for (kind, name), read in readers.items():
        rule = RULES[(kind, ops.get(name, Op.READ))]
        for relation in EVERYONE:
            actor = world.actors[relation]
            with db.read() as s:
                expected = policy.allows(s, actor, kind, ops.get(name, Op.READ),
                                         _service_subject(world, kind, sid))
            assert _read(read, actor) == expected, (name, relation, rule.get(relation))
    # The table's promise in plain words, for the conversation of now:
    assert _read(readers[(Kind.RECORD, "meeting_view")], world.actors[Relation.OWNER]) is False
    assert _read(readers[(Kind.RECORD, "meeting_view")],
                 world.actors[Relation.CURRENT_MANAGER]) is True


def _service_subject(w: World, kind: Kind, situation_id: int) -> Subject:
    if kind is Kind.GROUP_CONTENT:
        return Subject(group_id=w.group_id)
    if kind is Kind.WORK_SITUATION:
        return Subject(person_id=w.piet, group_id=w.group_id)
    if kind is Kind.DEVELOPMENT_QUESTION:
        return Subject(person_id=w.piet, shared=True)
    if kind is Kind.RECORD:
        return Subject(person_id=w.piet, talk=w.now)
    return Subject(person_id=w.piet)
