"""A realistic demo organisation: an installation company of 25 people in three teams."""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import func, select

from app.access import Actor
from app.db import Database
from app.demo_budget import create_budget
from app.demo_conversations import create_conversations
from app.demo_culture import create_culture
from app.demo_learning import create_learning
from app.passwords import hash_password, new_recovery_code
from app.services import audit
from models import Account, ExpertiseTag, Organisation, Person, PersonRole, Role, Team
from models.errors import Conflict

DEFAULT_DEMO_PASSWORD = "regiestoel-demo"
ENV_PASSWORD = "REGIESTOEL_PASSWORD"

OWN, MAN, PRO, GUI = Role.OWNER, Role.MANAGER, Role.PROFESSIONAL, Role.GUIDE


@dataclass(frozen=True)
class DemoPerson:
    name: str
    email: str
    roles: tuple[Role, ...]
    team: str | None
    manager: str | None
    birth_year: int | None
    expertise: tuple[str, ...] = ()


TEAMS = ("Monteurs", "Werkvoorbereiding", "Kantoor en klantcontact")

PEOPLE: tuple[DemoPerson, ...] = (
    DemoPerson("Marieke van Dijk", "marieke", (OWN, MAN), None, None, 1971, ("Bedrijfsvoering",)),
    DemoPerson("Henk Bosman", "henk", (MAN, PRO), "Monteurs", "marieke", 1966,
               ("Warmtepompen", "Veiligheid")),
    DemoPerson("Sandra de Wit", "sandra", (MAN, PRO), "Werkvoorbereiding", "marieke", 1979,
               ("Planning",)),
    DemoPerson("Youssef El Amrani", "youssef", (MAN, PRO), "Kantoor en klantcontact", "marieke",
               1985, ("Klantgesprekken",)),
    DemoPerson("Gerrit Jansen", "gerrit", (PRO, GUI), "Monteurs", "henk", 1962,
               ("Cv-ketels", "Storingen zoeken", "Inwerken")),
    DemoPerson("Kevin Mulder", "kevin", (PRO,), "Monteurs", "henk", 1998),
    DemoPerson("Daan Visser", "daan", (PRO,), "Monteurs", "henk", 2001),
    DemoPerson("Ricardo Martins", "ricardo", (PRO,), "Monteurs", "henk", 1990, ("Zonnepanelen",)),
    DemoPerson("Piet Smit", "piet", (PRO, GUI), "Monteurs", "henk", 1964, ("Regelgeving gas",)),
    DemoPerson("Lars de Boer", "lars", (PRO,), "Monteurs", "henk", 1995),
    DemoPerson("Bram Meijer", "bram", (PRO,), "Monteurs", "henk", 1987, ("Warmtepompen",)),
    DemoPerson("Tom Kok", "tom", (PRO,), "Monteurs", "henk", 2000),
    DemoPerson("Anouk Vermeulen", "anouk", (PRO,), "Werkvoorbereiding", "sandra", 1992,
               ("Calculatie",)),
    DemoPerson("Jeroen de Groot", "jeroen", (PRO, GUI), "Werkvoorbereiding", "sandra", 1969,
               ("Tekeningen lezen", "Calculatie")),
    DemoPerson("Esra Kaya", "esra", (PRO,), "Werkvoorbereiding", "sandra", 1996, ("Excel",)),
    DemoPerson("Niels Hendriks", "niels", (PRO,), "Werkvoorbereiding", "sandra", 1983),
    DemoPerson("Fenna Dekker", "fenna", (PRO,), "Werkvoorbereiding", "sandra", 1999),
    DemoPerson("Wilma Brouwer", "wilma", (PRO, GUI), "Kantoor en klantcontact", "youssef", 1965,
               ("Klachtafhandeling", "Facturatie")),
    DemoPerson("Lisa van Leeuwen", "lisa", (PRO,), "Kantoor en klantcontact", "youssef", 1997),
    DemoPerson("Mohamed Bakker", "mohamed", (PRO,), "Kantoor en klantcontact", "youssef", 1989,
               ("Social media",)),
    DemoPerson("Ingrid Peters", "ingrid", (PRO,), "Kantoor en klantcontact", "youssef", 1974),
    DemoPerson("Sophie Willems", "sophie", (PRO,), "Kantoor en klantcontact", "youssef", 2002),
    DemoPerson("Ahmet Özdemir", "ahmet", (PRO,), "Monteurs", "henk", 1993),
    DemoPerson("Joke van den Berg", "joke", (PRO,), "Kantoor en klantcontact", "youssef", 1968,
               ("Administratie",)),
    DemoPerson("Ruben Schouten", "ruben", (PRO,), "Werkvoorbereiding", "sandra", 1994),
)

ORG_NAME = "Installatiebedrijf Van Dijk"
DOMAIN = "vandijk-installatie.nl"


def demo_password() -> str:
    return os.environ.get(ENV_PASSWORD) or DEFAULT_DEMO_PASSWORD


def create_demo(db: Database, password: str | None = None) -> int:
    """Fill an empty database with the demo organisation; returns the number of people."""
    password_hash = hash_password(password or demo_password())
    with db.transaction() as s:
        if s.scalar(select(func.count()).select_from(Organisation)):
            raise Conflict("demo_folder_not_empty")
        s.add(
            Organisation(
                name=ORG_NAME,
                yearly_budget_cents=3_750_000,
                hours_norm=48,
                default_language="nl",
                recovery_code_hash=hash_password(new_recovery_code()),
            )
        )
        teams = {name: Team(name=name) for name in TEAMS}
        s.add_all(teams.values())
        by_key: dict[str, Person] = {}
        for d in PEOPLE:
            key = d.email
            person = Person(name=d.name, email=f"{key}@{DOMAIN}", birth_year=d.birth_year)
            person.role_rows = [PersonRole(role=r.value) for r in d.roles]
            person.expertise_rows = [ExpertiseTag(tag=t) for t in d.expertise]
            if d.team:
                person.teams = [teams[d.team]]
            s.add(person)
            by_key[key] = person
        s.flush()
        for d in PEOPLE:
            if d.manager:
                by_key[d.email].manager_id = by_key[d.manager].id
            # One hash for all demo accounts: they share the documented password anyway.
            s.add(Account(person_id=by_key[d.email].id, password_hash=password_hash))
        create_learning(s, by_key)
        create_budget(s, by_key)
        create_culture(s, by_key)
        audit.record(s, Actor.machine_admin(), "demo_created", None, people=len(PEOPLE))
    # Conversations go through their services, each in its own transaction.
    create_conversations(db, password or demo_password())
    return len(PEOPLE)
