"""`regiestoel --self-test`: prove that a packaged (or source) Regiestoel has what it needs.

Each check prints one line, ``ok   <what>: <detail>``, ``warn <what>: <why>`` (works, with a
limit worth knowing) or ``FAIL <what>: <why>``; the exit code is 0 only when no check failed.
Nothing here touches the user's own data or settings: the database is made in a temporary
folder that is removed afterwards.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

# A check returns a one-line detail when it passes and raises when it does not.
Check = Callable[[], str]


def _check_database() -> str:
    from app.paths import resolve_location
    from app.schema import SchemaState
    from app.storage import open_location
    from models.migrations import head_revision

    with tempfile.TemporaryDirectory(prefix="regiestoel-self-test-") as folder:
        location = resolve_location(folder)
        db, status = open_location(location)
        try:
            if status.state is not SchemaState.CURRENT or status.revision != head_revision():
                raise RuntimeError(f"schema is {status.state.value} at {status.revision}, "
                                   f"expected {head_revision()}")
        finally:
            db.dispose()
    return f"a temporary database migrated to revision {status.revision}"


def _qt_app() -> object:
    """The running Qt application, or a new offscreen one: the self-test shows no window and
    needs no display. Offscreen through the command line, which QT_QPA_PLATFORM does not
    override: the platform check reads that variable to know what a real start would load."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([*sys.argv[:1], "-platform", "offscreen"])


def _check_translations() -> str:
    from ui.i18n import Languages, translations_dir

    app = _qt_app()
    languages = Languages(app)  # type: ignore[arg-type]
    try:
        if not languages.apply("nl"):
            raise RuntimeError(f"no Dutch translations in {translations_dir()}")
    finally:
        languages.apply("en")
    return f"Dutch loaded from {translations_dir()}"


def _check_resources() -> str:
    from app.paths import resources_dir

    root = resources_dir()
    needed = ("content", "templates", "translations")
    missing = [name for name in needed if not (root / name).is_dir()]
    if missing:
        raise RuntimeError(f"missing in {root}: {', '.join(missing)}")
    return f"content, templates and translations in {root}"


def _check_icons() -> str:
    _qt_app()
    from PySide6.QtGui import QIcon

    from app.paths import resources_dir
    from ui.icons import app_icon

    if app_icon().isNull():
        raise RuntimeError("the application icon is empty (icon fonts not found)")
    drawing = resources_dir() / "icons" / "regiestoel.svg"
    if QIcon(str(drawing)).pixmap(64, 64).isNull():
        raise RuntimeError(f"the program's icon {drawing} cannot be drawn (no SVG support)")
    return "icon fonts loaded, the program's icon drawn from regiestoel.svg"


def _qt_folder() -> Path:
    """PySide6's Qt folder (lib/, plugins/), found without loading Qt: on a computer that
    lacks a library Qt itself needs, this check must still run and say which."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("PySide6 is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def _platform_plugin(name: str) -> Path | None:
    base = name.split("-", 1)[0]  # "wayland-egl" is a key of the wayland plugin
    folders = [Path(p) for p in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    for folder in [*folders, _qt_folder() / "plugins"]:
        found = sorted((folder / "platforms").glob(f"libq{base}.so*"))
        if found:
            return found[0]
    return None


def _check_platform_libraries() -> str:
    """The system libraries of the Qt platform plugin a real start would load, and of the Qt
    libraries under it: the xcb plugin needs a dozen X11 libraries the package does not
    bundle (the system has them, or its package manager installs them)."""
    if not sys.platform.startswith("linux"):
        return f"nothing to check on {sys.platform} (its platform plugin needs only the system)"
    from app.system_libraries import missing_libraries, qt_platform_candidates

    program_dirs = [_qt_folder() / "lib"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        program_dirs.append(Path(bundle))
    problems = []
    for name in qt_platform_candidates(os.environ):
        plugin = _platform_plugin(name)
        if plugin is None:
            problems.append(f"there is no Qt platform plugin {name!r}")
            continue
        missing = missing_libraries(plugin, program_dirs)
        if not missing:
            return f"{name}: every system library it needs is installed"
        packages = sorted({item.package for item in missing if item.package})
        install = f"; install with: sudo apt install {' '.join(packages)}" if packages else ""
        problems.append(f"the {name} platform plugin cannot load, missing "
                        f"{', '.join(item.describe() for item in missing)}{install}")
    raise RuntimeError("; ".join(problems))


def _check_calendar() -> str:
    from app.planning import WorkCalendar

    # 27 April is King's Day: a Dutch public holiday, named in Dutch from holidays' locale files.
    calendar = WorkCalendar()
    english = calendar.holiday_name(date(2026, 4, 27), "en")
    dutch = calendar.holiday_name(date(2026, 4, 27), "nl")
    if not english or not dutch:
        raise RuntimeError("Dutch public holidays are unknown")
    if dutch == english:
        raise RuntimeError(f"no Dutch names for public holidays ({dutch!r})")
    return f"Dutch public holidays known (27-04-2026: {dutch} / {english})"


def _check_search() -> str:
    import snowballstemmer

    stem = snowballstemmer.stemmer("dutch").stemWord("vergaderingen")
    return f"Dutch stemmer works (vergaderingen → {stem})"


def _check_server_driver() -> str:
    from app.server_login import driver_description

    return driver_description()


class Warning(Exception):  # noqa: A001 - the self-test's own word for it
    """Not a failure (the program works without it), but worth knowing: a ``warn`` line."""


def _check_keyring() -> str:
    import keyring

    from app.secrets import KeyringStore

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if not KeyringStore().available:
        # Regiestoel works, but cannot remember a passphrase or a server password here.
        raise Warning(f"{name} cannot keep secrets here: passphrases and server passwords "
                      "are asked every time")
    return f"{name} (can keep secrets)"


def _check_ai() -> str:
    """The AI engine is optional: when llama-cpp-python is bundled, its shared libraries
    must load (they are found with ctypes, which PyInstaller does not follow)."""
    from app.ai.engine import ai_available

    if not ai_available():
        return "not bundled"
    importlib.import_module("app.ai.engine")
    llama_cpp = importlib.import_module("llama_cpp")
    llama_cpp.llama_backend_init()
    return f"imported app.ai with llama-cpp-python {llama_cpp.__version__}"


CHECKS: tuple[tuple[str, Check], ...] = (
    ("database", _check_database),
    ("resources", _check_resources),
    ("translations", _check_translations),
    ("icons", _check_icons),
    ("Qt platform libraries", _check_platform_libraries),
    ("calendar", _check_calendar),
    ("search", _check_search),
    ("PostgreSQL driver", _check_server_driver),
    ("keyring", _check_keyring),
    ("AI engine", _check_ai),
)


def _output() -> tuple[TextIO, Path | None]:
    """Standard output; a windowed Windows build has none, so it writes a file instead."""
    if sys.stdout is not None:
        return sys.stdout, None
    path = Path(tempfile.gettempdir()) / "regiestoel-self-test.txt"
    return path.open("w", encoding="utf-8"), path


def run_self_test() -> int:
    out, path = _output()
    failures = 0
    try:
        for name, check in CHECKS:
            try:
                detail = check()
            except Warning as warning:
                print(f"warn {name}: {warning}", file=out, flush=True)
                continue
            except Exception as exc:  # every failure is reported, none stops the others
                failures += 1
                print(f"FAIL {name}: {type(exc).__name__}: {exc}", file=out, flush=True)
            else:
                print(f"ok   {name}: {detail}", file=out, flush=True)
        verdict = "passed" if not failures else f"failed ({failures} of {len(CHECKS)} checks)"
        print(f"self-test {verdict}", file=out, flush=True)
    finally:
        if path is not None:
            with contextlib.suppress(Exception):
                out.close()
    return 0 if not failures else 1
