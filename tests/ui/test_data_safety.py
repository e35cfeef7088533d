"""The owner's data safety panel: backups, restoring one, and people's privacy rights."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.backup import ENCRYPTED_SUFFIX, list_backups, make_backup
from app.secrets import KeyringStore, MemoryStore, recalled_passphrase
from app.services import people, privacy
from ui.dialogs.backup_to_folder import BackupToFolderDialog
from ui.dialogs.restore_backup import RestoreBackupDialog
from ui.views.data_safety import DataSafetyPanel, ErasePersonDialog, PostponeRemovalDialog

PASSPHRASE = "korenschoof-stick-2026"


@pytest.fixture
def panel(qtbot, ctx, owner):
    ctx.session.actor = owner
    quits: list[bool] = []
    view = DataSafetyPanel(ctx, quit_app=lambda: quits.append(True))
    view.quits = quits
    qtbot.addWidget(view)
    view.resize(760, 900)
    view.show()
    qtbot.waitUntil(lambda: view.backups_loaded and view.people_loaded)
    return view


def press_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def backup_to_stick(qtbot, panel, folder: Path) -> Path:
    panel.open_backup_to_folder()
    dialog = panel.dialog
    assert isinstance(dialog, BackupToFolderDialog)
    dialog.folder.setText(str(folder))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    assert dialog.remember.isEnabled()
    dialog.remember.setChecked(True)
    press_ok(dialog)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=15_000)
    return dialog.saved_path


def test_back_up_now_adds_a_manual_backup_to_the_list(qtbot, panel, ctx):
    before = panel.backup_count
    panel.backup_now.click()
    qtbot.waitUntil(lambda: panel.backup_count == before + 1, timeout=10_000)
    assert panel.backup_list.topLevelItem(0).text(1) == "Made by hand"
    assert "/" in panel.backup_list.topLevelItem(0).text(0)  # 27/11/2026 14:05 in English
    assert any(p.name.endswith("-manual.sqlite3")
               for p, _ in list_backups(ctx.location.backup_dir))


def test_a_backup_to_a_stick_is_encrypted_and_its_passphrase_remembered(
        qtbot, panel, tmp_path):
    stick = tmp_path / "stick"
    path = backup_to_stick(qtbot, panel, stick)
    assert path.parent == stick and path.name.endswith(ENCRYPTED_SUFFIX)
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert recalled_passphrase(KeyringStore()) == PASSPHRASE


def test_different_passphrases_keep_the_backup_button_off(qtbot, panel, tmp_path):
    panel.open_backup_to_folder()
    dialog = panel.dialog
    dialog.folder.setText(str(tmp_path))
    dialog.passphrase.setText("een")
    dialog.repeat.setText("twee")
    assert not dialog.ok.isEnabled()
    assert not dialog.repeat_error.isHidden()


def test_without_a_keyring_the_passphrase_cannot_be_remembered(qtbot, ctx, owner, tmp_path):
    ctx.session.actor = owner
    view = DataSafetyPanel(ctx, store=MemoryStore(available=False))
    qtbot.addWidget(view)
    view.open_backup_to_folder()
    dialog = view.dialog
    dialog.passphrase.setText(PASSPHRASE)
    assert not dialog.remember.isEnabled()
    assert "cannot remember" in dialog.remember_hint.text()


def test_restoring_with_the_right_passphrase_brings_the_data_back_and_closes(
        qtbot, panel, ctx, db, owner, add_person, tmp_path):
    add_person("Fatima Yilmaz")
    path = backup_to_stick(qtbot, panel, tmp_path / "stick")
    add_person("Na de backup")
    panel.open_restore(path)
    dialog = panel.dialog
    assert isinstance(dialog, RestoreBackupDialog)
    assert dialog.passphrase.text() == PASSPHRASE  # the remembered one
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=15_000)
    assert "Bakkerij De Korenschoof" in dialog.summary.text()
    assert "2 people" in dialog.summary.text()
    assert dialog.warning.isVisible()
    press_ok(dialog)
    # The restore runs off the UI thread, with a progress window.
    qtbot.waitUntil(lambda: dialog.restored, timeout=30_000)
    dialog.message.done(QMessageBox.StandardButton.Ok)
    assert panel.quits == [True]
    names = {p.name for p in people.list_people(db, owner, include_archived=True)}
    assert names == {"Olga Eigenaar", "Fatima Yilmaz"}
    assert any(p.name.endswith("-before-restore.sqlite3")
               for p, _ in list_backups(ctx.location.backup_dir))


def test_a_wrong_passphrase_is_explained_and_nothing_is_replaced(
        qtbot, panel, ctx, tmp_path):
    path = backup_to_stick(qtbot, panel, tmp_path / "stick")
    panel.store.delete("backup-passphrase")
    panel.open_restore(path)
    dialog = panel.dialog
    assert dialog.passphrase.text() == ""
    ctx.tasks.wait()
    ctx.db.dispose()
    before = ctx.location.database_file.read_bytes()
    dialog.passphrase.setText("verkeerd")
    dialog.check_button.click()
    qtbot.waitUntil(lambda: not dialog.passphrase_error.isHidden(), timeout=15_000)
    assert "does not open this backup" in dialog.passphrase_error.text()
    assert not dialog.restore_button.isEnabled()
    press_ok(dialog)  # disabled: does nothing
    assert not dialog.restored and panel.quits == []
    assert ctx.location.database_file.read_bytes() == before


def test_a_file_that_is_no_backup_is_refused(qtbot, panel, tmp_path):
    fake = tmp_path / "notes.sqlite3"
    fake.write_bytes(b"just some text")
    panel.open_restore(fake)
    dialog = panel.dialog
    qtbot.waitUntil(lambda: not dialog.general_error.isHidden(), timeout=10_000)
    assert "not a Regiestoel backup" in dialog.general_error.text()
    assert not dialog.restore_button.isEnabled()


def test_a_plain_backup_is_checked_at_once(qtbot, panel, ctx):
    path = make_backup(ctx.location, reason="manual")
    panel.open_restore(path)
    dialog = panel.dialog
    assert dialog.passphrase_row.isHidden()
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=10_000)
    assert dialog.restore_button.isEnabled()


def test_the_owner_exports_a_person_sealed_with_the_passphrase_they_type(
        qtbot, panel, add_person, tmp_path):
    import pyzipper
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.views.data_safety import SealedExportDialog

    fatima = add_person("Fatima Yilmaz")
    panel.reload_people()
    qtbot.waitUntil(lambda: panel.person.findData(fatima.person_id) >= 0)
    panel.person.setCurrentIndex(panel.person.findData(fatima.person_id))
    target = tmp_path / "fatima.zip"
    row = panel.chosen_person()
    panel.export_to(row, target)
    dialog = panel.dialog
    assert isinstance(dialog, SealedExportDialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    # Two different passphrases: said next to the field, nothing written.
    qtbot.keyClicks(dialog.passphrase, "zonnebloem-veld-7")
    qtbot.keyClicks(dialog.again, "zonnebloem-veld-8")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.error.text() and not target.exists()
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, "zonnebloem-veld-7")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.message is not None, timeout=10_000)
    # The owner's ordinary ZIP reader cannot read it; the person's passphrase opens it.
    with zipfile.ZipFile(target) as archive, pytest.raises(RuntimeError):
        archive.read("person.json")
    with pyzipper.AESZipFile(target) as sealed:
        sealed.setpassword(b"zonnebloem-veld-7")
        assert b"Fatima Yilmaz" in sealed.read("person.json")


def test_only_an_archived_person_can_be_erased_after_typing_the_name(
        qtbot, panel, db, owner, add_person):
    active = add_person("Jan Actief")
    leaver = add_person("Kees Vertrokken")
    people.archive_person(db, owner, leaver.person_id)
    panel.reload_people()
    qtbot.waitUntil(lambda: panel.person.findData(leaver.person_id) >= 0)
    panel.person.setCurrentIndex(panel.person.findData(active.person_id))
    assert not panel.erase_button.isEnabled()
    panel.person.setCurrentIndex(panel.person.findData(leaver.person_id))
    assert panel.erase_button.isEnabled()
    panel.erase_button.click()
    qtbot.waitUntil(lambda: isinstance(panel.dialog, ErasePersonDialog), timeout=10_000)
    dialog = panel.dialog
    dialog.typed.setText("Kees")
    assert not dialog.erase_button.isEnabled()
    dialog.typed.setText("kees vertrokken")
    dialog.erase_button.click()

    def names() -> set[str]:
        return {p.name for p in people.list_people(db, owner, include_archived=True)}

    qtbot.waitUntil(lambda: "Kees Vertrokken" not in names(), timeout=10_000)
    assert "Jan Actief" in names()


def test_people_who_left_long_ago_are_listed_and_can_be_kept_longer(
        qtbot, panel, db, owner, add_person):
    leaver = add_person("Kees Vertrokken")
    people.archive_person(db, owner, leaver.person_id, left_on=date(2019, 3, 1))
    panel.reload_people()
    qtbot.waitUntil(lambda: len(panel.due) == 1)
    assert "Kees Vertrokken" in panel.due_list.item(0).text()
    panel.due_list.setCurrentRow(0)
    panel.postpone.click()
    dialog = panel.dialog
    assert isinstance(dialog, PostponeRemovalDialog)
    dialog.reason.setPlainText("A dispute about the last contract")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: panel.people_loaded and not panel.due, timeout=10_000)
    assert privacy.people_due_for_removal(db, owner) == []


def test_remove_all_erases_everyone_due_after_a_yes(qtbot, panel, db, owner, add_person):
    leaver = add_person("Kees Vertrokken")
    people.archive_person(db, owner, leaver.person_id, left_on=date(2019, 3, 1))
    panel.reload_people()
    qtbot.waitUntil(lambda: len(panel.due) == 1)
    panel.remove_all.click()
    panel.confirmation.done(QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: not panel.due, timeout=10_000)
    names = {p.name for p in people.list_people(db, owner, include_archived=True)}
    assert "Kees Vertrokken" not in names


def test_on_a_server_database_the_panel_advises_pg_dump(qtbot, ctx, owner):
    from dataclasses import replace

    ctx.session.actor = owner
    ctx.location = replace(ctx.location, is_sqlite_file=False)
    view = DataSafetyPanel(ctx)
    qtbot.addWidget(view)
    assert "pg_dump" in view.pg_advice.text()
    assert view.backup_now.isHidden() and view.restore_button.isHidden()


def test_screenshot(qtbot, panel, add_person):
    add_person("Fatima Yilmaz")
    panel.backup_now.click()
    qtbot.waitUntil(lambda: panel.backup_count >= 1, timeout=10_000)
    folder = Path("/tmp/safety-shots")
    folder.mkdir(exist_ok=True)
    panel.grab().save(str(folder / "panel.png"))
    panel.open_backup_to_folder()
    panel.dialog.grab().save(str(folder / "backup-to-folder.png"))
    panel.dialog.reject()
    path = list_backups(panel.ctx.location.backup_dir)[0][0]
    panel.open_restore(path)
    dialog = panel.dialog
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=10_000)
    dialog.grab().save(str(folder / "restore.png"))
    dialog.reject()
