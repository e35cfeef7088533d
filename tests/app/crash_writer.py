"""A writer for the crash-safety test: saves lessons through the real service until killed.

Run as ``python -m tests.app.crash_writer DATA_DIR OWNER_ID TAG [--count N]``. It prints
``ready`` once the database is open, then ``saved <id>`` (flushed) right after each
transaction has returned, i.e. the moment the app would tell the user "saved". The lesson
of the k-th ``saved`` line is titled ``<TAG> #<k>``, so the test can check what it reads.
"""

from __future__ import annotations

import argparse
import random
import sys

from app.paths import resolve_location
from app.services import lessons
from app.services.auth import actor_for
from app.storage import open_location

# Words the Dutch stemmer and the search index really work on, so each save touches the
# lesson table and the FTS5 index in one transaction.
WORDS = ("monteur", "planning", "werkplek", "klant", "bussen", "ideeën", "overdracht",
         "Özcan", "veiligheid", "leerling", "gereedschap", "afspraak")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("owner_id", type=int)
    parser.add_argument("tag")
    parser.add_argument("--count", type=int, default=0, help="stop after N saves (0: never)")
    args = parser.parse_args(argv)

    db, _status = open_location(resolve_location(args.data_dir))
    owner = actor_for(db, args.owner_id)
    rng = random.Random()
    print("ready", flush=True)
    saved = 0
    while not args.count or saved < args.count:
        # Bodies of varying size (up to a few pages), so a kill often lands mid-write.
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 800)))
        data = lessons.LessonInput(
            title=f"{args.tag} #{saved + 1}",
            context=body,
            what_worked=body[: len(body) // 2],
            tags=[rng.choice(WORDS), "crash"],
        )
        changes = lessons.add_lesson(db, owner, data)
        saved += 1
        sys.stdout.write(f"saved {changes.value}\n")
        sys.stdout.flush()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
