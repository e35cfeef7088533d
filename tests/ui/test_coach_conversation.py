"""The coach panel as a conversation, on a fake engine: answering the coach, the note when old
turns no longer fit, a reply that does not fit, and *Use this* into one's own editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ai.coach_data import make_coach_data
from tests.ai.fake_engine import FakeEngine
from ui.coach import Coach
from ui.widgets.coach_panel import CoachPanel


@pytest.fixture
def coach_data(db, owner, add_person):
    return make_coach_data(db, owner, add_person)


def _coach(ctx, **kw) -> FakeEngine:
    engine = FakeEngine(**kw)
    ctx.coach = Coach(lambda: ("fake", engine))
    return engine


def _panel(qtbot, ctx, task, target, **kw) -> CoachPanel:
    panel = CoachPanel(ctx, task, target, **kw)
    qtbot.addWidget(panel)
    panel.resize(640, 600)
    panel.show()
    return panel


def _answered(qtbot, panel, count: int) -> None:
    qtbot.waitUntil(lambda: panel.conversation is not None and not panel.coach.busy
                    and len(panel.conversation.answers) == count, timeout=5000)


def _reply(qtbot, panel, text: str) -> None:
    qtbot.mouseClick(panel.reply.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.reply, text)
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)


def test_the_professional_answers_and_the_coach_continues(qtbot, ctx, coach_data):
    fake = _coach(ctx, tokens=["What ", "do you ", "want to learn?"])
    ctx.session.actor = coach_data.pro
    panel = _panel(qtbot, ctx, "question", coach_data.question_id)
    assert not panel.send_button.isEnabled()  # nothing to answer yet
    qtbot.mouseClick(panel.ask_button, Qt.MouseButton.LeftButton)
    _answered(qtbot, panel, 1)
    assert not panel.send_button.isEnabled()  # an empty reply is not sent
    _reply(qtbot, panel, "To plan the ovens by the hour.")
    _answered(qtbot, panel, 2)
    second = fake.prompts[-1]
    assert second.system == fake.prompts[0].system
    assert second.history[0][1] == fake.prompts[0].user  # the material stays in
    assert second.history[1:] == (("assistant", "What do you want to learn?"),)
    assert second.user == "To plan the ovens by the hour."
    shown = panel.output.toPlainText()
    assert shown.startswith("What do you want to learn?")
    assert "You: To plan the ovens by the hour.\n\nCoach: What do you want to learn?" in shown
    assert panel.reply.toPlainText() == ""
    assert panel.trimmed.isHidden()


def test_old_turns_that_no_longer_fit_are_left_out_with_a_visible_note(qtbot, ctx,
                                                                        coach_data):
    # A word is a token to the fake: 400 words of context fill up in a few turns.
    fake = _coach(ctx, tokens=["Tell me more about that, please. " * 6], context=400,
                  max_tokens=40)
    ctx.session.actor = coach_data.pro
    panel = _panel(qtbot, ctx, "question", coach_data.question_id)
    qtbot.mouseClick(panel.ask_button, Qt.MouseButton.LeftButton)
    _answered(qtbot, panel, 1)
    turn = 1
    while panel.trimmed.isHidden() and turn < 12:
        _reply(qtbot, panel, f"Reply {turn}: " + "the ovens and the bread " * 8)
        turn += 1
        _answered(qtbot, panel, turn)
    assert panel.trimmed.isVisible()
    dropped = panel.conversation.dropped
    assert dropped >= 2
    assert f"no longer sees the first {dropped} turns" in panel.trimmed.text()
    last = fake.prompts[-1]
    assert last.history[0][1] == fake.prompts[0].user  # the material is still read
    assert fake.prompts[-1].user.startswith(f"Reply {turn - 1}")
    assert not any(text.startswith("Reply 1:") for _role, text in last.history)
    assert "Reply 1:" in panel.output.toPlainText()  # the panel still shows every turn


def test_a_reply_that_cannot_fit_is_refused_and_kept_in_the_reply_box(qtbot, ctx,
                                                                       coach_data):
    fake = _coach(ctx, tokens=["Why?"], context=300, max_tokens=40)
    ctx.session.actor = coach_data.pro
    panel = _panel(qtbot, ctx, "question", coach_data.question_id)
    qtbot.mouseClick(panel.ask_button, Qt.MouseButton.LeftButton)
    _answered(qtbot, panel, 1)
    before = panel.output.toPlainText()
    long = "because " * 400
    panel.reply.setPlainText(long)  # pasted: typing 3,000 characters is slow in a test
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "too long for the model" in panel.status.text(), timeout=5000)
    assert panel.reply.toPlainText() == long.strip()  # nothing the person typed is lost
    assert panel.output.toPlainText() == before
    assert len(panel.conversation.turns) == 1
    assert len(fake.prompts) == 1  # the model was not asked
    # A shorter reply is answered as usual.
    panel.reply.clear()
    _reply(qtbot, panel, "Because of the waste.")
    _answered(qtbot, panel, 2)


def test_use_this_puts_the_selected_passage_into_my_situation_unsaved(qtbot, ctx,
                                                                       coach_data):
    from app.services import situations
    from ui.views.situations import SituationsView

    _coach(ctx, tokens=["- Plan the ovens per hour\n", "- Call the food bank\n"])
    ctx.session.actor = coach_data.pro
    view = SituationsView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.ask_coach(coach_data.situation_id)
    panel = view.dialog.panel
    qtbot.mouseClick(panel.ask_button, Qt.MouseButton.LeftButton)
    _answered(qtbot, panel, 1)
    assert panel.accept_button.text() == "Put into the work situation"
    # Select the second line with the keyboard, then use it.
    qtbot.mouseClick(panel.output.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(panel.output, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.output, Qt.Key.Key_Up)  # the answer ends with a new line
    qtbot.keyClick(panel.output, Qt.Key.Key_Home)
    qtbot.keyClick(panel.output, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert panel.passage() == "- Call the food bank"
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(view, "situation_editor", None) is not None
                    and view.situation_editor.isVisible(), timeout=5000)
    text = view.situation_editor.description.toPlainText()
    assert text.endswith("\n\n- Call the food bank")
    assert "Plan the ovens" not in text
    assert "Call the food bank" not in situations.get_situation(
        ctx.db, coach_data.pro, coach_data.situation_id).description  # not saved by itself
    view.situation_editor.reject()
    assert panel.isVisible()  # the conversation is still there


def test_use_this_puts_the_latest_answer_into_my_development_question(qtbot, ctx,
                                                                       coach_data):
    from app.services import development
    from ui.views.home import HomeView

    _coach(ctx, tokens=["Which ovens first?"])
    ctx.session.actor = coach_data.pro
    home = HomeView(ctx)
    qtbot.addWidget(home)
    home.show()
    qtbot.waitUntil(lambda: home.home is not None, timeout=5000)
    home.ask_coach()
    panel = home.dialog.panel
    qtbot.mouseClick(panel.ask_button, Qt.MouseButton.LeftButton)
    _answered(qtbot, panel, 1)
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    editor = home.question_editor
    assert editor.isVisible()
    assert editor.question.toPlainText().endswith("\nWhich ovens first?")
    assert "Which ovens" not in development.my_question(ctx.db, coach_data.pro).text


def test_a_saved_conversation_is_reopened_in_a_new_panel_and_continued(qtbot, ctx,
                                                                        coach_data):
    from app.ai import saved_conversations

    fake = _coach(ctx, tokens=["Which ", "ovens?"])
    ctx.session.actor = coach_data.pro
    panel = _panel(qtbot, ctx, "question", coach_data.question_id)
    assert panel.saved_box.isHidden()  # nothing saved yet
    assert not panel.save_button.isEnabled()
    qtbot.mouseClick(panel.ask_button, Qt.MouseButton.LeftButton)
    _answered(qtbot, panel, 1)
    _reply(qtbot, panel, "The big one.")
    _answered(qtbot, panel, 2)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.saved is not None, timeout=5000)
    assert "Only you can read it" in panel.status.text()
    # Her manager finds nothing of it, in the service or in the screen.
    assert saved_conversations.saved_conversations(
        ctx.db, coach_data.pro, "question", coach_data.question_id)[0].title == "The big one."

    later = _panel(qtbot, ctx, "question", coach_data.question_id)
    qtbot.waitUntil(lambda: later.saved_box.count() == 2, timeout=5000)
    assert later.saved_box.isVisible()
    assert later.saved_box.itemText(1).endswith("The big one.")
    later.saved_box.setCurrentIndex(1)
    later.saved_box.activated.emit(1)  # chosen from the list
    qtbot.waitUntil(lambda: later.conversation is not None, timeout=5000)
    assert "You: The big one." in later.output.toPlainText()
    _reply(qtbot, later, "Because it bakes the most.")
    _answered(qtbot, later, 3)
    assert fake.prompts[-1].history[-2:] == (("user", "The big one."),
                                             ("assistant", "Which ovens?"))
    qtbot.mouseClick(later.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: later.saved is not None and later.saved[1] > panel.saved[1],
                    timeout=5000)
    assert later.saved[0] == panel.saved[0]  # the same saved conversation, continued

    ctx.session.actor = coach_data.manager
    theirs = _panel(qtbot, ctx, "question", coach_data.question_id)
    qtbot.wait(200)
    assert theirs.saved_box.isHidden()


def test_in_dutch_a_model_without_dutch_is_warned_about_and_still_answers(qtbot, ctx,
                                                                           coach_data,
                                                                           tmp_path):
    from app.ai.registry import ModelRegistry
    from tests.ai.gguf_files import write_gguf
    from ui.coach import registry_dutch_check

    registry = ModelRegistry()  # this test's own config folder
    english, _ = registry.import_model(write_gguf(
        tmp_path / "Llama-3.2-3B-Instruct-Q4_K_M.gguf", {"general.name": "Llama 3.2 3B"}))
    fake = FakeEngine(tokens=["Wat wil je leren?"])
    ctx.coach = Coach(lambda: (english.sha256, fake), dutch_check=registry_dutch_check)
    ctx.session.actor = coach_data.pro
    ctx.languages.apply("nl")
    panel = _panel(qtbot, ctx, "question", coach_data.question_id)
    qtbot.mouseClick(panel.ask_button, Qt.MouseButton.LeftButton)
    _answered(qtbot, panel, 1)
    assert panel.language_warning.isVisible()
    assert "Llama 3.2 3B schrijft niet goed Nederlands" in panel.language_warning.text()
    assert panel.output.toPlainText() == "Wat wil je leren?"
    assert ModelRegistry().get(english.sha256).dutch == "no"
    ctx.languages.apply("en")
    # In English the question does not come up.
    other = _panel(qtbot, ctx, "question", coach_data.question_id)
    qtbot.mouseClick(other.ask_button, Qt.MouseButton.LeftButton)
    _answered(qtbot, other, 1)
    assert other.language_warning.isHidden()
