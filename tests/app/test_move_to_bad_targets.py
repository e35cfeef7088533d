"""`move-to` into a target that is not what it should be: one line and exit 1 or 2, never a
traceback, and nothing half-copied (issue 17)."""

from __future__ import annotations

import threading
import uuid

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.pool import NullPool

from app.cli import main
from tests import postgres
from tests.app.test_postgresql import empty_server_db, sqlite_org  # noqa: F401


def test_a_port_that_is_no_number_is_bad_usage(sqlite_org, capsys):  # noqa: F811
    folder, _ = sqlite_org
    code = main(["--lang", "en", "--data-dir", str(folder), "move-to",
                 "postgresql://regiestoel@server:poort/regiestoel"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


def _run(sql: str, url: str) -> None:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1),
                           poolclass=NullPool)
    with engine.begin() as conn:
        conn.execute(text(sql))
    engine.dispose()


@pytest.mark.postgresql_only
def test_a_view_named_like_one_of_our_tables_makes_the_target_not_empty(
        sqlite_org, empty_server_db, capsys):  # noqa: F811
    _run("CREATE VIEW person AS SELECT 1 AS id", empty_server_db)
    folder, _ = sqlite_org
    code = main(["--lang", "en", "--data-dir", str(folder), "move-to", empty_server_db])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "not empty" in err


@pytest.mark.postgresql_only
def test_a_login_without_create_rights_is_named(sqlite_org, empty_server_db, capsys):  # noqa: F811
    role = f"zonder_rechten_{uuid.uuid4().hex[:8]}"
    _run(f"CREATE ROLE {role} LOGIN PASSWORD 'geheim'", empty_server_db)
    _run(f"REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT CONNECT ON DATABASE "
         f"\"{make_url(empty_server_db).database}\" TO {role}", empty_server_db)
    try:
        target = make_url(empty_server_db).set(username=role, password="geheim")
        folder, _ = sqlite_org
        code = main(["--lang", "en", "--data-dir", str(folder), "move-to",
                     target.render_as_string(hide_password=False)])
        err = capsys.readouterr().err
        assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
        assert "rights" in err
    finally:
        _run(f"DROP OWNED BY {role}; DROP ROLE {role}", empty_server_db)


@pytest.mark.postgresql_only
def test_two_moves_at_the_same_time_copy_once_and_refuse_once(
        sqlite_org, empty_server_db, tmp_path, capsys):  # noqa: F811
    import shutil

    folder, _ = sqlite_org
    twin = tmp_path / "twin"
    shutil.copytree(folder, twin)
    codes: list[int] = []
    barrier = threading.Barrier(2)

    def move(source) -> None:  # type: ignore[no-untyped-def]
        barrier.wait()
        codes.append(main(["--lang", "en", "--data-dir", str(source), "move-to",
                           empty_server_db]))

    threads = [threading.Thread(target=move, args=(f,)) for f in (folder, twin)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert sorted(codes) == [0, 1]
    assert "Traceback" not in capsys.readouterr().err
    postgres.require_server()


@pytest.mark.postgresql_only
def test_a_database_of_a_newer_regiestoel_is_named_as_such(
        sqlite_org, empty_server_db, capsys):  # noqa: F811
    _run("CREATE TABLE organisation (id integer); "
         "CREATE TABLE alembic_version (version_num varchar(32)); "
         "INSERT INTO alembic_version VALUES ('9999')", empty_server_db)
    folder, _ = sqlite_org
    code = main(["--lang", "en", "--data-dir", str(folder), "move-to", empty_server_db])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "newer version" in err
