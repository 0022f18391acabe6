"""Where an encrypted workspace's key comes from: the OS keyring, ``KAMDESK_PASSPHRASE``, or
the user, asked once per session.

The random key of a workspace lives in the keyring under the service ``kamdesk``, user
``encryption-key:<absolute path of the database file>``. A workspace encrypted with a
passphrase has no keyring entry: the passphrase is read from ``KAMDESK_PASSPHRASE``
(scripts) or asked for. Every key learned is masked in logs and messages from then on.
"""

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol

from app.storage.cipher import (
    MIN_PASSPHRASE_LENGTH,
    WorkspaceKeyRefusedError,
    WorkspaceLockedError,
    key_opens,
)
from app.storage.cipher import looks_encrypted as file_looks_encrypted
from app.storage.location import DatabaseLocation
from app.storage.redaction import REDACTOR, SecretRedactor
from app.storage.secrets import SERVICE_NAME, KeyringUnavailableError, usable_keyring

PASSPHRASE_VARIABLE = "KAMDESK_PASSPHRASE"
KEY_ENTRY_PREFIX = "encryption-key:"
PROMPT_ATTEMPTS = 3


class PassphrasePrompt(Protocol):
    """Asks for the passphrase of the encrypted workspace ``database`` without echo.

    ``attempt`` counts from 1; above 1 the previous answer did not open it. May raise to
    cancel (``click.Abort``, or a ``KamDeskError`` saying that nothing was given)."""

    def __call__(self, database: Path, attempt: int) -> str: ...


def key_entry_name(database: Path) -> str:
    """The keyring entry's user name for ``database``: ``encryption-key:/home/anna/….db``."""
    return KEY_ENTRY_PREFIX + str(database.expanduser().absolute())


def keyring_problem() -> str | None:
    """Why no keyring can keep a workspace key on this system; None when one can."""
    try:
        usable_keyring()
    except KeyringUnavailableError:
        return (
            "no keyring is available on this system (no Secret Service, Keychain or "
            "Credential Manager)"
        )
    return None


def _keyring_failed(action: str, error: Exception) -> KeyringUnavailableError:
    return KeyringUnavailableError(
        f"the keyring refused to {action} the workspace key ({type(error).__name__})"
    )


def stored_key(database: Path) -> str | None:
    """The key kept in the keyring for ``database``; None when there is none or no keyring."""
    from keyring.errors import KeyringError

    try:
        backend = usable_keyring()
        return backend.get_password(SERVICE_NAME, key_entry_name(database))
    except KeyringUnavailableError:
        return None
    except KeyringError as error:
        raise _keyring_failed("read", error) from None


def store_key(database: Path, key: str) -> str:
    """Keep ``key`` for ``database`` in the keyring; return the entry's user name.

    Raises ``KeyringUnavailableError`` (no keyring, or it refused) before anything is kept."""
    from keyring.errors import KeyringError

    problem = keyring_problem()
    if problem is not None:
        raise KeyringUnavailableError(f"{problem}, so the workspace key cannot be kept there")
    name = key_entry_name(database)
    try:
        usable_keyring().set_password(SERVICE_NAME, name, key)
    except KeyringError as error:
        raise _keyring_failed("store", error) from None
    return name


def forget_key(database: Path) -> bool:
    """Remove ``database``'s key from the keyring; False when none was kept (or no keyring)."""
    from keyring.errors import KeyringError, PasswordDeleteError

    if keyring_problem() is not None or stored_key(database) is None:
        return False
    try:
        usable_keyring().delete_password(SERVICE_NAME, key_entry_name(database))
    except PasswordDeleteError:
        return False
    except KeyringError as error:
        raise _keyring_failed("remove", error) from None
    return True


def passphrase_from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """``KAMDESK_PASSPHRASE`` when set and not empty."""
    value = (os.environ if environ is None else environ).get(PASSPHRASE_VARIABLE, "")
    return value or None


class WorkspaceKeys:
    """The keys of encrypted workspaces during one session of the app (in memory only)."""

    def __init__(
        self,
        prompt: PassphrasePrompt | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        redactor: SecretRedactor = REDACTOR,
        opens: Callable[[Path, str], bool] = key_opens,
    ) -> None:
        self._prompt = prompt
        self._environ = environ
        self._redactor = redactor
        self._opens = opens
        self._remembered: dict[Path, str] = {}
        self._asked: set[Path] = set()

    def remember(self, database: Path, key: str) -> None:
        """Use ``key`` for ``database`` for the rest of the session (after encrypting it)."""
        self._redactor.add(key)  # the real secret: masked whatever its length
        self._remembered[database.expanduser().absolute()] = key

    def _mask(self, secret: str) -> None:
        """Mask ``secret``, not known to be right yet, in logs and messages from now on; a
        wrong answer of a few letters is not, or every message would lose those letters."""
        if len(secret) >= MIN_PASSPHRASE_LENGTH:
            self._redactor.add(secret)

    def unlock(self, location: DatabaseLocation) -> DatabaseLocation:
        """``location`` with its key when it is an encrypted file; unchanged otherwise.

        Tries this session's key, the keyring, ``KAMDESK_PASSPHRASE``, then asks (up to
        three times, once per session). Raises ``WorkspaceKeyRefusedError`` naming what did
        not open it, ``WorkspaceLockedError`` when there was nothing to try."""
        path = location.path
        if path is None or location.is_encrypted or not file_looks_encrypted(path):
            return location
        path = path.expanduser().absolute()
        remembered = self._remembered.get(path)
        if remembered is not None:  # it opened the file before in this session
            return location.with_key(remembered)
        refused: list[str] = []
        from_environment = passphrase_from_environment(self._environ)
        candidates = (
            ("the key in the keyring", stored_key(path)),
            (f"the passphrase in {PASSPHRASE_VARIABLE}", from_environment),
        )
        for source, key in candidates:
            if key is None:
                continue
            self._mask(key)
            if self._opens(path, key):
                self.remember(path, key)
                return location.with_key(key)
            refused.append(source)
        if self._prompt is not None and path not in self._asked:
            self._asked.add(path)
            for attempt in range(1, PROMPT_ATTEMPTS + 1):
                answer = self._prompt(path, attempt)
                self._mask(answer)
                if answer and self._opens(path, answer):
                    self.remember(path, answer)
                    return location.with_key(answer)
            refused.append("the passphrase typed")
        if len(refused) == 1:
            raise WorkspaceKeyRefusedError(
                f"the workspace {path} is encrypted and {refused[0]} does not open it"
            )
        if refused:
            raise WorkspaceKeyRefusedError(
                f"the workspace {path} is encrypted and neither {' nor '.join(refused)} opens it"
            )
        where = keyring_problem() or (
            f"the keyring has no entry {key_entry_name(path)!r} (service {SERVICE_NAME!r})"
        )
        raise WorkspaceLockedError(
            f"the workspace {path} is encrypted and no key for it was found: {where}; give "
            f"its passphrase in {PASSPHRASE_VARIABLE}, or type it when asked"
        )


def key_of_backups(database: Path, key: str | None) -> str | None:
    """The key to read ``database``'s encrypted backups with: ``key`` (the open workspace's),
    else, while the file itself is gone (moved aside when damaged), its key in the keyring
    or ``KAMDESK_PASSPHRASE``; None when there is none."""
    if key is not None or database.exists():
        return key
    return stored_key(database) or passphrase_from_environment()
