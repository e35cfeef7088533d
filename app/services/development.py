"""My development question and my answers to the ten guiding questions, with their history."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import policy, versions
from app.access import Actor
from app.changes import Area, Changes
from app.content import GUIDING_KEYS
from app.db import Database
from app.personal_copy.outbox import offline_operation
from app.policy import Kind, Op
from app.services import audit
from app.validation import clean_text
from models import DevelopmentQuestion, GuidingAnswer, Person
from models.base import utcnow
from models.errors import Conflict, Forbidden, Invalid, NotFound

MAX_TEXT = 10_000


@dataclass(frozen=True)
class AnswerVersion:
    text: str
    saved_at: datetime


@dataclass(frozen=True)
class QuestionView:
    id: int
    person_id: int
    person_name: str
    text: str
    shared_with_manager: bool
    answers: dict[str, str]  # key -> current answer
    versions: dict[str, int]  # key -> number of saved versions
    updated_at: datetime
    version_id: int

    @property
    def answered(self) -> int:
        return sum(1 for k in GUIDING_KEYS if self.answers.get(k, "").strip())


def _current(s: Session, person_id: int) -> DevelopmentQuestion | None:
    stmt = (
        select(DevelopmentQuestion)
        .where(DevelopmentQuestion.person_id == person_id,
               DevelopmentQuestion.closed_at.is_(None))
        .order_by(DevelopmentQuestion.id.desc())
        .limit(1)
    )
    return s.scalars(stmt).first()


def _view(s: Session, q: DevelopmentQuestion) -> QuestionView:
    answers: dict[str, str] = {}
    versions: dict[str, int] = {}
    for a in q.answers:  # ordered by id: the last one per key is the current answer
        answers[a.key] = a.text
        versions[a.key] = versions.get(a.key, 0) + 1
    person = s.get(Person, q.person_id)
    return QuestionView(
        id=q.id, person_id=q.person_id, person_name=person.name if person else "",
        text=q.text, shared_with_manager=q.shared_with_manager, answers=answers,
        versions=versions, updated_at=q.updated_at, version_id=q.version_id,
    )


def _about(q: DevelopmentQuestion) -> policy.Subject:
    return policy.Subject(person_id=q.person_id, shared=q.shared_with_manager)


def question_of(db: Database, actor: Actor, person_id: int) -> QuestionView | None:
    """The current question of a person: for themself, or their manager if they shared it."""
    with db.read() as s:
        q = _current(s, person_id)
        if q is None:
            # Whether someone has a question at all is theirs to tell, too.
            policy.require(s, actor, Kind.DEVELOPMENT_QUESTION, Op.READ,
                           policy.Subject(person_id=person_id, shared=False))
            return None
        policy.require(s, actor, Kind.DEVELOPMENT_QUESTION, Op.READ, _about(q))
        view = _view(s, q)
    audit.record_read(db, actor, person_id, "development_question_read")
    return view


def my_question(db: Database, actor: Actor) -> QuestionView | None:
    return question_of(db, actor, _me(actor))


def _me(actor: Actor) -> int:
    if actor.person_id is None:
        raise Forbidden("not_allowed", operation="own_development_question")
    return actor.person_id


def _clean_answers(answers: Mapping[str, str]) -> dict[str, str]:
    clean: dict[str, str] = {}
    for key, text in answers.items():
        if key not in GUIDING_KEYS:
            raise Invalid("guiding_key_unknown", field=key)
        clean[key] = clean_text(text, key, max_length=MAX_TEXT, multiline=True)
    return clean


def _my_current(s: Session, me: int, expected_version: int | None
                ) -> DevelopmentQuestion | None:
    """My current question as the screen saw it (``None``: it saw none), locked; a question
    written or changed since, on another laptop, makes this save stale."""
    # Lock my own row first: two laptops writing my first question wait for each other.
    versions.locked(s, Person, me, missing=NotFound("person_not_found", id=me))
    q = _current(s, me)
    if q is None:
        if expected_version is not None:
            raise Conflict(versions.STALE)  # closed meanwhile
        return None
    return versions.for_update(s, DevelopmentQuestion, q.id, expected_version,
                               missing=NotFound("question_not_found"))


def _add_answers(q: DevelopmentQuestion, answers: Mapping[str, str]) -> bool:
    """Keep a new version of each answer given that differs from the current one."""
    current = {a.key: a.text for a in q.answers}  # ordered by id: the last one counts
    added = False
    for key, text in answers.items():
        if key not in current or current[key] != text:
            q.answers.append(GuidingAnswer(key=key, text=text))
            added = True
    if added:
        q.updated_at = utcnow()  # the question counts as worked on; its version goes up
    return added


@offline_operation("development.save_question")
def save_question(db: Database, actor: Actor, text: str, shared_with_manager: bool,
                  answers: Mapping[str, str] | None = None, *,
                  expected_version: int | None) -> Changes:
    """Write or rewrite my own question, and with it any answers that changed, in one step;
    only the professional themself can. ``expected_version``: the version of the question
    the screen loaded, ``None`` when it showed none (then a new one is written)."""
    me = _me(actor)
    clean = clean_text(text, "question", max_length=2000, required=True, multiline=True)
    clean_answers = _clean_answers(answers or {})
    with db.transaction() as s:
        policy.require(s, actor, Kind.DEVELOPMENT_QUESTION, Op.CHANGE,
                       policy.Subject(person_id=me))
        q = _my_current(s, me, expected_version)
        if q is None:
            q = DevelopmentQuestion(person_id=me, text=clean)
            s.add(q)
        q.text = clean
        q.shared_with_manager = shared_with_manager
        _add_answers(q, clean_answers)
        s.flush()
        new_id = q.id
    return Changes.of(Area.DEVELOPMENT, ids=(new_id,), value=new_id)


@offline_operation("development.save_answer")
def save_answer(db: Database, actor: Actor, key: str, text: str, *,
                expected_version: int) -> Changes:
    """Keep a new version of one answer (unchanged text adds nothing).
    ``expected_version``: the question's version the screen loaded."""
    me = _me(actor)
    clean = _clean_answers({key: text})
    with db.transaction() as s:
        policy.require(s, actor, Kind.DEVELOPMENT_QUESTION, Op.CHANGE,
                       policy.Subject(person_id=me))
        q = _my_current(s, me, expected_version)
        if q is None:
            raise NotFound("question_not_found")
        _add_answers(q, clean)
        qid = q.id
    return Changes.of(Area.DEVELOPMENT, ids=(qid,))


def answer_history(db: Database, actor: Actor, question_id: int, key: str) -> list[AnswerVersion]:
    """Every saved version of one answer, newest first."""
    with db.read() as s:
        q = s.get(DevelopmentQuestion, question_id)
        if q is None:
            raise NotFound("question_not_found")
        policy.require(s, actor, Kind.DEVELOPMENT_QUESTION, Op.READ, _about(q))
        rows = [a for a in q.answers if a.key == key]
        history = [AnswerVersion(a.text, a.created_at) for a in reversed(rows)]
        person_id = q.person_id
    # The manager reading how an answer grew is a read of the person's record (finding 11).
    audit.record_read(db, actor, person_id, "development_answers_read", question=question_id,
                      key=key)
    return history


@offline_operation("development.close_question")
def close_question(db: Database, actor: Actor, *, expected_version: int) -> Changes:
    """Finish my current question; a new one can then be written."""
    me = _me(actor)
    with db.transaction() as s:
        policy.require(s, actor, Kind.DEVELOPMENT_QUESTION, Op.CHANGE,
                       policy.Subject(person_id=me))
        q = _my_current(s, me, expected_version)
        if q is None:
            raise NotFound("question_not_found")
        q.closed_at = utcnow()
        qid = q.id
    return Changes.of(Area.DEVELOPMENT, ids=(qid,))
