"""Answers a culture scan round and kills itself at a fixed point (for the crash tests).

Run as ``python -m tests.app.culture_killer DATA_DIR PERSON_ID ROUND_ID POINT``; the database
is the data folder's, or REGIESTOEL_DATABASE_URL's. POINT is where the process dies:
``between`` the participation and the counts transactions, or ``after-counts``, when the
counts are committed but the write-ahead log not yet emptied.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from app.paths import resolve_location
from app.services import culture, culture_answers
from app.services.auth import actor_for
from app.storage import open_location


def die(*_args: Any, **_kwargs: Any) -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def main(argv: list[str]) -> int:
    folder, person_id, round_id, point = argv[0], int(argv[1]), int(argv[2]), argv[3]
    db, _status = open_location(resolve_location(folder))
    if point == "between":
        culture_answers._add_to_counts = die  # type: ignore[assignment]
    elif point == "after-counts":
        culture_answers._forget_older_versions = die  # type: ignore[assignment]
    else:
        raise SystemExit(f"unknown point {point}")
    answers = dict.fromkeys(culture.statement_keys(), 5)
    culture.answer(db, actor_for(db, person_id), round_id, answers)
    print("not killed", flush=True)
    return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
