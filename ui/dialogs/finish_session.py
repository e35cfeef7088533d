"""Finishing a session early: how many minutes count as learning time for those present."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

from app.services.sessions import MOST_SESSION_MINUTES
from ui.context import AppContext
from ui.dialogs.form import FormDialog
from ui.widgets.common import hint_label


class FinishSessionDialog(FormDialog):
    """Asks before a short session is closed; ``minutes`` holds the answer once accepted."""

    def __init__(self, ctx: AppContext, spent: int, planned: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.spent, self.planned = spent, planned
        self.intro = hint_label()
        self.body.insertWidget(0, self.intro)
        self.minutes_box = QSpinBox()
        self.minutes_box.setRange(1, MOST_SESSION_MINUTES)
        self.minutes_box.setValue(max(1, spent))
        self.minutes_box.setMaximumWidth(140)
        self.minutes_hint = hint_label()
        self.add_field("minutes", self.minutes_box, self.minutes_hint)
        self.setMinimumWidth(460)
        self.retranslate()

    @property
    def minutes(self) -> int:
        return self.minutes_box.value()

    def submit(self) -> None:
        # Nothing is saved here: the runner finishes the session with these minutes.
        self.mark_clean()
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Finish the session early?"))
        self.intro.setText(self.tr(
            "This session has taken %1 minutes of the planned %2. Finish it now? Everyone "
            "present gets the time you count here as learning in working time.")
            .replace("%1", str(self.spent)).replace("%2", str(self.planned)))
        self.set_label("minutes", self.tr("&Minutes to count"))
        self.minutes_box.setSuffix(self.tr(" min"))
        self.minutes_hint.setText(self.tr(
            "The time measured by the clock; change it if the group met longer or shorter."))
        self.save_button.setText(self.tr("&Finish session"))
