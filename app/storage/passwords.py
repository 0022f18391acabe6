"""The server password for this session: from the URL, the keyring, or asked once; and,
through ``WorkspaceKeys``, the key of an encrypted workspace file.

A password that had to be asked for is kept in memory until the app ends, never written
anywhere; every password learned is masked in logs and messages from then on.
"""

from collections.abc import Callable
from typing import Protocol, TypeVar

from app.storage.location import DatabaseLocation
from app.storage.redaction import REDACTOR, SecretRedactor
from app.storage.secrets import KeyringUnavailableError, keyring_username, password_for
from app.storage.server import PasswordRefusedError
from app.storage.workspace_keys import WorkspaceKeys

T = TypeVar("T")


class SecretPrompt(Protocol):
    """Asks the user for a secret without echoing it; returns what was typed.

    May raise to cancel (e.g. ``click.Abort``)."""

    def __call__(self, question: str) -> str: ...


class SessionPasswords:
    """Where a server password comes from during one session of the app."""

    def __init__(
        self,
        prompt: SecretPrompt | None = None,
        redactor: SecretRedactor = REDACTOR,
        keys: WorkspaceKeys | None = None,
    ) -> None:
        self._prompt = prompt
        self._redactor = redactor
        # An encrypted workspace file's key (keyring, KAMDESK_PASSPHRASE, or asked).
        self.keys = keys if keys is not None else WorkspaceKeys(redactor=redactor)
        self._remembered: dict[str, str] = {}
        self._asked: set[str] = set()
        # Why the keyring could not help, once it is known; shown with the question.
        self.keyring_problem: str | None = None

    def known(self, location: DatabaseLocation) -> str | None:
        """The password from the URL, this session's memory or the keyring; None if none."""
        password = location.url.password
        if password is None:
            key = keyring_username(location)
            password = self._remembered.get(key)
            if password is None:
                try:
                    password = password_for(location)
                except KeyringUnavailableError as error:
                    self.keyring_problem = str(error)
        if password is not None:
            self._redactor.add(str(password))
        return None if password is None else str(password)

    def unlock(self, location: DatabaseLocation) -> DatabaseLocation:
        """``location`` with the known password (unchanged when none is known); a SQLite
        file with its key when it is encrypted (raises the errors of ``WorkspaceKeys``)."""
        if location.is_sqlite:
            return self.keys.unlock(location)
        password = self.known(location)
        return location if password is None else location.with_password(password)

    def can_ask(self, location: DatabaseLocation) -> bool:
        """True once per server account and session, when there is someone to ask."""
        return self._prompt is not None and keyring_username(location) not in self._asked

    def ask(self, location: DatabaseLocation) -> DatabaseLocation:
        """Ask for the password (once per session), remember it in memory, and return
        ``location`` with it. Raises whatever the prompt raises to cancel."""
        assert self._prompt is not None, "ask only when can_ask() is True"
        key = keyring_username(location)
        self._asked.add(key)
        if self.keyring_problem is not None:
            hint = "no keyring on this system: asked once per session"
        else:
            hint = "store it with 'kamdesk-cli secret set' to skip this question"
        password = self._prompt(f"Password for {key} ({hint})")
        self._redactor.add(password)
        self._remembered[key] = password
        return location.with_password(password)

    def log_in(
        self, location: DatabaseLocation, attempt: Callable[[DatabaseLocation], T]
    ) -> tuple[DatabaseLocation, T]:
        """Run ``attempt`` (which connects) with the known password; when the server
        refuses it or wants one, ask once and run it again. Returns the location that
        worked, password included, and what ``attempt`` returned."""
        unlocked = self.unlock(location)
        try:
            return unlocked, attempt(unlocked)
        except PasswordRefusedError:
            if location.is_sqlite or not self.can_ask(location):
                raise
        unlocked = self.ask(location)
        return unlocked, attempt(unlocked)
