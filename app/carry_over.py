"""Carrying over a person's unused learning budget, as Dutch collective agreements allow:
pure arithmetic in integer cents, no database.

Each year's individual budget is one amount. With a carry-over of N years, what is left of
it at the end of its year stays available for N more years: the amount of year Y expires
at the end of year Y + N (with N = 0, at the end of Y itself). Spending in a year (committed
and spent) uses the amounts in the order they expire, the earliest first, so nothing is
lost that could have been used. Spending beyond what is available is an overspend of that
year: it leaves nothing to carry over and is never taken from a later year.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

MAX_CARRY_YEARS = 10


@dataclass(frozen=True)
class Amount:
    """Budget of one ``origin`` year, usable until 31 December of ``expires``."""

    origin: int
    cents: int
    expires: int

    @property
    def expires_on(self) -> date:
        return date(self.expires, 12, 31)


@dataclass(frozen=True)
class PersonYear:
    """One person's individual budget in one year, carried-over amounts included.

    ``carried`` is what came in from earlier years (each with its expiry), ``left`` what
    is left of every amount at the end of the year after ``used_cents`` was taken from them.
    """

    year: int
    own_cents: int
    carried: tuple[Amount, ...]
    used_cents: int
    left: tuple[Amount, ...]

    @property
    def carried_cents(self) -> int:
        return sum(a.cents for a in self.carried)

    @property
    def available_cents(self) -> int:
        return self.own_cents + self.carried_cents

    @property
    def remaining_cents(self) -> int:
        """Negative when more is committed and spent than is available."""
        return self.available_cents - self.used_cents

    @property
    def expiring_cents(self) -> int:
        """What lapses at the end of this year unless it is used."""
        return sum(a.cents for a in self.left if a.expires == self.year)


def _take(pool: list[Amount], cents: int) -> list[Amount]:
    """Use ``cents`` from the amounts that expire first; what is left of each, in order."""
    left = []
    for amount in sorted(pool, key=lambda a: (a.expires, a.origin)):
        used = min(amount.cents, cents)
        cents -= used
        if amount.cents > used:
            left.append(Amount(amount.origin, amount.cents - used, amount.expires))
    return left


def person_year(own: Mapping[int, int], used: Mapping[int, int], carry_years: int,
                year: int) -> PersonYear:
    """The individual budget of ``year``, from the person's own budget per year (``own``)
    and what they committed and spent per year (``used``), all in cents."""
    if not 0 <= carry_years <= MAX_CARRY_YEARS:
        raise ValueError(f"carry_years must be 0..{MAX_CARRY_YEARS}")
    first = min((y for y in (*own, *used) if y <= year), default=year)
    if carry_years == 0:
        first = year  # nothing reaches this year from before it
    alive: list[Amount] = []
    for y in range(first, year + 1):
        carried = tuple(a for a in alive if a.expires >= y)
        pool = [*carried]
        if own.get(y, 0) > 0:
            pool.append(Amount(y, own[y], y + carry_years))
        left = _take(pool, used.get(y, 0))
        if y == year:
            return PersonYear(year, own.get(y, 0), carried, used.get(y, 0), tuple(left))
        alive = left
    raise AssertionError("unreachable")  # pragma: no cover
