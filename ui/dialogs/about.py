"""About Regiestoel: version, what it is, and the licences of what it is built with."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.components import components
from ui.widgets.common import hint_label, title_label


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Regiestoel"))
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Regiestoel %1").replace("%1", __version__)))
        text = QLabel(self.tr(
            "Workplace learning in your own hands. Professionals direct their own "
            "development, learn in working time in small groups on their own work "
            "situations, and give account together with their manager twice a year.\n\n"
            "Everything stays on this computer (or your own database server)."))
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(hint_label(self.tr("Regiestoel is built with these components:")))
        # Derived, not typed in: in a package, what its build bundled; from the sources,
        # what the installed dependencies bring.
        listed = components()
        table = QTableWidget(len(listed), 3)
        table.setObjectName("components")
        table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"),
                                         self.tr("Licence")])
        for row, component in enumerate(listed):
            for col, value in enumerate((component.name, component.version or "—",
                                         component.licence)):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, col, item)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(table, 1)
        layout.addWidget(hint_label(self.tr(
            "Qt and PySide6 are used under the GNU Lesser General Public License v3; you may "
            "replace them with your own build.")))
        licence = self.tr("Regiestoel is free software: you may share and change it under the "
                          "GNU General Public License, version 3 or later.")
        if getattr(sys, "frozen", False):  # a package: the texts are in licenses/ beside it
            folder = Path(sys.executable).resolve().parent / "licenses"
            licence += " " + self.tr("The licence texts of Regiestoel and of every component "
                                     "are in %1.").replace("%1", str(folder))
        layout.addWidget(hint_label(licence))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(700, 560)
