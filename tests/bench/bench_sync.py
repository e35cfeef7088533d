"""Benchmark: what syncing a personal copy costs over a network, on the PostgreSQL test server.

    .venv/bin/python tests/bench/bench_sync.py [--runs 3] [--delay-ms 5]

The large organisation (250 people, ten years) is moved to a fresh database on the test
server (``REGIESTOEL_TEST_DATABASE_URL``, default the local one), as ``bench_network`` does.
One ordinary professional with history (the first one by id who only has the role
professional, works in a running learning group with sessions still to come, has a planned
conversation and an open development question) gets a password of their own through the
services, and everything below goes through ``delay_proxy`` (5 ms each way, so 10 ms per
round trip): the copy stores the proxy's address as its server's.

- ``sync_first_copy_rtt10_s``: ``make_copy`` of their data, as the admin command and the
  Settings page make it (the password checked, the key derived, the copy's own server login
  made, the rows chosen and written); target <= 10 s.
- ``sync_nothing_rtt10_s``: ``sync`` of the open copy with nothing to send or receive;
  target <= 1 s.
- ``sync_day_rtt10_s``: ``sync`` of a day's offline work, about 50 operations made through
  the real services on the copy (development question and guiding answers, work situations
  with notes, the conversation preparation, a session of their group with attendance,
  notes, actions and hours, their actions, lessons, a request for training); target <= 3 s.

Medians of ``--runs``; the round trips of each are printed and recorded too.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.bench_network import DEFAULT_SERVER, ServerDatabase, network_main  # noqa: E402
from tests.bench.delay_proxy import DelayProxy  # noqa: E402
from tests.bench.results import entry  # noqa: E402

FIRST_COPY_TARGET_S = 10.0
NOTHING_TARGET_S = 1.0
DAY_TARGET_S = 3.0
PASSWORD = "laptop-van-de-monteur"  # the professional's own, set through the services
TEMPORARY = "tijdelijk-wachtwoord-1"


def professional(db: Any) -> int:
    """The first ordinary professional with history and work still to do (deterministic:
    the same person for the same organisation)."""
    from sqlalchemy import func, select

    from models import (
        Conversation,
        Cycle,
        DevelopmentQuestion,
        LearningGroup,
        Person,
        PersonRole,
        group_member,
    )
    from models import Session as SessionModel

    today = date.today()
    with db.read() as s:
        only_professional = select(PersonRole.person_id).group_by(PersonRole.person_id).having(
            func.count() == 1, func.max(PersonRole.role) == "professional")
        with_sessions_ahead = (
            select(group_member.c.person_id)
            .join(LearningGroup, LearningGroup.id == group_member.c.group_id)
            .join(Cycle, Cycle.group_id == LearningGroup.id)
            .join(SessionModel, SessionModel.cycle_id == Cycle.id)
            .where(LearningGroup.archived_at.is_(None), Cycle.status == "planned",
                   SessionModel.status == "planned", SessionModel.day >= today))
        planned_talk = select(Conversation.professional_id).where(
            Conversation.status == "planned", Conversation.manager_id.is_not(None))
        open_question = select(DevelopmentQuestion.person_id).where(
            DevelopmentQuestion.closed_at.is_(None))
        pid = s.scalar(select(func.min(Person.id)).where(
            Person.archived_at.is_(None), Person.manager_id.is_not(None),
            Person.id.in_(only_professional), Person.id.in_(with_sessions_ahead),
            Person.id.in_(planned_talk), Person.id.in_(open_question)))
    if pid is None:
        raise LookupError("no ordinary professional with history in the large organisation")
    return int(pid)


def set_password(db: Any, person_id: int) -> None:
    """The owner gives a temporary password, the person chooses their own: the services'
    way, so the copy's key comes from a password the person set."""
    from sqlalchemy import select

    from app.access import Role
    from app.services.auth import actor_for, change_own_password, reset_password
    from models import PersonRole

    with db.read() as s:
        owner_id = s.scalar(select(PersonRole.person_id).where(
            PersonRole.role == Role.OWNER.value).order_by(PersonRole.person_id).limit(1))
    reset_password(db, actor_for(db, owner_id), person_id, TEMPORARY)
    change_own_password(db, actor_for(db, person_id), TEMPORARY, PASSWORD)


def a_day_offline(copy: Any, run: int) -> int:
    """About 50 operations through the services on the copy, as a day's work offline;
    returns how many the outbox holds."""
    from sqlalchemy import func, select

    from app.content import GUIDING_KEYS
    from app.personal_copy.identity import copy_outbox
    from app.services import actions, development, learning_requests, lessons, sessions, situations
    from app.services import conversations as talks
    from app.services.auth import actor_for
    from models import Action, Cycle, InterventionKind, Side, group_member
    from models import Session as SessionModel

    me = actor_for(copy.db, copy.identity.person_id)
    assert me.person_id is not None
    tag = f"(dag {run + 1})"
    # The development question, sharpened with every guiding question.
    q = development.my_question(copy.db, me)
    development.save_question(copy.db, me, f"Hoe vind ik een storing in één keer? {tag}",
                              True, expected_version=q.version_id if q else None)
    for key in GUIDING_KEYS:
        q = development.my_question(copy.db, me)
        assert q is not None
        development.save_answer(copy.db, me, key, f"Mijn antwoord op {key} {tag}",
                                expected_version=q.version_id)
    # Three work situations, each with notes; one analysed and in an experiment.
    made = []
    for n in range(3):
        new = situations.register_situation(copy.db, me, situations.SituationInput(
            f"Warmtepomp {n + 1} slaat af bij vorst {tag}", description="Bij -5 graden"))
        made.append(new.value)
        for k in range(4):
            situations.add_note(copy.db, me, new.value, situations.NoteKind.QUESTION,
                                f"Vraag {k + 1} over de sensor {tag}")
    first = situations.get_situation(copy.db, me, made[0])
    situations.update_situation(copy.db, me, made[0], situations.SituationInput(
        f"Warmtepomp 1 slaat af bij vorst en ijzel {tag}", description="Bij -5 graden"),
        expected_version=first.version_id)
    first = situations.get_situation(copy.db, me, made[0])
    situations.finish_analysis(copy.db, me, made[0], expected_version=first.version_id)
    first = situations.get_situation(copy.db, me, made[0])
    situations.start_experiment(copy.db, me, made[0], "Andere sensor proberen",
                                "Geen storing meer bij vorst", expected_version=first.version_id)
    # The conversation preparation, written in three goes, published the first day.
    talk = min((c for c in talks.list_conversations(copy.db, me)
                if c.status.value == "planned" and c.professional_id == me.person_id),
               key=lambda c: (c.year, c.half, c.id))
    keys = talks.preparation_keys(Side.PROFESSIONAL)
    for n in range(3):
        seen = talks.record_versions(copy.db, me, talk.id)
        talks.save_preparation(copy.db, me, talk.id, Side.PROFESSIONAL,
                               {keys[n % len(keys)]: f"Voorbereiding deel {n + 1} {tag}"},
                               expected_version=seen.preparations.get(Side.PROFESSIONAL),
                               expected_record_version=seen.record)
    prep = talks.preparation_of(copy.db, me, talk.id, Side.PROFESSIONAL)
    if prep is not None and prep.published_at is None:
        talks.publish_preparation(copy.db, me, talk.id, Side.PROFESSIONAL,
                                  expected_version=prep.version)
    # A session of their group: started, saved as it goes, actions, finished with hours.
    with copy.db.read() as s:
        session_id = s.scalar(
            select(SessionModel.id).join(Cycle, Cycle.id == SessionModel.cycle_id)
            .join(group_member, group_member.c.group_id == Cycle.group_id)
            .where(group_member.c.person_id == me.person_id, Cycle.status == "planned",
                   SessionModel.status == "planned", SessionModel.day >= date.today())
            .order_by(SessionModel.day, SessionModel.id))
    view = sessions.get_session(copy.db, me, session_id, "nl")
    present = {p.id: sessions.AttendanceInput(True, 4, 5) for p in view.participants}
    sessions.start_session(copy.db, me, session_id, "laptop van de monteur")
    for n in range(4):
        sessions.save_progress(copy.db, me, session_id, sessions.SessionRecord(
            notes=f"Aantekeningen tot punt {n + 1} {tag}", attendance=present))
    for n in range(3):
        sessions.add_action(copy.db, me, session_id, f"Schema's printen {n + 1} {tag}",
                            me.person_id, date.today() + timedelta(days=7))
    sessions.finish_session(copy.db, me, session_id, sessions.SessionRecord(
        notes=f"We oefenden foutzoeken met het schema {tag}", attendance=present))
    # Their own open actions ticked off.
    with copy.db.read() as s:
        open_actions = s.execute(select(Action.id, Action.version_id).where(
            Action.owner_id == me.person_id, Action.status == "open")
            .order_by(Action.id).limit(3)).all()
    for action_id, version in open_actions:
        actions.set_status(copy.db, me, action_id, actions.ActionStatus.DONE,
                           expected_version=version)
    # Lessons written down, training asked for.
    for n in range(3):
        lessons.add_lesson(copy.db, me, lessons.LessonInput(
            f"Eerst de sensor meten {n + 1} {tag}", context="Storingen bij vorst",
            what_worked="Meten voor schroeven", tags=["warmtepomp"]))
    for n in range(2):
        learning_requests.ask(copy.db, me, learning_requests.RequestInput(
            InterventionKind.COURSE, f"Cursus warmtepompen {n + 1} {tag}",
            cost_cents=45000, minutes=480, reason="Storingen sneller vinden"))
    with copy.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(copy_outbox)) or 0)


def _timed(fn: Any, proxy: DelayProxy) -> tuple[float, int, Any]:
    before = proxy.round_trips
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, proxy.round_trips - before, result


def run(runs: int, delay: float) -> list[dict[str, Any]]:
    from sqlalchemy.engine import make_url

    from app.db import Database
    from app.personal_copy import server_role
    from app.personal_copy.make import make_copy
    from app.personal_copy.opening import open_copy
    from app.personal_copy.sync import sync

    server = os.environ.get("REGIESTOEL_TEST_DATABASE_URL") or DEFAULT_SERVER
    port = make_url(server).port or 5432
    entries: list[dict[str, Any]] = []
    copies: list[str] = []
    with tempfile.TemporaryDirectory(prefix="regiestoel-bench-sync-") as tmp, \
            ServerDatabase(server) as database, DelayProxy(port, delay) as proxy:
        os.environ["REGIESTOEL_CONFIG_DIR"] = str(Path(tmp) / "config")
        direct = Database(database.url.render_as_string(hide_password=False))
        far = Database(database.via(proxy.port))
        try:
            person_id = professional(direct)
            set_password(direct, person_id)
            print(f"  person {person_id}", flush=True)
            times, trips = [], []
            for n in range(runs):
                folder = Path(tmp) / f"copy-{n}"
                took, rt, report = _timed(lambda f=folder: make_copy(
                    far, person_id, PASSWORD, f, server_url=database.via(proxy.port)), proxy)
                copies.append(report.copy_id)
                times.append(took)
                trips.append(rt)
                print(f"  first copy: {took:.2f} s, {rt} round trips, {report.total} rows",
                      flush=True)
            entries += [entry("sync_first_copy_rtt10_s", statistics.median(times), "s",
                              FIRST_COPY_TARGET_S),
                        entry("round_trips_sync_first_copy_rtt10", statistics.median(trips),
                              "trips", None)]
            copy = open_copy(Path(tmp) / f"copy-{runs - 1}", PASSWORD)
            try:
                sync(copy)  # the copy's first contact (the server was just left as it was)
                times, trips = [], []
                for _ in range(runs):
                    took, rt, report = _timed(lambda: sync(copy), proxy)
                    times.append(took)
                    trips.append(rt)
                    print(f"  nothing to do: {took:.2f} s, {rt} round trips, "
                          f"sent {report.sent}, received {report.received}", flush=True)
                entries += [entry("sync_nothing_rtt10_s", statistics.median(times), "s",
                                  NOTHING_TARGET_S),
                            entry("round_trips_sync_nothing_rtt10", statistics.median(trips),
                                  "trips", None)]
                times, trips, ops = [], [], []
                for n in range(runs):
                    ops.append(a_day_offline(copy, n))
                    took, rt, report = _timed(lambda: sync(copy), proxy)
                    if report.sent != ops[-1] or report.conflicts:
                        raise RuntimeError(f"the day's sync sent {report.sent} of {ops[-1]} "
                                           f"operations, {report.conflicts} conflicts")
                    times.append(took)
                    trips.append(rt)
                    print(f"  a day's work: {took:.2f} s, {rt} round trips, "
                          f"sent {report.sent}, received {report.received}", flush=True)
                entries += [entry("sync_day_rtt10_s", statistics.median(times), "s",
                                  DAY_TARGET_S),
                            entry("round_trips_sync_day_rtt10", statistics.median(trips),
                                  "trips", None),
                            entry("sync_day_operations", statistics.median(ops), "ops", None)]
            finally:
                copy.close()
        finally:
            for copy_id in copies:  # roles belong to the server, not to the database
                server_role.drop_for(direct, copy_id)
            far.dispose()
            direct.dispose()
    return entries


def main(argv: list[str] | None = None) -> int:
    return network_main(argv, __doc__, "bench_sync", run,
                        "syncing a personal copy over a {rtt} ms round trip (median of {runs})")


if __name__ == "__main__":
    raise SystemExit(main())
