"""A conversation with the coach: turns, the prompt of each turn, and fitting it to the context."""

from __future__ import annotations

import pytest

from app.ai.conversation import COACH, USER, Conversation, Turn
from app.ai.engine import Prompt
from models.errors import Invalid

OPENING = Prompt(system="Je bent een coach.", user="Mijn ontwikkelvraag: ovens plannen.",
                 lessons=((3, "Ovenplanning per uur"),))


def words(prompt: Prompt) -> int:
    return sum(len(m["content"].split()) for m in prompt.messages())


def talk(*texts: str) -> Conversation:
    """A conversation whose turns alternate coach, person, coach, ... from ``texts``."""
    conversation = Conversation("question", 7, OPENING)
    for number, text in enumerate(texts):
        (conversation.add_answer if number % 2 == 0 else conversation.add_reply)(text)
    return conversation


def test_the_first_turn_is_the_tasks_own_prompt():
    assert Conversation("question", 7, OPENING).prompt() == OPENING


def test_each_turns_prompt_continues_the_one_before_with_its_answer():
    conversation = talk("Wat wil je leren?", "Rustiger plannen.")
    second = conversation.prompt()
    assert second.messages()[:2] == OPENING.messages()
    assert second.messages()[2:] == [
        {"role": "assistant", "content": "Wat wil je leren?"},
        {"role": "user", "content": "Rustiger plannen."}]
    assert second.lessons == OPENING.lessons
    # Without a chat template the plain text grows the same way: the whole first prompt,
    # then the answer the model wrote, then the reply.
    assert second.fallback_text().startswith(OPENING.fallback_text() + "Wat wil je leren?")
    conversation.add_answer("Wanneer merk je dat?")
    conversation.add_reply("Als er minder brood over is.")
    third = conversation.prompt()
    assert third.messages()[:4] == second.messages()
    assert third.fallback_text().startswith(second.fallback_text() + "Wanneer merk je dat?")


def test_replies_and_answers_take_turns():
    conversation = talk("Wat wil je leren?")
    with pytest.raises(ValueError):
        conversation.add_answer("nog een")
    with pytest.raises(ValueError):
        conversation.prompt()  # the person has the turn
    conversation.add_reply("  Rustiger plannen.  ")
    assert conversation.turns[-1] == Turn(USER, "Rustiger plannen.")


@pytest.mark.parametrize(("reply", "code"), [("   ", "ai_reply_empty"),
                                             ("woord " * 2000, "ai_reply_too_long")])
def test_an_empty_or_huge_reply_is_refused_and_nothing_changes(reply, code):
    conversation = talk("Wat wil je leren?")
    with pytest.raises(Invalid, match=code):
        conversation.add_reply(reply)
    assert len(conversation.turns) == 1


def test_a_conversation_that_fits_leaves_nothing_out():
    conversation = talk("Wat wil je leren?", "Rustiger plannen.")
    fitted = conversation.fit(words, context=200, answer_room=50)
    assert fitted.dropped == fitted.newly_dropped == 0
    assert fitted.prompt == conversation.prompt()


def test_a_full_context_leaves_out_the_oldest_exchanges_and_keeps_the_opening():
    long = "lang " * 30
    conversation = talk(f"een {long}", f"twee {long}", f"drie {long}", f"vier {long}",
                        f"vijf {long}", "zes")
    # 8 words of opening, five turns of 31 words and one of 1: 164 words.
    fitted = conversation.fit(words, context=120, answer_room=20)
    assert fitted.newly_dropped == fitted.dropped == 4  # two exchanges, at once
    messages = fitted.prompt.messages()
    assert messages[1]["content"] == OPENING.user  # the material stays
    assert [m["role"] for m in messages] == ["system", USER, COACH, USER]
    assert messages[2]["content"].startswith("vijf")
    assert messages[-1]["content"] == "zes"
    assert words(fitted.prompt) <= 120 - 20 - 120 * 0.25  # room for the next turns too
    # The next turn leaves out the same turns: its prompt starts with this one's.
    conversation.dropped = fitted.dropped
    conversation.add_answer("zeven")
    conversation.add_reply("acht")
    nxt = conversation.fit(words, context=120, answer_room=20)
    assert nxt.newly_dropped == 0
    assert nxt.prompt.messages()[:4] == messages


def test_a_reply_that_leaves_no_room_for_an_answer_is_refused_clearly():
    conversation = talk("Wat wil je leren?", "brood " * 90)
    with pytest.raises(Invalid, match="ai_conversation_full") as refused:
        conversation.fit(words, context=100, answer_room=20)
    assert refused.value.params["context"] == 100
    assert conversation.take_back_reply() == ("brood " * 90).strip()  # nothing is lost
    assert len(conversation.turns) == 1


def test_a_conversation_is_saved_and_read_back_whole():
    conversation = talk("Wat wil je leren?", "Rustiger plannen.", "Wanneer?")
    conversation.dropped = 2
    again = Conversation.from_json(conversation.to_json())
    assert again == conversation
    assert again.title() == "Rustiger plannen."


@pytest.mark.parametrize("damaged", [
    "{not json", "{}", '{"format": 1, "task": "question", "target_id": 1, "system": "s", '
    '"opening": "o", "lessons": [], "turns": [["user", "eerst ik"]]}'])
def test_a_damaged_saved_conversation_is_refused_clearly(damaged):
    with pytest.raises(Invalid, match="ai_saved_conversation_damaged"):
        Conversation.from_json(damaged)
