"""Settings for learning together: rooms, closing days, and the agendas of the four sessions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.access import Operation
from app.changes import Area, Changes
from app.content import SESSION_MINUTES, AgendaBlock, DayAgenda
from app.services import agendas, cycles
from app.services.cycles import ClosedPeriod, ClosingDayRow, RoomRow, closed_periods
from models.errors import DomainError
from ui.context import AppContext
from ui.icons import icon
from ui.names_groups import BLOCK_KIND_ORDER, block_kind_name, format_day
from ui.widgets.common import FieldError, confirm, hint_label
from ui.widgets.date_field import DateField

TITLE, KIND, MINUTES, PROMPT = range(4)
KEY_ROLE = Qt.ItemDataRole.UserRole


class _BlockDelegate(QStyledItemDelegate):
    """A list of kinds for the kind column, a spin box in minutes for the minutes column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        if index.column() == KIND:
            combo = QComboBox(parent)
            for key in BLOCK_KIND_ORDER:
                combo.addItem(block_kind_name(key), key)
            return combo
        if index.column() == MINUTES:
            spin = QSpinBox(parent)
            spin.setRange(1, SESSION_MINUTES)
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget,  # noqa: N802 - Qt API
                      index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(KEY_ROLE)), 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), KEY_ROLE)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
            return
        super().setModelData(editor, model, index)


class DayAgendaEditor(QWidget):
    """One day's agenda: a theme and timed blocks that must add up to one hour."""

    changed = Signal()

    def __init__(self, day: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.blocks: list[AgendaBlock] = []
        self._filling = False
        layout = QVBoxLayout(self)
        theme_row = QHBoxLayout()
        self.theme_label = QLabel()
        self.theme = QLineEdit()
        self.theme.setMaxLength(120)
        self.theme_label.setBuddy(self.theme)
        theme_row.addWidget(self.theme_label)
        theme_row.addWidget(self.theme, 1)
        layout.addLayout(theme_row)

        self.table = QTableWidget(0, 4)
        self.table.setItemDelegate(_BlockDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROMPT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(TITLE, 220)
        self.table.setMinimumHeight(200)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), "")
        self.remove_button = QPushButton(icon("delete"), "")
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.total = QLabel()
        buttons.addWidget(self.total)
        layout.addLayout(buttons)

        self.prompt_label = QLabel()
        self.prompt = QPlainTextEdit()
        self.prompt.setTabChangesFocus(True)
        self.prompt.setFixedHeight(72)
        self.prompt_label.setBuddy(self.prompt)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.prompt)

        self.theme.textChanged.connect(lambda _t: self.changed.emit())
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._row_chosen)
        self.prompt.textChanged.connect(self._prompt_changed)
        self.add_button.clicked.connect(self.add_block)
        self.remove_button.clicked.connect(self.remove_block)
        self.up_button.clicked.connect(lambda: self.move_block(-1))
        self.down_button.clicked.connect(lambda: self.move_block(1))
        self.retranslate()

    # --- data ----------------------------------------------------------------------------

    def set_agenda(self, agenda: DayAgenda) -> None:
        self.theme.blockSignals(True)
        self.theme.setText(agenda.theme)
        self.theme.blockSignals(False)
        self.blocks = list(agenda.blocks)
        self._fill(0 if self.blocks else -1)

    def agenda(self) -> DayAgenda:
        return DayAgenda(self.day, self.theme.text(), tuple(self.blocks))

    def total_minutes(self) -> int:
        return sum(b.minutes for b in self.blocks)

    def _fill(self, select: int) -> None:
        self._filling = True
        self.table.setRowCount(len(self.blocks))
        for row, b in enumerate(self.blocks):
            title = QTableWidgetItem(b.title)
            kind = QTableWidgetItem(block_kind_name(b.key))
            kind.setData(KEY_ROLE, b.key)
            minutes = QTableWidgetItem()
            minutes.setData(Qt.ItemDataRole.EditRole, b.minutes)
            minutes.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            prompt = QTableWidgetItem(" ".join(b.prompt.split()))
            prompt.setToolTip(b.prompt)
            prompt.setFlags(prompt.flags() & ~Qt.ItemFlag.ItemIsEditable)
            for col, item in ((TITLE, title), (KIND, kind), (MINUTES, minutes),
                              (PROMPT, prompt)):
                self.table.setItem(row, col, item)
        self._filling = False
        if 0 <= select < len(self.blocks):
            self.table.selectRow(select)
        self._row_chosen()
        self._update_total()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row, col = item.row(), item.column()
        if not 0 <= row < len(self.blocks):
            return
        b = self.blocks[row]
        if col == TITLE:
            b = AgendaBlock(b.key, item.text(), b.minutes, b.prompt)
        elif col == KIND:
            b = AgendaBlock(str(item.data(KEY_ROLE)), b.title, b.minutes, b.prompt)
        elif col == MINUTES:
            value = item.data(Qt.ItemDataRole.EditRole)
            b = AgendaBlock(b.key, b.title, int(value or 0), b.prompt)
        self.blocks[row] = b
        self._update_total()
        self.changed.emit()

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _row_chosen(self) -> None:
        row = self.selected_row()
        has = 0 <= row < len(self.blocks)
        self.prompt.blockSignals(True)
        self.prompt.setPlainText(self.blocks[row].prompt if has else "")
        self.prompt.blockSignals(False)
        self.prompt.setEnabled(has and self.isEnabled())
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self.blocks) - 1)

    def _prompt_changed(self) -> None:
        row = self.selected_row()
        if not 0 <= row < len(self.blocks):
            return
        b = self.blocks[row]
        text = self.prompt.toPlainText()
        self.blocks[row] = AgendaBlock(b.key, b.title, b.minutes, text)
        item = self.table.item(row, PROMPT)
        self._filling = True
        if item is not None:
            item.setText(" ".join(text.split()))
            item.setToolTip(text)
        self._filling = False
        self.changed.emit()

    # --- editing -------------------------------------------------------------------------

    def add_block(self) -> None:
        row = self.selected_row()
        at = row + 1 if row >= 0 else len(self.blocks)
        left = max(SESSION_MINUTES - self.total_minutes(), 5)
        self.blocks.insert(at, AgendaBlock("questions", self.tr("New block"), left, ""))
        self._fill(at)
        self.changed.emit()
        self.table.setFocus()
        self.table.setCurrentCell(at, TITLE)
        item = self.table.item(at, TITLE)
        if item is not None:
            self.table.editItem(item)

    def remove_block(self) -> None:
        row = self.selected_row()
        if 0 <= row < len(self.blocks):
            del self.blocks[row]
            self._fill(min(row, len(self.blocks) - 1))
            self.changed.emit()

    def move_block(self, step: int) -> None:
        row = self.selected_row()
        target = row + step
        if 0 <= row < len(self.blocks) and 0 <= target < len(self.blocks):
            self.blocks[row], self.blocks[target] = self.blocks[target], self.blocks[row]
            self._fill(target)
            self.changed.emit()

    def _update_total(self) -> None:
        total = self.total_minutes()
        text = self.tr("%1 of %2 minutes").replace("%1", str(total)).replace(
            "%2", str(SESSION_MINUTES))
        if total < SESSION_MINUTES:
            text += " — " + self.tr("%n minute(s) short", "", SESSION_MINUTES - total)
        elif total > SESSION_MINUTES:
            text += " — " + self.tr("%n minute(s) too many", "", total - SESSION_MINUTES)
        self.total.setText(text)
        self.total.setProperty("role", "" if total == SESSION_MINUTES else "error")
        self.total.style().polish(self.total)

    def is_valid_length(self) -> bool:
        return self.total_minutes() == SESSION_MINUTES

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 - Qt API
        super().setEnabled(enabled)
        self._row_chosen()

    # --- texts ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.theme_label.setText(self.tr("T&heme"))
        self.theme.setAccessibleName(self.tr("Theme of day %1").replace("%1", str(self.day)))
        self.table.setHorizontalHeaderLabels([self.tr("Block"), self.tr("Kind"),
                                              self.tr("Minutes"), self.tr("Prompt")])
        self.table.setAccessibleName(self.tr("Blocks of day %1").replace("%1", str(self.day)))
        self.add_button.setText(self.tr("&Add block"))
        self.remove_button.setText(self.tr("Re&move block"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move &down"))
        self.prompt_label.setText(self.tr("&Prompt of the selected block, shown to the group:"))
        for row, b in enumerate(self.blocks):
            item = self.table.item(row, KIND)
            if item is not None:
                self._filling = True
                item.setText(block_kind_name(b.key))
                self._filling = False
        self._update_total()


class LearningSettingsPanel(QWidget):
    """Rooms, closing days and session agendas; editable for the owner, readable for others."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or date.today()
        self.can_manage = ctx.session.may(Operation.MANAGE_SETTINGS)
        self.rooms: list[RoomRow] = []
        self.closing_days: list[ClosingDayRow] = []
        self.periods: list[ClosedPeriod] = []
        self.agenda_language = ctx.language
        self.agendas_dirty = False
        self.agendas_loaded = False
        self.loaded = False
        self.confirmation: QMessageBox | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.owner_hint = hint_label()
        self.owner_hint.setVisible(not self.can_manage)
        layout.addWidget(self.owner_hint)

        # --- rooms ---------------------------------------------------------------------
        self.rooms_box = QGroupBox()
        rooms = QVBoxLayout(self.rooms_box)
        self.rooms_hint = hint_label()
        self.room_list = QListWidget()
        self.room_list.setMaximumHeight(110)
        add_room = QHBoxLayout()
        self.room_name = QLineEdit()
        self.room_name.setMaxLength(120)
        self.add_room_button = QPushButton(icon("add"), "")
        self.remove_room_button = QPushButton(icon("delete"), "")
        add_room.addWidget(self.room_name, 1)
        add_room.addWidget(self.add_room_button)
        add_room.addWidget(self.remove_room_button)
        self.room_error = FieldError()
        rooms.addWidget(self.rooms_hint)
        rooms.addWidget(self.room_list)
        rooms.addLayout(add_room)
        rooms.addWidget(self.room_error)
        layout.addWidget(self.rooms_box)

        # --- closing days --------------------------------------------------------------
        self.closing_box = QGroupBox()
        closing = QVBoxLayout(self.closing_box)
        self.closing_hint = hint_label()
        self.closing_list = QTreeWidget()
        self.closing_list.setColumnCount(2)
        self.closing_list.setRootIsDecorated(False)
        self.closing_list.setAlternatingRowColors(True)
        self.closing_list.setMaximumHeight(140)
        self.closing_list.header().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        add_day = QHBoxLayout()
        # One day, or a period such as a three-week bouwvak: "until" stays empty for one day.
        self.closing_date = DateField(lambda: ctx.language, self.today, today=self.today)
        self.closing_until = DateField(lambda: ctx.language, today=self.today, optional=True)
        for field in (self.closing_date, self.closing_until):
            field.set_range(date(self.today.year, 1, 1), date(self.today.year + 1, 12, 31))
        self.until_label = QLabel()
        self.until_label.setBuddy(self.closing_until)
        # As high as the fields beside it, so its text sits on their line.
        self.until_label.setMinimumHeight(self.closing_until.line.sizeHint().height())
        self.closing_description = QLineEdit()
        self.closing_description.setMaxLength(120)
        self.add_day_button = QPushButton(icon("add"), "")
        self.remove_day_button = QPushButton(icon("delete"), "")
        add_day.addWidget(self.closing_date, 0, Qt.AlignmentFlag.AlignTop)
        add_day.addWidget(self.until_label, 0, Qt.AlignmentFlag.AlignTop)
        add_day.addWidget(self.closing_until, 0, Qt.AlignmentFlag.AlignTop)
        add_day.addWidget(self.closing_description, 1, Qt.AlignmentFlag.AlignTop)
        add_day.addWidget(self.add_day_button, 0, Qt.AlignmentFlag.AlignTop)
        add_day.addWidget(self.remove_day_button, 0, Qt.AlignmentFlag.AlignTop)
        self.closing_error = FieldError()
        closing.addWidget(self.closing_hint)
        closing.addWidget(self.closing_list)
        closing.addLayout(add_day)
        closing.addWidget(self.closing_error)
        layout.addWidget(self.closing_box)

        # --- session agendas -----------------------------------------------------------
        self.agendas_box = QGroupBox()
        agenda = QVBoxLayout(self.agendas_box)
        self.agendas_hint = hint_label()
        self.tabs = QTabWidget()
        self.days = [DayAgendaEditor(day) for day in range(1, 5)]
        for editor in self.days:
            self.tabs.addTab(editor, "")
            editor.changed.connect(self._agenda_edited)
        self.agenda_error = FieldError()
        self.agenda_status = hint_label()
        agenda_buttons = QHBoxLayout()
        self.save_agendas_button = QPushButton(icon("check"), "")
        self.reset_agendas_button = QPushButton(icon("restore"), "")
        agenda_buttons.addWidget(self.reset_agendas_button)
        agenda_buttons.addStretch(1)
        agenda_buttons.addWidget(self.agenda_status)
        agenda_buttons.addWidget(self.save_agendas_button)
        agenda.addWidget(self.agendas_hint)
        agenda.addWidget(self.tabs, 1)
        agenda.addWidget(self.agenda_error)
        agenda.addLayout(agenda_buttons)
        layout.addWidget(self.agendas_box, 1)

        for widget in (self.room_name, self.add_room_button, self.remove_room_button,
                       self.closing_date, self.closing_until, self.closing_description,
                       self.add_day_button,
                       self.remove_day_button, self.save_agendas_button,
                       self.reset_agendas_button, *self.days):
            widget.setEnabled(self.can_manage)

        self.room_name.textChanged.connect(lambda _t: self._update_buttons())
        self.room_name.returnPressed.connect(self.add_room)
        self.add_room_button.clicked.connect(self.add_room)
        self.remove_room_button.clicked.connect(self.remove_room)
        self.room_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.closing_description.returnPressed.connect(self.add_closing_day)
        self.add_day_button.clicked.connect(self.add_closing_day)
        self.remove_day_button.clicked.connect(self.remove_closing_day)
        self.closing_list.itemSelectionChanged.connect(self._update_buttons)
        self.save_agendas_button.clicked.connect(self.save_agendas)
        self.reset_agendas_button.clicked.connect(self.reset_agendas)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self.reload()
        self.reload_agendas()

    # --- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        years = (self.today.year, self.today.year + 1)

        def load() -> tuple[list[RoomRow], list[ClosingDayRow]]:
            return cycles.list_rooms(db, actor), [
                c for year in years for c in cycles.list_closing_days(db, actor, year)]

        self.ctx.call(self, load, self._show)

    def _show(self, loaded: tuple[list[RoomRow], list[ClosingDayRow]]) -> None:
        self.rooms, self.closing_days = loaded
        self.room_list.clear()
        for room in self.rooms:
            item = QListWidgetItem(icon("room"), room.name)
            item.setData(Qt.ItemDataRole.UserRole, room.id)
            self.room_list.addItem(item)
        self._render_closing_days()
        self.loaded = True
        self._update_buttons()

    def _render_closing_days(self) -> None:
        self.closing_list.clear()
        self.periods = closed_periods(self.closing_days)
        lang = self.ctx.language
        for index, p in enumerate(self.periods):
            when = format_day(p.first, lang) if p.first == p.last else self.tr(
                "%1 to %2").replace("%1", format_day(p.first, lang)).replace(
                "%2", format_day(p.last, lang))
            item = QTreeWidgetItem([when, p.description])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            self.closing_list.addTopLevelItem(item)
        if not self.closing_days:
            item = QTreeWidgetItem([self.tr("No closing days yet."), ""])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.closing_list.addTopLevelItem(item)

    def reload_agendas(self) -> None:
        db, language = self.ctx.db, self.ctx.language
        self.ctx.call(self, lambda: agendas.agendas(db, language),
                      lambda found: self._show_agendas(found, language))

    def _show_agendas(self, found: tuple[DayAgenda, ...], language: str) -> None:
        self.agenda_language = language
        by_day = {a.day: a for a in found}
        for editor in self.days:
            editor.set_agenda(by_day.get(editor.day, DayAgenda(editor.day, "", ())))
        self.agendas_dirty = False
        self.agendas_loaded = True
        self.agenda_error.show_message("")
        self._agenda_state()
        self._agendas_hint()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Area.ORGANISATION):
            self.reload()

    def selected_room(self) -> RoomRow | None:
        row = self.room_list.currentRow()
        return self.rooms[row] if 0 <= row < len(self.rooms) else None

    def selected_closing_day(self) -> ClosedPeriod | None:
        item = self.closing_list.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item and item.isSelected() else None
        return self.periods[value] if isinstance(value, int) else None

    def _update_buttons(self) -> None:
        manage = self.can_manage
        self.add_room_button.setEnabled(manage and bool(self.room_name.text().strip()))
        self.remove_room_button.setEnabled(manage and self.selected_room() is not None)
        self.remove_day_button.setEnabled(manage and self.selected_closing_day() is not None)

    # --- rooms and closing days ----------------------------------------------------------

    def add_room(self) -> None:
        name = self.room_name.text()
        if not self.can_manage or not name.strip():
            return
        self.room_error.show_message("")
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.change(self, lambda: cycles.add_room(db, actor, name),
                        lambda _c: self.room_name.clear(),
                        lambda e: self.room_error.show_message(self.ctx.describe(e)))

    def remove_room(self) -> None:
        room = self.selected_room()
        if room is None or not self.can_manage:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.change(self, lambda: cycles.remove_room(db, actor, room.id), None,
                        lambda e: self.room_error.show_message(self.ctx.describe(e)))

    def add_closing_day(self) -> None:
        if not self.can_manage:
            return
        self.closing_error.show_message("")
        first = self.closing_date.checked()
        if first is None:
            return
        last = self.closing_until.checked()  # an unreadable one says why and takes the focus
        if last is None and not self.closing_until.is_valid():
            return
        last = last or first
        text = self.closing_description.text()
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.change(self, lambda: cycles.add_closing_days(db, actor, first, last, text),
                        lambda _c: self._closing_added(),
                        lambda e: self.closing_error.show_message(self.ctx.describe(e)))

    def _closing_added(self) -> None:
        self.closing_description.clear()
        self.closing_until.set_date(None)

    def remove_closing_day(self) -> None:
        period = self.selected_closing_day()
        if period is None or not self.can_manage:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.change(self, lambda: cycles.remove_closing_days(db, actor, period.first,
                                                                 period.last), None,
                        lambda e: self.closing_error.show_message(self.ctx.describe(e)))

    # --- agendas -------------------------------------------------------------------------

    def _agenda_edited(self) -> None:
        self.agendas_dirty = True
        self.agenda_error.show_message("")
        self.agenda_status.setText("")
        self._agenda_state()

    def _agenda_state(self) -> None:
        for index, editor in enumerate(self.days):
            ok = editor.is_valid_length()
            self.tabs.setTabIcon(index, icon("check") if ok else icon("warning"))
        ready = all(e.is_valid_length() for e in self.days)
        self.save_agendas_button.setEnabled(self.can_manage and ready and self.agendas_dirty)
        self.reset_agendas_button.setEnabled(self.can_manage)

    def save_agendas(self) -> None:
        if not self.can_manage:
            return
        new = tuple(e.agenda() for e in self.days)
        db, actor, language = self.ctx.db, self.ctx.actor, self.agenda_language
        self.agenda_error.show_message("")
        self.save_agendas_button.setEnabled(False)
        self.ctx.change(self, lambda: agendas.save_agendas(db, actor, language, new),
                        self._agendas_saved, self._agendas_failed)

    def _agendas_saved(self, _changes: Changes) -> None:
        self.agendas_dirty = False
        self._agenda_state()
        self.agenda_status.setText(self.tr("Saved."))

    def _agendas_failed(self, error: DomainError) -> None:
        self._agenda_state()
        day = error.params.get("day")
        if isinstance(day, int) and 1 <= day <= 4:
            self.tabs.setCurrentIndex(day - 1)
            position = error.params.get("position")
            editor = self.days[day - 1]
            if isinstance(position, int) and 1 <= position <= len(editor.blocks):
                editor.table.selectRow(position - 1)
        self.agenda_error.show_message(self.ctx.describe(error))

    def reset_agendas(self) -> None:
        if not self.can_manage:
            return
        db, actor, language = self.ctx.db, self.ctx.actor, self.agenda_language

        def reset() -> None:
            self.ctx.change(self, lambda: agendas.reset_agendas(db, actor, language),
                            lambda _c: self.reload_agendas())

        self.confirmation = confirm(
            self, self.tr("Back to the standard agendas?"),
            self.tr("The four session agendas in %1 go back to how Regiestoel comes. Your "
                    "own changes to them are lost.").replace("%1", self._language_name()),
            reset)

    def _language_name(self) -> str:
        return self.tr("Dutch") if self.agenda_language == "nl" else self.tr("English")

    def _agendas_hint(self) -> None:
        self.agendas_hint.setText(self.tr(
            "Each session lasts exactly %1 minutes. These are the agendas in %2; switch the "
            "language to adjust the others.").replace("%1", str(SESSION_MINUTES))
            .replace("%2", self._language_name()))

    # --- texts ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.agendas_loaded and self.ctx.language != self.agenda_language \
                    and not self.agendas_dirty:
                self.reload_agendas()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.owner_hint.setText(self.tr(
            "Only the owner changes rooms, closing days and session agendas. You can see "
            "them here."))
        self.rooms_box.setTitle(self.tr("Rooms"))
        self.rooms_hint.setText(self.tr(
            "Quiet, comfortable rooms where a learning group can meet. A room is never "
            "given to two groups at the same time."))
        self.room_list.setAccessibleName(self.tr("Rooms"))
        self.room_name.setPlaceholderText(self.tr("Name of a new room"))
        self.room_name.setAccessibleName(self.tr("Name of a new room"))
        self.add_room_button.setText(self.tr("Add &room"))
        self.remove_room_button.setText(self.tr("Remove room"))
        self.closing_box.setTitle(self.tr("Closing days"))
        self.closing_hint.setText(self.tr(
            "Dutch public holidays are skipped automatically. Add the days your organisation "
            "is closed on top of those, this year and next: one day, or a period such as the "
            "construction holiday (fill in both dates)."))
        self.closing_list.setHeaderLabels([self.tr("Date"), self.tr("Description")])
        self.closing_list.setAccessibleName(self.tr("Closing days"))
        self.closing_date.setAccessibleName(self.tr("First closing day"))
        self.until_label.setText(self.tr("&until"))
        self.closing_until.setAccessibleName(self.tr("Last closing day (empty for one day)"))
        self.closing_description.setPlaceholderText(self.tr("for example: company outing"))
        self.closing_description.setAccessibleName(self.tr("Description of the closing day"))
        self.add_day_button.setText(self.tr("Add &closing day"))
        self.remove_day_button.setText(self.tr("Remove"))
        self.agendas_box.setTitle(self.tr("Session agendas"))
        for index, editor in enumerate(self.days):
            self.tabs.setTabText(index, self.tr("Day %1").replace("%1", str(editor.day)))
        self.save_agendas_button.setText(self.tr("&Save agendas"))
        self.reset_agendas_button.setText(self.tr("Back to the s&tandard agendas"))
        self._agendas_hint()
        if self.loaded:
            self._render_closing_days()

