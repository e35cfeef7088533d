"""anonymous culture scan: counts as fixed-length blocks and participation as one sorted
list per round, so a copy of the files or the server's system columns link no answer to a
person; the round's closing moment by the database's clock; the anonymity threshold; the
follow-up question a month after a round

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04

Existing counts and participation are carried over exactly: a round's count per team,
statement and answer is the same before and after (tested on the kept databases).
"""

from __future__ import annotations

import struct
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# Frozen copies: a migration must keep meaning what it meant when it was written.
ANSWERS = (0, 1, 2, 3, 4, 5)
ORDER = (
    "openness", "continuous_learning", "mistakes", "collaboration", "leadership",
    "innovation", "feedback", "talent", "systematic", "change",
)
FOLLOW_UP_KEY = "followup"
WORD = struct.Struct(">I")
ZONE = ZoneInfo("Europe/Amsterdam")
# Rounds opened before this revision told their respondents "at least 3".
OLD_THRESHOLD = 3


def _key_order(key: str) -> tuple[int, str]:
    head, _dot, _tail = key.partition(".")
    return (ORDER.index(head) if head in ORDER else len(ORDER), key)


def _closes_at(closes_on: date) -> datetime:
    return datetime.combine(closes_on + timedelta(days=1), time(), ZONE).astimezone(UTC)


def _stored(moment: datetime) -> Any:
    # The UTCDateTime convention: naive UTC on SQLite, timestamptz on PostgreSQL.
    return moment.replace(tzinfo=None) if op.get_bind().dialect.name == "sqlite" else moment


def _as_date(value: Any) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _pack(keys: list[str], counts: dict[tuple[str, int], int]) -> bytes:
    return b"".join(WORD.pack(counts.get((k, a), 0)) for k in keys for a in ANSWERS)


def _unpack(keys: list[str], block: bytes) -> dict[tuple[str, int], int]:
    cells = [(k, a) for k in keys for a in ANSWERS]
    return {cell: WORD.unpack_from(block, i * WORD.size)[0] for i, cell in enumerate(cells)}


CHILDREN = ('culture_tally', 'culture_participation', 'culture_round_team', 'culture_focus',
            'culture_action')
INDEXED = {'culture_tally': 'ix_culture_tally_round_id',
           'culture_action': 'ix_culture_action_round_id'}
SERIAL = ('culture_round', 'culture_tally', 'culture_action')


def _read_all() -> dict[str, list[dict[str, Any]]]:
    bind = op.get_bind()
    return {name: [dict(row._mapping) for row in bind.execute(sa.text(f"SELECT * FROM {name}"))]
            for name in ('culture_round', *CHILDREN)}


def _drop_all() -> None:
    # Children first, and never by batch mode: on SQLite with foreign keys on, recreating
    # culture_round would cascade-delete its focus, actions and teams.
    for name in (*CHILDREN, 'culture_round'):
        if name in INDEXED:
            op.drop_index(INDEXED[name], table_name=name)
        op.drop_table(name)


def _round_table(*, new: bool) -> None:
    columns: list[sa.schema.SchemaItem] = [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('closes_on', sa.Date(), nullable=False),
    ]
    if new:
        columns.append(sa.Column('closes_at', sa.DateTime(timezone=True), nullable=False))
    columns.append(sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True))
    if new:
        columns += [
            sa.Column('threshold', sa.Integer(), nullable=False),
            sa.Column('layout', sa.Text(), nullable=False),
            sa.Column('followup_opens_at', sa.DateTime(timezone=True), nullable=True),
            sa.Column('followup_closes_at', sa.DateTime(timezone=True), nullable=True),
            sa.Column('followup_closed_at', sa.DateTime(timezone=True), nullable=True),
            sa.CheckConstraint('threshold >= 3',
                               name=op.f('ck_culture_round_threshold_at_least_3')),
        ]
    op.create_table('culture_round', *columns,
                    sa.PrimaryKeyConstraint('id', name=op.f('pk_culture_round')))


def _unchanged_children() -> None:
    op.create_table('culture_action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.CheckConstraint("status IN ('open', 'done', 'dropped')", name=op.f('ck_culture_action_known_status')),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], name=op.f('fk_culture_action_owner_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['round_id'], ['culture_round.id'], name=op.f('fk_culture_action_round_id_culture_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_culture_action'))
    )
    op.create_index('ix_culture_action_round_id', 'culture_action', ['round_id'], unique=False)
    op.create_table('culture_focus',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['culture_round.id'], name=op.f('fk_culture_focus_round_id_culture_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('round_id', 'key', name=op.f('pk_culture_focus'))
    )
    op.create_table('culture_round_team',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['culture_round.id'], name=op.f('fk_culture_round_team_round_id_culture_round'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_culture_round_team_team_id_team'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('round_id', 'team_id', name=op.f('pk_culture_round_team'))
    )


def _new_counts_tables() -> None:
    op.create_table('culture_participation',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('part', sa.String(length=10), nullable=False),
    sa.Column('people', sa.LargeBinary(), nullable=False),
    sa.CheckConstraint("part IN ('scan', 'followup')", name=op.f('ck_culture_participation_known_part')),
    sa.ForeignKeyConstraint(['round_id'], ['culture_round.id'], name=op.f('fk_culture_participation_round_id_culture_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('round_id', 'part', name=op.f('pk_culture_participation'))
    )
    op.create_table('culture_tally',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('part', sa.String(length=10), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('counts', sa.LargeBinary(), nullable=False),
    sa.CheckConstraint("part IN ('scan', 'followup')", name=op.f('ck_culture_tally_known_part')),
    sa.ForeignKeyConstraint(['round_id'], ['culture_round.id'], name=op.f('fk_culture_tally_round_id_culture_round'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_culture_tally_team_id_team'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_culture_tally')),
    sa.UniqueConstraint('round_id', 'part', 'team_id', name='uq_culture_tally_segment')
    )
    op.create_index('ix_culture_tally_round_id', 'culture_tally', ['round_id'], unique=False)


def _old_counts_tables() -> None:
    op.create_table('culture_participation',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_culture_participation_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['culture_round.id'], name=op.f('fk_culture_participation_round_id_culture_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('round_id', 'person_id', name=op.f('pk_culture_participation'))
    )
    op.create_table('culture_tally',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('statement_key', sa.String(length=60), nullable=False),
    sa.Column('answer', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.CheckConstraint('answer BETWEEN 0 AND 5', name=op.f('ck_culture_tally_answer_range')),
    sa.CheckConstraint('count >= 0', name=op.f('ck_culture_tally_count_not_negative')),
    sa.ForeignKeyConstraint(['round_id'], ['culture_round.id'], name=op.f('fk_culture_tally_round_id_culture_round'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_culture_tally_team_id_team'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_culture_tally')),
    sa.UniqueConstraint('round_id', 'team_id', 'statement_key', 'answer', name='uq_culture_tally_cell')
    )
    op.create_index('ix_culture_tally_round_id', 'culture_tally', ['round_id'], unique=False)


def _insert(name: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    table = sa.table(name, *(sa.column(c) for c in rows[0]))
    op.get_bind().execute(table.insert(), rows)


def _restore_sequences() -> None:
    """Rows came back with their ids; PostgreSQL's new sequences must continue after them."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in SERIAL:
        op.execute(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                   f"COALESCE((SELECT max(id) FROM {name}), 0) + 1, false)")


def upgrade() -> None:
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('culture_threshold', sa.Integer(), nullable=False,
                                      server_default='5'))
        batch_op.create_check_constraint('culture_threshold_at_least_3',
                                         'culture_threshold >= 3')
    old = _read_all()
    _drop_all()
    _round_table(new=True)
    _unchanged_children()
    _new_counts_tables()

    keys_of: dict[int, set[str]] = defaultdict(set)
    counts: dict[tuple[int, int | None], dict[tuple[str, int], int]] = defaultdict(dict)
    for t in old['culture_tally']:
        keys_of[t['round_id']].add(t['statement_key'])
        cell = counts[(t['round_id'], t['team_id'])]
        key = (t['statement_key'], t['answer'])
        cell[key] = cell.get(key, 0) + t['count']
    people: dict[int, set[int]] = defaultdict(set)
    for p in old['culture_participation']:
        people[p['round_id']].add(p['person_id'])
    standard = [f"{c}.{n}" for c in ORDER for n in (1, 2, 3)]
    rounds, participation, tallies = [], [], []
    for r in old['culture_round']:
        rid = r['id']
        layout = sorted(keys_of[rid] or standard, key=_key_order)
        rounds.append({**r, "closes_at": _stored(_closes_at(_as_date(r['closes_on']))),
                       "threshold": OLD_THRESHOLD, "layout": ",".join(layout),
                       "followup_opens_at": None, "followup_closes_at": None,
                       "followup_closed_at": None})
        participation += [
            {"round_id": rid, "part": "scan",
             "people": b"".join(WORD.pack(p) for p in sorted(people[rid]))},
            {"round_id": rid, "part": "followup", "people": b""}]
        segments = sorted({team for (round_id, team) in counts if round_id == rid},
                          key=lambda t: (t is not None, t or 0)) or [None]
        tallies += [{"round_id": rid, "part": "scan", "team_id": team,
                     "counts": _pack(layout, counts.get((rid, team), {}))}
                    for team in segments]
        tallies.append({"round_id": rid, "part": "followup", "team_id": None,
                        "counts": _pack([FOLLOW_UP_KEY], {})})
    _insert('culture_round', rounds)
    for name in ('culture_round_team', 'culture_focus', 'culture_action'):
        _insert(name, old[name])
    _insert('culture_participation', participation)
    _insert('culture_tally', tallies)
    _restore_sequences()
    if op.get_bind().dialect.name == "postgresql":
        # The service vacuums these two after every answer and at every close; an
        # autovacuum or analyze of its own would only hold old row versions back meanwhile.
        for name in ('culture_tally', 'culture_participation'):
            op.execute(f"ALTER TABLE {name} SET (autovacuum_enabled = false)")


def downgrade() -> None:
    new = _read_all()
    _drop_all()
    _round_table(new=False)
    _unchanged_children()
    _old_counts_tables()
    layouts = {r['id']: r['layout'].split(",") for r in new['culture_round']}
    _insert('culture_round', [{k: r[k] for k in ('id', 'opened_at', 'closes_on', 'closed_at')}
                              for r in new['culture_round']])
    for name in ('culture_round_team', 'culture_focus', 'culture_action'):
        _insert(name, new[name])
    _insert('culture_tally', [
        {"round_id": t['round_id'], "team_id": t['team_id'], "statement_key": key,
         "answer": answer, "count": n}
        for t in new['culture_tally'] if t['part'] == "scan"
        for (key, answer), n in _unpack(layouts[t['round_id']], bytes(t['counts'])).items()])
    _insert('culture_participation', [
        {"round_id": p['round_id'], "person_id": WORD.unpack_from(bytes(p['people']), i)[0]}
        for p in new['culture_participation'] if p['part'] == "scan"
        for i in range(0, len(bytes(p['people'])), WORD.size)])
    _restore_sequences()
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_organisation_culture_threshold_at_least_3'),
                                 type_='check')
        batch_op.drop_column('culture_threshold')
