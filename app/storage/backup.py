"""SQLite backups through the online backup API: safe while the database is in use."""

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from app.errors import NotAKamDeskDatabaseError, NotFoundError

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_DIR_NAME = "backups"


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


def require_sqlite_file(path: Path) -> None:
    """Raise a clear error when ``path`` is missing or not a SQLite file at all."""
    if not path.exists():
        raise NotFoundError(f"{path}: no such file")
    if path.is_dir():
        raise NotAKamDeskDatabaseError(f"{path} is a folder, not a KAM Desk database")
    if not looks_like_sqlite(path):
        raise NotAKamDeskDatabaseError(f"{path} is not a KAM Desk database (not a SQLite file)")


def copy_database(source: Path, target: Path) -> None:
    """Copy a live SQLite database page by page into ``target`` (replaced if it exists).

    The copy is made beside the target and renamed into place, so a failure
    never leaves a half-written file under the target's name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with (
            closing(sqlite3.connect(source)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def back_up(database: Path, reason: str = "manual", target: Path | None = None) -> Path:
    """Back ``database`` up to ``target`` (default: a timestamped file in its backups folder)."""
    require_sqlite_file(database)
    if target is None:
        target = backup_dir_for(database) / backup_file_name(database, reason)
    copy_database(database, target)
    return target


def overwrite_database(source: Path, target: Path) -> None:
    """Replace the contents of ``target`` with ``source`` through SQLite's backup API.

    Writing through SQLite (not a file copy) keeps the target's WAL consistent
    and is one transaction: if it fails, ``target`` keeps its old contents.
    """
    with (
        closing(sqlite3.connect(source)) as src,
        closing(sqlite3.connect(target, timeout=5)) as dst,
    ):
        src.backup(dst)
