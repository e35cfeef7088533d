"""shared database: lesson search on PostgreSQL (a tsvector of the Snowball terms, with a
GIN index), and a version column on learning groups so simultaneous edits are caught

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

from __future__ import annotations

import re
import unicodedata

import snowballstemmer
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# SQLite keeps its FTS5 table from 0003; nothing changes there.
# The same normaliser as 0003 (a frozen copy, see there), so PostgreSQL indexes exactly the
# terms SQLite does and both find the same lessons. The 'simple' configuration only splits
# on spaces and lower-cases: the stemming is already done.
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
_STEMMER = snowballstemmer.stemmer("dutch")

DOCUMENT = (
    "setweight(to_tsvector('simple', :title), 'A') || "
    "setweight(to_tsvector('simple', :tags), 'B') || "
    "setweight(to_tsvector('simple', :body), 'D')"
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def terms_text(text: str) -> str:
    pieces = [p for word in _WORD.findall(text) for p in _WORD.findall(_fold(word))]
    return " ".join(_STEMMER.stemWord(p) for p in pieces)


def upgrade() -> None:
    with op.batch_alter_table("learning_group") as batch:
        batch.add_column(sa.Column("version_id", sa.Integer(), nullable=False,
                                   server_default="1"))
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TABLE lesson_fts ("
        "lesson_id INTEGER PRIMARY KEY REFERENCES lesson (id) ON DELETE CASCADE, "
        "document TSVECTOR NOT NULL)"
    )
    op.execute("CREATE INDEX ix_lesson_fts_document ON lesson_fts USING GIN (document)")
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
            f"INSERT INTO lesson_fts (lesson_id, document) VALUES (:id, {DOCUMENT})"
        ), rows)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE IF EXISTS lesson_fts")
    with op.batch_alter_table("learning_group") as batch:
        batch.drop_column("version_id")
