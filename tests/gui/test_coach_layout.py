"""The coach's conversation window in a real window: after a turn, a reply, a save and a warning
about Dutch, everything fits and has a name."""

from __future__ import annotations

from app.demo import demo_password
from models.errors import Invalid
from tests.ai.fake_engine import FakeEngine
from tests.gui.conftest import Program, assert_layout, click, log_in, steady, type_into


def test_the_coach_conversation_window_is_laid_out_right(qtbot, demo_program: Program) -> None:
    from app.services import situations
    from ui.coach import Coach
    from ui.widgets.coach_panel import CoachDialog

    program = demo_program
    log_in(qtbot, program, "Kevin Mulder", demo_password())
    ctx = program.ctx
    engine = FakeEngine(tokens=["- Wat gebeurt er precies als de machine stilvalt?\n",
                                "- Wie merkt het als eerste?\n"])
    ctx.coach = Coach(lambda: ("nep", engine),  # type: ignore[attr-defined]
                      dutch_check=lambda _key, _engine: Invalid("ai_model_no_dutch",
                                                                name="Klein model"))
    mine = situations.list_situations(ctx.db, ctx.actor)  # type: ignore[attr-defined]
    dialog = CoachDialog(ctx, "brainstorm", mine[0].id, accept_text="In de werksituatie zetten",
                         on_accept=lambda _text: None, parent=program.window)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    panel = dialog.panel
    click(qtbot, panel.ask_button)
    qtbot.waitUntil(lambda: panel.conversation is not None and not panel.coach.busy
                    and bool(panel.conversation.answers), timeout=10_000)
    type_into(qtbot, panel.reply, "Meestal merkt de nachtploeg het.")
    click(qtbot, panel.send_button)
    qtbot.waitUntil(lambda: len(panel.conversation.answers) == 2 and not panel.coach.busy,
                    timeout=10_000)
    click(qtbot, panel.save_button)
    qtbot.waitUntil(lambda: panel.saved_box.isVisible(), timeout=10_000)
    assert panel.language_warning.isVisible()
    steady(dialog)
    assert_layout(dialog)
    dialog.reject()
