"""Encrypting a workspace file at rest with SQLCipher (AES-256), and decrypting it again.

``encrypt_workspace`` on a plain file, in this order: the key is kept first (a random
256-bit key in the OS keyring, or the passphrase the user chose, which is kept nowhere),
no other program may have the file open, a plain backup is taken, the encrypted copy is
written and verified (``integrity_check``, same row counts), renamed over the file, and
only then are the plain file's old bytes overwritten. The workspace's backups are
encrypted the same way, so no plain copy is left in ``backups/``; a file that could not
be converted is named in the report. ``decrypt_workspace`` does the reverse and removes
the key from the keyring once nothing encrypted with it is left.
"""

import contextlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.errors import InvalidValueError
from app.storage.backup import back_up, require_sqlite_file
from app.storage.cipher import MIN_PASSPHRASE_LENGTH, key_opens, looks_encrypted, new_raw_key
from app.storage.conversion import backups_of, claim_database, convert_backups, convert_file
from app.storage.damage import SET_ASIDE_INFIX
from app.storage.location import DatabaseLocation
from app.storage.redaction import REDACTOR
from app.storage.workspace_keys import forget_key, key_entry_name, store_key, stored_key

if TYPE_CHECKING:
    from app.bootstrap import Workspace


@dataclass(frozen=True)
class ConversionReport:
    database: Path
    encrypted: bool  # the state the file is in now
    safety_backup: Path  # taken first, in the old form, then converted with the others
    rows: int  # verified in the converted file
    tables: int
    backups_converted: tuple[Path, ...]
    left_as_they_were: tuple[str, ...]  # "path (why)": files still in the old form
    # The keyring entry holding the key: kept (encrypt), or still needed (decrypt).
    key_entry: str | None = None


@dataclass(frozen=True)
class EncryptionResult:
    location: DatabaseLocation  # the file, with its key when encrypted
    report: ConversionReport


def check_passphrase(passphrase: str) -> None:
    """Raise ``InvalidValueError`` naming the passphrase when it is too short to protect."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidValueError(
            "passphrase", f"must have at least {MIN_PASSPHRASE_LENGTH} characters"
        )


def _local_file(location: DatabaseLocation) -> Path:
    path = location.path
    if path is None:
        raise InvalidValueError(
            "--db",
            "encryption is for a workspace file on this computer; a team server's data is "
            "protected by whoever runs the server",
        )
    if not path.exists() or path.stat().st_size == 0:
        raise InvalidValueError("--db", f"{path} does not exist yet (run 'kamdesk-cli init')")
    return path


def encryptable_file(location: DatabaseLocation) -> Path:
    """The plain workspace file of ``location``; raises ``InvalidValueError`` for a server,
    a file not made yet, and one that is encrypted already."""
    path = _local_file(location)
    if location.is_encrypted or looks_encrypted(path):
        raise InvalidValueError("--db", f"{path} is already encrypted")
    return path


def _plain_leftovers(path: Path) -> list[str]:
    return [
        f"{found} (a damaged copy moved aside; delete it once it is no longer needed)"
        for found in sorted(path.parent.glob(f"{path.name}{SET_ASIDE_INFIX}*"))
        if not looks_encrypted(found)
    ]


def encrypt_file(path: Path, key: str) -> ConversionReport:
    """Encrypt the plain workspace file ``path`` and its backups with ``key`` (see the
    module's steps). Raises ``DatabaseBusyError`` when another program has it open,
    ``ConversionFailedError`` when the encrypted copy fails its check: the file is then
    as it was."""
    REDACTOR.add(key)
    require_sqlite_file(path)
    claim_database(path, None)
    safety = back_up(path, reason="before-encrypt")
    done = convert_file(path, None, key, shred_old=True)
    converted, left = convert_backups(backups_of(path), None, key)
    left.extend(_plain_leftovers(path))
    return ConversionReport(
        path, True, safety, done.total_rows, len(done.rows), tuple(converted), tuple(left)
    )


def decrypt_file(path: Path, key: str) -> ConversionReport:
    """Turn the encrypted workspace file ``path`` and its backups that ``key`` opens back
    into plain SQLite files. Raises like ``encrypt_file``."""
    require_sqlite_file(path, key)
    claim_database(path, key)
    safety = back_up(path, reason="before-decrypt", key=key)
    done = convert_file(path, key, None, shred_old=False)
    converted, left = convert_backups(backups_of(path), key, None)
    return ConversionReport(
        path, False, safety, done.total_rows, len(done.rows), tuple(converted), tuple(left)
    )


def encrypt_workspace(
    location: DatabaseLocation, passphrase: str | None = None
) -> EncryptionResult:
    """Encrypt the plain workspace file of ``location``: with a new random key kept in the
    keyring, or with ``passphrase`` (kept nowhere: without it the data is lost).

    Raises ``InvalidValueError`` (a server, no file yet, already encrypted, a short
    passphrase), ``KeyringUnavailableError`` (no passphrase and no keyring) and the errors
    of ``encrypt_file``, each with nothing changed."""
    path = encryptable_file(location)
    if passphrase is not None:
        check_passphrase(passphrase)
        report = encrypt_file(path, passphrase)
        return EncryptionResult(location.with_key(passphrase), report)
    key = new_raw_key()
    REDACTOR.add(key)
    entry = store_key(path, key)
    try:
        report = encrypt_file(path, key)
    except BaseException:
        if not looks_encrypted(path):  # never forget the key of a file it encrypted
            with contextlib.suppress(Exception):
                forget_key(path)
        raise
    return EncryptionResult(location.with_key(key), replace(report, key_entry=entry))


def decrypt_workspace(location: DatabaseLocation) -> EncryptionResult:
    """Decrypt the workspace file of ``location`` (opened with its key, see
    ``WorkspaceKeys.unlock``). The key leaves the keyring unless a backup that could not
    be converted still needs it (then the report's ``key_entry`` names it)."""
    path = _local_file(location)
    key = location.key
    if key is None:
        raise InvalidValueError("--db", f"{path} is not encrypted")
    report = decrypt_file(path, key)
    still_needed = any(
        looks_encrypted(backup) and key_opens(backup, key) for backup in backups_of(path)
    )
    entry = None
    if stored_key(path) == key:
        if still_needed:
            entry = key_entry_name(path)
        else:
            forget_key(path)
    return EncryptionResult(location.with_key(None), replace(report, key_entry=entry))


def _release(workspace: "Workspace", session: Session | None) -> None:
    if session is not None:
        session.close()
    workspace.engine.dispose()  # no pooled connection may keep the old file open


def encrypt_open_workspace(
    workspace: "Workspace", passphrase: str | None = None, session: Session | None = None
) -> EncryptionResult:
    """``encrypt_workspace`` on the file an open workspace uses (the window's way: run on
    its database thread, whose ``session`` is closed and then bound to the new engine).
    The workspace opens the encrypted file from then on."""
    _release(workspace, session)
    result = encrypt_workspace(workspace.location, passphrase)
    workspace.reconnect(result.location)
    if session is not None:
        session.bind = workspace.engine
    return result


def decrypt_open_workspace(
    workspace: "Workspace", session: Session | None = None
) -> EncryptionResult:
    """``decrypt_workspace`` on the file an open workspace uses, like
    ``encrypt_open_workspace``."""
    _release(workspace, session)
    result = decrypt_workspace(workspace.location)
    workspace.reconnect(result.location)
    if session is not None:
        session.bind = workspace.engine
    return result
