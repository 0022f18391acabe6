"""Schema revisions: read where a database stands, and bring it to this app's head safely."""

import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, create_engine, inspect, text
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from app.errors import (
    CorruptDatabaseError,
    DatabaseError,
    DatabaseTooNewError,
    KamDeskError,
    MigrationFailedError,
    NotAKamDeskDatabaseError,
)
from app.storage.backup import back_up, require_sqlite_file
from app.storage.cipher import WorkspaceKeyRefusedError, WorkspaceLockedError, looks_encrypted
from app.storage.engine import create_db_engine
from app.storage.location import DatabaseLocation
from app.storage.redaction import REDACTOR
from app.storage.server import (
    LOCK_NOT_AVAILABLE,
    UPGRADE_LOCK_KEY,
    UPGRADE_LOCK_TIMEOUT_S,
    connection_problem,
    dump_before_upgrade,
)
from app.storage.write_errors import OPENING, WriteFailedError, database_write_failure

if TYPE_CHECKING:
    from alembic.config import Config

VERSION_TABLE = "alembic_version"
# Alembic (and Mako under it) is imported only when a database must change: reading the
# revision ids from the script files keeps it off the start-up path.
REVISION_LINE = re.compile(
    r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:[\"']([^\"']*)[\"']|None)", re.MULTILINE
)


class SchemaState(StrEnum):
    EMPTY = "empty"  # no tables yet: a new database
    BEHIND = "behind"  # an older KAM Desk schema: upgrade it
    CURRENT = "current"


@dataclass(frozen=True)
class SchemaStatus:
    state: SchemaState
    revision: str | None
    head: str


@dataclass(frozen=True)
class UpgradeReport:
    before: SchemaStatus
    backup: Path | None  # the safety copy taken before an upgrade, if one was needed
    # When an upgrade ran without a backup: why, and how to make one by hand.
    advice: str = ""


def migrations_path() -> Path:
    """The Alembic script folder shipped inside the installed package."""
    return Path(str(files("migrations")))


def alembic_config(connection: Connection | None = None) -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    config.attributes["connection"] = connection
    return config


def revision_graph() -> dict[str, str | None]:
    """Every revision id of the shipped migrations with the revision it follows."""
    graph: dict[str, str | None] = {}
    for script in sorted((migrations_path() / "versions").glob("*.py")):
        found = dict(
            (name, value or None) for name, value in REVISION_LINE.findall(script.read_text())
        )
        if found.get("revision"):
            graph[found["revision"]] = found.get("down_revision")
    return graph


def head_revision() -> str:
    """The newest revision: the one no other revision follows."""
    graph = revision_graph()
    heads = set(graph) - {parent for parent in graph.values() if parent}
    assert len(heads) == 1, f"the migrations must have one head, not {sorted(heads)}"
    return heads.pop()


def _describe(location: DatabaseLocation) -> str:
    return location.describe()


def read_status(connection: Connection, location: DatabaseLocation) -> SchemaStatus:
    """Where the database stands against this app's migrations.

    Raises ``NotAKamDeskDatabaseError`` for another program's database and
    ``DatabaseTooNewError`` for a revision this app does not know.
    """
    head = head_revision()
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return SchemaStatus(SchemaState.EMPTY, None, head)
    revision = None
    if VERSION_TABLE in tables:
        revision = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    if revision is None:
        raise NotAKamDeskDatabaseError(
            f"{_describe(location)} is not a KAM Desk database "
            f"(it holds tables of another program: {', '.join(sorted(tables)[:3])})"
        )
    if revision not in revision_graph():
        raise DatabaseTooNewError(
            f"{_describe(location)} was written by a newer KAM Desk (schema {revision}); "
            "update KAM Desk to open it. The file was not changed."
        )
    state = SchemaState.CURRENT if revision == head else SchemaState.BEHIND
    return SchemaStatus(state, revision, head)


@contextmanager
def translated_errors(location: DatabaseLocation) -> Iterator[None]:
    """Turn the driver's cryptic failures into messages that name the database."""
    try:
        yield
    except SQLAlchemyDatabaseError as error:
        detail = REDACTOR.redact(str(error.orig) if error.orig is not None else str(error))
        if not location.is_sqlite:
            raise _server_error(location, error, detail) from None
        lowered = detail.lower()
        if "file is not a database" in lowered:
            _refuse_encrypted(location)
            raise NotAKamDeskDatabaseError(
                f"{_describe(location)} is not a KAM Desk database (not a SQLite file)"
            ) from None
        if "malformed" in lowered or "corrupt" in lowered:
            raise CorruptDatabaseError(
                f"{_describe(location)} is damaged ({detail}); restore it from a backup"
            ) from None
        failure = database_write_failure(error, _describe(location), doing=OPENING)
        if failure is not None:
            raise failure from None
        if isinstance(error, OperationalError):
            raise DatabaseError(f"cannot open {_describe(location)}: {detail}") from None
        raise


def _refuse_encrypted(location: DatabaseLocation) -> None:
    """SQLite says "file is not a database" for an encrypted file too: say what it is."""
    path = location.path
    if location.is_encrypted:
        raise WorkspaceKeyRefusedError(
            f"the workspace {path} is encrypted and the key given does not open it"
        ) from None
    if path is not None and looks_encrypted(path):
        raise WorkspaceLockedError(
            f"the workspace {path} is encrypted and no key was given to open it"
        ) from None


def _server_error(
    location: DatabaseLocation, error: SQLAlchemyDatabaseError, detail: str
) -> Exception:
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate is None and isinstance(error, OperationalError):
        return connection_problem(location, detail)  # no answer from the server at all
    if sqlstate == LOCK_NOT_AVAILABLE:
        return DatabaseError(
            f"{_describe(location)} is in use by colleagues' open KAM Desk sessions, so its "
            "schema could not be upgraded; ask them to close KAM Desk, then try again"
        )
    if isinstance(error, OperationalError):
        return DatabaseError(f"the team server {_describe(location)} reported: {detail}")
    return error


def inspect_database(location: DatabaseLocation) -> SchemaStatus:
    """Read the schema state without changing a byte of the database file."""
    if location.path is not None:
        if not location.path.exists():
            return SchemaStatus(SchemaState.EMPTY, None, head_revision())
        require_sqlite_file(location.path, location.key)
    # A bare engine: no journal-mode or other pragma may touch a file we might refuse.
    # A server's engine gets its connect timeout: an unreachable one fails, never hangs.
    if location.is_sqlite:
        engine = create_engine(location.url, poolclass=NullPool)
    else:
        engine = create_db_engine(location, poolclass=NullPool)
    try:
        with translated_errors(location), engine.connect() as connection:
            return read_status(connection, location)
    finally:
        engine.dispose()


def upgrade_to_head(
    location: DatabaseLocation, before: Callable[[str | None], None] | None = None
) -> None:
    """Run every pending migration in one transaction; nothing is committed if one fails.

    On a server, clients starting at once take turns (an advisory lock): the one that
    finds the schema current when its turn comes does nothing, and ``before(revision)``
    (a backup) runs only for the one that upgrades. Waiting for colleagues' open
    transactions gives up after ``UPGRADE_LOCK_TIMEOUT_S``."""
    from alembic import command

    engine = create_db_engine(location, foreign_keys=False, poolclass=NullPool)
    try:
        with engine.connect() as connection, connection.begin():
            if not location.is_sqlite:
                connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{UPGRADE_LOCK_TIMEOUT_S}s'")
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK_KEY}
                )
                status = read_status(connection, location)
                if status.state is SchemaState.CURRENT:
                    return
                if before is not None:
                    before(status.revision)
            command.upgrade(alembic_config(connection), "head")
            if location.is_sqlite:
                broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                if broken:
                    raise DatabaseError(f"the upgrade left {len(broken)} broken references")
    finally:
        engine.dispose()


def _checkpoint(location: DatabaseLocation) -> None:
    """Fold the WAL into the main file so that one file holds the whole database."""
    engine = create_engine(location.url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def _restore_snapshot(path: Path, snapshot: Path) -> None:
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    snapshot.replace(path)


def _upgrade_server(location: DatabaseLocation, status: SchemaStatus) -> UpgradeReport:
    made: list[tuple[Path | None, str]] = []

    def dump(revision: str | None) -> None:
        made.append(dump_before_upgrade(location, revision))

    try:
        with translated_errors(location):
            upgrade_to_head(location, before=dump)
    except KamDeskError:
        raise
    except Exception as error:
        kept = f"; a backup is at {made[0][0]}" if made and made[0][0] is not None else ""
        raise MigrationFailedError(
            f"upgrading {_describe(location)} from schema {status.revision} failed "
            f"({REDACTOR.redact(str(error))}); the upgrade was rolled back, so the database "
            f"is unchanged{kept}"
        ) from error
    backup, advice = made[0] if made else (None, "")
    return UpgradeReport(status, backup, advice)


def prepare_database(location: DatabaseLocation) -> UpgradeReport:
    """Bring the database to this app's schema, with a backup first when data is at stake.

    A SQLite file that is behind is backed up (online backup API, kept in
    ``backups/``) and snapshotted; if the upgrade fails the snapshot is put
    back, so the file is byte-identical to before, and ``MigrationFailedError``
    says so. A server database that is behind is dumped with ``pg_dump`` into the
    data folder's ``backups/`` when pg_dump is installed (else the report's
    ``advice`` says how to back it up) and upgraded in one transaction: a failure
    changes nothing. Raises the errors of ``inspect_database`` unchanged.
    """
    status = inspect_database(location)
    if status.state is SchemaState.CURRENT:
        return UpgradeReport(status, None)
    if not location.is_sqlite and status.state is SchemaState.BEHIND:
        return _upgrade_server(location, status)
    path = location.path
    if status.state is SchemaState.EMPTY or path is None:  # nothing to lose yet
        with translated_errors(location):
            upgrade_to_head(location)
        return UpgradeReport(status, None)

    with translated_errors(location):
        _checkpoint(location)
    backup = back_up(path, reason=f"before-upgrade-{status.revision}", key=location.key)
    snapshot = path.with_name(path.name + ".pre-upgrade")
    try:
        shutil.copyfile(path, snapshot)
    except OSError as error:
        snapshot.unlink(missing_ok=True)
        what = "the copy taken before the upgrade"
        raise WriteFailedError.from_os_error(what, snapshot, error) from None
    try:
        with translated_errors(location):
            upgrade_to_head(location)
    except Exception as error:
        _restore_snapshot(path, snapshot)
        raise MigrationFailedError(
            f"upgrading {path} from schema {status.revision} failed ({error}); "
            f"the original file was restored unchanged, and a backup is at {backup}"
        ) from error
    snapshot.unlink(missing_ok=True)
    return UpgradeReport(status, backup)
