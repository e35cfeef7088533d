"""The progress window of a long job, in Dutch in a real window: it fits, nothing is clipped."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.gui.conftest import assert_layout
from ui.i18n import Languages
from ui.long_job import JobDialog


def test_a_job_window_with_its_longest_step_fits_and_clips_nothing(qtbot, qapp) -> None:
    Languages(qapp).apply("nl")
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(900, 600)
    parent.show()
    dialog = JobDialog("Alles over Fatima Yilmaz exporteren", parent)
    dialog.open()
    qtbot.waitExposed(dialog)
    for step in ("export_records", "move_copying", "restore_saving_current"):
        dialog._show(step, 1, 3, True)
        assert_layout(dialog)
    dialog._show("move_committing", 0, 0, False)  # past the point of no return
    assert not dialog.cancel_button.isEnabled()
    assert_layout(dialog)
    dialog.finish()
