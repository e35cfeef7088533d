"""An organisation with a question, a situation, lessons, a session with notes and a
conversation: the material of the four coaching tasks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from app.access import Actor
from tests import fresh
from tests.group_helpers import form_group


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


def make_coach_data(db, owner, add_person) -> CoachData:
    from app.services import conversations, development, lessons, sessions, situations
    from app.services.lessons import LessonInput
    from app.services.sessions import SessionRecord
    from models import Cycle, Role, Session

    manager = add_person("Mira", roles={Role.MANAGER})
    pro = add_person("Anna", manager_id=manager.person_id)
    other = add_person("Bert")
    fresh.save_question(db, pro, "Hoe plan ik de ovens zo dat er minder brood "
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
    group_id = form_group(db, pro, [pro, other], "Bakkers")
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
