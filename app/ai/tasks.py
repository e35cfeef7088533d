"""The four coaching tasks: gather the professional's material, retrieve lessons, fill the
template. Every read goes through the services, so their access rules apply."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from app import messages
from app.access import Actor
from app.ai.engine import Prompt
from app.ai.prompts import template
from app.content import guiding_questions
from app.db import Database
from app.lesson_search import folded_pieces
from app.services import development, lessons, sessions, situations
from models import DevelopmentQuestion
from models.errors import Forbidden, NotFound

# How many lessons go into a brainstorm, and how long each may be in the prompt.
MAX_LESSONS = 3
LESSON_CHARS = 600
# Material longer than this is cut: small models have small context windows.
MATERIAL_CHARS = 4000
# Words too common to find a lesson by (Dutch and English).
_STOPWORD_TEXT = """
aan als bij dat de deze die dit een en er het hoe in is je met na naar niet of om op over
te tot van voor wat we wie zijn zo ook nog maar dan door uit kan kun moet wordt worden
the and for with that this from what how when not are our your have has into was were
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
MAX_QUERY_WORDS = 12
_BULLET = re.compile(r"^\s*(?:[-*\u2022]|\d+[.)])\s+(.*\S)\s*$")


def _cut(text: str, limit: int = MATERIAL_CHARS) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _none(language: str) -> str:
    return messages.text("ai.material_none", language)


def question_prompt(db: Database, actor: Actor, question_id: int, language: str) -> Prompt:
    with db.read() as s:
        person_id = s.scalar(select(DevelopmentQuestion.person_id)
                             .where(DevelopmentQuestion.id == question_id))
    if person_id is None:
        raise NotFound("ai_question_not_found")
    view = development.question_of(db, actor, person_id)
    if view is None or view.id != question_id:
        raise NotFound("ai_question_not_found")
    answers = [f"- {q.title}: {view.answers[q.key].strip()}"
               for q in guiding_questions(language) if view.answers.get(q.key, "").strip()]
    system, user = template("question", language).fill(
        question=_cut(view.text), answers=_cut("\n".join(answers)) or _none(language))
    return Prompt(system=system, user=user)


def _query_words(text: str) -> list[str]:
    words: list[str] = []
    for piece in folded_pieces(text):
        if len(piece) >= 4 and piece not in _STOPWORDS and piece not in words:
            words.append(piece)
    return words[:MAX_QUERY_WORDS]


def related_lessons(db: Database, actor: Actor, text: str, limit: int = MAX_LESSONS
                    ) -> list[lessons.LessonHit]:
    """Lessons learned that share the most words with ``text``, through the full-text search.
    The search wants every word of a query, so each word is searched on its own and the
    ranks are added up: a lesson that matches many words comes first."""
    scores: dict[int, float] = {}
    hits: dict[int, lessons.LessonHit] = {}
    for word in _query_words(text):
        for hit in lessons.search_lessons(db, actor, word, limit=20):
            scores[hit.row.id] = scores.get(hit.row.id, 0.0) + max(hit.rank, 0.001)
            hits.setdefault(hit.row.id, hit)
    best = sorted(scores, key=lambda i: (-scores[i], -i))[:limit]
    return [hits[i] for i in best]


def _lesson_text(number: int, hit: lessons.LessonHit) -> str:
    row = hit.row
    parts = [row.context, row.what_worked, row.what_did_not, row.next_time]
    body = _cut(" ".join(p.strip() for p in parts if p.strip()), LESSON_CHARS)
    return f"[L{number}] {row.title}: {body}"


def brainstorm_prompt(db: Database, actor: Actor, situation_id: int, language: str,
                      lesson_limit: int = MAX_LESSONS) -> Prompt:
    detail = situations.get_situation(db, actor, situation_id)
    found = related_lessons(db, actor, f"{detail.row.title} {detail.description}",
                            lesson_limit)
    notes = "\n".join(f"- {n.text}" for n in detail.notes)
    kind = messages.text(f"ai.situation_kind.{detail.row.kind.value}", language)
    system, user = template("brainstorm", language).fill(
        kind=kind, title=detail.row.title, description=_cut(detail.description),
        notes=_cut(notes) or _none(language),
        lessons="\n".join(_lesson_text(n, hit) for n, hit in enumerate(found, 1))
        or _none(language))
    used = tuple((hit.row.id, hit.row.title) for hit in found)
    return Prompt(system=system, user=user, lessons=used)


def actions_prompt(db: Database, actor: Actor, session_id: int, language: str) -> Prompt:
    view = sessions.get_session(db, actor, session_id, language)
    if not (view.notes.strip() or view.summary.strip()):
        raise NotFound("ai_session_no_notes")
    system, user = template("actions", language).fill(
        group=view.group_name, day=str(view.day_number),
        notes=_cut(view.notes) or _none(language), summary=_cut(view.summary) or _none(language))
    return Prompt(system=system, user=user)


def parse_actions(text: str, limit: int = 10) -> list[str]:
    """The proposed actions in a model's answer: its bulleted or numbered lines."""
    found: list[str] = []
    for line in text.splitlines():
        match = _BULLET.match(line)
        title = (match.group(1) if match else "").strip(" *")[:200]
        if title and title not in found:
            found.append(title)
    return found[:limit]


def preparation_material(db: Database, actor: Actor, person_id: int, language: str) -> str:
    """The professional's own half year in words: only for themself (the policy lets no one
    else carry their records into a preparation, the machine's administrator neither)."""
    from app.services import conversations

    if actor.person_id != person_id:
        raise Forbidden("ai_prepare_own_only")
    me = actor
    rows = [r for r in conversations.list_conversations(db, me)
            if r.professional_id == person_id and r.locked_at is None]
    if rows:
        current = max(rows, key=lambda r: (r.year, r.half))
        texts = conversations.prefill(db, me, current.id, language)
        labels = {f.key: f.label for f in conversations.preparation_fields(language)[
            conversations.Side.PROFESSIONAL]}
        return "\n\n".join(f"{labels.get(k, k)}:\n{v}" for k, v in texts.items() if v.strip())
    view = development.question_of(db, me, person_id)
    if view is None:
        raise NotFound("ai_prepare_no_material")
    return messages.text("ai.material_question", language, question=view.text)


def prepare_prompt(db: Database, actor: Actor, person_id: int, language: str) -> Prompt:
    material = preparation_material(db, actor, person_id, language)
    system, user = template("prepare", language).fill(material=_cut(material))
    return Prompt(system=system, user=user)


def lesson_prompt(db: Database, actor: Actor, lesson_id: int, language: str,
                  lesson_limit: int = MAX_LESSONS) -> Prompt:
    """A brainstorm that starts from a lesson learned instead of a work situation. Lessons
    are the organisation's, not a person's record: the one material the machine's
    administrator may give the coach (``regiestoel-admin ai run --lesson``)."""
    lesson = lessons.get_lesson(db, actor, lesson_id)
    body = " ".join(p.strip() for p in (lesson.context, lesson.what_worked,
                                        lesson.what_did_not, lesson.next_time) if p.strip())
    found = [hit for hit in related_lessons(db, actor, f"{lesson.title} {body}",
                                            lesson_limit + 1) if hit.row.id != lesson_id]
    found = found[:lesson_limit]
    system, user = template("brainstorm", language).fill(
        kind=messages.text("ai.lesson_kind", language), title=lesson.title,
        description=_cut(body) or _none(language), notes=_none(language),
        lessons="\n".join(_lesson_text(n, hit) for n, hit in enumerate(found, 1))
        or _none(language))
    return Prompt(system=system, user=user, lessons=tuple((h.row.id, h.row.title)
                                                           for h in found))


Builder = Callable[[Database, Actor, int, str], Prompt]

BUILDERS: dict[str, Builder] = {
    "question": question_prompt,
    "brainstorm": brainstorm_prompt,
    "actions": actions_prompt,
    "prepare": prepare_prompt,
}


@dataclass(frozen=True)
class TaskRequest:
    task: str
    target_id: int
    language: str

    def build(self, db: Database, actor: Actor) -> Prompt:
        return BUILDERS[self.task](db, actor, self.target_id, self.language)
