"""The signed record of a talent conversation as one HTML document (printed to PDF by ui/).

The document's fixed words live in resources/templates/conversation_record.{nl,en}.html;
every value put into it is escaped here. Plain CSS that QTextDocument understands.
"""

from __future__ import annotations

import html
import string
from collections.abc import Iterable
from datetime import date, datetime
from functools import cache

from sqlalchemy import select

from app import messages
from app.access import Actor
from app.db import Database
from app.paths import resources_dir
from app.services.conversations import (
    LANGUAGES,
    ZONE,
    AgreementRow,
    EventKind,
    MeetingView,
    PreparationView,
    preparation_fields,
    signed_record,
)
from models import Organisation, Side, VoidReason
from models.errors import Invalid


@cache
def _template(language: str) -> string.Template:
    path = resources_dir() / "templates" / f"conversation_record.{language}.html"
    return string.Template(path.read_text(encoding="utf-8"))


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _block(text: str) -> str:
    """Escaped text with its line breaks kept."""
    return _e(text).replace("\n", "<br>")


def format_day(value: date | None, language: str) -> str:
    """27-11-2026 in Dutch, 27/11/2026 in English."""
    if value is None:
        return ""
    return value.strftime("%d-%m-%Y" if language == "nl" else "%d/%m/%Y")


def format_moment(value: datetime | None, language: str) -> str:
    """A stored UTC moment as Amsterdam wall-clock time: 27-11-2026 14:05."""
    if value is None:
        return ""
    local = value.astimezone(ZONE)
    return f"{format_day(local.date(), language)} {local:%H:%M}"


def _say(code: str, language: str, **params: object) -> str:
    return messages.text(code, language, **params)


def _preparation(view: PreparationView | None, side: Side, language: str) -> str:
    texts = view.fields if view is not None else {}
    parts = []
    for f in preparation_fields(language)[side]:
        text = texts.get(f.key, "").strip()
        body = _block(text) if text else _e(_say("conversation.record.nothing_written", language))
        parts.append(f"<h3>{_e(f.label)}</h3>\n<p>{body}</p>")
    if view is not None and view.published_at is not None:
        published = _say("conversation.record.published", language,
                         at=format_moment(view.published_at, language))
        parts.append(f'<p class="note">{_e(published)}</p>')
    return "\n".join(parts)


def _agreement_rows(rows: Iterable[AgreementRow], language: str, empty_code: str) -> str:
    lines = []
    for a in rows:
        due = format_day(a.due, language) or _say("conversation.record.no_due", language)
        status = _say(f"conversation.agreement_status.{a.status.value}", language)
        lines.append(f"<tr><td>{_block(a.title)}</td><td>{_e(a.owner_name)}</td>"
                     f"<td>{_e(due)}</td><td>{_e(status)}</td></tr>")
    if not lines:
        return f'<tr><td colspan="4">{_e(_say(empty_code, language))}</td></tr>'
    return "\n".join(lines)


def _signature_rows(view: MeetingView, language: str) -> str:
    """Who signed, as what, and how: agreed, or seen with a remark (the remark is part of
    the record, on its own line under the signature)."""
    rows = []
    for sig in sorted(view.current_signatures, key=lambda sig: sig.side is not Side.PROFESSIONAL):
        rows.append(
            f"<tr><td>{_e(_say(f'conversation.side.{sig.side.value}', language))}</td>"
            f"<td>{_e(sig.person_name)}</td>"
            f"<td>{_e(_say(f'conversation.sign_kind.{sig.kind.value}', language))}</td>"
            f"<td>{_e(format_moment(sig.signed_at, language))}</td></tr>")
        if sig.remark:
            remark = _say("conversation.record.remark", language, name=sig.person_name,
                          remark=sig.remark)
            rows.append(f'<tr><td colspan="4">{_block(remark)}</td></tr>')
    return "\n".join(rows)


def _history_lines(view: MeetingView, language: str) -> list[tuple[datetime, str]]:
    """Reopenings and hand-overs, correction requests, and signatures that no longer count
    because the record changed after them: each with its moment."""
    lines = []
    for event in view.events:
        if event.kind in {k.value for k in EventKind}:
            lines.append((event.at, _say(
                f"conversation.record.event.{event.kind}", language,
                at=format_moment(event.at, language), name=event.person_name,
                note=event.note)))
    for request in view.corrections:
        lines.append((request.requested_at, _say(
            f"conversation.record.correction.{request.part.value}", language,
            at=format_moment(request.requested_at, language), name=request.person_name,
            agreement=request.agreement_title, text=request.text)))
    for sig in view.signatures:
        reason = sig.void_reason
        if sig.voided_at is not None and reason in (VoidReason.EDITED, VoidReason.CORRECTION):
            lines.append((sig.voided_at, _say(
                f"conversation.record.signature_taken_back.{reason.value}", language,
                at=format_moment(sig.voided_at, language), name=sig.person_name,
                signed=format_moment(sig.signed_at, language), by=sig.voided_by_name)))
    return sorted(lines, key=lambda line: line[0])


def _history(view: MeetingView, language: str) -> str:
    items = [f"<li>{_block(line)}</li>" for _at, line in _history_lines(view, language)]
    if not items:
        return ""
    heading = _e(_say("conversation.record.history", language))
    return f"<h2>{heading}</h2>\n<ul>\n" + "\n".join(items) + "\n</ul>"


def render_record(db: Database, actor: Actor, conversation_id: int, language: str) -> str:
    """The complete HTML document of a signed record, in the reader's language.

    Only for someone who may read the conversation (``Forbidden`` otherwise) and only once
    both signed (``Conflict('record_not_signed')``); the read is audited like any other.
    """
    if language not in LANGUAGES:
        raise Invalid("language_unknown", field="language")
    view = signed_record(db, actor, conversation_id)
    with db.read() as s:
        organisation = s.scalar(select(Organisation.name).limit(1)) or ""
    row = view.conversation
    half_year = _say(f"conversation.half.{row.half}", language, year=row.year)
    meeting = format_moment(row.meeting_at, language)
    if meeting and view.location:
        meeting = f"{meeting}, {view.location}"
    summary = view.summary.strip()
    return _template(language).substitute(
        organisation=_e(organisation),
        professional=_e(row.professional_name),
        manager=_e(row.manager_name),
        half_year=_e(half_year),
        meeting=_e(meeting or _say("conversation.record.not_scheduled", language)),
        preparation_professional=_preparation(view.professional_preparation,
                                              Side.PROFESSIONAL, language),
        preparation_manager=_preparation(view.manager_preparation, Side.MANAGER, language),
        agreements=_agreement_rows(view.agreements, language,
                                   "conversation.record.no_agreements"),
        earlier_agreements=_agreement_rows(view.reviewed_agreements, language,
                                     "conversation.record.no_earlier_agreements"),
        summary=f"<p>{_block(summary)}</p>" if summary else
        f"<p>{_e(_say('conversation.record.no_summary', language))}</p>",
        signatures=_signature_rows(view, language),
        history=_history(view, language),
    )
