"""A failed write said in the window's language.

The core's ``WriteFailedError`` and ``DatabaseWriteError`` carry the facts (what was
being saved, where, and why: a ``WriteProblem``); their English text is for the CLI. Here
the same sentence is put together from translated parts.
"""

from PySide6.QtCore import QCoreApplication

from app.errors import KamDeskError
from app.storage.write_errors import (
    BACKING_UP,
    OPENING,
    DatabaseWriteError,
    WriteFailedError,
    WriteProblem,
)


def problem_text(problem: WriteProblem) -> str:
    """The words that start the message: "Disk full", "Read-only disk" …"""
    translate = QCoreApplication.translate
    words = {
        WriteProblem.DISK_FULL: translate("WriteFailure", "Disk full"),
        WriteProblem.QUOTA: translate("WriteFailure", "Disk quota exceeded"),
        WriteProblem.TOO_LARGE: translate("WriteFailure", "File size limit reached"),
        WriteProblem.WRITE_REFUSED: translate("WriteFailure", "Disk full or failing"),
        WriteProblem.IO_ERROR: translate("WriteFailure", "Disk error (input/output)"),
        WriteProblem.READ_ONLY: translate("WriteFailure", "Read-only disk"),
        WriteProblem.NO_PERMISSION: translate("WriteFailure", "Permission denied"),
    }
    return words.get(problem, translate("WriteFailure", "Could not save"))


def failure_text(error: KamDeskError) -> str:
    """The message for ``error``: translated for a failed write, ``str(error)`` otherwise."""
    if isinstance(error, WriteFailedError):
        if error.problem is WriteProblem.OTHER:
            return QCoreApplication.translate(
                "WriteFailure",
                "Could not save {what} to {path} ({reason}) — nothing was overwritten",
            ).format(what=error.what, path=error.path, reason=error.detail)
        return QCoreApplication.translate(
            "WriteFailure", "{problem} while saving {what} to {path} — nothing was overwritten"
        ).format(problem=problem_text(error.problem), what=error.what, path=error.path)
    if isinstance(error, DatabaseWriteError) and error.doing == OPENING:
        return QCoreApplication.translate(
            "WriteFailure",
            "{problem} while opening the database {database} — nothing in it was changed",
        ).format(problem=problem_text(error.problem), database=error.database)
    if isinstance(error, DatabaseWriteError) and error.doing == BACKING_UP:
        return QCoreApplication.translate(
            "WriteFailure",
            "{problem} while writing the backup {database} — the workspace itself is untouched",
        ).format(problem=problem_text(error.problem), database=error.database)
    if isinstance(error, DatabaseWriteError):
        return QCoreApplication.translate(
            "WriteFailure",
            "{problem} while saving to the database {database} — the change was not saved; "
            "everything saved before is kept",
        ).format(problem=problem_text(error.problem), database=error.database)
    return str(error)
