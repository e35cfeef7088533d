"""lesson search: an FTS5 index of lessons learned (SQLite)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import re
import unicodedata

import snowballstemmer
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# Why a copy of the normaliser instead of importing app.lesson_search:
# - models/ (and its migrations) sit below app/ and never import it;
# - a migration is a snapshot: it must do tomorrow what it did the day it was written,
#   whatever app/ looks like by then.
# tests/app/test_lessons.py checks that this copy and app.lesson_search still produce the
# same terms. When the normaliser in app/ changes, that test fails on purpose: add a new
# migration that rebuilds lesson_fts (with its own copy), and point the test at it.

CREATE_FTS_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS lesson_fts USING fts5("
    "title_terms, tag_terms, body_terms, "
    "tokenize = 'unicode61 remove_diacritics 0', "
    "prefix = '2 3')"
)

_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
_STEMMER = snowballstemmer.stemmer("dutch")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def terms_text(text: str) -> str:
    pieces = [p for word in _WORD.findall(text) for p in _WORD.findall(_fold(word))]
    return " ".join(_STEMMER.stemWord(p) for p in pieces)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        # PostgreSQL: nothing here. Its index (a tsvector column with a GIN index) comes
        # with the PostgreSQL issue; until then the lesson service searches with LIKE.
        return
    op.execute(CREATE_FTS_TABLE)
    lessons = bind.execute(sa.text(
        "SELECT id, title, context, what_worked, what_did_not, next_time, tags FROM lesson"
    )).all()
    rows = [
        {
            "id": lesson_id,
            "title": terms_text(title),
            "tags": terms_text(tags),
            "body": terms_text("\n".join([context, worked, did_not, next_time])),
        }
        for lesson_id, title, context, worked, did_not, next_time, tags in lessons
    ]
    if rows:
        bind.execute(sa.text(
            "INSERT INTO lesson_fts (rowid, title_terms, tag_terms, body_terms) "
            "VALUES (:id, :title, :tags, :body)"
        ), rows)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS lesson_fts")
