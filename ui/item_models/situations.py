"""The work situations table: the column model over SituationRow."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.situations import SituationRow
from ui.item_models.columns import ROW_ROLE, Column, ColumnTableModel
from ui.names_learning import FINISHED_STATUSES, aim_name, kind_name, status_name

__all__ = ["ROW_ROLE", "SituationsTableModel"]

COLUMNS = 6


class SituationsTableModel(ColumnTableModel[SituationRow]):
    def __init__(self) -> None:
        # Each header is a literal translate() call, so lupdate finds it.
        super().__init__([
            Column(lambda: QCoreApplication.translate("SituationsModel", "Work situation"),
                   lambda r: r.title),
            Column(lambda: QCoreApplication.translate("SituationsModel", "Kind"),
                   lambda r: kind_name(r.kind)),
            Column(lambda: QCoreApplication.translate("SituationsModel", "Aim"),
                   lambda r: aim_name(r.aim)),
            Column(lambda: QCoreApplication.translate("SituationsModel", "Step"),
                   lambda r: status_name(r.status)),
            Column(lambda: QCoreApplication.translate("SituationsModel", "Owner"),
                   lambda r: r.owner_name),
            Column(lambda: QCoreApplication.translate("SituationsModel", "Learning group"),
                   lambda r: r.group_name),
        ], key=lambda r: r.id, dimmed=lambda r: r.status in FINISHED_STATUSES)
