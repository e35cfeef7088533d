"""Give everyone without a login a temporary password in one step and print the handout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.login_handout import render_handout
from app.services import organisation
from app.services.first_logins import (
    FirstPassword,
    WithoutLogin,
    give_first_passwords,
    people_without_login,
)
from models.errors import DomainError
from ui.context import AppContext
from ui.icons import icon
from ui.pdf import html_to_pdf
from ui.widgets.common import FieldError, hint_label

NAME, PASSWORD = range(2)


class FirstPasswordsDialog(QDialog):
    """First the people without a login and one button; then their passwords, readable,
    and the handout to print. The passwords are shown only here, once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.waiting: list[WithoutLogin] = []
        self.given: tuple[FirstPassword, ...] = ()
        self.loaded = False
        self.saved_path: Path | None = None
        layout = QVBoxLayout(self)
        self.intro = hint_label()
        layout.addWidget(self.intro)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.list, 1)
        self.note = hint_label()
        layout.addWidget(self.note)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.give_button = QPushButton(icon("key"), "")
        self.print_button = QPushButton(icon("export"), "")
        self.buttons.addButton(self.give_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.give_button.setEnabled(False)
        self.print_button.hide()
        self.give_button.clicked.connect(lambda _c=False: self.give())
        self.print_button.clicked.connect(lambda _c=False: self.choose_handout_file())
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 440)
        self.retranslate()
        db, actor = ctx.db, ctx.actor
        ctx.call(self, lambda: people_without_login(db, actor), self._show_waiting,
                 self._failed)

    # --- before: who gets one ----------------------------------------------------------------

    def _show_waiting(self, waiting: list[WithoutLogin]) -> None:
        self.waiting, self.loaded = waiting, True
        self._render()

    def give(self) -> None:
        if not self.waiting or self.given:
            return
        self.give_button.setEnabled(False)
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.change(self, lambda: give_first_passwords(db, actor), self._given,
                        self._failed)

    def _given(self, changes: Changes) -> None:
        self.given = tuple(changes.value or ())
        self._render()
        self.print_button.setFocus()

    def _failed(self, error: DomainError) -> None:
        self.give_button.setEnabled(bool(self.waiting) and not self.given)
        self.error.show_message(self.ctx.describe(error))

    # --- after: the handout ------------------------------------------------------------------

    def choose_handout_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the handout"),
            str(Path.home() / self.tr("first-passwords.pdf")), self.tr("PDF files (*.pdf)"))
        if name:
            self.save_handout(Path(name))

    def save_handout(self, path: Path) -> None:
        given, language, db = self.given, self.ctx.language, self.ctx.db

        def write(name: str) -> None:
            try:
                html_to_pdf(render_handout(given, name, language), path)
            except DomainError as exc:  # a full stick, a read-only folder: said, no half file
                self.error.show_message(self.ctx.describe(exc))
                return
            self.saved_path = path
            self.note.setText(self.tr(
                "Saved as %1. Print it, cut the slips apart and hand each person their own. "
                "Then delete the file: the passwords are in it.").replace("%1", str(path)))

        # Printing with Qt happens here on the UI thread; only the name is read off it.
        self.ctx.call(self, lambda: organisation.organisation_name(db), write, self._failed)

    # --- showing ---------------------------------------------------------------------------------

    def _render(self) -> None:
        self.list.clear()
        if self.given:
            self.list.setHeaderLabels([self.tr("Name"), self.tr("Temporary password")])
            mono = QFont("monospace")
            mono.setStyleHint(QFont.StyleHint.Monospace)
            for g in self.given:
                item = QTreeWidgetItem([g.name, g.password])
                item.setFont(PASSWORD, mono)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsSelectable)
                self.list.addTopLevelItem(item)
            self.intro.setText(self.tr(
                "%n person(s) can now log in with a temporary password. At their first "
                "login they choose their own.", "", len(self.given)))
            self.note.setText(self.tr(
                "Print the handout now, or write the passwords down: Regiestoel keeps only a "
                "scrambled form and cannot show them again after you close this window."))
            self.give_button.hide()
            self.print_button.show()
            return
        self.list.setHeaderLabels([self.tr("Name")])
        for w in self.waiting:
            self.list.addTopLevelItem(QTreeWidgetItem([w.name]))
        if not self.loaded:
            self.intro.setText("")
        elif self.waiting:
            self.intro.setText(self.tr(
                "%n person(s) cannot log in yet. Give them all a temporary password in one "
                "step; you then print a handout with one slip per person, in their own "
                "language.", "", len(self.waiting)))
        else:
            self.intro.setText(self.tr("Everyone can log in already."))
        self.give_button.setText(self.tr("&Give %n temporary password(s)", "",
                                         len(self.waiting)))
        self.give_button.setEnabled(bool(self.waiting))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("First passwords"))
        self.print_button.setText(self.tr("&Print handout (PDF)…"))
        self.list.setAccessibleName(self.tr("People and their temporary passwords"))
        self._render()
