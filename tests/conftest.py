"""Shared fixtures: a migrated temporary database, an organisation with an owner, people."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests import postgres

GUI_TESTS = Path(__file__).parent / "gui"

# Tests never touch the real user folders, keychain or screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests are repeatable and bounded in time: the `ci` profile is derandomised (the
# same examples every run), keeps no example database and has no per-example deadline (this
# machine is shared and noisy). Tests set their own max_examples where they need fewer or
# more. `HYPOTHESIS_PROFILE=explore` searches at random with more examples, for a developer
# hunting bugs.
settings.register_profile(
    "ci", derandomize=True, database=None, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("explore", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about the SQLite file itself (locks, WAL, file backups)"
    )
    config.addinivalue_line(
        "markers", "postgresql_only: needs the PostgreSQL test server (" + postgres.ENV + ")"
    )


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    # tests/gui needs a real X server with a window manager (`make test-gui` starts one);
    # the offscreen suite leaves it out.
    if collection_path == GUI_TESTS and not os.environ.get("REGIESTOEL_REAL_DISPLAY"):
        return True
    return None


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    # At the end, where it is seen even with -q (the header is not shown then).
    terminalreporter.write_line(postgres.report_line())


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without a test server the server-only tests are left out (the header says so in one
    line), rather than reported one skip at a time. In CI they stay, and fail."""
    if postgres.server_url() is not None or postgres.in_ci():
        return
    left_out = [item for item in items if item.get_closest_marker("postgresql_only")]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if item not in left_out]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Service and storage tests run on SQLite and, when a test server is given, PostgreSQL."""
    if "db" not in metafunc.fixturenames:
        return
    if postgres.runs_on_both(metafunc.definition):
        metafunc.parametrize("db", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[postgres.Template]:
    """A database migrated once; every PostgreSQL test gets a fresh copy of it."""
    template = postgres.Template.create()
    yield template
    template.drop()


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("REGIESTOEL_CONFIG_DIR", str(config))
    monkeypatch.delenv("REGIESTOEL_DATA_DIR", raising=False)
    monkeypatch.delenv("REGIESTOEL_DATABASE_URL", raising=False)
    monkeypatch.delenv("REGIESTOEL_PASSWORD", raising=False)
    import keyring

    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    yield


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def db(request: pytest.FixtureRequest, data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    from app.paths import resolve_location
    from app.storage import open_location

    if getattr(request, "param", "sqlite") == "postgresql":
        template: postgres.Template = request.getfixturevalue("postgres_template")
        url = template.copy()
        # Everything that resolves a location in this test (CLI runs too) finds this server.
        monkeypatch.setenv("REGIESTOEL_DATABASE_URL", url)
        database, _status = open_location(resolve_location(data_dir))
        yield database
        database.dispose()
        template.drop_copy(url)
        return
    database, _status = open_location(resolve_location(data_dir))
    yield database
    database.dispose()


OWNER_PASSWORD = "eigenaar-wachtwoord"
PASSWORD = "geheim-wachtwoord"


@pytest.fixture
def setup(db):
    from app.services.organisation import OrganisationSetup, set_up

    return set_up(
        db,
        OrganisationSetup(
            name="Bakkerij De Korenschoof",
            yearly_budget_cents=2_500_000,
            hours_norm=40,
            language="nl",
            owner_name="Olga Eigenaar",
            owner_email="olga@korenschoof.nl",
            owner_password=OWNER_PASSWORD,
        ),
    )


@pytest.fixture
def owner(db, setup):
    from app.services.auth import actor_for

    return actor_for(db, setup.owner_id)


@pytest.fixture
def add_person(db, owner) -> Callable[..., object]:
    """Add a person (professional by default) and return their Actor.

    ``temporary=True`` leaves the password as the owner's temporary one (to be changed)."""
    from app.services import people
    from app.services.auth import actor_for
    from models import Role

    counter = iter(range(1, 10_000))

    def make(
        name: str | None = None,
        roles: set[Role] | None = None,
        manager_id: int | None = None,
        password: str | None = PASSWORD,
        temporary: bool = False,
        **extra: object,
    ):
        n = next(counter)
        name = name or f"Medewerker {n}"
        data = people.PersonInput(
            name=name,
            email=extra.pop("email", None) or f"persoon{n}@korenschoof.nl",  # type: ignore[arg-type]
            roles=roles or {Role.PROFESSIONAL},
            manager_id=manager_id,
            **extra,  # type: ignore[arg-type]
        )
        changes = people.add_person(db, owner, data, initial_password=password)
        if password and not temporary:
            # As if they already chose their own password at their first login.
            from models import Account

            with db.transaction() as s:
                s.get(Account, changes.value).must_change_password = False
        return actor_for(db, changes.value)

    return make
