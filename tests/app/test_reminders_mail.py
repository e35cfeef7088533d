"""E-mail reminders against a real local SMTP server: claimed once, sent once, kept on failure."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import icalendar
import pytest

from app import mail, reminders
from app.services import cycles, groups, learning_requests, people
from app.services.due import ZONE
from models import InterventionKind, ReminderClaim, Role
from models.errors import Forbidden, Invalid
from tests.group_helpers import form_group
from tests.smtp_server import smtp_server

TODAY = datetime.now(ZONE).date()
# The coming Monday before seven: the weekly summary is not due yet.
NOW = datetime.combine(TODAY + timedelta(days=7 - TODAY.weekday()), time(6), ZONE)


def text_of(message) -> str:
    return message.get_body(("plain",)).get_content()


def quick(db, settings, now=NOW, **options):
    """Send as a run would, without waiting between tries."""
    options.setdefault("sleep", lambda _s: None)
    return reminders.send_due(db, now, settings=settings, secret="", **options)


@pytest.fixture
def server():
    with smtp_server() as (host, port, inbox):
        yield mail.SmtpSettings(host, port, sender="regiestoel@korenschoof.nl"), inbox


@pytest.fixture
def invited(db, owner, add_person):
    """Ria is invited to Piet's group (due today); Manon must decide on Piet's request."""
    man = add_person("Manon", roles={Role.MANAGER}, email="manon@korenschoof.nl")
    pro = add_person("Piet", manager_id=man.person_id, email="piet@korenschoof.nl")
    ria = add_person("Ria", email="ria@korenschoof.nl")
    people.set_language(db, ria, ria.person_id, "en")
    groups.start_group(db, pro, groups.GroupInput(
        name="Geheime groepsnaam", purpose="Vertrouwelijk doel", member_ids=[ria.person_id]))
    learning_requests.ask(db, pro, learning_requests.RequestInput(
        kind=InterventionKind.COURSE, title="Geheime cursus", cost_cents=10_000))
    return {"man": man, "pro": pro, "ria": ria}


def claims(db) -> list[ReminderClaim]:
    with db.read() as s:
        return list(s.query(ReminderClaim).order_by(ReminderClaim.id))


def test_nothing_is_sent_and_nothing_claimed_without_an_smtp_server(db, invited):
    outcome = reminders.send_due(db, NOW)
    assert (outcome.sent, outcome.failed, outcome.problems) == (0, 0, ["smtp_not_set"])
    assert claims(db) == []
    assert len(reminders.pending(db, NOW)) == 2  # still waiting for a server


def test_each_person_gets_a_short_email_in_their_language_naming_kind_and_date_only(
        db, invited, server):
    settings, inbox = server
    outcome = quick(db, settings)
    assert (outcome.sent, outcome.failed) == (2, 0)
    by_to = {m["To"]: m for m in inbox.messages}
    assert set(by_to) == {"manon@korenschoof.nl", "ria@korenschoof.nl"}
    dutch, english = by_to["manon@korenschoof.nl"], by_to["ria@korenschoof.nl"]
    assert dutch["Subject"] == "Regiestoel: Een leeraanvraag wacht op jouw besluit"
    assert english["Subject"] == "Regiestoel: You have been invited to a learning group"
    assert TODAY.strftime("%d-%m-%Y") in text_of(dutch)
    assert f"{TODAY.day} " in text_of(english) and str(TODAY.year) in text_of(english)
    for m in inbox.messages:
        text = text_of(m)
        for secret in ("Geheime", "Vertrouwelijk", "cursus", "Piet"):
            assert secret not in text and secret not in m["Subject"]
        assert m["From"] == "regiestoel@korenschoof.nl" and m["Message-ID"]
    # A second run sends nothing already sent.
    assert quick(db, settings).sent == 0 and len(inbox.messages) == 2


def test_a_reminder_is_claimed_once_across_laptops(db, invited, server):
    settings, _inbox = server
    first = reminders.pending(db, NOW)[0]
    ticket = reminders.claim(db, first, settings, NOW)
    assert ticket is not None
    # The other laptop, a moment later: the row exists and is being handled.
    assert reminders.claim(db, first, settings, NOW) is None


def test_after_a_crash_mid_send_it_is_resent_once_with_the_same_message_id(
        db, invited, server):
    settings, inbox = server
    first = reminders.pending(db, NOW)[0]
    ticket = reminders.claim(db, first, settings, NOW)  # ... and the program stops here
    # Still within the lease: another program might be sending it right now.
    soon = NOW + timedelta(minutes=1)
    assert quick(db, settings, soon).sent == 1  # only the other reminder
    later = NOW + reminders.LEASE + timedelta(minutes=1)
    assert quick(db, settings, later).sent == 1
    resent = [m for m in inbox.messages if m["Message-ID"] == ticket.message_id]
    assert len(resent) == 1
    # It stops mid-send once more: never a third copy, and it is no longer listed.
    with db.transaction() as s:
        row = s.get(ReminderClaim, ticket.claim_id)
        row.sent_at, row.sending_since = None, later
    much_later = later + reminders.LEASE * 2
    assert quick(db, settings, much_later).sent == 0
    assert first.key not in {p.key for p in reminders.pending(db, much_later)}


def test_a_refusing_server_keeps_the_reminder_for_a_later_try_with_the_same_message_id(
        db, invited, server):
    settings, inbox = server
    inbox.mode = "refuse"
    outcome = quick(db, settings)
    assert (outcome.sent, outcome.failed) == (0, 2)
    assert outcome.problems == ["smtp_address_refused"]
    assert inbox.refused == 2  # refused at once: an address is not retried within a run
    kept = claims(db)
    assert all(c.sent_at is None and "smtp_address_refused" in c.last_error for c in kept)
    assert len(reminders.pending(db, NOW)) == 2
    inbox.mode = "accept"
    assert quick(db, settings, NOW + timedelta(minutes=1)).sent == 0  # backing off
    after = NOW + reminders.BACKOFF[0] + timedelta(seconds=1)
    assert quick(db, settings, after).sent == 2
    assert {m["Message-ID"] for m in inbox.messages} == {c.message_id for c in kept}


def test_a_server_that_hangs_up_mid_message_is_tried_again_and_the_reminder_kept(
        db, invited, server):
    settings, inbox = server
    inbox.mode = "hang_up"
    waits: list[float] = []
    outcome = reminders.send_due(db, NOW, settings=settings, secret="", tries=3, wait=0.5,
                                 sleep=waits.append)
    assert (outcome.sent, outcome.failed) == (0, 2)
    assert "smtp_disconnected" in outcome.problems
    assert inbox.hung_up == 6 and waits == [0.5, 1.0, 0.5, 1.0]  # backing off within the run
    assert all(c.sent_at is None for c in claims(db))
    inbox.mode = "accept"
    assert quick(db, settings, NOW, respect_backoff=False).sent == 2


def test_an_unreachable_server_is_a_clear_problem_and_nothing_is_lost(db, invited):
    from tests.smtp_server import free_port

    settings = mail.SmtpSettings("127.0.0.1", free_port())
    outcome = quick(db, settings, tries=1)
    assert outcome.failed == 2 and outcome.problems == ["smtp_unreachable"]
    assert len(reminders.pending(db, NOW)) == 2


def test_the_weekly_summary_goes_out_from_monday_seven_by_the_first_run(
        db, invited, server):
    settings, inbox = server
    monday = date(2027, 3, 1)
    before = datetime.combine(monday, time(6, 59), ZONE)
    assert "weekly_summary" not in [p.kind.value for p in reminders.pending(db, before)]
    tuesday = datetime.combine(monday + timedelta(days=1), time(10), ZONE)
    summaries = [p for p in reminders.pending(db, tuesday) if p.kind.value == "weekly_summary"]
    assert {(p.person_id, p.due_on) for p in summaries} == {
        (invited["man"].person_id, monday), (invited["ria"].person_id, monday)}
    quick(db, settings, tuesday)
    weekly = [m for m in inbox.messages if "week" in m["Subject"]]
    assert {m["Subject"] for m in weekly} == {"Regiestoel: je week vanaf 01-03-2027",
                                              "Regiestoel: your week from 1 March 2027"}
    assert "Een leeraanvraag wacht op jouw besluit" in text_of(next(
        m for m in weekly if m["To"] == "manon@korenschoof.nl"))
    quick(db, settings, tuesday + timedelta(days=1))
    assert len([m for m in inbox.messages if "week" in m["Subject"]]) == 2


def test_a_session_reminder_carries_the_cycle_as_ics_with_alarms(db, owner, add_person, server):
    settings, inbox = server
    anna, bram = add_person("Anna"), add_person("Bram")
    group_id = form_group(db, anna, [anna, bram])
    cycles.add_room(db, owner, "Kamer Noord")
    room = cycles.list_rooms(db, owner)[0].id
    cycles.plan_cycle(db, anna, group_id, cycles.CyclePlan(date(2027, 3, 1), time(9, 30), room))
    first = cycles.cycles_of_group(db, anna, group_id)[0].sessions[0]
    eve = datetime.combine(first.day - timedelta(days=1), time(8), ZONE)
    assert quick(db, settings, eve).sent == 2
    message = inbox.messages[0]
    assert "Kamer Noord" in text_of(message) and "09:30" in text_of(message)
    part = next(p for p in message.iter_attachments() if p.get_content_type() == "text/calendar")
    calendar = icalendar.Calendar.from_ical(part.get_payload(decode=True))
    events = calendar.walk("VEVENT")
    assert len(events) == 4 and all(e.walk("VALARM") for e in events)


def test_a_culture_round_is_claimed_once_for_everyone_naming_nobody(db, owner, add_person,
                                                                      server):
    from app.services import culture

    settings, inbox = server
    a, b = add_person("Anna", email="anna@k.nl"), add_person("Bram", email="bram@k.nl")
    culture.open_round(db, owner, date.today() + timedelta(days=10))
    assert quick(db, settings).sent == 1
    (rcpts, message), = inbox.received
    assert {"anna@k.nl", "bram@k.nl"} <= set(rcpts)
    assert "anna@k.nl" not in str(message) and message["To"] == settings.from_address
    rows = [c for c in claims(db) if c.kind == "culture_round"]
    assert len(rows) == 1 and rows[0].person_id is None
    assert quick(db, settings).sent == 0
    del a, b


# --- the SMTP settings ---------------------------------------------------------------------


def test_the_owner_stores_the_server_and_the_password_goes_to_the_keyring_only(
        db, owner, add_person):
    from app.secrets import MemoryStore

    store = MemoryStore()
    mail.save_smtp_settings(db, owner, mail.SmtpSettings("smtp.korenschoof.nl", 587, "starttls",
                                                         "olga"),
                            new_password="s3cret-smtp", store=store)
    assert mail.smtp_settings(db, owner) == mail.SmtpSettings(
        "smtp.korenschoof.nl", 587, "starttls", "olga")
    assert store.values == {mail.PASSWORD_SECRET: "s3cret-smtp"}
    assert mail.password(store) == "s3cret-smtp"
    from models import OrgSetting

    with db.read() as s:
        assert "s3cret" not in "".join(r.value for r in s.query(OrgSetting))
    with pytest.raises(Forbidden):
        mail.smtp_settings(db, add_person())
    with pytest.raises(Invalid) as bad:
        mail.save_smtp_settings(db, owner, mail.SmtpSettings("smtp.korenschoof.nl", 0),
                                store=store)
    assert bad.value.field == "smtp_port"
    assert mail.smtp_settings(db, owner).port == 587  # nothing changed
    mail.save_smtp_settings(db, owner, None, store=store)
    assert mail.server(db) is None and store.values == {}


def test_a_keyring_that_is_missing_refuses_the_password_and_stores_nothing(db, owner):
    from app.secrets import MemoryStore
    from models.errors import StorageError

    with pytest.raises(StorageError):
        mail.save_smtp_settings(db, owner, mail.SmtpSettings("smtp.korenschoof.nl"),
                                new_password="x", store=MemoryStore(available=False))
    assert mail.smtp_settings(db, owner) is None


def test_the_server_can_be_given_as_a_url(db, monkeypatch):
    monkeypatch.setenv(mail.ENV_URL, "smtps://meld%40k.nl@mail.k.nl")
    monkeypatch.setenv(mail.ENV_PASSWORD, "pw")
    assert mail.server(db) == mail.SmtpSettings("mail.k.nl", 465, "tls", "meld@k.nl")
    assert mail.password() == "pw"
    assert mail.from_url("smtp://mail.k.nl:2525") == mail.SmtpSettings("mail.k.nl", 2525)
    for bad in ("http://mail.k.nl", "smtp://", "smtp://mail.k.nl:99999"):
        with pytest.raises(Invalid):
            mail.from_url(bad)


# --- regiestoel-admin reminders [--send] ---------------------------------------------------


def test_the_admin_command_lists_unsent_reminders_and_sends_each_once(
        capsys, db, data_dir, invited, monkeypatch):
    from app.cli import main

    base = ["--data-dir", str(data_dir), "--lang", "en", "reminders"]
    assert main(base) == 0
    lines = capsys.readouterr().out.splitlines()
    today = datetime.now(ZONE).date().isoformat()
    expected = {f"{invited['man'].person_id}\tdecision_waiting\t{today}",
                f"{invited['ria'].person_id}\tgroup_invitation\t{today}"}
    assert expected <= set(lines)
    assert all(len(line.split("\t")) == 3 for line in lines)
    # No SMTP server: nothing sent, exit 1, and the reminders stay listed.
    assert main([*base, "--send"]) == 1
    out, err = capsys.readouterr()
    assert out.strip() == "sent 0, failed 0" and "No e-mail server is set" in err
    with smtp_server() as (host, port, inbox):
        monkeypatch.setenv(mail.ENV_URL, f"smtp://{host}:{port}")
        assert main([*base, "--send"]) == 0
        assert capsys.readouterr().out.strip() == f"sent {len(lines)}, failed 0"
        assert main([*base, "--send"]) == 0
        assert capsys.readouterr().out.strip() == "sent 0, failed 0"
        assert main(base) == 0 and capsys.readouterr().out == ""
        assert len(inbox.messages) == len(lines)


def test_the_admin_command_exits_1_when_a_reminder_fails_and_keeps_it(
        capsys, db, data_dir, invited, monkeypatch):
    from app.cli import main

    base = ["--data-dir", str(data_dir), "reminders"]
    with smtp_server() as (host, port, inbox):
        inbox.mode = "refuse"
        monkeypatch.setenv(mail.ENV_URL, f"smtp://{host}:{port}")
        assert main([*base, "--send"]) == 1
        out, err = capsys.readouterr()
        assert out.startswith("sent 0, failed ") and "weigert een adres" in err
        assert main(base) == 0
        assert len(capsys.readouterr().out.splitlines()) >= 2  # still unsent
        inbox.mode = "accept"
        assert main([*base, "--send"]) == 0  # the admin's run does not wait for the backoff


def test_old_news_is_not_mailed_on_its_own_but_named_in_the_weekly_summary(
        db, owner, add_person, server):
    from app.services import conversations as talks
    from tests import fresh

    settings, inbox = server
    man = add_person("Manon", roles={Role.MANAGER})
    pro = add_person("Piet", manager_id=man.person_id, email="piet@k.nl")
    talks.plan_half_year(db, owner, 2027, 1)
    cid = next(r.id for r in talks.list_conversations(db, owner)
               if r.professional_id == pro.person_id)
    fresh.add_agreement(db, man, cid, "Cursus kiezen", pro.person_id, date(2027, 2, 1))
    monday_long_after = datetime.combine(date(2027, 3, 1), time(8), ZONE)
    kinds = {(p.person_id, p.kind.value) for p in reminders.pending(db, monday_long_after)}
    assert (pro.person_id, "agreement_overdue") not in kinds  # 28 days past: not news
    assert (pro.person_id, "weekly_summary") in kinds
    two_days_after = datetime.combine(date(2027, 2, 3), time(8), ZONE)
    assert (pro.person_id, "agreement_overdue") in {
        (p.person_id, p.kind.value) for p in reminders.pending(db, two_days_after)}
    quick(db, settings, monday_long_after)
    (summary,) = [m for m in inbox.messages if m["To"] == "piet@k.nl"]
    assert "Een afspraak uit je gesprek is over de datum – 01-02-2027" in text_of(summary)
    assert "Cursus" not in text_of(summary)


def test_two_laptops_sending_at_once_send_each_reminder_once(db, invited, server):
    import threading

    settings, inbox = server
    expected = len(reminders.pending(db, NOW))
    outcomes: list[reminders.Outcome] = []

    def laptop() -> None:
        outcomes.append(quick(db, settings))

    threads = [threading.Thread(target=laptop) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sum(o.sent for o in outcomes) == expected == len(inbox.messages)
    assert len({m["Message-ID"] for m in inbox.messages}) == expected


def test_a_conversation_reminder_carries_the_invitation_with_its_alarm(
        db, owner, add_person, server):
    from app.services import conversations as talks
    from tests import fresh

    settings, inbox = server
    man = add_person("Manon", roles={Role.MANAGER}, email="manon@k.nl")
    pro = add_person("Piet", manager_id=man.person_id, email="piet@k.nl")
    talks.plan_half_year(db, owner, 2027, 1)
    cid = next(r.id for r in talks.list_conversations(db, owner)
               if r.professional_id == pro.person_id)
    fresh.schedule(db, man, cid, datetime(2027, 3, 18, 10, 0), "Kantine")
    three_days_before = datetime.combine(date(2027, 3, 15), time(9), ZONE)
    assert quick(db, settings, three_days_before).sent >= 2
    mine = next(m for m in inbox.messages if m["To"] == "piet@k.nl"
                and "drie dagen" in m["Subject"])
    assert "18-03-2027 10:00 – Kantine" in text_of(mine)
    part = next(p for p in mine.iter_attachments() if p.get_content_type() == "text/calendar")
    (event,) = icalendar.Calendar.from_ical(part.get_payload(decode=True)).walk("VEVENT")
    assert str(event["LOCATION"]) == "Kantine"
    assert [a.decoded("TRIGGER") for a in event.walk("VALARM")] == [-timedelta(days=1)]


def test_erasing_a_person_removes_their_reminder_claims(db, owner, invited, server):
    from app.services import privacy

    settings, _inbox = server
    quick(db, settings)
    ria = invited["ria"].person_id
    assert any(c.person_id == ria for c in claims(db))
    people.archive_person(db, owner, ria, None)
    privacy.erase_person(db, owner, ria)
    assert all(c.person_id != ria for c in claims(db)) and claims(db)
