"""Encrypting a workspace at rest and back: every row kept, nothing plain left behind, and
backups, restores, checks and migrations that work on the encrypted file."""

import os
import re
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from app.bootstrap import open_workspace
from app.demo import generate_demo
from app.errors import DatabaseBusyError, InvalidValueError
from app.interchange.backups import daily_backup
from app.interchange.json_workspace import export_workspace
from app.storage.backup import back_up, backup_dir_for
from app.storage.cipher import SQLITE_HEADER, WorkspaceLockedError, copy_location, looks_encrypted
from app.storage.damage import set_aside
from app.storage.encryption import decrypt_workspace, encrypt_workspace
from app.storage.integrity import check_database
from app.storage.location import location_for_path, resolve_location
from app.storage.restore import restore_backup, restore_latest_good
from app.storage.secrets import SERVICE_NAME
from app.storage.workspace_keys import key_entry_name
from tests.helpers.keyrings import MemoryKeyring, install_memory_keyring

TODAY = date(2026, 11, 23)
PASSPHRASE = "Kündigungsfrist 2027!"
DEMO_NAME = "Präzisionsteile Müller GmbH"  # an account of the demo workspace


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return install_memory_keyring()


@pytest.fixture
def filled(db_path: Path) -> Path:
    """A plain workspace holding the twelve demo accounts."""
    workspace = open_workspace(db_path)
    with workspace.transaction() as session:
        generate_demo(session, today=TODAY)
    workspace.close()
    return db_path


def exported(path: Path) -> bytes:
    workspace = open_workspace(path)
    try:
        with workspace.session() as session:
            return export_workspace(session)
    finally:
        workspace.close()


def files_holding(folder: Path, text: str) -> list[Path]:
    needle = text.encode("utf-8")
    return [path for path in folder.rglob("*") if path.is_file() and needle in path.read_bytes()]


def test_encrypt_then_decrypt_keeps_every_row_byte_for_byte(
    filled: Path, memory_keyring: MemoryKeyring
) -> None:
    before = exported(filled)

    encrypted = encrypt_workspace(location_for_path(filled))

    assert looks_encrypted(filled)
    assert encrypted.report.rows > 500 and encrypted.report.tables >= 20
    assert exported(filled) == before  # opened with the key from the keyring
    decrypt_workspace(encrypted.location)
    assert filled.read_bytes()[:16] == SQLITE_HEADER
    assert exported(filled) == before
    assert memory_keyring.entries == {}  # the key left the keyring with the encryption


def test_the_key_is_a_random_256_bit_key_in_the_keyring_under_the_database_path(
    filled: Path, memory_keyring: MemoryKeyring
) -> None:
    result = encrypt_workspace(location_for_path(filled))

    entry = key_entry_name(filled)
    assert entry == f"encryption-key:{filled}"
    assert result.report.key_entry == entry
    key = memory_keyring.entries[(SERVICE_NAME, entry)]
    assert re.fullmatch(r"x'[0-9a-f]{64}'", key)
    assert result.location.key == key
    assert key not in repr(result.location) and key not in result.location.describe()


def test_the_plain_file_and_its_backups_are_gone_after_encrypting(
    filled: Path, memory_keyring: MemoryKeyring
) -> None:
    manual = back_up(filled, "manual")
    daily = daily_backup(location_for_path(filled), datetime.now(UTC))
    assert daily is not None
    assert files_holding(filled.parent, DEMO_NAME)  # the scan finds plain text
    old_file = os.open(filled, os.O_RDONLY)  # the plain file's bytes, whatever its name
    try:
        report = encrypt_workspace(location_for_path(filled)).report
        old_bytes = os.pread(old_file, os.fstat(old_file).st_size, 0)
    finally:
        os.close(old_file)

    assert set(old_bytes) == {0}  # overwritten before it was let go
    assert files_holding(filled.parent, DEMO_NAME) == []
    assert {manual, daily, report.safety_backup} <= set(report.backups_converted)
    assert all(looks_encrypted(path) for path in backup_dir_for(filled).iterdir())
    assert report.left_as_they_were == ()
    assert sorted(path.name for path in filled.parent.iterdir()) == ["backups", filled.name]


def test_an_encrypted_backup_opens_with_the_workspace_key_only(
    filled: Path, memory_keyring: MemoryKeyring
) -> None:
    location = encrypt_workspace(location_for_path(filled)).location
    backup = back_up(filled, "manual", key=location.key)
    daily = daily_backup(location, datetime.now(UTC))
    assert daily is not None

    for copy in (backup, daily):
        assert looks_encrypted(copy)
        with closing(sqlite3.connect(copy)) as plain, pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchall()
        with pytest.raises(WorkspaceLockedError, match="is encrypted and no key for it"):
            open_workspace(copy)
        assert check_database(copy_location(copy, location.key)).ok


def test_check_and_wal_mode_work_on_the_encrypted_file(
    filled: Path, memory_keyring: MemoryKeyring
) -> None:
    location = encrypt_workspace(location_for_path(filled)).location
    workspace = open_workspace(filled)
    try:
        with workspace.engine.connect() as connection:
            mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
            cipher = connection.exec_driver_sql("PRAGMA cipher_version").scalar()
        assert mode == "wal" and cipher
        assert filled.with_name(filled.name + "-wal").exists()
    finally:
        workspace.close()
    report = check_database(location)
    assert report.ok and report.schema.state.value == "current"


def test_a_passphrase_encrypts_without_a_keyring(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = exported(filled)
    result = encrypt_workspace(location_for_path(filled), PASSPHRASE)
    assert result.report.key_entry is None

    with pytest.raises(WorkspaceLockedError, match="KAMDESK_PASSPHRASE"):
        open_workspace(filled)
    monkeypatch.setenv("KAMDESK_PASSPHRASE", PASSPHRASE)
    assert exported(filled) == before


@pytest.mark.parametrize(
    ("db", "passphrase", "message"),
    [
        ("postgresql://anna@db.example.com/kamdesk", None, "team server"),
        ("missing.db", None, "does not exist yet"),
        ("kamdesk.db", "short", "passphrase: must have at least 8 characters"),
    ],
)
def test_encrypting_refuses_what_it_cannot_do_with_nothing_changed(
    filled: Path, db: str, passphrase: str | None, message: str
) -> None:
    location = resolve_location(db if "://" in db else str(filled.with_name(db)))
    before = filled.read_bytes()
    with pytest.raises(InvalidValueError, match=message):
        encrypt_workspace(location, passphrase)
    assert filled.read_bytes() == before


def test_no_keyring_and_no_passphrase_changes_nothing(filled: Path) -> None:
    from app.storage.secrets import KeyringUnavailableError

    before = filled.read_bytes()
    with pytest.raises(KeyringUnavailableError, match="no keyring"):
        encrypt_workspace(location_for_path(filled))
    assert filled.read_bytes() == before


def test_encrypting_twice_or_decrypting_a_plain_file_is_refused(
    filled: Path, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(InvalidValueError, match="is not encrypted"):
        decrypt_workspace(location_for_path(filled))
    encrypt_workspace(location_for_path(filled))
    with pytest.raises(InvalidValueError, match="already encrypted"):
        encrypt_workspace(location_for_path(filled), PASSPHRASE)


def test_a_workspace_open_elsewhere_is_not_encrypted(
    filled: Path, memory_keyring: MemoryKeyring
) -> None:
    workspace = open_workspace(filled)
    before = exported(filled)
    try:
        with (
            workspace.engine.connect(),
            pytest.raises(DatabaseBusyError, match="open in another KAM Desk"),
        ):
            encrypt_workspace(location_for_path(filled))
    finally:
        workspace.close()
    assert not looks_encrypted(filled)
    assert memory_keyring.entries == {}  # the new key was taken back
    assert exported(filled) == before


def test_restoring_a_plain_backup_keeps_the_workspace_encrypted(
    filled: Path, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    outside = back_up(filled, "manual", target=tmp_path / "elsewhere" / "copy.db")
    before = exported(filled)
    location = encrypt_workspace(location_for_path(filled)).location
    workspace = open_workspace(filled)
    with workspace.transaction() as session:
        session.execute(text("DELETE FROM touchpoint"))
    workspace.close()

    report = restore_backup(location, outside)

    assert looks_encrypted(filled) and not looks_encrypted(outside)
    assert report.previous_saved_to is not None and looks_encrypted(report.previous_saved_to)
    assert exported(filled) == before


def test_restoring_an_encrypted_backup(filled: Path, memory_keyring: MemoryKeyring) -> None:
    location = encrypt_workspace(location_for_path(filled)).location
    before = exported(filled)
    backup = back_up(filled, "manual", key=location.key)
    workspace = open_workspace(filled)
    with workspace.transaction() as session:
        session.execute(text("DELETE FROM touchpoint"))
    workspace.close()
    assert exported(filled) != before

    restore_backup(location, backup)

    assert exported(filled) == before


def test_an_encrypted_backup_is_not_restored_into_a_plain_workspace(
    filled: Path, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    other = tmp_path / "other" / "kamdesk.db"
    back_up(filled, "manual", target=other)
    location = encrypt_workspace(location_for_path(other)).location
    encrypted_backup = back_up(other, "manual", key=location.key)
    before = filled.read_bytes()

    with pytest.raises(WorkspaceLockedError, match="encrypted"):
        restore_backup(location_for_path(filled), encrypted_backup)
    assert filled.read_bytes() == before


def test_after_damage_the_newest_encrypted_backup_is_restored_encrypted(
    filled: Path, memory_keyring: MemoryKeyring
) -> None:
    location = encrypt_workspace(location_for_path(filled)).location
    backup = back_up(filled, "manual", key=location.key)
    before = exported(filled)
    set_aside(filled)  # what happens to a damaged workspace file at start

    # As the next start or `kamdesk-cli restore --latest-good` does: no file, so no key yet.
    report = restore_latest_good(location_for_path(filled))

    assert report.restored_from == backup
    assert looks_encrypted(filled)
    assert exported(filled) == before
