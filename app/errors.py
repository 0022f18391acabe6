"""Errors a user can cause. Their message names the field, row, file or value at fault.

The CLI and the window show ``str(error)`` as it is; programming errors are not
``KamDeskError`` and still raise with a traceback.
"""


class KamDeskError(Exception):
    """Base of every error the user can cause and fix."""


class InvalidValueError(KamDeskError, ValueError):
    """A field holds a value the rules refuse."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class DatabaseError(KamDeskError):
    """The database cannot be opened, read or upgraded."""


class NotAKamDeskDatabaseError(DatabaseError):
    """The file exists but is not a KAM Desk database (or not SQLite at all)."""


class CorruptDatabaseError(DatabaseError):
    """SQLite reports damage in the file."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer KAM Desk; this one will not touch it."""


class DatabaseBusyError(DatabaseError):
    """Another connection kept the database locked for longer than the busy timeout."""


class MigrationFailedError(DatabaseError):
    """An upgrade failed and the original file was put back."""


class NotFoundError(KamDeskError):
    """A record named by the user (a customer number, a file) does not exist."""
