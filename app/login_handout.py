"""The handout of first passwords as HTML: one slip per person, in that person's language.

The words live in resources/templates/login_slip.{nl,en}.html; every value is escaped here.
ui/ prints the document to PDF; it is never written anywhere else.
"""

from __future__ import annotations

import html
import string
from collections.abc import Sequence
from functools import cache

from app.passwords import MIN_PASSWORD_LENGTH
from app.paths import resources_dir
from app.services.first_logins import FirstPassword

SLIPS_PER_PAGE = 3  # cut along the dashed lines; a slip is never split over two pages
_TITLES = {"nl": "Eerste wachtwoorden – $organisation", "en": "First passwords – $organisation"}


@cache
def _template(name: str) -> string.Template:
    return string.Template((resources_dir() / "templates" / name).read_text(encoding="utf-8"))


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def render_handout(given: Sequence[FirstPassword], organisation: str, language: str) -> str:
    """The whole handout; ``language`` is the reader's (the owner's), for the title only."""
    slips: list[str] = []
    for number, person in enumerate(given, start=1):
        lang = person.language if person.language in _TITLES else "nl"
        slips.append(_template(f"login_slip.{lang}.html").substitute(
            organisation=_e(organisation), name=_e(person.name), password=_e(person.password),
            minimum=MIN_PASSWORD_LENGTH))
        if number % SLIPS_PER_PAGE == 0 and number < len(given):
            slips.append('<div style="page-break-after: always"></div>')
    title = string.Template(_TITLES.get(language, _TITLES["nl"])).substitute(
        organisation=organisation)
    return _template("login_handout.html").substitute(title=_e(title), slips="\n".join(slips))
