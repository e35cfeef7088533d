"""The models package imports its modules on first use; every model must still be reachable."""

from __future__ import annotations

import enum
import importlib
import pkgutil

from sqlalchemy import Table

import models
from models.base import Base

SKIP = {"base", "errors", "migrations"}


def _model_modules() -> list[str]:
    return [f"models.{m.name}" for m in pkgutil.iter_modules(models.__path__)
            if m.name not in SKIP]


def test_every_model_class_enum_and_table_can_be_imported_from_the_package():
    missing = []
    for name in _model_modules():
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            own = getattr(value, "__module__", None) == name
            is_model = isinstance(value, type) and issubclass(value, Base) and own
            is_enum = isinstance(value, type) and issubclass(value, enum.Enum) and own
            is_table = isinstance(value, Table)
            if (is_model or is_enum or is_table) and not attr.startswith("_") \
                    and getattr(models, attr, None) is not value:
                missing.append(f"{name}.{attr}")
    assert missing == [], "add these to models/__init__.py (_MODULE_OF and TYPE_CHECKING)"


def test_the_metadata_from_the_package_holds_every_table():
    for name in _model_modules():
        importlib.import_module(name)
    every = set(Base.metadata.tables)
    assert set(models.Base.metadata.tables) == every
    assert "lesson" in every and "culture_tally" in every
