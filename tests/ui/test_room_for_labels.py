"""Texts get the room they need at 1366×768: the conversations overview's Status column is
not cut short, and a form's labels do not break mid-phrase in a narrow column (issue 18)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from app.services.conversations import ConversationStatusRow, DueState
from models import ConversationStatus
from ui.dialogs.form import FormDialog

# What the sidebar and the margins leave of the main window as it first opens on a
# 1366×768 laptop (1180 pixels wide).
AREA_WIDTH = 1180 - 240 - 20


def _row(n: int, name: str, due: DueState | None, published: int) -> ConversationStatusRow:
    today = date.today()
    return ConversationStatusRow(
        id=n, professional_id=10 + n, professional_name=name, manager_id=1,
        manager_name="Marieke van Dijk-Verhoeven", manager_left=False, year=today.year,
        half=1 if today.month <= 6 else 2, window_start=today - timedelta(days=60),
        window_end=today + timedelta(days=20), meeting_at=None,
        status=ConversationStatus.PLANNED, due=due, professional_published=published > 0,
        manager_published=published > 1, signatures=0, locked_at=None, version=1)


def test_the_status_column_of_the_overview_shows_its_whole_text_in_dutch(
        qtbot, ctx, owner, languages):
    from ui.item_models.conversations import status_text
    from ui.views.conversations import OverviewPage

    languages.apply("nl")
    ctx.session.actor = owner
    host = QWidget()
    QHBoxLayout(host).addWidget(page := OverviewPage(ctx))
    qtbot.addWidget(host)
    host.resize(AREA_WIDTH, 600)
    host.show()
    qtbot.waitExposed(host)
    rows = [_row(1, "Fatima El Amrani-Bouzid", DueState.DUE, 1),
            _row(2, "Kevin Mulder", DueState.OVERDUE, 2)]
    page.set_rows(rows)
    qtbot.wait(50)
    longest = max((status_text(r) for r in rows), key=len)
    assert "·" in longest  # the stage and how late, as the owner reads it
    table = page.table
    wanted = table.sizeHintForColumn(6)
    assert table.horizontalHeader().sectionSize(6) >= wanted  # nothing elided with "…"
    assert table.columnViewportPosition(6) >= 0


class _Outcome(FormDialog):
    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.short = QPlainTextEdit()
        self.add_field("outcome", self.short)
        self.add_field("lesson", QPlainTextEdit())
        self.set_label("outcome", "Wat is er &uitgekomen?")
        self.set_label("lesson", "Wat zou je een collega aanraden die voor dezelfde "
                                 "storing staat, zodat die het sneller oplost?")


def _lines(label: QLabel) -> int:
    return round(label.heightForWidth(label.width()) / label.fontMetrics().lineSpacing())


def test_a_short_form_label_stays_on_one_line_and_a_long_one_wraps_between_words(qtbot, ctx):
    dialog = _Outcome(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    short, long = dialog.fields["outcome"].label, dialog.fields["lesson"].label
    assert _lines(short) == 1  # not "Wat is er / uitgekomen?"
    assert short.width() >= short.fontMetrics().horizontalAdvance("Wat is er uitgekomen?")
    assert _lines(long) >= 2  # a whole sentence wraps, the form stays on the screen
    assert dialog.width() <= 1366


def test_the_lesson_form_in_dutch_keeps_each_short_label_on_one_line(
        qtbot, ctx, owner, languages):
    from ui.dialogs.form import LABEL_LINE_WIDTH
    from ui.dialogs.lesson import LessonDialog

    languages.apply("nl")
    ctx.session.actor = owner
    dialog = LessonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = dialog.lesson_form.labels.values()
    assert "Wat werkte" in " ".join(label.text() for label in labels)  # Dutch indeed
    for label in labels:
        shown = label.text().replace("&", "")
        if label.fontMetrics().horizontalAdvance(shown) < LABEL_LINE_WIDTH:
            assert _lines(label) == 1, shown
