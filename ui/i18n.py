"""Interface language: our Qt Linguist translations plus Qt's own, switched without a restart."""

from __future__ import annotations

import logging
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.money import format_amount
from app.paths import resources_dir

log = logging.getLogger(__name__)

DUTCH_TIME = ZoneInfo("Europe/Amsterdam")

# Source strings in the code are English; Dutch comes from resources/translations/*.qm.
SOURCE_LANGUAGE = "en"
LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def translations_dir() -> str:
    return str(resources_dir() / "translations")


class Languages:
    """Installs and swaps translators; Qt then sends LanguageChange to every widget."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.current = SOURCE_LANGUAGE

    def apply(self, language: str) -> bool:
        """Switch to ``language``; returns False when its translations could not be loaded."""
        if language not in LOCALES:
            language = "nl"
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        ok = True
        QLocale.setDefault(LOCALES[language])
        # English is the source language, but its .qm carries the plural forms ("1 person").
        ours = QTranslator(self._app)
        if ours.load(f"regiestoel_{language}", translations_dir()):
            self._installed.append(ours)
        else:
            log.warning("no compiled translations for %s in %s", language, translations_dir())
            ok = language == SOURCE_LANGUAGE
        if language != SOURCE_LANGUAGE:
            qt_own = QTranslator(self._app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # Qt's own strings (stock buttons such as Cancel, Yes, No) in the same language.
            if qt_own.load(f"qtbase_{language}", qt_dir):
                self._installed.append(qt_own)
        for translator in self._installed:
            self._app.installTranslator(translator)
        self.current = language
        return ok


def format_date(value: date | datetime | None, language: str) -> str:
    """27-11-2026 in Dutch, 27/11/2026 in English; datetimes as Dutch clock time with hh:mm
    (the organisation works in the Netherlands, whatever zone a laptop is set to)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        local = value.astimezone(DUTCH_TIME) if value.tzinfo else value
        sep = "-" if language == "nl" else "/"
        return local.strftime(f"%d{sep}%m{sep}%Y %H:%M")
    sep = "-" if language == "nl" else "/"
    return value.strftime(f"%d{sep}%m{sep}%Y")


def format_money(cents: int, language: str) -> str:
    return format_amount(cents, language, symbol=True)


def format_number(value: int, language: str) -> str:
    text = f"{value:,}"
    return text.replace(",", ".") if language == "nl" else text
