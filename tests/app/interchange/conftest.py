"""Fixtures for the interchange tests: migrated and demo databases copied per test.

``empty_workspace``, ``demo_workspace`` and ``another_empty_workspace`` run each test that
uses them twice: on a SQLite file and on the throwaway PostgreSQL server."""

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from app.bootstrap import Workspace, open_workspace
from app.demo import generate_demo
from app.storage.location import DatabaseLocation
from tests.helpers.postgres import ThrowawayServer

DEMO_TODAY = date(2026, 11, 23)

WorkspaceFactory = Callable[[str], Workspace]


def _copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


@pytest.fixture(scope="session")
def migrated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated, empty database (no categories), copied by the tests that need one."""
    path = tmp_path_factory.mktemp("migrated") / "empty.db"
    open_workspace(path).close()
    return path


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 12-account demo workspace as of 23 Nov 2026 (checkpointed into one file)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    workspace = open_workspace(path)
    with workspace.transaction() as session:
        generate_demo(session, today=DEMO_TODAY)
    with workspace.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()
    return path


@pytest.fixture
def open_copy(tmp_path: Path) -> Iterator[Callable[[Path, str], Workspace]]:
    """Open a private copy of a template database; every one is closed after the test."""
    opened: list[Workspace] = []

    def factory(template: Path, name: str) -> Workspace:
        workspace = open_workspace(_copy(template, tmp_path / f"{name}.db"))
        opened.append(workspace)
        return workspace

    yield factory
    for workspace in opened:
        workspace.close()


@pytest.fixture
def empty_workspace(
    backend: str,
    request: pytest.FixtureRequest,
    open_copy: Callable[[Path, str], Workspace],
    migrated_db: Path,
) -> Iterator[Workspace]:
    """A migrated workspace without rows (not even the standard categories)."""
    if backend == "sqlite":
        yield open_copy(migrated_db, "empty")
        return
    location: DatabaseLocation = request.getfixturevalue("postgres_location")
    workspace = open_workspace(location)
    yield workspace
    workspace.close()


@pytest.fixture
def demo_workspace(
    backend: str, request: pytest.FixtureRequest, open_copy: Callable[[Path, str], Workspace]
) -> Iterator[Workspace]:
    """The 12-account demo workspace as of 23 Nov 2026 (its own database on the server, so
    a test can use it beside ``empty_workspace``)."""
    if backend == "sqlite":
        yield open_copy(request.getfixturevalue("demo_db"), "demo")
        return
    with _server_workspace(request, "demo") as workspace:
        with workspace.transaction() as session:
            generate_demo(session, today=DEMO_TODAY)
        yield workspace


@pytest.fixture
def another_empty_workspace(
    backend: str,
    request: pytest.FixtureRequest,
    open_copy: Callable[[Path, str], Workspace],
    migrated_db: Path,
) -> Iterator[Workspace]:
    """A second empty workspace on the same backend as ``empty_workspace``: an import's
    target."""
    if backend == "sqlite":
        yield open_copy(migrated_db, "another")
        return
    with _server_workspace(request, "target") as workspace:
        yield workspace


@contextmanager
def _server_workspace(request: pytest.FixtureRequest, prefix: str) -> Iterator[Workspace]:
    """A workspace on a fresh migrated database of the throwaway server, dropped after."""
    server: ThrowawayServer = request.getfixturevalue("postgres_server")
    template: str = request.getfixturevalue("postgres_template")
    name = server.create_database(server.new_name(prefix), template=template)
    workspace = open_workspace(DatabaseLocation(server.url(name)))
    try:
        yield workspace
    finally:
        workspace.close()
        server.drop_database(name)
