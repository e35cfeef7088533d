"""The lessons learned area: search as you type, ranked hits with the matches marked."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.changes import Area, Changes
from app.lesson_search import Query, highlight
from app.services import lessons
from app.services.lessons import LessonHit, LessonRow
from models import Role
from ui.context import AppContext
from ui.dialogs.lesson import LessonDialog
from ui.i18n import format_date
from ui.icons import icon
from ui.widgets.common import EmptyState, hint_label, title_label

# Keys typed in one go (a paste, a fast burst) become one search; otherwise every key
# searches at once: a search takes milliseconds, and older answers are dropped on arrival.
SEARCH_DELAY_MS = 0
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PADDING = 8
Index = QModelIndex | QPersistentModelIndex


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def marked(html: str) -> str:
    """The service marks matches with ``<mark>``, which Qt's rich text does not know."""
    return html.replace("<mark>", "<span class='hit'>").replace("</mark>", "</span>")


def style_sheet(palette: QPalette, *, selected: bool = False) -> str:
    """Rich-text styles: a marker that reads in light and dark palettes, and quiet text."""
    if is_dark(palette):
        hit = "background-color: #6b5300; color: #fff6d5;"
    else:
        hit = "background-color: #ffe27a; color: #1d2424;"
    quiet_role = QPalette.ColorRole.HighlightedText if selected \
        else QPalette.ColorRole.PlaceholderText
    quiet = palette.color(quiet_role).name()
    return (f".hit {{ {hit} font-weight: 600; }} "
            f".meta {{ color: {quiet}; }} "
            f"h3 {{ margin-top: 14px; margin-bottom: 2px; }}")


class RichTextDelegate(QStyledItemDelegate):
    """Draws an item's HTML (title, snippet, who and when), wrapped to the list's width."""

    # Laying out rich text is the slow part of showing results, and Qt asks each item's
    # size several times per search: sizes are kept per (HTML, width, font), which is all
    # a size depends on, so a kept size is never out of date.
    SIZES_KEPT = 2000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[str, int, str], QSize] = {}

    def _document(self, option: QStyleOptionViewItem, index: Index, selected: bool
                  ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        doc.setDefaultStyleSheet(style_sheet(option.palette, selected=selected))
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        widget = option.widget
        width = option.rect.width()
        if isinstance(widget, QListView):
            width = widget.viewport().width()
        doc.setTextWidth(max(120, width - 2 * PADDING))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        doc = self._document(opt, index, selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.left() + PADDING, opt.rect.top() + PADDING)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        widget = option.widget
        width = widget.viewport().width() if isinstance(widget, QListView) \
            else option.rect.width()
        key = (str(index.data(HTML_ROLE) or ""), width, option.font.key())
        size = self._sizes.get(key)
        if size is None:
            doc = self._document(option, index, False)
            size = QSize(int(doc.idealWidth()) + 2 * PADDING,
                         int(doc.size().height()) + 2 * PADDING)
            if len(self._sizes) >= self.SIZES_KEPT:
                self._sizes.clear()
            self._sizes[key] = size
        return QSize(size)


class LessonsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        self.dialog: QDialog | None = None
        self.rows: list[LessonRow] = []
        self.shown_query: str | None = None  # the query whose results are on screen
        self._serial = 0
        self._select_after_load: int | None = None
        layout = QVBoxLayout(self)
        self.title = title_label()
        self.intro = hint_label()
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        self.search_row = QWidget()
        bar = QHBoxLayout(self.search_row)
        bar.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.add_button = QPushButton(icon("add"), "")
        bar.addWidget(self.search, 1)
        bar.addWidget(self.add_button)
        layout.addWidget(self.search_row)
        self.status = hint_label()
        layout.addWidget(self.status)

        self.results = QListWidget()
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setSpacing(1)
        self.nothing_found = EmptyState("search")
        self.nothing_add = self.nothing_found.add_button("", "add")

        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.edit_button = QPushButton(icon("edit"), "")
        edit_row = QHBoxLayout()
        edit_row.addStretch(1)
        edit_row.addWidget(self.edit_button)
        right_column.addWidget(self.detail, 1)
        right_column.addLayout(edit_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        self.empty = EmptyState("lessons")
        self.empty_add = self.empty.add_button("", "add")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.nothing_found)
        layout.addWidget(self.stack, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.results.currentRowChanged.connect(lambda _r: self._show_detail())
        self.add_button.clicked.connect(self.add_lesson)
        self.empty_add.clicked.connect(self.add_lesson)
        self.nothing_add.clicked.connect(self.add_lesson)
        self.edit_button.clicked.connect(self.edit_selected)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self.run_search()

    # --- searching -----------------------------------------------------------------------

    def run_search(self) -> None:
        """Ask for the newest lessons, or the hits of the query; older answers are ignored."""
        self.timer.stop()
        self._serial += 1
        serial = self._serial
        query = self.search.text().strip()
        db, actor = self.ctx.db, self.ctx.actor
        if query:
            self.ctx.call(self, lambda: lessons.search_lessons(db, actor, query),
                          lambda hits: self._show(serial, query, hits))
        else:
            self.ctx.call(self, lambda: lessons.recent_lessons(db, actor),
                          lambda rows: self._show(serial, "", rows))

    def _show(self, serial: int, query: str, found: list[LessonHit] | list[LessonRow]) -> None:
        if serial != self._serial:
            return  # a newer search is on its way
        selected = self.selected()
        wanted = self._select_after_load or (selected.id if selected else None)
        self._select_after_load = None
        self.shown_query = query
        self.rows = []
        self.results.clear()
        for entry in found:
            if isinstance(entry, LessonHit):
                row, title, snippet = entry.row, entry.title_html, entry.snippet_html
            else:
                row, title = entry, escape(entry.title)
                snippet = _first_words(entry.context or entry.what_worked)
            self.rows.append(row)
            item = QListWidgetItem()
            item.setData(ROW_ROLE, row)
            item.setData(HTML_ROLE, self._item_html(row, title, snippet))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, row.title)
            self.results.addItem(item)
        nothing_at_all = not query and not found
        if found:
            self.stack.setCurrentWidget(self.splitter)
        else:
            self.stack.setCurrentWidget(self.nothing_found if query else self.empty)
        self.search_row.setVisible(not nothing_at_all)
        self.status.setVisible(bool(found))
        self._update_status()
        ids = [r.id for r in self.rows]
        if found:
            self.results.setCurrentRow(ids.index(wanted) if wanted in ids else 0)
        else:
            self._show_detail()
        self.loaded = True

    def _item_html(self, row: LessonRow, title_html: str, snippet_html: str) -> str:
        meta = [escape(row.author_name), format_date(row.created_at.date(),
                                                          self.ctx.language)]
        if row.tags:
            meta.append(escape(", ".join(row.tags)))
        parts = [f"<b>{marked(title_html)}</b>"]
        if snippet_html:
            parts.append(marked(snippet_html))
        parts.append(f"<span class='meta'>{' · '.join(m for m in meta if m)}</span>")
        return "<br>".join(parts)

    def _update_status(self) -> None:
        query, count = self.shown_query, len(self.rows)
        if query is None:
            self.status.setText("")
        elif not query:
            self.status.setText(self.tr("The newest lessons. Type to search all of them."))
        elif count:
            self.status.setText(self.tr("%n lesson(s) found, best match first.", "", count))
        else:
            self.status.setText("")
        self.nothing_found.set_texts(
            self.tr("No lesson matches “%1”").replace("%1", query or ""),
            self.tr("Try fewer words, or another word for the same thing. Perhaps nobody "
                    "has written this lesson yet: you could be the first."))

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Area.LESSONS, Area.PEOPLE):
            self.run_search()

    # --- the selected lesson -------------------------------------------------------------

    def selected(self) -> LessonRow | None:
        row = self.results.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _show_detail(self) -> None:
        lesson = self.selected()
        self.edit_button.setEnabled(lesson is not None and self._may_edit(lesson))
        if lesson is None:
            self.detail.setHtml("")
            return
        self._render_detail(lesson)

    def _render_detail(self, lesson: LessonRow) -> None:
        query = Query.parse(self.shown_query or "")
        self.detail.document().setDefaultStyleSheet(style_sheet(self.detail.palette()))

        def text(value: str) -> str:
            return marked(highlight(value.strip(), query)).replace("\n", "<br>")

        meta = [self.tr("Written by %1").replace("%1", escape(lesson.author_name))
                if lesson.author_name else "",
                format_date(lesson.created_at.date(), self.ctx.language)]
        if lesson.situation_id is not None:
            meta.append(escape(self.tr("from a finished work situation")))
        html = [f"<h2>{text(lesson.title)}</h2>",
                f"<p class='meta'>{' · '.join(m for m in meta if m)}</p>"]
        sections = [
            (self.tr("What was the situation?"), lesson.context),
            (self.tr("What worked"), lesson.what_worked),
            (self.tr("What did not work"), lesson.what_did_not),
            (self.tr("Next time"), lesson.next_time),
        ]
        for heading, value in sections:
            if value.strip():
                html.append(f"<h3>{escape(heading)}</h3><p>{text(value)}</p>")
        if lesson.tags:
            tags_label = self.tr("Tags:")
            html.append(f"<p class='meta'>{escape(tags_label)} "
                        f"{text(', '.join(lesson.tags))}</p>")
        self.detail.setHtml("".join(html))

    def _may_edit(self, lesson: LessonRow) -> bool:
        actor = self.ctx.session.actor
        if actor is None:
            return False
        return actor.person_id == lesson.author_id or actor.has(Role.OWNER)

    def show_lesson(self, lesson_id: int) -> None:
        """Show one lesson among the newest (used when another area links to it)."""
        self._select_after_load = lesson_id
        self.timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.run_search()

    # --- actions -------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        """Window-modal without blocking, so background results keep arriving."""
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def add_lesson(self) -> None:
        dialog = LessonDialog(self.ctx, None, self)

        def saved() -> None:
            # The new lesson is the newest: show the newest, with it selected.
            self._select_after_load = dialog.saved_id
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)

        dialog.accepted.connect(saved)
        self._open(dialog)

    def edit_selected(self) -> None:
        lesson = self.selected()
        if lesson is not None and self._may_edit(lesson):
            dialog = LessonDialog(self.ctx, lesson, self)
            dialog.accepted.connect(lambda: setattr(self, "_select_after_load", lesson.id))
            self._open(dialog)

    # --- texts ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._show_detail()
            self.results.viewport().update()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Lessons learned"))
        self.intro.setText(self.tr(
            "What colleagues learned from their work situations, written down to be used "
            "again. Search by any word; other forms of a word are found too."))
        self.search.setPlaceholderText(self.tr("Search lessons, for example: planning"))
        self.search.setAccessibleName(self.tr("Search lessons"))
        self.results.setAccessibleName(self.tr("Lessons found"))
        self.detail.setAccessibleName(self.tr("The chosen lesson"))
        self.add_button.setText(self.tr("&New lesson"))
        self.edit_button.setText(self.tr("&Edit"))
        self.empty.set_texts(
            self.tr("Lessons learned are kept here"),
            self.tr("When you finish a work situation, you write down what you learned, so "
                    "that colleagues facing the same thing can find it. You can also write a "
                    "lesson straight away."))
        self.empty_add.setText(self.tr("Write a lesson"))
        self.nothing_add.setText(self.tr("Write a lesson"))
        self._update_status()
        self._show_detail()


def _first_words(text: str, count: int = 30) -> str:
    found = text.split()
    shown = " ".join(found[:count])
    return escape(shown + (" …" if len(found) > count else ""))
