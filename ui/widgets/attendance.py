"""Attendance and the check-in ratings (energy and meaning, 1–5) of a session's participants."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.services.sessions import AttendanceInput, Participant


class RatingButtons(QWidget):
    """Five big toggle buttons, 1 to 5, readable and clickable from across the table."""

    changed = Signal()

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[QPushButton] = []
        for value in range(1, 6):
            b = QPushButton(str(value))
            b.setCheckable(True)
            b.setMinimumWidth(36)
            b.setMaximumWidth(56)
            self.group.addButton(b, value)
            row.addWidget(b)
            self.buttons.append(b)
        self.name_buttons(accessible)
        self.group.idClicked.connect(self._clicked)
        # Fusion marks a checked button with a slightly darker grey, unreadable across a
        # meeting room: the chosen rating takes the accent colour, in light and dark.
        self.setStyleSheet(
            "QPushButton:checked { background: palette(highlight); "
            "color: palette(highlighted-text); font-weight: bold; "
            "border: 1px solid palette(highlight); border-radius: 4px; padding: 4px; }")

    def name_buttons(self, accessible: str) -> None:
        """A screen reader hears what the row rates and for whom: "Energy, Ahmet 3"."""
        for value, b in enumerate(self.buttons, start=1):
            b.setAccessibleName(f"{accessible} {value}")

    def _clicked(self, value: int) -> None:
        # One choice at most; clicking the chosen one again clears it.
        for b in self.buttons:
            if int(b.text()) != value:
                b.setChecked(False)
        self.changed.emit()

    def value(self) -> int | None:
        for b in self.buttons:
            if b.isChecked():
                return int(b.text())
        return None

    def set_value(self, value: int | None) -> None:
        for b in self.buttons:
            b.setChecked(value is not None and int(b.text()) == value)


class AttendancePanel(QWidget):
    changed = Signal()

    def __init__(self, participants: tuple[Participant, ...],
                 current: dict[int, AttendanceInput], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        self.headers = [QLabel(), QLabel(), QLabel()]
        for col, label in enumerate(self.headers):
            grid.addWidget(label, 0, col)
        self.rows: dict[int, tuple[QCheckBox, RatingButtons, RatingButtons]] = {}
        self._names: dict[int, str] = {}
        for row, p in enumerate(participants, start=1):
            present = QCheckBox(p.name)
            given = current.get(p.id)
            present.setChecked(True if given is None else given.present)
            energy, meaning = RatingButtons(p.name), RatingButtons(p.name)
            self._names[p.id] = p.name
            if given is not None:
                energy.set_value(given.energy)
                meaning.set_value(given.meaning)
            for w in (present, energy, meaning):
                grid.addWidget(w, row, [present, energy, meaning].index(w))
            present.toggled.connect(self.changed)
            energy.changed.connect(self.changed)
            meaning.changed.connect(self.changed)
            self.rows[p.id] = (present, energy, meaning)
        grid.setColumnStretch(3, 1)
        self.retranslate()

    def values(self) -> dict[int, AttendanceInput]:
        return {pid: AttendanceInput(present.isChecked(), energy.value(), meaning.value())
                for pid, (present, energy, meaning) in self.rows.items()}

    def averages(self) -> tuple[float | None, float | None]:
        vals = [v for v in self.values().values() if v.present]
        energy = [v.energy for v in vals if v.energy is not None]
        meaning = [v.meaning for v in vals if v.meaning is not None]
        return (sum(energy) / len(energy) if energy else None,
                sum(meaning) / len(meaning) if meaning else None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for label, text in zip(self.headers, (self.tr("Present"), self.tr("Energy (1–5)"),
                                              self.tr("Meaning (1–5)")), strict=True):
            label.setText(f"<b>{text}</b>")
        energy_text, meaning_text = self.tr("Energy"), self.tr("Meaning")
        for pid, (_present, energy, meaning) in self.rows.items():
            energy.name_buttons(f"{energy_text}, {self._names[pid]}")
            meaning.name_buttons(f"{meaning_text}, {self._names[pid]}")
