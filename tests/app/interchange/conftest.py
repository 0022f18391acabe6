"""Fixtures for the interchange tests: migrated and demo databases copied per test."""

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from app.bootstrap import Workspace, open_workspace
from app.demo import generate_demo

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
def empty_workspace(open_copy: Callable[[Path, str], Workspace], migrated_db: Path) -> Workspace:
    return open_copy(migrated_db, "empty")


@pytest.fixture
def demo_workspace(open_copy: Callable[[Path, str], Workspace], demo_db: Path) -> Workspace:
    return open_copy(demo_db, "demo")
