"""On a personal copy, what needs the organisation's database says so before it is tried."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QLabel

from models.errors import Forbidden
from ui.context import AppContext
from ui.widgets.common import hint_label


def reason_label() -> QLabel:
    """Where the reason stands, beside the buttons it is about; hidden when online."""
    label = hint_label()
    label.hide()
    return label


def needs_server(ctx: AppContext, service: str | Callable[..., Any], label: QLabel,
                 *buttons: QAbstractButton) -> bool:
    """On a copy: ``buttons`` disabled and the service's own reason in ``label``, in words,
    not only in a tooltip. True when that is so (callers then leave the buttons off whatever
    else their state says).

    ``service`` is the online-only service itself, or its refusal's code. One that passes
    through to the server (``online_only(passthrough=...)``) works on a copy while its server
    is in reach: then nothing is disabled. Callers draw again on ``ctx.bus.connection``."""
    code = service if isinstance(service, str) else service.online_only  # type: ignore[attr-defined]
    passes = not isinstance(service, str) and getattr(service, "passthrough", False)
    if not ctx.on_copy or (passes and ctx.server_online):
        text = ctx.describe(Forbidden(code))
        for button in buttons:
            if button.toolTip() == text:
                button.setToolTip("")
        label.hide()
        return False
    text = ctx.describe(Forbidden(code))
    for button in buttons:
        button.setEnabled(False)
        button.setToolTip(text)
    label.setText(text)
    label.show()
    return True
