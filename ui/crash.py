"""The crash handler: an unexpected error is logged to a file and explained in a short dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from app.paths import log_dir

log = logging.getLogger(__name__)


def write_crash_log(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> Path | None:
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now().strftime('%Y%m%d-%H%M%S')}.log"
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        extra = getattr(exc, "__regiestoel_trace__", "")
        path.write_text(
            text + ("\nIn the background:\n" + extra if extra else ""), encoding="utf-8"
        )
        return path
    except OSError:
        return None


def _expected(exc: BaseException, show_dialog: bool) -> bool:
    """An expected problem that reached the hook (raised where no screen caught it): one
    plain sentence, no crash report."""
    from app.failures import as_domain_error
    from app.messages import describe

    error = as_domain_error(exc)
    if error is None:
        return False
    app = QApplication.instance()
    # ui.i18n.Languages sets the default locale to the interface language.
    language = "en" if QLocale().language() == QLocale.Language.English else "nl"
    log.warning("expected problem outside a screen: %r", error)
    if show_dialog and app is not None:
        QMessageBox.warning(None, "Regiestoel", describe(error, language))
    else:
        print(f"regiestoel: {describe(error, language)}", file=sys.stderr)
    return True


def install(show_dialog: bool = True) -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if _expected(exc, show_dialog):
            return
        path = write_crash_log(exc_type, exc, tb)
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if show_dialog and QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("Crash", "Something went wrong"),
                QCoreApplication.translate(
                    "Crash",
                    "Regiestoel ran into an unexpected problem. Your saved work is "
                    "safe. A report has been written to:\n%1\n\nPlease send it to "
                    "whoever supports Regiestoel for you.",
                ).replace("%1", str(path) if path else "—"),
            )
        else:
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
