"""SQLite backups through the online backup API: safe while the database is in use.

The backup of an encrypted workspace is encrypted with the same key: SQLCipher's backup
decrypts each page of the source and encrypts it again for the copy.
"""

from contextlib import closing, suppress
from datetime import UTC, datetime
from pathlib import Path

from app.errors import (
    CorruptDatabaseError,
    DatabaseError,
    NotAKamDeskDatabaseError,
    NotFoundError,
)
from app.storage.cipher import WorkspaceLockedError, connect, driver_errors, looks_encrypted
from app.storage.files import replacing
from app.storage.write_errors import BACKING_UP, database_write_failure

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_DIR_NAME = "backups"
# Left beside a database whose backup found damage: the next start checks it in full.
CHECK_MARK_SUFFIX = ".check-at-start"


def backup_dir_for(database: Path) -> Path:
    """Backups live in ``backups/`` beside the database (the data dir's for the default file)."""
    return database.parent / BACKUP_DIR_NAME


def backup_file_name(database: Path, reason: str, now: datetime | None = None) -> str:
    moment = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S-%f")
    return f"{database.stem}-{moment}-{reason}.db"


def looks_like_sqlite(path: Path) -> bool:
    """True for a SQLite file or an empty one (SQLite treats 0 bytes as an empty database)."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    return header in (SQLITE_HEADER, b"")


def require_sqlite_file(path: Path, key: str | None = None) -> None:
    """Raise a clear error when ``path`` is missing or not a SQLite file at all.

    Without ``key`` an encrypted file raises ``WorkspaceLockedError``; with one, a
    plain file raises (whether the key is right is found out on opening).
    """
    if not path.exists():
        raise NotFoundError(f"{path}: no such file")
    if path.is_dir():
        raise NotAKamDeskDatabaseError(f"{path} is a folder, not a KAM Desk database")
    if looks_like_sqlite(path):
        if key is not None and path.stat().st_size:
            raise DatabaseError(f"{path} is not encrypted, so it cannot be opened with a key")
        return
    if not looks_encrypted(path):
        raise NotAKamDeskDatabaseError(f"{path} is not a KAM Desk database (not a SQLite file)")
    if key is None:
        raise WorkspaceLockedError(
            f"the workspace {path} is encrypted and no key was given to open it"
        )


def copy_database(source: Path, target: Path, what: str = "backup", key: str | None = None) -> None:
    """Copy a live SQLite database page by page into ``target`` (replaced if it exists); an
    encrypted one (``key``) into a copy encrypted with the same key.

    The copy is made beside the target, checked (``quick_check``), synced and renamed into
    place, so a full disk or a failure never leaves a half-written file under the target's
    name. Raises ``WriteFailedError`` naming ``what`` when the disk refuses the copy, and
    ``CorruptDatabaseError`` when the copy fails its check (``source`` is then marked for a
    full check at the next start).
    """
    with replacing(target, what) as partial:
        try:
            with (
                closing(connect(source, key)) as src,
                closing(connect(partial, key)) as dst,
            ):
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
                problems = [
                    str(row[0]) for row in dst.execute("PRAGMA quick_check(5)") if row[0] != "ok"
                ]
        except driver_errors(key) as error:
            if "malformed" not in str(error) and "not a database" not in str(error):
                raise
            problems = [str(error)]
        if problems:
            mark_for_check(source)
            raise CorruptDatabaseError(
                f"{source} looks damaged: its copy fails SQLite's check ({problems[0]}); "
                f"no {what} was written. Restart KAM Desk or run 'kamdesk-cli check'"
            )


def check_mark(database: Path) -> Path:
    """The empty file that asks for a full check of ``database`` at the next start."""
    return database.with_name(database.name + CHECK_MARK_SUFFIX)


def mark_for_check(database: Path) -> None:
    """Ask for a full check of ``database`` at the next start (best effort: the disk may be
    the very thing that is failing)."""
    with suppress(OSError):
        check_mark(database).touch()


def back_up(
    database: Path, reason: str = "manual", target: Path | None = None, key: str | None = None
) -> Path:
    """Back ``database`` up to ``target`` (default: a timestamped file in its backups folder).

    ``key`` is an encrypted database's key: its backup is encrypted with it too."""
    require_sqlite_file(database, key)
    if target is None:
        target = backup_dir_for(database) / backup_file_name(database, reason)
    copy_database(database, target, key=key)
    return target


def overwrite_database(
    source: Path, target: Path, key: str | None = None, source_key: str | None = None
) -> None:
    """Replace the contents of ``target`` with ``source`` through SQLite's backup API.

    Both are plain, or both encrypted: ``target`` with ``key``, ``source`` with
    ``source_key`` (default: ``key``); SQLCipher re-encrypts every page on the way.

    Writing through SQLite (not a file copy) keeps the target's WAL consistent
    and is one transaction: if it fails, ``target`` keeps its old contents (a full disk
    raises ``DatabaseWriteError``).
    """
    try:
        with (
            closing(connect(source, source_key or key)) as src,
            closing(connect(target, key, timeout=5)) as dst,
        ):
            src.backup(dst)
    except driver_errors(key) as error:
        failure = database_write_failure(error, str(target), doing=BACKING_UP)
        if failure is None:
            raise
        raise failure from None
