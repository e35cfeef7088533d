"""Reading a people list from an Excel workbook (.xlsx), bounded like a CSV file."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

from app.services.people_csv import MAX_CELL, MAX_ROWS, RowError

MAX_COLUMNS = 64
# An .xlsx is a ZIP of XML files: refused before reading when it unpacks to far more than a
# people list can be (a "ZIP bomb"), or packs its XML implausibly tight.
MAX_UNPACKED = 200_000_000
MAX_RATIO = 200


def xlsx_records(data: bytes) -> list[tuple[int, list[str]]] | list[RowError]:
    """The non-empty rows of the workbook's first sheet, with the sheet's row numbers."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return [RowError(1, "", "xlsx_unreadable")]
    unpacked = sum(e.file_size for e in entries)
    packed = max(1, sum(e.compress_size for e in entries))
    if unpacked > MAX_UNPACKED or unpacked / packed > MAX_RATIO:
        return [RowError(1, "", "xlsx_too_large")]
    try:
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a file that is no workbook  # noqa: BLE001
        return [RowError(1, "", "xlsx_unreadable")]
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            return [RowError(1, "", "csv_empty")]
        numbered: list[tuple[int, list[str]]] = []
        for number, values in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True),
                                        start=1):
            cells = [_text(v) for v in values]
            if any(len(c) > MAX_CELL for c in cells):
                return [RowError(number, "", "csv_cell_too_large",
                                 {"maximum": MAX_CELL // 1024})]
            if any(c.strip() for c in cells):
                numbered.append((number, cells))
                if len(numbered) > MAX_ROWS + 1:
                    return [RowError(1, "", "csv_too_many_rows", {"maximum": MAX_ROWS})]
    except Exception:  # a damaged sheet inside a good-looking ZIP  # noqa: BLE001
        return [RowError(1, "", "xlsx_unreadable")]
    finally:
        book.close()
    return numbered or [RowError(1, "", "csv_empty")]


def _text(value: object) -> str:
    """A cell as the person sees it: whole numbers without ".0", dates as 2026-12-04."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else \
            value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
