"""learning loop

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('closing_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('description', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_closing_day'))
    )
    op.create_table('org_setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_org_setting'))
    )
    op.create_table('room',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room')),
    sa.UniqueConstraint('name', name=op.f('uq_room_name'))
    )
    op.create_table('development_question',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('shared_with_manager', sa.Boolean(), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_development_question_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_development_question'))
    )
    with op.batch_alter_table('development_question', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_development_question_person_id'), ['person_id'], unique=False)

    op.create_table('learning_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('guide_id', sa.Integer(), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['person.id'], name=op.f('fk_learning_group_created_by_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['guide_id'], ['person.id'], name=op.f('fk_learning_group_guide_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_group'))
    )
    op.create_table('learning_hours',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('in_working_time', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('minutes >= 0', name=op.f('ck_learning_hours_minutes_not_negative')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_learning_hours_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_hours')),
    sa.UniqueConstraint('person_id', 'source', 'source_id', name=op.f('uq_learning_hours_person_id'))
    )
    with op.batch_alter_table('learning_hours', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_learning_hours_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_learning_hours_person_id'), ['person_id'], unique=False)

    op.create_table('cycle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('uid', sa.String(length=80), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('planned', 'cancelled')", name=op.f('ck_cycle_known_status')),
    sa.ForeignKeyConstraint(['created_by'], ['person.id'], name=op.f('fk_cycle_created_by_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['group_id'], ['learning_group.id'], name=op.f('fk_cycle_group_id_learning_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_cycle_room_id_room'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cycle')),
    sa.UniqueConstraint('uid', name=op.f('uq_cycle_uid'))
    )
    with op.batch_alter_table('cycle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cycle_group_id'), ['group_id'], unique=False)

    op.create_table('group_member',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['learning_group.id'], name=op.f('fk_group_member_group_id_learning_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_group_member_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('group_id', 'person_id', name=op.f('pk_group_member'))
    )
    with op.batch_alter_table('group_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_member_person_id'), ['person_id'], unique=False)

    op.create_table('guiding_answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['question_id'], ['development_question.id'], name=op.f('fk_guiding_answer_question_id_development_question'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guiding_answer'))
    )
    with op.batch_alter_table('guiding_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guiding_answer_question_id'), ['question_id'], unique=False)

    op.create_table('work_situation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('aim', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('development_question_id', sa.Integer(), nullable=True),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('experiment', sa.Text(), nullable=False),
    sa.Column('expected_result', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("aim IN ('improve', 'innovate', 'perform')", name=op.f('ck_work_situation_known_aim')),
    sa.CheckConstraint("kind IN ('bottleneck', 'challenge')", name=op.f('ck_work_situation_known_kind')),
    sa.CheckConstraint("status IN ('registered', 'analysed', 'experimenting', 'improved', 'innovated', 'closed')", name=op.f('ck_work_situation_known_status')),
    sa.ForeignKeyConstraint(['development_question_id'], ['development_question.id'], name=op.f('fk_work_situation_development_question_id_development_question'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['group_id'], ['learning_group.id'], name=op.f('fk_work_situation_group_id_learning_group'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], name=op.f('fk_work_situation_owner_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_situation'))
    )
    with op.batch_alter_table('work_situation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_work_situation_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_work_situation_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_work_situation_status'), ['status'], unique=False)

    op.create_table('lesson',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('context', sa.Text(), nullable=False),
    sa.Column('what_worked', sa.Text(), nullable=False),
    sa.Column('what_did_not', sa.Text(), nullable=False),
    sa.Column('next_time', sa.Text(), nullable=False),
    sa.Column('tags', sa.String(length=400), nullable=False),
    sa.Column('situation_id', sa.Integer(), nullable=True),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['person.id'], name=op.f('fk_lesson_author_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['situation_id'], ['work_situation.id'], name=op.f('fk_lesson_situation_id_work_situation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lesson'))
    )
    with op.batch_alter_table('lesson', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lesson_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_lesson_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_lesson_situation_id'), ['situation_id'], unique=False)

    op.create_table('session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cycle_id', sa.Integer(), nullable=False),
    sa.Column('day_number', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('started_by', sa.Integer(), nullable=True),
    sa.Column('started_on', sa.String(length=120), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('planned', 'running', 'done')", name=op.f('ck_session_known_status')),
    sa.CheckConstraint('day_number BETWEEN 1 AND 4', name=op.f('ck_session_four_days')),
    sa.ForeignKeyConstraint(['cycle_id'], ['cycle.id'], name=op.f('fk_session_cycle_id_cycle'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['started_by'], ['person.id'], name=op.f('fk_session_started_by_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session')),
    sa.UniqueConstraint('cycle_id', 'day_number', name=op.f('uq_session_cycle_id'))
    )
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_cycle_id'), ['cycle_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_day'), ['day'], unique=False)

    op.create_table('situation_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('situation_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('question', 'option')", name=op.f('ck_situation_note_known_kind')),
    sa.ForeignKeyConstraint(['author_id'], ['person.id'], name=op.f('fk_situation_note_author_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['situation_id'], ['work_situation.id'], name=op.f('fk_situation_note_situation_id_work_situation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_situation_note'))
    )
    with op.batch_alter_table('situation_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_situation_note_situation_id'), ['situation_id'], unique=False)

    op.create_table('action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('situation_id', sa.Integer(), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('open', 'done', 'dropped')", name=op.f('ck_action_known_status')),
    sa.ForeignKeyConstraint(['created_by'], ['person.id'], name=op.f('fk_action_created_by_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], name=op.f('fk_action_owner_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_action_session_id_session'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['situation_id'], ['work_situation.id'], name=op.f('fk_action_situation_id_work_situation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action'))
    )
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_due'), ['due'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_status'), ['status'], unique=False)

    op.create_table('attendance',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('energy', sa.Integer(), nullable=True),
    sa.Column('meaning', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('energy IS NULL OR energy BETWEEN 1 AND 5', name=op.f('ck_attendance_energy_range')),
    sa.CheckConstraint('meaning IS NULL OR meaning BETWEEN 1 AND 5', name=op.f('ck_attendance_meaning_range')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_attendance_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_attendance_session_id_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', 'person_id', name=op.f('pk_attendance'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_person_id'), ['person_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_person_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_status'))
        batch_op.drop_index(batch_op.f('ix_action_session_id'))
        batch_op.drop_index(batch_op.f('ix_action_owner_id'))
        batch_op.drop_index(batch_op.f('ix_action_due'))

    op.drop_table('action')
    with op.batch_alter_table('situation_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_situation_note_situation_id'))

    op.drop_table('situation_note')
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_day'))
        batch_op.drop_index(batch_op.f('ix_session_cycle_id'))

    op.drop_table('session')
    with op.batch_alter_table('lesson', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lesson_situation_id'))
        batch_op.drop_index(batch_op.f('ix_lesson_created_at'))
        batch_op.drop_index(batch_op.f('ix_lesson_author_id'))

    op.drop_table('lesson')
    with op.batch_alter_table('work_situation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_work_situation_status'))
        batch_op.drop_index(batch_op.f('ix_work_situation_owner_id'))
        batch_op.drop_index(batch_op.f('ix_work_situation_group_id'))

    op.drop_table('work_situation')
    with op.batch_alter_table('guiding_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guiding_answer_question_id'))

    op.drop_table('guiding_answer')
    with op.batch_alter_table('group_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_group_member_person_id'))

    op.drop_table('group_member')
    with op.batch_alter_table('cycle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cycle_group_id'))

    op.drop_table('cycle')
    with op.batch_alter_table('learning_hours', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_learning_hours_person_id'))
        batch_op.drop_index(batch_op.f('ix_learning_hours_day'))

    op.drop_table('learning_hours')
    op.drop_table('learning_group')
    with op.batch_alter_table('development_question', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_development_question_person_id'))

    op.drop_table('development_question')
    op.drop_table('room')
    op.drop_table('org_setting')
    op.drop_table('closing_day')
    
