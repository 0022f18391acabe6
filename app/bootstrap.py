"""The one place that wires a workspace together: location, engine, schema, sessions.

Nothing happens at import time; callers (CLI, window, tests) call ``open_workspace``.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.model.attribution import actor_name, attribute_changes, default_actor
from app.storage.damage import prepare_checked_database
from app.storage.engine import create_db_engine
from app.storage.location import DatabaseLocation, location_for_path, resolve_location
from app.storage.passwords import SessionPasswords
from app.storage.schema import UpgradeReport
from app.storage.write_errors import database_write_failure
from app.storage.write_turn import claim_write


@dataclass
class Workspace:
    """An open database: hand out sessions with ``session()``, end with ``close()``."""

    location: DatabaseLocation
    engine: Engine
    upgrade: UpgradeReport | None
    # Whose name this workspace's sessions write into created_by/updated_by.
    actor: str
    _sessions: sessionmaker[Session] = field(repr=False)

    def session(self) -> Session:
        return self._sessions()

    def reconnect(self, location: DatabaseLocation) -> None:
        """Open ``location`` (this file, encrypted or decrypted meanwhile) from now on:
        sessions made after this use a new engine; the old one is disposed."""
        previous = self.engine
        self.engine = create_db_engine(location)
        self._sessions.configure(bind=self.engine)
        self.location = location
        previous.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error; a
        commit the disk refuses raises ``DatabaseWriteError``.

        On SQLite it begins as the writer, so a concurrent save waits its turn instead of
        failing (see ``app.storage.write_turn``)."""
        try:
            with self._sessions() as session:
                claim_write(session)
                try:
                    yield session
                except BaseException:
                    session.rollback()
                    raise
                session.commit()
        except SQLAlchemyError as error:
            # A full or failing disk is said plainly; the transaction was rolled back.
            failure = database_write_failure(error, self.location.describe())
            if failure is None:
                raise
            raise failure from None

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(
    db: str | Path | DatabaseLocation | None = None,
    *,
    upgrade: bool = True,
    user: str | None = None,
    passwords: SessionPasswords | None = None,
) -> Workspace:
    """Open ``db`` (path, URL, location; default: ``KAMDESK_DB`` or the user's file).

    With ``upgrade`` a SQLite file is first screened for damage (moved aside and
    ``DamagedWorkspaceError`` raised, see ``app.storage.damage``), then the schema is
    created or migrated (backup, restore on failure). Rows saved through the workspace's
    sessions are attributed to ``user`` (default: the OS login name). A server's password
    comes from the URL, the keyring or ``passwords`` (which may ask the user once). Raises
    the ``app.errors.DatabaseError`` family with a clear message.
    """
    if isinstance(db, DatabaseLocation):
        location = db
    elif isinstance(db, Path):
        location = location_for_path(db)
    else:
        location = resolve_location(db)
    report = None
    if upgrade:
        location, report = (passwords or SessionPasswords()).log_in(
            location, prepare_checked_database
        )
    else:
        location = (passwords or SessionPasswords()).unlock(location)
    engine = create_db_engine(location)
    sessions = sessionmaker(engine, expire_on_commit=False)
    actor = actor_name(default_actor() if user is None else user)
    attribute_changes(sessions, actor)
    return Workspace(location, engine, report, actor, sessions)
