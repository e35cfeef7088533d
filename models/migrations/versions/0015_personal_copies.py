"""personal copies: the register of copies on laptops and the operations they sent

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('personal_copy',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('laptop_name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_synced_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('role_name', sa.String(length=63), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_personal_copy_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_personal_copy'))
    )
    op.create_index(op.f('ix_personal_copy_person_id'), 'personal_copy', ['person_id'], unique=False)
    op.create_table('applied_operation',
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('copy_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['copy_id'], ['personal_copy.id'], name=op.f('fk_applied_operation_copy_id_personal_copy'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('op_id', name=op.f('pk_applied_operation'))
    )
    op.create_index(op.f('ix_applied_operation_copy_id'), 'applied_operation', ['copy_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_applied_operation_copy_id'), table_name='applied_operation')
    op.drop_table('applied_operation')
    op.drop_index(op.f('ix_personal_copy_person_id'), table_name='personal_copy')
    op.drop_table('personal_copy')
