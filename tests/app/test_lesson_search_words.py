"""Lesson search treats a word's forms alike and ignores words every lesson has."""

from __future__ import annotations

from app.lesson_search import Query
from tests.app.test_lessons import add, pro, titles  # noqa: F401 - fixtures


def test_the_singular_and_the_plural_find_the_same_lessons(db, pro, add):  # noqa: F811
    add("Klant bellen voor vertrek")
    add("Klanten krijgen een sms")
    add("Een klantvraag meteen vastleggen")
    add("Offerte samen nalopen")
    found = sorted(titles(db, pro, "klant"))
    assert len(found) == 3
    assert sorted(titles(db, pro, "klanten")) == found
    assert sorted(titles(db, pro, "offerte klanten")) == []


def test_words_every_lesson_has_find_nothing_instead_of_everything(db, pro, add):  # noqa: F811
    add("Ruimte voor ideeën", context="Een café-overleg op vrijdag.")
    add("Een vaste werkplek voor iedereen")
    assert titles(db, pro, "ëën") == []
    assert titles(db, pro, "een de het") == []
    assert titles(db, pro, "ideeen") == ["Ruimte voor ideeën"]
    assert titles(db, pro, "een vaste werkplek") == ["Een vaste werkplek voor iedereen"]
    assert Query.parse("ëën").empty
