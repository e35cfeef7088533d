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


SQLITE_PREFIX = "sqlite:///"


@dataclass(frozen=True)
class Location:
    """The resolved place of the database: a data folder with a SQLite file, or a URL.

    A SQLite file's URL is ``sqlite:///`` followed by the path exactly as it is: nothing in
    it (``#``, ``?``, ``%``) is read as URL syntax, so every path opens exactly that file.
    """

    data_dir: Path
    database_url: str
    is_sqlite_file: bool
    file_name: str = DATABASE_FILE

    @property
    def database_file(self) -> Path | None:
        return self.data_dir / self.file_name if self.is_sqlite_file else None

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
        file = sqlite_url_path(url)
        if file is not None:
            # A SQLite file given by URL is a data folder like any other: checked before it
            # is opened, locked, backed up beside it.
            file = file.expanduser().resolve()
            return Location(data_dir=file.parent, database_url=sqlite_url(file),
                            is_sqlite_file=True, file_name=file.name)
        check_server_url(url)
        return Location(data_dir=folder, database_url=url, is_sqlite_file=False)
    return Location(
        data_dir=folder,
        database_url=sqlite_url(folder / DATABASE_FILE),
        is_sqlite_file=True,
    )


def sqlite_url(file: Path) -> str:
    return SQLITE_PREFIX + str(file)


def sqlite_url_path(url: str) -> Path | None:
    """The file of a ``sqlite:///PATH`` URL, taken literally; None for any other URL.

    Raises Invalid for a SQLite URL without a file (``sqlite://``, ``:memory:``)."""
    from models.errors import Invalid

    if not url.lower().startswith("sqlite"):
        return None
    scheme, sep, rest = url.partition("://")
    if scheme.lower() not in ("sqlite", "sqlite+pysqlite") or not sep:
        raise Invalid("database_url_unsupported", url=_shown(url))
    path = rest[1:] if rest.startswith("/") else ""
    if not path or path == ":memory:":
        raise Invalid("database_url_invalid")
    return Path(path)


def check_server_url(url: str) -> None:
    """A database server's URL must be PostgreSQL's and well-formed (exit 2 otherwise)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from models.errors import Invalid

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise Invalid("database_url_invalid") from exc
    if parsed.get_backend_name() != "postgresql":
        raise Invalid("database_url_unsupported", url=_shown(url))
    if not parsed.database:
        raise Invalid("database_url_invalid")


def _shown(url: str) -> str:
    """The scheme only: a URL may hold a password, which is never echoed."""
    return url.partition("://")[0] + "://…"
