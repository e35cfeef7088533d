"""Desktop notifications: each new due item once per person, as they chose, never in quiet
hours, only their own."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from app.access import Actor
from app.services import cycles, notifications
from app.services.due import ZONE, DueItem, DueKind
from app.services.notifications import NotificationPrefs
from models import Role
from models.errors import Conflict, Invalid
from tests import fresh
from tests.group_helpers import form_group


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=ZONE)


def kinds(items: list[DueItem]) -> list[str]:
    return [i.kind.value for i in items]


@pytest.fixture
def group(db, owner, add_person):
    """Three colleagues in a group with a planned cycle, the first session at 09:30."""
    anna, bram, cor = (add_person(n) for n in ("Anna", "Bram", "Cor"))
    group_id = form_group(db, anna, [anna, bram, cor])
    cycles.plan_cycle(db, anna, group_id, cycles.CyclePlan(date(2027, 3, 1), time(9, 30), None))
    first = cycles.cycles_of_group(db, anna, group_id)[0].sessions[0]
    return {"anna": anna, "bram": bram, "cor": cor, "id": group_id, "first": first}


def test_a_new_due_item_is_notified_once_also_after_a_restart(db, group):
    bram, first = group["bram"], group["first"]
    eve = at(first.day - timedelta(days=1), 18)
    new = notifications.new_for(db, bram, eve)
    assert kinds(new) == ["session_tomorrow"] and new[0].item_id == first.id
    notifications.mark_shown(db, bram, new, eve)
    # A restart asks the database again: shown is remembered there, nothing repeats.
    assert notifications.new_for(db, bram, eve + timedelta(hours=2)) == []
    # What is new the next morning is notified: this session starts within the hour (and
    # the cycle's next one is tomorrow).
    morning = at(first.day, 9, 0)
    assert [(i.kind.value, i.item_id) for i in notifications.new_for(db, bram, morning)][0] \
        == ("session_soon", first.id)
    # Shown to Bram is not shown to Anna: she still gets hers.
    assert kinds(notifications.new_for(db, group["anna"], eve)) == ["session_tomorrow"]


def test_only_the_persons_own_items_and_nobody_without_a_login(db, group, add_person):
    eve = at(group["first"].day - timedelta(days=1), 18)
    assert notifications.new_for(db, add_person("Buiten"), eve) == []
    assert notifications.new_for(db, Actor.machine_admin(), eve) == []


def test_a_topic_switched_off_is_not_notified(db, group):
    bram, first = group["bram"], group["first"]
    notifications.save_prefs(db, bram, NotificationPrefs(frozenset({"sessions"})),
                             expected_version=None)
    assert notifications.new_for(db, bram, at(first.day - timedelta(days=1), 18)) == []
    assert notifications.my_prefs(db, bram).topics_off == {"sessions"}
    # The others keep every topic.
    assert notifications.my_prefs(db, group["cor"]).topics_off == frozenset()


def test_quiet_hours_hold_notifications_back_until_they_end(db, group):
    bram, first = group["bram"], group["first"]
    notifications.save_prefs(db, bram, NotificationPrefs(quiet_from=time(22, 0),
                                                         quiet_until=time(7, 0)),
                             expected_version=None)
    day_before = first.day - timedelta(days=1)
    assert notifications.new_for(db, bram, at(day_before, 23, 30)) == []
    assert notifications.new_for(db, bram, at(day_before, 6, 59)) == []
    # Not marked as shown while quiet: it comes once the quiet hours are over.
    assert kinds(notifications.new_for(db, bram, at(day_before, 7, 0))) == ["session_tomorrow"]


def test_quiet_hours_within_one_day():
    prefs = NotificationPrefs(quiet_from=time(12, 0), quiet_until=time(13, 0))
    day = date(2027, 3, 1)
    assert prefs.quiet_at(at(day, 12, 30)) and not prefs.quiet_at(at(day, 13, 0))
    assert not prefs.quiet_at(at(day, 11, 59))
    assert not NotificationPrefs().quiet_at(at(day, 3, 0))


def test_old_news_is_not_notified_when_notifications_start(db, owner, add_person):
    """A person with a long history gets no flood: an agreement past its date for weeks is
    on Mijn regie, not in a bubble; one that passed yesterday is notified."""
    from app.services import conversations as talks

    man = add_person("Manon", roles={Role.MANAGER})
    pro = add_person("Piet", manager_id=man.person_id)
    talks.plan_half_year(db, owner, 2027, 1)
    cid = next(r.id for r in talks.list_conversations(db, owner)
               if r.professional_id == pro.person_id)
    fresh.add_agreement(db, man, cid, "Oud", pro.person_id, date(2027, 1, 4))
    fresh.add_agreement(db, man, cid, "Nieuw", pro.person_id, date(2027, 2, 1))
    new = notifications.new_for(db, pro, at(date(2027, 2, 2), 9))
    assert [(i.kind.value, i.due_on) for i in new] == [("agreement_overdue", date(2027, 2, 1))]


def test_what_is_no_longer_due_is_forgotten(db, group):
    bram, first = group["bram"], group["first"]
    eve = at(first.day - timedelta(days=1), 18)
    notifications.mark_shown(db, bram, notifications.new_for(db, bram, eve), eve)
    # A week later the session is long past: the row goes at the next save of what was shown.
    later = at(first.day + timedelta(days=7), 9)
    notifications.mark_shown(db, bram, [], later)
    assert notifications._shown(db, bram.person_id) == set()
    # Marking the same item twice (two laptops of one person) keeps one row.
    notifications.mark_shown(db, bram, notifications.new_for(db, bram, eve), eve)
    notifications.mark_shown(db, bram, [DueItem(DueKind.SESSION_TOMORROW, first.id,
                                                first.day)], eve)
    assert len(notifications._shown(db, bram.person_id)) == 1


def test_choices_are_saved_with_their_version_and_bad_ones_refused(db, group):
    bram = group["bram"]
    notifications.save_prefs(db, bram, NotificationPrefs(frozenset({"culture"})),
                             expected_version=None)
    loaded = notifications.my_prefs(db, bram)
    assert loaded.version_id is not None
    notifications.save_prefs(db, bram, NotificationPrefs(), expected_version=loaded.version_id)
    # A screen that loaded the first version saves too late: refused, not overwritten.
    with pytest.raises(Conflict):
        notifications.save_prefs(db, bram, NotificationPrefs(frozenset({"sessions"})),
                                 expected_version=loaded.version_id)
    # One that saw no choices, while choices were saved since: refused as well.
    with pytest.raises(Conflict):
        notifications.save_prefs(db, bram, NotificationPrefs(), expected_version=None)
    current = notifications.my_prefs(db, bram)
    assert current.topics_off == frozenset()
    for bad, code in [(NotificationPrefs(quiet_from=time(9, 0), quiet_until=time(9, 0)),
                       "quiet_hours_empty"),
                      (NotificationPrefs(quiet_from=time(9, 0)), "quiet_hours_incomplete"),
                      (NotificationPrefs(frozenset({"gossip"})), "notification_topic_unknown")]:
        with pytest.raises(Invalid) as caught:
            notifications.save_prefs(db, bram, bad, expected_version=current.version_id)
        assert caught.value.code == code
    assert notifications.my_prefs(db, bram) == current  # nothing changed by a refusal


def test_every_message_code_is_worded_in_both_languages():
    from app import messages

    for code in ("notifications_need_a_person", "notification_topic_unknown",
                 "quiet_hours_incomplete", "quiet_hours_empty"):
        for language in ("nl", "en"):
            assert code in messages.catalogue(language)


def test_a_persons_export_holds_their_choices_and_erasure_removes_every_row(db, owner, group):
    import json

    from app.services import people, privacy
    from tests.app.test_privacy import unzip

    bram, first = group["bram"], group["first"]
    notifications.save_prefs(db, bram, NotificationPrefs(frozenset({"culture"}), time(22, 0),
                                                         time(7, 0)), expected_version=None)
    eve = at(first.day - timedelta(days=1), 18)
    notifications.mark_shown(db, bram, notifications.new_for(db, bram, eve), eve)
    person = json.loads(unzip(privacy.export_person(db, bram, bram.person_id, "nl"))
                        ["person.json"])
    assert person["notifications"] == {"topics_off": ["culture"], "quiet_from": "22:00:00",
                                       "quiet_until": "07:00:00"}
    people.archive_person(db, owner, bram.person_id, None)
    privacy.erase_person(db, owner, bram.person_id)
    assert notifications.my_prefs(db, bram) == NotificationPrefs()
    assert notifications._shown(db, bram.person_id) == set()
