"""Opening an encrypted workspace: its key from the keyring, KAMDESK_PASSPHRASE or the user,
and a message that says what went wrong when none opens it — never "file is not a
database". Also migrations, which run on the encrypted file with an encrypted backup."""

import logging
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from app.bootstrap import open_workspace
from app.errors import KamDeskError
from app.model import Account
from app.storage.cipher import (
    WorkspaceKeyRefusedError,
    WorkspaceLockedError,
    copy_location,
    looks_encrypted,
    new_raw_key,
)
from app.storage.encryption import encrypt_workspace
from app.storage.engine import create_db_engine
from app.storage.location import location_for_path
from app.storage.passwords import SessionPasswords
from app.storage.redaction import SecretRedactor
from app.storage.schema import SchemaState, alembic_config, inspect_database
from app.storage.secrets import SERVICE_NAME
from app.storage.workspace_keys import WorkspaceKeys, key_entry_name
from tests.helpers import factories
from tests.helpers.keyrings import MemoryKeyring, install_memory_keyring

PASSPHRASE = "Kündigungsfrist 2027!"


class Answers:
    """A ``PassphrasePrompt`` that answers from a list and records the attempts."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.attempts: list[tuple[Path, int]] = []

    def __call__(self, database: Path, attempt: int) -> str:
        self.attempts.append((database, attempt))
        return self.answers.pop(0)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return install_memory_keyring()


@pytest.fixture
def keyring_encrypted(db_path: Path, memory_keyring: MemoryKeyring) -> Path:
    """An encrypted workspace with one account, its key in the keyring."""
    workspace = open_workspace(db_path)
    with workspace.transaction() as session:
        factories.account(session, customer_number="10-4711", name="Präzision Müller GmbH")
    workspace.close()
    encrypt_workspace(location_for_path(db_path))
    return db_path


@pytest.fixture
def passphrase_encrypted(db_path: Path) -> Path:
    open_workspace(db_path).close()
    encrypt_workspace(location_for_path(db_path), PASSPHRASE)
    return db_path


def unlock(path: Path, keys: WorkspaceKeys) -> str | None:
    return keys.unlock(location_for_path(path)).key


def assert_clear(error: KamDeskError, path: Path) -> None:
    message = str(error)
    assert f"the workspace {path} is encrypted and " in message
    assert "not a database" not in message and "not a KAM Desk" not in message


def test_the_key_in_the_keyring_opens_it(
    keyring_encrypted: Path, memory_keyring: MemoryKeyring
) -> None:
    key = memory_keyring.entries[(SERVICE_NAME, key_entry_name(keyring_encrypted))]
    assert unlock(keyring_encrypted, WorkspaceKeys()) == key
    workspace = open_workspace(keyring_encrypted)
    with workspace.session() as session:
        assert session.query(Account).one().name == "Präzision Müller GmbH"
    workspace.close()


def test_a_wrong_key_in_the_keyring_is_named(
    keyring_encrypted: Path, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.entries[(SERVICE_NAME, key_entry_name(keyring_encrypted))] = new_raw_key()
    with pytest.raises(WorkspaceKeyRefusedError) as refused:
        open_workspace(keyring_encrypted)
    assert_clear(refused.value, keyring_encrypted)
    assert str(refused.value).endswith("the key in the keyring does not open it")


def test_a_missing_key_says_where_it_was_looked_for(
    keyring_encrypted: Path, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.entries.clear()
    with pytest.raises(WorkspaceLockedError) as locked:
        open_workspace(keyring_encrypted)
    assert_clear(locked.value, keyring_encrypted)
    assert f"no entry 'encryption-key:{keyring_encrypted}' (service 'kamdesk')" in str(locked.value)
    assert "KAMDESK_PASSPHRASE" in str(locked.value)


def test_without_a_keyring_the_passphrase_comes_from_the_environment(
    passphrase_encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(WorkspaceLockedError, match="no keyring is available"):
        open_workspace(passphrase_encrypted)
    monkeypatch.setenv("KAMDESK_PASSPHRASE", "not the passphrase")
    with pytest.raises(WorkspaceKeyRefusedError) as refused:
        open_workspace(passphrase_encrypted)
    assert_clear(refused.value, passphrase_encrypted)
    assert str(refused.value).endswith("the passphrase in KAMDESK_PASSPHRASE does not open it")
    monkeypatch.setenv("KAMDESK_PASSPHRASE", PASSPHRASE)
    workspace = open_workspace(passphrase_encrypted)
    assert workspace.location.is_encrypted
    workspace.close()


def test_the_passphrase_is_asked_three_times_at_most(passphrase_encrypted: Path) -> None:
    right = Answers("wrong once", PASSPHRASE)
    assert unlock(passphrase_encrypted, WorkspaceKeys(right, redactor=SecretRedactor())) == (
        PASSPHRASE
    )
    assert [attempt for _, attempt in right.attempts] == [1, 2]

    wrong = Answers("a", "b", "c", "never asked")
    keys = WorkspaceKeys(wrong, redactor=SecretRedactor())
    with pytest.raises(WorkspaceKeyRefusedError) as refused:
        keys.unlock(location_for_path(passphrase_encrypted))
    assert wrong.attempts == [(passphrase_encrypted, attempt) for attempt in (1, 2, 3)]
    assert str(refused.value).endswith("the passphrase typed does not open it")
    with pytest.raises(WorkspaceLockedError):  # asked once per session, not again
        keys.unlock(location_for_path(passphrase_encrypted))


def test_a_plain_file_needs_no_key(db_path: Path) -> None:
    open_workspace(db_path).close()
    prompt = Answers()
    location = WorkspaceKeys(prompt).unlock(location_for_path(db_path))
    assert location.key is None and not location.is_encrypted
    assert prompt.attempts == []


def test_keys_and_passphrases_never_reach_a_log(
    passphrase_encrypted: Path, caplog: pytest.LogCaptureFixture
) -> None:
    redactor = SecretRedactor()
    caplog.handler.addFilter(redactor)
    passwords = SessionPasswords(keys=WorkspaceKeys(Answers(PASSPHRASE), redactor=redactor))
    location = passwords.unlock(location_for_path(passphrase_encrypted))
    with caplog.at_level(logging.INFO):
        logging.getLogger("kamdesk.test").info("opened %s with %s", location.url, location.key)
    assert PASSPHRASE not in caplog.text and "***" in caplog.text


def _older_revision_file(path: Path) -> str:
    """A workspace at the first schema revision holding one account; returns the revision."""
    engine = create_db_engine(location_for_path(path), foreign_keys=False)
    first = list(ScriptDirectory.from_config(alembic_config()).walk_revisions())[-1].revision
    with engine.connect() as connection, connection.begin():
        command.upgrade(alembic_config(connection), first)
        connection.exec_driver_sql(
            "INSERT INTO account (name, customer_number, industry, street, postal_code, city,"
            " country, tier, owner, currency, status, notes, created_at, updated_at, version)"
            " VALUES ('Müller', '10-4711', '', '', '', '', 'DE', 'A', '', 'EUR', 'active', '',"
            " '2026-11-23 10:00:00', '2026-11-23 10:00:00', 1)"
        )
    engine.dispose()
    return first


def test_an_encrypted_workspace_at_an_older_revision_is_upgraded_with_an_encrypted_backup(
    db_path: Path, memory_keyring: MemoryKeyring
) -> None:
    first = _older_revision_file(db_path)
    location = encrypt_workspace(location_for_path(db_path)).location
    assert inspect_database(location).state is SchemaState.BEHIND

    workspace = open_workspace(db_path)

    report = workspace.upgrade
    assert report is not None and report.before.revision == first and report.backup is not None
    assert looks_encrypted(db_path) and looks_encrypted(report.backup)
    backup_status = inspect_database(copy_location(report.backup, location.key))
    assert backup_status.revision == first
    with workspace.session() as session:
        assert session.query(Account).one().name == "Müller"
    workspace.close()
    assert inspect_database(location).state is SchemaState.CURRENT


def test_a_few_wrong_letters_are_not_masked_in_every_message(passphrase_encrypted: Path) -> None:
    redactor = SecretRedactor()
    keys = WorkspaceKeys(Answers("abc", "a wrong guess", PASSPHRASE), redactor=redactor)
    keys.unlock(location_for_path(passphrase_encrypted))
    assert redactor.redact("abc; a wrong guess; " + PASSPHRASE) == "abc; ***; ***"
