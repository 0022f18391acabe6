"""The one place that wires a workspace together: location, engine, schema, sessions.

Nothing happens at import time; callers (CLI, window, tests) call ``open_workspace``.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.storage.engine import create_db_engine
from app.storage.location import DatabaseLocation, location_for_path, resolve_location
from app.storage.schema import UpgradeReport, prepare_database


@dataclass
class Workspace:
    """An open database: hand out sessions with ``session()``, end with ``close()``."""

    location: DatabaseLocation
    engine: Engine
    upgrade: UpgradeReport | None
    _sessions: sessionmaker[Session] = field(repr=False)

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(
    db: str | Path | DatabaseLocation | None = None, *, upgrade: bool = True
) -> Workspace:
    """Open ``db`` (path, URL, location; default: ``KAMDESK_DB`` or the user's file).

    With ``upgrade`` the schema is created or migrated first (backup, restore on
    failure). Raises the ``app.errors.DatabaseError`` family with a clear message.
    """
    if isinstance(db, DatabaseLocation):
        location = db
    elif isinstance(db, Path):
        location = location_for_path(db)
    else:
        location = resolve_location(db)
    report = prepare_database(location) if upgrade else None
    engine = create_db_engine(location)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Workspace(location, engine, report, sessions)
