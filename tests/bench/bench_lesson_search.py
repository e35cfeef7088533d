"""Benchmark: search latency over 10,000 Dutch lessons learned (not a test; run by hand).

    .venv/bin/python bench/bench_lesson_search.py [--lessons 10000] [--rounds 3]

Builds a temporary SQLite database through the normal migrations and the lesson service
(``add_lessons_in``: the same validation and indexing as the app, in batches of 1,000 per
transaction), then times ~50 different searches after a warm-up: the whole service call
(index, loading the lessons, highlighting) and the index query alone. Prints a table and
merges its results into ``bench-results.json`` in the repository root.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.results import RESULTS_FILE, entry, merge_results  # noqa: E402

TARGET_MEDIAN_MS = 50.0
BATCH = 1000

# --- realistic Dutch lessons ----------------------------------------------------------------

SUBJECTS = [
    ("de werkplek", "werkplekken"), ("de planning", "planningen"), ("de monteur", "monteurs"),
    ("de storing", "storingen"), ("de warmtepomp", "warmtepompen"), ("de cv-ketel", "cv-ketels"),
    ("het zonnepaneel", "zonnepanelen"), ("de klant", "klanten"), ("de afspraak", "afspraken"),
    ("de offerte", "offertes"), ("de werkbon", "werkbonnen"), ("de bestelling", "bestellingen"),
    ("het onderdeel", "onderdelen"), ("de leverancier", "leveranciers"),
    ("de collega", "collega's"), ("het idee", "ideeën"), ("de vergadering", "vergaderingen"),
    ("de overdracht", "overdrachten"), ("de checklist", "checklists"), ("de route", "routes"),
    ("de bus", "bussen"), ("de klus", "klussen"), ("de inspectie", "inspecties"),
    ("het gesprek", "gesprekken"), ("de stagiair", "stagiairs"), ("de wachttijd", "wachttijden"),
    ("het materiaal", "materialen"), ("de tekening", "tekeningen"), ("de meting", "metingen"),
    ("de garantie", "garanties"), ("de klacht", "klachten"), ("de oplevering", "opleveringen"),
]
VERBS = [
    "plannen", "controleren", "bespreken", "vastleggen", "voorbereiden", "uitproberen",
    "verbeteren", "bellen", "nalopen", "overdragen", "bestellen", "meten", "opruimen",
    "uitleggen", "afstemmen", "testen",
]
PLACES = [
    "bij de klant thuis", "op de zaak", "in de bus", "in het magazijn", "op de bouwplaats",
    "in het werkoverleg", "aan de telefoon", "op maandagochtend", "na de lunch",
    "in de leergroep", "bij de oplevering", "in de planning voor volgende week",
]
FEELINGS = [
    "Dat scheelde veel tijd.", "Iedereen wist beter wat er moest gebeuren.",
    "De klant was duidelijk tevredener.", "We hoefden minder vaak terug te komen.",
    "Het gaf rust in het team.", "Nieuwe collega's konden sneller zelfstandig werken.",
    "Er bleef minder liggen aan het eind van de week.", "Het kostte in het begin wat moeite.",
]
TAGS = [
    "Planning", "Veiligheid", "Klantcontact", "Warmtepompen", "Cv-ketels", "Zonnepanelen",
    "Inwerken", "Storingen zoeken", "Samenwerken", "Materiaal", "Communicatie", "Regelgeving gas",
]
FILLER = [
    "we", "merkten", "dat", "het", "vaak", "anders", "liep", "dan", "gedacht", "omdat", "niet",
    "iedereen", "dezelfde", "informatie", "had", "en", "er", "weinig", "tijd", "was", "om",
    "even", "samen", "stil", "te", "staan", "bij", "wat", "er", "echt", "gebeurde",
]


def _sentence(rng: random.Random) -> str:
    singular, plural = rng.choice(SUBJECTS)
    other = rng.choice(SUBJECTS)[rng.randrange(2)]
    noun = singular if rng.random() < 0.5 else plural
    pattern = rng.randrange(5)
    if pattern == 0:
        text = f"{noun} {rng.choice(VERBS)} {rng.choice(PLACES)} werkte beter dan {other}"
    elif pattern == 1:
        text = f"we gingen {noun} {rng.choice(PLACES)} samen {rng.choice(VERBS)}"
    elif pattern == 2:
        text = f"bij {noun} vergaten we vaak {other} te {rng.choice(VERBS)}"
    elif pattern == 3:
        text = " ".join(rng.sample(FILLER, rng.randint(8, 16))) + f" rond {noun}"
    else:
        text = f"{rng.choice(PLACES)} bleek {noun} het knelpunt, niet {other}"
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: random.Random, low: int, high: int) -> str:
    words: list[str] = []
    while len(words) < rng.randint(low, high):
        words.extend(_sentence(rng).split())
        if rng.random() < 0.3:
            words.extend(rng.choice(FEELINGS).split())
    return " ".join(words)


def make_lesson(rng: random.Random) -> Any:
    from app.services.lessons import LessonInput

    singular, plural = rng.choice(SUBJECTS)
    title = f"{rng.choice([singular, plural])} {rng.choice(VERBS)} {rng.choice(PLACES)}"
    return LessonInput(
        title=title[0].upper() + title[1:],
        context=_paragraph(rng, 40, 120),
        what_worked=_paragraph(rng, 20, 60),
        what_did_not=_paragraph(rng, 10, 40),
        next_time=_paragraph(rng, 10, 30),
        tags=rng.sample(TAGS, rng.randint(1, 3)),
    )


QUERIES = [
    # single words, singular and plural, as typed in a search box
    "werkplek", "werkplekken", "planning", "plannen", "monteur", "monteurs", "storing",
    "storingen", "warmtepomp", "zonnepanelen", "klant", "klanten", "afspraken", "offerte",
    "werkbon", "leveranciers", "ideeen", "ideeën", "vergadering", "checklist", "route",
    "bussen", "klus", "inspectie", "gesprekken", "stagiair", "wachttijd", "materiaal",
    "garantie", "klachten", "oplevering",
    # two or three words (all must match)
    "werkplek planning", "monteur klant", "storing warmtepomp", "afspraak bellen",
    "offerte leverancier controleren", "checklist oplevering", "bus magazijn",
    # half-typed last words
    "wer", "pla", "mon", "stor", "klant afs", "warmtep", "zonnep",
    # capitals, accents, tags, operators and misses
    "CV-KETEL", "Regelgeving gas", "veiligheid", '"planning" OR -klant', "NEAR(route",
    "zzzonbekend",
]


# --- measuring -------------------------------------------------------------------------------


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def _time(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000.0


def run(lesson_count: int, rounds: int, results_file: Path | None) -> list[dict[str, Any]]:
    from app.lesson_search import index_for
    from app.paths import resolve_location
    from app.services import lessons, people
    from app.services.auth import actor_for
    from app.services.organisation import OrganisationSetup, set_up
    from app.storage import open_location
    from models import Role

    with tempfile.TemporaryDirectory(prefix="regiestoel-bench-") as tmp:
        os.environ["REGIESTOEL_CONFIG_DIR"] = str(Path(tmp) / "config")
        db, _ = open_location(resolve_location(Path(tmp) / "data"))
        try:
            setup = set_up(db, OrganisationSetup(
                name="Installatiebedrijf Bench", yearly_budget_cents=0, hours_norm=40,
                language="nl", owner_name="Olga Eigenaar", owner_email="olga@bench.nl",
                owner_password="bench-wachtwoord-123",
            ))
            owner = actor_for(db, setup.owner_id)
            authors = [owner]
            for n in range(1, 13):
                data = people.PersonInput(name=f"Collega {n}", email=f"collega{n}@bench.nl",
                                          roles={Role.PROFESSIONAL})
                authors.append(actor_for(db, people.add_person(db, owner, data).value))

            rng = random.Random(20261127)
            started = time.perf_counter()
            for first in range(0, lesson_count, BATCH):
                batch = [make_lesson(rng) for _ in range(min(BATCH, lesson_count - first))]
                with db.transaction() as s:
                    lessons.add_lessons_in(s, authors[(first // BATCH) % len(authors)], batch)
            build_s = time.perf_counter() - started

            index = index_for(db)

            def index_only(query: str) -> None:
                with db.read() as s:
                    index.search(s, query, 50)

            hits = {q: len(lessons.search_lessons(db, owner, q)) for q in QUERIES}  # warm-up
            for q in QUERIES:
                index_only(q)
            service_ms: list[float] = []
            index_ms: list[float] = []
            for _ in range(rounds):
                for q in QUERIES:
                    service_ms.append(_time(partial(lessons.search_lessons, db, owner, q)))
                    index_ms.append(_time(partial(index_only, q)))
            per_query = {
                q: statistics.median(service_ms[i::len(QUERIES)]) for i, q in enumerate(QUERIES)
            }
        finally:
            db.dispose()

    median = statistics.median(service_ms)
    p95 = _percentile(service_ms, 0.95)
    entries: list[dict[str, Any]] = [
        entry("lesson_search_median_ms", median, "ms", TARGET_MEDIAN_MS),
        entry("lesson_search_p95_ms", p95, "ms", None),
        entry("lesson_search_index_only_median_ms", statistics.median(index_ms), "ms", None),
        entry("lesson_search_index_only_p95_ms", _percentile(index_ms, 0.95), "ms", None),
        entry(f"lesson_search_build_{lesson_count}_lessons_s", build_s, "s", None),
    ]
    slowest = sorted(per_query.items(), key=lambda kv: -kv[1])[:5]
    _print_table(lesson_count, len(QUERIES), rounds, entries, slowest, hits)
    if results_file is not None:
        merge_results(entries, results_file)
        print(f"\nresults merged into {results_file}")
    return entries


def _print_table(
    lesson_count: int,
    query_count: int,
    rounds: int,
    entries: list[dict[str, Any]],
    slowest: list[tuple[str, float]],
    hits: dict[str, int],
) -> None:
    print(f"lesson search: {lesson_count:,} lessons, {query_count} queries x {rounds} rounds")
    print(f"{'measure':<42} {'value':>10} {'unit':<4} {'target':>8}  met")
    for e in entries:
        target = "" if e["target"] is None else f"<= {e['target']:g}"
        met = "" if e["met"] is None else ("yes" if e["met"] else "NO")
        print(f"{e['name']:<42} {e['value']:>10.3f} {e['unit']:<4} {target:>8}  {met}")
    print("\nslowest queries (median ms, hits):")
    for q, ms in slowest:
        print(f"  {q!r:<36} {ms:8.3f}  {hits[q]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lessons", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="do not touch bench-results.json")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    entries = run(args.lessons, args.rounds, None if args.no_write else RESULTS_FILE)
    return 0 if all(e["met"] is not False for e in entries) else 1


if __name__ == "__main__":
    raise SystemExit(main())
