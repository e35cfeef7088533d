"""After an import, the owner gives everyone a first password in one step and prints slips."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from app.services import auth, people
from tests.ui.test_pdf import pdf_text
from tests.ui.test_people_view import open_people
from ui.dialogs.first_passwords import FirstPasswordsDialog

LEFT = Qt.MouseButton.LeftButton
CAN_LOG_IN = 6


def login_column(view) -> dict[str, str]:
    return {view.filter.index(r, 0).data(): view.filter.index(r, CAN_LOG_IN).data()
            for r in range(view.filter.rowCount())}


def test_after_an_import_everyone_gets_a_first_password_and_a_slip_in_their_language(
        qtbot, window, db, owner, tmp_path: Path, monkeypatch):
    view = open_people(qtbot, window)
    csv = tmp_path / "mensen.csv"
    csv.write_text("Name;E-mail\r\nAnna de Vries;anna@x.nl\r\nBob Smit;bob@x.nl\r\n",
                   encoding="utf-8")
    qtbot.mouseClick(view.import_button, LEFT)
    dialog = view.dialog
    dialog.load(csv)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog.confirmation is not None, timeout=15_000)
    qtbot.mouseClick(dialog.confirmation.button(QMessageBox.StandardButton.Ok), LEFT)

    # Right after the import: who cannot log in yet, and one button for all of them.
    qtbot.waitUntil(lambda: isinstance(view.dialog, FirstPasswordsDialog)
                    and view.dialog.loaded, timeout=10_000)
    first = view.dialog
    column = login_column(view)
    assert column["Anna de Vries"] == column["Bob Smit"] == "Not yet"
    assert list(column.values()).count("Yes") == 1  # the owner herself
    assert first.list.topLevelItemCount() == 2
    assert first.give_button.text().replace("&", "") == "Give 2 temporary passwords"
    rows = {p.name: p for p in people.list_people(db, owner)}
    bob = rows["Bob Smit"]
    people.set_language(db, owner, rows["Anna de Vries"].id, "nl")
    people.set_language(db, owner, bob.id, "en")
    qtbot.mouseClick(first.give_button, LEFT)
    qtbot.waitUntil(lambda: len(first.given) == 2, timeout=15_000)

    # The owner can read each password back, and prints the handout.
    shown = {first.list.topLevelItem(i).text(0): first.list.topLevelItem(i).text(1)
             for i in range(2)}
    assert set(shown) == {"Anna de Vries", "Bob Smit"}
    assert "cannot show them again" in first.note.text()
    target = tmp_path / "wachtwoorden.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(first.print_button, LEFT)
    qtbot.waitUntil(lambda: first.saved_path == target, timeout=15_000)
    text = pdf_text(target)
    assert shown["Anna de Vries"] in text and shown["Bob Smit"] in text
    anna_slip, bob_slip = text.split("Bob Smit", 1)
    assert "Zo log je de eerste keer in" in anna_slip  # Anna reads Dutch, in an English UI
    assert "How to log in the" in bob_slip and "Zo log je" not in bob_slip
    qtbot.mouseClick(first.buttons.button(QDialogButtonBox.StandardButton.Close), LEFT)

    # The column shows they can log in now; the password works once and must be changed.
    qtbot.waitUntil(lambda: login_column(view).get("Bob Smit") == "Yes")
    assert auth.authenticate(db, bob.id, shown["Bob Smit"]).must_change_password


def test_the_first_passwords_button_says_when_everyone_can_log_in(qtbot, window):
    view = open_people(qtbot, window)
    qtbot.mouseClick(view.first_passwords_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(view.dialog, FirstPasswordsDialog) and view.dialog.loaded)
    assert view.dialog.intro.text() == "Everyone can log in already."
    assert not view.dialog.give_button.isEnabled()
