"""The login screen of a shared laptop: pick your name, type your password."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import auth
from app.services.organisation import organisation_name
from models.errors import DomainError
from ui.context import AppContext
from ui.icons import app_icon, icon
from ui.widgets.common import FieldError, hint_label, title_label


def finish_login_column(outer: QHBoxLayout, column: QVBoxLayout) -> QComboBox:
    """The foot of a login screen's centred column (the language choice) and its place in
    the middle of the window; returns the language box."""
    column.addSpacing(18)
    language = QComboBox()
    language.addItem("Nederlands", "nl")
    language.addItem("English", "en")
    lang_row = QHBoxLayout()
    lang_row.addStretch(1)
    language_icon = QLabel()
    language_icon.setPixmap(icon("language").pixmap(18, 18))
    lang_row.addWidget(language_icon)
    lang_row.addWidget(language)
    column.addLayout(lang_row)
    column.addStretch(2)
    holder = QWidget()
    holder.setLayout(column)
    holder.setMinimumWidth(380)
    holder.setMaximumWidth(460)
    outer.addWidget(holder)
    outer.addStretch(1)
    return language


class LoginScreen(QWidget):
    """Emits ``logged_in(LoginResult)``; ``ready`` once the list of names is shown."""

    logged_in = Signal(object, str)  # LoginResult, and the password typed (for a forced change)
    ready = Signal()
    forgot_password = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        # The machine's language (--lang, or the last choice made here): what this screen
        # speaks, and the session of anyone who never chose their own.
        self.machine_language = ctx.language
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        self.logo = QLabel()
        self.logo.setPixmap(app_icon().pixmap(72, 72))
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.logo)
        self.org = title_label()
        self.org.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = hint_label()
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.names = QListWidget()
        self.names.setMinimumHeight(220)
        big = QFont(self.names.font())
        big.setPointSizeF(big.pointSizeF() * 1.15)
        self.names.setFont(big)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = FieldError()
        self.login_button = QPushButton()
        self.login_button.setDefault(True)
        self.forgot = QPushButton()
        self.forgot.setFlat(True)
        for w in (self.org, self.prompt, self.filter, self.names, self.password, self.error):
            column.addWidget(w)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot)
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        column.addLayout(buttons)
        self.language = finish_login_column(outer, column)

        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self.password.setFocus)
        self.names.itemActivated.connect(lambda _item: self.password.setFocus())
        self.names.currentItemChanged.connect(lambda *_: self.error.show_message(""))
        self.password.returnPressed.connect(self.attempt)
        self.login_button.clicked.connect(self.attempt)
        self.forgot.clicked.connect(self._forgot)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.setTabOrder(self.filter, self.names)
        self.setTabOrder(self.names, self.password)
        self.setTabOrder(self.password, self.login_button)
        self.setTabOrder(self.login_button, self.forgot)
        self.setTabOrder(self.forgot, self.language)
        self.retranslate()

    # --- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the names (in the background) and show them; emits ``ready`` when shown.
        The search box starts empty: the last person's name is not left for the next."""
        self.filter.clear()
        self.password.clear()
        self.error.show_message("")
        self.language.blockSignals(True)
        self.language.setCurrentIndex(0 if self.ctx.language == "nl" else 1)
        self.language.blockSignals(False)
        db, copy = self.ctx.db, self.ctx.copy
        # A personal copy knows one person, and no passwords of anyone: its own key checks.
        self.forgot.setVisible(copy is None)
        if copy is not None:
            from app.personal_copy import unlock

            self.ctx.call(self, lambda: (organisation_name(db), unlock.candidates(copy)),
                          self._show)
            return
        self.ctx.call(self, lambda: (organisation_name(db), auth.login_candidates(db)),
                      self._show)

    def _show(self, loaded: tuple[str, list[auth.LoginCandidate]]) -> None:
        name, candidates = loaded
        self.org.setText(name)
        self.names.clear()
        preselect = self.ctx.local.last_person_id
        person = icon("person")  # one icon for every row: its pixmap is made once
        for c in candidates:
            item = QListWidgetItem(person, c.name)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.names.addItem(item)
            if c.id == preselect:
                self.names.setCurrentItem(item)
        if self.names.currentItem() is None and self.names.count():
            self.names.setCurrentRow(0)
        self._apply_filter(self.filter.text())
        (self.password if preselect else self.filter).setFocus()
        # Emit once the list is actually painted, not merely filled.
        QTimer.singleShot(0, self, self.ready.emit)

    def _apply_filter(self, text: str) -> None:
        from app.validation import fold

        needle = fold(text.strip())
        first_visible = None
        for row in range(self.names.count()):
            item = self.names.item(row)
            hidden = bool(needle) and needle not in fold(item.text())
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        current = self.names.currentItem()
        if first_visible is not None and (current is None or current.isHidden()):
            self.names.setCurrentItem(first_visible)

    def selected_person_id(self) -> int | None:
        item = self.names.currentItem()
        if item is None or item.isHidden():
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def select_person(self, person_id: int) -> None:
        for row in range(self.names.count()):
            item = self.names.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                self.names.setCurrentItem(item)
                self.password.setFocus()
                return

    # --- actions -------------------------------------------------------------------------

    def attempt(self) -> None:
        person_id = self.selected_person_id()
        if person_id is None:
            self.error.show_message(self.tr("Choose your name first."))
            return
        if self._busy:
            return
        self._busy = True
        self.login_button.setEnabled(False)
        password = self.password.text()
        db, copy = self.ctx.db, self.ctx.copy
        if copy is not None:
            from app.personal_copy import unlock

            self.ctx.call(self, lambda: unlock.login(copy, person_id, password),
                          self._succeeded, self._failed)
            return
        self.ctx.call(self, lambda: auth.authenticate(db, person_id, password),
                      self._succeeded, self._failed)

    def _succeeded(self, result: auth.LoginResult) -> None:
        self._busy = False
        self.login_button.setEnabled(True)
        typed = self.password.text()
        self.password.clear()
        self.ctx.local.last_person_id = result.actor.person_id or 0
        self.logged_in.emit(result, typed)

    def _failed(self, error: DomainError) -> None:
        self._busy = False
        self.login_button.setEnabled(True)
        self.password.selectAll()
        self.password.setFocus()
        message = self.ctx.describe(error)
        if error.code == "wrong_password" and error.params.get("wait_seconds"):
            message += " " + self.tr("Wait %n second(s) before the next attempt.", "",
                                     int(error.params["wait_seconds"]))
        self.error.show_message(message)

    def _forgot(self) -> None:
        self.forgot_password.emit(self.selected_person_id() or 0)

    def _language_chosen(self) -> None:
        language = self.language.currentData()
        self.ctx.languages.apply(language)
        self.machine_language = language
        self.ctx.local.language = language
        self.ctx.local.save()

    # --- texts ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.prompt.setText(self.tr("Choose your name and enter your password."))
        self.filter.setPlaceholderText(self.tr("Find your name"))
        self.filter.setAccessibleName(self.tr("Find your name"))
        self.names.setAccessibleName(self.tr("People who can log in"))
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.login_button.setText(self.tr("&Log in"))
        self.forgot.setText(self.tr("Forgot your password?"))
        self.language.setAccessibleName(self.tr("Language"))
