"""Why a write failed, said the same way everywhere: files the app saves and database commits.

The operating system's error numbers (and SQLite's result codes, which hide them) are
mapped here, once, to a ``WriteProblem``; the errors below turn it into the one line the
CLI prints and the window shows ("Disk full while saving brief 10-4711 to … — nothing
was overwritten").
"""

import errno
import sqlite3
from enum import StrEnum
from pathlib import Path

from app.errors import DatabaseError, KamDeskError

# What a failed database write was for, as its message says it.
SAVING = "saving"
OPENING = "opening"
BACKING_UP = "backing up"


class WriteProblem(StrEnum):
    """What stopped a write, in the words that start the user's message."""

    DISK_FULL = "Disk full"
    QUOTA = "Disk quota exceeded"
    TOO_LARGE = "File size limit reached"
    # SQLite says only "disk I/O error" when a write comes back short: a full disk, a
    # size limit or a failing disk.
    WRITE_REFUSED = "Disk full or failing"
    IO_ERROR = "Disk error (input/output)"
    READ_ONLY = "Read-only disk"
    NO_PERMISSION = "Permission denied"
    OTHER = "Could not save"


_BY_ERRNO = {
    errno.ENOSPC: WriteProblem.DISK_FULL,
    errno.EDQUOT: WriteProblem.QUOTA,
    errno.EFBIG: WriteProblem.TOO_LARGE,
    errno.EIO: WriteProblem.IO_ERROR,
    errno.EROFS: WriteProblem.READ_ONLY,
    errno.EACCES: WriteProblem.NO_PERMISSION,
    errno.EPERM: WriteProblem.NO_PERMISSION,
}

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_PERM = 3
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_FULL = 13
_BY_SQLITE_CODE = {
    _SQLITE_FULL: WriteProblem.DISK_FULL,
    _SQLITE_IOERR: WriteProblem.WRITE_REFUSED,
    _SQLITE_READONLY: WriteProblem.READ_ONLY,
    _SQLITE_PERM: WriteProblem.NO_PERMISSION,
}
# For drivers whose exceptions carry no code (sqlcipher3 builds may not): SQLite's texts.
_BY_SQLITE_TEXT = (
    ("database or disk is full", WriteProblem.DISK_FULL),
    ("disk i/o error", WriteProblem.WRITE_REFUSED),
    ("attempt to write a readonly database", WriteProblem.READ_ONLY),
)
# PostgreSQL's SQLSTATEs for a full disk and for running out of space in other ways.
_BY_SQLSTATE = {"53100": WriteProblem.DISK_FULL, "54000": WriteProblem.TOO_LARGE}


def problem_of(error: OSError) -> WriteProblem:
    """The ``WriteProblem`` behind an ``OSError`` (``OTHER`` for the rest)."""
    return _BY_ERRNO.get(error.errno or 0, WriteProblem.OTHER)


class WriteFailedError(KamDeskError):
    """A file could not be written; the previous file, if any, is untouched."""

    def __init__(self, what: str, path: Path, problem: WriteProblem, detail: str = "") -> None:
        self.what = what
        self.path = path
        self.problem = problem
        self.detail = detail
        if problem is WriteProblem.OTHER:
            cause = f" ({detail})" if detail else ""
            message = f"Could not save {what} to {path}{cause} — nothing was overwritten"
        else:
            message = f"{problem.value} while saving {what} to {path} — nothing was overwritten"
        super().__init__(message)

    @classmethod
    def from_os_error(cls, what: str, path: Path, error: OSError) -> "WriteFailedError":
        return cls(what, path, problem_of(error), error.strerror or str(error))


class DatabaseWriteError(DatabaseError):
    """A database write failed for want of disk space (or a failing disk): a commit (rolled
    back), the writes of opening a workspace (schema, journal), or a backup's copy."""

    def __init__(
        self, database: str, problem: WriteProblem, detail: str = "", *, doing: str = SAVING
    ) -> None:
        self.database = database
        self.problem = problem
        self.detail = detail
        self.doing = doing
        where = f"the database {database}" if database else "the database"
        if doing == OPENING:
            text = f"{problem.value} while opening {where} — nothing in it was changed"
        elif doing == BACKING_UP:
            text = (
                f"{problem.value} while writing the backup {database} — the workspace itself "
                "is untouched"
            )
        else:
            text = (
                f"{problem.value} while saving to {where} — the change was not saved; "
                "everything saved before is kept"
            )
        super().__init__(text)


def _driver_error(error: BaseException) -> BaseException:
    """The DB-API exception under SQLAlchemy's wrapper (``.orig``), else ``error``."""
    original = getattr(error, "orig", None)
    return original if isinstance(original, BaseException) else error


def sqlite_problem(error: BaseException) -> WriteProblem | None:
    """The ``WriteProblem`` of a failed SQLite or PostgreSQL write; None for other errors."""
    error = _driver_error(error)
    sqlstate = getattr(error, "sqlstate", None)
    if isinstance(sqlstate, str):
        return _BY_SQLSTATE.get(sqlstate)
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _BY_SQLITE_CODE:
        return _BY_SQLITE_CODE[code & 0xFF]
    if isinstance(error, sqlite3.Error) or type(error).__module__.startswith("sqlcipher"):
        text = str(error).lower()
        for words, problem in _BY_SQLITE_TEXT:
            if words in text:
                return problem
    if isinstance(error, OSError):
        problem = problem_of(error)
        return None if problem is WriteProblem.OTHER else problem
    return None


def database_write_failure(
    error: BaseException, database: str = "", *, doing: str = SAVING
) -> DatabaseWriteError | None:
    """``error`` as the clear ``DatabaseWriteError`` when it is a full or failing disk under
    ``database`` (named as the user knows it, if known) while ``doing`` (``SAVING``,
    ``OPENING`` or ``BACKING_UP``); None when it is anything else."""
    problem = sqlite_problem(error)
    if problem is None:
        return None
    return DatabaseWriteError(database, problem, str(_driver_error(error)), doing=doing)
