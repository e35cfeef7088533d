"""The culture scan answered through a personal copy's own server login, without it reading
anything of the scan.

A copy's login may not read who answered or the counts (row-level security gives it no row
of ``culture_participation`` or ``culture_tally``), so ``culture_answers``' two transactions
cannot run through it as they are. Two functions on the server, owned by the organisation's
login (``SECURITY DEFINER``), do them for it, with the same checks:

- ``rs_culture_take_part(round, part)``: the first transaction. The round open by the
  server's clock, the person (``rs_person()``, never an argument) in its scope and not
  among those who answered; adds them, and returns a one-time pass that holds the round,
  the part and the segment (their team in a round for some teams), never the person.
- ``rs_culture_count(pass, answers)``: the second. Takes the pass back (a pass counts once),
  checks every statement of the round's layout has an answer 0-5, and rewrites every block
  of the part, adding the answers to the segment's, as ``culture_answers._rewrite`` does.

Whoever holds a copy's login can therefore answer once per round, as the person, and learn
nothing of anyone's answers. The dead row versions both leave are removed by the next
answer or close through the organisation's login (``VACUUM FULL``; a copy's login may not).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.db import Database
from models.culture import ANSWERS, FOLLOW_UP, FOLLOW_UP_KEY, SCAN
from models.errors import Conflict, Forbidden, Invalid, NotFound

PASSES = "rs_culture_pass"
# What the functions raise (as the message, after this prefix) -> the service's refusal.
PREFIX = "regiestoel:"
_REFUSALS: dict[str, type[Exception]] = {
    "culture_round_not_found": NotFound,
    "culture_answer_needs_person": Forbidden,
    "culture_round_not_for_you": Forbidden,
    "culture_round_closed": Conflict,
    "culture_followup_not_open": Conflict,
    "already_answered": Conflict,
    "culture_answers_not_counted": Conflict,
    "culture_answers_incomplete": Invalid,
    "culture_answer_out_of_range": Invalid,
}


def install(run: Callable[[str], None], schema: str, group: str) -> None:
    """The pass table and the two functions, executable by the copies' logins only."""
    run(f"CREATE TABLE IF NOT EXISTS {PASSES} (token uuid PRIMARY KEY, round_id integer "
        "NOT NULL, part text NOT NULL, segment integer)")
    run(f"REVOKE ALL ON {PASSES} FROM PUBLIC")
    run(f"ALTER TABLE {PASSES} ENABLE ROW LEVEL SECURITY")  # and no policy: no row for anyone
    open_scan = "r.closed_at IS NULL AND clock_timestamp() < r.closes_at"
    open_followup = ("r.followup_closed_at IS NULL AND r.followup_opens_at IS NOT NULL "
                     "AND r.followup_closes_at IS NOT NULL "
                     "AND r.followup_opens_at <= clock_timestamp() "
                     "AND clock_timestamp() < r.followup_closes_at")
    answers = ", ".join(str(a) for a in ANSWERS)
    run(f"""
        CREATE OR REPLACE FUNCTION rs_culture_take_part(p_round integer, p_part text)
        RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = "{schema}", pg_temp AS $rs$
        DECLARE
            r culture_round%ROWTYPE;
            me integer := rs_person();
            segment integer;
            answered bytea;
            ids integer[];
            token uuid := gen_random_uuid();
            closed text := CASE WHEN p_part = '{SCAN}' THEN 'culture_round_closed'
                                ELSE 'culture_followup_not_open' END;
        BEGIN
            IF me IS NULL THEN
                RAISE EXCEPTION '{PREFIX}culture_answer_needs_person';
            END IF;
            IF p_part NOT IN ('{SCAN}', '{FOLLOW_UP}') THEN
                RAISE EXCEPTION '{PREFIX}culture_round_not_found';
            END IF;
            SELECT * INTO r FROM culture_round WHERE id = p_round FOR UPDATE;
            IF NOT FOUND THEN
                RAISE EXCEPTION '{PREFIX}culture_round_not_found';
            END IF;
            IF NOT coalesce(CASE WHEN p_part = '{SCAN}' THEN {open_scan}
                                 ELSE {open_followup} END, false) THEN
                RAISE EXCEPTION '{PREFIX}%', closed;
            END IF;
            -- The answerer's team in a round for some teams (their first), else none.
            IF EXISTS (SELECT 1 FROM culture_round_team WHERE round_id = p_round) THEN
                SELECT min(pt.team_id) INTO segment FROM person_team pt
                JOIN culture_round_team rt ON rt.team_id = pt.team_id
                WHERE pt.person_id = me AND rt.round_id = p_round;
                IF segment IS NULL THEN
                    RAISE EXCEPTION '{PREFIX}culture_round_not_for_you';
                END IF;
            END IF;
            IF p_part = '{FOLLOW_UP}' THEN
                segment := NULL;  -- the follow-up is counted for the whole organisation
                IF NOT EXISTS (SELECT 1 FROM culture_action WHERE round_id = p_round) THEN
                    RAISE EXCEPTION '{PREFIX}culture_followup_not_open';
                END IF;
            END IF;
            SELECT cp.people INTO answered FROM culture_participation cp
            WHERE cp.round_id = p_round AND cp.part = p_part;
            IF NOT FOUND THEN
                RAISE EXCEPTION '{PREFIX}culture_round_closed';
            END IF;
            -- Four bytes, big-endian, per person, sorted (models.culture.pack_people).
            ids := ARRAY(SELECT (get_byte(answered, i) << 24) | (get_byte(answered, i + 1) << 16)
                                | (get_byte(answered, i + 2) << 8) | get_byte(answered, i + 3)
                         FROM generate_series(0, length(answered) - 4, 4) AS i);
            IF me = ANY(ids) THEN
                RAISE EXCEPTION '{PREFIX}already_answered';
            END IF;
            UPDATE culture_participation SET people = coalesce((
                SELECT string_agg(int4send(v), ''::bytea ORDER BY v)
                FROM unnest(ids || me) AS v), ''::bytea)
            WHERE round_id = p_round AND part = p_part;
            INSERT INTO {PASSES} VALUES (token, p_round, p_part, segment);
            RETURN token;
        END $rs$""")
    run(f"""
        CREATE OR REPLACE FUNCTION rs_culture_count(p_token uuid, p_answers jsonb)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = "{schema}", pg_temp AS $rs$
        DECLARE
            pass {PASSES}%ROWTYPE;
            r culture_round%ROWTYPE;
            keys text[];
            cell integer;
            value jsonb;
            block record;
            blk bytea;
            pending boolean := true;
            n integer;
        BEGIN
            DELETE FROM {PASSES} WHERE token = p_token RETURNING * INTO pass;
            IF NOT FOUND THEN
                RAISE EXCEPTION '{PREFIX}culture_answers_not_counted';
            END IF;
            SELECT * INTO r FROM culture_round WHERE id = pass.round_id FOR UPDATE;
            IF NOT FOUND OR NOT coalesce(CASE WHEN pass.part = '{SCAN}' THEN {open_scan}
                                              ELSE {open_followup} END, false) THEN
                RAISE EXCEPTION '{PREFIX}culture_round_closed';
            END IF;
            keys := CASE WHEN pass.part = '{SCAN}' THEN string_to_array(r.layout, ',')
                         ELSE ARRAY['{FOLLOW_UP_KEY}'] END;
            FOR i IN 1 .. array_length(keys, 1) LOOP
                value := p_answers -> keys[i];
                IF value IS NULL THEN
                    RAISE EXCEPTION '{PREFIX}culture_answers_incomplete';
                END IF;
                IF jsonb_typeof(value) <> 'number' OR value::text !~ '^[0-9]+$'
                        OR value::text::integer NOT IN ({answers}) THEN
                    RAISE EXCEPTION '{PREFIX}culture_answer_out_of_range';
                END IF;
            END LOOP;
            -- Every block of the part written again, in id order; the answers added to the
            -- segment's first block (culture_answers._rewrite).
            FOR block IN SELECT id, team_id, culture_tally.counts FROM culture_tally
                         WHERE round_id = pass.round_id AND part = pass.part ORDER BY id LOOP
                blk := block.counts;
                IF pending AND block.team_id IS NOT DISTINCT FROM pass.segment THEN
                    FOR i IN 1 .. array_length(keys, 1) LOOP
                        cell := 4 * ((i - 1) * {len(ANSWERS)}
                                     + (p_answers ->> keys[i])::integer);
                        n := ((get_byte(blk, cell) << 24) | (get_byte(blk, cell + 1) << 16)
                              | (get_byte(blk, cell + 2) << 8) | get_byte(blk, cell + 3)) + 1;
                        blk := overlay(blk PLACING int4send(n) FROM cell + 1 FOR 4);
                    END LOOP;
                    pending := false;
                END IF;
                UPDATE culture_tally SET counts = blk WHERE id = block.id;
            END LOOP;
            IF pending THEN
                RAISE EXCEPTION '{PREFIX}culture_round_not_for_you';
            END IF;
        END $rs$""")
    for function in ("rs_culture_take_part(integer, text)", "rs_culture_count(uuid, jsonb)"):
        run(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        run(f"GRANT EXECUTE ON FUNCTION {function} TO {group}")


def _refusal(exc: DBAPIError) -> Exception | None:
    words = str(exc.orig or exc)
    if PREFIX not in words:
        return None
    code = words.split(PREFIX, 1)[1].split()[0].strip()
    kind = _REFUSALS.get(code)
    return kind(code) if kind is not None else None


def submit(db: Database, round_id: int, part: str, answers: dict[str, int]) -> None:
    """Take part and count, in two transactions of the server, through the copy's login.
    Raises the service's refusals; counted as taking part with the answers lost raises
    ``Conflict("culture_answers_not_counted")``, as the service does."""
    try:
        with db.engine.begin() as conn:
            token = conn.execute(text("SELECT rs_culture_take_part(:r, :p)"),
                                 {"r": round_id, "p": part}).scalar_one()
    except DBAPIError as exc:
        refusal = _refusal(exc)
        if refusal is None:
            raise
        raise refusal from exc
    try:
        with db.engine.begin() as conn:
            conn.execute(text("SELECT rs_culture_count(:t, CAST(:a AS jsonb))"),
                         {"t": uuid.UUID(str(token)), "a": json.dumps(answers)})
    except DBAPIError as exc:
        raise Conflict("culture_answers_not_counted", id=round_id) from exc
