"""No button hands its clicked(bool) to a slot that reads it as something else.

Issue 18, finding 1: "Scan invullen" was connected straight to ``answer(round_id=None)``,
so ``clicked(False)`` arrived as round id 0 and the button never worked. This reads every
``clicked``/``triggered`` connection in ui/ and refuses the two shapes of that bug: a method
with parameters connected directly, and a lambda whose first parameter has another meaning.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
BOOL_SIGNALS = {"clicked", "triggered"}
# A first lambda parameter with one of these names says what arrives on purpose: the checked
# flag, or the action a QMenu's triggered(QAction) hands over.
CHECKED_NAMES = ("_", "checked", "action")
# Widgets whose clicked signal carries something else on purpose: QCalendarWidget's
# clicked(QDate) is the day picked.
NOT_BUTTONS = {"calendar"}


def _methods(tree: ast.Module) -> dict[tuple[str, str], ast.FunctionDef]:
    found = {}
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for f in cls.body:
            if isinstance(f, ast.FunctionDef):
                found[(cls.name, f.name)] = f
    return found


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    methods = _methods(tree)
    problems = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
            func = call.func
            if not (isinstance(func, ast.Attribute) and func.attr == "connect"
                    and isinstance(func.value, ast.Attribute)
                    and func.value.attr in BOOL_SIGNALS and call.args):
                continue
            owner = func.value.value
            if isinstance(owner, ast.Attribute) and owner.attr in NOT_BUTTONS:
                continue
            slot, where = call.args[0], f"{path.relative_to(UI.parent)}:{call.lineno}"
            if isinstance(slot, ast.Attribute) and isinstance(slot.value, ast.Name) \
                    and slot.value.id == "self":
                method = methods.get((cls.name, slot.attr))
                if method is not None and len(method.args.args) > 1:
                    problems.append(f"{where} {slot.attr}() takes parameters")
            elif isinstance(slot, ast.Lambda) and slot.args.args:
                first = slot.args.args[0].arg
                if not first.startswith(CHECKED_NAMES):
                    problems.append(f"{where} lambda's {first} receives the checked flag")
    return problems


def test_no_button_passes_its_checked_flag_to_a_slot_that_means_something_else():
    problems = [p for path in sorted(UI.rglob("*.py")) for p in _problems(path)]
    assert problems == []


def test_the_check_finds_the_bug_it_is_for(tmp_path):
    bad = UI / "_button_slot_probe.py"
    bad.write_text(
        "class V:\n"
        "    def __init__(self):\n"
        "        self.b.clicked.connect(self.answer)\n"
        "        self.t.clicked.connect(lambda k=1: self.go(k))\n"
        "    def answer(self, round_id=None):\n"
        "        pass\n", encoding="utf-8")
    try:
        assert len(_problems(bad)) == 2
    finally:
        bad.unlink()
