"""The layering holds: models/ and app/ work without Qt, and never reach up into ui/."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BLOCK_QT = r"""
import importlib.abc, importlib, pkgutil, sys

class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6", "ui"}:
            raise ImportError(f"blocked: {name}")
        return None

sys.meta_path.insert(0, BlockQt())
import app, models
count = 0
for package in (app, models):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if info.name == "app.__main__" or ".migrations.versions" in info.name:
            continue
        if info.name == "models.migrations.env":
            continue  # runs only inside Alembic
        importlib.import_module(info.name)
        count += 1
print(count)
"""


def test_app_and_models_import_with_qt_blocked():
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 10  # it really walked the packages


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_module_in_app_or_models_names_qt_or_ui_even_lazily():
    offenders = []
    for folder in ("app", "models"):
        for path in (ROOT / folder).rglob("*.py"):
            bad = _imports(path) & {"PySide6", "shiboken6", "ui", "PyQt5", "PyQt6"}
            if bad:
                offenders.append(f"{path.relative_to(ROOT)}: {sorted(bad)}")
    assert offenders == []


def test_ui_never_touches_sql_directly():
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        bad = _imports(path) & {"sqlalchemy", "sqlite3", "models"}
        # models.errors is the shared vocabulary of error codes; enums like Role are data.
        text = path.read_text(encoding="utf-8")
        if "sqlalchemy" in bad or "sqlite3" in bad or "session.execute" in text:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_no_service_reads_a_personal_model_without_the_policy():
    """Every function of app/services (and the AI coach's material) that puts a personal
    model (app.policy.PERSONAL_TABLES) in a query asks the policy, is a private helper of
    functions that do, or is declared aggregate-only (app.policy.AGGREGATES_ONLY). Static
    (tests/policy_map.py reads the source), so a path no test runs is checked too."""
    from tests import policy_map

    assert policy_map.unchecked_queries() == []


def test_the_architecture_check_catches_a_query_that_skips_the_policy(tmp_path, monkeypatch):
    import ast

    from tests import policy_map

    source = ("from models import DevelopmentQuestion\n"
              "def peek(db, actor, person_id):\n"
              "    with db.read() as s:\n"
              "        return s.scalars(select(DevelopmentQuestion).where(\n"
              "            DevelopmentQuestion.person_id == person_id)).all()\n")
    fn = policy_map.Function("app.services.sneaky", "peek")
    reader = policy_map._Reader(fn, {"DevelopmentQuestion": "DevelopmentQuestion"}, {}, {},
                                policy_map.personal_classes())
    for statement in ast.parse(source).body[1].body:
        reader.visit(statement)
    assert fn.queries == {"development_question"} and not fn.calls_policy
