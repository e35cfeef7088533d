"""Machine-local settings of this user, typed, with their defaults in one place."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from app.paths import config_dir

log = logging.getLogger(__name__)

LANGUAGES = ("nl", "en")


@dataclass
class LocalSettings:
    """What this machine remembers outside the database (read before a database is opened)."""

    # Language of the login screen and the wizard, before anyone has logged in.
    language: str = "nl"
    # Use the machine-wide data folder, so every account of the laptop shares one database.
    use_shared_folder: bool = False
    # A database server URL without its password (the password lives in the OS keyring).
    database_url: str = ""
    # "This laptop works on the personal copy in this folder" (Settings, take my data along):
    # the next start opens it instead of the database above. Empty: no copy.
    personal_copy_dir: str = ""
    # Last person who logged in on this machine, preselected on the login screen.
    last_person_id: int = 0
    # Per person (their ID as text): the folder of their calendar subscription on this
    # machine, which Regiestoel keeps up to date while it runs.
    calendar_folders: dict[str, str] = field(default_factory=dict)
    # The main window as it was left: maximised, or its size (0: what fits the screen).
    window_maximised: bool = False
    window_width: int = 0
    window_height: int = 0
    # Closing the main window where the desktop has a system tray: "" not asked yet, "tray"
    # keep running there (notifications go on), "quit" close as usual.
    on_close: str = ""

    @classmethod
    def load(cls, folder: Path | None = None) -> LocalSettings:
        path = (folder or config_dir()) / "settings.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            # A damaged settings file must never keep the program from starting.
            log.warning("ignoring unreadable settings file %s: %s", path, exc)
            return cls()
        known = {f.name: f.type for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known}
        if not isinstance(values.get("calendar_folders", {}), dict):
            values.pop("calendar_folders")
        settings = cls(**values)
        if settings.language not in LANGUAGES:
            settings.language = "nl"
        return settings

    def save(self, folder: Path | None = None) -> None:
        target = folder or config_dir()
        target.mkdir(parents=True, exist_ok=True)
        path = target / "settings.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        tmp.replace(path)
