"""Esc on a dialog someone typed or chose in asks before throwing it away; "keep editing"
keeps every letter; an untouched dialog closes on Esc without a question (issue 18)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.secrets import MemoryStore
from app.services.conversations import ConversationStatusRow
from app.services.culture import RoundRow
from app.services.cycles import CycleRow, SessionRow
from app.services.groups import GroupRow
from app.services.people import PersonRow
from app.services.privacy import RetentionRow
from models import ConversationStatus, CycleStatus, Role, SessionStatus

LEFT = Qt.MouseButton.LeftButton
MONDAY = date.today() + timedelta(days=7 - date.today().weekday() + 7)


def _group() -> GroupRow:
    return GroupRow(id=1, name="Storingen", purpose="", members=(), guide_id=None,
                    guide_name="", mix={}, warning=None, next_session=None, situation_count=0)


def _session() -> tuple[SessionRow, CycleRow]:
    rows = tuple(SessionRow(id=n, cycle_id=1, group_id=1, group_name="Storingen", day_number=n,
                            day=MONDAY + timedelta(days=n - 1), start_time=time(9), minutes=60,
                            status=SessionStatus.PLANNED, room_name="")
                 for n in range(1, 5))
    return rows[1], CycleRow(id=1, group_id=1, room_name="", start_time=time(9),
                             status=CycleStatus.PLANNED, sessions=rows)


def _conversation() -> ConversationStatusRow:
    return ConversationStatusRow(
        id=1, professional_id=2, professional_name="Anna", manager_id=1, manager_name="Olga",
        manager_left=False, year=MONDAY.year, half=1 if MONDAY.month <= 6 else 2,
        window_start=MONDAY - timedelta(days=30), window_end=MONDAY + timedelta(days=60),
        meeting_at=None, status=ConversationStatus.PLANNED, due=None,
        professional_published=False, manager_published=False, signatures=0, locked_at=None,
        version=1)


def _person() -> PersonRow:
    return PersonRow(id=2, name="Anna Smit", email="anna@example.nl",
                     roles=frozenset({Role.PROFESSIONAL}), teams=(), team_ids=(),
                     manager_id=None, manager_name="", birth_year=None, expertise=(),
                     archived=True, has_account=False, version_id=1)


@dataclass
class Case:
    build: Callable[..., QDialog]
    # Types or chooses something with real keys and clicks; returns what to find back.
    touch: Callable[..., Callable[[], object]]


def typed_into(attr: str, text: str = "iets") -> Callable[..., Callable[[], object]]:
    def touch(qtbot, dialog) -> Callable[[], object]:
        widget = dialog
        for part in attr.split("."):
            widget = getattr(widget, part)
        widget.setFocus()
        qtbot.keyClicks(widget, text)
        return lambda: widget.text() if hasattr(widget, "text") else widget.toPlainText()
    return touch


def clicked(find: Callable[[QDialog], QWidget]) -> Callable[..., Callable[[], object]]:
    def touch(qtbot, dialog) -> Callable[[], object]:
        widget = find(dialog)
        qtbot.mouseClick(widget, LEFT, pos=widget.rect().center())
        return widget.isChecked
    return touch


def plan_cycle(ctx, _db) -> QDialog:
    from ui.dialogs.plan_cycle import PlanCycleDialog
    return PlanCycleDialog(ctx, _group(), [], [])


def move_session(ctx, _db) -> QDialog:
    from ui.dialogs.move_session import MoveSessionDialog
    session, cycle = _session()
    return MoveSessionDialog(ctx, session, cycle, [], today=MONDAY - timedelta(days=3))


def schedule(ctx, _db) -> QDialog:
    from ui.dialogs.sign import ScheduleDialog
    return ScheduleDialog(ctx, _conversation())


def change_password(ctx, _db) -> QDialog:
    from ui.dialogs.passwords import ChangePasswordDialog
    return ChangePasswordDialog(ctx)


def reset_password(ctx, _db) -> QDialog:
    from ui.dialogs.passwords import ResetPasswordDialog
    return ResetPasswordDialog(ctx, 2, "Anna Smit")


def backup_to_folder(ctx, _db) -> QDialog:
    from ui.dialogs.backup_to_folder import BackupToFolderDialog
    return BackupToFolderDialog(ctx, MemoryStore())


def restore_backup(ctx, _db, tmp_path: Path) -> QDialog:
    from app.backup import MAGIC
    from ui.dialogs.restore_backup import RestoreBackupDialog
    encrypted = tmp_path / "regiestoel-20261201-120000-manual.rsbk"
    encrypted.write_bytes(MAGIC + b"\0" * 64)
    return RestoreBackupDialog(ctx, encrypted, MemoryStore())


def answer_scan(ctx, _db) -> QDialog:
    from ui.dialogs.culture import AnswerDialog
    return AnswerDialog(ctx, RoundRow(id=1, opened_at=datetime.now(), closes_on=MONDAY,
                                      closed_at=None, team_ids=(), respondents=0))


def focus(ctx, _db) -> QDialog:
    from ui.dialogs.culture import FocusDialog
    return FocusDialog(ctx, 1, ())


def action_proposals(ctx, _db) -> QDialog:
    from ui.dialogs.action_proposals import ActionProposalsDialog
    return ActionProposalsDialog(ctx, 1, ["Storingslijst bijhouden", "Monteur meenemen"],
                                 [(1, "Olga Eigenaar")])


def plan_conversations(ctx, _db) -> QDialog:
    from ui.dialogs.plan_conversations import PlanConversationsDialog
    return PlanConversationsDialog(ctx, today=date(2026, 12, 4))


def postpone_removal(ctx, _db) -> QDialog:
    from ui.views.data_safety import PostponeRemovalDialog
    return PostponeRemovalDialog(ctx, RetentionRow(id=2, name="Anna Smit",
                                                   left_on=date(2024, 1, 1), keep_reason=None,
                                                   keep_until=None))


def sealed_export(ctx, _db, tmp_path: Path) -> QDialog:
    from ui.views.data_safety import SealedExportDialog
    return SealedExportDialog(ctx, _person(), tmp_path / "anna.zip")


def erase_person(ctx, _db) -> QDialog:
    from ui.views.data_safety import ErasePersonDialog
    return ErasePersonDialog(ctx, 2, "Anna Smit")


def server_password(_ctx, _db) -> QDialog:
    from ui.server_password import ServerPasswordDialog
    return ServerPasswordDialog("postgresql://regie@db.example.nl:5432/regiestoel", "en",
                                store=MemoryStore())


def import_people(ctx, _db) -> QDialog:
    from ui.dialogs.import_people import ImportPeopleDialog
    return ImportPeopleDialog(ctx)


def _first_radio(dialog):
    return next(iter(dialog.groups.values())).button(3)


def _first_focus(dialog):
    return next(iter(dialog.boxes.values()))


def _untick_first(qtbot, dialog) -> Callable[[], object]:
    item = dialog.list.item(0)
    dialog.list.setCurrentRow(0)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # the tick box of the current line
    return lambda: item.checkState()


def _next_half(qtbot, dialog) -> Callable[[], object]:
    dialog.half_year.setFocus()
    qtbot.keyClick(dialog.half_year, Qt.Key.Key_Down)
    return dialog.half_year.currentIndex


CASES = {
    "plan cycle": Case(plan_cycle, typed_into("start_time.line", "1")),
    "move session": Case(move_session, typed_into("start_time.line", "1")),
    "schedule meeting": Case(schedule, typed_into("location", "kleine zaal")),
    "change password": Case(change_password, typed_into("current", "geheim")),
    "temporary password": Case(reset_password, typed_into("new", "tijdelijk")),
    "backup to folder": Case(backup_to_folder, typed_into("folder", "/media/usb")),
    "restore backup": Case(restore_backup, typed_into("passphrase", "zomer")),
    "culture answers": Case(answer_scan, clicked(_first_radio)),
    "culture focus": Case(focus, clicked(_first_focus)),
    "action proposals": Case(action_proposals, _untick_first),
    "plan conversations": Case(plan_conversations, _next_half),
    "keep records longer": Case(postpone_removal, typed_into("reason", "geschil")),
    "sealed export": Case(sealed_export, typed_into("passphrase", "zomer")),
    "erase person": Case(erase_person, typed_into("typed", "Anna")),
    "server password": Case(server_password, typed_into("password", "geheim")),
}


def build(case: Case, ctx, db, owner, tmp_path) -> QDialog:
    ctx.session.actor = owner
    needs_path = case.build in (restore_backup, sealed_export)
    return case.build(ctx, db, tmp_path) if needs_path else case.build(ctx, db)


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def question_of(qtbot, dialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.discard_question is not None
                    and dialog.discard_question.isVisible(), timeout=3_000)
    return dialog.discard_question


@pytest.mark.parametrize("name", list(CASES))
def test_escape_asks_before_throwing_away_and_keep_editing_keeps_it(
        qtbot, ctx, db, owner, tmp_path, name):
    case = CASES[name]
    dialog = shown(qtbot, build(case, ctx, db, owner, tmp_path))
    qtbot.wait(50)  # a dialog that loads at opening has filled in what it shows
    read_back = case.touch(qtbot, dialog)
    before = read_back()
    focus = dialog.focusWidget() or dialog
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    question = question_of(qtbot, dialog)
    assert question.windowTitle() == "Discard changes?"
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Cancel), LEFT)
    qtbot.waitUntil(lambda: not question.isVisible())
    assert dialog.isVisible()
    assert read_back() == before  # every letter and tick is still there

    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    question = question_of(qtbot, dialog)
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Discard), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("name", [*CASES, "import people"])
def test_escape_on_an_untouched_dialog_closes_it_without_a_question(
        qtbot, ctx, db, owner, tmp_path, name):
    case = CASES.get(name) or Case(import_people, typed_into("file"))
    dialog = shown(qtbot, build(case, ctx, db, owner, tmp_path))
    qtbot.wait(50)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3_000)
    assert dialog.discard_question is None


def test_an_import_checked_and_not_imported_is_not_thrown_away_on_escape(
        qtbot, ctx, db, owner, tmp_path):
    from ui.dialogs.import_people import ImportPeopleDialog

    ctx.session.actor = owner
    listing = tmp_path / "mensen.csv"
    listing.write_text("Naam,E-mail\nAnna Smit,anna@example.nl\n", encoding="utf-8")
    dialog = shown(qtbot, ImportPeopleDialog(ctx))
    dialog.load(listing)  # what the file dialog hands over once a file is chosen
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    question = question_of(qtbot, dialog)
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Cancel), LEFT)
    assert dialog.isVisible() and dialog.file.text() == str(listing)
    assert dialog.import_button.isEnabled()


def test_first_passwords_shown_but_not_printed_ask_before_closing(
        qtbot, ctx, db, owner, add_person):
    from ui.dialogs.first_passwords import FirstPasswordsDialog

    add_person("Anna Smit", password=None)  # imported: no login yet
    ctx.session.actor = owner
    dialog = shown(qtbot, FirstPasswordsDialog(ctx))
    qtbot.waitUntil(lambda: dialog.give_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(dialog.give_button, LEFT)
    qtbot.waitUntil(lambda: dialog.print_button.isVisible(), timeout=10_000)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    question = question_of(qtbot, dialog)
    assert question.windowTitle() == "Close without the handout?"
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Cancel), LEFT)
    assert dialog.isVisible() and dialog.list.topLevelItemCount() == 1
    assert dialog.list.topLevelItem(0).text(1)  # the password can still be read
