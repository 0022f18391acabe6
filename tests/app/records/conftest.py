"""Fixtures for the record services: a session on a fresh workspace and a small world."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.bootstrap import Workspace, open_workspace
from tests.app.records.support import World, build_world


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated empty database; each test gets a copy instead of migrating again."""
    path = tmp_path_factory.mktemp("template") / "kamdesk.db"
    open_workspace(path).close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    path = tmp_path / "kamdesk.db"
    shutil.copyfile(migrated_template, path)
    return path


@pytest.fixture
def session(workspace: Workspace) -> Iterator[Session]:
    with workspace.session() as opened:
        yield opened


@pytest.fixture
def world(session: Session) -> World:
    """Committed, so a second session (the other user) sees it."""
    built = build_world(session)
    session.commit()
    return built


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, World]]:
    """One workspace per test module for checks that never commit (validation)."""
    opened = open_workspace(tmp_path_factory.mktemp("records") / "kamdesk.db")
    with opened.session() as setup:
        built = build_world(setup)
        setup.commit()
    yield opened, built
    opened.close()


@pytest.fixture
def scratch(shared: tuple[Workspace, World]) -> Iterator[Session]:
    """A session on the shared workspace; whatever a test writes is rolled back."""
    with shared[0].session() as opened:
        yield opened
        opened.rollback()


@pytest.fixture
def scratch_world(shared: tuple[Workspace, World]) -> World:
    return shared[1]
