"""The Prepare page: my side's preparation, a draft until I publish it."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.services import conversations
from app.services.conversations import (
    TEXT_MAX,
    PreparationField,
)
from models import Side
from models.errors import DomainError
from ui.context import AppContext
from ui.dialogs.lesson import TextField, text_edit
from ui.icons import icon
from ui.item_models.conversations import (
    moment_text,
)
from ui.views.conversation_common import (
    Loaded,
    _button_row,
    _call,
    _change,
)
from ui.widgets.common import (
    FieldError,
    clear_layout,
    confirm,
    hint_label,
    with_notes,
)


class PreparePage(QWidget):
    """My side's preparation: a draft only I can read, until I publish it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded: Loaded | None = None
        self.side: Side | None = None
        self.fields: dict[str, TextField] = {}
        self.labels: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        self.errors: dict[str, FieldError] = {}
        self.confirmation: QMessageBox | None = None
        self._filled: tuple[int, Side, dict[str, str]] | None = None
        self._too_long: set[str] = set()
        # Saved with the versions on screen: the next save waits until this one shows.
        self._saving = False
        self._saved_note = ""  # said once the page shows what was saved
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(4)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.scroll_area.setWidget(inner)
        page.addWidget(self.scroll_area, 1)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 8, 8, 8)
        layout.setSpacing(10)
        self.intro = hint_label()
        state_row = QHBoxLayout()
        self.state_icon = QLabel()
        self.state = QLabel()
        self.state.setWordWrap(True)
        state_row.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        state_row.addWidget(self.state, 1)
        self.prefill_button = QPushButton(icon("history"), "")
        self.prefill_note = hint_label()
        self.prefill_note.hide()
        layout.addWidget(self.intro)
        layout.addLayout(state_row)
        self.coach_button = QPushButton(icon("coach"), "")
        self.dialog: QDialog | None = None
        layout.addLayout(_button_row(self.prefill_button, self.coach_button))
        layout.addWidget(self.prefill_note)
        # Label, question and field under each other over the full width, so long (Dutch)
        # labels wrap instead of squeezing into a label column; a box layout also gets the
        # height of wrapped text right inside the scroll area, where a form layout does not.
        self.form = QVBoxLayout()
        self.form.setSpacing(2)
        layout.addLayout(self.form)
        self.general_error = FieldError()
        self.saved_note = hint_label()
        self.saved_note.hide()
        self.save_button = QPushButton(icon("edit"), "")
        self.publish_button = QPushButton(icon("share"), "")
        layout.addStretch(1)
        # Saving and publishing stay in view, however long the preparation gets.
        self.bar = QWidget()
        bar = QVBoxLayout(self.bar)
        bar.setContentsMargins(4, 0, 8, 4)
        bar.addWidget(self.general_error)
        bar.addWidget(self.saved_note)
        bar.addLayout(_button_row(self.save_button, self.publish_button, stretch_at=0))
        page.addWidget(self.bar)
        self.prefill_button.clicked.connect(self.fill_in)
        self.coach_button.clicked.connect(self.ask_coach)
        # save() takes then_publish: clicked(bool) must not arrive there.
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        self.publish_button.clicked.connect(self.ask_publish)

    # --- showing ---------------------------------------------------------------------------

    def show_loaded(self, loaded: Loaded) -> None:
        previous = self.loaded
        self.loaded = loaded
        if self._saving and self._saved_note:
            self.saved_note.setText(self._saved_note)
            self.saved_note.show()
        self._saving, self._saved_note = False, ""
        side = loaded.my_side
        if side is None:
            return
        if side is not self.side:
            self._build_form(side)
        prep = loaded.meeting.preparation(side)
        stored = prep.fields if prep is not None else {}
        texts = {key: stored.get(key, "") for key in self.fields}
        other = previous is None or previous.row.id != loaded.row.id or self._filled is None \
            or self._filled[:2] != (loaded.row.id, side)
        if other:
            for label in (*self.errors.values(), self.general_error):
                label.show_message("")
            self.saved_note.hide()
            self.prefill_note.hide()
        if other or not self.touched():
            for key, field in self.fields.items():
                if field.toPlainText() != texts[key]:
                    field.setPlainText(texts[key])
            self._filled = (loaded.row.id, side, texts)
        self._render()

    def _build_form(self, side: Side) -> None:
        clear_layout(self.form)
        self.fields, self.labels, self.hints, self.errors = {}, {}, {}, {}
        self.side = side
        self._filled = None
        for f in self._field_texts():
            field = text_edit(4)
            label = QLabel()
            label.setWordWrap(True)
            label.setBuddy(field)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            hint, error = hint_label(), FieldError()
            field.textChanged.connect(self._check)
            self.fields[f.key], self.labels[f.key] = field, label
            self.hints[f.key], self.errors[f.key] = hint, error
            if self.form.count():
                self.form.addSpacing(10)
            self.form.addWidget(label)
            self.form.addWidget(hint)
            self.form.addSpacing(2)
            self.form.addWidget(with_notes(field, error))

    def _field_texts(self) -> tuple[PreparationField, ...]:
        if self.loaded is None or self.side is None:
            return ()
        return self.loaded.fields[self.side]

    def touched(self) -> bool:
        """Has someone typed since the texts were last filled in or saved?"""
        if self._filled is None:
            return False
        return any(f.toPlainText() != self._filled[2].get(k, "")
                   for k, f in self.fields.items())

    def _render(self) -> None:
        loaded, side = self.loaded, self.side
        if loaded is None or side is None:
            return
        for f in self._field_texts():
            if f.key in self.labels:
                self.labels[f.key].setText(f.label)
                self.hints[f.key].setText(f.hint)
                self.hints[f.key].setVisible(bool(f.hint) and loaded.editable)
                self.fields[f.key].setAccessibleName(f.label)
        prep = loaded.meeting.preparation(side)
        published = prep is not None and prep.published
        other = loaded.other_name() or self.tr("the other")
        if side is Side.PROFESSIONAL:
            self.intro.setText(self.tr(
                "Look back on your half year and say what you need. Only you can read your "
                "draft until you publish it; then %1 can read it too.").replace("%1", other))
        else:
            self.intro.setText(self.tr(
                "Give account of what you facilitated and where you saw %1 grow. Only you can "
                "read your draft until you publish it; then %1 can read it too.")
                .replace("%1", other))
        if loaded.meeting.locked:
            state, state_icon = self.tr("The record is signed and locked."), "lock"
        elif published and prep is not None:
            state = self.tr("Published on %1. %2 can read it. Changes you save are visible to "
                            "%2 right away.").replace(
                "%1", moment_text(prep.published_at, self.ctx.language)  # type: ignore[arg-type]
            ).replace("%2", other)
            state_icon = "share"
        elif prep is not None:
            state, state_icon = self.tr("Draft: only you can see this."), "lock"
        else:
            state, state_icon = self.tr("Nothing saved yet. Only you will see your draft."), \
                "info"
        self.state.setText(state)
        self.state_icon.setPixmap(icon(state_icon).pixmap(18, 18))
        editable = loaded.editable
        for field in self.fields.values():
            field.setReadOnly(not editable)
        self.intro.setVisible(editable)
        if not editable:
            self.prefill_note.hide()
        self.prefill_button.setVisible(editable and side is Side.PROFESSIONAL)
        self.coach_button.setVisible(editable and side is Side.PROFESSIONAL)
        self.save_button.setVisible(editable)
        self.save_button.setText(self.tr("&Save changes") if published
                                 else self.tr("&Save draft"))
        self.publish_button.setVisible(editable and not published)
        self._check()

    def _check(self) -> None:
        too_long = False
        for key, field in self.fields.items():
            long = len(field.toPlainText()) > TEXT_MAX
            too_long = too_long or long
            if long:
                self.errors[key].show_message(
                    self.tr("This text is too long: at most %n characters.", "", TEXT_MAX))
            elif key in self._too_long:
                self.errors[key].show_message("")
        self._too_long = {k for k, f in self.fields.items() if len(f.toPlainText()) > TEXT_MAX}
        has_text = any(f.toPlainText().strip() for f in self.fields.values())
        self.save_button.setEnabled(not too_long and not self._saving)
        self.publish_button.setEnabled(not too_long and has_text and not self._saving)
        if self.touched():
            self.saved_note.hide()

    def texts(self) -> dict[str, str]:
        return {key: field.toPlainText() for key, field in self.fields.items()}

    # --- actions ---------------------------------------------------------------------------

    def fill_in(self) -> None:
        """Put what Regiestoel knows about my half year into the parts I left empty."""
        loaded = self.loaded
        if loaded is None:
            return
        db, actor, cid, lang = self.ctx.db, self.ctx.actor, loaded.row.id, self.ctx.language

        def filled(texts: dict[str, str]) -> None:
            changed = 0
            for key, text in texts.items():
                field = self.fields.get(key)
                if field is not None and text and not field.toPlainText().strip():
                    field.setPlainText(text)
                    changed += 1
            self.prefill_note.setText(
                self.tr("Filled in what Regiestoel knows. Check it, put it in your own words, "
                        "and save.") if changed else
                self.tr("Every part already has your own text, so nothing was changed."))
            self.prefill_note.show()

        _call(self, lambda: conversations.prefill(db, actor, cid, lang), filled,
                      lambda e: self.general_error.show_message(self.ctx.describe(e)))

    def ask_coach(self) -> None:
        """A draft from my own data; accepting it puts it into my (unpublished) preparation,
        into the first part I left empty, for me to edit and save."""
        loaded = self.loaded
        if loaded is None or self.side is not Side.PROFESSIONAL:
            return
        from ui.widgets.coach_panel import CoachDialog

        self.dialog = CoachDialog(self.ctx, "prepare", loaded.row.professional_id,
                                  accept_text=self.tr("Put into my preparation"),
                                  on_accept=self.take_draft, parent=self)
        self.dialog.open()

    def take_draft(self, text: str) -> None:
        if not self.fields or not text.strip():
            return
        empty = [f for f in self.fields.values() if not f.toPlainText().strip()]
        field = empty[0] if empty else next(iter(self.fields.values()))
        before = field.toPlainText().rstrip()
        field.setPlainText(f"{before}\n\n{text.strip()}" if before else text.strip())
        self.prefill_note.setText(self.tr("The coach's draft is in your preparation. Put it "
                                          "in your own words, and save."))
        self.prefill_note.show()
        if self.dialog is not None:
            self.dialog.accept()

    def save(self, then_publish: bool = False) -> None:
        loaded, side = self.loaded, self.side
        if loaded is None or side is None:
            return
        for label in (*self.errors.values(), self.general_error):
            label.show_message("")
        texts = self.texts()
        db, actor, cid = self.ctx.db, self.ctx.actor, loaded.row.id
        prep = loaded.meeting.preparation(side)
        version = prep.version if prep is not None else None
        record = loaded.meeting.version

        def work() -> Changes:
            return conversations.save_preparation(db, actor, cid, side, texts,
                                                  expected_version=version,
                                                  expected_record_version=record,
                                                  publish=then_publish)

        def saved(_changes: Changes) -> None:
            self._filled = (cid, side, texts)
            self._saved_note = (
                self.tr("Published. %1 can read your preparation now.")
                .replace("%1", loaded.other_name()) if then_publish
                else self.tr("Saved."))

        self._saving = True
        self._check()
        _change(self, work, saved, self._failed)

    def ask_publish(self) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        other = loaded.other_name()
        self.confirmation = confirm(
            self, self.tr("Publish your preparation?"),
            self.tr("From now on %1 can read your preparation. You can still change it until "
                    "both of you have signed.").replace("%1", other),
            lambda: self.save(then_publish=True))

    def _failed(self, error: DomainError) -> None:
        self._saving = False
        self._check()
        target = self.errors.get(error.field or "")
        (target or self.general_error).show_message(self.ctx.describe(error))

    def retranslate(self) -> None:
        self.prefill_button.setText(self.tr("&Fill in from my data"))
        self.prefill_button.setToolTip(self.tr(
            "Your development question, finished work situations, lessons learned, learning "
            "hours and courses of this half year. Only empty parts are filled in."))
        self.publish_button.setText(self.tr("&Publish…"))
        self.coach_button.setText(self.tr("Draft with the coach…"))
        self._render()


# --- the meeting ----------------------------------------------------------------------------


