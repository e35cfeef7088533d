"""Long jobs from the owner's screens, by clicking: progress and Cancel, the restore dialog's
messages in full, the import dialog's columns, template and Excel workbooks (issue 18)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from app.backup import list_backups
from app.services import people
from tests.ui.test_data_safety import PASSPHRASE, backup_to_stick, panel  # noqa: F401
from ui.dialogs.import_people import ImportPeopleDialog
from ui.dialogs.restore_backup import RestoreBackupDialog
from ui.long_job import JobDialog


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_manual_backup_shows_progress_and_can_be_cancelled(qtbot, panel, ctx):  # noqa: F811
    before = len(list_backups(ctx.location.backup_dir))
    # The worker is kept busy first, so the job is still waiting when Cancel is pressed.
    import threading

    hold = threading.Event()
    ctx.tasks.run(lambda: hold.wait(10))
    click(qtbot, panel.backup_now)
    job = panel.job
    assert isinstance(job, JobDialog) and job.isVisible()
    assert not panel.backup_now.isEnabled()
    click(qtbot, job.cancel_button)
    hold.set()
    qtbot.waitUntil(lambda: panel.backup_now.isEnabled(), timeout=15_000)
    assert job.cancelled and "No backup was made" in panel.backup_status.text()
    assert len(list_backups(ctx.location.backup_dir)) == before


def test_the_wrong_passphrase_message_is_shown_in_full(qtbot, panel, tmp_path):  # noqa: F811
    path = backup_to_stick(qtbot, panel, tmp_path / "stick")
    panel.store.delete("backup-passphrase")
    panel.open_restore(path)
    dialog = panel.dialog
    assert isinstance(dialog, RestoreBackupDialog)
    dialog.resize(420, dialog.height())  # narrow: the message must wrap, not be cut
    qtbot.keyClicks(dialog.passphrase, "verkeerd")
    click(qtbot, dialog.check_button)
    label = dialog.passphrase_error
    qtbot.waitUntil(lambda: label.isVisible(), timeout=15_000)
    qtbot.wait(50)
    assert "does not open this backup" in label.text()
    assert label.height() >= label.heightForWidth(label.width())


def test_the_restore_file_dialog_opens_where_the_last_backup_went(
        qtbot, panel, tmp_path, monkeypatch):  # noqa: F811
    stick = tmp_path / "stick"
    backup_to_stick(qtbot, panel, stick)
    asked: list[str] = []

    def choose(_parent, _title, folder, _filter):  # type: ignore[no-untyped-def]
        asked.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    click(qtbot, panel.restore_button)
    assert asked == [str(stick)]


def test_a_restore_reopens_the_restored_data_without_restarting(
        qtbot, panel, db, owner, add_person, tmp_path):  # noqa: F811
    path = backup_to_stick(qtbot, panel, tmp_path / "stick")
    add_person("Na de backup")
    panel.open_restore(path)
    dialog = panel.dialog
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=15_000)
    assert "Restore" in dialog.restore_button.text() and "close" not in \
        dialog.restore_button.text()
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: dialog.restored, timeout=30_000)
    assert "log in again" in dialog.message.text()
    click(qtbot, dialog.message.button(QMessageBox.StandardButton.Ok))
    # The same program, on the restored file: no restart needed.
    assert "Na de backup" not in {p.name for p in people.list_people(db, owner)}


@pytest.fixture
def import_dialog(qtbot, ctx, owner):
    ctx.session.actor = owner
    dialog = ImportPeopleDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_import_dialog_says_which_columns_it_expects(import_dialog):
    text = import_dialog.columns.text()
    for column in ("Name", "E-mail", "Roles", "Teams", "Manager (e-mail)", "Year of birth",
                   "Expertise", "employee"):
        assert column in text


def test_the_template_can_be_filled_in_and_imported(qtbot, import_dialog, tmp_path):
    target = tmp_path / "template.csv"
    import_dialog.save_template(target)
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    import_dialog.load(target)
    qtbot.waitUntil(lambda: import_dialog.report is not None, timeout=15_000)
    assert import_dialog.report.ok and import_dialog.import_button.isEnabled()


def test_an_excel_workbook_imports_with_a_confirmation(qtbot, import_dialog, db, owner,
                                                       tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Naam", "E-mail", "Rollen"])
    book.active.append(["Anna Bakker", "anna@x.nl", "medewerker"])
    target = tmp_path / "mensen.xlsx"
    out = io.BytesIO()
    book.save(out)
    target.write_bytes(out.getvalue())
    import_dialog.load(Path(target))
    qtbot.waitUntil(lambda: import_dialog.import_button.isEnabled(), timeout=15_000)
    click(qtbot, import_dialog.import_button)
    qtbot.waitUntil(lambda: import_dialog.confirmation is not None, timeout=15_000)
    assert "Anna Bakker" in import_dialog.confirmation.text()
    click(qtbot, import_dialog.confirmation.button(QMessageBox.StandardButton.Ok))
    assert "Anna Bakker" in {p.name for p in people.list_people(db, owner)}
