"""The server's change counters: how many statements changed each table a copy reads.

On PostgreSQL every table that ``selection`` reads carries a statement-level trigger that
appends one row to ``rs_change`` (the table, a number from ``rs_change_seq``), inserts,
updates, deletes and truncates alike. A table's counter is the number of its committed
change statements. A pull compares the counters with those the copy stored at its last pull
and re-selects only the tables whose rows, or the rows their visibility depends on, may
have changed (``selection.affected_by``). No clock anywhere, the laptop's nor the server's.

Why a row per statement and not one row per table updated in place: an update would lock
that table's row until the writer commits, so two writers of the same tables would wait on
each other and, writing them in crossed order, deadlock. Appending locks nothing another
writer needs. Now and then (every ``FOLD_EVERY`` statements) a writer folds the committed
rows into one per table carrying their sum: the counts stay the same, the table stays small.
Counts only grow, whatever order transactions commit in, so a count that differs from the
stored one is the only sign needed; two equal counts mean no change committed in between.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

TABLE = "rs_change"
SEQUENCE = "rs_change_seq"
TRIGGER = "rs_change"
FOLD_EVERY = 500


def tracked() -> list[str]:
    """The tables whose changes are counted: every table the selection reads."""
    from app.personal_copy.selection import Carriage, carriage, tables

    return [t.name for t in tables() if carriage(t.name) is not Carriage.NEVER]


def install(run: Callable[[str], None], schema: str, reader: str) -> None:
    """The sequence, the table, the trigger function and a trigger on every tracked table
    (idempotent, in the caller's transaction), readable by the copies' group ``reader``."""
    from models import Base

    run(f"CREATE SEQUENCE IF NOT EXISTS {SEQUENCE}")
    run(f"CREATE TABLE IF NOT EXISTS {TABLE} (tbl text NOT NULL, seq bigint NOT NULL, "
        "changes bigint NOT NULL DEFAULT 1)")
    run(f"REVOKE ALL ON {TABLE} FROM PUBLIC")
    # The copies read the counters (no row-level security on them): they tell which tables
    # changed and how often, never what a row holds or whose it is.
    run(f"GRANT SELECT ON {TABLE} TO {reader}")
    # SECURITY DEFINER: a copy's login writes tables too (its replayed operations), and may
    # not write the counters itself. Folding only in READ COMMITTED: there a row another
    # folder took meanwhile is skipped, where REPEATABLE READ would fail the writer's
    # transaction; the advisory lock keeps two folders from deadlocking on each other.
    run(f"""
        CREATE OR REPLACE FUNCTION rs_stamp_change() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $rs$
        DECLARE n bigint := nextval('{SEQUENCE}');
        BEGIN
            INSERT INTO {TABLE} (tbl, seq) VALUES (TG_TABLE_NAME, n);
            IF n % {FOLD_EVERY} = 0
               AND current_setting('transaction_isolation') = 'read committed'
               AND pg_try_advisory_xact_lock(hashtext('{TABLE}')) THEN
                WITH gone AS (DELETE FROM {TABLE} WHERE seq < n RETURNING tbl, seq, changes)
                INSERT INTO {TABLE} (tbl, seq, changes)
                    SELECT tbl, max(seq), sum(changes) FROM gone GROUP BY tbl;
            END IF;
            RETURN NULL;
        END $rs$""")
    counted = set(tracked())
    for name in Base.metadata.tables:
        run(f'DROP TRIGGER IF EXISTS {TRIGGER} ON "{name}"')
        if name in counted:
            # FOR EACH STATEMENT: one row per statement, however many rows it changed.
            run(f'CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE '
                f'ON "{name}" FOR EACH STATEMENT EXECUTE FUNCTION rs_stamp_change()')


@dataclass(frozen=True)
class Counters:
    """The server's counters in one snapshot. ``epoch`` names what they count from: this
    program's version (a newer one may choose differently from the same rows, so it pulls
    afresh once), the database and the counter table (a restored or remade one counts
    anew, and equal numbers there would mean nothing)."""

    epoch: str
    changes: dict[str, int]


def read(s: Session) -> Counters | None:
    """The counters as ``s`` (a PostgreSQL snapshot) sees them; ``None`` where a server
    keeps none (not installed: no copy with a login of its own was made there)."""
    from sqlalchemy import text

    from app import __version__

    found = s.execute(text(
        f"SELECT to_regclass('{TABLE}')::oid::bigint, d.oid::bigint FROM pg_database d "
        "WHERE d.datname = current_database()")).first()
    if found is None or found[0] is None:
        return None
    rows = s.execute(text(f"SELECT tbl, sum(changes)::bigint FROM {TABLE} GROUP BY tbl"))
    counted = {name: count for name, count in rows}
    changes = {name: int(counted.get(name, 0)) for name in tracked()}
    return Counters(f"{__version__}/{found[1]}/{found[0]}", changes)


def moved(held: Counters | None, now: Counters) -> set[str] | None:
    """The tables whose counter moved since ``held``; ``None`` when the copy holds none to
    compare with (never pulled at counters, forgotten, another epoch): everything."""
    if held is None or held.epoch != now.epoch:
        return None
    return {name for name, count in now.changes.items() if held.changes.get(name) != count}


def keep(conn: Connection, now: Counters) -> None:
    """In the copy: its organisation tables stand for the server's counters ``now``."""
    from app.personal_copy.identity import copy_pull_state

    conn.execute(copy_pull_state.delete())
    conn.execute(copy_pull_state.insert(), [
        {"table_name": name, "changes": count, "epoch": now.epoch}
        for name, count in now.changes.items()])
