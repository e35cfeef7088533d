"""My development question: my own, with history, shared with my manager only if I choose."""

from __future__ import annotations

import pytest

from app.services import audit, development
from models import Role
from models.errors import Forbidden, Invalid
from tests import fresh


def test_i_write_my_question_and_answers_keep_their_history(db, owner, add_person):
    me = add_person("Kim")
    fresh.save_question(db, me, "Hoe plan ik klussen zonder stress?", False)
    fresh.save_answer(db, me, "aim", "Rustiger plannen")
    fresh.save_answer(db, me, "aim", "Elke maandag een planning die klopt")
    fresh.save_answer(db, me, "aim", "Elke maandag een planning die klopt")  # unchanged
    view = development.my_question(db, me)
    assert view is not None and view.answers["aim"] == "Elke maandag een planning die klopt"
    assert view.versions["aim"] == 2 and view.answered == 1
    history = development.answer_history(db, me, view.id, "aim")
    assert [h.text for h in history] == ["Elke maandag een planning die klopt",
                                         "Rustiger plannen"]


def test_my_manager_reads_my_question_only_when_i_share_it(db, owner, add_person):
    boss = add_person("Baas", roles={Role.MANAGER})
    me = add_person("Kim", manager_id=boss.person_id)
    other = add_person("Collega")
    fresh.save_question(db, me, "Mijn vraag", False)
    with pytest.raises(Forbidden):
        development.question_of(db, boss, me.person_id)
    fresh.save_question(db, me, "Mijn vraag", True)
    assert development.question_of(db, boss, me.person_id).text == "Mijn vraag"
    with pytest.raises(Forbidden):
        development.question_of(db, other, me.person_id)
    with pytest.raises(Forbidden):
        development.question_of(db, owner, me.person_id)  # the owner sees no content
    reads = [e for e in audit.list_entries(db, owner) if e.action == "development_question_read"]
    assert len(reads) == 1 and reads[0].actor == "Baas"


def test_an_unknown_guiding_question_is_refused(db, owner, add_person):
    me = add_person()
    fresh.save_question(db, me, "Vraag", False)
    with pytest.raises(Invalid):
        fresh.save_answer(db, me, "salary", "nee")
