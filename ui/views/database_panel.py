"""Settings: where this laptop's data lives — the file on this laptop, or a shared server,
and moving the data from the one to the other."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.jobs import Progress
from app.move_to import MoveReport, move_to
from app.paths import resolve_location
from app.schema import SchemaState, SchemaStatus
from app.secrets import KeyringStore, SecretStore
from app.server_login import (
    DEFAULT_PORT,
    ServerAddress,
    forget_password,
    login_url,
    remember_password,
    with_password,
    without_password,
)
from app.storage import probe_server
from models.errors import DomainError
from ui.context import AppContext
from ui.icons import icon
from ui.long_job import JobDialog, run_job
from ui.widgets.common import FieldError, confirm, hint_label, with_notes


class DatabasePanel(QWidget):
    """Point this laptop at one PostgreSQL server shared by the organisation's laptops.

    The choice is this machine's (local settings); the password goes to the OS keyring,
    never into the settings file. It takes effect at the next start."""

    def __init__(self, ctx: AppContext, store: SecretStore | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = store or KeyringStore()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.explain = hint_label()
        layout.addWidget(self.explain)
        self.current = QLabel()
        self.current.setWordWrap(True)
        layout.addWidget(self.current)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setMaximumWidth(120)  # five digits, not a full-width field
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_hint = hint_label()
        self.errors = {k: FieldError() for k in ("host", "port", "database")}
        self.labels: list[QLabel] = []
        for widget, key in ((self.host, "host"), (self.port, "port"),
                            (self.database, "database"), (self.user, None),
                            (self.password, None)):
            label = QLabel()
            label.setBuddy(widget)
            self.labels.append(label)
            notes: list[QLabel] = [self.errors[key]] if key else []
            if widget is self.password:
                notes.append(self.password_hint)
            form.addRow(label, with_notes(widget, *notes))
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.test_button = QPushButton(icon("connect"), "")
        self.test_button.clicked.connect(self.test_connection)
        self.use_button = QPushButton(icon("server"), "")
        self.use_button.clicked.connect(self.use_server)
        self.move_button = QPushButton(icon("export"), "")
        self.move_button.clicked.connect(self.ask_move)
        # Only a data file on this laptop can be moved, and only by one who may change it.
        self.move_button.setVisible(ctx.location.is_sqlite_file)
        self.move_button.setEnabled(not ctx.db.read_only)
        self.job: JobDialog | None = None
        self.confirmation: QMessageBox | None = None
        self.local_button = QPushButton(icon("laptop"), "")
        self.local_button.clicked.connect(self.use_local_file)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.move_button)
        buttons.addStretch(1)
        buttons.addWidget(self.local_button)
        layout.addLayout(buttons)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setVisible(False)
        layout.addWidget(self.result)
        self.error = FieldError()
        layout.addWidget(self.error)

        saved = ctx.local.database_url
        if saved:
            address = ServerAddress.of(saved)
            self.host.setText(address.host)
            self.port.setValue(address.port)
            self.database.setText(address.database)
            self.user.setText(address.user)
        self.retranslate()

    # --- actions ---------------------------------------------------------------------------

    def _address_url(self) -> str | None:
        for label in (*self.errors.values(), self.error):
            label.show_message("")
        try:
            return ServerAddress(self.host.text(), self.port.value(), self.database.text(),
                                 self.user.text()).url()
        except DomainError as exc:
            self._show_error(exc)
            return None

    def _show_error(self, exc: DomainError) -> None:
        self.result.setVisible(False)
        self.errors.get(exc.field or "", self.error).show_message(self.ctx.describe(exc))

    def test_connection(self) -> None:
        url = self._address_url()
        if url is None:
            return
        password = self.password.text() or None
        self.result.setText(self.tr("Connecting…"))
        self.result.setVisible(True)
        self.ctx.call(self, lambda: probe_server(url, password), self._tested, self._show_error)

    def _tested(self, status: SchemaStatus) -> None:
        texts = {
            SchemaState.NEW: self.tr(
                "Connected. The database is empty: move this laptop's data there, or start a "
                "new organisation in it."),
            SchemaState.CURRENT: self.tr("Connected. It holds a Regiestoel database, up to date."),
            SchemaState.OUTDATED: self.tr(
                "Connected. It holds a Regiestoel database of an older version; Regiestoel "
                "updates it at the next start (after a backup with pg_dump)."),
            SchemaState.NEWER: self.tr(
                "Connected, but the database was made by a newer Regiestoel. Update "
                "Regiestoel on this laptop first."),
            SchemaState.FOREIGN: self.tr(
                "Connected, but this database holds something else than Regiestoel. "
                "Regiestoel will not use it."),
        }
        self.result.setText(texts[status.state])
        self.result.setVisible(True)

    def use_server(self) -> None:
        url = self._address_url()
        if url is None:
            return
        password = self.password.text()
        if password:
            try:
                remember_password(url, password, self.store)
            except DomainError as exc:
                # No keyring: the password is not kept anywhere; it is asked at start.
                self.error.show_message(self.ctx.describe(exc))
        self.password.clear()
        # Only the password-free address is written to the settings file.
        self.ctx.local.database_url = without_password(url)
        self.ctx.local.save()
        self._show_current()
        self.result.setText(self.tr("Saved. Regiestoel uses this server from the next start."))
        self.result.setVisible(True)

    def use_local_file(self) -> None:
        if self.ctx.local.database_url:
            forget_password(self.ctx.local.database_url, self.store)
        self.ctx.local.database_url = ""
        self.ctx.local.save()
        self._show_current()
        self.result.setText(self.tr(
            "Saved. Regiestoel uses the file on this laptop from the next start."))
        self.result.setVisible(True)

    def ask_move(self) -> None:
        """Copy the organisation's data into the empty server database, then work there."""
        url = self._address_url()
        if url is None:
            return
        shown = without_password(url)
        self.confirmation = confirm(
            self, self.tr("Move the data to this server?"),
            self.tr("Everything in the database file on this laptop is copied to %1 and "
                    "checked row by row. After that, this laptop works on the server; the "
                    "file stays here as it is, as a copy of how things were. The server "
                    "database must be empty.").replace("%1", shown),
            lambda: self.move_to_server(url))

    def move_to_server(self, url: str) -> None:
        password = self.password.text()
        source, store = self.ctx.db, self.store
        connect = with_password(url, password) if password else login_url(url, store)

        def work(progress: Progress) -> tuple[MoveReport, Database]:
            report = move_to(source, connect, cancel=progress)
            return report, Database(connect)

        self.result.setVisible(False)
        self.error.show_message("")
        self.move_button.setEnabled(False)

        def failed(error: DomainError) -> None:
            self.move_button.setEnabled(True)
            self._show_error(error)

        def stopped() -> None:
            self.move_button.setEnabled(True)
            self.result.setText(self.tr("Not moved. Nothing changed, here or on the server."))
            self.result.setVisible(True)

        self.job = run_job(self.ctx, self, self.tr("Moving the data to the server"), work,
                           lambda done: self._moved(url, password, *done), failed,
                           on_cancelled=stopped)

    def _moved(self, url: str, password: str, report: MoveReport, server: Database) -> None:
        """From now on this laptop works on the server, also after the next start."""
        saved = without_password(url)
        kept = True
        if password:
            try:
                remember_password(url, password, self.store)
            except DomainError:
                kept = False  # no keyring: asked at every start, as for a server login
        self.password.clear()
        self.ctx.local.database_url = saved
        self.ctx.local.save()
        # The move ran on the database worker, which does one thing at a time, while the
        # progress window kept this window waiting: what it copied is what the file holds.
        local_db = self.ctx.db
        self.ctx.db = server
        self.ctx.location = resolve_location(self.ctx.location.data_dir, saved)
        self.ctx.tasks.run(local_db.dispose)
        text = self.tr("Moved: %n row(s) copied and checked. This laptop now works on the "
                       "server; log in again.", "", report.total)
        if not kept:
            text += " " + self.tr("There is no keyring on this computer: Regiestoel asks for "
                                  "the server's password at every start.")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Moved to the server"), text,
                          QMessageBox.StandardButton.Ok, self.window())
        box.open()
        self.confirmation = box
        window = self.window()
        show_login = getattr(window, "show_login", None)
        if callable(show_login):
            show_login()
        else:
            self.move_button.setVisible(False)
            self._show_current()
            self.result.setText(text)
            self.result.setVisible(True)

    # --- texts -----------------------------------------------------------------------------

    def _show_current(self) -> None:
        location = self.ctx.location
        if location.is_sqlite_file:
            now = self.tr("Now: the database file in %1.").replace(
                "%1", str(location.data_dir))
        else:
            now = self.tr("Now: the database server %1.").replace(
                "%1", without_password(location.database_url))
        saved = self.ctx.local.database_url
        if saved and saved != without_password(location.database_url):
            now += " " + self.tr("From the next start: %1.").replace("%1", saved)
        elif not saved and not location.is_sqlite_file:
            now += " " + self.tr("From the next start: the file on this laptop.")
        self.current.setText(now)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.explain.setText(self.tr(
            "Regiestoel keeps its data in a file on this laptop. When several laptops of the "
            "organisation should work in the same data, point every one of them at one "
            "PostgreSQL database server. Move the existing data there once, from this "
            "laptop, into an empty database. Backups of a server database are made with "
            "pg_dump."))
        labels = [self.tr("Server &address"), self.tr("&Port"), self.tr("&Database"),
                  self.tr("&User name"), self.tr("Pass&word")]
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
            # Wrapped with its notes, the field is not its label's sibling: Qt's screen-reader
            # support would not find the label, so the field carries the name itself.
            label.buddy().setAccessibleName(text.replace("&", ""))
        self.password_hint.setText(self.tr(
            "Kept in this computer's keyring, never in a file. Without a keyring Regiestoel "
            "asks for it at every start."))
        self.test_button.setText(self.tr("&Test connection"))
        self.use_button.setText(self.tr("Use this &server"))
        self.local_button.setText(self.tr("Use the file on this &laptop"))
        self.move_button.setText(self.tr("&Move the data there…"))
        self.move_button.setToolTip(self.tr(
            "Copy everything from this laptop into the empty server database, then work "
            "there"))
        self._show_current()
