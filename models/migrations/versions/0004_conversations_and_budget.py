"""conversations and budget

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('budget_year',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.CheckConstraint('amount_cents >= 0', name=op.f('ck_budget_year_amount_not_negative')),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_budget_year'))
    )
    op.create_table('conversation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('professional_id', sa.Integer(), nullable=False),
    sa.Column('manager_id', sa.Integer(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('half', sa.Integer(), nullable=False),
    sa.Column('window_start', sa.Date(), nullable=False),
    sa.Column('window_end', sa.Date(), nullable=False),
    sa.Column('meeting_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('location', sa.String(length=120), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('readable_by_later_managers', sa.Boolean(), nullable=False),
    sa.Column('locked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ical_uid', sa.String(length=80), nullable=False),
    sa.Column('ical_sequence', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('planned', 'signed', 'cancelled')", name=op.f('ck_conversation_known_status')),
    sa.CheckConstraint('half IN (1, 2)', name=op.f('ck_conversation_half_year')),
    sa.ForeignKeyConstraint(['manager_id'], ['person.id'], name=op.f('fk_conversation_manager_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['professional_id'], ['person.id'], name=op.f('fk_conversation_professional_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conversation')),
    sa.UniqueConstraint('professional_id', 'year', 'half', name=op.f('uq_conversation_professional_id'))
    )
    with op.batch_alter_table('conversation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conversation_manager_id'), ['manager_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conversation_professional_id'), ['professional_id'], unique=False)

    op.create_table('person_budget',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.CheckConstraint('amount_cents >= 0', name=op.f('ck_person_budget_amount_not_negative')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_person_budget_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', 'year', name=op.f('pk_person_budget'))
    )
    op.create_table('conversation_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversation.id'], name=op.f('fk_conversation_event_conversation_id_conversation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_conversation_event_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conversation_event'))
    )
    with op.batch_alter_table('conversation_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conversation_event_conversation_id'), ['conversation_id'], unique=False)

    op.create_table('preparation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('side', sa.String(length=20), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("side IN ('professional', 'manager')", name=op.f('ck_preparation_known_side')),
    sa.ForeignKeyConstraint(['author_id'], ['person.id'], name=op.f('fk_preparation_author_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversation.id'], name=op.f('fk_preparation_conversation_id_conversation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_preparation')),
    sa.UniqueConstraint('conversation_id', 'side', name=op.f('uq_preparation_conversation_id'))
    )
    with op.batch_alter_table('preparation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_preparation_conversation_id'), ['conversation_id'], unique=False)

    op.create_table('signature',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('side', sa.String(length=20), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('signed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('void', sa.Boolean(), nullable=False),
    sa.CheckConstraint("side IN ('professional', 'manager')", name=op.f('ck_signature_known_side')),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversation.id'], name=op.f('fk_signature_conversation_id_conversation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_signature_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signature'))
    )
    with op.batch_alter_table('signature', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signature_conversation_id'), ['conversation_id'], unique=False)

    op.create_table('learning_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('provider', sa.String(length=200), nullable=False),
    sa.Column('link', sa.String(length=500), nullable=False),
    sa.Column('cost_cents', sa.Integer(), nullable=False),
    sa.Column('actual_cost_cents', sa.Integer(), nullable=True),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('in_working_time', sa.Boolean(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('budget_year', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('development_question_id', sa.Integer(), nullable=True),
    sa.Column('situation_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=False),
    sa.Column('over_budget_reason', sa.Text(), nullable=False),
    sa.Column('learned', sa.Text(), nullable=False),
    sa.Column('applied_situation_id', sa.Integer(), nullable=True),
    sa.Column('applied_note', sa.Text(), nullable=False),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('course', 'training', 'elearning', 'coaching', 'conference', 'theory')", name=op.f('ck_learning_request_known_kind')),
    sa.CheckConstraint("status IN ('requested', 'approved', 'declined', 'planned', 'completed', 'cancelled')", name=op.f('ck_learning_request_known_status')),
    sa.CheckConstraint('actual_cost_cents IS NULL OR actual_cost_cents >= 0', name=op.f('ck_learning_request_actual_not_negative')),
    sa.CheckConstraint('cost_cents >= 0', name=op.f('ck_learning_request_cost_not_negative')),
    sa.CheckConstraint('minutes >= 0', name=op.f('ck_learning_request_minutes_not_negative')),
    sa.ForeignKeyConstraint(['applied_situation_id'], ['work_situation.id'], name=op.f('fk_learning_request_applied_situation_id_work_situation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['decided_by'], ['person.id'], name=op.f('fk_learning_request_decided_by_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['development_question_id'], ['development_question.id'], name=op.f('fk_learning_request_development_question_id_development_question'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_learning_request_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['situation_id'], ['work_situation.id'], name=op.f('fk_learning_request_situation_id_work_situation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_request'))
    )
    with op.batch_alter_table('learning_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_learning_request_budget_year'), ['budget_year'], unique=False)
        batch_op.create_index(batch_op.f('ix_learning_request_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_learning_request_status'), ['status'], unique=False)

    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.add_column(sa.Column('conversation_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_action_conversation_id'), ['conversation_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_action_conversation_id_conversation'), 'conversation', ['conversation_id'], ['id'], ondelete='SET NULL')

    


def downgrade() -> None:
    
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_action_conversation_id_conversation'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_action_conversation_id'))
        batch_op.drop_column('conversation_id')

    with op.batch_alter_table('learning_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_learning_request_status'))
        batch_op.drop_index(batch_op.f('ix_learning_request_person_id'))
        batch_op.drop_index(batch_op.f('ix_learning_request_budget_year'))

    op.drop_table('learning_request')
    with op.batch_alter_table('signature', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signature_conversation_id'))

    op.drop_table('signature')
    with op.batch_alter_table('preparation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_preparation_conversation_id'))

    op.drop_table('preparation')
    with op.batch_alter_table('conversation_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conversation_event_conversation_id'))

    op.drop_table('conversation_event')
    op.drop_table('person_budget')
    with op.batch_alter_table('conversation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conversation_professional_id'))
        batch_op.drop_index(batch_op.f('ix_conversation_manager_id'))

    op.drop_table('conversation')
    op.drop_table('budget_year')
    
