"""conversation signatures: agreed or seen with a remark, correction requests, why a
signature was taken back, and a version on preparations so a stale save is refused

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'correction_request',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('conversation_id', sa.Integer(), nullable=False),
        sa.Column('side', sa.String(length=20), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=True),
        sa.Column('part', sa.String(length=20), nullable=False),
        sa.Column('agreement_id', sa.Integer(), nullable=True),
        sa.Column('agreement_title', sa.String(length=300), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("part IN ('summary', 'agreement')",
                           name=op.f('ck_correction_request_known_part')),
        sa.CheckConstraint("side IN ('professional', 'manager')",
                           name=op.f('ck_correction_request_known_side')),
        sa.ForeignKeyConstraint(['agreement_id'], ['action.id'],
                                name=op.f('fk_correction_request_agreement_id_action'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['conversation_id'], ['conversation.id'],
                                name=op.f('fk_correction_request_conversation_id_conversation'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'],
                                name=op.f('fk_correction_request_person_id_person'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_correction_request')),
    )
    with op.batch_alter_table('correction_request') as batch:
        batch.create_index(batch.f('ix_correction_request_conversation_id'),
                           ['conversation_id'], unique=False)

    with op.batch_alter_table('preparation') as batch:
        batch.add_column(sa.Column('version_id', sa.Integer(), server_default='1',
                                   nullable=False))

    with op.batch_alter_table('signature') as batch:
        batch.add_column(sa.Column('kind', sa.String(length=20), server_default='agreed',
                                   nullable=False))
        batch.add_column(sa.Column('remark', sa.Text(), server_default='', nullable=False))
        batch.add_column(sa.Column('signed_version', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('version_after', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('voided_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('voided_by', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('void_reason', sa.String(length=20), server_default='',
                                   nullable=False))
        batch.create_foreign_key(batch.f('fk_signature_voided_by_person'), 'person',
                                 ['voided_by'], ['id'], ondelete='SET NULL')
        batch.create_check_constraint(batch.f('ck_signature_known_kind'),
                                      "kind IN ('agreed', 'seen')")


def downgrade() -> None:
    with op.batch_alter_table('signature') as batch:
        batch.drop_constraint(batch.f('ck_signature_known_kind'), type_='check')
        batch.drop_constraint(batch.f('fk_signature_voided_by_person'), type_='foreignkey')
        for column in ('void_reason', 'voided_by', 'voided_at', 'version_after',
                       'signed_version', 'remark', 'kind'):
            batch.drop_column(column)
    with op.batch_alter_table('preparation') as batch:
        batch.drop_column('version_id')
    with op.batch_alter_table('correction_request') as batch:
        batch.drop_index(batch.f('ix_correction_request_conversation_id'))
    op.drop_table('correction_request')
