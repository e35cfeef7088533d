"""desktop notifications: each person's choices (topics, quiet hours) and what was shown

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('notification_setting',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('topics_off', sa.String(length=200), nullable=False),
    sa.Column('quiet_from', sa.Time(), nullable=True),
    sa.Column('quiet_until', sa.Time(), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_notification_setting_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_notification_setting'))
    )
    op.create_table('notification_shown',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('shown_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_notification_shown_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notification_shown')),
    sa.UniqueConstraint('person_id', 'kind', 'item_id', 'due_on', name=op.f('uq_notification_shown_person_id'))
    )
    with op.batch_alter_table('notification_shown', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notification_shown_person_id'), ['person_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('notification_shown', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notification_shown_person_id'))
    op.drop_table('notification_shown')
    op.drop_table('notification_setting')
