"""The demo organisation's learning: questions, situations, groups, cycles, lessons, actions.

Dates are relative to today, so the demo always shows a cycle in progress this week.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.access import Actor
from app.planning import WorkCalendar
from app.services.lessons import LessonInput, add_lessons_in
from models import (
    Action,
    Attendance,
    ClosingDay,
    Cycle,
    DevelopmentQuestion,
    GroupInvitation,
    GuidingAnswer,
    LearningGroup,
    LearningHours,
    Person,
    Room,
    SituationCloseRequest,
    SituationNote,
    WorkSituation,
)
from models import Session as SessionModel
from models.base import utcnow

NINE = time(9, 0)

QUESTIONS = {
    "kevin": ("Hoe word ik zelfstandig in het zoeken naar storingen aan warmtepompen?", True,
              {"aim": "Over een half jaar los ik de meeste storingen aan warmtepompen zelf op, "
                      "zonder Gerrit te bellen.",
               "current": "Ik bel nu bij bijna elke storing een collega. Ik weet niet goed "
                          "waar ik moet beginnen met zoeken.",
               "obstacles": "Ik durf niet goed te vragen hoe anderen het aanpakken.",
               "next_step": "Bij de volgende storing schrijf ik eerst mijn stappen op voordat "
                            "ik bel."}),
    "esra": ("Hoe maak ik een weekplanning die ook op vrijdag nog klopt?", False,
             {"aim": "Minder spoedklussen die de planning omgooien.",
              "current": "Op woensdag is de planning meestal al achterhaald."}),
    "lisa": ("Hoe blijf ik rustig en vriendelijk bij boze klanten aan de telefoon?", True, {}),
    "daan": ("Hoe leer ik zonnepanelen veilig op een plat dak te leggen?", False, {}),
}

SITUATIONS = [
    # key, owner, title, description, kind, aim, status, group
    ("storing", "kevin", "Storingen aan warmtepompen kosten te veel tijd",
     "Bij een storing aan een warmtepomp zijn we gemiddeld twee uur bezig, vaak omdat we "
     "niet weten waar we moeten beginnen.", "bottleneck", "improve", "experimenting",
     "storingen"),
    ("planning", "esra", "De weekplanning houdt geen stand",
     "Spoedklussen gooien de planning elke week om. Monteurs rijden daardoor heen en weer.",
     "bottleneck", "improve", "analysed", "planning"),
    ("terugbellen", "lisa", "Klanten wachten te lang op een terugbelverzoek",
     "Terugbelverzoeken komen op briefjes terecht en raken kwijt.", "bottleneck", "improve",
     "improved", "klant"),
    ("app", "mohamed", "Een app waarmee klanten zelf een afspraak plannen",
     "Kunnen klanten zelf een onderhoudsbeurt inplannen, zodat wij minder hoeven te bellen?",
     "challenge", "innovate", "registered", "klant"),
    ("dak", "daan", "Veilig werken op platte daken", "Ik wil zekerder worden bij het leggen "
     "van zonnepanelen op platte daken.", "challenge", "perform", "registered", None),
    ("offerte", "anouk", "Offertes sneller de deur uit",
     "Een offerte duurt nu gemiddeld acht werkdagen.", "bottleneck", "improve", "innovated",
     "planning"),
]

NOTES = {
    "storing": [("question", "Welke storingen komen het vaakst voor?", "tom"),
                ("question", "Wat doet Gerrit als eerste als hij bij een storing komt?", "kevin"),
                ("question", "Welke informatie hebben we vooraf van de klant?", "ahmet"),
                ("option", "Een stappenkaart per type warmtepomp in de bus", "gerrit"),
                ("option", "De klant vooraf een foto van het display laten sturen", "tom")],
    "planning": [("question", "Hoeveel spoedklussen komen er per week binnen?", "niels"),
                 ("question", "Wie bepaalt of iets echt spoed is?", "esra"),
                 ("option", "Elke dag twee uur vrijhouden voor spoed", "fenna")],
    "terugbellen": [("question", "Waar komen terugbelverzoeken nu terecht?", "sophie"),
                    ("option", "Eén gedeelde lijst met een vaste terugbeltijd", "lisa")],
}

EXPERIMENTS = {
    "storing": ("Deze week nemen Kevin en Tom de stappenkaart mee naar elke storing.",
                "Storingen zijn binnen een uur opgelost en we hoeven minder te bellen."),
    "terugbellen": ("Een gedeelde terugbellijst, met terugbellen tussen 11 en 12 uur.",
                    "Iedere klant is binnen een werkdag teruggebeld."),
    "offerte": ("Standaardteksten en een rekenblad voor de meest gevraagde offertes.",
                "Een standaardofferte is binnen twee werkdagen verstuurd."),
}

LESSONS = [
    ("terugbellen", "lisa", "Een vaste terugbeltijd werkt beter dan losse briefjes",
     "Terugbelverzoeken raakten kwijt en klanten belden boos terug.",
     "Eén gedeelde lijst, en elke dag tussen 11 en 12 uur terugbellen. Klanten weten nu waar "
     "ze aan toe zijn.", "De lijst bijhouden lukte in drukke weken niet altijd.",
     "Spreek af wie de lijst overneemt bij ziekte of vakantie.", ["klantcontact", "telefoon"]),
    ("offerte", "anouk", "Standaardteksten halveren de tijd voor een offerte",
     "Offertes duurden acht werkdagen, vooral door het telkens opnieuw schrijven.",
     "Een rekenblad met vaste prijzen en standaardteksten per type klus.",
     "Bijzondere klussen passen niet in de standaard.",
     "Houd de standaardteksten één keer per kwartaal samen bij.",
     ["offertes", "werkvoorbereiding"]),
    (None, "gerrit", "Eerst de klant laten vertellen wat er gebeurde",
     "Bij storingen begonnen monteurs meteen te meten.",
     "Vijf minuten vragen stellen aan de klant scheelt vaak een uur zoeken.",
     "Sommige klanten weten het echt niet meer.", "Vraag ook naar foto's van het display.",
     ["storingen", "klantcontact"]),
    (None, "piet", "Gasregels uitleggen met een tekening",
     "Nieuwe monteurs vonden de regels voor gasleidingen abstract.",
     "Een tekening op de achterkant van de werkbon maakt het concreet.",
     "Een lange uitleg in de kantine werkte niet.", "Maak er een vaste kaart van.",
     ["veiligheid", "inwerken"]),
    (None, "wilma", "Klachten sneller afhandelen door meteen terug te bellen",
     "Klachten kwamen per e-mail binnen en bleven dagen liggen.",
     "Binnen een uur bellen neemt vaak de boosheid weg.",
     "Beloven wat je niet zeker weet, maakt het erger.", "Bel terug, en beloof alleen wat kan.",
     ["klachten", "klantcontact"]),
    (None, "jeroen", "Tekeningen samen lezen voorkomt fouten op de bouwplaats",
     "Monteurs misten details op installatietekeningen.",
     "Een kwartier samen de tekening doorlopen voor de eerste werkdag.",
     "Een tekening alleen mailen werkte niet.", "Plan het kwartier in bij de werkvoorbereiding.",
     ["tekeningen", "werkvoorbereiding"]),
    (None, "bram", "Ideeën van jonge collega's over warmtepompen serieus nemen",
     "Nieuwe collega's kennen vaak de nieuwste apps van fabrikanten.",
     "Een korte demonstratie in de ochtendstart leverde twee handige apps op.",
     "Niet iedereen wilde een app op de eigen telefoon.",
     "Regel een telefoon van de zaak voor wie dat wil.", ["warmtepompen", "ideeën"]),
    (None, "sandra", "Werkplekken in de bus vast indelen",
     "Monteurs zochten vaak naar gereedschap en onderdelen.",
     "Een vaste indeling per bus met een foto op de deur.",
     "Bij gedeelde bussen raakte de indeling snel kwijt.",
     "Geef elke bus een vaste eigenaar.", ["werkplek", "monteurs"]),
]

GROUPS = [
    ("storingen", "Storingen sneller oplossen",
     "Samen leren hoe we storingen aan warmtepompen sneller vinden.",
     ["kevin", "tom", "ahmet", "bram"], "gerrit"),
    ("planning", "Een planning die klopt", "De weekplanning robuuster maken.",
     ["esra", "niels", "fenna", "anouk", "lars"], "jeroen"),
    ("klant", "Klant aan de lijn", "Klanten sneller en vriendelijker helpen.",
     ["lisa", "mohamed", "sophie", "ingrid"], "wilma"),
]

# Asked to join, by whom, and the answer so far (None: not answered yet).
INVITATIONS = [
    ("storingen", "daan", "kevin", None),
    ("planning", "ruben", "esra", "declined"),
]

ACTIONS = [
    ("kevin", "Stappenkaart warmtepomp type A uitproberen bij de volgende storing", 2),
    ("tom", "Foto's van displays verzamelen in de groepsmap", 4),
    ("esra", "Spoedklussen van vorige maand tellen", -3),
    ("mohamed", "Drie klanten vragen of ze zelf online zouden plannen", 10),
]


def _working_days_around(calendar: WorkCalendar, today: date) -> list[date]:
    """Two working days before today and two from today: a cycle in progress this week."""
    before: list[date] = []
    d = today - timedelta(days=1)
    while len(before) < 2:
        if calendar.is_working_day(d):
            before.insert(0, d)
        d -= timedelta(days=1)
    after: list[date] = []
    d = today
    while len(after) < 2:
        if calendar.is_working_day(d):
            after.append(d)
        d += timedelta(days=1)
    return before + after


def _four_from(calendar: WorkCalendar, first: date) -> list[date]:
    days: list[date] = []
    d = first
    while len(days) < 4:
        if calendar.is_working_day(d):
            days.append(d)
        d += timedelta(days=1)
    return days


def _cycle(s: Session, group: LearningGroup, room: Room, days: list[date], done_days: int,
           people: list[Person], notes: list[str]) -> Cycle:
    cycle = Cycle(group_id=group.id, room_id=room.id, start_time=NINE, uid=str(uuid.uuid4()),
                  created_by=people[0].id)
    for n, day in enumerate(days, start=1):
        session = SessionModel(day_number=n, day=day, start_time=NINE, minutes=60)
        if n <= done_days:
            session.status = "done"
            moment = datetime.combine(day, NINE).astimezone()
            session.started_at, session.ended_at = moment, moment + timedelta(hours=1)
            session.started_on = "vergaderkamer-laptop"
            session.notes = notes[(n - 1) % len(notes)]
            session.summary = notes[(n - 1) % len(notes)].split(".")[0] + "."
            for i, p in enumerate(people):
                present = not (n == 2 and i == len(people) - 1)  # someone missed one day
                session.attendance.append(Attendance(
                    person_id=p.id, present=present, energy=3 + (i + n) % 3 if present else None,
                    meaning=4 if present and i % 2 else (3 if present else None)))
        cycle.sessions.append(session)
    s.add(cycle)
    s.flush()
    for session in cycle.sessions:
        for a in session.attendance:
            if a.present:
                s.add(LearningHours(person_id=a.person_id, day=session.day, minutes=60,
                                    in_working_time=True, source="session",
                                    source_id=session.id))
    return cycle


def _move_second_day(cycle: Cycle, calendar: WorkCalendar) -> None:
    """Someone is on a course that day: day 2 moves to the working day after day 4, and
    the calendar events whose day changed get a higher SEQUENCE."""
    second, *later = cycle.sessions[1:]
    day = later[-1].day + timedelta(days=1)
    while not calendar.is_working_day(day):
        day += timedelta(days=1)
    second.planned_day, second.planned_start = second.day, second.start_time
    second.day, second.start_time = day, time(13, 0)
    for session in (second, *later):
        session.sequence = 1


def create_learning(s: Session, by_key: dict[str, Person], today: date | None = None) -> None:
    """Add the learning loop to the demo organisation (inside the demo's transaction)."""
    today = today or date.today()
    admin = Actor.machine_admin()
    rooms = [Room(name="Vergaderkamer boven"), Room(name="Kantine"), Room(name="Werkplaats")]
    s.add_all(rooms)
    # The organisation closes on the Friday after Ascension Day (a common bridge day).
    calendar0 = WorkCalendar()
    for year in (today.year, today.year + 1):
        ascension = next(d for d in (date(year, 4, 30) + timedelta(days=i) for i in range(45))
                         if calendar0.reason_closed(d) and "Ascension" in
                         (calendar0.reason_closed(d) or ""))
        s.add(ClosingDay(day=ascension + timedelta(days=1), description="Brugdag"))
    s.flush()
    calendar = WorkCalendar(closing_days=list(s.scalars(select(ClosingDay.day))))

    questions: dict[str, DevelopmentQuestion] = {}
    for key, (text, shared, answers) in QUESTIONS.items():
        q = DevelopmentQuestion(person_id=by_key[key].id, text=text, shared_with_manager=shared)
        q.answers = [GuidingAnswer(key=k, text=v) for k, v in answers.items()]
        s.add(q)
        questions[key] = q

    groups: dict[str, LearningGroup] = {}
    for key, name, purpose, members, guide in GROUPS:
        g = LearningGroup(name=name, purpose=purpose, created_by=by_key[members[0]].id,
                          guide_id=by_key[guide].id)
        g.members = [by_key[m] for m in members]
        s.add(g)
        groups[key] = g
    s.flush()

    situations: dict[str, WorkSituation] = {}
    for key, owner, title, description, kind, aim, status, group in SITUATIONS:
        w = WorkSituation(title=title, description=description, kind=kind, aim=aim,
                          status=status, owner_id=by_key[owner].id,
                          group_id=groups[group].id if group else None,
                          development_question_id=questions[owner].id
                          if owner in questions else None)
        if key in EXPERIMENTS:
            w.experiment, w.expected_result = EXPERIMENTS[key]
        if status in {"improved", "innovated"}:
            w.outcome = "Het experiment werkte; we houden het vast."
            w.finished_at = utcnow() - timedelta(days=30)
        w.notes = [SituationNote(kind=k, text=t, author_id=by_key[a].id)
                   for k, t, a in NOTES.get(key, [])]
        s.add(w)
        situations[key] = w
    s.flush()

    inputs, authors = [], []
    for situation_key, author, title, context, worked, did_not, next_time, tags in LESSONS:
        inputs.append(LessonInput(
            title=title, context=context, what_worked=worked, what_did_not=did_not,
            next_time=next_time, tags=tags,
            situation_id=situations[situation_key].id if situation_key else None))
        authors.append(author)
    lessons = add_lessons_in(s, admin, inputs)
    for lesson, author in zip(lessons, authors, strict=True):
        lesson.author_id = by_key[author].id

    notes = ["We hebben eerst alleen vragen gesteld. Daardoor zagen we dat de meeste "
             "storingen bij hetzelfde type voorkomen.",
             "Gerrit liet zien hoe hij begint. Kevin en Tom maken een stappenkaart.",
             "De stappenkaart scheelde bij twee storingen een half uur.",
             "We schrijven de les op en houden de stappenkaart vast."]
    storingen = groups["storingen"]
    people = [*storingen.members, by_key["gerrit"]]
    # Finished: a cycle two months ago; in progress: this week; planned: in three weeks.
    past_start = today - timedelta(days=63)
    while not calendar.is_working_day(past_start):
        past_start += timedelta(days=1)
    _cycle(s, groups["klant"], rooms[1], _four_from(calendar, past_start), 4,
           [*groups["klant"].members, by_key["wilma"]], notes)
    now_cycle = _cycle(s, storingen, rooms[0], _working_days_around(calendar, today), 2,
                       people, notes)
    future = today + timedelta(days=21)
    while not calendar.is_working_day(future):
        future += timedelta(days=1)
    planning_cycle = _cycle(s, groups["planning"], rooms[0], _four_from(calendar, future), 0,
                            [*groups["planning"].members], notes)

    _move_second_day(planning_cycle, calendar)
    for group, person, by, answer in INVITATIONS:
        s.add(GroupInvitation(group_id=groups[group].id, person_id=by_key[person].id,
                              invited_by=by_key[by].id, status=answer or "open",
                              answered_at=utcnow() if answer else None))
    # Tom thinks the fault-finding card works; only Kevin, whose situation it is, finishes it.
    s.add(SituationCloseRequest(
        situation_id=situations["storing"].id, requested_by=by_key["tom"].id,
        result="improved", note="Met de stappenkaart waren de laatste drie storingen binnen "
                              "het uur opgelost."))

    first_session = now_cycle.sessions[0]
    for owner, title, due_in in ACTIONS:
        s.add(Action(title=title, owner_id=by_key[owner].id,
                     due=today + timedelta(days=due_in), created_by=by_key[owner].id,
                     session_id=first_session.id if owner in ("kevin", "tom") else None))
