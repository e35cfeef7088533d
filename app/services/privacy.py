"""A person's GDPR rights: export everything (access), erase (erasure), and retention after leaving.

Erasure keeps the person's row as an anonymous anchor: everything that feeds a figure keeps
pointing at it, so totals, counts and the budget history stay right, while every text that
is the person's own is deleted or blanked. Each place that refers to a person, decided:

table.column                    rule        what happens, and why
------------------------------  ----------  ----------------------------------------------------
person (the row itself)         anonymise   name -> "Verwijderde medewerker #<id>" (in the
                                            organisation's language), email ->
                                            erased-<id>@regiestoel.invalid; birth_year,
                                            language, notes, keep_reason, keep_until emptied;
                                            archived_at and left_on stay (dates, no content)
person.manager_id               unlink      reports of the erased person get no manager
account.person_id               delete      the password hash and login facts
person_role.person_id           delete      an erased person holds no role
expertise_tag.person_id         delete      what they knew is about them
person_team.person_id           keep        the ledger's team rows add up their members
development_question.person_id  delete      the question and every answer version
                                            (guiding_answer goes with it)
work_situation.owner_id         anonymise   title and texts -> a marker; kind, aim, status,
                                            dates and group stay for the counts
situation_note.author_id        anonymise   text -> a marker, for every note they wrote and
                                            for every note in their own situations
lesson.author_id                unlink      the lesson belongs to the organisation and stays
group_member.person_id          delete      membership feeds no figure
group_invitation.person_id      delete      an invitation to them feeds no figure
group_invitation.invited_by     unlink      who asked is no figure
reminder_claim.person_id        delete      which reminders they were e-mailed feeds no
                                            figure
coach_conversation.person_id    delete      their saved conversations with the AI coach
notification_setting.person_id  delete      their choices for desktop notifications
notification_shown.person_id    delete      which notifications they were shown feeds no
                                            figure
situation_close_request.requested_by
                                delete      their request to a colleague to finish a
                                            situation, with its note; requests about
                                            their own situations go too
learning_group.guide_id         unlink      the group no longer shows them as guide
learning_group.created_by       unlink      who started it is no figure
cycle.created_by                unlink      who planned it is no figure
session.started_by              unlink      who pressed start is no figure
attendance.person_id            anonymise   present, energy and meaning stay (session
                                            figures), linked to the anonymous row; note -> ""
learning_hours.person_id        keep        the organisation's learning hours stay right
learning_request.person_id      anonymise   kind, amounts, minutes, dates, budget year and
                                            status stay (the budget history); title, provider,
                                            link -> a marker or ""; reason, decision reason,
                                            over-budget reason, learned, applied note -> ""
learning_request.decided_by     keep        a decision about someone else's request
person_budget.person_id         keep        the ledger's available amounts stay right
action.owner_id                 anonymise   title -> a marker (status and due stay), except
                                            agreements in a colleague's conversation
action.created_by               unlink      who typed it is no figure
conversation.professional_id    anonymise   the conversation, its half year, status, dates and
                                            signatures stay; summary, location -> ""; not
                                            readable by later managers any more
conversation.manager_id         keep        it is the colleague's record; the anonymous name
                                            shows as manager
preparation.author_id           delete      both preparations of their own conversations; a
                                            preparation they wrote as manager stays in the
                                            colleague's record
signature.person_id             keep        that, and when, a record was signed; the remark
                                            in their own conversations -> ""
signature.voided_by             keep        whose change took a signature back (a name by id)
correction_request.person_id    keep        that a correction was asked; in their own
                                            conversations its text -> "" (and the agreement's
                                            title -> a marker)
conversation_event.person_id    keep        note -> "" in their own conversations; their name
                                            in any other note -> the anonymous name
culture_participation.people    keep        only that they answered a round: an id in the
                                            round's sorted list (the answers are counts that
                                            nothing links to a person)
culture_action.owner_id         keep        a team's culture action; the anonymous name shows
audit_entry.actor_id            keep        the log is append-only; it shows names by id, so it
audit_entry.subject_id          keep        shows the anonymous name from now on

After the change, an SQLite file is vacuumed and its write-ahead log truncated, so the old
text does not linger in free pages. Backups made earlier still hold it until they rotate out.
"""

from __future__ import annotations

import io
import json
import logging
import os
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.orm import Session

from app import messages, policy
from app.access import Actor, Operation, require
from app.changes import Area, Changes
from app.content import guiding_questions
from app.db import Database
from app.jobs import Progress, progress_of
from app.money import format_amount
from app.personal_copy.outbox import online_only
from app.policy import Kind, Op
from app.services import audit
from app.validation import clean_text
from models import (
    Account,
    Action,
    Attendance,
    CoachConversation,
    Conversation,
    ConversationEvent,
    ConversationStatus,
    CorrectionRequest,
    Cycle,
    DevelopmentQuestion,
    GroupInvitation,
    GuidingAnswer,
    LearningGroup,
    LearningHours,
    LearningRequest,
    Lesson,
    NotificationSetting,
    NotificationShown,
    Organisation,
    Person,
    PersonBudget,
    PersonRole,
    Preparation,
    ReminderClaim,
    Role,
    Side,
    Signature,
    SituationCloseRequest,
    SituationNote,
    WorkSituation,
    group_member,
)
from models import Session as SessionModel
from models.errors import Conflict, Forbidden, Invalid, NotFound

log = logging.getLogger(__name__)

RETENTION_YEARS = 2
ERASED_DOMAIN = "regiestoel.invalid"
LANGUAGES = ("nl", "en")
KEEP_REASON_MAX = 1000
# A sealed export is opened by the person with a passphrase they typed: long enough that
# nobody guesses it (AES-256 in the ZIP itself; see seal_zip).
PASSPHRASE_MIN = 10

# What an export holds, by kind of record: the policy decides who may start it, and whether
# only sealed. Its content is read as the person themself.
EXPORTED_KINDS = (Kind.DEVELOPMENT_QUESTION, Kind.WORK_SITUATION, Kind.GROUP_CONTENT,
                  Kind.PREPARATION_DRAFT, Kind.PREPARATION_PUBLISHED, Kind.SUMMARY,
                  Kind.AGREEMENTS, Kind.RECORD, Kind.LEARNING_REQUEST, Kind.BUDGET_LINE)

# The files of an export, in the order README.txt explains them.
EXPORT_FILES = ("person.json", "development.json", "situations.json", "notes.json",
                "lessons.json", "groups.json", "sessions.json", "actions.json",
                "learning_hours.json", "learning_requests.json", "conversations.json")

ERASURE_AREAS = (Area.PEOPLE, Area.TEAMS, Area.ACCOUNTS, Area.AUDIT, Area.DEVELOPMENT,
                 Area.SITUATIONS, Area.LESSONS, Area.GROUPS, Area.CYCLES, Area.SESSIONS,
                 Area.ACTIONS, Area.HOURS, Area.CONVERSATIONS, Area.BUDGET)


@dataclass(frozen=True)
class RetentionRow:
    """Someone who left more than two years ago and whose records are due for removal."""

    id: int
    name: str
    left_on: date
    # An earlier reason to keep them, now expired (None when there never was one).
    keep_reason: str | None
    keep_until: date | None


# --- small helpers -------------------------------------------------------------------------


def erased_email(person_id: int) -> str:
    """The placeholder address of an erased person: unique, and never deliverable."""
    return f"erased-{person_id}@{ERASED_DOMAIN}"


def is_erased(person: Person) -> bool:
    return person.email == erased_email(person.id)


def _get(s: Session, person_id: int) -> Person:
    person = s.get(Person, person_id)
    if person is None:
        raise NotFound("person_not_found", id=person_id)
    return person


def _language(language: str) -> str:
    if language not in LANGUAGES:
        raise Invalid("language_unknown", field="language")
    return language


def _organisation_language(s: Session) -> str:
    language = s.scalar(select(Organisation.default_language).limit(1))
    return language if language in LANGUAGES else "nl"


def _is_last_owner(s: Session, person: Person) -> bool:
    if Role.OWNER not in person.roles or person.archived_at is not None:
        return False
    others = s.scalar(
        select(Person.id).join(PersonRole, PersonRole.person_id == Person.id)
        .where(PersonRole.role == Role.OWNER.value, Person.archived_at.is_(None),
               Person.id != person.id).limit(1))
    return others is None


def _two_years_before(day: date) -> date:
    try:
        return day.replace(year=day.year - RETENTION_YEARS)
    except ValueError:  # 29 February
        return day.replace(year=day.year - RETENTION_YEARS, day=28)


def _left_on(person: Person) -> date | None:
    if person.left_on is not None:
        return person.left_on
    return person.archived_at.date() if person.archived_at is not None else None


def _keep_in_force(person: Person, today: date) -> bool:
    return bool(person.keep_reason) and person.keep_until is not None and \
        person.keep_until >= today


# --- right of access: the export -----------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def _json(data: Any) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False, default=_plain) + "\n").encode()


def _money(cents: int | None, language: str) -> str | None:
    return None if cents is None else format_amount(cents, language, symbol=True)


def _person_part(s: Session, p: Person, names: dict[int, str], language: str) -> dict[str, Any]:
    account = s.get(Account, p.id)
    budgets = s.scalars(select(PersonBudget).where(PersonBudget.person_id == p.id)
                        .order_by(PersonBudget.year))
    notes = s.get(NotificationSetting, p.id)
    return {
        "id": p.id,
        "name": p.name,
        "email": p.email,
        "birth_year": p.birth_year,
        "language": p.language,
        "notes": p.notes,
        "roles": sorted(r.value for r in p.roles),
        "teams": [t.name for t in p.teams],
        "manager": names.get(p.manager_id) if p.manager_id else None,
        "expertise": p.expertise,
        "created_at": p.created_at,
        "archived_at": p.archived_at,
        "left_on": p.left_on,
        "keep_reason": p.keep_reason,
        "keep_until": p.keep_until,
        # The facts of the login account; never the password hash.
        "account": None if account is None else {
            "must_change_password": account.must_change_password,
            "failed_attempts": account.failed_attempts,
            "locked_until": account.locked_until,
            "last_login_at": account.last_login_at,
            "password_changed_at": account.password_changed_at,
        },
        "individual_budgets": [
            {"year": b.year, "amount_cents": b.amount_cents,
             "amount": _money(b.amount_cents, language)} for b in budgets],
        # Their choices for desktop notifications (what was shown to them is no content).
        "notifications": None if notes is None else {
            "topics_off": [t for t in notes.topics_off.split(",") if t],
            "quiet_from": notes.quiet_from, "quiet_until": notes.quiet_until},
    }


def _development_part(s: Session, person_id: int, language: str) -> dict[str, Any]:
    titles = {q.key: q.title for q in guiding_questions(language)}
    questions = s.scalars(select(DevelopmentQuestion)
                          .where(DevelopmentQuestion.person_id == person_id)
                          .order_by(DevelopmentQuestion.id))
    result = []
    for q in questions:
        by_key: dict[str, list[dict[str, Any]]] = {}
        for a in q.answers:
            by_key.setdefault(a.key, []).append({"text": a.text, "saved_at": a.created_at})
        result.append({
            "id": q.id, "text": q.text, "shared_with_manager": q.shared_with_manager,
            "created_at": q.created_at, "updated_at": q.updated_at, "closed_at": q.closed_at,
            "answers": [{"key": key, "question": titles.get(key, key), "versions": versions}
                        for key, versions in by_key.items()],
        })
    return {"questions": result}


def _situations_part(s: Session, person_id: int, groups: dict[int, str]) -> list[dict[str, Any]]:
    situations = s.scalars(select(WorkSituation).where(WorkSituation.owner_id == person_id)
                           .order_by(WorkSituation.id))
    return [{
        "id": w.id, "title": w.title, "description": w.description, "kind": w.kind,
        "aim": w.aim, "status": w.status,
        "group": groups.get(w.group_id) if w.group_id else None,
        "experiment": w.experiment, "expected_result": w.expected_result,
        "outcome": w.outcome, "created_at": w.created_at, "updated_at": w.updated_at,
        "finished_at": w.finished_at,
        # Colleagues' notes on my situation are part of it; who wrote them is theirs.
        "notes": [{"kind": n.kind, "text": n.text, "by_me": n.author_id == person_id,
                   "created_at": n.created_at} for n in w.notes],
    } for w in situations]


def _notes_part(s: Session, person_id: int) -> list[dict[str, Any]]:
    notes = s.execute(
        select(SituationNote).join(WorkSituation)
        .where(SituationNote.author_id == person_id, WorkSituation.owner_id != person_id)
        .order_by(SituationNote.id)).scalars()
    asked = s.scalars(select(SituationCloseRequest).where(
        SituationCloseRequest.requested_by == person_id))
    return [{"situation_id": n.situation_id, "kind": n.kind, "text": n.text,
             "created_at": n.created_at} for n in notes] + [
        {"situation_id": r.situation_id, "kind": "request_to_finish", "result": r.result,
         "text": r.note, "created_at": r.requested_at} for r in asked]


def _lessons_part(s: Session, person_id: int) -> list[dict[str, Any]]:
    lessons = s.scalars(select(Lesson).where(Lesson.author_id == person_id).order_by(Lesson.id))
    return [{
        "id": x.id, "title": x.title, "context": x.context, "what_worked": x.what_worked,
        "what_did_not": x.what_did_not, "next_time": x.next_time,
        "tags": [t.strip() for t in x.tags.split(",") if t.strip()],
        "situation_id": x.situation_id, "created_at": x.created_at,
    } for x in lessons]


def _groups_part(s: Session, person_id: int) -> list[dict[str, Any]]:
    member_of = set(s.scalars(select(group_member.c.group_id)
                              .where(group_member.c.person_id == person_id)))
    # Invitations not (yet) accepted: "invited" while open, "declined" once said no.
    asked = {i.group_id: i.status for i in s.scalars(
        select(GroupInvitation).where(GroupInvitation.person_id == person_id))}
    groups = s.scalars(select(LearningGroup).where(or_(
        LearningGroup.id.in_(member_of), LearningGroup.guide_id == person_id,
        LearningGroup.created_by == person_id, LearningGroup.id.in_(asked)))
        .order_by(LearningGroup.id))
    result = []
    for g in groups:
        roles = [label for label, yes in (("member", g.id in member_of),
                                          ("guide", g.guide_id == person_id),
                                          ("started", g.created_by == person_id),
                                          ("invited", asked.get(g.id) == "open"),
                                          ("declined", asked.get(g.id) == "declined")) if yes]
        # The other members are colleagues' data: the export names the group, not them.
        result.append({"id": g.id, "name": g.name, "purpose": g.purpose, "as": roles,
                       "created_at": g.created_at, "archived_at": g.archived_at})
    return result


def _sessions_part(s: Session, person_id: int, groups: dict[int, str]) -> list[dict[str, Any]]:
    rows = s.execute(
        select(Attendance, SessionModel, Cycle.group_id)
        .join(SessionModel, SessionModel.id == Attendance.session_id)
        .join(Cycle, Cycle.id == SessionModel.cycle_id)
        .where(Attendance.person_id == person_id)
        .order_by(SessionModel.day, SessionModel.id))
    return [{
        "group": groups.get(group_id, ""), "day": session.day,
        "day_number": session.day_number, "minutes": session.minutes,
        "present": a.present, "energy": a.energy, "meaning": a.meaning, "note": a.note,
    } for a, session, group_id in rows]


def _actions_part(s: Session, person_id: int) -> list[dict[str, Any]]:
    actions = s.scalars(select(Action).where(Action.owner_id == person_id).order_by(Action.id))
    return [{
        "id": a.id, "title": a.title, "due": a.due, "status": a.status,
        "from": "conversation" if a.conversation_id else "session" if a.session_id
        else "situation" if a.situation_id else None,
        "created_at": a.created_at, "done_at": a.done_at,
    } for a in actions]


def _hours_part(s: Session, person_id: int) -> dict[str, Any]:
    entries = list(s.scalars(select(LearningHours).where(LearningHours.person_id == person_id)
                             .order_by(LearningHours.day, LearningHours.id)))
    years: dict[int, dict[str, int]] = {}
    for h in entries:
        year = years.setdefault(h.day.year, {"year": h.day.year, "minutes_in_working_time": 0,
                                             "minutes_outside_working_time": 0})
        key = "minutes_in_working_time" if h.in_working_time else "minutes_outside_working_time"
        year[key] += h.minutes
    return {
        "per_year": [years[y] for y in sorted(years)],
        "entries": [{"day": h.day, "minutes": h.minutes, "in_working_time": h.in_working_time,
                     "source": h.source, "source_id": h.source_id} for h in entries],
    }


def _requests_part(s: Session, person_id: int, names: dict[int, str], language: str
                   ) -> list[dict[str, Any]]:
    requests = s.scalars(select(LearningRequest).where(LearningRequest.person_id == person_id)
                         .order_by(LearningRequest.id))
    return [{
        "id": r.id, "kind": r.kind, "title": r.title, "provider": r.provider, "link": r.link,
        "cost_cents": r.cost_cents, "cost": _money(r.cost_cents, language),
        "actual_cost_cents": r.actual_cost_cents,
        "actual_cost": _money(r.actual_cost_cents, language),
        "minutes": r.minutes, "in_working_time": r.in_working_time,
        "start_date": r.start_date, "end_date": r.end_date, "budget_year": r.budget_year,
        "reason": r.reason, "status": r.status,
        "decided_by": names.get(r.decided_by) if r.decided_by else None,
        "decided_at": r.decided_at, "decision_reason": r.decision_reason,
        "over_budget_reason": r.over_budget_reason, "learned": r.learned,
        "applied_note": r.applied_note, "completed_at": r.completed_at,
        "created_at": r.created_at,
    } for r in requests]


def _preparation_part(prep: Preparation | None, language: str) -> dict[str, Any] | None:
    from app.services.conversations import preparation_fields

    if prep is None:
        return None
    try:
        texts = json.loads(prep.content or "{}")
    except ValueError:
        texts = {}
    if not isinstance(texts, dict):
        texts = {}
    labels = {f.key: f.label for f in preparation_fields(language)[Side(prep.side)]}
    return {
        "published_at": prep.published_at, "updated_at": prep.updated_at,
        "fields": [{"key": key, "question": labels.get(key, key), "text": str(text)}
                   for key, text in texts.items()],
    }


def record_file(year: int, half: int) -> str:
    return f"records/{year}-{half}.html"


def _signed(c: Conversation) -> bool:
    return c.status == ConversationStatus.SIGNED.value and c.locked_at is not None


def _conversations_part(s: Session, person_id: int, names: dict[int, str], language: str
                        ) -> list[dict[str, Any]]:
    """Their own conversations as professional: their own preparation (also a draft), the
    manager's only once published, agreements, signatures and the history."""
    conversations = s.scalars(select(Conversation)
                              .where(Conversation.professional_id == person_id)
                              .order_by(Conversation.year, Conversation.half))
    result = []
    for c in conversations:
        own = next((p for p in c.preparations if p.side == Side.PROFESSIONAL.value), None)
        other = next((p for p in c.preparations if p.side == Side.MANAGER.value
                      and p.published_at is not None), None)
        agreements = s.scalars(select(Action).where(Action.conversation_id == c.id)
                               .order_by(Action.id))
        events = s.scalars(select(ConversationEvent)
                           .where(ConversationEvent.conversation_id == c.id)
                           .order_by(ConversationEvent.id))
        result.append({
            "id": c.id, "year": c.year, "half": c.half, "status": c.status,
            "manager": names.get(c.manager_id) if c.manager_id else None,
            "window_start": c.window_start, "window_end": c.window_end,
            "meeting_at": c.meeting_at, "location": c.location, "locked_at": c.locked_at,
            "summary": c.summary, "readable_by_later_managers": c.readable_by_later_managers,
            "my_preparation": _preparation_part(own, language),
            "manager_preparation": _preparation_part(other, language),
            "agreements": [{"title": a.title, "owner": names.get(a.owner_id, ""),
                            "due": a.due, "status": a.status} for a in agreements],
            "signatures": [{"side": sig.side, "name": names.get(sig.person_id or 0, ""),
                            "signed_at": sig.signed_at, "void": sig.void, "kind": sig.kind,
                            "remark": sig.remark}
                           for sig in sorted(c.signatures, key=lambda sig: sig.id)],
            "corrections": [{"side": r.side, "name": names.get(r.person_id or 0, ""),
                             "part": r.part, "agreement": r.agreement_title, "text": r.text,
                             "requested_at": r.requested_at, "resolved_at": r.resolved_at}
                            for r in c.corrections],
            "history": [{"kind": e.kind, "at": e.at, "note": e.note} for e in events],
            "record": record_file(c.year, c.half) if _signed(c) else None,
        })
    return result


def _readme(name: str, language: str, records: int) -> bytes:
    def say(code: str, **params: object) -> str:
        return messages.text(f"privacy.readme.{code}", language, **params)

    lines = [say("title", name=name), "", say("intro", day=date.today()), ""]
    for file in EXPORT_FILES:
        lines.append(f"{file}: {say(file.removesuffix('.json'))}")
    lines.append(f"records/: {say('records', count=records)}")
    lines += ["", say("format"), "", say("not_included"), ""]
    return "\n".join(lines).encode()


def _check_passphrase(passphrase: str | None) -> None:
    if passphrase is not None and len(passphrase) < PASSPHRASE_MIN:
        raise Invalid("export_passphrase_too_short", field="passphrase",
                      minimum=PASSPHRASE_MIN)


def _require_export(s: Session, actor: Actor, person_id: int, sealed: bool) -> None:
    """The person themself, on their own login; anyone else the policy allows only sealed
    with a passphrase the person types, so the content is theirs alone to open."""
    subject = policy.Subject(person_id=person_id)
    for kind in EXPORTED_KINDS:
        if policy.allows(s, actor, kind, Op.EXPORT, subject, sealed=sealed):
            continue
        if not sealed and policy.allows(s, actor, kind, Op.EXPORT, subject, sealed=True):
            raise Forbidden("export_needs_passphrase")
        raise Forbidden("not_allowed", operation=Operation.EXPORT_PERSON.value)


def seal_zip(files: Iterable[tuple[str, bytes]], passphrase: str) -> bytes:
    """A ZIP whose every file is encrypted with AES-256 (WinZip AE-2, as 7-Zip, WinZip,
    PeaZip and The Unarchiver open it) under ``passphrase``. File names stay readable."""
    import pyzipper

    buffer = io.BytesIO()
    with pyzipper.AESZipFile(buffer, "w", compression=pyzipper.ZIP_DEFLATED,
                             encryption=pyzipper.WZ_AES) as zf:
        zf.setpassword(passphrase.encode("utf-8"))
        zf.setencryption(pyzipper.WZ_AES, nbits=256)
        for name, data in files:
            zf.writestr(name, data)
    return buffer.getvalue()


def _plain_zip(files: Iterable[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files:
            zf.writestr(name, data)
    return buffer.getvalue()


def _build_export(db: Database, actor: Actor, person_id: int, language: str,
                  passphrase: str | None, job: Progress) -> tuple[bytes, int]:
    from app.conversation_record import render_record

    language = _language(language)
    _check_passphrase(passphrase)
    job.step("export_reading")
    with db.read() as s:
        person = _get(s, person_id)
        _require_export(s, actor, person_id, sealed=passphrase is not None)
        names = dict(s.execute(select(Person.id, Person.name)).all())
        groups = dict(s.execute(select(LearningGroup.id, LearningGroup.name)).all())
        parts: dict[str, Any] = {
            "person.json": _person_part(s, person, names, language),
            "development.json": _development_part(s, person_id, language),
            "situations.json": _situations_part(s, person_id, groups),
            "notes.json": _notes_part(s, person_id),
            "lessons.json": _lessons_part(s, person_id),
            "groups.json": _groups_part(s, person_id),
            "sessions.json": _sessions_part(s, person_id, groups),
            "actions.json": _actions_part(s, person_id),
            "learning_hours.json": _hours_part(s, person_id),
            "learning_requests.json": _requests_part(s, person_id, names, language),
            "conversations.json": _conversations_part(s, person_id, names, language),
        }
        signed = [(c.id, c.year, c.half) for c in s.scalars(
            select(Conversation).where(Conversation.professional_id == person_id)
            .order_by(Conversation.year, Conversation.half)) if _signed(c)]
        # The record is read as the person themself: the one reader who may always read it,
        # and whose own reads are not audited as someone else's.
        as_person = Actor(person_id=person.id, roles=person.roles, name=person.name)
        name = person.name
    files = [("README.txt", _readme(name, language, len(signed)))]
    files += [(file, _json(parts[file])) for file in EXPORT_FILES]
    for number, (conversation_id, year, half) in enumerate(signed):
        job.step("export_records", number, len(signed))
        page = render_record(db, as_person, conversation_id, language)
        files.append((record_file(year, half), page.encode()))
    job.step("export_sealing" if passphrase is not None else "export_writing")
    data = _plain_zip(files) if passphrase is None else seal_zip(files, passphrase)
    return data, len(signed)


def _audit_export(db: Database, actor: Actor, person_id: int, records: int,
                  language: str, sealed: bool) -> None:
    with db.transaction() as s:
        audit.record(s, actor, "person_exported", person_id, records=records,
                     language=language, sealed=sealed)


def export_person(db: Database, actor: Actor, person_id: int, language: str, *,
                  passphrase: str | None = None) -> bytes:
    """Everything about one person as a ZIP: readable JSON per area, each signed conversation
    record as HTML, and a README in ``language``.

    The person exports their own data on their own login. The owner (or the machine's
    administrator) exports it only sealed with ``passphrase``, which the person types: the
    content is what the person may read, and only they can open it."""
    data, records = _build_export(db, actor, person_id, language, passphrase, Progress())
    _audit_export(db, actor, person_id, records, language, passphrase is not None)
    return data


def export_person_to(db: Database, actor: Actor, person_id: int, path: Path,
                     language: str, *, passphrase: str | None = None,
                     progress: Progress | None = None) -> Changes:
    """Write the export to ``path``; a half-written file never stays behind. Cancelled
    (``progress``) before it is written, nothing is written and nothing is logged."""
    job = progress_of(progress)
    data, records = _build_export(db, actor, person_id, language, passphrase, job)
    # Written and logged together: a file that left is always in the audit log.
    job.point_of_no_return("export_writing")
    path = Path(path)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise Invalid("file_unwritable", path=str(path), detail=exc.strerror or str(exc)) \
            from exc
    _audit_export(db, actor, person_id, records, language, passphrase is not None)
    return Changes.of(Area.AUDIT, ids=(person_id,), value=path)


# --- right to erasure ----------------------------------------------------------------------


def _check_erasable(s: Session, person: Person) -> None:
    if is_erased(person):
        raise Conflict("already_erased", id=person.id)
    if _is_last_owner(s, person):
        raise Conflict("last_owner")
    if person.archived_at is None:
        raise Conflict("erase_only_archived", name=person.name)


def check_erasable(db: Database, actor: Actor, person_id: int) -> str:
    """The person's name when they may be erased now; the same errors as ``erase_person``."""
    require(actor, Operation.ERASE_PERSON)
    with db.read() as s:
        person = _get(s, person_id)
        _check_erasable(s, person)
        return person.name


def _ids(s: Session, stmt: Any) -> list[int]:
    return list(s.scalars(stmt))


def _erase(s: Session, actor: Actor, person: Person, language: str) -> None:
    """Apply the rule table at the top of this module, in the caller's transaction."""
    pid, old_name = person.id, person.name
    anonymous = messages.text("privacy.erased_name", language, id=pid)
    marker = messages.text("privacy.erased_text", language)
    own_conversations = _ids(s, select(Conversation.id)
                             .where(Conversation.professional_id == pid))
    own_situations = _ids(s, select(WorkSituation.id).where(WorkSituation.owner_id == pid))

    # Rows with a version column change through the ORM, so an open form that still holds
    # the old version is refused instead of writing the old text back.
    person.name, person.email = anonymous, erased_email(pid)
    person.birth_year = person.language = person.manager_id = None
    person.notes = ""
    person.keep_reason = person.keep_until = None
    person.role_rows = []
    person.expertise_rows = []
    for report in s.scalars(select(Person).where(Person.manager_id == pid)):
        report.manager_id = None
    for w in s.scalars(select(WorkSituation).where(WorkSituation.owner_id == pid)):
        w.title, w.description = marker, ""
        w.experiment = w.expected_result = w.outcome = ""
        w.development_question_id = None
    for r in s.scalars(select(LearningRequest).where(LearningRequest.person_id == pid)):
        r.title, r.provider, r.link = marker, "", ""
        r.reason = r.decision_reason = r.over_budget_reason = r.learned = r.applied_note = ""
        r.development_question_id = None
    # Agreements they own in a colleague's conversation stay: that record is the colleague's.
    for a in s.scalars(select(Action).where(or_(
            Action.conversation_id.in_(own_conversations),
            and_(Action.owner_id == pid, Action.conversation_id.is_(None))))):
        a.title = marker
    for c in s.scalars(select(Conversation).where(Conversation.id.in_(own_conversations))):
        c.summary, c.location = "", ""
        c.readable_by_later_managers = False
    for lesson in s.scalars(select(Lesson).where(Lesson.author_id == pid)):
        lesson.author_id = None
    s.flush()

    s.execute(delete(Account).where(Account.person_id == pid))
    questions = select(DevelopmentQuestion.id).where(DevelopmentQuestion.person_id == pid)
    s.execute(delete(GuidingAnswer).where(GuidingAnswer.question_id.in_(questions)))
    s.execute(update(LearningRequest).where(LearningRequest.development_question_id.in_(
        questions)).values(development_question_id=None))
    s.execute(update(WorkSituation).where(WorkSituation.development_question_id.in_(
        questions)).values(development_question_id=None))
    s.execute(delete(DevelopmentQuestion).where(DevelopmentQuestion.person_id == pid))
    # Their conversations with the coach are theirs alone: nothing of them stays.
    s.execute(delete(CoachConversation).where(CoachConversation.person_id == pid))
    s.execute(update(SituationNote).where(or_(SituationNote.author_id == pid,
                                              SituationNote.situation_id.in_(own_situations)))
              .values(text=marker))
    s.execute(delete(group_member).where(group_member.c.person_id == pid))
    s.execute(delete(GroupInvitation).where(GroupInvitation.person_id == pid))
    s.execute(delete(ReminderClaim).where(ReminderClaim.person_id == pid))
    s.execute(delete(NotificationSetting).where(NotificationSetting.person_id == pid))
    s.execute(delete(NotificationShown).where(NotificationShown.person_id == pid))
    s.execute(update(GroupInvitation).where(GroupInvitation.invited_by == pid)
              .values(invited_by=None))
    s.execute(delete(SituationCloseRequest).where(or_(
        SituationCloseRequest.requested_by == pid,
        SituationCloseRequest.situation_id.in_(own_situations))))
    s.execute(update(LearningGroup).where(LearningGroup.guide_id == pid).values(guide_id=None))
    s.execute(update(LearningGroup).where(LearningGroup.created_by == pid)
              .values(created_by=None))
    s.execute(update(Cycle).where(Cycle.created_by == pid).values(created_by=None))
    s.execute(update(SessionModel).where(SessionModel.started_by == pid)
              .values(started_by=None))
    s.execute(update(Attendance).where(Attendance.person_id == pid).values(note=""))
    s.execute(update(Action).where(Action.created_by == pid).values(created_by=None))
    s.execute(delete(Preparation).where(Preparation.conversation_id.in_(own_conversations)))
    s.execute(update(ConversationEvent)
              .where(ConversationEvent.conversation_id.in_(own_conversations))
              .values(note=""))
    # A remark given when signing and a correction asked for are text of the record too.
    s.execute(update(Signature).where(Signature.conversation_id.in_(own_conversations))
              .values(remark=""))
    s.execute(update(CorrectionRequest)
              .where(CorrectionRequest.conversation_id.in_(own_conversations))
              .values(text=""))
    s.execute(update(CorrectionRequest)
              .where(CorrectionRequest.conversation_id.in_(own_conversations),
                     CorrectionRequest.agreement_title != "")
              .values(agreement_title=marker))
    # A replaced manager's name is written into the event's note ("old → new").
    if old_name:
        for e in s.scalars(select(ConversationEvent).where(
                ConversationEvent.note.contains(old_name, autoescape=True))):
            e.note = e.note.replace(old_name, anonymous)
    audit.record(s, actor, "person_erased", pid)


def _scrub_file(db: Database) -> None:
    """Leave no copy of erased text in the SQLite file's free pages or its write-ahead log.

    Best effort: another program reading at this moment makes it wait for a next time; the
    erased text is then only in free pages, which SQLite reuses. On PostgreSQL, VACUUM
    frees the old row versions that still hold the text (it needs the tables' owner)."""
    if not db.is_sqlite:
        try:
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM")
        except Exception as exc:  # the erasure itself is saved; never fail it afterwards
            log.warning("could not vacuum after an erasure: %s", exc)
        return
    raw = db.engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert connection is not None
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception as exc:  # the erasure itself is saved; never fail it afterwards
        log.warning("could not vacuum after an erasure: %s", exc)
    finally:
        raw.close()


def _erase_in_transaction(db: Database, actor: Actor, person_ids: Iterable[int],
                          *, today: date | None = None, due_only: bool = False) -> int:
    count = 0
    with db.transaction() as s:
        if db.is_sqlite:
            # Deleted and overwritten text is zeroed in the file, not merely unlinked.
            s.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        language = _organisation_language(s)
        for person_id in person_ids:
            person = _get(s, person_id)
            if due_only and not _is_due(person, today or date.today()):
                continue
            _check_erasable(s, person)
            _erase(s, actor, person, language)
            count += 1
    if count:
        _scrub_file(db)
    return count


@online_only()
def erase_person(db: Database, actor: Actor, person_id: int) -> Changes:
    """Erase an archived person: their own words go, the figures they fed stay right.

    Never the last owner, never someone still active (``Conflict('erase_only_archived')``):
    archive first, so that nobody disappears by one wrong click."""
    require(actor, Operation.ERASE_PERSON)
    _erase_in_transaction(db, actor, [person_id])
    return Changes.of(*ERASURE_AREAS, ids=(person_id,))


# --- retention of people who left ----------------------------------------------------------


def _is_due(person: Person, today: date) -> bool:
    left = _left_on(person)
    return (person.archived_at is not None and not is_erased(person) and left is not None
            and left < _two_years_before(today) and not _keep_in_force(person, today))


def people_due_for_removal(db: Database, actor: Actor, today: date | None = None
                           ) -> list[RetentionRow]:
    """Archived people who left more than two years ago, without a reason to keep in force."""
    require(actor, Operation.ERASE_PERSON)
    today = today or date.today()
    with db.read() as s:
        archived = s.scalars(select(Person).where(Person.archived_at.is_not(None))
                             .order_by(Person.left_on, Person.id))
        return [RetentionRow(p.id, p.name, _left_on(p) or today, p.keep_reason, p.keep_until)
                for p in archived if _is_due(p, today)]


@online_only()
def postpone_removal(db: Database, actor: Actor, person_id: int, reason: str, until: date,
                     *, today: date | None = None) -> Changes:
    """The owner keeps someone's records longer, for a recorded reason, until a date."""
    require(actor, Operation.ERASE_PERSON)
    clean = clean_text(reason, "keep_reason", max_length=KEEP_REASON_MAX, required=True,
                       multiline=True)
    if until <= (today or date.today()):
        raise Invalid("keep_until_not_future", field="keep_until")
    with db.transaction() as s:
        person = _get(s, person_id)
        if is_erased(person):
            raise Conflict("already_erased", id=person.id)
        if person.archived_at is None:
            raise Conflict("not_archived", name=person.name)
        person.keep_reason, person.keep_until = clean, until
        # The reason is the owner's text about a person: it stays out of the log.
        audit.record(s, actor, "removal_postponed", person_id, until=until.isoformat())
    return Changes.of(Area.PEOPLE, Area.AUDIT, ids=(person_id,))


@online_only()
def remove_due(db: Database, actor: Actor, *, today: date | None = None) -> int:
    """Erase everyone due for removal, all in one transaction; returns how many."""
    require(actor, Operation.ERASE_PERSON)
    due = [row.id for row in people_due_for_removal(db, actor, today)]
    if not due:
        return 0
    return _erase_in_transaction(db, actor, due, today=today, due_only=True)


__all__ = [
    "EXPORT_FILES",
    "RetentionRow",
    "check_erasable",
    "erase_person",
    "erased_email",
    "export_person",
    "export_person_to",
    "is_erased",
    "people_due_for_removal",
    "postpone_removal",
    "record_file",
    "remove_due",
    "seal_zip",
]
