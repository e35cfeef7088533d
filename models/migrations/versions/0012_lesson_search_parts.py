"""lesson search parts: the terms of each lesson for finding a part of a compound word
(`tekening` in `installatietekeningen`): an FTS5 trigram table on SQLite, a text column with
a pg_trgm index on PostgreSQL

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05
"""

from __future__ import annotations

import re
import unicodedata

import snowballstemmer
import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

# A snapshot of the normaliser, as in 0003 and 0007 (a migration never imports app/):
# tests/app/test_lesson_search_parts.py checks it still makes the terms app/ makes.
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
_STEMMER = snowballstemmer.stemmer("dutch")

# The same statement lives in app/lesson_search.py; change both together (with a migration).
CREATE_PARTS_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS lesson_fts_parts USING fts5(terms, "
    "tokenize = 'trigram')"
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def terms_text(text: str) -> str:
    pieces = [p for word in _WORD.findall(text) for p in _WORD.findall(_fold(word))]
    return " ".join(_STEMMER.stemWord(p) for p in pieces)


def _parts_of_every_lesson(bind: sa.Connection) -> list[dict[str, object]]:
    lessons = bind.execute(sa.text(
        "SELECT id, title, context, what_worked, what_did_not, next_time, tags FROM lesson"
    )).all()
    return [{"id": row[0], "terms": terms_text("\n".join(row[1:]))} for row in lessons]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(CREATE_PARTS_TABLE)
        rows = _parts_of_every_lesson(bind)
        if rows:
            bind.execute(sa.text(
                "INSERT INTO lesson_fts_parts (rowid, terms) VALUES (:id, :terms)"), rows)
    elif bind.dialect.name == "postgresql":
        op.execute("ALTER TABLE lesson_fts ADD COLUMN parts TEXT NOT NULL DEFAULT ''")
        rows = _parts_of_every_lesson(bind)
        if rows:
            bind.execute(sa.text(
                "UPDATE lesson_fts SET parts = :terms WHERE lesson_id = :id"), rows)
        # The trigram index makes `LIKE '%tekeen%'` fast; without the extension (a server
        # that does not offer it) the same search still works, by reading the table.
        available = bind.execute(sa.text(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).first()
        if available is not None:
            savepoint = bind.begin_nested()
            try:
                bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
                bind.execute(sa.text(
                    "CREATE INDEX ix_lesson_fts_parts ON lesson_fts "
                    "USING GIN (parts gin_trgm_ops)"))
                savepoint.commit()
            except sa.exc.DBAPIError:  # no right to create it: search without the index
                savepoint.rollback()


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS lesson_fts_parts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_lesson_fts_parts")
        op.execute("ALTER TABLE lesson_fts DROP COLUMN IF EXISTS parts")
