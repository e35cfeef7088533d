"""Nothing saved is overwritten silently: every edit carries the version its screen loaded.

Two screens loaded before either saves: the first save wins, the second is refused with
``edited_elsewhere`` and nothing it would have overwritten changes — for every service that
edits a record, on SQLite and on PostgreSQL, also when both press Save at the same moment.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from types import ModuleType
from typing import Any

import pytest

from app.db import Database
from app.services import (
    actions,
    development,
    groups,
    learning_requests,
    lessons,
    organisation,
    situations,
)
from app.services import conversations as talks
from app.services.groups import GroupInput
from app.services.situations import SituationInput
from models import ActionStatus, Side, SituationStatus
from models.errors import Conflict
from tests import fresh
from tests.app.test_conversations import PRO, make_pair, prepare_both
from tests.app.test_races import at_once
from tests.group_helpers import form_group

# --- finding 5: two screens, one summary -----------------------------------------------------


def test_the_second_of_two_summaries_saved_from_screens_loaded_before_either_is_refused(
        db, owner, add_person):
    pair = make_pair(db, owner, add_person, None)
    cid = pair.conversation_id
    pieters_screen = talks.meeting_view(db, pair.pro, cid)
    miras_screen = talks.meeting_view(db, pair.man, cid)

    talks.save_summary(db, pair.pro, cid, "Piet: we spraken over plannen.",
                       expected_version=pieters_screen.version)
    with pytest.raises(Conflict) as refused:
        talks.save_summary(db, pair.man, cid, "Mira: we spraken over de cursus.",
                           expected_version=miras_screen.version)
    assert refused.value.code == "edited_elsewhere"
    assert talks.meeting_view(db, pair.man, cid).summary == "Piet: we spraken over plannen."

    # After reloading, Mira sees Piet's text and may change it.
    reloaded = talks.meeting_view(db, pair.man, cid)
    talks.save_summary(db, pair.man, cid, reloaded.summary + " En over de cursus.",
                       expected_version=reloaded.version)
    assert talks.meeting_view(db, pair.pro, cid).summary.endswith("En over de cursus.")


def test_two_laptops_saving_the_summary_at_the_same_moment_one_wins_the_other_is_told(
        db, owner, add_person):
    pair = make_pair(db, owner, add_person, None)
    cid = pair.conversation_id
    loaded = talks.meeting_view(db, pair.pro, cid).version
    laptops = [Database(db.url), Database(db.url)]
    try:
        results = at_once(
            lambda: talks.save_summary(laptops[0], pair.pro, cid, "Van Piet",
                                       expected_version=loaded),
            lambda: talks.save_summary(laptops[1], pair.man, cid, "Van Mira",
                                       expected_version=loaded))
    finally:
        for laptop in laptops:
            laptop.dispose()
    refused = [r for r in results if isinstance(r, Conflict)]
    assert len(refused) == 1 and refused[0].code == "edited_elsewhere"
    winner = "Van Piet" if refused[0] is results[1] else "Van Mira"
    assert talks.meeting_view(db, pair.pro, cid).summary == winner


# --- every edit, from a stale screen -----------------------------------------------------------


@dataclass
class World:
    db: Any
    owner: Any
    pro: Any
    man: Any
    cid: int


@dataclass(frozen=True)
class StaleEdit:
    """``load`` reads what a screen shows (and returns its version); ``meanwhile`` is someone
    else's save; ``save`` is the first screen saving with the version it loaded; ``stored``
    reads what must still be there afterwards."""

    name: str
    load: Callable[[World], Any]
    meanwhile: Callable[[World], Any]
    save: Callable[[World, Any], Any]
    stored: Callable[[World], Any]


def _view(w: World) -> talks.MeetingView:
    return talks.meeting_view(w.db, w.pro, w.cid)


def _agreement(w: World) -> talks.AgreementRow:
    return _view(w).agreements[0]


def _question(w: World) -> development.QuestionView:
    question = development.my_question(w.db, w.pro)
    assert question is not None
    return question


def _situation_id(w: World) -> int:
    return situations.list_situations(w.db, w.pro)[0].id


def _group_id(w: World) -> int:
    return groups.my_groups(w.db, w.pro)[0].id


EDITS = [
    StaleEdit("conversations.save_summary", lambda w: _view(w).version,
              lambda w: fresh.save_summary(w.db, w.man, w.cid, "Van Mira"),
              lambda w, v: talks.save_summary(w.db, w.pro, w.cid, "Van Piet",
                                              expected_version=v),
              lambda w: _view(w).summary),
    StaleEdit("conversations.add_agreement", lambda w: _view(w).version,
              lambda w: fresh.save_summary(w.db, w.man, w.cid, "Van Mira"),
              lambda w, v: talks.add_agreement(w.db, w.pro, w.cid, "Nieuw", w.pro.person_id,
                                               expected_version=v),
              lambda w: [a.title for a in _view(w).agreements]),
    StaleEdit("conversations.set_agreement_status (changed on Mijn regie)",
              lambda w: (_agreement(w).version, _view(w).version),
              lambda w: fresh.set_action_status(w.db, w.pro, _agreement(w).id,
                                                ActionStatus.DONE),
              lambda w, v: talks.set_agreement_status(
                  w.db, w.pro, w.cid, _agreement(w).id, ActionStatus.DROPPED,
                  expected_version=v[0], expected_record_version=v[1]),
              lambda w: _agreement(w).status),
    StaleEdit("conversations.remove_agreement", lambda w: (_agreement(w).version,
                                                            _view(w).version),
              lambda w: fresh.save_summary(w.db, w.man, w.cid, "Van Mira"),
              lambda w, v: talks.remove_agreement(w.db, w.pro, w.cid, _agreement(w).id,
                                                  expected_version=v[0],
                                                  expected_record_version=v[1]),
              lambda w: [a.title for a in _view(w).agreements]),
    StaleEdit("conversations.save_preparation (draft, another laptop)",
              lambda w: talks.preparation_of(w.db, w.pro, w.cid, Side.PROFESSIONAL).version,
              lambda w: fresh.save_preparation(w.db, w.pro, w.cid, PRO,
                                               {"need_from_manager": "Van de andere laptop"}),
              lambda w, v: talks.save_preparation(
                  w.db, w.pro, w.cid, PRO, {"need_from_manager": "Van deze laptop"},
                  expected_version=v, expected_record_version=_view(w).version),
              lambda w: talks.preparation_of(w.db, w.pro, w.cid, PRO).fields),
    StaleEdit("conversations.save_preparation (first draft, on two laptops)",
              lambda w: None,
              lambda w: fresh.save_preparation(w.db, w.man, w.cid, Side.MANAGER,
                                               {"saw_grow": "Van de andere laptop"}),
              lambda w, v: talks.save_preparation(
                  w.db, w.man, w.cid, Side.MANAGER, {"saw_grow": "Van deze laptop"},
                  expected_version=v, expected_record_version=_view(w).version),
              lambda w: talks.preparation_of(w.db, w.man, w.cid, Side.MANAGER).fields),
    StaleEdit("conversations.schedule", lambda w: _view(w).version,
              lambda w: fresh.schedule(w.db, w.man, w.cid, datetime(2026, 10, 5, 10), "Kantine"),
              lambda w, v: talks.schedule(w.db, w.pro, w.cid, datetime(2026, 10, 6, 14),
                                          "Kantoor", expected_version=v),
              lambda w: talks.conversation_status(w.db, w.pro, w.cid).meeting_at),
    StaleEdit("conversations.set_readable_by_later_managers", lambda w: _view(w).version,
              lambda w: fresh.save_summary(w.db, w.man, w.cid, "Van Mira"),
              lambda w, v: talks.set_readable_by_later_managers(w.db, w.pro, w.cid, True,
                                                                expected_version=v),
              lambda w: _view(w).readable_by_later_managers),
    StaleEdit("development.save_question", lambda w: _question(w).version_id,
              lambda w: fresh.save_question(w.db, w.pro, "Van de andere laptop", True),
              lambda w, v: development.save_question(w.db, w.pro, "Van deze laptop", False,
                                                     expected_version=v),
              lambda w: (_question(w).text, _question(w).shared_with_manager)),
    StaleEdit("development.save_question (answers)", lambda w: _question(w).version_id,
              lambda w: fresh.save_answer(w.db, w.pro, "aim", "Van de andere laptop"),
              lambda w, v: development.save_question(w.db, w.pro, _question(w).text, False,
                                                     {"aim": "Van deze laptop"},
                                                     expected_version=v),
              lambda w: _question(w).answers),
    StaleEdit("development.save_answer", lambda w: _question(w).version_id,
              lambda w: fresh.save_answer(w.db, w.pro, "aim", "Van de andere laptop"),
              lambda w, v: development.save_answer(w.db, w.pro, "aim", "Van deze laptop",
                                                   expected_version=v),
              lambda w: _question(w).answers),
    StaleEdit("development.save_question (the first, on two laptops)", lambda w: None,
              lambda w: fresh.save_question(w.db, w.man, "Van de andere laptop", False),
              lambda w, v: development.save_question(w.db, w.man, "Van deze laptop", False,
                                                     expected_version=v),
              lambda w: development.my_question(w.db, w.man).text),  # type: ignore[union-attr]
    StaleEdit("development.close_question", lambda w: _question(w).version_id,
              lambda w: fresh.save_question(w.db, w.pro, "Scherper", False),
              lambda w, v: development.close_question(w.db, w.pro, expected_version=v),
              lambda w: _question(w).text),
    StaleEdit("situations.update_situation",
              lambda w: situations.get_situation(w.db, w.pro, _situation_id(w)).version_id,
              lambda w: situations.add_note(w.db, w.man, _situation_id(w),
                                            situations.NoteKind.QUESTION, "Wanneer?"),
              lambda w, v: situations.update_situation(
                  w.db, w.pro, _situation_id(w), SituationInput("Anders"), expected_version=v),
              lambda w: situations.get_situation(w.db, w.pro, _situation_id(w)).row.title),
    StaleEdit("situations.start_experiment",
              lambda w: situations.get_situation(w.db, w.pro, _situation_id(w)).version_id,
              lambda w: fresh.start_experiment(w.db, w.man, _situation_id(w), "Van Mira",
                                               "Sneller"),
              lambda w, v: situations.start_experiment(
                  w.db, w.pro, _situation_id(w), "Van Piet", "Rustiger", expected_version=v),
              lambda w: situations.get_situation(w.db, w.pro, _situation_id(w)).experiment),
    StaleEdit("situations.finish_situation",
              lambda w: situations.get_situation(w.db, w.pro, _situation_id(w)).version_id,
              lambda w: fresh.start_experiment(w.db, w.man, _situation_id(w), "Van Mira",
                                               "Sneller"),
              lambda w, v: situations.finish_situation(
                  w.db, w.pro, _situation_id(w), SituationStatus.IMPROVED, "Gelukt",
                  expected_version=v),
              lambda w: situations.get_situation(w.db, w.pro, _situation_id(w)).row.status),
    StaleEdit("groups.update_group", lambda w: groups.get_group(w.db, w.pro,
                                                                 _group_id(w)).version_id,
              lambda w: fresh.update_group(w.db, w.man, _group_id(w), GroupInput(
                  "Ovenploeg", "Van Mira", [w.pro.person_id, w.man.person_id])),
              lambda w, v: groups.update_group(w.db, w.pro, _group_id(w), GroupInput(
                  "Ovenploeg", "Van Piet", [w.pro.person_id, w.man.person_id]),
                  expected_version=v),
              lambda w: groups.get_group(w.db, w.pro, _group_id(w)).purpose),
    StaleEdit("groups.update_group (members only)",
              lambda w: groups.get_group(w.db, w.pro, _group_id(w)).version_id,
              lambda w: fresh.update_group(w.db, w.man, _group_id(w), GroupInput(
                  "Ovenploeg", "Samen", [w.man.person_id, w.pro.person_id, w.owner.person_id])),
              lambda w, v: groups.update_group(w.db, w.pro, _group_id(w), GroupInput(
                  "Ovenploeg", "Samen", [w.pro.person_id, w.man.person_id]),
                  expected_version=v),
              lambda w: len(groups.get_group(w.db, w.pro, _group_id(w)).members)),
    StaleEdit("organisation.update_settings",
              lambda w: organisation.get_settings(w.db, w.owner),
              lambda w: fresh.update_settings(w.db, w.owner, replace(
                  organisation.get_settings(w.db, w.owner), hours_norm=60)),
              lambda w, seen: organisation.update_settings(
                  w.db, w.owner, replace(seen, name="Andere naam"),
                  expected_version=seen.version_id),
              lambda w: (organisation.get_settings(w.db, w.owner).name,
                         organisation.get_settings(w.db, w.owner).hours_norm)),
    StaleEdit("actions.set_status",
              lambda w: actions.my_open_actions(w.db, w.pro)[0].version,
              lambda w: fresh.set_agreement_status(w.db, w.man, w.cid, _agreement(w).id,
                                                   ActionStatus.DONE),
              lambda w, v: actions.set_status(w.db, w.pro, _agreement(w).id,
                                              ActionStatus.DROPPED, expected_version=v),
              lambda w: _agreement(w).status),
]


@pytest.fixture
def world(db, owner, add_person) -> World:
    pair = make_pair(db, owner, add_person, None)
    w = World(db, owner, pair.pro, pair.man, pair.conversation_id)
    fresh.save_preparation(db, w.pro, w.cid, PRO, {"need_from_manager": "Tijd"})
    fresh.add_agreement(db, w.man, w.cid, "Cursus plannen", w.pro.person_id, date(2027, 1, 1))
    fresh.save_question(db, w.pro, "Hoe plan ik rustiger?", False, {"aim": "Rust"})
    sid = situations.register_situation(db, w.pro, SituationInput("Bestellingen te laat")).value
    form_group(db, w.pro, [w.pro, w.man], "Ovenploeg", "Leren")  # both accepted
    groups.attach_situation(db, w.pro, _group_id(w), sid)
    situations.add_note(db, w.pro, sid, situations.NoteKind.QUESTION, "Waarom maandag?")
    fresh.finish_analysis(db, w.pro, sid)
    return w


@pytest.mark.parametrize("edit", EDITS, ids=lambda e: e.name)
def test_a_save_from_a_screen_loaded_before_someone_elses_save_is_refused(world, edit):
    loaded = edit.load(world)
    edit.meanwhile(world)
    after_theirs = edit.stored(world)
    with pytest.raises(Conflict) as refused:
        edit.save(world, loaded)
    assert refused.value.code == "edited_elsewhere"
    assert edit.stored(world) == after_theirs  # theirs stays, nothing half-saved


def test_signing_from_a_screen_loaded_before_an_edit_is_refused(db, owner, add_person):
    from tests.conftest import PASSWORD

    pair = make_pair(db, owner, add_person, PASSWORD)
    cid = prepare_both(db, pair)
    seen = talks.meeting_view(db, pair.pro, cid).version
    fresh.save_summary(db, pair.man, cid, "Toch nog iets toegevoegd")
    with pytest.raises(Conflict) as refused:
        talks.sign(db, pair.pro, cid, PRO, PASSWORD, expected_version=seen)
    assert refused.value.code == "edited_elsewhere"
    assert talks.conversation_status(db, owner, cid).signatures == 0


# --- by construction ---------------------------------------------------------------------------

# The services whose records a screen edits. A public function there that opens a write
# transaction takes the version its screen loaded, as a required parameter — or is listed
# here with the reason it cannot overwrite anyone's work.
EDITING_SERVICES: tuple[ModuleType, ...] = (
    talks, development, situations, groups, organisation, actions, lessons, learning_requests)

NO_VERSION_NEEDED = {
    "conversations.plan_half_year": "creates the missing conversations; changes none",
    "conversations.due_overview": "plans the half year first; changes nothing that exists",
    "situations.register_situation": "creates a new situation",
    "situations.add_note": "adds a note; notes are never edited, so none is overwritten",
    "groups.start_group": "creates a new group",
    "groups.attach_situation": "links the owner's own situation; no text is overwritten",
    "groups.leave_group": "takes the person themself out; nobody else's work changes",
    "groups.accept_invitation": "the person answers their own invitation; one withdrawn "
                                "meanwhile is refused as gone",
    "groups.decline_invitation": "as accepting: only the person's own answer changes",
    "situations.ask_to_finish": "a request to the owner, who decides with the situation in "
                                "front of them; a newer request replaces an older one",
    "situations.decline_finish_request": "the owner removes a request about their own "
                                         "situation; no text is overwritten",
    "organisation.set_up": "creates the organisation, once",
    "lessons.add_lesson": "creates a new lesson",
    "learning_requests.ask": "creates a new request",
}


def _writing_functions() -> list[tuple[str, Callable[..., Any]]]:
    found = []
    for module in EDITING_SERVICES:
        short = module.__name__.rsplit(".", 1)[-1]
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or fn.__module__ != module.__name__:
                continue
            if "db.transaction()" in inspect.getsource(fn):
                found.append((f"{short}.{name}", fn))
    return found


def test_every_service_that_edits_a_record_requires_the_version_its_screen_loaded():
    writing = _writing_functions()
    assert len(writing) > 30  # the scan finds the services, not nothing
    unversioned = []
    for name, fn in writing:
        if name in NO_VERSION_NEEDED:
            continue
        parameter = inspect.signature(fn).parameters.get("expected_version")
        if parameter is None or parameter.default is not inspect.Parameter.empty:
            unversioned.append(name)
    assert unversioned == [], (
        "These services change a record without the version the screen loaded (add a "
        "required expected_version and check it with app.versions, or say in "
        "NO_VERSION_NEEDED why nothing can be overwritten): " + ", ".join(unversioned))
    assert set(NO_VERSION_NEEDED) <= {name for name, _fn in writing}  # no stale excuses
