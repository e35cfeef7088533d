"""Printing to PDF: a signed conversation record comes out as an A4 PDF whose text reads back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.conversation_record import render_record
from app.services import conversations as talks
from models import Role, Side
from tests import fresh
from tests.conftest import PASSWORD
from ui.pdf import html_to_pdf

A4_POINTS = (595, 842)


def pdf_text(path: Path) -> str:
    """The text of a PDF with its whitespace made single: by pypdf (a test dependency), else
    pdftotext if the machine has it, else Qt's own PDF module."""
    data = path.read_bytes()
    assert data.startswith(b"%PDF"), "not a PDF file"
    try:
        from pypdf import PdfReader
    except ImportError:
        pass
    else:
        reader = PdfReader(str(path))
        return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
    tool = shutil.which("pdftotext")
    if tool is not None:
        text = subprocess.run([tool, "-layout", str(path), "-"], check=True,
                              capture_output=True, text=True).stdout
        return " ".join(text.split())
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        pytest.skip("neither pdftotext nor Qt's PDF module (QtPdf) is available to read the "
                    "PDF back")
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = [document.getAllText(page).text() for page in range(document.pageCount())]
    document.close()
    return " ".join(" ".join(pages).split())


def pdf_page_points(path: Path) -> tuple[int, int] | None:
    try:
        from pypdf import PdfReader
    except ImportError:
        pass
    else:
        box = PdfReader(str(path)).pages[0].mediabox
        return round(float(box.width)), round(float(box.height))
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return None
    document = QPdfDocument()
    document.load(str(path))
    size = document.pagePointSize(0)
    document.close()
    return round(size.width()), round(size.height())


@pytest.fixture
def signed_record(db, owner, add_person) -> tuple[object, int]:
    """A talent conversation of 2026-2, prepared, agreed and signed by both."""
    man = add_person("Mira de Vries", roles={Role.MANAGER})
    pro = add_person("Piet Jansen", manager_id=man.person_id)
    talks.plan_half_year(db, owner, 2026, 2)
    cid = next(r.id for r in talks.list_conversations(db, owner)
               if r.professional_id == pro.person_id)
    fresh.save_preparation(db, pro, cid, Side.PROFESSIONAL,
                           {"need_from_manager": "Tijd om de planning te oefenen."})
    fresh.publish_preparation(db, pro, cid, Side.PROFESSIONAL)
    fresh.save_preparation(db, man, cid, Side.MANAGER, {"saw_grow": "Je plant rustiger."})
    fresh.publish_preparation(db, man, cid, Side.MANAGER)
    fresh.add_agreement(db, pro, cid, "Cursus plannen volgen", pro.person_id)
    fresh.save_summary(db, pro, cid, "Een goed gesprek over plannen.\n" + "Veel geleerd. " * 400
                       + "Laatste zin van het verslag.")
    fresh.sign(db, pro, cid, Side.PROFESSIONAL, PASSWORD)
    fresh.sign(db, man, cid, Side.MANAGER, PASSWORD)
    return pro, cid


def test_a_signed_record_prints_to_an_a4_pdf_whose_text_reads_back(
        qapp, db, signed_record, tmp_path):
    pro, cid = signed_record
    path = tmp_path / "verslag.pdf"
    html_to_pdf(render_record(db, pro, cid, "nl"), path)

    text = pdf_text(path)
    assert "Verslag van het talentontwikkelgesprek" in text
    assert "Piet Jansen" in text and "Mira de Vries" in text
    assert "Tijd om de planning te oefenen." in text
    assert "Cursus plannen volgen" in text
    # A long summary runs over a page break without losing its end.
    assert "Laatste zin van het verslag." in text
    assert pdf_page_points(path) == A4_POINTS


def test_the_pdf_takes_the_documents_title(qapp, tmp_path):
    from pypdf import PdfReader

    path = tmp_path / "kort.pdf"
    html_to_pdf("<html><head><title>Verslag – Piet</title></head>"
                "<body><p>Één regel tekst.</p></body></html>", path)
    reader = PdfReader(str(path))
    assert reader.metadata is not None and reader.metadata.title == "Verslag – Piet"
    assert len(reader.pages) == 1
    assert "Één regel tekst." in pdf_text(path)
