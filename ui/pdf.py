"""Print an HTML document (a conversation record, a data export) to an A4 PDF with Qt."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.failures import from_os_error
from app.files import fsync_dir
from models.errors import Invalid

RESOLUTION = 300  # dots per inch: sharp text, small files
MARGINS_MM = QMarginsF(20, 18, 20, 18)  # left, top, right, bottom


def html_to_pdf(html: str, path: Path, images: dict[str, QImage] | None = None) -> None:
    """Write ``html`` to ``path`` as an A4 PDF; the document's <title> becomes the PDF's title.

    The PDF is printed beside ``path`` under a temporary name and renamed into place when
    complete: a failure (a full USB stick) leaves no half-written file, and an older file of
    that name stays as it was. Problems are ``DomainError``s in the person's words.

    The document is laid out for the PDF itself (not the screen), so point sizes in the HTML
    come out as printed points and the page margins are exactly ``MARGINS_MM``. ``images``
    are pictures the HTML refers to by name (``<img src="chart:hours">``).
    """
    path = Path(path)
    try:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):  # a folder that is not there: a typo
            raise Invalid("file_unwritable", path=str(path),
                          detail=exc.strerror or str(exc)) from exc
        raise from_os_error(exc, path.parent) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        _print(html, tmp, images)
        # QPdfWriter says nothing when it cannot write: an empty file is its only sign.
        if tmp.stat().st_size == 0:
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(path))
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise from_os_error(exc, path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def _print(html: str, path: Path, images: dict[str, QImage] | None) -> None:
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
    # The file is complete once the writer is gone (its device closed), before the rename.
    del document, writer
