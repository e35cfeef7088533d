"""Password dialogs: change your own, the owner's reset, and recovery with the paper code."""

from __future__ import annotations

import secrets

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.passwords import MIN_PASSWORD_LENGTH
from app.services import auth
from models.errors import DomainError
from ui.context import AppContext
from ui.dialogs.form import GuardedDialog
from ui.widgets.common import FieldError, hint_label, name_by_buddies, with_notes


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _PasswordDialog(GuardedDialog):
    """A form with a new password typed twice, checked while typing."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent, ctx)
        self.ctx = ctx
        self.layout_ = QVBoxLayout(self)
        self.intro = hint_label()
        self.layout_.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(self.form)
        self.new = _password_field()
        self.repeat = _password_field()
        self.new_error, self.repeat_error = FieldError(), FieldError()
        self.general_error = FieldError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.new.textChanged.connect(self._check)
        self.repeat.textChanged.connect(self._check)
        self.setMinimumWidth(460)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        # The rows are added by the subclasses; each field wrapped with its error gets its
        # label as the name a screen reader says.
        name_by_buddies(self)
        super().showEvent(event)

    def add_new_password_rows(self) -> None:
        self.form.addRow(self.tr("&New password"), with_notes(self.new, self.new_error))
        self.form.addRow(self.tr("&Repeat new password"),
                         with_notes(self.repeat, self.repeat_error))
        self.layout_.addWidget(self.general_error)
        self.layout_.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        new = self.new.text()
        self.new_error.show_message(
            self.tr("At least %n characters.", "", MIN_PASSWORD_LENGTH)
            if new and len(new) < MIN_PASSWORD_LENGTH else ""
        )
        self.repeat_error.show_message(
            self.tr("The two passwords are not the same.")
            if self.repeat.text() and self.repeat.text() != new else ""
        )
        ok = len(new) >= MIN_PASSWORD_LENGTH and self.repeat.text() == new and self.extra_ok()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def extra_ok(self) -> bool:
        return True

    def show_domain_error(self, error: DomainError) -> None:
        self.buttons.setEnabled(True)
        text = self.ctx.describe(error)
        if error.field in ("new_password", "password"):
            self.new_error.show_message(text)
        else:
            self.general_error.show_message(text)

    def submit(self) -> None:
        """Subclasses run their service call here."""


class ChangePasswordDialog(_PasswordDialog):
    """Change your own password; ``forced`` after an owner's reset (current already known)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, known_current: str | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.known_current = known_current
        self.current = _password_field()
        self.setWindowTitle(self.tr("Change password"))
        if known_current is None:
            self.intro.setText(self.tr("Choose a new password of at least %n characters.", "",
                                       MIN_PASSWORD_LENGTH))
            if ctx.copy is not None:
                self.intro.setText(self.intro.text() + " " + self.tr(
                    "On your personal copy this is the password that opens the copy on this "
                    "laptop: the copy is encrypted again with it. Your password at the "
                    "organisation stays as it is; change that at the office, connected to "
                    "your organisation's database."))
            self.form.addRow(self.tr("&Current password"), self.current)
            self.current.textChanged.connect(self._check)
        else:
            self.intro.setText(self.tr(
                "You logged in with a temporary password. Choose your own password now; "
                "only you will know it."))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setVisible(False)
        self.add_new_password_rows()

    def extra_ok(self) -> bool:
        return self.known_current is not None or bool(self.current.text())

    def submit(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        current = self.known_current if self.known_current is not None else self.current.text()
        new = self.new.text()
        self.buttons.setEnabled(False)
        copy = self.ctx.copy
        if copy is not None:
            # The copy's key follows the password (the account is the organisation's).
            from app.personal_copy.unlock import change_password

            def rekey() -> Changes:
                change_password(copy, current, new)
                return Changes.of()

            def rekeyed(_changes: Changes) -> None:
                self.ctx.db = copy.db  # the same copy, opened with the new key
                self.accept()

            self.ctx.change(self, rekey, rekeyed, self.show_domain_error)
            return
        self.ctx.change(self, lambda: auth.change_own_password(db, actor, current, new),
                        lambda _c: self.accept(), self.show_domain_error)

    def reject(self) -> None:
        if self.known_current is None:
            super().reject()


class ResetPasswordDialog(_PasswordDialog):
    """The owner gives someone a temporary password to pass on in person."""

    def __init__(
        self, ctx: AppContext, person_id: int, person_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.person_id = person_id
        self.setWindowTitle(self.tr("Set a temporary password"))
        self.intro.setText(self.tr(
            "Give %1 a temporary password and pass it on in person. At the next login, %1 "
            "chooses a password of their own.").replace("%1", person_name))
        generate = QPushButton(self.tr("&Suggest a password"))
        generate.clicked.connect(self._suggest)
        self.form.addRow("", generate)
        self.add_new_password_rows()

    def _suggest(self) -> None:
        words = secrets.token_hex(2) + "-" + secrets.token_hex(3)
        self.new.setEchoMode(QLineEdit.EchoMode.Normal)
        self.new.setText(words)
        self.repeat.setText(words)

    def submit(self) -> None:
        db, actor, pid, pw = self.ctx.db, self.ctx.actor, self.person_id, self.new.text()
        self.buttons.setEnabled(False)
        self.ctx.change(self, lambda: auth.reset_password(db, actor, pid, pw),
                        lambda _c: self.accept(), self.show_domain_error)


class RecoveryDialog(_PasswordDialog):
    """Forgotten password: colleagues ask the owner; an owner uses the paper recovery code."""

    def __init__(self, ctx: AppContext, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.person_id = person_id
        self.new_code = ""
        self.setWindowTitle(self.tr("Forgot your password?"))
        self.intro.setText(self.tr(
            "Ask the owner of Regiestoel in your organisation for a temporary password.\n\n"
            "Are you the owner yourself? Then enter the recovery code you wrote down when "
            "Regiestoel was set up, and choose a new password."))
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.textChanged.connect(self._check)
        self.form.addRow(self.tr("Recovery &code"), self.code)
        self.add_new_password_rows()

    def extra_ok(self) -> bool:
        return self.person_id > 0 and len(self.code.text().strip()) >= 20

    def submit(self) -> None:
        db, pid, code, pw = self.ctx.db, self.person_id, self.code.text(), self.new.text()
        self.buttons.setEnabled(False)
        self.ctx.call(self, lambda: auth.recover_owner(db, pid, code, pw), self._done,
                      self.show_domain_error)

    def _done(self, new_code: str) -> None:
        self.new_code = new_code
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("New recovery code"))
        box.setText(self.tr("Your password has been changed. Your old recovery code no longer "
                            "works; write down this new one:"))
        box.setInformativeText(new_code)
        box.exec()
        self.accept()
