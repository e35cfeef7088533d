"""group consent and moved sessions: invitations to a learning group, a request to the owner to
finish a work situation, and where a moved session was first planned with its own SEQUENCE

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Everyone in a group today agreed to it the old way: they stay members.
    op.create_table('group_invitation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('invited_by', sa.Integer(), nullable=True),
    sa.Column('invited_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("role IN ('member', 'guide')", name=op.f('ck_group_invitation_known_role')),
    sa.CheckConstraint("status IN ('open', 'declined')", name=op.f('ck_group_invitation_known_status')),
    sa.ForeignKeyConstraint(['group_id'], ['learning_group.id'], name=op.f('fk_group_invitation_group_id_learning_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['invited_by'], ['person.id'], name=op.f('fk_group_invitation_invited_by_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_group_invitation_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_group_invitation')),
    sa.UniqueConstraint('group_id', 'person_id', 'role', name=op.f('uq_group_invitation_group_id'))
    )
    with op.batch_alter_table('group_invitation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_invitation_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_group_invitation_person_id'), ['person_id'], unique=False)

    op.create_table('situation_close_request',
    sa.Column('situation_id', sa.Integer(), nullable=False),
    sa.Column('requested_by', sa.Integer(), nullable=True),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("result IN ('improved', 'innovated', 'closed')", name=op.f('ck_situation_close_request_known_result')),
    sa.ForeignKeyConstraint(['requested_by'], ['person.id'], name=op.f('fk_situation_close_request_requested_by_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['situation_id'], ['work_situation.id'], name=op.f('fk_situation_close_request_situation_id_work_situation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('situation_id', name=op.f('pk_situation_close_request'))
    )
    with op.batch_alter_table('situation_close_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_situation_close_request_requested_by'), ['requested_by'], unique=False)

    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.add_column(sa.Column('planned_day', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('planned_start', sa.Time(), nullable=True))
        batch_op.add_column(sa.Column('sequence', sa.Integer(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_column('sequence')
        batch_op.drop_column('planned_start')
        batch_op.drop_column('planned_day')

    with op.batch_alter_table('situation_close_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_situation_close_request_requested_by'))
    op.drop_table('situation_close_request')

    with op.batch_alter_table('group_invitation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_group_invitation_person_id'))
        batch_op.drop_index(batch_op.f('ix_group_invitation_group_id'))
    op.drop_table('group_invitation')
