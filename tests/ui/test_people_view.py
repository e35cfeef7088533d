"""The people list and its dialogs, driven as the owner would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.services import people
from tests.conftest import OWNER_PASSWORD
from tests.ui.conftest import log_in
from ui.dialogs.import_people import ImportPeopleDialog
from ui.dialogs.person import PersonDialog
from ui.views.people import PeopleView


def open_people(qtbot, window) -> PeopleView:
    log_in(qtbot, window, "Olga", OWNER_PASSWORD)
    view = window.go_to("people")
    assert isinstance(view, PeopleView)
    qtbot.waitUntil(lambda: view.loaded)
    return view


def test_a_lonely_owner_is_invited_to_add_or_import_colleagues(qtbot, window):
    view = open_people(qtbot, window)
    assert view.stack.currentWidget() is view.empty
    assert view.empty.title.text() == "Add your colleagues"


def test_searching_ignores_case_and_accents(qtbot, window, add_person):
    add_person("Özcan Demir", expertise=["Warmtepompen"])
    add_person("Fatima Yilmaz")
    view = open_people(qtbot, window)
    assert view.filter.rowCount() == 3
    view.search.setText("ozcan")
    assert view.filter.rowCount() == 1
    view.search.setText("WARMTE")
    assert view.filter.index(0, 0).data() == "Özcan Demir"
    view.search.clear()
    assert view.filter.rowCount() == 3


def test_the_list_sorts_as_people_read_names_and_a_header_click_turns_it(
        qtbot, window, add_person):
    """Case and accents do not split the list (Émile among the E's, anna before Bram); a
    click on the Name header sorts the other way round, and the selection stays on the
    same person."""
    for name in ("Zoë Smit", "anna de Vries", "Émile Faber", "Bram Eck", "Elif Kaya"):
        add_person(name)
    view = open_people(qtbot, window)

    def names() -> list[str]:
        return [view.filter.index(r, 0).data() for r in range(view.filter.rowCount())]

    assert names() == ["anna de Vries", "Bram Eck", "Elif Kaya", "Émile Faber", "Olga Eigenaar",
                       "Zoë Smit"]
    view.table.selectRow(2)
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2))
    assert names() == ["Zoë Smit", "Olga Eigenaar", "Émile Faber", "Elif Kaya", "Bram Eck",
                       "anna de Vries"]
    assert view.selected() is not None and view.selected().name == "Elif Kaya"


def test_the_owner_adds_a_person_and_sees_them_selected(qtbot, window, db, owner):
    view = open_people(qtbot, window)
    view.add_person()
    qtbot.waitUntil(lambda: isinstance(view.dialog, PersonDialog))
    dialog = view.dialog
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    dialog.name.setText("Fatima Yilmaz")
    dialog.email.setText("fatima@")
    assert not dialog.errors["email"].isHidden() and not save.isEnabled()
    dialog.email.setText("fatima@korenschoof.nl")
    dialog.birth_year.setText("1990")
    dialog.expertise.setText("planning, Excel")
    assert save.isEnabled()
    save.click()
    qtbot.waitUntil(lambda: view.filter.rowCount() == 2)
    qtbot.waitUntil(lambda: view.selected() is not None)
    assert view.selected().name == "Fatima Yilmaz"
    stored = [p for p in people.list_people(db, owner) if p.name == "Fatima Yilmaz"][0]
    assert stored.expertise == ("Excel", "planning") or set(stored.expertise) == {
        "planning", "Excel"}


def test_a_taken_email_is_explained_next_to_the_field_and_nothing_is_saved(
        qtbot, window, add_person, db, owner):
    add_person("Jan", email="jan@korenschoof.nl")
    view = open_people(qtbot, window)
    view.add_person()
    qtbot.waitUntil(lambda: isinstance(view.dialog, PersonDialog))
    dialog = view.dialog
    dialog.name.setText("Jan Tweede")
    dialog.email.setText("JAN@korenschoof.nl")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.errors["email"].isHidden())
    assert "already in use" in dialog.errors["email"].text()
    assert len(people.list_people(db, owner)) == 2


def test_archiving_asks_first_and_then_hides_the_person(qtbot, window, add_person):
    add_person("Piet Weg")
    view = open_people(qtbot, window)
    view.search.setText("piet")
    view.table.selectRow(0)
    view.archive_or_restore()
    assert isinstance(view.confirmation, QMessageBox)
    view.confirmation.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: view.filter.rowCount() == 0)
    view.show_archived.setChecked(True)
    qtbot.waitUntil(lambda: view.filter.rowCount() == 1)
    assert "(archived)" in view.filter.index(0, 0).data()


def test_the_import_dialog_shows_problems_and_imports_only_a_clean_file(
        qtbot, window, db, owner, tmp_path: Path):
    view = open_people(qtbot, window)
    view.import_people()
    dialog = view.dialog
    assert isinstance(dialog, ImportPeopleDialog)
    broken = tmp_path / "kapot.csv"
    broken.write_text("Name;E-mail;Year of birth\r\nAnna;anna@x.nl;19x0\r\nBob;bob@;\r\n",
                      encoding="utf-8")
    dialog.load(broken)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert not dialog.import_button.isEnabled()
    assert dialog.errors.rowCount() == 2
    assert {dialog.errors.item(r, 0).text() for r in range(2)} == {"2", "3"}
    good = tmp_path / "goed.csv"
    good.write_text("Name;E-mail\r\nAnna;anna@x.nl\r\nBob;bob@x.nl\r\n", encoding="utf-8")
    dialog.load(good)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # A confirmation says what was done; its OK closes the dialog.
    qtbot.waitUntil(lambda: dialog.confirmation is not None, timeout=15_000)
    assert "Anna" in dialog.confirmation.text() and "2" in dialog.confirmation.text()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.confirmation.button(QMessageBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    names = {p.name for p in people.list_people(db, owner)}
    assert {"Anna", "Bob"} <= names
    qtbot.waitUntil(lambda: view.filter.rowCount() == 3)
