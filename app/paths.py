"""Where Regiestoel keeps its data: CLI flag > environment > platformdirs, resolved once."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Regiestoel"
DATABASE_FILE = "regiestoel.sqlite3"
ENV_DATA_DIR = "REGIESTOEL_DATA_DIR"
ENV_DATABASE_URL = "REGIESTOEL_DATABASE_URL"
ENV_CONFIG_DIR = "REGIESTOEL_CONFIG_DIR"


def resources_dir() -> Path:
    """The bundled resources: next to the packages, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def config_dir() -> Path:
    """Machine-local settings of this user (language before login, shared-folder choice)."""
    env = os.environ.get(ENV_CONFIG_DIR)
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def log_dir() -> Path:
    env = os.environ.get(ENV_CONFIG_DIR)
    if env:
        return Path(env) / "logs"
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


@dataclass(frozen=True)
class Location:
    """The resolved place of the database: a data folder with a SQLite file, or a URL."""

    data_dir: Path
    database_url: str
    is_sqlite_file: bool

    @property
    def database_file(self) -> Path | None:
        return self.data_dir / DATABASE_FILE if self.is_sqlite_file else None

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"


def resolve_location(
    data_dir: str | os.PathLike[str] | None = None,
    database_url: str | None = None,
    *,
    shared: bool = False,
) -> Location:
    """Resolve once, in the documented order of precedence."""
    folder: Path
    if data_dir is not None:
        folder = Path(data_dir)
    elif os.environ.get(ENV_DATA_DIR):
        folder = Path(os.environ[ENV_DATA_DIR])
    elif shared:
        # Machine-wide: every account of a shared laptop opens the same database.
        folder = Path(platformdirs.site_data_dir(APP_DIR_NAME, appauthor=False))
    else:
        folder = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    folder = folder.expanduser().resolve()

    url = database_url or os.environ.get(ENV_DATABASE_URL)
    if url:
        return Location(data_dir=folder, database_url=url, is_sqlite_file=False)
    return Location(
        data_dir=folder,
        database_url=f"sqlite:///{folder / DATABASE_FILE}",
        is_sqlite_file=True,
    )
