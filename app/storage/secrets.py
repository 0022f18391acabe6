"""The team server's password in the OS keyring: service ``kamdesk``, one entry per server
account (``<user>@<host>:<port>/<database>``). Never in a file, a stored URL or a log.

Plain-text keyrings (``keyrings.alt``) and the fail and null backends count as no keyring:
then the password is asked for once per session instead (see ``app.storage.passwords``).
"""

from typing import TYPE_CHECKING

from app.errors import KamDeskError
from app.model.attribution import default_actor
from app.storage.location import DatabaseLocation

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend
    from keyring.errors import KeyringError

SERVICE_NAME = "kamdesk"


class KeyringUnavailableError(KamDeskError):
    """No keyring can hold the password on this system; it must be given each session."""


def keyring_username(location: DatabaseLocation) -> str:
    """The keyring entry's user name: ``anna@db.example.com:5432/kamdesk``."""
    user = location.url.username or default_actor()
    return f"{user}@{location.server_address}/{location.url.database or ''}"


def _refused(backend: "KeyringBackend") -> bool:
    from keyring.backends import fail, null

    module = type(backend).__module__
    return isinstance(backend, fail.Keyring | null.Keyring) or module.startswith("keyrings.alt")


def usable_keyring() -> "KeyringBackend":
    """The OS keyring backend to use; raises ``KeyringUnavailableError`` when none exists."""
    # keyring loads only for a server: a SQLite user's start-up never pays for it.
    import keyring
    from keyring.backends import chainer

    backend = keyring.get_keyring()
    candidates = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
    usable = [candidate for candidate in candidates if not _refused(candidate)]
    if not usable:
        raise KeyringUnavailableError(
            "no keyring is available on this system (no Secret Service, Keychain or "
            "Credential Manager), so the team server password cannot be stored; "
            "KAM Desk asks for it once per session instead"
        )
    return usable[0]


def _failed(action: str, error: "KeyringError") -> KeyringUnavailableError:
    return KeyringUnavailableError(f"the keyring refused to {action} the password ({error})")


def password_for(location: DatabaseLocation) -> str | None:
    """The stored password of ``location``'s server account, or None if none is stored.

    Raises ``KeyringUnavailableError`` when there is no usable keyring (or it refuses).
    """
    from keyring.errors import KeyringError

    backend = usable_keyring()
    try:
        return backend.get_password(SERVICE_NAME, keyring_username(location))
    except KeyringError as error:
        raise _failed("read", error) from None


def store_password(location: DatabaseLocation, password: str) -> str:
    """Keep ``password`` for ``location``'s server account; returns the keyring entry's name.

    Raises ``KeyringUnavailableError``."""
    from keyring.errors import KeyringError

    backend = usable_keyring()
    username = keyring_username(location)
    try:
        backend.set_password(SERVICE_NAME, username, password)
    except KeyringError as error:
        raise _failed("store", error) from None
    return username


def clear_password(location: DatabaseLocation) -> bool:
    """Forget the stored password; False when none was stored.

    Raises ``KeyringUnavailableError``."""
    from keyring.errors import KeyringError, PasswordDeleteError

    backend = usable_keyring()
    username = keyring_username(location)
    try:
        if backend.get_password(SERVICE_NAME, username) is None:
            return False
        backend.delete_password(SERVICE_NAME, username)
    except PasswordDeleteError:
        return False
    except KeyringError as error:
        raise _failed("remove", error) from None
    return True
