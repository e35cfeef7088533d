"""The signed record as HTML: what it shows, in which language, and who may print it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pytest

from app.conversation_record import render_record
from app.services import audit
from app.services import conversations as talks
from models import ActionStatus, Role, Side
from models.errors import Conflict, Forbidden, Invalid
from tests import fresh
from tests.conftest import PASSWORD

PRO, MAN = Side.PROFESSIONAL, Side.MANAGER
# 13:05 UTC is 14:05 in Amsterdam in November.
SIGNED_AT = datetime(2026, 11, 27, 13, 5, tzinfo=UTC)


def at(moment: datetime):
    return lambda: moment


@pytest.fixture
def record(db, owner, add_person):
    """A signed 2026-2 record of Piet and Mira, with an agreement from 2026-1 reviewed."""
    man = add_person("Mira de Vries", roles={Role.MANAGER})
    pro = add_person("Piet Jansen", manager_id=man.person_id)
    talks.plan_half_year(db, owner, 2026, 1)
    talks.plan_half_year(db, owner, 2026, 2)
    ids = {r.half_year: r.id for r in talks.list_conversations(db, owner)}
    for half_year in ("2026-1", "2026-2"):
        cid = ids[half_year]
        fresh.save_preparation(db, pro, cid, PRO, {
            "need_from_manager": "Tijd om te oefenen\nen een maatje",
            "learning_hours": "Twaalf uur in werktijd"})
        fresh.publish_preparation(db, pro, cid, PRO)
        fresh.save_preparation(db, man, cid, MAN, {"saw_grow": "Je plant <rustiger> & beter"})
        fresh.publish_preparation(db, man, cid, MAN)
        if half_year == "2026-1":
            fresh.add_agreement(db, pro, cid, "Cursus HACCP volgen", pro.person_id)
        else:
            fresh.add_agreement(db, pro, cid, "Leren <b>plannen</b>", pro.person_id,
                                date(2027, 3, 1))
            fresh.add_agreement(db, man, cid, "Leergroep mogelijk maken", man.person_id, None)
            fresh.save_summary(db, man, cid, "Goed gesprek.\nVolgende keer in maart.")
            fresh.schedule(db, man, cid, datetime(2026, 11, 26, 10, 0), "Kantine")
        fresh.sign(db, pro, cid, PRO, PASSWORD, clock=at(SIGNED_AT))
        fresh.sign(db, man, cid, MAN, PASSWORD, clock=at(SIGNED_AT))
    return pro, man, ids["2026-2"]


class _Balance(HTMLParser):
    VOID = {"meta", "br", "hr", "img", "link", "input"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.problems.append(tag)


def test_the_record_shows_the_organisation_both_names_agreements_and_dutch_dates(db, record):
    pro, _man, cid = record
    page = render_record(db, pro, cid, "nl")

    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert '<html lang="nl">' in page
    assert "Bakkerij De Korenschoof" in page
    assert "Piet Jansen" in page and "Mira de Vries" in page
    assert "tweede halfjaar 2026" in page
    assert "26-11-2026 10:00, Kantine" in page
    # Both signatures with their Dutch dates (Amsterdam time).
    assert page.count("27-11-2026 14:05") == 2
    assert "Medewerker</td><td>Piet Jansen" in page
    assert "Leidinggevende</td><td>Mira de Vries" in page
    # The agreements, owner, due date and status; the manager gives account too.
    assert "Leren &lt;b&gt;plannen&lt;/b&gt;" in page and "<b>plannen" not in page
    assert "01-03-2027" in page
    assert "<td>Leergroep mogelijk maken</td><td>Mira de Vries</td><td>geen datum</td>" \
           "<td>open</td>" in page
    assert "Cursus HACCP volgen" in page  # reviewed from the previous conversation
    # Both preparations under their labels, escaped, line breaks kept.
    assert "Wat ik nodig heb van mijn leidinggevende" in page
    assert "Tijd om te oefenen<br>en een maatje" in page
    assert "Je plant &lt;rustiger&gt; &amp; beter" in page
    assert "Waarin ik je zag groeien" in page
    assert "Goed gesprek.<br>Volgende keer in maart." in page
    assert "$" not in page  # every placeholder filled
    checker = _Balance()
    checker.feed(page)
    assert checker.problems == [] and checker.stack == []


def test_the_record_speaks_english_to_an_english_reader(db, record):
    pro, _man, cid = record
    page = render_record(db, pro, cid, "en")
    assert '<html lang="en">' in page
    assert "second half of 2026" in page
    assert "What I need from my manager" in page
    assert page.count("27/11/2026 14:05") == 2
    assert "01/03/2027" in page
    with pytest.raises(Invalid):
        render_record(db, pro, cid, "de")


def test_an_unsigned_record_is_not_printed(db, record):
    pro, man, cid = record
    fresh.reopen(db, man, cid, "De datum van de cursus klopt niet")
    with pytest.raises(Conflict) as refused:
        render_record(db, pro, cid, "nl")
    assert refused.value.code == "record_not_signed"
    fresh.sign(db, pro, cid, PRO, PASSWORD)
    fresh.sign(db, man, cid, MAN, PASSWORD)
    page = render_record(db, pro, cid, "nl")
    assert "heropend door Mira de Vries. Reden: De datum van de cursus klopt niet" in page


def test_only_those_who_may_read_it_get_the_record_and_the_manager_read_is_audited(
        db, owner, record, add_person):
    pro, man, cid = record
    colleague = add_person("Collega", password=None)
    for reader in (owner, colleague):
        with pytest.raises(Forbidden):
            render_record(db, reader, cid, "nl")
    render_record(db, pro, cid, "nl")
    render_record(db, man, cid, "nl")
    reads = [e for e in audit.list_entries(db, owner) if e.action == "conversation_read"]
    assert [(e.actor, e.subject, e.detail["part"]) for e in reads] == [
        ("Mira de Vries", "Piet Jansen", "record")]


def test_a_finished_earlier_agreement_shows_its_status_in_the_record(db, record):
    pro, man, cid = record
    fresh.reopen(db, pro, cid, "De cursus is toch al gedaan")
    earlier = next(a for a in talks.meeting_view(db, pro, cid).reviewed_agreements
                   if a.title == "Cursus HACCP volgen")
    fresh.set_agreement_status(db, pro, cid, earlier.id, ActionStatus.DONE)
    fresh.sign(db, pro, cid, PRO, PASSWORD)
    fresh.sign(db, man, cid, MAN, PASSWORD)
    page = render_record(db, pro, cid, "nl")
    assert "<td>Cursus HACCP volgen</td><td>Piet Jansen</td><td>geen datum</td>" \
           "<td>gedaan</td>" in page
