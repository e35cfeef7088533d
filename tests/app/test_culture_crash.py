"""A program killed while someone answers the culture scan: never a double vote, and the
copy of the files it leaves behind links no answer to anyone.

An answer is two transactions: first "this person took part", then the counts. Killed
between them, the person has taken part and their answers are lost; they cannot answer
again. Killed after the counts but before the write-ahead log was emptied, the answer is
counted and the log holds the counts' pages, but not who gave them.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.services import culture
from app.services.auth import actor_for
from models.errors import Conflict
from tests.app.test_culture_anonymity import (
    attribute,
    copy_files,
    read_state,
    states_in_copy,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no SIGKILL on Windows")

REPO = Path(__file__).resolve().parents[2]
NEXT_WEEK = date.today() + timedelta(days=7)


def answer_and_die(data_dir: Path, person_id: int, round_id: int, point: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tests.app.culture_killer", str(data_dir), str(person_id),
         str(round_id), point],
        cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr


def counted(db, round_id: int) -> int:
    """Answers in the counts of an open round (its results cannot be read yet)."""
    from app.services.culture import _merge, _respondents_in, _segments
    from models import CultureRound

    with db.read() as s:
        r = s.get(CultureRound, round_id)
        return _respondents_in(_merge(list(_segments(s, r).values())), r.keys[0])


def test_killed_between_the_two_transactions_counts_the_person_once_and_loses_the_answers(
        db, owner, add_person, data_dir: Path):
    pros = [add_person(password=None) for _ in range(3)]
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    culture.answer(db, pros[0], round_id, dict.fromkeys(culture.statement_keys(), 3))
    answer_and_die(data_dir, pros[1].person_id, round_id, "between")

    assert culture.rounds(db, owner)[0].respondents == 2  # taking part was saved
    assert counted(db, round_id) == 1  # their answers were not
    # Never a second vote: the round is no longer offered, and sending is refused.
    assert culture.my_open_rounds(db, actor_for(db, pros[1].person_id)) == []
    with pytest.raises(Conflict) as err:
        culture.answer(db, pros[1], round_id, dict.fromkeys(culture.statement_keys(), 5))
    assert err.value.code == "already_answered"
    # Everyone else carries on.
    culture.answer(db, pros[2], round_id, dict.fromkeys(culture.statement_keys(), 1))
    assert counted(db, round_id) == 2


@pytest.mark.sqlite_only  # about what the SQLite files hold after the kill
def test_killed_before_the_log_was_emptied_the_copy_still_links_nothing(
        db, owner, add_person, data_dir: Path, tmp_path: Path):
    pros = [add_person(password=None) for _ in range(3)]
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    for pro in pros[:2]:
        culture.answer(db, pro, round_id, dict.fromkeys(culture.statement_keys(), 2))
    db.dispose()  # the program that answers is the one that dies
    answer_and_die(data_dir, pros[2].person_id, round_id, "after-counts")

    main, wal = copy_files(data_dir, tmp_path / "copy")
    states = [read_state(image, tmp_path) for image in states_in_copy(main, wal)]
    # The log holds the counts' pages of the last answer, but the person was added (and the
    # log emptied) before: no state adds a person together with their answers.
    assert len(states) == 2
    assert states[0][0] == states[1][0] == {p.person_id for p in pros}
    assert attribute(states) == {}
    assert counted(db, round_id) == 3


@pytest.mark.sqlite_only  # about SQLite's write-ahead log
def test_a_reader_that_keeps_the_log_from_emptying_stops_the_answer_before_anything_is_saved(
        db, owner, add_person, data_dir: Path, monkeypatch):
    """Another program reading the file (the log cannot be emptied meanwhile): rather than
    leave "took part" and the counts side by side in the log, nothing is stored and the
    person is told the database is busy; once the reader is done, answering works."""
    import sqlite3

    from app.services import culture_answers
    from models.errors import StorageError

    monkeypatch.setattr(culture_answers, "WAL_ATTEMPTS", 1)  # one wait of the busy timeout
    pro = add_person(password=None)
    round_id = culture.open_round(db, owner, NEXT_WEEK).value
    reader = sqlite3.connect(data_dir / "regiestoel.sqlite3", isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM culture_round").fetchone()
        with pytest.raises(StorageError) as err:
            culture.answer(db, pro, round_id, dict.fromkeys(culture.statement_keys(), 4))
        assert err.value.code == "database_busy"
    finally:
        reader.close()
    assert culture.rounds(db, owner)[0].respondents == 0 and counted(db, round_id) == 0
    culture.answer(db, pro, round_id, dict.fromkeys(culture.statement_keys(), 4))
    assert counted(db, round_id) == 1
