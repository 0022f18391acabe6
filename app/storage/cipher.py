"""SQLCipher underneath an encrypted workspace: telling an encrypted file from a plain one,
opening it with its key, and the errors a missing or wrong key gets.

A key is the text SQLCipher's ``PRAGMA key`` takes: either a random 256-bit raw key
written ``x'<64 hex digits>'`` (kept in the keyring; no key derivation) or a passphrase
the user chose (SQLCipher derives the AES-256 key from it with PBKDF2-HMAC-SHA512 and
the file's own salt). SQLAlchemy's ``sqlite+pysqlcipher`` dialect passes a URL's
password to the same pragma, so a ``DatabaseLocation`` carries its key as that password.
"""

import re
import secrets
import sqlite3
from pathlib import Path
from typing import Any, cast

from app.errors import DatabaseError
from app.storage.location import DatabaseLocation, location_for_path

SQLITE_HEADER = b"SQLite format 3\x00"
# The smallest page SQLite and SQLCipher write; an encrypted file is whole pages.
SMALLEST_PAGE = 512
RAW_KEY = re.compile(r"x'[0-9A-Fa-f]{64}'")
# A chosen passphrase is at least this long; anything shorter cannot have encrypted a
# workspace here, and is too short to mask in every message without mangling them.
MIN_PASSPHRASE_LENGTH = 8


class WorkspaceLockedError(DatabaseError):
    """The workspace is encrypted and no key for it was found or given."""


class WorkspaceKeyRefusedError(DatabaseError):
    """The workspace is encrypted and the key or passphrase tried does not open it."""


def new_raw_key() -> str:
    """A fresh random 256-bit key in SQLCipher's raw-key form ``x'<64 hex digits>'``."""
    return f"x'{secrets.token_hex(32)}'"


def header_of(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER))


def looks_encrypted(path: Path) -> bool:
    """True for a file that is not plain SQLite but has an encrypted database's shape.

    SQLCipher writes no header: its first 16 bytes are a random salt, and the file is
    whole pages. Random bytes cannot be told from it for certain, so a text file or a
    short one still counts as "not a database"; a wrong key is found out on opening.
    """
    if not path.is_file():
        return False
    size = path.stat().st_size
    if size < SMALLEST_PAGE or size % SMALLEST_PAGE:
        return False
    return header_of(path) != SQLITE_HEADER


def quoted_key(key: str) -> str:
    """``key`` as SQLCipher's pragma reads it: in double quotes, quotes doubled."""
    return '"' + key.replace('"', '""') + '"'


def connect(
    path: Path, key: str | None, *, timeout: float = 5.0, cipher: bool = False
) -> sqlite3.Connection:
    """A DB-API connection in autocommit mode: the standard ``sqlite3`` for a plain file
    (``key`` None), ``sqlcipher3`` with the key set for an encrypted one (or with
    ``cipher``, for a plain file that is converted with ``sqlcipher_export``).

    sqlcipher3 is a fork of the standard module with the same interface, so it is typed
    as one; a backup runs only between two connections of the same module.
    """
    if key is None and not cipher:
        return sqlite3.connect(path, timeout=timeout, isolation_level=None)
    import sqlcipher3

    connection: Any = sqlcipher3.connect(str(path), timeout=timeout, isolation_level=None)
    prepare_encrypted(connection, key)
    return cast(sqlite3.Connection, connection)


def prepare_encrypted(connection: Any, key: str | None) -> None:
    """Set up a fresh sqlcipher3 connection: quiet, keyed, temporary tables in memory.

    SQLCipher otherwise prints "hmac check failed" to stderr on a wrong key; the
    message the user needs comes from us. With ``key`` None the key was already set
    (by SQLAlchemy's dialect). Temporary files stay in memory so no page of the
    database ever reaches the disk outside the encrypted file and its journal.
    """
    cursor = connection.cursor()
    cursor.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        cursor.execute(f"PRAGMA key = {quoted_key(key)}")
    cursor.execute("PRAGMA temp_store = MEMORY")
    cursor.close()


def driver_errors(key: str | None) -> tuple[type[Exception], ...]:
    """The ``Error`` classes a connection from ``connect(path, key)`` raises."""
    if key is None:
        return (sqlite3.Error,)
    import sqlcipher3

    return (sqlite3.Error, sqlcipher3.Error)


def key_opens(path: Path, key: str) -> bool:
    """True when ``key`` opens the encrypted database file ``path``."""
    import sqlcipher3

    try:
        connection = connect(path, key)
    except sqlcipher3.DatabaseError:
        return False
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        return False
    finally:
        connection.close()
    return True


def copy_location(path: Path, key: str | None) -> DatabaseLocation:
    """Where to read ``path``, a backup or copy of a workspace whose key is ``key``: with
    the key when the copy is encrypted, as a plain file otherwise."""
    plain = location_for_path(path)
    return plain.with_key(key) if key is not None and looks_encrypted(path) else plain
