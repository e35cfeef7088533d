"""Admin commands per area; each module has ``register(subparsers)`` and its command functions.

Every command function takes the ``app.cli.Context`` and returns an exit code.
"""

from __future__ import annotations

import argparse
import importlib

# Area modules, in the order their commands appear in --help.
AREAS = ("learning", "lessons", "calendar", "budget", "conversations", "culture", "dashboard",
         "person", "backup", "database", "ai")


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
