"""The four session agendas: the product's defaults, or the coordinator's adjusted version."""

from __future__ import annotations

import json

from app.access import Actor, Operation, require
from app.changes import Area, Changes
from app.content import (
    DayAgenda,
    agendas_from_data,
    agendas_to_data,
    check_agendas,
    default_agendas,
)
from app.db import Database
from app.personal_copy.outbox import online_only
from app.validation import clean_text
from models import OrgSetting


def _key(language: str) -> str:
    return f"agenda.{language}"


def agendas(db: Database, language: str) -> tuple[DayAgenda, ...]:
    with db.read() as s:
        stored = s.get(OrgSetting, _key(language))
        if stored is None:
            return default_agendas(language)
        return agendas_from_data(json.loads(stored.value))


def agenda_for_day(db: Database, language: str, day: int) -> DayAgenda:
    return next(a for a in agendas(db, language) if a.day == day)


@online_only()
def save_agendas(db: Database, actor: Actor, language: str, new: tuple[DayAgenda, ...]
                 ) -> Changes:
    """The coordinator adjusts the agendas; each day must still add up to one hour."""
    require(actor, Operation.MANAGE_SETTINGS)
    cleaned = tuple(
        DayAgenda(a.day, clean_text(a.theme, "theme", max_length=120),
                  tuple(type(b)(b.key, clean_text(b.title, "title", max_length=120),
                                b.minutes, clean_text(b.prompt, "prompt", max_length=1000,
                                                      multiline=True))
                        for b in a.blocks))
        for a in new
    )
    check_agendas(cleaned)
    with db.transaction() as s:
        stored = s.get(OrgSetting, _key(language))
        value = json.dumps(agendas_to_data(cleaned), ensure_ascii=False)
        if stored is None:
            s.add(OrgSetting(key=_key(language), value=value))
        else:
            stored.value = value
    return Changes.of(Area.ORGANISATION)


@online_only()
def reset_agendas(db: Database, actor: Actor, language: str) -> Changes:
    require(actor, Operation.MANAGE_SETTINGS)
    with db.transaction() as s:
        stored = s.get(OrgSetting, _key(language))
        if stored is not None:
            s.delete(stored)
    return Changes.of(Area.ORGANISATION)
