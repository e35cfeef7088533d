"""Admin commands for the local AI coach: `ai inspect FILE.gguf` and `ai run`."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from typing import TYPE_CHECKING, Any

from app import messages
from app.access import Actor
from app.ai.prompts import TASKS
from app.commands import count, record_id
from models.errors import Conflict, DomainError, Forbidden, Invalid, NotFound

if TYPE_CHECKING:
    from app.cli import Context

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
ADMIN = Actor.machine_admin()
# Problems with what is stored or with this machine, rather than with what was typed.
_PROBLEMS = {"ai_model_too_large", "ai_prompt_too_long", "ai_not_installed",
             "ai_not_in_package", "ai_session_no_notes", "ai_prepare_no_material"}


def _fail(ctx: Context, exc: DomainError) -> int:
    print(f"regiestoel-admin: {messages.describe(exc, ctx.language)}", file=sys.stderr)
    if isinstance(exc, NotFound | Forbidden | Conflict) or exc.code in _PROBLEMS:
        return EXIT_PROBLEM
    return EXIT_USAGE


def inspect_data(path: str) -> dict[str, Any]:
    """The JSON of `ai inspect`: the file's metadata, then the fit estimate for this machine."""
    from app.ai import fit
    from app.ai.engine import EngineSettings
    from app.ai.gguf import read_gguf

    info = read_gguf(path)
    estimate = fit.estimate(info, EngineSettings().context)
    return {
        "file": str(info.path),
        "file_size": info.file_size,
        "gguf_version": info.version,
        "name": info.name,
        "architecture": info.architecture,
        "parameters": info.parameters,
        "quantisation": info.quantisation,
        "context_length": info.context_length,
        "layers": info.layers,
        "has_chat_template": info.has_chat_template,
        "fit": {
            "context": estimate.context,
            "needed_bytes": estimate.needed,
            "weights_bytes": estimate.weights,
            "kv_cache_bytes": estimate.kv_cache,
            "total_memory_bytes": estimate.total_memory,
            "available_memory_bytes": estimate.available_memory,
            "fits": estimate.fits,
            "verdict": estimate.verdict,
        },
    }


def cmd_ai_inspect(ctx: Context) -> int:
    try:
        data = inspect_data(ctx.args.file)
    except DomainError as exc:
        return _fail(ctx, exc)
    ctx.out(json.dumps(data, indent=2, ensure_ascii=False))
    return EXIT_OK


def cmd_ai_run(ctx: Context) -> int:
    from app.ai.engine import EngineSettings, LlamaEngine
    from app.ai.gguf import read_gguf
    from app.ai.tasks import lesson_prompt

    a = ctx.args
    try:
        info = read_gguf(a.model)  # a bad file is told before the database is opened
        if a.lesson is not None and a.task != "brainstorm":
            raise Invalid("ai_lesson_only_brainstorm", field="lesson")
        if a.lesson is None:
            # The administrator acts for no person: every task's material (a development
            # question, a work situation, session notes, a preparation) is someone's record.
            raise Forbidden("ai_admin_personal_records", task=a.task)
        db = ctx.db()
        prompt = lesson_prompt(db, ADMIN, a.lesson, ctx.language)
        engine = LlamaEngine(a.model, EngineSettings(), info)

        def write(piece: str) -> None:
            sys.stdout.write(piece)
            sys.stdout.flush()

        result = engine.generate(prompt, write, threading.Event(), max_tokens=a.max_tokens)
    except DomainError as exc:
        return _fail(ctx, exc)
    ctx.out("" if result.text.endswith("\n") else "\n")
    if a.task == "brainstorm":
        if prompt.lessons:
            ctx.out(messages.text("cli.ai_lessons_used", ctx.language))
            for lesson_id, title in prompt.lessons:
                ctx.out(f"{lesson_id}\t{title}")
        else:
            ctx.out(messages.text("cli.ai_no_lessons_used", ctx.language))
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    area = subparsers.add_parser("ai", help="the local AI coach: inspect a model, run a task")
    sub = area.add_subparsers(dest="ai_command", required=True, metavar="ACTION")
    inspect = sub.add_parser(
        "inspect", help="print a GGUF model's metadata and whether it fits this machine, "
        "as JSON (the model is not loaded)")
    inspect.add_argument("file", metavar="FILE.gguf")
    inspect.set_defaults(func=cmd_ai_inspect)
    run = sub.add_parser(
        "run", help="run a coaching task on the database's data and stream the answer; "
        "brainstorm then lists the lessons learned it used (ID and title, tab-separated)")
    run.add_argument("--model", required=True, metavar="FILE.gguf")
    run.add_argument("--task", required=True, choices=TASKS, metavar="TASK",
                     help="question, brainstorm, actions or prepare")
    run.add_argument("--id", type=record_id, metavar="ID",
                     help="the development question, work situation, session or person it "
                          "works on: a person's record, which the administrator may not give "
                          "the coach (refused, exit 1)")
    run.add_argument("--lesson", type=record_id, metavar="ID",
                     help="brainstorm on this lesson learned (the organisation's, no one's "
                          "record): what the administrator may give the coach")
    run.add_argument("--max-tokens", type=count, default=None, metavar="N",
                     help="at most this many tokens in the answer (default 512)")
    run.set_defaults(func=cmd_ai_run)
