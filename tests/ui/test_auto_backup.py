"""Automatic backups of the running program: made off the UI thread, rotated, never fatal."""

from __future__ import annotations

from app.backup import list_backups
from ui.auto_backup import AutoBackup


def test_a_startup_backup_appears_in_the_backups_folder(qtbot, ctx, setup):
    backups = AutoBackup(ctx.location, ctx.tasks)
    backups.start()
    qtbot.waitUntil(lambda: len(list_backups(ctx.location.backup_dir)) == 1, timeout=10_000)
    backups.at_quit()
    names = [p.name for p, _ in list_backups(ctx.location.backup_dir)]
    assert any(n.endswith("-quit.sqlite3") for n in names)
    assert not backups.timer.isActive()


def test_a_failing_backup_does_not_stop_the_program(qtbot, ctx, setup, monkeypatch):
    import ui.auto_backup as module

    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(module, "make_backup", broken)
    backups = AutoBackup(ctx.location, ctx.tasks)
    backups.at_quit()
    assert "disk full" in backups.last_error
