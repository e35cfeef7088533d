"""Saved conversations with the coach: kept with their question or situation, for their author
only, versioned, reopened to continue."""

from __future__ import annotations

import pytest

from app.access import Actor
from app.ai import saved_conversations as saved
from app.ai.conversation import Conversation
from app.ai.tasks import TaskRequest
from models.errors import Conflict, Forbidden, NotFound


def _talk(db, actor, task, target) -> Conversation:
    conversation = Conversation(task, target, TaskRequest(task, target, "nl").build(db, actor))
    conversation.add_answer("Wat wil je precies leren?")
    conversation.add_reply("De ovens per uur plannen.")
    conversation.add_answer("Wanneer merk je dat het werkt?")
    return conversation


def test_a_conversation_is_saved_with_its_question_and_reopened_to_continue(db, coach_data):
    pro = coach_data.pro
    conversation = _talk(db, pro, "question", coach_data.question_id)
    saved_id, version = saved.save_conversation(db, pro, conversation).value
    rows = saved.saved_conversations(db, pro, "question", coach_data.question_id)
    assert [(r.id, r.title) for r in rows] == [(saved_id, "De ovens per uur plannen.")]
    assert saved.saved_conversations(db, pro, "brainstorm", coach_data.situation_id) == []
    again = saved.open_conversation(db, pro, saved_id)
    assert again.conversation == conversation
    # Continued and saved again: the same record, a new version.
    again.conversation.add_reply("Als er minder brood over is.")
    _id, newer = saved.save_conversation(db, pro, again.conversation, saved_id=saved_id,
                                         expected_version=version).value
    assert newer > version
    assert saved.open_conversation(db, pro, saved_id).conversation.turns[-1].text == \
        "Als er minder brood over is."


def test_a_stale_save_or_removal_is_refused_and_nothing_is_lost(db, coach_data):
    pro = coach_data.pro
    conversation = _talk(db, pro, "question", coach_data.question_id)
    saved_id, version = saved.save_conversation(db, pro, conversation).value
    conversation.add_reply("Elders verder gepraat.")
    saved.save_conversation(db, pro, conversation, saved_id=saved_id,
                            expected_version=version)
    conversation.add_answer("En nu?")
    with pytest.raises(Conflict, match="edited_elsewhere"):
        saved.save_conversation(db, pro, conversation, saved_id=saved_id,
                                expected_version=version)
    with pytest.raises(Conflict):
        saved.remove_conversation(db, pro, saved_id, expected_version=version)
    kept = saved.open_conversation(db, pro, saved_id)
    assert kept.conversation.turns[-1].text == "Elders verder gepraat."
    saved.remove_conversation(db, pro, saved_id, expected_version=kept.version_id)
    with pytest.raises(NotFound):
        saved.open_conversation(db, pro, saved_id)


def test_nobody_but_the_author_reads_changes_or_removes_it(db, coach_data, owner):
    pro = coach_data.pro
    situation = _talk(db, pro, "brainstorm", coach_data.situation_id)
    saved_id, version = saved.save_conversation(db, pro, situation).value
    # Bert is in Anna's group, Mira is her manager, the owner keeps the organisation.
    for someone in (coach_data.other, coach_data.manager, owner, Actor.machine_admin()):
        with pytest.raises(Forbidden):
            saved.open_conversation(db, someone, saved_id)
        with pytest.raises(Forbidden):
            saved.save_conversation(db, someone, situation, saved_id=saved_id,
                                    expected_version=version)
        with pytest.raises(Forbidden):
            saved.remove_conversation(db, someone, saved_id, expected_version=version)
    # Bert's own list for the same situation holds none of Anna's conversations.
    assert saved.saved_conversations(db, coach_data.other, "brainstorm",
                                     coach_data.situation_id) == []


def test_a_conversation_is_saved_only_with_something_its_author_may_read(db, coach_data):
    situation = _talk(db, coach_data.pro, "brainstorm", coach_data.situation_id)
    # Mira is no member of Anna's group: she cannot file a conversation under its situation.
    with pytest.raises(Forbidden):
        saved.save_conversation(db, coach_data.manager, situation)
    question = _talk(db, coach_data.pro, "question", coach_data.question_id)
    with pytest.raises(NotFound):
        saved.save_conversation(db, coach_data.other, question)


def test_erasing_a_person_removes_their_conversations_with_the_coach(db, coach_data, owner):
    from app.services import people, privacy

    pro = coach_data.pro
    saved_id, _version = saved.save_conversation(
        db, pro, _talk(db, pro, "question", coach_data.question_id)).value
    people.archive_person(db, owner, pro.person_id)
    privacy.erase_person(db, owner, pro.person_id)
    with pytest.raises(NotFound):
        saved.open_conversation(db, pro, saved_id)
