"""Exact money: integer cents, read and written the way Dutch and English users type them."""

from __future__ import annotations

import re

from models.errors import Invalid

_MAX_CENTS = 100_000_000_00  # a hundred million: anything above is a typing error


def parse_amount(text: str, language: str = "nl", *, field: str = "amount") -> int:
    """Parse ``1.250,50`` (nl) or ``1,250.50`` (en) into cents. Also accepts ``1250.50`` in nl
    when the dot is clearly a decimal point (one or two digits after it)."""
    raw = text.strip().replace("€", "").replace("\u00a0", "").replace(" ", "").replace("EUR", "")
    if not raw:
        raise Invalid("required", field=field)
    if raw.startswith("-"):
        raise Invalid("amount_negative", field=field)
    if not re.fullmatch(r"[0-9.,]+", raw):
        raise Invalid("amount_invalid", field=field, value=text.strip())
    decimal_sep, group_sep = (",", ".") if language == "nl" else (".", ",")
    if decimal_sep not in raw and raw.count(group_sep) == 1:
        whole, _, frac = raw.partition(group_sep)
        if 1 <= len(frac) <= 2:
            # "12.50" typed in the Dutch UI: clearly a decimal point, not thousands.
            decimal_sep, group_sep = group_sep, decimal_sep
    if raw.count(decimal_sep) > 1:
        raise Invalid("amount_invalid", field=field, value=text.strip())
    whole, _, frac = raw.partition(decimal_sep)
    groups = whole.split(group_sep)
    if len(groups) > 1 and (not groups[0] or any(len(g) != 3 for g in groups[1:])):
        raise Invalid("amount_invalid", field=field, value=text.strip())
    digits = "".join(groups)
    if not digits or len(frac) > 2 or not digits.isdigit() or (frac and not frac.isdigit()):
        raise Invalid("amount_invalid", field=field, value=text.strip())
    cents = int(digits) * 100 + int((frac + "00")[:2])
    if cents > _MAX_CENTS:
        raise Invalid("amount_too_large", field=field)
    return cents


def format_amount(cents: int, language: str = "nl", *, symbol: bool = False) -> str:
    """``125050`` -> ``1.250,50`` (nl) or ``1,250.50`` (en); negative amounts keep their sign."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    grouped = f"{whole:,}"
    if language == "nl":
        grouped = grouped.replace(",", ".")
        text = f"{sign}{grouped},{frac:02d}"
    else:
        text = f"{sign}{grouped}.{frac:02d}"
    return f"€ {text}" if symbol else text
