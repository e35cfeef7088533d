"""Exports as long jobs, by clicking: progress, Cancel that leaves no file and no log entry,
and PDFs printed beside their target and renamed into place (issue 18)."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

import app.conversation_record
from app.services import audit
from models.errors import DomainError
from tests.ui.test_dashboard_view import demo_owner, open_view  # noqa: F401
from tests.ui.test_data_safety import panel  # noqa: F401
from tests.ui.test_pdf import pdf_text, signed_record  # noqa: F401
from ui.long_job import JobDialog
from ui.pdf import html_to_pdf
from ui.views.data_safety import SealedExportDialog


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


def exports_logged(db, owner) -> int:
    return sum(1 for e in audit.list_entries(db, owner) if e.action == "person_exported")


def choose_person(qtbot, panel, person_id: int) -> None:  # noqa: F811
    panel.reload_people()
    qtbot.waitUntil(lambda: panel.person.findData(person_id) >= 0)
    panel.person.setCurrentIndex(panel.person.findData(person_id))


def start_sealed_export(qtbot, panel, monkeypatch, target: Path) -> SealedExportDialog:  # noqa: F811
    save_as(monkeypatch, target)
    click(qtbot, panel.export_button)
    dialog = panel.dialog
    assert isinstance(dialog, SealedExportDialog)
    qtbot.keyClicks(dialog.passphrase, "zonnebloem-veld-7")
    qtbot.keyClicks(dialog.again, "zonnebloem-veld-7")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    return dialog


def test_a_sealed_export_shows_its_records_and_cancel_leaves_no_file_and_no_log(
        qtbot, panel, db, owner, signed_record, tmp_path, monkeypatch):  # noqa: F811
    pro, _cid = signed_record
    choose_person(qtbot, panel, pro.person_id)
    # The record is being added when the person clicks Cancel: it waits for that click.
    reached, clicked = threading.Event(), threading.Event()
    render = app.conversation_record.render_record

    def slow_render(*args, **kwargs):  # type: ignore[no-untyped-def]
        reached.set()
        clicked.wait(10)
        return render(*args, **kwargs)

    monkeypatch.setattr(app.conversation_record, "render_record", slow_render)
    target = tmp_path / "piet.zip"
    dialog = start_sealed_export(qtbot, panel, monkeypatch, target)
    job = dialog.job
    assert isinstance(job, JobDialog) and job.isVisible()
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: "signed conversation records" in job.step.text(), timeout=5_000)
    assert job.bar.maximum() == 1  # one signed record
    click(qtbot, job.cancel_button)
    clicked.set()
    qtbot.waitUntil(lambda: "Not exported" in dialog.error.text(), timeout=10_000)
    assert job.cancelled and dialog.isVisible()
    assert not target.exists() and leftovers(tmp_path) == []
    assert exports_logged(db, owner) == 0
    # Trying again, uninterrupted, writes the file and logs it once.
    clicked.set()
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: panel.message is not None, timeout=15_000)
    assert target.exists() and leftovers(tmp_path) == []
    assert exports_logged(db, owner) == 1


def test_the_annual_report_is_made_as_a_job_and_saved_as_a_pdf(
        qtbot, ctx, db, demo_owner, tmp_path, monkeypatch):  # noqa: F811
    view = open_view(qtbot, ctx, demo_owner)
    target = tmp_path / "jaarverslag.pdf"
    save_as(monkeypatch, target)
    click(qtbot, view.report_button)
    assert isinstance(view.job, JobDialog)
    qtbot.waitUntil(lambda: isinstance(view.message, QMessageBox), timeout=60_000)
    assert "saved as" in view.message.text()
    assert "Annual learning report" in pdf_text(target)
    assert leftovers(tmp_path) == []


def test_a_cancelled_annual_report_writes_nothing(
        qtbot, ctx, db, demo_owner, tmp_path, monkeypatch):  # noqa: F811
    view = open_view(qtbot, ctx, demo_owner)
    target = tmp_path / "jaarverslag.pdf"
    save_as(monkeypatch, target)
    hold = threading.Event()
    ctx.tasks.run(lambda: hold.wait(10))  # the worker is busy: the report waits its turn
    click(qtbot, view.report_button)
    job = view.job
    click(qtbot, job.cancel_button)
    hold.set()
    qtbot.waitUntil(lambda: job.cancelled, timeout=15_000)
    qtbot.wait(100)
    assert view.message is None or not view.message.isVisible()
    assert not target.exists() and leftovers(tmp_path) == []


def test_a_pdf_replaces_an_older_file_whole_and_leaves_no_temporary_file(qapp, tmp_path):
    target = tmp_path / "verslag.pdf"
    target.write_bytes(b"oud verslag")
    html_to_pdf("<html><head><title>Verslag</title></head><body><p>Nieuw verslag van "
                f"{date.today():%d-%m-%Y}</p></body></html>", target)
    assert "Nieuw verslag" in pdf_text(target)
    assert leftovers(tmp_path) == []


def test_a_pdf_into_a_folder_that_is_not_there_is_a_clear_problem(qapp, tmp_path):
    with pytest.raises(DomainError) as caught:
        html_to_pdf("<p>Verslag</p>", tmp_path / "weg" / "verslag.pdf")
    assert caught.value.code == "file_unwritable"


def test_a_quick_people_export_shows_no_window_and_says_how_many(
        qtbot, window, add_person, tmp_path, monkeypatch):
    from tests.ui.test_people_view import open_people

    add_person("Kevin Monteur")
    view = open_people(qtbot, window)
    target = tmp_path / "mensen.csv"
    save_as(monkeypatch, target)
    click(qtbot, view.export_button)
    qtbot.waitUntil(lambda: view.message is not None, timeout=10_000)
    assert "2 people exported" in view.message.text()
    assert not view.job.isVisible()  # done before it was worth a window
    assert "Kevin Monteur" in target.read_text(encoding="utf-8-sig")


def test_a_people_export_waiting_its_turn_can_be_cancelled_and_writes_nothing(
        qtbot, window, ctx, tmp_path, monkeypatch):
    from tests.ui.test_people_view import open_people

    view = open_people(qtbot, window)
    target = tmp_path / "mensen.csv"
    save_as(monkeypatch, target)
    hold = threading.Event()
    ctx.tasks.run(lambda: hold.wait(10))  # the worker is busy with something else
    click(qtbot, view.export_button)
    job = view.job
    qtbot.waitUntil(job.isVisible, timeout=5_000)  # it takes long enough for a window
    click(qtbot, job.cancel_button)
    hold.set()
    qtbot.waitUntil(lambda: view.message is not None, timeout=10_000)
    assert "no file was written" in view.message.text()
    assert not target.exists() and leftovers(tmp_path) == []


def test_the_owners_own_export_is_a_job_that_writes_a_readable_zip(
        qtbot, panel, db, owner, tmp_path, monkeypatch):  # noqa: F811
    import zipfile

    choose_person(qtbot, panel, owner.person_id)
    target = tmp_path / "olga.zip"
    save_as(monkeypatch, target)
    click(qtbot, panel.export_button)
    assert isinstance(panel.job, JobDialog)
    qtbot.waitUntil(lambda: panel.message is not None, timeout=15_000)
    assert "Everything about this person is in" in panel.message.text()
    with zipfile.ZipFile(target) as archive:
        assert b"Olga Eigenaar" in archive.read("person.json")
    assert leftovers(tmp_path) == [] and exports_logged(db, owner) == 1
