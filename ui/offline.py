"""On a personal copy, what needs the organisation's database says so before it is tried."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel

from models.errors import Forbidden
from ui.context import AppContext
from ui.widgets.common import hint_label


def reason_label() -> QLabel:
    """Where the reason stands, beside the buttons it is about; hidden when online."""
    label = hint_label()
    label.hide()
    return label


def needs_server(ctx: AppContext, code: str, label: QLabel,
                 *buttons: QAbstractButton) -> bool:
    """On a copy: ``buttons`` disabled and the service's own reason (``code``) in ``label``,
    in words, not only in a tooltip. True when that is so (callers then leave the buttons
    off whatever else their state says)."""
    if not ctx.on_copy:
        label.hide()
        return False
    text = ctx.describe(Forbidden(code))
    for button in buttons:
        button.setEnabled(False)
        button.setToolTip(text)
    label.setText(text)
    label.show()
    return True
