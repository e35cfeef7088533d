"""Lessons learned: write them down, improve them, and find them again by what they say."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.access import Actor, Operation, require
from app.changes import Area, Changes
from app.db import Database
from app.lesson_search import (
    MAX_QUERY_TERMS,
    LessonIndex,
    Query,
    SearchUnavailable,
    highlight,
    index_for,
    snippet,
)
from app.personal_copy.outbox import offline_operation, online_only
from app.validation import clean_tags, clean_text
from models import Lesson, Person, Role, WorkSituation
from models.errors import Conflict, Forbidden, Invalid, NotFound

log = logging.getLogger(__name__)

TITLE_MAX = 200
TEXT_MAX = 10_000
TAGS_MAX = 400  # the width of lesson.tags, tags joined with ", "
TAG_SEPARATOR = ", "
MAX_LIMIT = 500


@dataclass
class LessonInput:
    """What a form (or a finished work situation) supplies for one lesson."""

    title: str
    context: str = ""
    what_worked: str = ""
    what_did_not: str = ""
    next_time: str = ""
    tags: list[str] = field(default_factory=list)
    situation_id: int | None = None


@dataclass(frozen=True)
class LessonRow:
    """One lesson as the lists and the detail view show it."""

    id: int
    title: str
    context: str
    what_worked: str
    what_did_not: str
    next_time: str
    tags: tuple[str, ...]
    situation_id: int | None
    author_id: int | None
    author_name: str
    created_at: datetime
    # Hand this back to ``update_lesson``: it refuses when someone else saved in between.
    version_id: int = 1


@dataclass(frozen=True)
class LessonHit:
    """A search result: the lesson, how well it matches (higher is better), and its title
    and a snippet as HTML with the matching words in ``<mark>`` and the rest escaped."""

    row: LessonRow
    rank: float
    title_html: str
    snippet_html: str


# --- writing -------------------------------------------------------------------------------


def split_tags(stored: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in stored.split(",") if t.strip())


def _validated(data: LessonInput) -> LessonInput:
    # A comma inside a tag would split it when read back, so commas separate tags here too.
    tags = clean_tags([part for tag in data.tags for part in tag.split(",")], field="tags")
    if len(TAG_SEPARATOR.join(tags)) > TAGS_MAX:
        raise Invalid("text_too_long", field="tags", maximum=TAGS_MAX)

    def body(value: str, name: str) -> str:
        return clean_text(value, name, max_length=TEXT_MAX, multiline=True)

    return LessonInput(
        title=clean_text(data.title, "title", max_length=TITLE_MAX, required=True),
        context=body(data.context, "context"),
        what_worked=body(data.what_worked, "what_worked"),
        what_did_not=body(data.what_did_not, "what_did_not"),
        next_time=body(data.next_time, "next_time"),
        tags=tags,
        situation_id=data.situation_id,
    )


def _check_situations(s: Session, ids: set[int]) -> None:
    if not ids:
        return
    known = set(s.scalars(select(WorkSituation.id).where(WorkSituation.id.in_(ids))))
    missing = sorted(ids - known)
    if missing:
        raise Invalid("lesson_situation_unknown", field="situation", id=missing[0])


def _apply(lesson: Lesson, clean: LessonInput) -> None:
    lesson.title = clean.title
    lesson.context = clean.context
    lesson.what_worked = clean.what_worked
    lesson.what_did_not = clean.what_did_not
    lesson.next_time = clean.next_time
    lesson.tags = TAG_SEPARATOR.join(clean.tags)
    lesson.situation_id = clean.situation_id


def _search_index(s: Session) -> LessonIndex | None:
    try:
        return index_for(s)
    except SearchUnavailable:
        return None


def add_lessons_in(
    session: Session, actor: Actor, items: Sequence[LessonInput]
) -> list[Lesson]:
    """Add several lessons in the caller's transaction, indexed in one go (imports, demo
    data, benchmarks). The actor is the author."""
    require(actor, Operation.WRITE_LESSON)
    cleaned = [_validated(item) for item in items]
    _check_situations(session, {c.situation_id for c in cleaned if c.situation_id is not None})
    lessons: list[Lesson] = []
    for clean in cleaned:
        lesson = Lesson(author_id=actor.person_id)
        _apply(lesson, clean)
        lessons.append(lesson)
    session.add_all(lessons)
    session.flush()
    index = _search_index(session)
    if index is not None:
        index.index_many(session, lessons)
    return lessons


def add_lesson_in(session: Session, actor: Actor, data: LessonInput) -> Lesson:
    """Add one lesson in the caller's transaction (a work situation that is finished
    writes its lesson together with its new status)."""
    return add_lessons_in(session, actor, [data])[0]


@offline_operation("lessons.add_lesson")
def add_lesson(db: Database, actor: Actor, data: LessonInput) -> Changes:
    with db.transaction() as s:
        new_id = add_lesson_in(s, actor, data).id
    return Changes.of(Area.LESSONS, ids=(new_id,), value=new_id)


def _editable(s: Session, actor: Actor, lesson_id: int, expected_version: int) -> Lesson:
    require(actor, Operation.WRITE_LESSON)
    lesson = s.get(Lesson, lesson_id)
    if lesson is None:
        raise NotFound("lesson_not_found", id=lesson_id)
    is_author = actor.person_id is not None and actor.person_id == lesson.author_id
    if not (is_author or actor.has(Role.OWNER) or actor.is_machine_admin):
        raise Forbidden("not_allowed", operation=Operation.WRITE_LESSON.value)
    if lesson.version_id != expected_version:
        raise Conflict("edited_elsewhere")
    return lesson


@offline_operation("lessons.update_lesson")
def update_lesson(
    db: Database, actor: Actor, lesson_id: int, data: LessonInput, expected_version: int
) -> Changes:
    """Only the author or an owner may change a lesson; the search index follows at once."""
    require(actor, Operation.WRITE_LESSON)
    clean = _validated(data)
    with db.transaction() as s:
        lesson = _editable(s, actor, lesson_id, expected_version)
        if clean.situation_id != lesson.situation_id and clean.situation_id is not None:
            _check_situations(s, {clean.situation_id})
        _apply(lesson, clean)
        s.flush()
        index = _search_index(s)
        if index is not None:
            index.index(s, lesson)
    return Changes.of(Area.LESSONS, ids=(lesson_id,))


@online_only()
def delete_lesson(db: Database, actor: Actor, lesson_id: int, expected_version: int) -> Changes:
    """Only the author or an owner may remove a lesson; it leaves the search index too."""
    with db.transaction() as s:
        lesson = _editable(s, actor, lesson_id, expected_version)
        s.delete(lesson)
        index = _search_index(s)
        if index is not None:
            index.remove(s, lesson_id)
    return Changes.of(Area.LESSONS, ids=(lesson_id,))


# --- reading -------------------------------------------------------------------------------


def _read(s: Session, *where: Any, order: Sequence[Any] = (), limit: int | None = None
          ) -> list[LessonRow]:
    """Lessons with their author's name, in one statement (a search keystroke over a
    network paid a round trip for the names apart)."""
    stmt = (select(Lesson, Person.name).outerjoin(Person, Person.id == Lesson.author_id)
            .where(*where).order_by(*order))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        LessonRow(
            id=lesson.id,
            title=lesson.title,
            context=lesson.context,
            what_worked=lesson.what_worked,
            what_did_not=lesson.what_did_not,
            next_time=lesson.next_time,
            tags=split_tags(lesson.tags),
            situation_id=lesson.situation_id,
            author_id=lesson.author_id,
            author_name=(name or "") if lesson.author_id else "",
            created_at=lesson.created_at,
            version_id=lesson.version_id,
        )
        for lesson, name in s.execute(stmt)
    ]


def get_lesson(db: Database, actor: Actor, lesson_id: int) -> LessonRow:
    """Everyone in the organisation may read every lesson: they are written to be shared."""
    require(actor, Operation.VIEW_LESSONS)
    with db.read() as s:
        found = _read(s, Lesson.id == lesson_id)
    if not found:
        raise NotFound("lesson_not_found", id=lesson_id)
    return found[0]


def recent_lessons(db: Database, actor: Actor, limit: int = 50) -> list[LessonRow]:
    """The newest lessons first (what the lessons area shows before anyone searches)."""
    require(actor, Operation.VIEW_LESSONS)
    limit = max(0, min(limit, MAX_LIMIT))
    with db.read() as s:
        return _read(s, order=(Lesson.created_at.desc(), Lesson.id.desc()), limit=limit)


def search_lessons(db: Database, actor: Actor, query: str, limit: int = 50) -> list[LessonHit]:
    """Lessons that contain every word of ``query`` (in any Dutch form; the last word may be
    half typed), best first. Nothing the user types is an error: no words, no hits."""
    require(actor, Operation.VIEW_LESSONS)
    limit = max(0, min(limit, MAX_LIMIT))
    parsed = Query.parse(query)
    if limit == 0 or not query.strip():
        return []
    with db.read() as s:
        index = _search_index(s)
        if index is not None:
            ranked = index.search(s, query, limit)
        else:
            log.info("no lesson search index for this database; searching with LIKE")
            ranked = _like_search(s, query, limit)
        found = {row.id: row for row in _read(s, Lesson.id.in_([i for i, _ in ranked]))}
    # An index entry without its lesson (removed outside this service) is skipped.
    return [
        LessonHit(
            row=found[i],
            rank=rank,
            title_html=highlight(found[i].title, parsed),
            snippet_html=snippet(_snippet_fields(found[i]), parsed),
        )
        for i, rank in ranked if i in found
    ]


def _snippet_fields(row: LessonRow) -> list[str]:
    return [
        row.context,
        row.what_worked,
        row.what_did_not,
        row.next_time,
        TAG_SEPARATOR.join(row.tags),
    ]


def _like_search(s: Session, query: str, limit: int) -> list[tuple[int, float]]:
    """The fallback where a database has no search index yet: every word somewhere in the
    title or the context, case-insensitive; a word in the title counts double."""
    needles = list(dict.fromkeys(query.casefold().split()))[:MAX_QUERY_TERMS]
    if not needles:
        return []

    def pattern(word: str) -> str:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"%{escaped}%"

    conditions = [
        or_(
            Lesson.title.ilike(pattern(w), escape="\\"),
            Lesson.context.ilike(pattern(w), escape="\\"),
        )
        for w in needles
    ]
    stmt = (
        select(Lesson.id, Lesson.title, Lesson.context)
        .where(and_(*conditions))
        .order_by(Lesson.created_at.desc(), Lesson.id.desc())
        .limit(limit)
    )
    scored = []
    for lesson_id, title, context in s.execute(stmt):
        t, c = title.casefold(), context.casefold()
        scored.append((lesson_id, float(sum(2 * (w in t) + (w in c) for w in needles))))
    # sorted() is stable: equal ranks keep newest first.
    return sorted(scored, key=lambda pair: -pair[1])
