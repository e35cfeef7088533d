"""The search index behind lessons learned: Dutch-aware terms, ranked, safe against any input.

How it works
------------
Search does not rely on the database's own word handling. Python turns every text into
*terms*: split on everything that is not a letter or digit, lower-cased, accents folded
(``ideeën`` -> ``ideeen``) and stemmed with the Dutch Snowball stemmer (``werkplekken`` ->
``werkplek``). The index stores those terms; a query goes through the same function, so a
plural finds its singular and ``ideeen`` finds ``ideeën`` on any database.

SQLite: ``lesson_fts``, an FTS5 table with rowid = ``lesson.id`` and three columns of
space-separated terms: ``title_terms``, ``tag_terms`` and ``body_terms`` (context, what
worked, what did not, next time). It is an ordinary FTS5 table, not a contentless one: it
keeps its own copy of the terms (small: stems only), so a lesson's entry can be replaced or
deleted by rowid alone on every SQLite version (``contentless_delete`` needs SQLite 3.43),
and ``rebuild`` can start from an empty table. Ranking is FTS5's bm25 with the title
weighted above the tags and the tags above the body.

PostgreSQL: ``lesson_fts`` is an ordinary table (lesson_id, document tsvector) with a GIN
index (migration 0007). The document is made of the same terms, with the 'simple' text
search configuration (it only splits and lower-cases: the stemming is done already), the
title weighted A, the tags B and the body D; ``ts_rank`` ranks with the same 5:2:1 weights.
So both databases find the same lessons, and highlighting is the same Python code.

Other databases have no index: ``index_for`` refuses them and the service falls back to LIKE.
"""

from __future__ import annotations

import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from itertools import islice
from typing import Any, Protocol

import snowballstemmer
from sqlalchemy import TextClause, select, text
from sqlalchemy.engine import Connection, Dialect, Engine
from sqlalchemy.orm import Session

from app.validation import fold
from models import Lesson

FTS_TABLE = "lesson_fts"

# The same statement is frozen in migration 0003; change both together (with a migration).
CREATE_FTS_TABLE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "title_terms, tag_terms, body_terms, "
    # Terms arrive folded already; the tokenizer only has to split on the spaces.
    "tokenize = 'unicode61 remove_diacritics 0', "
    # Prefix indexes keep typing-as-you-go (`wer` -> `werkplek`) fast on short prefixes.
    "prefix = '2 3')"
)

# Beside the terms: every lesson's terms in one text, searched for parts of words, so
# `tekening` finds `installatietekeningen` (stems `tekeen` inside `installatietekeen`). The
# same statement is frozen in migration 0012; change both together (with a migration).
PARTS_TABLE = "lesson_fts_parts"
CREATE_PARTS_TABLE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {PARTS_TABLE} USING fts5(terms, "
    "tokenize = 'trigram')"
)
# A part is searched for from this many letters on: shorter ones are inside too many words.
MIN_PART_LENGTH = 4

# bm25 weights per column, in column order: title, tags, body.
TITLE_WEIGHT, TAG_WEIGHT, BODY_WEIGHT = 5.0, 2.0, 1.0

# A query is a handful of words; more than this are ignored (the search box is not a book).
MAX_QUERY_TERMS = 32

# A letter or digit run. Combining marks are kept inside the word so that decomposed text
# (NFD, as some systems paste it) is one word, not two.
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")


# --- the normaliser (pure Python, shared by indexing, querying and highlighting) -----------


# Snowball 3.0's Dutch stemmer (snowballstemmer>=3.0): on lesson vocabulary it joins far
# more singular/plural pairs (plannen/planning, bus/bussen, klus/klussen) than the older
# algorithm that 2.x called "dutch" (now "dutch_porter"). The index stores its stems, so
# a different stemmer means rebuilding the index (a migration).
STEMMER_ALGORITHM = "dutch"

_local = threading.local()

# Words too common to search for (folded): every lesson has them, so asking for one would
# find every lesson (`ëën` folds to `een`). Dropped from a query; a query of nothing else
# finds nothing. The index keeps them, so nothing needs rebuilding when this list changes.
STOP_WORDS = frozenset({
    "aan", "al", "als", "bij", "dan", "dat", "de", "deze", "die", "dit", "door", "en",
    "een", "er", "geen", "het", "hij", "hoe", "ik", "in", "is", "je", "jij", "kan", "maar",
    "met", "mijn", "na", "naar", "niet", "nog", "of", "om", "ons", "onze", "ook", "op",
    "over", "te", "tot", "u", "uit", "uw", "van", "voor", "was", "wat", "we", "wel", "wie",
    "wij", "ze", "zij", "zo", "zijn",
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "i", "it",
    "on", "or", "the", "to", "with", "you",
})


def _stemmer() -> Any:
    # Snowball stemmer objects keep state while they work: one per thread.
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer(STEMMER_ALGORITHM)
    return stemmer


@lru_cache(maxsize=100_000)
def stem(folded_word: str) -> str:
    """The Dutch stem of one folded word (``monteurs`` -> ``monteur``)."""
    return str(_stemmer().stemWord(folded_word))


@lru_cache(maxsize=100_000)
def folded_pieces(word: str) -> tuple[str, ...]:
    """The folded parts of one word as written (folding can split one, e.g. ``½``)."""
    return tuple(_WORD.findall(fold(word)))


def words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return [piece for word in _WORD.findall(text) for piece in folded_pieces(word)]


def terms(text: str) -> list[str]:
    """The index terms of a text: folded, stemmed words, in order."""
    return [stem(w) for w in words(text)]


def terms_text(text: str) -> str:
    """``terms`` as one space-separated string, as the index stores it."""
    return " ".join(terms(text))


@dataclass(frozen=True)
class IndexedLesson:
    """What the index needs of a lesson (an ORM ``Lesson`` has these attributes too)."""

    id: int
    title: str
    context: str
    what_worked: str
    what_did_not: str
    next_time: str
    tags: str


class LessonLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def context(self) -> str: ...
    @property
    def what_worked(self) -> str: ...
    @property
    def what_did_not(self) -> str: ...
    @property
    def next_time(self) -> str: ...
    @property
    def tags(self) -> str: ...


def body_of(lesson: LessonLike) -> str:
    return "\n".join([lesson.context, lesson.what_worked, lesson.what_did_not, lesson.next_time])


def index_row(lesson: LessonLike) -> dict[str, Any]:
    """One row of the index for a lesson: its id, its three term columns and all its terms
    together (for parts of words)."""
    title, tags, body = (terms_text(lesson.title), terms_text(lesson.tags),
                         terms_text(body_of(lesson)))
    return {"id": lesson.id, "title": title, "tags": tags, "body": body,
            "terms": " ".join(t for t in (title, body, tags) if t)}


@dataclass(frozen=True)
class Query:
    """A user's search text, understood as words: every word must match, the last also as
    the start of a word (so a half-typed word already finds something)."""

    stems: tuple[str, ...]
    prefix: str
    # The words as typed (folded), beside their stems: the stemmer may change a word that
    # stays whole inside a compound (`installatie` -> `installeer`, in `installatietekeen`).
    folded: tuple[str, ...] = ()

    @classmethod
    def parse(cls, raw: str) -> Query:
        found = [w for w in words(raw or "") if w not in STOP_WORDS]
        # The last word stays last (it is the one being typed); duplicates add nothing.
        found = list(dict.fromkeys(reversed(found)))[::-1][-MAX_QUERY_TERMS:]
        if not found:
            return cls((), "")
        return cls(tuple(stem(w) for w in found), found[-1], tuple(found))

    @property
    def empty(self) -> bool:
        return not self.stems

    def matches(self, folded_word: str) -> bool:
        """Whether a folded word of a text is one the query asked for (for highlighting)."""
        word_stem = stem(folded_word)
        if word_stem in self.stems:
            return True
        last_stem = self.stems[-1] if self.stems else ""
        if bool(self.prefix) and (
            folded_word.startswith(self.prefix) or word_stem.startswith(self.prefix)
            or word_stem.startswith(last_stem)
        ):
            return True
        # A part of a compound, as search finds it.
        return any(len(part) >= MIN_PART_LENGTH and part in word_stem
                   for part in (*self.stems, *self.folded)) or any(
            len(part) >= MIN_PART_LENGTH and part in folded_word for part in self.folded)

    def fts5(self) -> str:
        """The FTS5 MATCH expression. Every term is a quoted string, so nothing the user
        types (quotes, ``*``, ``-``, ``AND``, ``NEAR``, brackets) is read as syntax."""
        if self.empty:
            raise ValueError("an empty query has no FTS5 expression")
        return " AND ".join(self.fts5_word(i) for i in range(len(self.stems)))

    def fts5_word(self, index: int) -> str:
        """The FTS5 expression for one word of the query."""
        stem_ = self.stems[index]
        if index < len(self.stems) - 1:
            return _quoted(stem_)
        # The last word also as the start of a word, by its stem too: `klanten` then finds
        # `klantvraag` as `klant` does, so the singular and the plural find the same.
        if self.prefix.startswith(stem_):
            return f"{_quoted(stem_)}*"
        return f"({_quoted(stem_)}* OR {_quoted(self.prefix)}*)"


    def tsquery(self) -> str:
        """The same question as ``fts5`` for PostgreSQL's ``to_tsquery``; every term is
        a quoted lexeme, so nothing the user types (``&``, ``|``, ``!``, ``:*``) is syntax."""
        if self.empty:
            raise ValueError("an empty query has no tsquery")
        return " & ".join(self.tsquery_word(i) for i in range(len(self.stems)))

    def tsquery_word(self, index: int) -> str:
        """The tsquery for one word of the query (as ``fts5_word``)."""
        stem_ = self.stems[index]
        if index < len(self.stems) - 1:
            return _ts_quoted(stem_)
        if self.prefix.startswith(stem_):
            return f"{_ts_quoted(stem_)}:*"
        return f"({_ts_quoted(stem_)}:* | {_ts_quoted(self.prefix)}:*)"


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _ts_quoted(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


# --- the index ---------------------------------------------------------------------------


class SearchUnavailable(NotImplementedError):
    """This database has no lesson index (yet): callers fall back to a simple search."""

    def __init__(self, dialect: str) -> None:
        super().__init__(
            f"no lesson search index for the {dialect!r} database "
            "(SQLite has FTS5, PostgreSQL a tsvector index)"
        )
        self.dialect = dialect


class LessonIndex(ABC):
    """Keeps the search index of lessons in step with the lesson table, in the caller's
    transaction, and answers searches with (lesson id, rank), best first."""

    _DELETE: TextClause  # removes one lesson's entry, given :id

    def index(self, session: Session, lesson: LessonLike) -> None:
        """Add or replace the entry of one lesson."""
        self.index_many(session, [lesson])

    @abstractmethod
    def index_many(self, session: Session, lessons: Iterable[LessonLike]) -> None:
        """Add or replace the entries of these lessons."""

    def remove(self, session: Session, lesson_id: int) -> None:
        """Forget one lesson (nothing happens when it was not indexed)."""
        session.execute(self._DELETE, {"id": lesson_id})

    def search(self, session: Session, query: str, limit: int) -> list[tuple[int, float]]:
        """(lesson id, rank) of the lessons that match every word; higher rank is better.

        A word matches a lesson in any form of it, or as a part of a longer word (from
        ``MIN_PART_LENGTH`` letters): `tekening` finds `installatietekeningen`. Lessons
        that have every word whole come first, by rank; those that need a part come after,
        newest first."""
        parsed = Query.parse(query)
        if parsed.empty or limit <= 0:
            return []
        ranked = self._ranked(session, parsed, limit)
        if len(ranked) >= limit or all(len(w) < MIN_PART_LENGTH for w in parsed.folded):
            return ranked
        matched = self._matched(session, parsed)
        seen = {lesson_id for lesson_id, _ in ranked}
        more = sorted(matched - seen, reverse=True)[: limit - len(ranked)]
        return ranked + [(lesson_id, 0.0) for lesson_id in more]

    @staticmethod
    def _parts(parsed: Query, index: int) -> list[str]:
        """The parts of word ``index`` looked for inside longer words."""
        stem_ = parsed.stems[index]
        return [p for p in dict.fromkeys((stem_, parsed.folded[index]))
                if len(p) >= MIN_PART_LENGTH]

    def _matched(self, session: Session, parsed: Query) -> set[int]:
        """The lessons with every word, whole or as a part of a longer word."""
        matched: set[int] | None = None
        for index in range(len(parsed.stems)):
            found = self._word_ids(session, parsed, index)
            for part in self._parts(parsed, index):
                found |= self._part_ids(session, part)
            matched = found if matched is None else matched & found
            if not matched:
                break
        return matched or set()

    @abstractmethod
    def _ranked(self, session: Session, parsed: Query, limit: int) -> list[tuple[int, float]]:
        """The lessons with every word whole, best first."""

    @abstractmethod
    def _word_ids(self, session: Session, parsed: Query, index: int) -> set[int]:
        """The lessons with one word of the query whole."""

    @abstractmethod
    def _part_ids(self, session: Session, stem_: str) -> set[int]:
        """The lessons with ``stem_`` inside one of their terms."""

    def rebuild(self, session: Session) -> int:
        """Index every lesson afresh, a thousand at a time; returns how many were indexed."""
        self._clear(session)
        lessons = [IndexedLesson(*row) for row in session.execute(select(*_INDEXED_COLUMNS))]
        for start in range(0, len(lessons), 1000):
            self.index_many(session, lessons[start : start + 1000])
        return len(lessons)

    def refresh(self, session: Session, lesson_ids: Iterable[int]) -> int:
        """Index these lessons afresh: those still there again, those gone no more (a
        personal copy's sync, which changes a few of ten thousand); returns how many were
        indexed."""
        ids = sorted(set(lesson_ids))
        lessons: list[IndexedLesson] = []
        for start in range(0, len(ids), 500):
            lessons += [IndexedLesson(*row) for row in session.execute(
                select(*_INDEXED_COLUMNS).where(Lesson.id.in_(ids[start : start + 500])))]
        for gone in sorted(set(ids) - {lesson.id for lesson in lessons}):
            self.remove(session, gone)
        for start in range(0, len(lessons), 1000):
            self.index_many(session, lessons[start : start + 1000])
        return len(lessons)

    def _clear(self, session: Session) -> None:
        session.execute(text(f"DELETE FROM {FTS_TABLE}"))


class Fts5LessonIndex(LessonIndex):
    """SQLite FTS5 over pre-normalised terms; see the module docstring for the table."""

    _DELETE = text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id")
    _DELETE_PARTS = text(f"DELETE FROM {PARTS_TABLE} WHERE rowid = :id")
    _INSERT = text(
        f"INSERT INTO {FTS_TABLE} (rowid, title_terms, tag_terms, body_terms) "
        "VALUES (:id, :title, :tags, :body)"
    )
    _INSERT_PARTS = text(f"INSERT INTO {PARTS_TABLE} (rowid, terms) VALUES (:id, :terms)")
    _WORD_IDS = text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match")
    # A quoted string of three or more letters finds every row that has it anywhere.
    _PART_IDS = text(f"SELECT rowid FROM {PARTS_TABLE} WHERE {PARTS_TABLE} MATCH :match")
    _SEARCH = text(
        f"SELECT rowid, bm25({FTS_TABLE}, {TITLE_WEIGHT}, {TAG_WEIGHT}, {BODY_WEIGHT}) AS score "
        f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match "
        "ORDER BY score, rowid DESC LIMIT :limit"
    )

    def index_many(self, session: Session, lessons: Iterable[LessonLike]) -> None:
        rows = [index_row(lesson) for lesson in lessons]
        if not rows:
            return
        ids = [{"id": r["id"]} for r in rows]
        session.execute(self._DELETE, ids)
        session.execute(self._DELETE_PARTS, ids)
        session.execute(self._INSERT, rows)
        session.execute(self._INSERT_PARTS, rows)

    def remove(self, session: Session, lesson_id: int) -> None:
        super().remove(session, lesson_id)
        session.execute(self._DELETE_PARTS, {"id": lesson_id})

    def _clear(self, session: Session) -> None:
        super()._clear(session)
        session.execute(text(f"DELETE FROM {PARTS_TABLE}"))

    def _ranked(self, session: Session, parsed: Query, limit: int) -> list[tuple[int, float]]:
        result = session.execute(self._SEARCH, {"match": parsed.fts5(), "limit": limit})
        # bm25 is negative and lower is better; the rest of the program wants higher = better.
        return [(int(rowid), -float(score)) for rowid, score in result]

    def _word_ids(self, session: Session, parsed: Query, index: int) -> set[int]:
        return set(session.scalars(self._WORD_IDS, {"match": parsed.fts5_word(index)}))

    def _part_ids(self, session: Session, stem_: str) -> set[int]:
        return set(session.scalars(self._PART_IDS, {"match": _quoted(stem_)}))


# The same statement is frozen in migration 0007; change both together (with a migration).
TS_DOCUMENT = (
    "setweight(to_tsvector('simple', :title), 'A') || "
    "setweight(to_tsvector('simple', :tags), 'B') || "
    "setweight(to_tsvector('simple', :body), 'D')"
)
# ts_rank weights in the order {D, C, B, A}: body, (unused), tags, title, as 1:2:5.
TS_WEIGHTS = f"'{{{BODY_WEIGHT / TITLE_WEIGHT}, 0, {TAG_WEIGHT / TITLE_WEIGHT}, 1.0}}'"


class TsvectorLessonIndex(LessonIndex):
    """PostgreSQL full-text search over the same pre-normalised terms as FTS5."""

    _DELETE = text(f"DELETE FROM {FTS_TABLE} WHERE lesson_id = :id")
    _UPSERT = text(
        f"INSERT INTO {FTS_TABLE} (lesson_id, document, parts) "
        f"VALUES (:id, {TS_DOCUMENT}, :terms) "
        "ON CONFLICT (lesson_id) DO UPDATE SET document = EXCLUDED.document, "
        "parts = EXCLUDED.parts"
    )
    _WORD_IDS = text(
        f"SELECT lesson_id FROM {FTS_TABLE} WHERE document @@ to_tsquery('simple', :match)")
    # pg_trgm's index (migration 0012) serves this LIKE; without it the table is read.
    _PART_IDS = text(
        f"SELECT lesson_id FROM {FTS_TABLE} WHERE parts LIKE :pattern ESCAPE '\\'")
    _SEARCH = text(
        f"SELECT lesson_id, ts_rank({TS_WEIGHTS}::float4[], document, q) AS score "
        f"FROM {FTS_TABLE}, to_tsquery('simple', :match) AS q WHERE document @@ q "
        "ORDER BY score DESC, lesson_id DESC LIMIT :limit"
    )

    def index_many(self, session: Session, lessons: Iterable[LessonLike]) -> None:
        rows = [index_row(lesson) for lesson in lessons]
        if rows:
            session.execute(self._UPSERT, rows)

    def _ranked(self, session: Session, parsed: Query, limit: int) -> list[tuple[int, float]]:
        result = session.execute(self._SEARCH, {"match": parsed.tsquery(), "limit": limit})
        return [(int(lesson_id), float(score)) for lesson_id, score in result]

    def _word_ids(self, session: Session, parsed: Query, index: int) -> set[int]:
        return set(session.scalars(self._WORD_IDS, {"match": parsed.tsquery_word(index)}))

    def _part_ids(self, session: Session, stem_: str) -> set[int]:
        return set(session.scalars(self._PART_IDS, {"pattern": f"%{_like_escaped(stem_)}%"}))

    def _matched(self, session: Session, parsed: Query) -> set[int]:
        # Every word, whole or as a part, in one statement: over a network each statement
        # is a round trip, and a half-typed word asked three.
        words, params = [], {}
        for index in range(len(parsed.stems)):
            params[f"w{index}"] = parsed.tsquery_word(index)
            either = [f"document @@ to_tsquery('simple', :w{index})"]
            for n, part in enumerate(self._parts(parsed, index)):
                params[f"p{index}_{n}"] = f"%{_like_escaped(part)}%"
                either.append(f"parts LIKE :p{index}_{n} ESCAPE '\\'")
            words.append("(" + " OR ".join(either) + ")")
        statement = text(f"SELECT lesson_id FROM {FTS_TABLE} WHERE " + " AND ".join(words))
        return set(session.scalars(statement, params))


def _like_escaped(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_INDEXED_COLUMNS = (
    Lesson.id,
    Lesson.title,
    Lesson.context,
    Lesson.what_worked,
    Lesson.what_did_not,
    Lesson.next_time,
    Lesson.tags,
)


def index_for(db_or_dialect: object) -> LessonIndex:
    """The index for a database: a ``Database``, ``Session``, ``Engine``, ``Connection``,
    ``Dialect`` or a dialect name. Raises ``SearchUnavailable`` where there is none yet."""
    name = dialect_name(db_or_dialect)
    if name == "sqlite":
        return Fts5LessonIndex()
    if name == "postgresql":
        return TsvectorLessonIndex()
    raise SearchUnavailable(name)


def dialect_name(thing: object) -> str:
    if isinstance(thing, str):
        return thing
    if isinstance(thing, Dialect):
        return str(thing.name)
    if isinstance(thing, Session):
        return str(thing.get_bind().dialect.name)
    if isinstance(thing, Engine | Connection):
        return str(thing.dialect.name)
    engine = getattr(thing, "engine", None)  # app.db.Database
    if isinstance(engine, Engine):
        return str(engine.dialect.name)
    raise TypeError(f"cannot tell the database of {thing!r}")


# --- highlighting (on the original text, in Python) ---------------------------------------


def highlight(text_: str, query: Query) -> str:
    """The whole text, HTML-escaped, with the words the query asked for in ``<mark>``."""
    spans = list(_word_spans(text_))
    return _render(text_, spans, query, 0, len(spans), collapse=False)


def snippet(fields: Sequence[str], query: Query, *, window: int = 30) -> str:
    """About ``window`` words around the first match in the first field that has one,
    escaped, matches marked; without any match, the start of the first non-empty field."""
    before = window // 3
    if not query.empty:
        for field in fields:
            spans: list[_Span] = []
            hit: int | None = None
            # Lessons can be long: read words only until the window (and one more) is known.
            for span in _word_spans(field):
                spans.append(span)
                if hit is None and _marked(span[2], query):
                    hit = len(spans) - 1
                if hit is not None and len(spans) > max(hit - before, 0) + window:
                    break
            if hit is not None:
                start = max(0, min(hit - before, len(spans) - window))
                return _render(field, spans, query, start, min(len(spans), start + window))
    for field in fields:
        if field.strip():
            spans = list(islice(_word_spans(field), window + 1))
            return _render(field, spans, query, 0, min(len(spans), window))
    return ""


_Span = tuple[int, int, tuple[str, ...]]


def _word_spans(text_: str) -> Iterator[_Span]:
    for m in _WORD.finditer(text_):
        yield m.start(), m.end(), folded_pieces(m.group())


def _marked(pieces: tuple[str, ...], query: Query) -> bool:
    return not query.empty and any(query.matches(p) for p in pieces)


def _render(
    text_: str,
    spans: list[_Span],
    query: Query,
    first: int,
    end: int,
    *,
    collapse: bool = True,
) -> str:
    if not spans:
        return escape(" ".join(text_.split()) if collapse else text_)
    lo = 0 if first == 0 else spans[first][0]
    hi = len(text_) if end >= len(spans) else spans[end - 1][1]
    out: list[str] = ["…"] if first > 0 else []
    pos = lo
    for start, stop, pieces in spans[first:end]:
        out.append(_between(text_[pos:start], collapse))
        word = escape(text_[start:stop])
        out.append(f"<mark>{word}</mark>" if _marked(pieces, query) else word)
        pos = stop
    out.append(_between(text_[pos:hi], collapse))
    if end < len(spans):
        out.append("…")
    result = "".join(out)
    return result.strip() if collapse else result


def _between(gap: str, collapse: bool) -> str:
    if collapse:
        gap = re.sub(r"\s+", " ", gap)
    return escape(gap)
