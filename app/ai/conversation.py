"""A conversation with the coach: its turns, and the prompt of the next turn fitted to the model.

The first turn is a coaching task's prompt (instructions and the professional's material);
after it the coach and the professional take turns. The prompt of every turn is the one
before, plus the coach's answer, plus the new reply: so the model's state of the turn before
is reused for all of it (llama-cpp-python keeps the tokens it read and reads only what
differs). When the context is full, the oldest exchanges are left out — several at once,
so the turns after that reuse the state again — and the opening with the material stays.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from app.ai.engine import Prompt
from models.errors import Invalid

USER, COACH = "user", "assistant"
# After leaving turns out, this share of the context is free again for the next turns.
SLACK = 0.25
# A reply longer than this is refused before it reaches the model (about 1,500 tokens).
MAX_REPLY_CHARS = 6000
FORMAT = 1  # of the saved form (``to_json``)


@dataclass(frozen=True)
class Turn:
    role: str  # USER or COACH
    text: str


@dataclass(frozen=True)
class Fitted:
    """The prompt of the next turn, and how many of the earliest turns it leaves out."""

    prompt: Prompt
    dropped: int
    newly_dropped: int


@dataclass
class Conversation:
    """The opening prompt, then the coach's answers and the person's replies in turn."""

    task: str
    target_id: int
    opening: Prompt
    turns: list[Turn] = field(default_factory=list)
    # Turns (after the opening) no longer in the prompt: the model's context was full.
    dropped: int = 0

    @property
    def waiting_for_coach(self) -> bool:
        """No answer yet, or the person replied last: the coach has the next turn."""
        return not self.turns or self.turns[-1].role == USER

    @property
    def answers(self) -> list[str]:
        return [t.text for t in self.turns if t.role == COACH]

    def add_answer(self, text: str) -> None:
        if not self.waiting_for_coach:
            raise ValueError("the coach answered already")
        self.turns.append(Turn(COACH, text))

    def add_reply(self, text: str) -> None:
        """The professional's answer to the coach (refused when empty or far too long)."""
        text = text.strip()
        if not text:
            raise Invalid("ai_reply_empty")
        if len(text) > MAX_REPLY_CHARS:
            raise Invalid("ai_reply_too_long", limit=MAX_REPLY_CHARS)
        if self.waiting_for_coach:
            raise ValueError("the coach has the turn")
        self.turns.append(Turn(USER, text))

    def take_back_reply(self) -> str:
        """Undo the last reply (its answer failed): the text goes back to the person."""
        if not self.turns or self.turns[-1].role != USER:
            return ""
        return self.turns.pop().text

    def prompt(self, dropped: int | None = None) -> Prompt:
        """The prompt of the coach's next turn, leaving out the first ``dropped`` turns."""
        if not self.turns:
            return self.opening
        if not self.waiting_for_coach:
            raise ValueError("the person has the turn")
        skip = self.dropped if dropped is None else dropped
        kept = self.turns[skip:-1]
        history = ((USER, self.opening.user), *((t.role, t.text) for t in kept))
        return replace(self.opening, user=self.turns[-1].text, history=history)

    def fit(self, count: Callable[[Prompt], int], context: int, answer_room: int) -> Fitted:
        """The next prompt within ``context`` tokens, leaving ``answer_room`` for the answer.

        Turns are left out in pairs (an answer and the reply to it), so the roles keep
        alternating as chat templates require; the opening and the newest reply stay."""
        limit = context - answer_room
        dropped = self.dropped
        prompt = self.prompt(dropped)
        used = count(prompt)
        if used <= limit:
            return Fitted(prompt, dropped, 0)
        target = limit - int(context * SLACK)
        most = max(len(self.turns) - 2, 0)
        while dropped + 2 <= most:
            dropped += 2
            prompt = self.prompt(dropped)
            used = count(prompt)
            if used <= target:
                break
        if used > limit:
            # Even the opening and the newest reply alone leave no room for an answer.
            raise Invalid("ai_conversation_full", tokens=used, context=context)
        return Fitted(prompt, dropped, dropped - self.dropped)

    # --- saved form -----------------------------------------------------------------------

    def to_json(self) -> str:
        return json.dumps({
            "format": FORMAT, "task": self.task, "target_id": self.target_id,
            "system": self.opening.system, "opening": self.opening.user,
            "lessons": [list(lesson) for lesson in self.opening.lessons],
            "turns": [[t.role, t.text] for t in self.turns], "dropped": self.dropped,
        }, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Conversation:
        try:
            data = json.loads(text)
            opening = Prompt(system=str(data["system"]), user=str(data["opening"]),
                             lessons=tuple((int(i), str(t)) for i, t in data["lessons"]))
            turns = [Turn(str(role), str(body)) for role, body in data["turns"]]
            found = cls(str(data["task"]), int(data["target_id"]), opening, turns,
                        int(data.get("dropped", 0)))
        except (ValueError, KeyError, TypeError) as exc:
            raise Invalid("ai_saved_conversation_damaged") from exc
        if any(t.role not in (USER, COACH) for t in turns) or any(
                a.role == b.role for a, b in zip(turns, turns[1:], strict=False)) or (
                turns and turns[0].role != COACH):
            raise Invalid("ai_saved_conversation_damaged")
        return found

    def title(self, limit: int = 80) -> str:
        """A name for the list of saved conversations: the person's first reply, or the
        coach's first answer."""
        replies = [t.text for t in self.turns if t.role == USER]
        text = " ".join((replies[0] if replies else (self.answers or [""])[0]).split())
        return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
