"""The two databases the core runs on, as fixtures ask for them: SQLite and PostgreSQL."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.storage.location import DatabaseLocation, location_for_path
from tests.helpers.postgres import ThrowawayServer

BACKENDS = ["sqlite", "postgresql"]


@contextmanager
def fresh_location(
    backend: str, request: pytest.FixtureRequest, folder: Path
) -> Iterator[DatabaseLocation]:
    """A new, migrated, empty database of its own: a file in ``folder``, or a database on
    the shared server cloned from the migrated template (dropped afterwards). For fixtures
    shared by a module; a test's own database is ``postgres_location``."""
    if backend == "sqlite":
        yield location_for_path(folder / "kamdesk.db")
        return
    server: ThrowawayServer = request.getfixturevalue("postgres_server")
    template: str = request.getfixturevalue("postgres_template")
    name = server.create_database(server.new_name(), template=template)
    try:
        yield DatabaseLocation(server.url(name))
    finally:
        server.drop_database(name)
