"""Interface language: our Qt Linguist translations plus Qt's own, switched without a restart."""

from __future__ import annotations

import logging
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

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


# Labels of Qt's own file dialog that Qt's Dutch catalogue (older than the dialog's "&" keys)
# leaves in English. Our catalogue carries them under Qt's context, where Qt looks them up.
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def qt_translation_dirs() -> list[str]:
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), translations_dir()]


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
            # Qt's own strings (stock buttons such as Cancel, Yes, No, the file dialog's
            # "Look in") in the same language: from Qt's folder, or beside ours in a bundle
            # that keeps them there.
            if any(qt_own.load(f"qtbase_{language}", folder) for folder in qt_translation_dirs()):
                self._installed.append(qt_own)
            else:
                log.warning("no Qt translations (qtbase_%s.qm) found", language)
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
