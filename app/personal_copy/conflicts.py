"""Conflicts: operations made offline on a record that changed on the server meanwhile.

Replay keeps both versions side by side (``copy_conflict``): mine, from the operation's own
arguments, and theirs, read from the server's record as it is now, field by field under the
same names. The person keeps mine (the operation goes again, against the server's current
version), theirs (the operation is dropped) or a merge (mine with the merged values); the
next sync sends what they chose. Nothing waits forever: only operations on the same record
wait behind a conflict, and only until it is resolved.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.personal_copy import codec
from app.personal_copy.identity import copy_conflict, copy_outbox
from app.personal_copy.outbox import writing
from models.errors import Invalid, NotFound

if TYPE_CHECKING:
    from app.personal_copy.opening import OpenCopy

KEEP = ("mine", "theirs", "merged")


@dataclass(frozen=True)
class Conflict:
    id: int
    op_id: str
    operation: str  # e.g. "development.save_question"
    title: str  # what it is about, e.g. the question's first words
    fields: tuple[str, ...]  # field names that differ
    mine: dict[str, str]
    theirs: dict[str, str]  # field -> value, for side by side
    # My later changes to the same record, kept in the outbox until this is chosen (they
    # are sent right after it, on top of what was kept).
    waiting: int = 0


def _text(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def mine(arguments: Mapping[str, Any]) -> dict[str, str]:
    """The operation's own values, by field: ``text``, ``data.title``, ``fields.aim`` (ids
    and versions are not what a person compares)."""
    out: dict[str, str] = {}
    for key, value in arguments.items():
        if key.startswith("expected_") or key.endswith("_id"):
            continue
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                inner = getattr(value, f.name)
                if not f.name.endswith("_id") and isinstance(inner, (str, bool, int, enum.Enum)):
                    out[f"{key}.{f.name}"] = _text(inner)
        elif isinstance(value, Mapping):
            for k, v in value.items():
                if isinstance(k, str) and isinstance(v, (str, bool, int, enum.Enum)):
                    out[f"{key}.{k}"] = _text(v)
        elif isinstance(value, (str, bool, enum.Enum)):
            out[key] = _text(value)
    return out


# --- theirs: the server's record, under the operation's field names --------------------------

Theirs = tuple[str, dict[str, str], dict[str, int | None]]  # title, fields, versions


def _first_words(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _get(s: Session, model: Any, args: Mapping[str, Any], key: str) -> Any:
    value = args.get(key)
    return s.get(model, value) if isinstance(value, int) else None


def _question(s: Session, args: Mapping[str, Any], person_id: int) -> Theirs:
    from app.services.development import _current

    q = _current(s, person_id)
    if q is None:
        return "", {}, {"expected_version": None}
    answers: dict[str, str] = {}
    for a in q.answers:
        answers[a.key] = a.text
    fields = {"text": q.text, "shared_with_manager": _text(q.shared_with_manager)}
    fields |= {f"answers.{k}": v for k, v in answers.items()}
    if "key" in args:  # save_answer: one answer, under its own name
        fields["text"] = answers.get(str(args["key"]), "")
        fields["key"] = str(args["key"])
    return _first_words(q.text), fields, {"expected_version": q.version_id}


def _situation(s: Session, args: Mapping[str, Any], _person_id: int) -> Theirs:
    from models import WorkSituation

    w = _get(s, WorkSituation, args, "situation_id")
    if w is None:
        return "", {}, {}
    fields = {"data.title": w.title, "data.description": w.description,
              "data.kind": w.kind, "data.aim": w.aim, "experiment": w.experiment or "",
              "expected_result": w.expected_result or "", "outcome": w.outcome or "",
              "result": w.status, "status": w.status}
    return w.title, fields, {"expected_version": w.version_id}


def _preparation(s: Session, args: Mapping[str, Any], _person_id: int) -> Theirs:
    from models import Conversation, Preparation

    c = _get(s, Conversation, args, "conversation_id")
    if c is None:
        return "", {}, {}
    side = _text(args.get("side"))
    prep = s.scalar(select(Preparation).where(Preparation.conversation_id == c.id,
                                              Preparation.side == side))
    content = json.loads(prep.content) if prep is not None and prep.content else {}
    fields = {f"fields.{k}": _text(v) for k, v in content.items()}
    versions = {"expected_version": prep.version_id if prep is not None else None,
                "expected_record_version": c.version_id}
    return f"{c.year}-{c.half}", fields, versions


def _request(s: Session, args: Mapping[str, Any], _person_id: int) -> Theirs:
    from models import LearningRequest

    r = _get(s, LearningRequest, args, "request_id")
    if r is None:
        return "", {}, {}
    fields = {f"data.{c}": _text(getattr(r, c)) for c in (
        "kind", "title", "provider", "link", "cost_cents", "minutes", "in_working_time",
        "reason") if hasattr(r, c)}
    fields["status"] = _text(r.status)
    return r.title, fields, {"expected_version": r.version_id}


def _lesson(s: Session, args: Mapping[str, Any], _person_id: int) -> Theirs:
    from models import Lesson

    lesson = _get(s, Lesson, args, "lesson_id")
    if lesson is None:
        return "", {}, {}
    fields = {f"data.{c}": _text(getattr(lesson, c)) for c in (
        "title", "context", "what_worked", "what_did_not", "next_time")}
    return lesson.title, fields, {"expected_version": lesson.version_id}


def _action(s: Session, args: Mapping[str, Any], _person_id: int) -> Theirs:
    from models import Action

    action = _get(s, Action, args, "action_id")
    if action is None:
        return "", {}, {}
    return action.title, {"status": action.status}, {"expected_version": action.version_id}


READERS: dict[str, Callable[[Session, Mapping[str, Any], int], Theirs]] = {
    "development": _question, "situations": _situation, "conversations": _preparation,
    "learning_requests": _request, "lessons": _lesson, "actions": _action,
}


def theirs(s: Session, operation: str, arguments: Mapping[str, Any], person_id: int
           ) -> Theirs:
    reader = READERS.get(operation.partition(".")[0])
    if reader is None:
        return "", {}, {}
    return reader(s, arguments, person_id)


def conflict_row(s: Session, operation: str, arguments: Mapping[str, Any], person_id: int
                 ) -> dict[str, Any]:
    """What the server says about a stale operation: the title, theirs (only the fields
    mine has) and the versions to go again against."""
    own = mine(arguments)
    title, their_fields, versions = theirs(s, operation, arguments, person_id)
    return {"title": title or operation,
            "theirs": {k: their_fields.get(k, "") for k in own},
            "versions": versions}


# --- the person's side -----------------------------------------------------------------------


def pending(copy: OpenCopy) -> list[Conflict]:
    with copy.db.read() as s:
        rows = s.execute(select(copy_conflict).order_by(copy_conflict.c.id)).mappings().all()
        ops = s.execute(select(copy_outbox.c.op_id, copy_outbox.c.record, copy_outbox.c.seq,
                               copy_outbox.c.state)).all()
    at = {op_id: (record, seq) for op_id, record, seq, _state in ops}
    found = []
    for r in rows:
        own, their = json.loads(r["mine"]), json.loads(r["theirs"])
        differ = tuple(k for k in own if own[k] != their.get(k, ""))
        record, seq = at.get(r["op_id"], (None, 0))
        waiting = sum(1 for _op, rec, later, state in ops
                      if record is not None and rec == record and later > seq
                      and state == "pending")
        found.append(Conflict(id=r["id"], op_id=r["op_id"], operation=r["operation"],
                              title=r["title"], fields=differ, mine=own, theirs=their,
                              waiting=waiting))
    return found


def resolve(copy: OpenCopy, conflict_id: int, keep: str,
            merged: dict[str, str] | None = None) -> None:
    """Keep ``mine`` (the operation goes again, against the server's current version),
    ``theirs`` (it is dropped) or ``merged`` (mine with the merged values); the next sync
    sends what is kept."""
    if keep not in KEEP:
        raise Invalid("conflict_keep_unknown", field="keep")
    with writing(copy.db) as conn:
        row = conn.execute(select(copy_conflict).where(copy_conflict.c.id == conflict_id)
                           ).mappings().first()
        if row is None:
            raise NotFound("conflict_not_found")
        conn.execute(delete(copy_conflict).where(copy_conflict.c.id == conflict_id))
        op = copy_outbox.c.op_id == row["op_id"]
        if keep == "theirs":
            conn.execute(delete(copy_outbox).where(op))
            return
        args = conn.execute(select(copy_outbox.c.args).where(op)).scalar_one()
        arguments = codec.decode(json.loads(args))
        for key, version in json.loads(row["versions"]).items():
            if key in arguments:
                arguments[key] = version
        if keep == "merged":
            for path, value in (merged or {}).items():
                _set(arguments, path, value)
        # A new attempt, under a new id: the server remembers the old one as a conflict.
        # Operations made after the pull that showed theirs expect theirs' versions: after
        # this one is applied they get the server's new ones (replay's chain).
        theirs_versions = json.loads(row["versions"])
        conn.execute(update(copy_outbox).where(op).values(
            after=json.dumps(theirs_versions, sort_keys=True),
            op_id=str(uuid.uuid4()),
            args=json.dumps(codec.encode(arguments), ensure_ascii=False, sort_keys=True),
            versions=json.dumps({k: v for k, v in arguments.items()
                                 if k.startswith("expected_")}, sort_keys=True),
            state="pending", outcome="{}"))


def _typed(old: Any, value: str) -> Any:
    """A merged value as the operation's own type (a text field stays text)."""
    if isinstance(old, bool):
        return value.strip().lower() in ("true", "1", "ja", "yes")
    if isinstance(old, enum.Enum):
        return type(old)(value)
    if isinstance(old, int):
        return int(value)
    return value


def _set(arguments: dict[str, Any], path: str, value: str) -> None:
    key, _, inner = path.partition(".")
    if key not in arguments:
        raise Invalid("conflict_keep_unknown", field=path)
    current = arguments[key]
    if not inner:
        arguments[key] = _typed(current, value)
    elif dataclasses.is_dataclass(current) and not isinstance(current, type):
        arguments[key] = dataclasses.replace(
            current, **{inner: _typed(getattr(current, inner), value)})
    elif isinstance(current, Mapping):
        arguments[key] = {**current, inner: _typed(current.get(inner, ""), value)}
    else:
        raise Invalid("conflict_keep_unknown", field=path)


# --- what the server refused ---------------------------------------------------------------


@dataclass(frozen=True)
class Refusal:
    op_id: str
    operation: str
    code: str  # a message code: why the server did not take it (in the person's words)
    params: dict[str, str]
    mine: dict[str, str]


def refused(copy: OpenCopy) -> list[Refusal]:
    """Operations the server refused at the last syncs, until the person has seen them."""
    with copy.db.read() as s:
        rows = s.execute(select(copy_outbox).where(copy_outbox.c.state == "refused")
                         .order_by(copy_outbox.c.seq)).mappings().all()
    found = []
    for r in rows:
        outcome = json.loads(r["outcome"] or "{}")
        found.append(Refusal(op_id=r["op_id"], operation=r["operation"],
                             code=outcome.get("code", "sync_operation_unknown"),
                             params=outcome.get("params", {}),
                             mine=mine(codec.decode(json.loads(r["args"])))))
    return found


def dismiss(copy: OpenCopy, op_id: str) -> None:
    """The person has read why: the refused operation goes."""
    with writing(copy.db) as conn:
        conn.execute(delete(copy_outbox).where(copy_outbox.c.op_id == op_id,
                                               copy_outbox.c.state == "refused"))
