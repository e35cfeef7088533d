"""Every command and option the screens and messages tell a user to type exists.

The packaged program has no pip and no Python: its texts may only name what the package
holds (`make package-check` runs each named admin command from the package itself).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from app import messages
from app.ai.engine import not_installed
from app.cli import _parser as admin_parser
from ui.main import parser as gui_parser

ROOT = Path(__file__).resolve().parent.parent
TEXT_FOLDERS = ("ui", "resources/content", "resources/translations")


def _texts() -> str:
    found = []
    for folder in TEXT_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in (".py", ".json", ".txt", ".ts") and path.is_file():
                found.append(path.read_text(encoding="utf-8"))
    return "\n".join(found)


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _options(parser: argparse.ArgumentParser) -> set[str]:
    found = {option for action in parser._actions for option in action.option_strings}
    for sub in _subcommands(parser).values():
        found |= _options(sub)
    return found


def test_every_admin_command_the_screens_name_exists():
    named = set(re.findall(r"regiestoel-admin ([a-z][a-z-]*)", _texts()))
    assert "restore" in named  # the pattern finds what the screens name
    assert named <= set(_subcommands(admin_parser())), named - set(_subcommands(admin_parser()))


def test_every_option_the_messages_name_exists():
    named = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", "\n".join(
        path.read_text(encoding="utf-8")
        for path in (ROOT / "resources" / "content" / "messages").rglob("*.json"))))
    known = _options(admin_parser()) | _options(gui_parser())
    assert named <= known, named - known


def test_a_package_without_the_coach_does_not_tell_the_owner_to_run_pip(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    error = not_installed()
    assert error.code == "ai_not_in_package"
    for language in ("nl", "en"):
        text = messages.describe(error, language)
        assert "pip" not in text and "regiestoel[ai]" not in text
    monkeypatch.delattr(sys, "frozen")
    assert not_installed().code == "ai_not_installed"  # from the sources pip is the way
