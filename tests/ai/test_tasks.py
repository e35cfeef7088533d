"""Coaching prompts: templates from resources, the professional's material, retrieved
lessons, proposed actions, and who may ask for what."""

from __future__ import annotations

import re
import string

import pytest

from app.access import Actor
from app.ai import tasks
from app.ai.prompts import TASKS, template
from app.paths import resources_dir
from models.errors import Forbidden, NotFound
from tests import fresh

ADMIN = Actor.machine_admin()


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_task_has_a_template_in_both_languages_with_the_same_fields():
    for task in TASKS:
        for part in ("system", "user"):
            nl = getattr(template(task, "nl"), part)
            en = getattr(template(task, "en"), part)
            assert _fields(nl) == _fields(en), (task, part)
    assert sorted(p.stem for p in (resources_dir() / "prompts" / "nl").glob("*.json")) == \
        sorted(TASKS)


def test_the_question_prompt_carries_the_question_and_asks_for_questions_back(db, coach_data):
    prompt = tasks.question_prompt(db, coach_data.pro, coach_data.question_id, "nl")
    assert "ovens" in prompt.user
    assert "Geef geen antwoorden" in prompt.system


def test_brainstorm_retrieves_the_matching_lessons_and_lists_them(db, coach_data):
    prompt = tasks.brainstorm_prompt(db, coach_data.pro, coach_data.situation_id, "nl")
    used = [lesson_id for lesson_id, _title in prompt.lessons]
    assert set(used) == set(coach_data.relevant_lessons)
    assert coach_data.unrelated_lesson not in used
    for number, (_id, title) in enumerate(prompt.lessons, 1):
        assert f"[L{number}] {title}" in prompt.user
    assert "Nieuwe kassa" not in prompt.user


def test_brainstorm_without_matching_lessons_says_so(db, coach_data):
    from app.services import situations

    lonely = situations.register_situation(db, coach_data.pro, situations.SituationInput(
        title="Parkeerplaats", description="Geen plek voor fietsen")).value
    prompt = tasks.brainstorm_prompt(db, coach_data.pro, lonely, "en")
    assert prompt.lessons == ()
    assert "(nothing yet)" in prompt.user


def test_the_professionals_own_text_with_braces_is_kept_as_typed(db, coach_data):

    fresh.save_question(db, coach_data.pro, "Wat betekent {question} in {x}?", False)
    prompt = tasks.question_prompt(db, coach_data.pro, coach_data.question_id, "en")
    assert "Wat betekent {question} in {x}?" in prompt.user


def test_the_actions_prompt_needs_notes(db, coach_data):
    prompt = tasks.actions_prompt(db, coach_data.pro, coach_data.session_id, "nl")
    assert "voedselbank" in prompt.user


def test_proposed_actions_are_read_from_bullets_and_numbers():
    text = ("Here are the actions:\n- Call the food bank\n* Plan ovens per hour\n"
            "2. Ask Bert about the till\n- Call the food bank\nThanks!")
    assert tasks.parse_actions(text) == ["Call the food bank", "Plan ovens per hour",
                                         "Ask Bert about the till"]


def test_the_preparation_is_drafted_from_the_professionals_own_data_only(db, coach_data):
    prompt = tasks.prepare_prompt(db, coach_data.pro, coach_data.pro.person_id, "en")
    assert "ovens" in prompt.user  # their development question, via the prefill
    for someone in (coach_data.manager, coach_data.other):
        with pytest.raises(Forbidden):
            tasks.prepare_prompt(db, someone, coach_data.pro.person_id, "en")


def test_nobody_else_gets_a_prompt_from_a_private_question(db, coach_data):
    with pytest.raises(Forbidden):
        tasks.question_prompt(db, coach_data.manager, coach_data.question_id, "en")
    with pytest.raises(NotFound):
        tasks.question_prompt(db, coach_data.pro, 9999, "en")


def test_the_administrator_brainstorms_on_a_lesson_and_on_no_ones_record(db, coach_data):
    from app.access import Actor

    admin = Actor.machine_admin()
    lesson_id = coach_data.relevant_lessons[0]
    prompt = tasks.lesson_prompt(db, admin, lesson_id, "en")
    assert lesson_id not in {i for i, _title in prompt.lessons}
    for build, target in ((tasks.question_prompt, coach_data.question_id),
                          (tasks.brainstorm_prompt, coach_data.situation_id),
                          (tasks.actions_prompt, coach_data.session_id),
                          (tasks.prepare_prompt, coach_data.pro.person_id)):
        with pytest.raises(Forbidden):
            build(db, admin, target, "en")


def test_prompt_templates_are_data_not_code():
    source = (resources_dir().parent / "app" / "ai" / "tasks.py").read_text()
    assert not re.search(r"You are a coach|Je bent een coach", source)
