"""The demo organisation's talent conversations, in every state, through the real services."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from app.access import Actor
from app.db import Database
from app.services import conversations as talks
from app.services.auth import actor_for
from models import Conversation, Person, Side

PRO, MAN = Side.PROFESSIONAL, Side.MANAGER

PRO_TEXT = {
    "development_question_progress": "Ik werk aan zelfstandig storingen zoeken; de "
                                     "stappenkaart helpt me daarbij.",
    "need_from_manager": "Tijd om twee keer per maand met Gerrit mee te rijden.",
}
MAN_TEXT = {
    "facilitated": "Ik heb tijd vrijgemaakt voor de leergroep en de training betaald.",
    "saw_grow": "Je pakt storingen rustiger en gestructureerder aan.",
    "next_half_year": "Ik plan de meeritten met Gerrit in en vraag er elke maand naar.",
}


def _person(db: Database, email_start: str) -> Actor:
    with db.read() as s:
        pid = s.scalar(select(Person.id).where(Person.email.startswith(email_start + "@")))
    assert pid is not None
    return actor_for(db, pid)


def _record(db: Database, actor: Actor, cid: int) -> int:
    """The record's version, as a screen opened now would load it."""
    return talks.record_versions(db, actor, cid).record


def _write(db: Database, actor: Actor, cid: int, side: Side, texts: dict[str, str], *,
           publish: bool) -> None:
    seen = talks.record_versions(db, actor, cid)
    talks.save_preparation(db, actor, cid, side, texts,
                           expected_version=seen.preparations.get(side),
                           expected_record_version=seen.record, publish=publish)


def _prepare(db: Database, cid: int, pro: Actor, man: Actor, *, publish_pro: bool = True,
             publish_man: bool = True) -> None:
    _write(db, pro, cid, PRO, PRO_TEXT, publish=publish_pro)
    _write(db, man, cid, MAN, MAN_TEXT, publish=publish_man)


def _sign(db: Database, actor: Actor, cid: int, side: Side, password: str) -> None:
    talks.sign(db, actor, cid, side, password, expected_version=_record(db, actor, cid))


def _conversation(db: Database, owner: Actor, pro: Actor, year: int, half: int) -> int:
    rows = talks.list_conversations(db, owner)
    return next(r.id for r in rows if r.professional_id == pro.person_id
                and (r.year, r.half) == (year, half))


def create_conversations(db: Database, password: str, today: date | None = None) -> None:
    """Last half year signed (with agreements, one reopened); this half year in every step."""
    today = today or date.today()
    owner = _person(db, "marieke")
    year, half = talks.half_year_of(today)
    last_year, last_half = (year, 1) if half == 2 else (year - 1, 2)
    talks.plan_half_year(db, owner, last_year, last_half)
    talks.plan_half_year(db, owner, year, half)

    kevin, henk = _person(db, "kevin"), _person(db, "henk")
    lisa, youssef = _person(db, "lisa"), _person(db, "youssef")
    esra, sandra = _person(db, "esra"), _person(db, "sandra")

    # Last half year: Kevin's and Lisa's conversations were held and signed.
    for pro, man in ((kevin, henk), (lisa, youssef)):
        cid = _conversation(db, owner, pro, last_year, last_half)
        _prepare(db, cid, pro, man)
        talks.add_agreement(db, man, cid, "Training storingsdiagnose regelen", man.person_id or 0,
                            today - timedelta(days=90), expected_version=_record(db, man, cid))
        talks.add_agreement(db, pro, cid, "Twee keer per maand meerijden met een ervaren "
                            "collega", pro.person_id or 0, today + timedelta(days=30),
                            expected_version=_record(db, pro, cid))
        talks.save_summary(db, man, cid, "Goed gesprek. De focus ligt op zelfstandig werken.",
                           expected_version=_record(db, man, cid))
        _sign(db, pro, cid, PRO, password)
        _sign(db, man, cid, MAN, password)
    # The first agreement was done; the second is still open and carries over.
    kevin_last = _conversation(db, owner, kevin, last_year, last_half)
    view = talks.meeting_view(db, henk, kevin_last)
    first = next(a for a in view.agreements if a.title.startswith("Training"))
    talks.reopen(db, kevin, kevin_last, "Een afspraak stond er verkeerd in.",
                 expected_version=_record(db, kevin, kevin_last))
    seen = talks.record_versions(db, henk, kevin_last)
    talks.set_agreement_status(db, henk, kevin_last, first.id, "done",
                               expected_version=seen.agreements[first.id],
                               expected_record_version=seen.record)
    _sign(db, kevin, kevin_last, PRO, password)
    _sign(db, henk, kevin_last, MAN, password)

    # This half year: Kevin ready to sign, Esra half way, Lisa only a draft.
    kevin_now = _conversation(db, owner, kevin, year, half)
    _prepare(db, kevin_now, kevin, henk)
    meeting = datetime.combine(today + timedelta(days=3), time(14, 0))
    talks.schedule(db, henk, kevin_now, meeting, "Kantoor Marieke",
                   expected_version=_record(db, henk, kevin_now))
    esra_now = _conversation(db, owner, esra, year, half)
    _prepare(db, esra_now, esra, sandra, publish_man=False)
    lisa_now = _conversation(db, owner, lisa, year, half)
    _write(db, lisa, lisa_now, PRO, {"need_from_manager": "Feedback na lastige gesprekken."},
           publish=False)

    # The organisation started with Regiestoel last half year: the other conversations of
    # that half year were not held in it, except Daan's, which is now overdue.
    daan = _person(db, "daan")
    with db.transaction() as s:
        for c in s.scalars(select(Conversation).where(Conversation.year == last_year,
                                                      Conversation.half == last_half)):
            if c.status == "planned" and c.professional_id != daan.person_id:
                c.status = "cancelled"
