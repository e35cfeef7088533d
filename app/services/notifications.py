"""Desktop notifications: which due items to show a person now, their choices, and what was
shown to them already (so a restart repeats nothing)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from app import versions
from app.access import Actor
from app.changes import Area, Changes
from app.db import Database
from app.personal_copy.outbox import offline_operation
from app.services.due import DueItem, DueKind, due_for, local_now
from models import NotificationSetting, NotificationShown
from models.errors import Conflict, Invalid

# The choices a person makes, by topic (a topic may hold several kinds of due item). The
# codes are stored; a topic added later is on for everyone until they switch it off.
TOPICS: dict[str, tuple[DueKind, ...]] = {
    "sessions": (DueKind.SESSION_TOMORROW, DueKind.SESSION_SOON),
    "preparation": (DueKind.PREPARE_TWO_WEEKS, DueKind.PREPARE_THREE_DAYS),
    "overdue": (DueKind.AGREEMENT_OVERDUE, DueKind.ACTION_OVERDUE),
    "decisions": (DueKind.DECISION_WAITING,),
    "invitations": (DueKind.GROUP_INVITATION,),
    "culture": (DueKind.CULTURE_ROUND,),
}
# Something that became due (passed its date, was asked) longer ago than this is old news:
# not shown on its own when notifications start (Mijn regie still lists it), so a person
# with a long history gets no flood of bubbles the first time. The same as e-mail's.
FRESH = timedelta(days=7)
_SINCE_KINDS = (DueKind.AGREEMENT_OVERDUE, DueKind.ACTION_OVERDUE, DueKind.DECISION_WAITING,
                DueKind.GROUP_INVITATION)


@dataclass(frozen=True)
class NotificationPrefs:
    """A person's choices. ``version_id`` None: nothing saved yet (the defaults)."""

    topics_off: frozenset[str] = frozenset()
    quiet_from: time | None = None
    quiet_until: time | None = None
    version_id: int | None = None

    @property
    def kinds_on(self) -> frozenset[DueKind]:
        return frozenset(k for topic, kinds in TOPICS.items() if topic not in self.topics_off
                         for k in kinds)

    def quiet_at(self, moment: datetime) -> bool:
        """Within the quiet hours (Amsterdam time); they may run past midnight (22-07)."""
        if self.quiet_from is None or self.quiet_until is None:
            return False
        now = local_now(moment).time().replace(tzinfo=None)
        start, end = self.quiet_from, self.quiet_until
        if start < end:
            return start <= now < end
        return now >= start or now < end


def to_notify(items: Iterable[DueItem], prefs: NotificationPrefs,
              shown: set[tuple[str, int, date]], now: datetime) -> list[DueItem]:
    """The due items to show now: on for the person, not shown before, not old news, and
    nothing at all in their quiet hours (those wait until the quiet hours end)."""
    moment = local_now(now)
    if prefs.quiet_at(moment):
        return []
    on = prefs.kinds_on
    oldest = moment.date() - FRESH
    return [i for i in items
            if i.kind in on and i.key not in shown
            and not (i.kind in _SINCE_KINDS and i.due_on < oldest)]


# --- the person's choices ---------------------------------------------------------------


def my_prefs(db: Database, actor: Actor) -> NotificationPrefs:
    """The logged-in person's own choices (nobody reads another's)."""
    if actor.person_id is None:
        return NotificationPrefs()
    with db.read() as s:
        row = s.get(NotificationSetting, actor.person_id)
        if row is None:
            return NotificationPrefs()
        return NotificationPrefs(
            frozenset(t for t in row.topics_off.split(",") if t in TOPICS),
            row.quiet_from, row.quiet_until, row.version_id)


@offline_operation("notifications.save_prefs")
def save_prefs(db: Database, actor: Actor, prefs: NotificationPrefs, *,
               expected_version: int | None) -> Changes:
    """Save my own choices. ``expected_version``: what the screen loaded (None: it saw no
    saved choices); a save from another laptop in between is refused, not overwritten."""
    if actor.person_id is None:
        raise Invalid("notifications_need_a_person")
    unknown = prefs.topics_off - TOPICS.keys()
    if unknown:
        raise Invalid("notification_topic_unknown", field="topics", topic=sorted(unknown)[0])
    if (prefs.quiet_from is None) != (prefs.quiet_until is None):
        raise Invalid("quiet_hours_incomplete", field="quiet_hours")
    if prefs.quiet_from is not None and prefs.quiet_from == prefs.quiet_until:
        raise Invalid("quiet_hours_empty", field="quiet_hours")
    topics_off = ",".join(t for t in TOPICS if t in prefs.topics_off)
    with db.transaction() as s:
        row = s.get(NotificationSetting, actor.person_id,
                    with_for_update=versions.ROW_LOCK, populate_existing=True)
        if row is None:
            if expected_version is not None:
                raise Conflict(versions.STALE)  # loaded, then removed (the person erased)
            row = NotificationSetting(person_id=actor.person_id)
            s.add(row)
        else:
            # None: the screen saw no choices, so choices saved since are someone else's.
            versions.check(row, expected_version)
        row.topics_off = topics_off
        row.quiet_from, row.quiet_until = prefs.quiet_from, prefs.quiet_until
    return Changes.of(Area.PEOPLE, ids=(actor.person_id,))


# --- what to show, and what was shown -------------------------------------------------------


def _shown(db: Database, person_id: int) -> set[tuple[str, int, date]]:
    with db.read() as s:
        rows = s.execute(select(NotificationShown.kind, NotificationShown.item_id,
                                NotificationShown.due_on)
                         .where(NotificationShown.person_id == person_id)).all()
    return {(k, i, d) for k, i, d in rows}


def new_for(db: Database, actor: Actor, now: datetime | None = None) -> list[DueItem]:
    """The due items of the person logged in to notify now (none for nobody). What is due
    comes from app.services.due, which asks the policy as this person: their own items."""
    if actor.person_id is None:
        return []
    moment = now or datetime.now(UTC)
    return to_notify(due_for(db, actor, moment), my_prefs(db, actor),
                     _shown(db, actor.person_id), moment)


@offline_operation("notifications.mark_shown")
def mark_shown(db: Database, actor: Actor, items: Iterable[DueItem],
               now: datetime | None = None) -> None:
    """Remember that these were shown to the person logged in, and forget what is no longer
    due for them (so the table holds only what is current, and an item due again later,
    on a new date, is shown again)."""
    if actor.person_id is None:
        return
    moment = now or datetime.now(UTC)
    keys = {i.key for i in items}
    current = {i.key for i in due_for(db, actor, moment)}
    for attempt in range(2):
        try:
            _remember(db, actor.person_id, keys, current | keys, moment)
            return
        except IntegrityError:
            # The same person's other laptop on a shared server wrote the same row just
            # now: it was shown; the second round skips what is there.
            if attempt:
                raise


def _remember(db: Database, person_id: int, keys: set[tuple[str, int, date]],
              keep: set[tuple[str, int, date]], moment: datetime) -> None:
    with db.transaction() as s:
        rows = s.scalars(select(NotificationShown)
                         .where(NotificationShown.person_id == person_id)).all()
        have = {(r.kind, r.item_id, r.due_on) for r in rows}
        stale = [r.id for r in rows if (r.kind, r.item_id, r.due_on) not in keep]
        if stale:
            s.execute(delete(NotificationShown).where(NotificationShown.id.in_(stale)))
        for kind, item_id, due_on in sorted(keys - have):
            s.add(NotificationShown(person_id=person_id, kind=kind, item_id=item_id,
                                    due_on=due_on, shown_at=moment))
