"""Edits as a freshly opened screen makes them: each passes the versions stored right now.

For tests about something other than versions (privacy, printing, carrying over): they
edit in a row, as one person would with a screen that reloads after every save. Tests about
stale screens call the services themselves, with the versions a screen loaded earlier.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from app.access import Actor
from app.changes import Changes
from app.db import Database
from app.services import actions, development, groups, organisation, situations
from app.services import conversations as talks
from models import ActionStatus, Side, SignKind, SituationStatus

# --- conversations -------------------------------------------------------------------------


def _seen(db: Database, actor: Actor, cid: int) -> talks.RecordVersions:
    return talks.record_versions(db, actor, cid)


def save_preparation(db: Database, actor: Actor, cid: int, side: Side | str,
                     fields: Mapping[str, str], *, publish: bool = False) -> Changes:
    seen = _seen(db, actor, cid)
    return talks.save_preparation(db, actor, cid, side, fields,
                                  expected_version=seen.preparations.get(Side(side)),
                                  expected_record_version=seen.record, publish=publish)


def publish_preparation(db: Database, actor: Actor, cid: int, side: Side | str) -> Changes:
    version = _seen(db, actor, cid).preparations.get(Side(side))
    return talks.publish_preparation(db, actor, cid, side, expected_version=version or 0)


def add_agreement(db: Database, actor: Actor, cid: int, title: str, owner_id: int,
                  due: date | None = None) -> Changes:
    return talks.add_agreement(db, actor, cid, title, owner_id, due,
                               expected_version=_seen(db, actor, cid).record)


def set_agreement_status(db: Database, actor: Actor, cid: int, agreement_id: int,
                         status: ActionStatus | str) -> Changes:
    seen = _seen(db, actor, cid)
    return talks.set_agreement_status(db, actor, cid, agreement_id, status,
                                      expected_version=seen.agreements.get(agreement_id, 0),
                                      expected_record_version=seen.record)


def remove_agreement(db: Database, actor: Actor, cid: int, agreement_id: int) -> Changes:
    seen = _seen(db, actor, cid)
    return talks.remove_agreement(db, actor, cid, agreement_id,
                                  expected_version=seen.agreements.get(agreement_id, 0),
                                  expected_record_version=seen.record)


def save_summary(db: Database, actor: Actor, cid: int, summary: str) -> Changes:
    return talks.save_summary(db, actor, cid, summary,
                              expected_version=_seen(db, actor, cid).record)


def sign(db: Database, actor: Actor, cid: int, side: Side | str, password: str, *,
         kind: SignKind | str = SignKind.AGREED, remark: str = "", **clock: Any) -> Changes:
    return talks.sign(db, actor, cid, side, password, kind=kind, remark=remark,
                      expected_version=_seen(db, actor, cid).record, **clock)


def request_correction(db: Database, actor: Actor, cid: int, side: Side | str, password: str,
                       *, part: str, text: str, agreement_id: int | None = None) -> Changes:
    return talks.request_correction(db, actor, cid, side, password, part=part, text=text,
                                    agreement_id=agreement_id,
                                    expected_version=_seen(db, actor, cid).record)


def reopen(db: Database, actor: Actor, cid: int, reason: str) -> Changes:
    return talks.reopen(db, actor, cid, reason, expected_version=_seen(db, actor, cid).record)


def schedule(db: Database, actor: Actor, cid: int, meeting_at: datetime,
             location: str = "") -> Changes:
    return talks.schedule(db, actor, cid, meeting_at, location,
                          expected_version=_seen(db, actor, cid).record)


def set_readable_by_later_managers(db: Database, actor: Actor, cid: int,
                                   allowed: bool) -> Changes:
    return talks.set_readable_by_later_managers(
        db, actor, cid, allowed, expected_version=_seen(db, actor, cid).record)


def replace_manager(db: Database, actor: Actor, cid: int, new_manager_id: int) -> Changes:
    version = talks.conversation_status(db, actor, cid).version
    return talks.replace_manager(db, actor, cid, new_manager_id, expected_version=version)


# --- the learning loop ---------------------------------------------------------------------


def _question_version(db: Database, actor: Actor) -> int | None:
    current = development.my_question(db, actor)
    return current.version_id if current is not None else None


def save_question(db: Database, actor: Actor, text: str, shared_with_manager: bool,
                  answers: Mapping[str, str] | None = None) -> Changes:
    return development.save_question(db, actor, text, shared_with_manager, answers,
                                     expected_version=_question_version(db, actor))


def save_answer(db: Database, actor: Actor, key: str, text: str) -> Changes:
    return development.save_answer(db, actor, key, text,
                                   expected_version=_question_version(db, actor) or 0)


def close_question(db: Database, actor: Actor) -> Changes:
    return development.close_question(db, actor,
                                      expected_version=_question_version(db, actor) or 0)


def _situation_version(db: Database, actor: Actor, situation_id: int) -> int:
    return situations.get_situation(db, actor, situation_id).version_id


def finish_analysis(db: Database, actor: Actor, situation_id: int) -> Changes:
    return situations.finish_analysis(
        db, actor, situation_id, expected_version=_situation_version(db, actor, situation_id))


def start_experiment(db: Database, actor: Actor, situation_id: int, experiment: str,
                     expected_result: str) -> Changes:
    return situations.start_experiment(
        db, actor, situation_id, experiment, expected_result,
        expected_version=_situation_version(db, actor, situation_id))


def finish_situation(db: Database, actor: Actor, situation_id: int, result: SituationStatus,
                     outcome: str, lesson: Any = None) -> Changes:
    return situations.finish_situation(
        db, actor, situation_id, result, outcome, lesson,
        expected_version=_situation_version(db, actor, situation_id))


def update_group(db: Database, actor: Actor, group_id: int,
                 data: groups.GroupInput) -> Changes:
    version = groups.get_group(db, actor, group_id).version_id
    return groups.update_group(db, actor, group_id, data, expected_version=version)


def update_settings(db: Database, actor: Actor,
                    new: organisation.OrganisationSettings) -> Changes:
    version = organisation.get_settings(db, actor).version_id
    return organisation.update_settings(db, actor, new, expected_version=version)


def set_action_status(db: Database, actor: Actor, action_id: int,
                      status: ActionStatus) -> Changes:
    version = next(a.version for a in actions.my_open_actions(db, actor) if a.id == action_id)
    return actions.set_status(db, actor, action_id, status, expected_version=version)
