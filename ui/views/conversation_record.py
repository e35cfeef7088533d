"""The Record page (the signed record, printable to PDF) and the History page."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.conversation_record import render_record
from app.files import write_atomic
from app.services import conversations
from app.services.conversations import (
    TimelineEntry,
)
from models.errors import DomainError
from ui.context import AppContext
from ui.i18n import format_date
from ui.icons import icon
from ui.item_models.conversations import (
    meeting_text,
    moment_text,
    status_text,
)
from ui.names_conversations import (
    agreement_status_name,
    half_year_name,
)
from ui.pdf import html_to_pdf
from ui.views.conversation_common import (
    Loaded,
    _button_row,
    _call,
    _file_name,
    _paragraphs,
    _quiet,
)
from ui.widgets.common import (
    FieldError,
    hint_label,
)


class RecordPage(QWidget):
    """The signed record as it will be printed; printing to PDF; the meeting invitation."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded: Loaded | None = None
        self.html = ""
        self.saved_path: Path | None = None
        self._serial = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 8, 8)
        self.hint = hint_label()
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        # The text wraps to the width; only the record's full-width table borders stick out
        # a pixel, which would otherwise bring a useless horizontal scroll bar.
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The record is a document with its own (dark) ink: show it on paper, also in a dark
        # palette, as it will be printed.
        paper = self.browser.palette()
        paper.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        paper.setColor(QPalette.ColorRole.Text, QColor("#222222"))
        self.browser.setPalette(paper)
        self.print_button = QPushButton(icon("export"), "")
        self.invite_button = QPushButton(icon("calendar"), "")
        self.note = hint_label()
        self.note.hide()
        self.error = FieldError()
        layout.addWidget(self.hint)
        layout.addWidget(self.browser, 1)
        layout.addLayout(_button_row(self.print_button, self.invite_button))
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        self.print_button.clicked.connect(lambda: self.print_pdf())
        self.invite_button.clicked.connect(lambda: self.export_invite())

    def show_loaded(self, loaded: Loaded) -> None:
        previous = self.loaded
        self.loaded = loaded
        if previous is None or previous.row.id != loaded.row.id:
            self.note.hide()
            self.error.show_message("")
        if loaded.meeting.locked and previous is not None and previous.meeting.locked \
                and previous.row.id == loaded.row.id and self.html:
            self._render()  # a locked record does not change; reading it again is audited
            return
        self._serial += 1
        serial = self._serial
        if loaded.meeting.locked:
            db, actor, cid, lang = self.ctx.db, self.ctx.actor, loaded.row.id, self.ctx.language

            def shown(html: str) -> None:
                if serial == self._serial:
                    self.html = html
                    self.browser.setHtml(html)
                    self._render()

            def failed(error: DomainError) -> None:
                if serial == self._serial:
                    self.html = ""
                    self.error.show_message(self.ctx.describe(error))
                    self._render()

            _call(self, lambda: render_record(db, actor, cid, lang), shown, failed)
        else:
            self.html = ""
            self.browser.clear()
        self._render()

    def _render(self) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        locked = loaded.meeting.locked
        self.browser.setVisible(bool(self.html))
        self.print_button.setEnabled(bool(self.html))
        self.print_button.setVisible(locked)
        scheduled = loaded.row.meeting_at is not None
        self.invite_button.setVisible(loaded.my_side is not None and not locked)
        self.invite_button.setEnabled(scheduled)
        if locked:
            hint = self.tr("The record both of you signed. Print it to PDF to keep it or to "
                           "give a copy.")
        else:
            hint = self.tr("The record appears here once both of you have signed.")
            if loaded.my_side is not None:
                hint += " " + (self.tr("The meeting is on %1. Export an invitation for your "
                                       "calendars.").replace("%1", meeting_text(
                                           loaded.row.meeting_at, self.ctx.language))
                               if scheduled else
                               self.tr("Schedule the meeting first; then you can export an "
                                       "invitation for your calendars."))
        self.hint.setText(hint)

    def _suggested(self, suffix: str) -> Path:
        loaded = self.loaded
        assert loaded is not None
        row = loaded.row
        word = self.tr("Conversation")
        name = f"{word} {row.professional_name} {row.year}-{row.half}"
        return Path.home() / f"{_file_name(name)}{suffix}"

    def _ask_path(self, title: str, pattern: str, suffix: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, str(self._suggested(suffix)),
                                              pattern)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)

    def print_pdf(self, path: Path | None = None) -> None:
        """Print the signed record to a PDF (asks where, unless ``path`` is given)."""
        if not self.html:
            return
        if path is None:
            path = self._ask_path(self.tr("Print to PDF"), self.tr("PDF documents (*.pdf)"),
                                  ".pdf")
            if path is None:
                return
        self.error.show_message("")
        # Printing with Qt belongs on this thread; the HTML was built off it when loaded.
        try:
            html_to_pdf(self.html, path)
        except DomainError as exc:
            self.error.show_message(self.ctx.describe(exc))
            return
        self._saved(path)

    def export_invite(self, path: Path | None = None) -> None:
        """Save the meeting invitation (.ics) for both calendars."""
        loaded = self.loaded
        if loaded is None or loaded.row.meeting_at is None:
            return
        if path is None:
            path = self._ask_path(self.tr("Export invite"),
                                  self.tr("Calendar files (*.ics)"), ".ics")
            if path is None:
                return
        db, actor, cid, lang = self.ctx.db, self.ctx.actor, loaded.row.id, self.ctx.language
        target = path

        def work() -> Path:
            # Complete or not at all: a calendar program never reads half an invitation.
            return write_atomic(target, conversations.invite_ics(db, actor, cid, lang))

        self.error.show_message("")
        _call(self, work, self._saved,
                      lambda e: self.error.show_message(self.ctx.describe(e)))

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        text = self.tr("Saved as %1.").replace("%1", path.name)
        if path.suffix == ".ics":
            text += " " + self.tr("Open it with your calendar program (such as Outlook or "
                                  "Google Calendar), or send it to the other.")
        self.note.setText(text)
        self.note.setToolTip(str(path))
        self.note.show()

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("&Print to PDF…"))
        self.invite_button.setText(self.tr("E&xport invite…"))
        self.browser.setAccessibleName(self.tr("Signed record"))
        self._render()


class HistoryPage(QWidget):
    """The professional's conversations and agreements across the years."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.professional_id: int | None = None
        self.entries: list[TimelineEntry] | None = None
        self.loaded = False
        self._serial = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 8, 8)
        self.hint = hint_label()
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        layout.addWidget(self.hint)
        layout.addWidget(self.browser, 1)

    def load(self, professional_id: int) -> None:
        self.professional_id = professional_id
        self.loaded = False
        self._serial += 1
        serial = self._serial
        db, actor = self.ctx.db, self.ctx.actor

        def shown(entries: list[TimelineEntry]) -> None:
            if serial == self._serial:
                self.entries = entries
                self._render()
                self.loaded = True

        def failed(error: DomainError) -> None:
            if serial == self._serial:
                self.entries = None
                self.browser.setHtml(f"<p>{escape(self.ctx.describe(error))}</p>")
                self.loaded = True

        _call(self, lambda: conversations.timeline(db, actor, professional_id),
                      shown, failed)

    def _render(self) -> None:
        if self.entries is None:
            return
        lang = self.ctx.language
        quiet = _quiet(self)
        if not self.entries:
            nothing = self.tr("No conversations yet.")
            self.browser.setHtml(f"<p><i>{escape(nothing)}</i></p>")
            return
        parts = []
        for e in reversed(self.entries):  # the latest first
            c = e.conversation
            heading = f"{half_year_name(c.year, c.half)} — {status_text(c)}"
            meta = self.tr("%1 and %2 · meeting: %3").replace("%1", c.professional_name) \
                .replace("%2", c.manager_name or "—") \
                .replace("%3", meeting_text(c.meeting_at, lang))
            parts.append(f"<h3>{escape(heading)}</h3>"
                         f"<p style='color:{quiet}'>{escape(meta)}</p>")
            if e.agreements:
                items = []
                for a in e.agreements:
                    due = format_date(a.due, lang) if a.due else self.tr("no date")
                    items.append(f"<li>{escape(a.title)} <span style='color:{quiet}'>— "
                                 f"{escape(a.owner_name)} · {escape(due)} · "
                                 f"{escape(agreement_status_name(a.status))}</span></li>")
                label = self.tr("Agreements")
                parts.append(f"<p><b>{escape(label)}</b></p><ul>{''.join(items)}</ul>")
            if e.summary.strip():
                label = self.tr("Summary")
                parts.append(f"<p><b>{escape(label)}</b><br>{_paragraphs(e.summary)}</p>")
            for event in e.events:
                when = moment_text(event.at, lang)
                if event.kind == conversations.EventKind.REOPENED.value:
                    text = self.tr("%1: reopened by %2. Reason: %3")
                else:
                    text = self.tr("%1: handed over to another manager by %2 (%3).")
                text = text.replace("%1", when).replace("%2", event.person_name or "—") \
                    .replace("%3", event.note)
                parts.append(f"<p style='color:{quiet}'>{escape(text)}</p>")
        self.browser.setHtml("".join(parts))

    def retranslate(self) -> None:
        self.hint.setText(self.tr(
            "All conversations of this professional and their agreements, the latest first. "
            "Open agreements carry over until they are done."))
        self.browser.setAccessibleName(self.tr("History"))
        self._render()


# --- one conversation -----------------------------------------------------------------------


