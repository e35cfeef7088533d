"""The start-up floor of the stack: import PySide6 and SQLAlchemy's ORM, read one row from a
SQLite file, show a window with it, exit. bench_startup.py times this against Regiestoel."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session


def main(database_file: str) -> int:
    qapp = QApplication(sys.argv[:1])
    engine = create_engine(f"sqlite:///{database_file}")
    with Session(engine) as s:
        name = s.execute(text("SELECT name FROM person ORDER BY id LIMIT 1")).scalar_one()
    window = QLabel(str(name))
    window.resize(640, 480)
    window.show()
    QTimer.singleShot(0, lambda: qapp.exit(0))
    return qapp.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
