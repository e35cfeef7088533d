"""Bad input, fuzzed: every text field of the services takes whatever a person can type or
paste — very long text, control characters and NUL bytes, right-to-left text and direction
marks, emoji, combining characters — and either saves it cleaned (trimmed, NFC) or refuses it
with a DomainError that names the field, with nothing partially saved.

Lone surrogates (``"\\ud800"``) cannot be encoded as UTF-8 and so cannot be stored in SQLite at
all, yet a Python ``str`` can hold them (a QString with half a pair, a file read with
``surrogateescape``). Hypothesis' default ``st.text()`` never makes them (it leaves out
category Cs), so they are tested on their own below, with explicit examples.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.content import GUIDING_KEYS
from app.paths import resolve_location
from app.services import (
    conversations,
    development,
    groups,
    learning_requests,
    lessons,
    organisation,
    people,
    situations,
)
from app.services.auth import actor_for
from app.services.conversations import preparation_keys
from app.storage import open_location
from models import NoteKind, Role, Side
from models.errors import Conflict, DomainError, Invalid
from tests import fresh

FUZZ = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

# What people paste: Arabic and Hebrew, direction overrides and marks, emoji (with joiners and
# skin tones), decomposed accents, zero-width and odd spaces, line breaks of every kind,
# control characters and NUL.
SPECIAL = [
    "مرحبا", "שלום", "\u202e", "\u202d", "\u200f", "\u200e", "\u2066", "\u2069",
    "👍", "👩‍👩‍👧", "👍🏽", "🇳🇱", "e\u0301", "a\u0308", "\u0301", "Å", "ﬁ",
    "\u200b", "\u00a0", "\u3000", "\u2028", "\ufeff", "\ufffd", "\uffff",
    "\r\n", "\r", "\n", "\t", "\x00", "\x07", "\x1b", "\x7f", "\x85", " ", "Ideeën", "x",
]
PADDING = st.lists(st.sampled_from([" ", "\t", "\n", "\u3000", "\u00a0", "\r\n", "\u200b"]),
                   max_size=4).map("".join)


def _long(limit: int) -> st.SearchStrategy[str]:
    """Text around a field's limit and up to ~12,000 characters, built by repetition
    (composed and decomposed, so the limit is seen to count after NFC)."""
    sizes = st.one_of(st.integers(max(0, limit - 2), limit + 2), st.integers(0, 12_000))
    unit = st.sampled_from(["a", "ب", "👍", "e\u0301", "ש ", "x\n"])
    return st.builds(lambda u, n, pad: pad + (u * n)[: max(n, 1) * len(u)] + pad,
                     unit, sizes, PADDING)


def texts(limit: int) -> st.SearchStrategy[str]:
    mixed = st.lists(st.one_of(st.sampled_from(SPECIAL), st.text(max_size=8)), max_size=12)
    return st.one_of(
        st.text(max_size=60),  # anything Hypothesis likes, controls and NUL included
        st.builds(lambda pad, parts, end: pad + "".join(parts) + end, PADDING, mixed, PADDING),
        _long(limit),
    )


def cleaned(value: str, multiline: bool) -> str:
    """What the app promises to store: NFC, trimmed, line breaks as \\n."""
    result = unicodedata.normalize("NFC", value).strip()
    return result.replace("\r\n", "\n").replace("\r", "\n") if multiline else result


def expected_refusal(value: str, *, limit: int, required: bool, multiline: bool) -> str | None:
    """The error code a plain text field must give, or None when it must be accepted."""
    result = cleaned(value, multiline)
    allowed = {"\n", "\t"} if multiline else set()
    if any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in result):
        return "text_control_characters"
    if required and not result:
        return "required"
    if len(result) > limit:
        return "text_too_long"
    return None


# --- a small organisation to write into ------------------------------------------------------


@dataclass
class World:
    db: Any
    owner: Any
    manager: Any
    pro: Any
    conversation_id: int
    situation_id: int
    team_id: int
    serial: count

    def unique(self) -> int:
        return next(self.serial)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    data_dir: Path = tmp_path_factory.mktemp("fuzz-data")
    db, _status = open_location(resolve_location(data_dir))
    setup = organisation.set_up(db, organisation.OrganisationSetup(
        name="Bakkerij De Korenschoof", yearly_budget_cents=2_500_000, hours_norm=40,
        language="nl", owner_name="Olga Eigenaar", owner_email="olga@korenschoof.nl",
        owner_password="eigenaar-wachtwoord"))
    owner = actor_for(db, setup.owner_id)

    def person(name: str, email: str, roles: set[Role], manager_id: int | None = None):
        data = people.PersonInput(name=name, email=email, roles=roles, manager_id=manager_id)
        return actor_for(db, people.add_person(db, owner, data).value)

    manager = person("Mira de Vries", "mira@korenschoof.nl", {Role.MANAGER})
    pro = person("Piet Jansen", "piet@korenschoof.nl", {Role.PROFESSIONAL}, manager.person_id)
    conversations.plan_half_year(db, owner, 2026, 2)
    [talk] = [r for r in conversations.list_conversations(db, owner)
              if r.professional_id == pro.person_id]
    situation_id = situations.register_situation(
        db, pro, situations.SituationInput(title="Overdracht tussen ploegen")).value
    fresh.save_question(db, pro, "Hoe plan ik rustiger?", False)
    team_id = people.add_team(db, owner, "Bakkers").value
    yield World(db, owner, manager, pro, talk.id, situation_id, team_id, count(1))
    db.dispose()


def row_counts(w: World) -> dict[str, int]:
    with w.db.engine.connect() as conn:
        tables = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))]
        return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one()
                for t in tables}


# --- every text field: how to save it and how to read it back --------------------------------


@dataclass(frozen=True)
class TextField:
    """``save`` stores the text and returns a handle; ``load`` reads the stored text back
    (handle None: the field's current value, to see that a refusal changed nothing)."""

    name: str
    limit: int
    save: Callable[[World, str], Any]
    load: Callable[[World, Any], Any]
    required: bool = False
    multiline: bool = False
    plain: bool = True  # False: extra rules (e-mail, link, tags), only "no crash" is predicted
    expect: Callable[[str], Any] | None = None  # the stored value, where not just ``cleaned``
    may_conflict: tuple[str, ...] = ()
    edits_existing: bool = False  # edits one thing that exists: ``load(w, None)`` reads it


def _tags(parts: list[str]) -> tuple[str, ...]:
    """Tags as stored: each cleaned, empty ones dropped, the first of each spelling kept."""
    seen: dict[str, str] = {}
    for part in parts:
        tag = cleaned(part, False)
        if tag:
            seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())


def _person(w: World, **fields: Any) -> int:
    data = people.PersonInput(**{"name": "Naam", "email": f"p{w.unique()}@ex.nl", **fields})
    return people.add_person(w.db, w.owner, data).value


def _lesson(w: World, **fields: Any) -> int:
    return lessons.add_lesson(w.db, w.owner, lessons.LessonInput(**{"title": "Les", **fields})
                              ).value


def _situation(w: World, **fields: Any) -> int:
    data = situations.SituationInput(**{"title": "Situatie", **fields})
    return situations.register_situation(w.db, w.pro, data).value


def _group(w: World, **fields: Any) -> int:
    data = groups.GroupInput(**{"name": "Groep", "member_ids": [w.pro.person_id], **fields})
    return groups.start_group(w.db, w.pro, data).value[0]


def _request(w: World, **fields: Any) -> int:
    data = learning_requests.RequestInput(**{"kind": "course", "title": "Cursus", **fields})
    return learning_requests.ask(w.db, w.pro, data).value


def _get_request(w: World, request_id: int) -> learning_requests.RequestRow:
    return learning_requests.get_request(w.db, w.pro, request_id)


def _preparation(key: str) -> TextField:
    def save(w: World, value: str) -> None:
        fresh.save_preparation(w.db, w.pro, w.conversation_id, Side.PROFESSIONAL,
                               {key: value})

    def load(w: World, _handle: Any) -> str | None:
        view = conversations.preparation_of(w.db, w.pro, w.conversation_id, Side.PROFESSIONAL)
        return None if view is None else view.fields.get(key)

    return TextField(f"conversations.save_preparation[{key}]", 10_000, save, load,
                     multiline=True, edits_existing=True)


def _lesson_body(name: str) -> TextField:
    return TextField(f"lessons.LessonInput.{name}", 10_000,
                     lambda w, v: _lesson(w, **{name: v}),
                     lambda w, h: getattr(lessons.get_lesson(w.db, w.owner, h), name),
                     multiline=True)


def _settings_name(w: World, value: str) -> None:
    current = organisation.get_settings(w.db, w.owner)
    fresh.update_settings(w.db, w.owner, replace(current, name=value))


FIELDS = [
    TextField("people.PersonInput.name", 200, lambda w, v: _person(w, name=v),
              lambda w, h: people.get_person(w.db, w.owner, h).name, required=True),
    TextField("people.PersonInput.email", 254, lambda w, v: _person(w, email=v),
              lambda w, h: people.get_person(w.db, w.owner, h).email, plain=False,
              expect=lambda v: cleaned(v, False).lower(), may_conflict=("email_taken",)),
    TextField("people.PersonInput.expertise", 80, lambda w, v: _person(w, expertise=[v]),
              lambda w, h: people.get_person(w.db, w.owner, h).expertise, plain=False,
              expect=lambda v: _tags([v])),
    TextField("people.add_team", 120, lambda w, v: people.add_team(w.db, w.owner, v).value,
              lambda w, h: {t.id: t.name for t in people.list_teams(w.db, w.owner)}[h],
              required=True, may_conflict=("team_name_taken",)),
    TextField("people.rename_team", 120,
              lambda w, v: people.rename_team(w.db, w.owner, w.team_id, v) and w.team_id,
              lambda w, _h: {t.id: t.name for t in people.list_teams(w.db, w.owner)}[w.team_id],
              required=True, may_conflict=("team_name_taken",), edits_existing=True),
    TextField("situations.SituationInput.title", 200, lambda w, v: _situation(w, title=v),
              lambda w, h: situations.get_situation(w.db, w.pro, h).row.title, required=True),
    TextField("situations.SituationInput.description", 10_000,
              lambda w, v: _situation(w, description=v),
              lambda w, h: situations.get_situation(w.db, w.pro, h).description,
              multiline=True),
    TextField("situations.add_note", 2000,
              lambda w, v: situations.add_note(w.db, w.pro, w.situation_id, NoteKind.QUESTION,
                                               v),
              lambda w, _h: [n.text for n in situations.get_situation(
                  w.db, w.pro, w.situation_id).notes][-1:],
              required=True, multiline=True, expect=lambda v: [cleaned(v, True)],
              edits_existing=True),
    TextField("lessons.LessonInput.title", 200, lambda w, v: _lesson(w, title=v),
              lambda w, h: lessons.get_lesson(w.db, w.owner, h).title, required=True),
    *[_lesson_body(name) for name in ("context", "what_worked", "what_did_not", "next_time")],
    TextField("lessons.LessonInput.tags", 80, lambda w, v: _lesson(w, tags=[v]),
              lambda w, h: lessons.get_lesson(w.db, w.owner, h).tags, plain=False,
              expect=lambda v: _tags(v.split(","))),
    TextField("groups.GroupInput.name", 120, lambda w, v: _group(w, name=v),
              lambda w, h: groups.get_group(w.db, w.pro, h).name, required=True),
    TextField("groups.GroupInput.purpose", 2000, lambda w, v: _group(w, purpose=v),
              lambda w, h: groups.get_group(w.db, w.pro, h).purpose, multiline=True),
    TextField("development.save_question", 2000,
              lambda w, v: fresh.save_question(w.db, w.pro, v, False).value,
              lambda w, _h: development.my_question(w.db, w.pro).text,
              required=True, multiline=True, edits_existing=True),
    TextField("development.save_answer", 10_000,
              lambda w, v: fresh.save_answer(w.db, w.pro, GUIDING_KEYS[0], v),
              lambda w, _h: development.my_question(w.db, w.pro).answers.get(GUIDING_KEYS[0]),
              multiline=True, edits_existing=True),
    TextField("learning_requests.RequestInput.title", 200, lambda w, v: _request(w, title=v),
              lambda w, h: _get_request(w, h).title, required=True),
    TextField("learning_requests.RequestInput.provider", 200,
              lambda w, v: _request(w, provider=v), lambda w, h: _get_request(w, h).provider),
    TextField("learning_requests.RequestInput.link", 500, lambda w, v: _request(w, link=v),
              lambda w, h: _get_request(w, h).link, plain=False),
    TextField("learning_requests.RequestInput.reason", 10_000,
              lambda w, v: _request(w, reason=v), lambda w, h: _get_request(w, h).reason,
              multiline=True),
    *[_preparation(key) for key in preparation_keys(Side.PROFESSIONAL)],
    TextField("conversations.add_agreement", 300,
              lambda w, v: fresh.add_agreement(w.db, w.pro, w.conversation_id, v,
                                                       w.pro.person_id, date(2026, 12, 1)
                                                       ).value,
              lambda w, h: {a.id: a.title for a in conversations.meeting_view(
                  w.db, w.pro, w.conversation_id).agreements}[h], required=True),
    TextField("conversations.save_summary", 20_000,
              lambda w, v: fresh.save_summary(w.db, w.pro, w.conversation_id, v),
              lambda w, _h: conversations.meeting_view(w.db, w.pro, w.conversation_id).summary,
              multiline=True, edits_existing=True),
    TextField("organisation.update_settings.name", 200, _settings_name,
              lambda w, _h: organisation.get_settings(w.db, w.owner).name, required=True,
              edits_existing=True),
]


WORST = ["\x00", "a\x00b", "\u202eabc\u202c", " \u0301 ", "👩\u200d👩\u200d👧", "\r\n\r\n",
         "\u200f\u05e9\u05dc\u05d5\u05dd\u200e", "\ufeff"]


@pytest.mark.parametrize("field", FIELDS, ids=[f.name for f in FIELDS])
@FUZZ
@given(data=st.data())
def test_any_text_is_saved_cleaned_or_refused_with_nothing_saved(world: World, field: TextField,
                                                                  data: st.DataObject):
    check_one(world, field, data.draw(texts(field.limit), label="text"))


@pytest.mark.parametrize("field", FIELDS, ids=[f.name for f in FIELDS])
def test_the_worst_single_characters_are_saved_cleaned_or_refused(world: World,
                                                                  field: TextField):
    for value in WORST:
        check_one(world, field, value)


def check_one(w: World, field: TextField, value: str) -> None:
    counts_before = row_counts(w)
    value_before = field.load(w, None) if field.edits_existing else None
    handle: Any = None
    try:
        handle = field.save(w, value)
    except DomainError as refused:
        assert row_counts(w) == counts_before, f"{field.name}: partly saved before refusing"
        if field.edits_existing:
            assert field.load(w, None) == value_before, f"{field.name}: changed, then refused"
        if isinstance(refused, Conflict):
            assert refused.code in field.may_conflict, (field.name, refused)
            return
        assert isinstance(refused, Invalid), (field.name, refused)
        assert refused.field, f"{field.name}: the refusal does not say which field"
        if field.plain:
            want = expected_refusal(value, limit=field.limit, required=field.required,
                                    multiline=field.multiline)
            assert refused.code == want, (field.name, repr(value[:80]), refused)
        return
    # Accepted: then it was acceptable, and it reads back cleaned.
    if field.plain:
        want = expected_refusal(value, limit=field.limit, required=field.required,
                                multiline=field.multiline)
        assert want is None, f"{field.name}: accepted {value[:80]!r}, expected {want}"
    expected = field.expect(value) if field.expect else cleaned(value, field.multiline)
    assert field.load(w, handle) == expected, field.name


# --- lone surrogates ---------------------------------------------------------------------------

SURROGATES = ["\ud800", "abc\udfffdef", "\udc80"]  # the last is what surrogateescape makes of 0x80


@pytest.mark.parametrize("field", [f for f in FIELDS if f.name in {
    "people.PersonInput.name", "lessons.LessonInput.title", "situations.add_note",
    "conversations.save_summary", "organisation.update_settings.name"}],
    ids=lambda f: f.name)
def test_a_lone_surrogate_is_refused_as_invalid_not_a_crash(world: World, field: TextField):
    for value in SURROGATES:
        counts_before = row_counts(world)
        with pytest.raises(Invalid) as refused:
            field.save(world, value)
        assert refused.value.field
        assert row_counts(world) == counts_before
