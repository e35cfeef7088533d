"""Checks on text that people type, shared by every service: one rule, one error code."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from models.errors import Invalid

# Deliberately simple: something@domain.tld, no spaces. Real validation is a sent e-mail.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CONTROL_OK_MULTILINE = {"\n", "\t"}
# Printable ASCII has no control characters or surrogates: no need to look at each one.
_PLAIN_ASCII = re.compile(r"[\x20-\x7e]*")


def fold(text: str) -> str:
    """Lower-case without accents, for matching: ``Ideeën`` -> ``ideeen``, ``Özcan`` -> ``ozcan``.

    Decomposed before and after case folding: compatibility forms (``ᴬ``, ``ﬁ``) only become
    ordinary letters once decomposed, and folding can produce new accents.
    """
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def clean_text(
    value: str | None,
    field: str,
    *,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
) -> str:
    """Trim, normalise (NFC) and refuse control characters, NUL bytes and overlong text."""
    text = unicodedata.normalize("NFC", (value or "")).strip()
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for ch in "" if _PLAIN_ASCII.fullmatch(text) else text:
        category = unicodedata.category(ch)
        # Cs: a lone surrogate (from a badly decoded file) cannot be stored as UTF-8.
        if category == "Cs" or (
                category == "Cc" and not (multiline and ch in _CONTROL_OK_MULTILINE)):
            raise Invalid("text_control_characters", field=field)
    if required and not text:
        raise Invalid("required", field=field)
    if len(text) > max_length:
        raise Invalid("text_too_long", field=field, maximum=max_length)
    return text


def clean_email(value: str | None, field: str = "email") -> str:
    email = clean_text(value, field, max_length=254, required=True).lower()
    if not _EMAIL.match(email):
        raise Invalid("email_invalid", field=field, value=email)
    return email


def clean_birth_year(value: int | str | None, field: str = "birth_year") -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError as exc:
            raise Invalid("birth_year_out_of_range", field=field, low=1900,
                          high=date.today().year - 14) from exc
    this_year = date.today().year
    # Working people: at least 14 and at most ~100 years old.
    if not 1900 <= value <= this_year - 14:
        raise Invalid("birth_year_out_of_range", field=field, low=1900, high=this_year - 14)
    return value


def clean_tags(values: list[str] | tuple[str, ...], field: str = "expertise") -> list[str]:
    """De-duplicated (case-insensitive), trimmed tags, in the order given."""
    seen: dict[str, str] = {}
    for raw in values:
        tag = clean_text(raw, field, max_length=80)
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return list(seen.values())
