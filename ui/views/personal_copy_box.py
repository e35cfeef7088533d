"""Settings › General: take my data along (a personal copy on this laptop), or stop doing so."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.icons import icon
from ui.widgets.common import hint_label


def offers_copy(ctx: AppContext) -> bool:
    """A copy is made from the organisation's server, or is what this laptop works on."""
    return ctx.on_copy or not ctx.location.is_sqlite_file


class PersonalCopyBox(QGroupBox):
    """What this laptop does with a personal copy, and the button that changes it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        self.explain = hint_label()
        layout.addWidget(self.explain)
        row = QHBoxLayout()
        self.take_button = QPushButton(icon("laptop"), "")
        self.take_button.clicked.connect(self.take_along)
        self.stop_button = QPushButton(icon("server"), "")
        self.stop_button.clicked.connect(self.stop_using)
        row.addWidget(self.take_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.retranslate()

    def take_along(self) -> None:
        from ui.dialogs.take_along import TakeAlongDialog

        dialog = TakeAlongDialog(self.ctx, self.window())
        dialog.accepted.connect(self.retranslate)
        self.dialog = dialog
        dialog.open()

    def stop_using(self) -> None:
        """From the next start: the organisation's database again. The copy's files stay
        where they are (changes not yet synced included), until removed by hand."""
        self.ctx.local.personal_copy_dir = ""
        self.ctx.local.save()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        ctx = self.ctx
        chosen = ctx.local.personal_copy_dir
        self.setTitle(self.tr("Take my data along"))
        self.take_button.setText(self.tr("&Take my data along…"))
        self.stop_button.setText(self.tr("Work on the organisation's database a&gain"))
        if ctx.copy is not None:
            text = self.tr(
                "You are working on your personal copy in %1. Sync now (in the bar above) "
                "sends your changes to the organisation's database.").replace(
                    "%1", str(ctx.copy.folder))
            if not chosen:
                text += " " + self.tr("From the next start this laptop works on the "
                                      "organisation's database again; the copy stays here.")
        elif chosen:
            text = self.tr("From the next start this laptop works on your personal copy in "
                           "%1.").replace("%1", chosen)
        else:
            text = self.tr(
                "Working on the road, without a connection? Take your data along: an "
                "encrypted copy on this laptop of what you may read, kept up to date "
                "whenever the laptop reaches your organisation's database.")
        self.explain.setText(text)
        self.take_button.setVisible(ctx.copy is None and not chosen)
        self.stop_button.setVisible(bool(chosen))
