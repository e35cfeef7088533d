"""Data safety for the owner: backups, restoring one, and people's privacy rights (AVG)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
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
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.backup import REASONS, list_backups, make_backup
from app.changes import Area, Changes
from app.secrets import KeyringStore, SecretStore
from app.server_login import pg_dump_command
from app.services import people, privacy
from app.services.people import PersonRow
from app.services.privacy import RetentionRow
from models.errors import DomainError, StorageError
from ui.context import AppContext
from ui.dialogs.backup_to_folder import BackupToFolderDialog
from ui.dialogs.restore_backup import RestoreBackupDialog
from ui.i18n import format_date
from ui.icons import icon
from ui.long_job import JobDialog, run_job
from ui.widgets.common import FieldError, confirm, hint_label, role_label, with_notes
from ui.widgets.date_field import DateField

ID_ROLE = Qt.ItemDataRole.UserRole


def backup_reason(name: str) -> str:
    """The reason part of ``regiestoel-YYYYMMDD-HHMMSS-<reason>[-n].<suffix>``."""
    rest = name.split("-", 3)[3] if name.count("-") >= 3 else ""
    for reason in sorted(REASONS, key=len, reverse=True):
        if rest.startswith(reason):
            return reason
    return ""


def format_size(size: int, language: str) -> str:
    if size < 1024 * 1024:
        text = f"{max(1, round(size / 1024))} kB"
    else:
        text = f"{size / (1024 * 1024):.1f} MB"
    return text.replace(".", ",") if language == "nl" else text


class PostponeRemovalDialog(QDialog):
    """Keep someone's records longer: a reason (recorded) and a date."""

    def __init__(self, ctx: AppContext, row: RetentionRow, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.setWindowTitle(self.tr("Keep the records of %1 longer").replace("%1", row.name))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "The law lets you keep records longer only for a good reason, such as a dispute "
            "or a legal obligation. The reason is recorded.")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        today = date.today()
        self.until = DateField(lambda: ctx.language, today.replace(year=today.year + 1)
                               if (today.month, today.day) != (2, 29)
                               else today + timedelta(days=365))
        self.until.set_range(today + timedelta(days=1), None)
        self.until.setAccessibleName(self.tr("Keep until"))
        self.errors = {"keep_reason": FieldError(), "keep_until": FieldError()}
        form.addRow(self.tr("&Reason"), with_notes(self.reason, self.errors["keep_reason"]))
        form.addRow(self.tr("Keep &until"), with_notes(self.until, self.errors["keep_until"]))
        layout.addLayout(form)
        self.general_error = FieldError()
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.show_message("")
        db, actor, pid = self.ctx.db, self.ctx.actor, self.row.id
        until = self.until.checked()
        if until is None:
            return
        reason = self.reason.toPlainText()
        self.ctx.change(self, lambda: privacy.postpone_removal(db, actor, pid, reason, until),
                        lambda _c: self.accept(), self._failed)

    def _failed(self, error: DomainError) -> None:
        self.errors.get(error.field or "", self.general_error).show_message(
            self.ctx.describe(error))


def export_person_job(ctx: AppContext, parent: QWidget, person: PersonRow, path: Path,
                      done: Callable[[], None], failed: Callable[[DomainError], None],
                      stopped: Callable[[], None], *, passphrase: str | None = None
                      ) -> JobDialog:
    """Everything about a person into ``path`` as a long job: progress per signed record,
    Cancel until the file is written (then nothing was written, nor logged)."""
    db, actor, lang = ctx.db, ctx.actor, ctx.language

    def finished(changes: Changes) -> None:
        done()
        ctx.bus.changed.emit(changes)  # the audit log shows the export

    title = QCoreApplication.translate("DataSafetyPanel", "Exporting everything about %1")
    return run_job(
        ctx, parent, title.replace("%1", person.name),
        lambda progress: privacy.export_person_to(db, actor, person.id, path, lang,
                                                  passphrase=passphrase, progress=progress),
        finished, failed, on_cancelled=stopped)


class SealedExportDialog(QDialog):
    """The person themself types the passphrase that seals their export: the owner starts
    it, but only the person can open the file."""

    def __init__(self, ctx: AppContext, person: PersonRow, path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.path = path
        self.setWindowTitle(self.tr("Seal the export for %1").replace("%1", person.name))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "Let %1 type a passphrase here. The file is sealed with it: only %1 can open it "
            "(with 7-Zip, WinZip, PeaZip or The Unarchiver), so what is theirs stays "
            "theirs.").replace("%1", person.name)))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        self.error = FieldError()
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow(self.tr("&Again"), with_notes(self.again, self.error))
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        self.error.show_message("")
        passphrase = self.passphrase.text()
        if passphrase != self.again.text():
            self.error.show_message(self.tr("The two passphrases differ."))
            return
        self.buttons.setEnabled(False)

        def failed(error: DomainError) -> None:
            self.buttons.setEnabled(True)
            self.error.show_message(self.ctx.describe(error))

        def stopped() -> None:
            self.buttons.setEnabled(True)
            self.error.show_message(self.tr("Not exported: no file was written."))

        self.job = export_person_job(self.ctx, self, self.person, self.path, self.accept, failed,
                                     stopped, passphrase=passphrase)


class ErasePersonDialog(QDialog):
    """Erase one archived person, confirmed by typing their name."""

    def __init__(self, ctx: AppContext, person_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.name = name
        self.setWindowTitle(self.tr("Erase %1").replace("%1", name))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        warning = role_label(self.tr(
            "Everything %1 wrote and everything about %1 as a person is erased: name, "
            "e-mail, development questions, preparations, notes. Totals such as learning "
            "hours and budget spent stay right, without their name. This cannot be undone.")
            .replace("%1", name), "error", wrap=True)
        layout.addWidget(warning)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Name to confirm"))
        prompt = QLabel(self.tr("Type the name %1 to confirm:").replace("%1", name))
        prompt.setWordWrap(True)
        prompt.setBuddy(self.typed)
        layout.addWidget(prompt)
        layout.addWidget(self.typed)
        self.general_error = FieldError()
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setText(self.tr("&Erase for good"))
        self.erase_button.setIcon(icon("delete"))
        self.erase_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.typed.textChanged.connect(self._check)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def _check(self) -> bool:
        ok = " ".join(self.typed.text().split()).casefold() == \
            " ".join(self.name.split()).casefold()
        self.erase_button.setEnabled(ok)
        return ok

    def submit(self) -> None:
        if not self._check():
            return
        self.buttons.setEnabled(False)
        db, actor, pid = self.ctx.db, self.ctx.actor, self.person_id
        self.ctx.change(self, lambda: privacy.erase_person(db, actor, pid),
                        lambda _c: self.accept(), self._failed)

    def _failed(self, error: DomainError) -> None:
        self.buttons.setEnabled(True)
        self.general_error.show_message(self.ctx.describe(error))


class DataSafetyPanel(QWidget):
    """Embedded in Settings for the owner; ``quit_app`` closes Regiestoel after a restore."""

    def __init__(self, ctx: AppContext, quit_app: Callable[[], None] | None = None,
                 parent: QWidget | None = None, *, store: SecretStore | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.quit_app = quit_app
        self.store: SecretStore = store if store is not None else KeyringStore()
        self.dialog: QDialog | None = None
        self.confirmation: QMessageBox | None = None
        self.message: QMessageBox | None = None
        self.backups_loaded = False
        self.people_loaded = False
        self.job: QDialog | None = None
        # Where the newest backup made in this session went: the restore dialog opens there.
        self.last_backup_dir: Path | None = None
        self.due: list[RetentionRow] = []
        self.people: list[PersonRow] = []
        self.on_file = ctx.location.is_sqlite_file
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        # --- backups ---------------------------------------------------------------------
        self.backup_box = QGroupBox()
        box = QVBoxLayout(self.backup_box)
        self.backup_intro = hint_label()
        box.addWidget(self.backup_intro)
        self.backup_list = QTreeWidget()
        self.backup_list.setColumnCount(3)
        self.backup_list.setRootIsDecorated(False)
        self.backup_list.setAlternatingRowColors(True)
        self.backup_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.backup_list.setMinimumHeight(150)
        header = self.backup_list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        box.addWidget(self.backup_list)
        row = QHBoxLayout()
        self.backup_now = QPushButton(icon("archive"), "")
        self.backup_to_folder = QPushButton(icon("export"), "")
        self.restore_button = QPushButton(icon("restore"), "")
        row.addWidget(self.backup_now)
        row.addWidget(self.backup_to_folder)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        box.addLayout(row)
        self.backup_status = hint_label()
        box.addWidget(self.backup_status)
        self.pg_advice = hint_label()
        box.addWidget(self.pg_advice)
        for w in (self.backup_list, self.backup_now, self.backup_to_folder,
                  self.restore_button):
            w.setVisible(self.on_file)
        self.pg_advice.setVisible(not self.on_file)
        layout.addWidget(self.backup_box)

        # --- privacy ---------------------------------------------------------------------
        self.privacy_box = QGroupBox()
        pbox = QVBoxLayout(self.privacy_box)
        self.due_intro = hint_label()
        pbox.addWidget(self.due_intro)
        self.due_list = QListWidget()
        self.due_list.setMaximumHeight(130)
        pbox.addWidget(self.due_list)
        row = QHBoxLayout()
        self.remove_all = QPushButton(icon("delete"), "")
        self.postpone = QPushButton(icon("history"), "")
        row.addWidget(self.remove_all)
        row.addWidget(self.postpone)
        row.addStretch(1)
        pbox.addLayout(row)
        self.person_intro = hint_label()
        pbox.addWidget(self.person_intro)
        row = QHBoxLayout()
        self.person_label = QLabel()
        self.person = QComboBox()
        self.person.setMinimumContentsLength(20)
        self.person_label.setBuddy(self.person)
        row.addWidget(self.person_label)
        row.addWidget(self.person, 1)
        pbox.addLayout(row)
        row = QHBoxLayout()
        self.export_button = QPushButton(icon("export"), "")
        self.erase_button = QPushButton(icon("delete"), "")
        row.addWidget(self.export_button)
        row.addWidget(self.erase_button)
        row.addStretch(1)
        pbox.addLayout(row)
        self.erase_hint = hint_label()
        pbox.addWidget(self.erase_hint)
        layout.addWidget(self.privacy_box)

        self.backup_now.clicked.connect(self.back_up_now)
        self.backup_to_folder.clicked.connect(self.open_backup_to_folder)
        self.restore_button.clicked.connect(self.choose_restore_file)
        self.remove_all.clicked.connect(self.remove_all_due)
        self.postpone.clicked.connect(self.postpone_selected)
        self.due_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.person.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.export_button.clicked.connect(self.export_selected)
        self.erase_button.clicked.connect(self.erase_selected)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    # --- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        self.reload_backups()
        self.reload_people()

    def reload_backups(self) -> None:
        if not self.on_file:
            self.backups_loaded = True
            return
        folder = self.ctx.location.backup_dir

        def load() -> list[tuple[Path, datetime, int]]:
            found = []
            for path, taken_at in list_backups(folder):
                try:
                    found.append((path, taken_at, path.stat().st_size))
                except OSError:
                    continue  # removed by rotation meanwhile
            return found

        self.ctx.call(self, load, self._show_backups)

    def _show_backups(self, rows: list[tuple[Path, datetime, int]]) -> None:
        lang = self.ctx.language
        self.backup_list.clear()
        for path, taken_at, size in rows:
            item = QTreeWidgetItem([format_date(taken_at, lang),
                                    self.reason_text(backup_reason(path.name)),
                                    format_size(size, lang)])
            item.setData(0, ID_ROLE, str(path))
            item.setToolTip(0, str(path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.backup_list.addTopLevelItem(item)
        if not rows:
            item = QTreeWidgetItem([self.tr("No backups yet."), "", ""])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.backup_list.addTopLevelItem(item)
            self.backup_list.setFirstColumnSpanned(0, self.backup_list.rootIndex(), True)
        self.backup_count = len(rows)
        self.backups_loaded = True

    def reload_people(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def load() -> tuple[list[RetentionRow], list[PersonRow]]:
            return (privacy.people_due_for_removal(db, actor),
                    people.list_people(db, actor, include_archived=True))

        self.ctx.call(self, load, self._show_people)

    def _show_people(self, loaded: tuple[list[RetentionRow], list[PersonRow]]) -> None:
        self.due, self.people = loaded
        lang = self.ctx.language
        self.due_list.clear()
        for row in self.due:
            item = QListWidgetItem(self.tr("%1, left on %2").replace("%1", row.name)
                                   .replace("%2", format_date(row.left_on, lang)))
            item.setData(ID_ROLE, row.id)
            self.due_list.addItem(item)
        if not self.due:
            item = QListWidgetItem(self.tr("Nobody is due for removal."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.due_list.addItem(item)
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        for p in sorted(self.people, key=lambda p: (p.archived, p.name.casefold())):
            text = self.tr("%1 (archived)").replace("%1", p.name) if p.archived else p.name
            self.person.addItem(text, p.id)
        index = self.person.findData(chosen)
        self.person.setCurrentIndex(max(index, 0))
        self.person.blockSignals(False)
        self.people_loaded = True
        self._update_buttons()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Area.PEOPLE, Area.ACCOUNTS):
            self.reload_people()

    def chosen_person(self) -> PersonRow | None:
        pid = self.person.currentData()
        return next((p for p in self.people if p.id == pid), None)

    def chosen_due(self) -> RetentionRow | None:
        item = self.due_list.currentItem()
        pid = item.data(ID_ROLE) if item is not None else None
        return next((r for r in self.due if r.id == pid), None)

    def _update_buttons(self) -> None:
        self.remove_all.setEnabled(bool(self.due))
        self.postpone.setEnabled(self.chosen_due() is not None)
        person = self.chosen_person()
        self.export_button.setEnabled(person is not None)
        self.erase_button.setEnabled(person is not None and person.archived)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def _inform(self, title: str, text: str) -> None:
        self.message = QMessageBox(QMessageBox.Icon.Information, title, text,
                                   QMessageBox.StandardButton.Ok, self)
        self.message.open()

    # --- backups -------------------------------------------------------------------------

    def back_up_now(self) -> None:
        location = self.ctx.location
        self.backup_now.setEnabled(False)
        self.backup_status.setText(self.tr("Making a backup…"))

        def done(path: Path) -> None:
            self.backup_now.setEnabled(True)
            self.last_backup_dir = path.parent
            self.backup_status.setText(self.tr("Backup made: %1").replace("%1", path.name))
            self.reload_backups()

        def failed(error: DomainError) -> None:
            self.backup_now.setEnabled(True)
            self.backup_status.setText(self.ctx.describe(error))

        def stopped() -> None:
            self.backup_now.setEnabled(True)
            self.backup_status.setText(self.tr("No backup was made."))

        self.job = run_job(
            self.ctx, self, self.tr("Making a backup"),
            lambda progress: make_backup(location, reason="manual", progress=progress),
            done, failed, on_cancelled=stopped)

    def open_backup_to_folder(self) -> None:
        dialog = BackupToFolderDialog(self.ctx, self.store, self)

        def written() -> None:
            if dialog.saved_path is not None:
                self.last_backup_dir = dialog.saved_path.parent
            self.backup_status.setText(
                self.tr("Backup written to %1").replace("%1", str(dialog.saved_path)))

        dialog.accepted.connect(written)
        self._open(dialog)

    def choose_restore_file(self) -> None:
        # Where the last backup was written (a USB stick, say), else the backups folder.
        start = self.last_backup_dir or self.ctx.location.backup_dir
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup to restore"), str(start),
            self.tr("Regiestoel backups (*.sqlite3 *.regiestoel-backup);;All files (*)"))
        if name:
            self.open_restore(Path(name))

    def open_restore(self, path: Path) -> None:
        self._open(RestoreBackupDialog(self.ctx, path, self.store, self._reopen, self))

    def _reopen(self) -> None:
        """After a restore: the program shows the restored data from its login screen."""
        window = self.window()
        show_login = getattr(window, "show_login", None)
        if callable(show_login):
            show_login()
        elif self.quit_app is not None:
            self.quit_app()

    # --- privacy -------------------------------------------------------------------------

    def remove_all_due(self) -> None:
        if not self.due:
            return
        n = len(self.due)
        db, actor = self.ctx.db, self.ctx.actor

        def work() -> Changes:
            privacy.remove_due(db, actor)
            return Changes.of(*privacy.ERASURE_AREAS)

        self.confirmation = confirm(
            self, self.tr("Remove %n person(s)?", "", n),
            self.tr("The records of %n person(s) who left more than two years ago are erased. "
                    "Totals such as learning hours and budget spent stay right. This cannot "
                    "be undone.", "", n),
            lambda: self.ctx.change(self, work))

    def postpone_selected(self) -> None:
        row = self.chosen_due()
        if row is not None:
            self._open(PostponeRemovalDialog(self.ctx, row, self))

    def export_selected(self) -> None:
        person = self.chosen_person()
        if person is None:
            return
        suggested = Path.home() / f"{person.name}.zip"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export everything about %1").replace("%1", person.name),
            str(suggested), self.tr("ZIP files (*.zip)"))
        if name:
            self.export_to(person, Path(name))

    def export_to(self, person: PersonRow, path: Path) -> None:
        """Someone else's data leaves sealed with the passphrase they type; one's own, on
        one's own login, as it is."""
        if person.id == self.ctx.actor.person_id:
            self.job = export_person_job(
                self.ctx, self, person, path, lambda: self._exported(path),
                lambda error: self._inform(self.tr("Not exported"), self.ctx.describe(error)),
                lambda: self._inform(self.tr("Not exported"),
                                     self.tr("Not exported: no file was written.")))
            return
        dialog = SealedExportDialog(self.ctx, person, path, self)
        dialog.accepted.connect(lambda: self._exported(path))
        self._open(dialog)

    def _exported(self, path: Path) -> None:
        self._inform(self.tr("Export ready"),
                     self.tr("Everything about this person is in %1.").replace("%1", str(path)))

    def erase_selected(self) -> None:
        person = self.chosen_person()
        if person is None:
            return
        db, actor, pid = self.ctx.db, self.ctx.actor, person.id
        # Ask the service first, so "the last owner" is said before anything is typed.
        self.ctx.call(self, lambda: privacy.check_erasable(db, actor, pid),
                      lambda name: self._open(ErasePersonDialog(self.ctx, pid, name, self)))

    # --- texts ---------------------------------------------------------------------------

    def reason_text(self, reason: str) -> str:
        return {
            "startup": self.tr("When Regiestoel started"),
            "quit": self.tr("When Regiestoel closed"),
            "periodic": self.tr("Automatic, while working"),
            "manual": self.tr("Made by hand"),
            "before-migration": self.tr("Before an update of the database"),
            "before-restore": self.tr("Before a restore"),
        }.get(reason, reason)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.backup_box.setTitle(self.tr("Backups"))
        self.backup_intro.setText(self.tr(
            "Regiestoel backs up by itself when it starts, when it closes and every few "
            "hours, and keeps the last ten, one a day for a month and one a month for a "
            "year. Keep a copy somewhere else too, such as on a USB stick."))
        self.backup_list.setHeaderLabels([self.tr("Made on"), self.tr("Why"), self.tr("Size")])
        self.backup_list.setAccessibleName(self.tr("Backups"))
        self.backup_now.setText(self.tr("&Back up now"))
        self.backup_to_folder.setText(self.tr("Back up to a &folder or USB stick…"))
        self.restore_button.setText(self.tr("Re&store a backup…"))
        self.pg_advice.setText(self.ctx.describe(StorageError(
            "backup_use_pg_dump", command=pg_dump_command(self.ctx.location.database_url))))
        self.privacy_box.setTitle(self.tr("Privacy (AVG)"))
        self.due_intro.setText(self.tr(
            "People who left more than two years ago. The law says their records should "
            "not be kept longer without a reason: remove them, or keep them longer for a "
            "reason that is recorded."))
        self.due_list.setAccessibleName(self.tr("People due for removal"))
        self.remove_all.setText(self.tr("&Remove all…"))
        self.postpone.setText(self.tr("&Keep longer…"))
        self.person_intro.setText(self.tr(
            "Someone may ask for everything Regiestoel holds about them, or to be erased."))
        self.person_label.setText(self.tr("&Person"))
        self.export_button.setText(self.tr("E&xport everything about this person…"))
        self.erase_button.setText(self.tr("&Erase…"))
        self.erase_hint.setText(self.tr(
            "Only an archived person can be erased: archive them first under People."))
        if self.backups_loaded and self.on_file:
            self.reload_backups()
        if self.people_loaded:
            self.reload_people()


__all__ = ["DataSafetyPanel", "ErasePersonDialog", "PostponeRemovalDialog", "SealedExportDialog",
           "backup_reason",
           "format_size"]
