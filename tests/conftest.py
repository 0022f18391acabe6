"""Shared fixtures. Qt runs offscreen unless a developer asks for a real display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app.bootstrap import Workspace, open_workspace
from app.storage.location import DatabaseLocation, location_for_path
from tests.helpers.backends import BACKENDS
from tests.helpers.postgres import (
    SKIP_VARIABLE,
    PostgresUnavailableError,
    ThrowawayServer,
    skip_requested,
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kamdesk.db"


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    """A fresh, migrated SQLite workspace in a temporary folder."""
    ws = open_workspace(db_path)
    yield ws
    ws.close()


@pytest.fixture(autouse=True)
def _no_user_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never touch the developer's real database or data folder."""
    monkeypatch.delenv("KAMDESK_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture(autouse=True)
def _no_user_keyring() -> Iterator[None]:
    """Tests never read or write the developer's real keyring: there is none, unless a
    test installs its own backend."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


# -- PostgreSQL: one throwaway server per run, one database per test ----------------------


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[ThrowawayServer]:
    """A PostgreSQL 15 server of our own, started on first use and stopped at the end.

    Missing binaries fail the tests that need it, with the install hint; only
    KAMDESK_NO_POSTGRES=1 skips them."""
    if skip_requested():
        pytest.skip(f"{SKIP_VARIABLE} is set: the PostgreSQL tests are skipped on purpose")
    try:
        server = ThrowawayServer.start()
    except PostgresUnavailableError as error:
        pytest.fail(str(error), pytrace=False)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres_server: ThrowawayServer) -> str:
    """A migrated, empty database that each test's database is cloned from."""
    name = postgres_server.create_database("kamdesk_template")
    open_workspace(DatabaseLocation(postgres_server.url(name))).close()
    return name


@pytest.fixture(scope="session")
def postgres_scratch(postgres_server: ThrowawayServer, postgres_template: str) -> str:
    """The database the tests take turns on; ``postgres_location`` wipes it for each."""
    return postgres_server.create_database("kamdesk_scratch", template=postgres_template)


@pytest.fixture
def postgres_location(postgres_server: ThrowawayServer, postgres_scratch: str) -> DatabaseLocation:
    """A migrated database with no rows and ids starting at 1, as if freshly made."""
    postgres_server.wipe(postgres_scratch)
    return DatabaseLocation(postgres_server.url(postgres_scratch))


@pytest.fixture
def empty_postgres_location(postgres_server: ThrowawayServer) -> Iterator[DatabaseLocation]:
    """A database with no tables at all on the shared server, dropped afterwards."""
    name = postgres_server.create_database(postgres_server.new_name("empty"))
    yield DatabaseLocation(postgres_server.url(name))
    postgres_server.drop_database(name)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


@pytest.fixture
def each_backend_location(backend: str, request: pytest.FixtureRequest) -> DatabaseLocation:
    """``db_path`` for SQLite (a directory's conftest may copy a template there), else a
    fresh server database; the server starts only when a PostgreSQL test runs."""
    if backend == "sqlite":
        return location_for_path(request.getfixturevalue("db_path"))
    location: DatabaseLocation = request.getfixturevalue("postgres_location")
    return location


@pytest.fixture
def each_backend_workspace(each_backend_location: DatabaseLocation) -> Iterator[Workspace]:
    """A fresh workspace, once on SQLite and once on PostgreSQL: a directory opts in by
    defining ``workspace`` as this fixture."""
    ws = open_workspace(each_backend_location)
    yield ws
    ws.close()
