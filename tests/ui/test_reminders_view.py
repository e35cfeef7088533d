"""Reminders on screen, clicked through: Mijn regie's "Needs your attention" card, the
calendar folder in Settings, and the owner's SMTP server."""

from __future__ import annotations

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app import mail
from app.services import groups, learning_requests
from models import InterventionKind, Role
from ui.views.home import HomeView
from ui.views.reminder_settings import ReminderSettingsPanel

LEFT = Qt.MouseButton.LeftButton


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_the_home_card_shows_what_is_due_and_goes_there(qtbot, ctx, db, owner, add_person):
    man = add_person("Manon Manager", roles={Role.MANAGER})
    pro = add_person("Piet", manager_id=man.person_id)
    learning_requests.ask(db, pro, learning_requests.RequestInput(
        kind=InterventionKind.COURSE, title="Geheime cursus"))
    went: list[str] = []
    ctx.session.actor = man
    home = HomeView(ctx, navigate=lambda key: went.append(key))
    qtbot.addWidget(home)
    home.resize(1100, 900)
    home.show()
    qtbot.waitUntil(lambda: home.due_card.isVisible())
    assert "A learning request waits for your decision" in texts(home.due_card)
    assert "Geheime" not in texts(home.due_card)
    (go,) = home.due_card.buttons
    click(qtbot, go)
    assert went == ["budget"]


def test_the_card_stays_hidden_when_nothing_is_due(qtbot, ctx, db, owner, add_person):
    ctx.session.actor = add_person("Ria")
    home = HomeView(ctx)
    qtbot.addWidget(home)
    home.show()
    qtbot.waitUntil(lambda: home.home is not None)
    ctx.tasks.wait()
    qtbot.wait(50)
    assert not home.due_card.isVisible() and home.due_card.items == []
    # An invitation arrives: the card appears after the change.
    other = add_person("Anna")
    groups.start_group(db, other, groups.GroupInput(name="Samen", purpose="",
                                                    member_ids=[ctx.actor.person_id]))
    from app.services import due

    assert [i.kind.value for i in due.due_for(db, ctx.actor)] == ["group_invitation"]
    home.reload()
    ctx.tasks.wait()
    qtbot.wait(50)
    # It is answered in its own card above (with Join and Decline), not named twice.
    assert not home.due_card.isVisible() and home.due_card.items == []


@pytest.fixture
def panel(qtbot, ctx):
    def make(actor) -> ReminderSettingsPanel:
        ctx.session.actor = actor
        view = ReminderSettingsPanel(ctx)
        qtbot.addWidget(view)
        view.resize(900, 800)
        view.show()
        return view

    return make


def test_a_person_keeps_their_calendar_in_a_folder_they_choose(
        qtbot, ctx, add_person, panel, tmp_path):
    piet = add_person("Piet")
    view = panel(piet)
    assert not view.mail_box.isVisible()  # the e-mail server is the owner's
    qtbot.keyClicks(view.folder, str(tmp_path / "gone"))
    click(qtbot, view.keep)
    qtbot.waitUntil(lambda: view.folder_error.isVisible())
    assert "does not exist" in view.folder_error.text()
    assert ctx.local.calendar_folders == {}  # nothing kept
    view.folder.clear()
    qtbot.keyClicks(view.folder, str(tmp_path))
    click(qtbot, view.keep)
    qtbot.waitUntil(lambda: view.folder_done.isVisible())
    assert not view.folder_error.isVisible()
    written = tmp_path / f"regiestoel-{piet.person_id}.ics"
    assert icalendar.Calendar.from_ical(written.read_bytes())["X-WR-CALNAME"] == "Regiestoel"
    assert ctx.local.calendar_folders == {str(piet.person_id): str(tmp_path)}
    from app.settings import LocalSettings

    assert LocalSettings.load().calendar_folders == {str(piet.person_id): str(tmp_path)}
    click(qtbot, view.stop)
    assert ctx.local.calendar_folders == {} and written.exists()


def test_the_owner_enters_the_smtp_server_and_a_bad_port_is_refused(
        qtbot, ctx, db, owner, panel):
    view = panel(owner)
    assert view.mail_box.isVisible()
    qtbot.keyClicks(view.host, "smtp.korenschoof.nl")
    qtbot.keyClicks(view.user, "olga")
    qtbot.keyClicks(view.password, "s3cret-smtp")
    qtbot.keyClicks(view.sender_field, "geen adres")
    click(qtbot, view.save_mail)
    qtbot.waitUntil(lambda: view.errors["smtp_sender"].isVisible())
    assert mail.smtp_settings(db, owner) is None  # nothing stored
    view.sender_field.clear()
    qtbot.keyClicks(view.sender_field, "regiestoel@korenschoof.nl")
    view.alarm.clear()
    qtbot.keyClicks(view.alarm, "120")
    click(qtbot, view.save_mail)
    qtbot.waitUntil(lambda: view.mail_done.isVisible())
    assert mail.smtp_settings(db, owner) == mail.SmtpSettings(
        "smtp.korenschoof.nl", 587, "starttls", "olga", "regiestoel@korenschoof.nl")
    assert mail.password() == "s3cret-smtp" and view.password.text() == ""
    from app.services import alarms

    assert alarms.alarm_minutes(db) == 120


def test_the_runner_sends_and_keeps_the_calendar_off_the_ui_thread(
        qtbot, ctx, db, owner, add_person, tmp_path, monkeypatch):
    import threading

    from tests.smtp_server import smtp_server
    from ui.reminder_runner import ReminderRunner

    man = add_person("Manon Manager", roles={Role.MANAGER}, email="manon@k.nl")
    pro = add_person("Piet", manager_id=man.person_id)
    learning_requests.ask(db, pro, learning_requests.RequestInput(
        kind=InterventionKind.COURSE, title="Cursus"))
    ctx.session.actor = man
    ctx.local.calendar_folders[str(man.person_id)] = str(tmp_path)
    with smtp_server() as (host, port, inbox):
        monkeypatch.setenv(mail.ENV_URL, f"smtp://{host}:{port}")
        runner = ReminderRunner(ctx)
        threads: list[str] = []
        original = runner._round

        def spy():
            work = original()

            def wrapped() -> None:
                threads.append(threading.current_thread().name)
                work()

            return wrapped

        runner._round = spy
        with qtbot.waitSignal(runner.finished, timeout=20_000) as done:
            runner.run_now()
        runner.stop()
    assert done.args == [[]]
    assert threads == ["reminders"]  # not the UI thread
    assert {m["To"] for m in inbox.messages} == {"manon@k.nl"}  # (and a weekly summary)
    assert (tmp_path / f"regiestoel-{man.person_id}.ics").exists()


def test_the_runner_reports_a_calendar_folder_that_is_gone(qtbot, ctx, owner, tmp_path):
    from ui.reminder_runner import ReminderRunner

    ctx.session.actor = owner
    ctx.local.calendar_folders[str(owner.person_id)] = str(tmp_path / "weg")
    runner = ReminderRunner(ctx)
    with qtbot.waitSignal(runner.finished, timeout=20_000) as done:
        runner.run_now()
    runner.stop()
    ((code, text),) = done.args[0]
    assert code == "calendar_folder_missing" and str(tmp_path / "weg") in text
    assert runner.problems == ["calendar_folder_missing"]


def test_a_long_list_of_what_is_due_shows_eight_and_the_rest_when_asked(qtbot, ctx, owner):
    """An owner who is everyone's manager: 30 decisions waiting make a card of eight lines
    and "Show all (30)"; clicking it shows every line, each with its button."""
    from datetime import date

    from app.services.due import DueItem, DueKind
    from ui.widgets.due_card import DueCard

    card = DueCard(ctx, navigate=lambda key: None)
    qtbot.addWidget(card)
    card.resize(900, 600)
    card.show()
    card.show_items([DueItem(DueKind.DECISION_WAITING, n, date(2026, 12, 1))
                     for n in range(1, 31)])
    assert len(card.buttons) == 8
    (more,) = [b for b in card.findChildren(QPushButton) if b.text() == "Show all (30)"]
    qtbot.waitUntil(more.isVisible)  # a row added to a shown card shows a moment later
    click(qtbot, more)
    qtbot.waitUntil(lambda: len(card.buttons) == 30)
    qtbot.waitUntil(lambda: not [b for b in card.findChildren(QPushButton)
                                 if b.text().startswith("Show all")])
    assert texts(card).count("A learning request waits for your decision") == 30
