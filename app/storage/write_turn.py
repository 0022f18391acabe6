"""A save takes its turn as the writer before it reads anything.

SQLite lets one connection write at a time. A transaction that has already read
cannot wait for the writer ahead of it: SQLite says "database is locked" at once, or,
once the other save is committed, refuses the write on its old snapshot, whichever row
that save changed. A save that begins its transaction as a writer (``BEGIN
IMMEDIATE``) waits its turn instead (the busy timeout), then reads the latest rows, so
only a real conflict on the same row is refused, by the version check. On PostgreSQL
the row versions do all the work and nothing changes here.
"""

from collections.abc import Callable
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.errors import DatabaseBusyError
from app.storage.engine import WRITER_OPTION

P = ParamSpec("P")
R = TypeVar("R")


def claim_write(session: Session) -> None:
    """Begin ``session``'s transaction as the writer (SQLite), waiting for the writer
    ahead. A transaction the caller has already begun is left as it is.

    Raises ``DatabaseBusyError`` when the other writer does not finish in time."""
    if session.in_transaction() or session.get_bind().dialect.name != "sqlite":
        return
    try:
        session.connection(execution_options={WRITER_OPTION: True})
    except OperationalError as error:
        if "locked" not in str(error.orig).lower():
            raise
        raise DatabaseBusyError(
            "the database is busy with another save that did not finish in time; "
            "nothing was written, save again"
        ) from None


def writes(service: Callable[Concatenate[Session, P], R]) -> Callable[Concatenate[Session, P], R]:
    """Mark an editing service that writes: it claims the writer's turn first."""

    @wraps(service)
    def claimed(session: Session, /, *args: P.args, **kwargs: P.kwargs) -> R:
        claim_write(session)
        return service(session, *args, **kwargs)

    return claimed
