"""Converting one SQLite file between plain and encrypted, verified before it takes the
original's place.

``convert_file`` copies every table with SQLCipher's ``sqlcipher_export`` into a new file
beside the original (holding an exclusive lock on the original meanwhile), opens the
copy afresh with its key, requires ``integrity_check`` to answer "ok" and every table to
hold as many rows as in the original, and only then renames it over the original. A
plain original's bytes are then overwritten (``app.storage.shred``). If anything fails
the copy is removed and the original is untouched.
"""

import os
import sqlite3
import tempfile
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from app.errors import DatabaseBusyError, DatabaseError, InvalidValueError, KamDeskError
from app.storage.backup import backup_dir_for, overwrite_database
from app.storage.cipher import (
    SQLITE_HEADER,
    connect,
    driver_errors,
    header_of,
    key_opens,
    looks_encrypted,
)
from app.storage.redaction import REDACTOR
from app.storage.shred import replace_shredding_old, shred

COMPANIONS = ("-journal", "-wal", "-shm")
TABLES = (
    "SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
)


class ConversionFailedError(DatabaseError):
    """The converted copy could not be written or failed its check; the original is kept."""


@dataclass(frozen=True)
class FileConversion:
    """What ``convert_file`` verified: rows per table in the original and the copy."""

    path: Path
    rows: dict[str, int]

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _row_counts(connection: sqlite3.Connection, schema: str = "main") -> dict[str, int]:
    execute = connection.execute
    names = [str(row[0]) for row in execute(TABLES.format(schema=schema)).fetchall()]
    return {
        name: int(execute(f"SELECT count(*) FROM {schema}.{_quoted(name)}").fetchone()[0])
        for name in names
    }


def claim_database(path: Path, key: str | None) -> None:
    """Make sure no other program has ``path`` open, and fold its WAL into the file.

    Leaving WAL mode needs the only connection to the file, so it doubles as the test.
    Raises ``DatabaseBusyError`` when another window or command has it open."""
    errors = driver_errors(key)
    try:
        with closing(connect(path, key, timeout=2)) as connection:
            connection.execute("PRAGMA journal_mode = DELETE").fetchone()
    except errors as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise DatabaseBusyError(
                f"{path} is open in another KAM Desk window or command; close it, then try "
                "again (nothing was changed)"
            ) from None
        raise


def _export(source: Path, source_key: str | None, partial: Path, key: str | None) -> dict[str, int]:
    """Copy every table of ``source`` into the empty file ``partial`` encrypted with ``key``
    (plain when None); return the row counts read under the same exclusive lock."""
    with closing(connect(source, source_key, cipher=True)) as connection:
        connection.execute("ATTACH DATABASE ? AS converted KEY ?", (str(partial), key or ""))
        try:
            connection.execute("BEGIN EXCLUSIVE")
            try:
                counts = _row_counts(connection)
                connection.execute("SELECT sqlcipher_export('converted')").fetchall()
                version = int(connection.execute("PRAGMA main.user_version").fetchone()[0])
                connection.execute(f"PRAGMA converted.user_version = {version}")
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        finally:
            connection.execute("DETACH DATABASE converted")
    return counts


def _verify(partial: Path, key: str | None, expected: dict[str, int], original: Path) -> None:
    encrypted = looks_encrypted(partial)
    if encrypted != (key is not None) or (key is None and header_of(partial) != SQLITE_HEADER):
        wanted = "encrypted" if key is not None else "plain"
        raise ConversionFailedError(f"the {wanted} copy of {original} came out wrong")
    with closing(connect(partial, key, cipher=True)) as connection:
        verdict = [str(row[0]) for row in connection.execute("PRAGMA integrity_check(5)")]
        if verdict != ["ok"]:
            raise ConversionFailedError(
                f"the converted copy of {original} fails the integrity check "
                f"({'; '.join(verdict)}); {original} was left as it was"
            )
        counts = _row_counts(connection)
    if counts != expected:
        differing = sorted(
            name
            for name in expected.keys() | counts.keys()
            if expected.get(name) != counts.get(name)
        )
        raise ConversionFailedError(
            f"the converted copy of {original} differs in the row counts of "
            f"{', '.join(differing)}; {original} was left as it was"
        )


def _sync(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def convert_file(
    source: Path, source_key: str | None, key: str | None, *, shred_old: bool
) -> FileConversion:
    """Replace ``source`` (encrypted with ``source_key``, or plain) by a verified copy
    encrypted with ``key`` (or plain). With ``shred_old`` the old bytes are overwritten.

    Raises ``ConversionFailedError`` (or the driver's error) with ``source`` untouched."""
    handle, name = tempfile.mkstemp(
        prefix=f".{source.name}.", suffix=".converting", dir=source.parent
    )
    os.close(handle)
    partial = Path(name)
    errors = driver_errors("")  # the copy is made by sqlcipher3 in both directions
    try:
        try:
            counts = _export(source, source_key, partial, key)
        except errors as error:
            detail = REDACTOR.redact(str(error))
            raise ConversionFailedError(
                f"{source} could not be converted ({detail}); it was left as it was"
            ) from None
        _verify(partial, key, counts, source)
        _sync(partial)
        left = [suffix for suffix in COMPANIONS if Path(f"{source}{suffix}").exists()]
        if left:
            raise ConversionFailedError(
                f"{source} was opened by another program meanwhile ({source}{left[0]} "
                "appeared); it was left as it was"
            )
        if shred_old:
            replace_shredding_old(partial, source)
        else:
            os.replace(partial, source)
    finally:
        for suffix in ("", *COMPANIONS):
            shred(Path(f"{partial}{suffix}"))  # a plain copy when decrypting
    return FileConversion(source, counts)


def backups_of(database: Path) -> list[Path]:
    """The backups of ``database`` in its backups folder (by name), newest first."""
    from app.interchange.backups import list_backups  # the naming rule lives there

    folder = backup_dir_for(database)
    return [info.path for info in list_backups(folder) if info.database == database.stem]


def convert_backups(
    backups: Iterable[Path], source_key: str | None, key: str | None
) -> tuple[list[Path], list[str]]:
    """Convert each backup still in the old form (plain when ``source_key`` is None, else
    encrypted with it); return the converted ones and "path (why)" for those left as
    they were. A backup in another form or with another key is left alone and named."""
    converted: list[Path] = []
    left: list[str] = []
    for backup in backups:
        plain = header_of(backup) == SQLITE_HEADER
        if source_key is None and not plain:
            continue  # already encrypted
        if source_key is not None:
            if plain:
                continue  # already plain
            if not looks_encrypted(backup) or not key_opens(backup, source_key):
                left.append(f"{backup} (encrypted with another key)")
                continue
        try:
            convert_file(backup, source_key, key, shred_old=source_key is None)
        except (KamDeskError, OSError) as error:
            left.append(f"{backup} ({error})")
            continue
        converted.append(backup)
    return converted, left


def restore_into(source: Path, target: Path, key: str | None) -> None:
    """Replace the contents of ``target`` (encrypted with ``key``, or plain) with the backup
    ``source``, in ``target``'s form: a plain backup restored into an encrypted workspace
    is encrypted on the way, through a verified copy beside the target.

    Raises ``InvalidValueError`` for an encrypted backup and a plain workspace."""
    encrypted_source = looks_encrypted(source)
    if key is None and encrypted_source:
        raise InvalidValueError(
            "FILE",
            f"{source} is encrypted and this workspace is not: encrypt the workspace first "
            "('kamdesk-cli encrypt') or restore a plain backup",
        )
    if key is None or encrypted_source:
        overwrite_database(source, target, key)
        return
    handle, name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".restoring", dir=target.parent
    )
    os.close(handle)
    partial = Path(name)
    try:
        counts = _export(source, None, partial, key)
        _verify(partial, key, counts, source)
        overwrite_database(partial, target, key)
    finally:
        for suffix in ("", *COMPANIONS):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
