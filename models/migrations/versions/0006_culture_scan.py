"""culture_scan

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('culture_round',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closes_on', sa.Date(), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_culture_round'))
    )
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
    with op.batch_alter_table('culture_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_culture_action_round_id'), ['round_id'], unique=False)

    op.create_table('culture_focus',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['culture_round.id'], name=op.f('fk_culture_focus_round_id_culture_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('round_id', 'key', name=op.f('pk_culture_focus'))
    )
    op.create_table('culture_participation',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_culture_participation_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['culture_round.id'], name=op.f('fk_culture_participation_round_id_culture_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('round_id', 'person_id', name=op.f('pk_culture_participation'))
    )
    op.create_table('culture_round_team',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['culture_round.id'], name=op.f('fk_culture_round_team_round_id_culture_round'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_culture_round_team_team_id_team'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('round_id', 'team_id', name=op.f('pk_culture_round_team'))
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
    with op.batch_alter_table('culture_tally', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_culture_tally_round_id'), ['round_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('culture_tally', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_culture_tally_round_id'))

    op.drop_table('culture_tally')
    op.drop_table('culture_round_team')
    op.drop_table('culture_participation')
    op.drop_table('culture_focus')
    with op.batch_alter_table('culture_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_culture_action_round_id'))

    op.drop_table('culture_action')
    op.drop_table('culture_round')
