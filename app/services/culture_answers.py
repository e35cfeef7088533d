"""The culture scan's anonymous answer, and the end of a round by the database's clock.

An answer is two transactions. The first adds the person to the round's participation; the
second adds the answers to the counts. Nothing links the two: not a time, not an id, not a
row order. A program that dies between them has counted the person but lost their answers;
it never counts anyone twice. Each transaction rewrites every block of its kind for the
round, so on PostgreSQL every row has the same ``xmin``: that of the last answer; a vacuum
then drops the older row versions. On SQLite (``secure_delete`` on) the write-ahead log is
checkpointed and emptied before and after each transaction, so no older count survives in a
copy of the files.

Whether a round is open is decided by the database's clock (PostgreSQL's; on SQLite the
clock of the one machine that holds the file): a round closes at 00:00 Europe/Amsterdam
after its closing day. The first look after that closes it for good, under the same row
lock every answer takes, so no answer reaches the counts after anyone saw them.
"""

from __future__ import annotations

import calendar
import logging
import time as clock
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from app.access import Actor, Operation, require
from app.changes import Area, Changes
from app.culture_content import statement_keys
from app.db import Database
from app.personal_copy.outbox import online_only
from app.personal_copy.passthrough import ReadBack
from app.services import audit
from models import (
    CultureAction,
    CultureParticipation,
    CultureRound,
    CultureTally,
    Person,
    culture_round_team,
)
from models.culture import (
    ANSWERS,
    FOLLOW_UP,
    FOLLOW_UP_KEY,
    SCAN,
    pack_counts,
    pack_people,
    unpack_counts,
    unpack_people,
)
from models.errors import Conflict, Forbidden, Invalid, NotFound, StorageError

log = logging.getLogger(__name__)

ZONE = ZoneInfo("Europe/Amsterdam")
# The follow-up question opens a month after the round closed and stays open two weeks.
FOLLOW_UP_DAYS = 14
# How often to try emptying the write-ahead log while another program reads.
WAL_ATTEMPTS = 3


# --- the database's clock --------------------------------------------------------------------

def _machine_now() -> datetime:
    """This machine's clock: the database's own clock when the database is a file here."""
    return datetime.now(UTC)


def database_now(s: Session) -> datetime:
    """Now, by the database: PostgreSQL's clock on a server (never a laptop's), otherwise
    the clock of the one machine that holds the SQLite file."""
    if s.get_bind().dialect.name == "postgresql":
        moment = s.scalar(select(func.clock_timestamp()))
        assert isinstance(moment, datetime)
        return moment.astimezone(UTC)
    return _machine_now()


def closing_moment(day: date) -> datetime:
    """00:00 Europe/Amsterdam after ``day``, in UTC."""
    return datetime.combine(day + timedelta(days=1), time(), ZONE).astimezone(UTC)


def _local_day(moment: datetime) -> date:
    return moment.astimezone(ZONE).date()


def _plus_month(day: date) -> date:
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _last_day(moment: datetime | None) -> date | None:
    """The last day before a closing moment (00:00 the day after)."""
    return None if moment is None else _local_day(moment) - timedelta(days=1)


# --- the round -------------------------------------------------------------------------------

def _round(s: Session, round_id: int, *, lock: bool = False) -> CultureRound:
    stmt = select(CultureRound).where(CultureRound.id == round_id)
    if lock:  # answers, the close and each other queue here (PostgreSQL; SQLite queues all)
        stmt = stmt.with_for_update()
    found = s.scalars(stmt).first()
    if found is None:
        raise NotFound("culture_round_not_found", id=round_id)
    return found


def _round_team_ids(s: Session, round_id: int) -> tuple[int, ...]:
    rows = s.execute(
        select(culture_round_team.c.team_id)
        .where(culture_round_team.c.round_id == round_id)
        .order_by(culture_round_team.c.team_id)
    ).scalars()
    return tuple(rows)


def _participants(s: Session, round_id: int, part: str = SCAN) -> tuple[int, ...]:
    row = s.get(CultureParticipation, (round_id, part))
    return unpack_people(bytes(row.people)) if row is not None else ()


def _keys(r: CultureRound, part: str) -> tuple[str, ...]:
    return r.keys if part == SCAN else (FOLLOW_UP_KEY,)


def _segment_for(s: Session, actor: Actor, r: CultureRound) -> int | None:
    """The answerer's team in a round for some teams (their first one in it), else None."""
    scope = _round_team_ids(s, r.id)
    person = s.get(Person, actor.person_id)
    if person is None or person.archived_at is not None:
        raise Forbidden("culture_answer_needs_person")
    if not scope:
        return None
    mine = sorted(t.id for t in person.teams if t.id in scope)
    if not mine:
        raise Forbidden("culture_round_not_for_you", id=r.id)
    return mine[0]


# On a personal copy while its server answers, answering runs there (through the copy's own
# login and the server's functions, see culture_gate); nothing the copy holds changes.
def _answered_here(part: str) -> Any:
    def note(conn: Any, arguments: dict[str, Any]) -> None:
        from sqlalchemy import insert

        from app.personal_copy.identity import copy_answered

        conn.execute(insert(copy_answered).prefix_with("OR IGNORE").values(
            round_id=arguments["round_id"], part=part))
    return note


ANSWERED = ReadBack("round_id", {}, note=_answered_here(SCAN))
FOLLOWED_UP = ReadBack("round_id", {}, note=_answered_here(FOLLOW_UP))

# --- closing ---------------------------------------------------------------------------------

@online_only()
def close_round(db: Database, actor: Actor, round_id: int) -> Changes:
    """Close a round before its closing day; its results show from now on."""
    require(actor, Operation.MANAGE_CULTURE)
    if not _close(db, round_id, actor):
        raise Conflict("culture_round_closed", id=round_id)
    return Changes.of(Area.CULTURE, ids=(round_id,))


def close_due(db: Database) -> None:
    """Close for good what the database's clock says is over: rounds past their closing
    moment and follow-ups past theirs. Every reader of results calls this first, so results
    are read only from counts that can no longer change."""
    if db.read_only or db.is_personal_copy:
        # A second program on the same folder: the writing one closes them. A personal
        # copy: the organisation's server closes them, and its next pull says so.
        return
    with db.read() as s:
        # On a server its own clock is asked inside the query: one round trip, not two.
        now: Any = (func.clock_timestamp() if s.get_bind().dialect.name == "postgresql"
                    else _machine_now())
        due = s.scalars(select(CultureRound.id).where(or_(
            and_(CultureRound.closed_at.is_(None), CultureRound.closes_at <= now),
            and_(CultureRound.followup_closed_at.is_(None),
                 CultureRound.followup_closes_at <= now),
        ))).all()
    for round_id in due:
        _close(db, round_id, None)


def _close(db: Database, round_id: int, actor: Actor | None) -> bool:
    """Close a round (by hand, or when due) and its follow-up when due; False: nothing to do.

    Under the round's lock, so an answer in flight is either counted before or refused."""
    with db.transaction() as s:
        r = _round(s, round_id, lock=True)
        now = database_now(s)
        closed: list[str] = []
        if r.closed_at is None and (actor is not None or now >= r.closes_at):
            r.closed_at = now
            opens = _plus_month(_local_day(now))
            r.followup_opens_at = datetime.combine(opens, time(), ZONE).astimezone(UTC)
            r.followup_closes_at = closing_moment(opens + timedelta(days=FOLLOW_UP_DAYS - 1))
            closed.append(SCAN)
            if actor is not None:
                audit.record(s, actor, "culture_round_closed", None, round=round_id)
        if (r.followup_closed_at is None and r.followup_closes_at is not None
                and now >= r.followup_closes_at):
            r.followup_closed_at = now
            closed.append(FOLLOW_UP)
        for part in closed:
            # Every row of the closed part gets this transaction's xmin: nothing in the
            # rows says any more when the last answer came.
            _rewrite(s, r, part)
            people = s.get(CultureParticipation, (round_id, part))
            if people is not None:
                s.execute(update(CultureParticipation)
                          .where(CultureParticipation.round_id == round_id,
                                 CultureParticipation.part == part)
                          .values(people=bytes(people.people)))
    if closed:
        _forget_older_versions(db)
    return bool(closed)


# --- answering -------------------------------------------------------------------------------

def _validated_answers(answers: dict[str, int]) -> dict[str, int]:
    known = statement_keys()
    for key, value in answers.items():
        if key not in known:
            raise Invalid("culture_statement_unknown", key=key)
        _check_value(key, value)
    missing = [k for k in known if k not in answers]
    if missing:
        raise Invalid("culture_answers_incomplete", missing=len(missing))
    return dict(answers)


def _check_value(key: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value not in ANSWERS:
        raise Invalid("culture_answer_out_of_range", key=key)


@online_only("offline_culture_answer", passthrough=ANSWERED)
def answer(db: Database, actor: Actor, round_id: int, answers: dict[str, int]) -> Changes:
    """Take part in a round: 30 answers, once, added to the counts without a trace of who."""
    if actor.person_id is None:
        raise Forbidden("culture_answer_needs_person")
    _submit(db, actor, round_id, SCAN, _validated_answers(answers))
    return Changes.of(Area.CULTURE, ids=(round_id,))


@online_only("offline_culture_answer", passthrough=FOLLOWED_UP)
def answer_followup(db: Database, actor: Actor, round_id: int, value: int) -> Changes:
    """The one follow-up answer (1-5, or 0 for don't know), as anonymous as the scan."""
    if actor.person_id is None:
        raise Forbidden("culture_answer_needs_person")
    _check_value(FOLLOW_UP_KEY, value)
    _submit(db, actor, round_id, FOLLOW_UP, {FOLLOW_UP_KEY: value})
    return Changes.of(Area.CULTURE, ids=(round_id,))


def _submit(db: Database, actor: Actor, round_id: int, part: str, answers: dict[str, int]
            ) -> None:
    if getattr(db, "copy_login", False):
        # A personal copy's own login reads nothing of the scan: the server's functions
        # take part and count for it, with these same checks (app/personal_copy/culture_gate).
        from app.personal_copy import culture_gate

        culture_gate.submit(db, round_id, part, answers)
        return
    # An empty log first: if another program keeps it from emptying, stop before anything
    # is stored, rather than leave the participation and the counts side by side in it.
    _empty_wal(db, required=True)
    segment = _take_part(db, actor, round_id, part)
    _empty_wal(db)
    try:
        _add_to_counts(db, round_id, part, segment, answers)
    except (Conflict, StorageError) as exc:
        # Counted as taking part, answers lost: they cannot be sent again (no double vote).
        raise Conflict("culture_answers_not_counted", id=round_id) from exc
    finally:
        _forget_older_versions(db)


def _open_for(r: CultureRound, part: str, now: datetime) -> bool:
    if part == SCAN:
        return r.closed_at is None and now < r.closes_at
    return (r.followup_closed_at is None and r.followup_opens_at is not None
            and r.followup_closes_at is not None
            and r.followup_opens_at <= now < r.followup_closes_at)


def _take_part(db: Database, actor: Actor, round_id: int, part: str) -> int | None:
    """The first transaction: that this person answered (and their segment, kept only in
    memory for the second). Refused when the round is closed or they answered before."""
    with db.transaction() as s:
        r = _round(s, round_id, lock=True)
        if not _open_for(r, part, database_now(s)):
            code = "culture_round_closed" if part == SCAN else "culture_followup_not_open"
            raise Conflict(code, id=round_id)
        segment = _segment_for(s, actor, r) if part == SCAN else None
        if part == FOLLOW_UP:
            _segment_for(s, actor, r)  # the follow-up asks the same people
            if not s.scalar(select(func.count()).select_from(CultureAction)
                            .where(CultureAction.round_id == round_id)):
                raise Conflict("culture_followup_not_open", id=round_id)
        row = s.get(CultureParticipation, (round_id, part))
        if row is None:
            raise Conflict("culture_round_closed", id=round_id)
        ids = unpack_people(bytes(row.people))
        if actor.person_id in ids:
            raise Conflict("already_answered", id=round_id)
        assert actor.person_id is not None
        row.people = pack_people([*ids, actor.person_id])
    return segment


def _add_to_counts(db: Database, round_id: int, part: str, segment: int | None,
                   answers: dict[str, int]) -> None:
    """The second transaction: the answers into the segment's counts, every block of the
    part rewritten whether it changed or not."""
    with db.transaction() as s:
        r = _round(s, round_id, lock=True)
        if not _open_for(r, part, database_now(s)):
            raise Conflict("culture_round_closed", id=round_id)
        _rewrite(s, r, part, segment, answers)


def _rewrite(s: Session, r: CultureRound, part: str, segment: int | None = None,
             answers: dict[str, int] | None = None) -> None:
    """Write every block of a part of the round again, in id order; add ``answers`` to the
    first block of ``segment``. Blocks keep their size, so SQLite writes them in place."""
    keys = _keys(r, part)
    rows = s.execute(select(CultureTally.id, CultureTally.team_id, CultureTally.counts)
                     .where(CultureTally.round_id == r.id, CultureTally.part == part)
                     .order_by(CultureTally.id)).all()
    pending = answers
    for row_id, team_id, block in rows:
        counts = unpack_counts(keys, bytes(block))
        if pending is not None and team_id == segment:
            for key, value in pending.items():
                counts[(key, value)] = counts.get((key, value), 0) + 1
            pending = None
        s.execute(update(CultureTally).where(CultureTally.id == row_id)
                  .values(counts=pack_counts(keys, counts)))
    if pending is not None:
        raise Conflict("culture_round_not_for_you", id=r.id)


def _empty_wal(db: Database, *, required: bool = False) -> None:
    """SQLite: copy the write-ahead log into the file and empty it, so no older version of
    a page (a count before an answer, the participation before someone joined) survives in
    it. ``secure_delete`` already zeroes what is freed inside the file."""
    if not db.is_sqlite:
        return
    for _attempt in range(WAL_ATTEMPTS):
        raw = db.engine.raw_connection()
        try:
            connection = raw.driver_connection
            assert connection is not None
            busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            raw.close()
        if not busy:
            return
        clock.sleep(0.1)  # another program is reading; its read ends soon
    if required:
        raise StorageError("database_busy")
    log.warning("the write-ahead log could not be emptied after a culture scan answer")


def _forget_older_versions(db: Database) -> None:
    """PostgreSQL: rewrite the scan's tables without their dead row versions (which a
    superuser could still read from the pages); SQLite: empty the write-ahead log."""
    if not db.is_postgresql:
        _empty_wal(db)
        return
    try:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            # Never wait long for a reader: the next answer or the close tries again.
            conn.exec_driver_sql("SET lock_timeout = '3s'")
            try:
                conn.exec_driver_sql("VACUUM FULL culture_tally, culture_participation")
            finally:
                conn.exec_driver_sql("RESET lock_timeout")
    except Exception as exc:  # the answer itself is saved; this only tidies
        log.warning("could not vacuum the culture scan's tables: %s", exc)
