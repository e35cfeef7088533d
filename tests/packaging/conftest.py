"""The built package under test: dist/regiestoel/ (make package) and its .deb (make deb).

These tests run with `make package-check` (REGIESTOEL_REQUIRE_PACKAGE=1), where a package
that is not built fails them; `make test` leaves them out, so a stale dist/ never counts.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.system_libraries import is_elf

ROOT = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(config, items):
    if os.environ.get("REGIESTOEL_REQUIRE_PACKAGE"):
        return
    skip = pytest.mark.skip(reason="tests of the built package: run `make package-check`")
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def package() -> Path:
    folder = Path(os.environ.get("REGIESTOEL_PACKAGE", ROOT / "dist" / "regiestoel"))
    if not (folder / "regiestoel").is_file():
        pytest.fail(f"{folder} is not built: run `make package`")
    return folder


@pytest.fixture(scope="session")
def manifest(package: Path) -> dict:
    return json.loads((package / "_internal" / "resources" / "components.json").read_text(
        encoding="utf-8"))


@pytest.fixture(scope="session")
def elf_files(package: Path) -> list[Path]:
    """Every ELF file of the package (not the links PyInstaller puts next to them)."""
    return [path for path in sorted(package.rglob("*"))
            if path.is_file() and not path.is_symlink() and is_elf(path)]


@pytest.fixture(scope="session")
def deb() -> Path:
    found = sorted((ROOT / "dist").glob("regiestoel_*.deb"))
    if not found:
        pytest.fail("no dist/regiestoel_*.deb: run `make deb`")
    return found[-1]


def package_env(tmp_path: Path, **changes: str) -> dict[str, str]:
    """The environment of a user's start: no QT_QPA_PLATFORM, a config folder of its own."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "REGIESTOEL_DATA_DIR", "REGIESTOEL_DATABASE_URL",
                          "XDG_SESSION_TYPE", "PYTHONPATH", "VIRTUAL_ENV")}
    env.update(REGIESTOEL_CONFIG_DIR=str(tmp_path / "config"),
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", **changes)
    return env
