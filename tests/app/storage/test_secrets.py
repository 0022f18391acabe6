"""The team server password: in the OS keyring under service "kamdesk", asked once per
session where there is no keyring, and never shown in a description, an error or a log."""

import logging

import keyring
import pytest
from keyring.backends import fail

from app.storage.location import DatabaseLocation, resolve_location
from app.storage.passwords import SessionPasswords
from app.storage.redaction import SecretRedactor, install_redaction
from app.storage.secrets import (
    SERVICE_NAME,
    KeyringUnavailableError,
    clear_password,
    keyring_username,
    password_for,
    store_password,
)
from app.storage.server import connection_problem
from tests.helpers.keyrings import MemoryKeyring

URL = "postgresql://anna@db.example.com:5433/kamdesk"
PASSWORD = "Tür:zu/@42%"


class AltLikeKeyring(MemoryKeyring):
    """Stands for keyrings.alt's plain-text files: never to be used."""


AltLikeKeyring.__module__ = "keyrings.alt.file"


class Prompt:
    """Answers like a user at the terminal and counts the questions."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.questions: list[str] = []

    def __call__(self, question: str) -> str:
        self.questions.append(question)
        return self.answer


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)  # the conftest puts the previous one back
    return backend


@pytest.fixture
def server() -> DatabaseLocation:
    return resolve_location(URL)


def test_the_entry_is_named_user_at_host_port_database(server: DatabaseLocation) -> None:
    assert keyring_username(server) == "anna@db.example.com:5433/kamdesk"
    assert keyring_username(resolve_location("postgresql://ben@db/kamdesk")) == (
        "ben@db:5432/kamdesk"
    )


def test_store_read_and_clear_in_the_keyring(
    memory_keyring: MemoryKeyring, server: DatabaseLocation
) -> None:
    assert password_for(server) is None
    assert store_password(server, PASSWORD) == "anna@db.example.com:5433/kamdesk"
    assert memory_keyring.entries == {(SERVICE_NAME, "anna@db.example.com:5433/kamdesk"): PASSWORD}
    assert password_for(server) == PASSWORD
    assert clear_password(server) is True
    assert clear_password(server) is False
    assert password_for(server) is None


def test_without_a_keyring_it_says_so(server: DatabaseLocation) -> None:
    assert isinstance(keyring.get_keyring(), fail.Keyring)  # the conftest's default
    with pytest.raises(KeyringUnavailableError, match="no keyring is available"):
        password_for(server)
    with pytest.raises(KeyringUnavailableError, match="asks for it once per session"):
        store_password(server, PASSWORD)


def test_a_plain_text_keyring_is_never_used(server: DatabaseLocation) -> None:
    keyring.set_keyring(AltLikeKeyring())
    with pytest.raises(KeyringUnavailableError):
        store_password(server, PASSWORD)


def test_the_keyring_password_is_used_and_nobody_is_asked(
    memory_keyring: MemoryKeyring, server: DatabaseLocation
) -> None:
    store_password(server, PASSWORD)
    prompt = Prompt("typed")
    passwords = SessionPasswords(prompt, SecretRedactor())
    assert passwords.unlock(server).url.password == PASSWORD
    assert prompt.questions == []


def test_without_a_keyring_the_password_is_asked_once_per_session(
    server: DatabaseLocation,
) -> None:
    prompt = Prompt(PASSWORD)
    passwords = SessionPasswords(prompt, SecretRedactor())
    assert passwords.unlock(server) == server  # nothing known yet: try without
    assert passwords.keyring_problem is not None
    assert passwords.can_ask(server)
    assert passwords.ask(server).url.password == PASSWORD
    assert not passwords.can_ask(server)
    assert passwords.unlock(server).url.password == PASSWORD  # remembered, not asked again
    assert prompt.questions == [
        "Password for anna@db.example.com:5433/kamdesk "
        "(no keyring on this system: asked once per session)"
    ]
    # A new session (the next start of the app) knows nothing.
    assert SessionPasswords(prompt, SecretRedactor()).unlock(server) == server


def test_a_missing_keyring_entry_asks_and_suggests_storing_it(
    memory_keyring: MemoryKeyring, server: DatabaseLocation
) -> None:
    prompt = Prompt(PASSWORD)
    SessionPasswords(prompt, SecretRedactor()).ask(server)
    assert "kamdesk-cli secret set" in prompt.questions[0]
    assert memory_keyring.entries == {}  # asking never stores


def test_the_password_never_shows_in_a_description_or_an_error(server: DatabaseLocation) -> None:
    unlocked = server.with_password(PASSWORD)
    assert unlocked.url.password == PASSWORD
    assert PASSWORD not in unlocked.describe()
    assert PASSWORD not in repr(unlocked)
    assert PASSWORD not in str(unlocked.url)
    refused = connection_problem(
        unlocked, 'connection failed: FATAL:  password authentication failed for user "anna"'
    )
    assert "refused the password of anna" in str(refused)
    assert PASSWORD not in str(refused)


def test_known_secrets_are_masked_in_log_records(
    server: DatabaseLocation, caplog: pytest.LogCaptureFixture
) -> None:
    redactor = SecretRedactor()
    SessionPasswords(Prompt(PASSWORD), redactor).ask(server)
    logger = logging.getLogger("kamdesk.test.redaction")
    caplog.handler.addFilter(redactor)
    try:
        logger.warning("connecting with %s", PASSWORD)
        logger.warning("url postgresql://anna:%s@db/kamdesk", "T%C3%BCr%3Azu%2F%4042%25")
        try:
            raise RuntimeError(f"driver said {PASSWORD!r}")
        except RuntimeError:
            logger.exception("failed")
    finally:
        caplog.handler.removeFilter(redactor)
    text = caplog.text
    assert PASSWORD not in text
    assert "T%C3%BCr%3Azu%2F%4042%25" not in text  # the URL-encoded form too
    assert "connecting with ***" in text
    assert "driver said '***'" in text
    assert [record.getMessage() for record in caplog.records][:2] == [
        "connecting with ***",
        "url postgresql://anna:***@db/kamdesk",
    ]


def test_install_redaction_filters_every_handler_once() -> None:
    logger = logging.getLogger("kamdesk.test.install")
    handler = logging.NullHandler()
    logger.addHandler(handler)
    redactor = SecretRedactor()
    try:
        install_redaction(logger, redactor)
        install_redaction(logger, redactor)
        assert handler.filters == [redactor]
    finally:
        logger.removeHandler(handler)
