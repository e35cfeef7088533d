"""E-mail reminders: what is unsent, claiming each one in the database, and sending it.

A reminder is claimed (a row in ``reminder_claim``, unique per person, kind, item and due
date) before it is sent, so several laptops on one server never send it twice. The row
holds its Message-ID: a resend after a crash carries the same one, and it is resent at most
once. Nothing here knows about threads: the UI runs :func:`send_due` in a worker.
"""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.exc import IntegrityError

from app import mail, messages
from app.access import Actor
from app.db import Database
from app.services.due import ZONE, DueItem, DueKind, due_for, local_now, week_sessions
from models import Organisation, Person, ReminderClaim

log = logging.getLogger(__name__)

EVERYONE = 0  # the person of a claim for everyone (a culture round): no row names anyone
WEEKLY_FROM = 7  # o'clock on Monday, Amsterdam time
# An e-mail is for what is new: something that became due (passed its date, was asked)
# more than this long ago is no longer mailed on its own (the weekly summary still names
# it). A server set up in an organisation with a long history sends no flood of old news.
FRESH = timedelta(days=7)
_SINCE_KINDS = (DueKind.AGREEMENT_OVERDUE, DueKind.ACTION_OVERDUE, DueKind.DECISION_WAITING,
                DueKind.GROUP_INVITATION)
# A send that started longer ago than this and never finished: the program stopped.
LEASE = timedelta(minutes=10)
# Waits before the next run tries a failed reminder again (the last one repeats).
BACKOFF = (timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2), timedelta(hours=8))
# Within one run: tries per message when the server is unreachable or hangs up, and the
# seconds waited between them (doubled each time).
TRIES = 3
FIRST_WAIT = 2.0


@dataclass(frozen=True)
class Recipient:
    person_id: int
    email: str
    language: str


@dataclass(frozen=True)
class Pending:
    """One unsent reminder: to one person, or (a culture round) to everyone it is due for."""

    person_id: int  # EVERYONE for a culture round
    kind: DueKind
    item_id: int
    due_on: date
    recipients: tuple[Recipient, ...]
    item: DueItem | None = None  # None for the weekly summary
    lines: tuple[DueItem, ...] = ()  # the weekly summary's items

    @property
    def key(self) -> tuple[int, str, int, date]:
        return (self.person_id, self.kind.value, self.item_id, self.due_on)

    def line(self) -> str:
        """``person_id<TAB>kind<TAB>YYYY-MM-DD`` ("*" for everyone) for the admin command."""
        who = "*" if self.person_id == EVERYONE else str(self.person_id)
        return f"{who}\t{self.kind.value}\t{self.due_on.isoformat()}"


@dataclass
class Outcome:
    sent: int = 0
    failed: int = 0
    problems: list[str] = field(default_factory=list)  # message codes, for the person


def monday_of(moment: datetime) -> date:
    return moment.date() - timedelta(days=moment.weekday())


def weekly_due(moment: datetime) -> bool:
    """From Monday 07:00 on, this week's summary is due (the first program running sends)."""
    monday = monday_of(moment)
    return moment >= datetime.combine(monday, datetime.min.time(), ZONE).replace(
        hour=WEEKLY_FROM)


def _people(db: Database) -> list[tuple[Actor, Recipient]]:
    """Everyone active with an e-mail address, as an actor (the policy asks as them)."""
    with db.read() as s:
        org_language = s.scalar(select(Organisation.default_language).limit(1)) or "nl"
        people = list(s.scalars(select(Person).where(Person.archived_at.is_(None))
                                .order_by(Person.id)))
        return [(Actor(p.id, p.roles, p.name),
                 Recipient(p.id, p.email, p.language or org_language))
                for p in people if p.email]


def _done(db: Database) -> set[tuple[int, str, int, date]]:
    """Claims no longer to send: sent, or given up after a second crash mid-send."""
    with db.read() as s:
        rows = s.execute(select(func.coalesce(ReminderClaim.person_id, EVERYONE),
                                ReminderClaim.kind, ReminderClaim.item_id,
                                ReminderClaim.due_on)
                         .where(or_(ReminderClaim.sent_at.is_not(None),
                                    and_(ReminderClaim.resent_after_crash.is_(True),
                                         ReminderClaim.sending_since.is_not(None))))).all()
    return {(p, k, i, d) for p, k, i, d in rows}


def pending(db: Database, now: datetime | None = None) -> list[Pending]:
    """Every reminder due now that was not sent yet, per person (culture rounds once)."""
    moment = local_now(now)
    done = _done(db)
    found: list[Pending] = []
    rounds: dict[tuple[int, date], list[Recipient]] = {}
    for actor, recipient in _people(db):
        items = due_for(db, actor, moment)
        for item in items:
            if item.kind in _SINCE_KINDS and item.due_on < moment.date() - FRESH:
                continue
            if item.kind is DueKind.CULTURE_ROUND:
                rounds.setdefault((item.item_id, item.due_on), []).append(recipient)
                continue
            p = Pending(recipient.person_id, item.kind, item.item_id, item.due_on,
                        (recipient,), item=item)
            if p.key not in done:
                found.append(p)
        weekly = (recipient.person_id, DueKind.WEEKLY_SUMMARY.value, 0, monday_of(moment))
        if weekly_due(moment) and weekly not in done:
            week = [i for i in items if i.kind not in (DueKind.SESSION_TOMORROW,
                                                       DueKind.SESSION_SOON)]
            lines = sorted(week + week_sessions(db, actor, moment),
                           key=lambda i: (i.due_on, i.at or moment, i.kind.value))
            if lines:  # nothing this week: no e-mail to say so
                found.append(Pending(recipient.person_id, DueKind.WEEKLY_SUMMARY, 0,
                                     monday_of(moment), (recipient,), lines=tuple(lines)))
    for (round_id, closes_on), recipients in sorted(rounds.items()):
        p = Pending(EVERYONE, DueKind.CULTURE_ROUND, round_id, closes_on, tuple(recipients))
        if p.key not in done:
            found.append(p)
    return found


# --- claiming ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ticket:
    """A claim this program holds: it sends the message with this Message-ID."""

    claim_id: int
    message_id: str


def _host() -> str:
    return socket.gethostname()[:120]


def _claim_filter(p: Pending) -> tuple[ColumnElement[bool], ...]:
    return (func.coalesce(ReminderClaim.person_id, EVERYONE) == p.person_id,
            ReminderClaim.kind == p.kind.value, ReminderClaim.item_id == p.item_id,
            ReminderClaim.due_on == p.due_on)


def claim(db: Database, p: Pending, settings: mail.SmtpSettings, now: datetime, *,
          respect_backoff: bool = True) -> Ticket | None:
    """Claim ``p`` for this program, or None when another has it (or it waits its turn).
    A new claim wins by its INSERT; an unsent one is taken over under a row lock. Either
    way the claim is marked as being sent from now (``sending_since``)."""
    domain = settings.from_address.rpartition("@")[2] or "regiestoel"
    try:
        with db.transaction() as s:
            row = ReminderClaim(person_id=p.person_id or None, kind=p.kind.value,
                                item_id=p.item_id, due_on=p.due_on,
                                message_id=make_msgid("reminder", domain=domain),
                                claimed_at=now, claimed_by=_host(), sending_since=now,
                                attempts=1)
            s.add(row)
            s.flush()
            return Ticket(row.id, row.message_id)
    except IntegrityError:
        pass  # claimed before: by an earlier run, or by another laptop just now
    with db.transaction() as s:
        found = s.scalars(select(ReminderClaim).where(*_claim_filter(p))
                          .with_for_update()).first()
        if found is None or found.sent_at is not None:
            return None
        row = found
        if row.sending_since is not None:
            if row.sending_since > now - LEASE:
                return None  # another program is sending it right now
            if row.resent_after_crash:
                return None  # stopped mid-send twice: given up, never a third copy
            row.resent_after_crash = True  # stopped mid-send: resent once, same Message-ID
        elif respect_backoff and row.next_try_at is not None and row.next_try_at > now:
            return None
        # Taken in the same transaction as the check: no other program can take it too.
        row.claimed_at, row.claimed_by, row.sending_since = now, _host(), now
        row.attempts += 1
        return Ticket(row.id, row.message_id)


def _sent(db: Database, ticket: Ticket, now: datetime) -> None:
    with db.transaction() as s:
        row = s.get(ReminderClaim, ticket.claim_id)
        assert row is not None
        row.sent_at, row.sending_since, row.last_error = now, None, ""


def _failed(db: Database, ticket: Ticket, now: datetime, error: mail.SendFailed) -> None:
    """Kept for the next try, later each time."""
    with db.transaction() as s:
        row = s.get(ReminderClaim, ticket.claim_id)
        assert row is not None
        row.sending_since = None
        row.last_error = f"{error.code}: {error.detail}"[:2000]
        row.next_try_at = now + BACKOFF[min(row.attempts, len(BACKOFF)) - 1]


# --- the messages --------------------------------------------------------------------------

# Not strftime's %B: that follows the process locale, which a desktop may have set.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _day(value: date, language: str) -> str:
    if language == "nl":
        return value.strftime("%d-%m-%Y")
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def _describe(item: DueItem, language: str) -> str:
    """One line: the kind, the date (and time), the place. Never a title or content."""
    what = messages.text(f"reminder.kind.{item.kind.value}", language)
    when = _day(item.due_on, language)
    if item.at is not None:
        when += " " + item.at.astimezone(ZONE).strftime("%H:%M")
    parts = [what, when] + ([item.place] if item.place else [])
    return " – ".join(parts)


Attachment = Callable[[Pending, Recipient], bytes | None]


def compose(p: Pending, recipient: Recipient, settings: mail.SmtpSettings, message_id: str,
            now: datetime, attachment: bytes | None = None) -> EmailMessage:
    """A short e-mail in the recipient's language naming kind, date and place."""
    language = recipient.language if recipient.language in ("nl", "en") else "nl"

    def say(code: str, **params: object) -> str:
        return messages.text(f"reminder.{code}", language, **params)

    if p.kind is DueKind.WEEKLY_SUMMARY:
        subject = say("summary_subject", day=_day(p.due_on, language))
        body = [say("summary_intro"), ""] + [f"- {_describe(i, language)}" for i in p.lines]
    else:
        assert p.item is not None or p.kind is DueKind.CULTURE_ROUND
        item = p.item or DueItem(p.kind, p.item_id, p.due_on)
        subject = say("subject", what=messages.text(f"reminder.kind.{p.kind.value}", language))
        body = [_describe(item, language)]
    body += ["", say("open"), "", say("footer")]
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = settings.from_address
    # A round goes to everyone at once: addresses in Bcc only (the envelope), never shown.
    message["To"] = recipient.email if p.person_id != EVERYONE else settings.from_address
    message["Date"] = formatdate(now.timestamp(), localtime=False)
    message["Message-ID"] = message_id
    message["Auto-Submitted"] = "auto-generated"
    message.set_content("\n".join(body))
    if attachment:
        message.add_attachment(attachment, maintype="text", subtype="calendar",
                               filename="regiestoel.ics", params={"method": "PUBLISH"})
    return message


def attachment_for(db: Database) -> Attachment:
    """The .ics of a reminder, where there is one: a session's cycle, a set meeting."""
    from app.services import conversations, cycles

    def make(p: Pending, recipient: Recipient) -> bytes | None:
        if p.item is None or p.person_id == EVERYONE:
            return None
        with db.read() as s:
            person = s.get(Person, recipient.person_id)
            if person is None:
                return None
            actor = Actor(person.id, person.roles, person.name)
        language = recipient.language if recipient.language in ("nl", "en") else "nl"
        if p.kind in (DueKind.SESSION_TOMORROW, DueKind.SESSION_SOON):
            return cycles.calendar_for_session(db, actor, p.item_id, language)
        if p.kind in (DueKind.PREPARE_TWO_WEEKS, DueKind.PREPARE_THREE_DAYS) and p.item.at:
            return conversations.invite_ics(db, actor, p.item_id, language)
        return None

    return make


# --- sending -------------------------------------------------------------------------------


def _groups(p: Pending) -> list[tuple[str, list[Recipient]]]:
    """Recipients per language: one message each (a round's goes to many, in Bcc)."""
    by: dict[str, list[Recipient]] = {}
    for r in p.recipients:
        by.setdefault(r.language if r.language in ("nl", "en") else "nl", []).append(r)
    return sorted(by.items())


def _send_once(p: Pending, settings: mail.SmtpSettings, secret: str, ticket: Ticket,
               now: datetime, attach: Attachment | None, tries: int, wait: float,
               sleep: Callable[[float], None]) -> None:
    for index, (_language, recipients) in enumerate(_groups(p)):
        first = recipients[0]
        data = attach(p, first) if attach is not None else None
        # Each language's message is its own; the first keeps the claim's Message-ID.
        message_id = ticket.message_id if index == 0 else \
            ticket.message_id.replace("@", f".{index}@", 1)
        message = compose(p, first, settings, message_id, now, data)
        for attempt in range(tries):
            try:
                mail.send(settings, secret, message, [r.email for r in recipients])
                break
            except mail.SendFailed as exc:
                if exc.permanent or attempt == tries - 1:
                    raise
                log.info("reminder %s: %s, trying again", p.key, exc.code)
                sleep(wait * 2 ** attempt)


def send_due(db: Database, now: datetime | None = None, *,
             settings: mail.SmtpSettings | None = None, secret: str | None = None,
             respect_backoff: bool = True, attach: bool = True, tries: int = TRIES,
             wait: float = FIRST_WAIT, sleep: Callable[[float], None] = time.sleep,
             stop: Callable[[], bool] = lambda: False) -> Outcome:
    """Claim and send every unsent reminder. Without an SMTP server nothing is sent and the
    outcome says so (``smtp_not_set``). A failed one is kept for the next try."""
    outcome = Outcome()
    settings = settings or mail.server(db)
    if settings is None:
        outcome.problems.append("smtp_not_set")
        return outcome
    secret = mail.password() if secret is None else secret
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    make = attachment_for(db) if attach else None
    for p in pending(db, moment):
        if stop():
            break
        ticket = claim(db, p, settings, moment, respect_backoff=respect_backoff)
        if ticket is None:
            continue
        try:
            _send_once(p, settings, secret, ticket, moment, make, tries, wait, sleep)
        except mail.SendFailed as exc:
            _failed(db, ticket, moment, exc)
            outcome.failed += 1
            if exc.code not in outcome.problems:
                outcome.problems.append(exc.code)
            continue
        _sent(db, ticket, moment)
        outcome.sent += 1
    return outcome
