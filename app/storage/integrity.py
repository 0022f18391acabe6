"""Health checks of a database file: SQLite's own integrity check and the schema revision."""

from dataclasses import dataclass

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from app.storage.backup import require_sqlite_file
from app.storage.location import DatabaseLocation
from app.storage.schema import SchemaStatus, inspect_database, translated_errors

MAX_PROBLEMS_SHOWN = 20


@dataclass(frozen=True)
class CheckReport:
    location: str
    schema: SchemaStatus
    problems: tuple[str, ...]  # empty when SQLite reports "ok"
    broken_references: int

    @property
    def ok(self) -> bool:
        return not self.problems and self.broken_references == 0


def check_database(location: DatabaseLocation) -> CheckReport:
    """Run ``PRAGMA integrity_check`` and ``foreign_key_check`` (SQLite) and read the revision.

    Raises the errors of ``inspect_database`` for foreign, corrupt or newer files.
    """
    if location.path is not None:
        require_sqlite_file(location.path, location.key)
    schema = inspect_database(location)
    problems: tuple[str, ...] = ()
    broken = 0
    if location.is_sqlite:
        engine = create_engine(location.url, poolclass=NullPool)
        try:
            with translated_errors(location), engine.connect() as connection:
                rows = connection.exec_driver_sql(
                    f"PRAGMA integrity_check({MAX_PROBLEMS_SHOWN})"
                ).fetchall()
                problems = tuple(str(row[0]) for row in rows if row[0] != "ok")
                broken = len(connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
        finally:
            engine.dispose()
    return CheckReport(location.describe(), schema, problems, broken)
