"""A real keyring backend that keeps its entries in memory, for tests that need a keyring
(the conftest installs the fail backend: no keyring, as on a headless box)."""

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps its entries in a dict."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise PasswordDeleteError(username)
        del self.entries[(service, username)]


def install_memory_keyring() -> MemoryKeyring:
    """Make a new ``MemoryKeyring`` the keyring (the conftest puts the previous one back)."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend
