"""Conversations on the two small real models: the second turn reuses the model's state of the
first (the prompt cache), on both template paths, and a full context is fitted, not failed."""

from __future__ import annotations

import threading

import pytest

from app.ai.conversation import Conversation
from app.ai.engine import Prompt

pytest.importorskip("llama_cpp")

OPENING = Prompt(
    system="You are a coach for workplace learning. You never give answers or advice; you "
           "ask short open questions that help a professional make their own development "
           "question concrete: what they want to learn, in which situations at work, why it "
           "matters now, and how they will notice progress. Ask one question at a time.",
    user="My development question: how do I plan the ovens of our bakery so that less "
         "bread is left at the end of the day? So far I wrote down that we bake the same "
         "amounts every day, whatever the weather or the day of the week.")


def _turn(engine, conversation: Conversation, max_tokens: int = 12):
    fitted = conversation.fit(engine.prompt_tokens, engine.context_size(), max_tokens)
    conversation.dropped = fitted.dropped
    result = engine.generate(fitted.prompt, lambda _t: None, threading.Event(), max_tokens)
    conversation.add_answer(result.text)
    return fitted, result


@pytest.mark.parametrize("model", ["smollm2", "gemma"])
def test_the_second_turn_reads_only_what_is_new(request, model):
    engine = request.getfixturevalue(model)
    engine.llama.reset()  # nothing of an earlier test in the model's state
    conversation = Conversation("question", 1, OPENING)
    first_prompt, first = _turn(engine, conversation)
    assert first.prompt_tokens_read >= engine.prompt_tokens(OPENING) * 0.8
    conversation.add_reply("On Saturdays most bread is left.")
    second_prompt, second = _turn(engine, conversation)
    whole = engine.prompt_tokens(second_prompt.prompt)
    assert whole > first.prompt_tokens_read  # the second prompt holds all of the first
    # Only the answer's end, the reply and the template's markers are read again.
    assert second.prompt_tokens_read < whole / 3
    assert second.tokens > 0


@pytest.fixture(scope="module")
def small_context(smollm2_path):
    """SmolLM2 with a context of 512 tokens: filled in a few turns, and read quickly."""
    from app.ai.engine import EngineSettings, LlamaEngine

    engine = LlamaEngine(smollm2_path, EngineSettings(context=512, max_tokens=8,
                                                      temperature=0.0, seed=7))
    engine.load()
    return engine


def test_a_conversation_beyond_the_context_leaves_out_old_turns_and_still_answers(
        small_context):
    smollm2 = small_context
    conversation = Conversation("question", 1, OPENING)
    long = "We talked about the ovens, the weather and the customers again. " * 8
    for number in range(4):
        conversation.add_answer(f"Question {number}: {long}")
        conversation.add_reply(f"Reply {number}: {long}")
    context = smollm2.context_size()
    assert smollm2.prompt_tokens(conversation.prompt()) > context  # far too long as it is
    fitted, result = _turn(smollm2, conversation, max_tokens=8)
    assert fitted.newly_dropped >= 2 and fitted.newly_dropped % 2 == 0
    assert smollm2.prompt_tokens(fitted.prompt) <= context - 8
    assert fitted.prompt.messages()[1]["content"] == OPENING.user
    assert fitted.prompt.user.startswith("Reply 3")
    assert result.tokens > 0 and not result.stopped
