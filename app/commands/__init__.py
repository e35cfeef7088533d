"""Admin commands per area; each module has ``register(subparsers)`` and its command functions.

Every command function takes the ``app.cli.Context`` and returns an exit code.
"""

from __future__ import annotations

import argparse
import importlib

# Area modules, in the order their commands appear in --help.
AREAS = ("learning", "lessons", "calendar", "budget", "conversations", "culture", "dashboard",
         "person", "reminders", "backup", "database", "personal_copy", "laptops", "ai")


def register_all(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    for name in AREAS:
        importlib.import_module(f"app.commands.{name}").register(subparsers)


def parse_year(text: str, first: int, last: int) -> int:
    """An argparse value for a calendar year in the range the service accepts."""
    try:
        year = int(text)
    except ValueError:
        year = 0
    if not first <= year <= last:
        raise argparse.ArgumentTypeError(
            f"invalid year {text!r}: give a year from {first} to {last}")
    return year


# SQLite and PostgreSQL store whole numbers in 64 bits: a larger "ID" is no record of ours.
MAX_RECORD_ID = 2**63 - 1


def record_id(text: str) -> int:
    """An argparse value for a record's number: a whole number from 1 to 2**63 - 1."""
    value = text.strip()
    if not value.isascii() or not value.isdigit() or len(value) > 19 or \
            not 1 <= int(value) <= MAX_RECORD_ID:
        raise argparse.ArgumentTypeError(f"invalid ID {text!r}: give a whole number from 1 "
                                         f"to {MAX_RECORD_ID}")
    return int(value)


def count(text: str) -> int:
    """An argparse value for "at most this many": a whole number from 1 to 1,000,000."""
    value = text.strip()
    if not value.isascii() or not value.isdigit() or len(value) > 7 or \
            not 1 <= int(value) <= 1_000_000:
        raise argparse.ArgumentTypeError(f"invalid number {text!r}: give a whole number "
                                         "from 1 to 1000000")
    return int(value)
