"""About Regiestoel: version, what it is, and the licences of what it is built with."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import Qt, qVersion
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
from ui.widgets.common import hint_label, title_label

# Distribution name -> licence, for everything the program ships with.
COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("Qt", "", "LGPL-3.0"),
    ("PySide6-Essentials", "PySide6 (Qt for Python)", "LGPL-3.0"),
    ("shiboken6", "Shiboken6", "LGPL-3.0"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("alembic", "Alembic", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("keyring", "keyring", "MIT"),
    ("argon2-cffi", "argon2-cffi", "MIT"),
    ("QtAwesome", "QtAwesome", "MIT"),
    ("QtAwesome", "Material Design Icons", "Apache-2.0"),
)


def _version(dist: str) -> str:
    if dist == "Qt":
        return qVersion()
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "—"


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
        table = QTableWidget(len(COMPONENTS), 3)
        table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"),
                                         self.tr("Licence")])
        for row, (dist, label, licence) in enumerate(COMPONENTS):
            for col, value in enumerate((label or dist, _version(dist), licence)):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, col, item)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        layout.addWidget(table, 1)
        layout.addWidget(hint_label(self.tr(
            "Qt and PySide6 are used under the GNU Lesser General Public License v3; you may "
            "replace them with your own build.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 520)
