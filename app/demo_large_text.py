"""Texts for the large demo organisation: Dutch names, lessons, situations and notes, made up
from small word lists with a seeded random generator (so every run gives the same data)."""

from __future__ import annotations

import random

FIRST_NAMES = (
    "Anna", "Bas", "Carla", "Dirk", "Emma", "Frank", "Greet", "Hans", "Iris", "Jan", "Karin",
    "Luuk", "Maaike", "Noor", "Olaf", "Petra", "Quinten", "Rosa", "Stijn", "Tamara", "Ugur",
    "Vera", "Wouter", "Yara", "Zeynep", "Ahmed", "Bert", "Chantal", "Dennis", "Eline", "Fatima",
    "Gijs", "Hanna", "Ilse", "Joost", "Kim", "Lotte", "Mark", "Nadia", "Otto", "Pim", "Ria",
    "Sem", "Thijs", "Ümit", "Vincent", "Willem", "Xander", "Yusuf", "Zoë",
)
LAST_NAMES = (
    "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
    "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
    "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
    "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen",
    "van den Broek", "de Bruijn", "de Bruin", "van der Heijden", "Schouten", "van Beek",
    "Willems", "van Vliet", "Yılmaz", "El Idrissi", "Şahin", "Nguyen", "Kaya",
)
TEAMS = (
    "Monteurs Noord", "Monteurs Zuid", "Monteurs Oost", "Monteurs West", "Service en storingen",
    "Zonne-energie", "Warmtepompen", "Projecten", "Werkvoorbereiding", "Calculatie",
    "Inkoop en magazijn", "Planning", "Klantcontact", "Administratie", "Opleiding en kwaliteit",
)
EXPERTISE = (
    "Warmtepompen", "Cv-ketels", "Zonnepanelen", "Regelgeving gas", "Veiligheid", "Planning",
    "Calculatie", "Klantgesprekken", "Inwerken", "Storingen zoeken", "Tekeningen lezen", "Excel",
)
SUBJECTS = (
    "de werkplek", "de planning", "de monteurs", "de storing", "de warmtepomp", "de cv-ketel",
    "het zonnepaneel", "de klant", "de afspraken", "de offerte", "de werkbon", "de bestelling",
    "het onderdeel", "de leverancier", "de overdracht", "de checklist", "de route", "de bus",
    "de inspectie", "het gesprek", "de stagiair", "de wachttijd", "het materiaal", "de meting",
    "de garantie", "de klacht", "de oplevering", "de tekeningen", "het magazijn",
)
VERBS = (
    "plannen", "controleren", "bespreken", "vastleggen", "voorbereiden", "uitproberen",
    "verbeteren", "nalopen", "overdragen", "bestellen", "meten", "uitleggen", "afstemmen",
)
PLACES = (
    "bij de klant thuis", "op de zaak", "in de bus", "in het magazijn", "op de bouwplaats",
    "in het werkoverleg", "aan de telefoon", "op maandagochtend", "in de leergroep",
    "bij de oplevering",
)
OUTCOMES = (
    "Dat scheelde veel tijd.", "Iedereen wist beter wat er moest gebeuren.",
    "De klant was tevredener.", "We hoefden minder vaak terug te komen.",
    "Het gaf rust in het team.", "Nieuwe collega's werkten sneller zelfstandig.",
    "Het kostte in het begin wat moeite.", "Er bleef minder liggen aan het eind van de week.",
)
TAGS = (
    "planning", "veiligheid", "klantcontact", "warmtepompen", "cv-ketels", "zonnepanelen",
    "inwerken", "storingen", "samenwerken", "materiaal", "communicatie", "regelgeving",
)
COURSES = (
    ("training", "Storingsdiagnose warmtepompen", "Installatie Academie", 89_500, 16),
    ("course", "Veilig werken op hoogte", "Veiligheidscentrum Oost", 42_500, 8),
    ("elearning", "Excel voor planners", "LeerOnline", 14_900, 10),
    ("coaching", "Lastige klantgesprekken", "Coachpraktijk Rust", 60_000, 3),
    ("conference", "Vakdag installatietechniek", "Stichting Vakdag", 35_000, 8),
    ("theory", "Boek: Slim plannen", "Boekhandel", 3_995, 6),
    ("course", "Calculeren met bouwkosten", "Bouwkennis", 120_000, 24),
    ("training", "Gasregels voor monteurs", "Gasacademie", 55_000, 12),
    ("elearning", "Basis zonnestroom", "LeerOnline", 19_500, 8),
)


def person_name(index: int) -> str:
    """A unique, plausible name for person ``index`` (0-based)."""
    first = FIRST_NAMES[index % len(FIRST_NAMES)]
    last = LAST_NAMES[(index // len(FIRST_NAMES) + index * 7) % len(LAST_NAMES)]
    return f"{first} {last}"


def sentence(rng: random.Random) -> str:
    noun, other = rng.choice(SUBJECTS), rng.choice(SUBJECTS)
    pattern = rng.randrange(4)
    if pattern == 0:
        text = f"{noun} {rng.choice(VERBS)} {rng.choice(PLACES)} werkte beter dan {other}"
    elif pattern == 1:
        text = f"we gingen {noun} {rng.choice(PLACES)} samen {rng.choice(VERBS)}"
    elif pattern == 2:
        text = f"bij {noun} vergaten we vaak {other} te {rng.choice(VERBS)}"
    else:
        text = f"{rng.choice(PLACES)} bleek {noun} het knelpunt, niet {other}"
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, sentences: int) -> str:
    parts = [sentence(rng) for _ in range(sentences)]
    if rng.random() < 0.5:
        parts.append(rng.choice(OUTCOMES))
    return " ".join(parts)


def title(rng: random.Random) -> str:
    text = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(PLACES)}"
    return text[0].upper() + text[1:]


def tags(rng: random.Random) -> str:
    return ", ".join(rng.sample(TAGS, rng.randint(1, 3)))
