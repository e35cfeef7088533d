"""Attacks on the culture scan's anonymity: a copy of the files, and SQL on the server.

The promise: with two or more respondents, one copy of the SQLite file and its write-ahead
log taken while the program is open, or anything a PostgreSQL login can select (system
columns included), links no answer to a person or to an order of answering. Each test here
plays the attacker; the strongest ones compare two worlds in which different people gave
the answers, in a different order, and require that what the attacker sees is the same.
"""

from __future__ import annotations

import shutil
import sqlite3
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.db import Database
from app.services import culture, culture_answers, people
from app.services.auth import actor_for
from models.culture import unpack_counts, unpack_people
from tests import postgres
from tests.conftest import OWNER_PASSWORD, PASSWORD

NEXT_WEEK = date.today() + timedelta(days=7)
KEYS = culture.statement_keys()


def pattern(seed: int) -> dict[str, int]:
    """Thirty answers that differ from person to person."""
    return {key: (seed * 7 + i * (seed + 3)) % 6 for i, key in enumerate(KEYS)}


@dataclass(frozen=True)
class Scan:
    """A small organisation with two teams and a scan round open for both."""

    round_id: int
    team_a: list[int]
    team_b: list[int]
    owner: object


def make_scan(db: Database, owner, add_person) -> Scan:
    a = people.add_team(db, owner, "Bakkers").value
    b = people.add_team(db, owner, "Verkopers").value
    team_a = [add_person(team_ids=[a], password=None).person_id for _ in range(3)]
    team_b = [add_person(team_ids=[b], password=None).person_id for _ in range(3)]
    round_id = culture.open_round(db, owner, NEXT_WEEK, [a, b]).value
    return Scan(round_id, team_a, team_b, owner)


def answer_all(db: Database, scan: Scan, order: list[int], given: dict[int, dict[str, int]]
               ) -> None:
    for person_id in order:
        culture.answer(db, actor_for(db, person_id), scan.round_id, given[person_id])


def permuted(scan: Scan) -> tuple[dict[int, dict[str, int]], dict[int, dict[str, int]]]:
    """Two worlds' answers: the same answers per team, given by other people of that team."""
    a1, a2, a3 = scan.team_a
    b1, b2, b3 = scan.team_b
    first = {a1: pattern(1), a2: pattern(2), a3: pattern(3),
             b1: pattern(4), b2: pattern(5), b3: pattern(6)}
    second = {a1: pattern(3), a2: pattern(1), a3: pattern(2),
              b1: pattern(6), b2: pattern(4), b3: pattern(5)}
    return first, second


# --- SQLite: a copy of the database file and its write-ahead log ---------------------------


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{folder / 'regiestoel.sqlite3'}"


def copy_files(folder: Path, to: Path) -> tuple[bytes, bytes]:
    """What someone copying the data folder gets: the file and its WAL (maybe absent)."""
    to.mkdir()
    main = (folder / "regiestoel.sqlite3").read_bytes()
    wal_path = folder / "regiestoel.sqlite3-wal"
    wal = wal_path.read_bytes() if wal_path.exists() else b""
    (to / "regiestoel.sqlite3").write_bytes(main)
    (to / "regiestoel.sqlite3-wal").write_bytes(wal)
    return main, wal


def copies_of_worlds(data_dir: Path, tmp_path: Path,
                     worlds: dict[str, Callable[[Database], None]]) -> dict[str, tuple]:
    """Play each world on its own copy of the database in ``data_dir``, and copy its files
    while the program still has them open."""
    copies = {}
    for name, play_in in worlds.items():
        folder = tmp_path / name
        folder.mkdir()
        shutil.copy(data_dir / "regiestoel.sqlite3", folder / "regiestoel.sqlite3")
        world = Database(sqlite_url(folder))
        try:
            play_in(world)
            copies[name] = copy_files(folder, tmp_path / f"{name}-copy")
        finally:
            world.dispose()
    return copies


def states_in_copy(main: bytes, wal: bytes) -> list[bytes]:
    """Every committed state an attacker can rebuild: the file, then the file with the
    WAL's frames applied up to each commit (valid frames only, as SQLite would)."""
    states = [main]
    if len(wal) < 32:
        return states
    page_size = struct.unpack(">I", wal[8:12])[0]
    salts = wal[16:24]
    pages: dict[int, bytes] = {}
    offset = 32
    while offset + 24 + page_size <= len(wal):
        number, commit_size = struct.unpack(">II", wal[offset:offset + 8])
        if wal[offset + 8:offset + 16] != salts:
            break
        pages[number] = wal[offset + 24:offset + 24 + page_size]
        offset += 24 + page_size
        if commit_size:
            image = bytearray(main[:commit_size * page_size].ljust(commit_size * page_size,
                                                                    b"\0"))
            for n, data in pages.items():
                if n <= commit_size:
                    image[(n - 1) * page_size:n * page_size] = data
            states.append(bytes(image))
    return states


def read_state(image: bytes, folder: Path) -> tuple[set[int], dict[tuple, int]]:
    """Who took part and the counts, as a state of the file shows them."""
    path = folder / "state.sqlite3"
    path.write_bytes(image)
    con = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_schema")}
        if "culture_tally" not in tables:  # a state from before the scan existed
            return set(), {}
        who = {pid for (block,) in con.execute("SELECT people FROM culture_participation")
               for pid in unpack_people(block)}
        layouts = {rid: layout.split(",") for rid, layout in con.execute(
            "SELECT id, layout FROM culture_round")}
        counts = {}
        for rid, part, team, block in con.execute(
                "SELECT round_id, part, team_id, counts FROM culture_tally"):
            keys = layouts[rid] if part == "scan" else ["followup"]
            for (key, answer), n in unpack_counts(keys, block).items():
                counts[(part, team, key, answer)] = n
    finally:
        con.close()
        path.unlink()
    return who, counts


def attribute(states: list[tuple[set[int], dict[tuple, int]]]) -> dict[int, dict[str, int]]:
    """The attack: a state that adds one person, and the change of the counts in the same
    or the next commit, give that person's answers."""
    found: dict[int, dict[str, int]] = {}
    for i in range(1, len(states)):
        before_who, before = states[i - 1]
        who, _counts = states[i]
        added = who - before_who
        if len(added) != 1:
            continue
        for j in (i, i + 1):
            if j >= len(states):
                break
            delta = {cell: n - before.get(cell, 0) for cell, n in states[j][1].items()
                     if n != before.get(cell, 0)}
            if sorted(delta.values()) == [1] * len(KEYS):
                found[added.pop()] = {key: answer for (*_where, key, answer) in delta}
                break
    return found


@pytest.mark.sqlite_only
def test_a_copy_taken_while_the_program_is_open_gives_back_nobodys_answers(
        db, owner, add_person, data_dir: Path, tmp_path: Path):
    """Finding 2: the file plus its WAL, copied after three people answered."""
    scan = make_scan(db, owner, add_person)
    three = scan.team_a
    given = {pid: pattern(i) for i, pid in enumerate(three)}
    answer_all(db, scan, three, given)
    main, wal = copy_files(data_dir, tmp_path / "copy")  # the program is still open
    states = [read_state(image, tmp_path) for image in states_in_copy(main, wal)]
    assert attribute(states) == {}
    # Nothing of an older count is left either: the copy holds one state, the current one.
    assert len(states) == 1


@pytest.mark.sqlite_only
def test_two_copies_are_identical_whoever_gave_which_answer_in_whatever_order(
        db, owner, add_person, data_dir: Path, tmp_path: Path):
    """The strongest form of the promise for SQLite: rebuild the same organisation twice,
    let different people give the answers in a different order, copy the files while the
    program is open, and compare byte for byte. Identical copies cannot tell anyone who
    answered what or when: not through row order, row ids, cell positions in a page, free
    pages or the write-ahead log."""
    scan = make_scan(db, owner, add_person)
    db.dispose()
    first, second = permuted(scan)
    a1, a2, a3 = scan.team_a
    b1, b2, b3 = scan.team_b
    copies = copies_of_worlds(data_dir, tmp_path, {
        "first": lambda world: answer_all(world, scan, [a1, a2, a3, b1, b2, b3], first),
        "second": lambda world: answer_all(world, scan, [b3, a2, b1, a1, b2, a3], second)})
    assert copies["first"][1] == copies["second"][1], "the write-ahead logs differ"
    assert copies["first"][0] == copies["second"][0], "the database files differ"


@pytest.mark.sqlite_only
def test_the_follow_up_question_leaves_identical_copies_too(
        db, owner, add_person, data_dir: Path, tmp_path: Path):
    """The one question a month after the round is stored the same way as the scan."""
    from models import CultureRound

    scan = make_scan(db, owner, add_person)
    everyone = scan.team_a + scan.team_b
    answer_all(db, scan, everyone, {pid: pattern(i) for i, pid in enumerate(everyone)})
    culture.close_round(db, owner, scan.round_id)
    culture.choose_focus(db, owner, scan.round_id, ["feedback"])
    culture.add_culture_action(db, owner, scan.round_id, "feedback", "Feedbackrondje",
                               everyone[0], NEXT_WEEK)
    with db.transaction() as s:  # a month later
        r = s.get(CultureRound, scan.round_id)
        r.followup_opens_at = datetime.now(UTC) - timedelta(days=1)
        r.followup_closes_at = datetime.now(UTC) + timedelta(days=13)
    db.dispose()
    def answer_followups(world: Database, values: tuple[int, ...], order: list[int]) -> None:
        given = dict(zip(everyone, values, strict=True))
        for person_id in order:
            culture.answer_followup(world, actor_for(world, person_id), scan.round_id,
                                    given[person_id])

    copies = copies_of_worlds(data_dir, tmp_path, {
        "first": lambda world: answer_followups(world, (1, 2, 3, 4, 5, 0), everyone),
        "second": lambda world: answer_followups(world, (0, 5, 4, 3, 2, 1),
                                                 list(reversed(everyone)))})
    assert copies["first"] == copies["second"]


# --- PostgreSQL: everything a database login can select --------------------------------------

FIXED_LOGIN = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)


def base_world(template: postgres.Template) -> tuple[str, Scan]:
    """A database with the organisation, six people who can log in and an open round."""
    from app.services.organisation import OrganisationSetup, set_up

    url = template.copy()
    db = Database(url)
    try:
        owner_id = set_up(db, OrganisationSetup(
            name="Bakkerij", yearly_budget_cents=0, hours_norm=40, language="nl",
            owner_name="Olga", owner_email="olga@bakkerij.nl",
            owner_password=OWNER_PASSWORD)).owner_id
        owner = actor_for(db, owner_id)

        def add_person(team_ids: list[int], password: str | None) -> object:
            n = len(people.list_people(db, owner))
            changes = people.add_person(db, owner, people.PersonInput(
                name=f"Medewerker {n}", email=f"m{n}@bakkerij.nl", team_ids=team_ids),
                initial_password=PASSWORD)
            return actor_for(db, changes.value)

        scan = make_scan(db, owner, add_person)
    finally:
        db.dispose()
    return url, scan


def copy_of(template: postgres.Template, url: str) -> str:
    from sqlalchemy.engine import make_url

    return postgres.Template(template.server, str(make_url(url).database)).copy()


def observe(url: str) -> dict[str, list[tuple[int, int, int, int, str]]]:
    """Every row of every table with its system columns (xmin, xmax, cmin: the command in
    its transaction), in the order of its ``ctid``.

    Transaction ids by rank: two databases on one server never get the same ones. A
    ``ctid`` by its place in that order: its offset also counts the dead row versions a
    vacuum had to keep because some transaction elsewhere on the server might still need
    them, which depends on what others do at that moment, not on who answered."""
    from sqlalchemy import create_engine, text

    from app.db import engine_url

    engine = create_engine(engine_url(url))
    try:
        with engine.connect() as conn:
            tables = conn.execute(text(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
            )).scalars().all()
            raw = {t: conn.execute(text(
                f'SELECT ctid::text, xmin::text::bigint, xmax::text::bigint, '
                f'cmin::text::int, to_jsonb(x)::text FROM "{t}" x ORDER BY ctid')).all()
                for t in tables}
    finally:
        engine.dispose()
    xids = sorted({v for rows in raw.values() for r in rows for v in (r[1], r[2]) if v})
    rank = {x: i + 1 for i, x in enumerate(xids)}
    return {t: [(place, rank.get(xmin, 0), rank.get(xmax, 0), command, data)
                for place, (_ctid, xmin, xmax, command, data) in enumerate(rows)]
            for t, rows in raw.items()}


def play(url: str, scan: Scan, order: list[int], given: dict[int, dict[str, int]],
         *, log_in: bool) -> None:
    from app.services.auth import authenticate

    world = Database(url)
    try:
        for person_id in order:
            if log_in:  # what a person does on the shared laptop right before answering
                authenticate(world, person_id, PASSWORD, clock=lambda: FIXED_LOGIN)
            culture.answer(world, actor_for(world, person_id), scan.round_id,
                           given[person_id])
    finally:
        world.dispose()


@pytest.mark.postgresql_only
@pytest.mark.parametrize("log_in", [True, False], ids=["after-each-login", "no-logins"])
def test_no_system_column_tells_who_gave_which_answer_or_when(postgres_template, log_in):
    """Finding 2 on PostgreSQL: xmin, xmax and ctid of every row in every table (the
    accounts written at each login included) are the same whoever gave which answer. With
    logins the people answer in the same order in both worlds (the account rows then
    record who logged in when, which is not about the scan); without, in another order."""
    base, scan = base_world(postgres_template)
    first, second = permuted(scan)
    a1, a2, a3 = scan.team_a
    b1, b2, b3 = scan.team_b
    order = [a1, a2, a3, b1, b2, b3]
    other_order = order if log_in else [b3, a2, b1, a1, b2, a3]
    urls = [copy_of(postgres_template, base), copy_of(postgres_template, base)]
    try:
        play(urls[0], scan, order, first, log_in=log_in)
        play(urls[1], scan, other_order, second, log_in=log_in)
        seen_first, seen_second = observe(urls[0]), observe(urls[1])
        for table in seen_first:
            differ = [(x[:4], y[:4], x[4] == y[4])
                      for x, y in zip(seen_first[table], seen_second[table], strict=True)
                      if x != y]
            assert differ == [], table
    finally:
        for url in [*urls, base]:
            postgres_template.drop_copy(url)


def row_versions(conn, table: str) -> int:
    """Tuples in the table's pages, dead ones included (what pageinspect shows a superuser)."""
    from sqlalchemy import text

    blocks = conn.execute(text(
        f"SELECT pg_relation_size('{table}') / current_setting('block_size')::int")).scalar()
    return sum(conn.execute(text(
        f"SELECT count(*) FROM heap_page_items(get_raw_page('{table}', {b})) "
        "WHERE t_data IS NOT NULL")).scalar() for b in range(blocks))


def only_live_rows_remain(engine, world: Database) -> bool:
    """True once the pages hold nothing but the current rows. A vacuum must keep a dead
    version while any transaction on the server (in any database) might still see it, so
    on a busy server this can take a moment: each answer and each close vacuums again."""
    from sqlalchemy import text

    tables = ("culture_tally", "culture_participation")
    deadline = time.monotonic() + 20
    while True:
        with engine.connect() as conn:
            live = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables}
            if {t: row_versions(conn, t) for t in tables} == live:
                return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.5)
        culture_answers._forget_older_versions(world)


@pytest.mark.postgresql_only
def test_no_older_row_version_of_a_count_stays_in_the_tables(postgres_template):
    """Dead tuples are invisible to plain SQL, but a superuser's pageinspect reads them:
    after the answers and after the round's close only the current rows are in the pages
    (once no transaction on the server still needs the older ones)."""
    from sqlalchemy import create_engine, text

    from app.db import engine_url

    url, scan = base_world(postgres_template)
    given = {pid: pattern(i) for i, pid in enumerate(scan.team_a + scan.team_b)}
    engine = create_engine(engine_url(url), isolation_level="AUTOCOMMIT")
    world = Database(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pageinspect"))
        for person_id in scan.team_a + scan.team_b:
            culture.answer(world, actor_for(world, person_id), scan.round_id, given[person_id])
        assert only_live_rows_remain(engine, world)
        culture.close_round(world, scan.owner, scan.round_id)
        assert only_live_rows_remain(engine, world)
    finally:
        world.dispose()
        engine.dispose()
        postgres_template.drop_copy(url)
