"""reminders: a claim per reminder (person, kind, item, due date) before it is e-mailed

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('reminder_claim',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('message_id', sa.String(length=200), nullable=False),
    sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('claimed_by', sa.String(length=120), nullable=False),
    sa.Column('sending_since', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resent_after_crash', sa.Boolean(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_try_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_reminder_claim_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_claim'))
    )
    with op.batch_alter_table('reminder_claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_claim_person_id'), ['person_id'], unique=False)
    # An expression index: the claim for everyone (no person) is unique as well.
    op.create_index('uq_reminder_claim_once', 'reminder_claim',
                    [sa.text('coalesce(person_id, 0)'), 'kind', 'item_id', 'due_on'], unique=True)


def downgrade() -> None:
    op.drop_index('uq_reminder_claim_once', table_name='reminder_claim')
    with op.batch_alter_table('reminder_claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminder_claim_person_id'))
    op.drop_table('reminder_claim')
