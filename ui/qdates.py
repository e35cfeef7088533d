"""Python dates to Qt's and back, typed (PySide6's own conversions are untyped)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
