"""How long before a conversation the calendar alarm goes off (the owner's setting)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.access import Actor, Operation, require
from app.db import Database
from app.personal_copy.outbox import online_only
from models import OrgSetting
from models.errors import Invalid

SETTING = "conversation_alarm_minutes"
DEFAULT_MINUTES = 24 * 60  # a day before
MAX_MINUTES = 14 * 24 * 60  # two weeks; 0 is no alarm


def conversation_alarm_minutes(s: Session) -> int:
    row = s.get(OrgSetting, SETTING)
    try:
        return int(row.value) if row is not None else DEFAULT_MINUTES
    except ValueError:
        return DEFAULT_MINUTES


def alarm_minutes(db: Database) -> int:
    with db.read() as s:
        return conversation_alarm_minutes(s)


@online_only()
def set_alarm_minutes(db: Database, actor: Actor, minutes: int) -> None:
    """The owner's choice, from 0 (none) to two weeks."""
    require(actor, Operation.MANAGE_SETTINGS)
    if not 0 <= minutes <= MAX_MINUTES:
        raise Invalid("alarm_minutes_invalid", field="alarm_minutes", maximum=MAX_MINUTES)
    with db.transaction() as s:
        row = s.get(OrgSetting, SETTING)
        if row is None:
            s.add(OrgSetting(key=SETTING, value=str(minutes)))
        else:
            row.value = str(minutes)
