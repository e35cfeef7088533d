"""Print an HTML document (a conversation record, a data export) to an A4 PDF with Qt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

RESOLUTION = 300  # dots per inch: sharp text, small files
MARGINS_MM = QMarginsF(20, 18, 20, 18)  # left, top, right, bottom


def html_to_pdf(html: str, path: Path, images: dict[str, QImage] | None = None) -> None:
    """Write ``html`` to ``path`` as an A4 PDF; the document's <title> becomes the PDF's title.

    The document is laid out for the PDF itself (not the screen), so point sizes in the HTML
    come out as printed points and the page margins are exactly ``MARGINS_MM``. ``images``
    are pictures the HTML refers to by name (``<img src="chart:hours">``).
    """
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setCreator("Regiestoel")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    for name, image in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    # A page size of our own keeps Qt from adding its default 2 cm on top of our margins.
    document.setPageSize(QSizeF(area.width(), area.height()))
    document.print_(writer)
