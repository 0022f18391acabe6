"""Fixtures for the record services: a session on a fresh workspace and a small world,
on SQLite and on PostgreSQL."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.bootstrap import Workspace, open_workspace
from tests.app.records.support import World, build_world
from tests.helpers.backends import BACKENDS, fresh_location


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
def workspace(each_backend_workspace: Workspace) -> Workspace:
    return each_backend_workspace


@pytest.fixture
def anna(workspace: Workspace) -> Iterator[Workspace]:
    """The same database opened by another seller, Anna: her saves carry her name."""
    theirs = open_workspace(workspace.location, user="anna")
    yield theirs
    theirs.close()


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


@pytest.fixture(scope="module", params=BACKENDS)
def shared(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Workspace, World]]:
    """One workspace per test module and backend for checks that never commit (validation)."""
    with fresh_location(request.param, request, tmp_path_factory.mktemp("records")) as location:
        opened = open_workspace(location)
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
