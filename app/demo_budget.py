"""The demo organisation's formal learning: requests in every state and a few budgets."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from app.services.budget import CARRY_SETTING
from models import BudgetYear, LearningHours, LearningRequest, OrgSetting, Person, PersonBudget
from models.base import utcnow

# asker, kind, title, provider, cost (cents), hours, status, decided by, days from today
REQUESTS = [
    ("kevin", "training", "Storingsdiagnose warmtepompen", "Installatie Academie", 89_500, 16,
     "completed", "henk", -60),
    ("daan", "course", "Veilig werken op hoogte (VCA-aanvulling)", "Veiligheidscentrum Oost",
     42_500, 8, "planned", "henk", 20),
    ("esra", "elearning", "Excel voor planners", "LeerOnline", 14_900, 10, "approved",
     "sandra", 10),
    ("lisa", "coaching", "Drie gesprekken over lastige klantgesprekken", "Coachpraktijk Rust",
     60_000, 3, "requested", None, 30),
    ("ricardo", "conference", "Zonnedag 2026", "Stichting Zon", 35_000, 8, "declined",
     "henk", 15),
    ("mohamed", "theory", "Boek: Klantreis in kaart", "Boekhandel", 3_995, 6, "cancelled",
     "youssef", 5),
    ("anouk", "course", "Calculeren met bouwkosten", "Bouwkennis", 120_000, 24, "requested",
     None, 40),
]

REASONS = {
    "kevin": "Past bij mijn ontwikkelvraag: zelfstandig storingen vinden.",
    "daan": "Nodig om zonnepanelen veilig op platte daken te leggen.",
    "esra": "Sneller plannen en minder fouten in de weekplanning.",
    "lisa": "Ik wil rustiger blijven bij boze klanten.",
    "ricardo": "Nieuwe ontwikkelingen in zonne-energie leren kennen.",
    "mohamed": "Ideeën voor de app waarmee klanten zelf plannen.",
    "anouk": "Offertes nauwkeuriger maken.",
}


# Individual budgets in earlier years (years back, person, cents) and what was spent of
# them; with the collective agreement's three years, the rest carries over: Kevin's and
# Anouk's from last year until three years on, and € 200 of Anouk's from three years ago
# expires at the end of this year unless she uses it.
EARLIER_BUDGETS = [(3, "anouk", 100_000), (1, "anouk", 100_000), (1, "kevin", 150_000)]
EARLIER_SPENT = [(3, "anouk", "Offertes schrijven die verkopen", 80_000),
                 (1, "kevin", "Basiscursus warmtepompen", 95_000)]
CARRY_YEARS = 3


def create_budget(s: Session, by_key: dict[str, Person], today: date | None = None) -> None:
    today = today or date.today()
    s.add(BudgetYear(year=today.year, amount_cents=3_750_000))
    s.add(PersonBudget(person_id=by_key["kevin"].id, year=today.year, amount_cents=150_000))
    s.add(PersonBudget(person_id=by_key["anouk"].id, year=today.year, amount_cents=100_000))
    s.add(OrgSetting(key=CARRY_SETTING, value=str(CARRY_YEARS)))
    for back, key, cents in EARLIER_BUDGETS:
        s.add(PersonBudget(person_id=by_key[key].id, year=today.year - back, amount_cents=cents))
    for back, key, title, cents in EARLIER_SPENT:
        day = date(today.year - back, 3, 12)
        s.add(LearningRequest(
            person_id=by_key[key].id, kind="course", title=title, provider="Bouwkennis",
            cost_cents=cents, actual_cost_cents=cents, minutes=16 * 60, start_date=day,
            end_date=day + timedelta(days=1), budget_year=day.year, reason=REASONS[key],
            status="completed", decided_by=by_key["henk" if key == "kevin" else "sandra"].id,
            learned="Direct bruikbaar in het werk.", completed_at=utcnow() - timedelta(
                days=(today - day).days)))
    for key, kind, title, provider, cost, hours, status, decider, offset in REQUESTS:
        start = today + timedelta(days=offset)
        request = LearningRequest(
            person_id=by_key[key].id, kind=kind, title=title, provider=provider,
            cost_cents=cost, minutes=hours * 60, in_working_time=kind != "theory",
            start_date=start, end_date=start + timedelta(days=1 if hours > 8 else 0),
            budget_year=start.year, reason=REASONS[key], status=status,
        )
        if decider:
            request.decided_by = by_key[decider].id
            request.decided_at = utcnow() - timedelta(days=7)
            if status == "declined":
                request.decision_reason = ("Dit jaar gaat het budget naar veiligheid; "
                                           "volgend jaar opnieuw bekijken.")
        if status == "completed":
            request.actual_cost_cents = cost
            request.learned = ("Een vaste volgorde bij het zoeken: eerst de foutcode, dan de "
                               "sensoren, dan pas de besturing.")
            request.applied_note = "Gebruikt in de stappenkaart van de leergroep."
            request.completed_at = utcnow() - timedelta(days=55)
        s.add(request)
        s.flush()
        if status == "completed":
            s.add(LearningHours(person_id=by_key[key].id, day=request.end_date or start,
                                minutes=hours * 60, in_working_time=True,
                                source="intervention", source_id=request.id))
