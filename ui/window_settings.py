"""What the window remembers between runs, declared in one place and stored in QSettings.

Keys carry a schema version; ``ui.settings.schema`` upgrades old settings, one step per
version, before anything reads them.
"""

from PySide6.QtCore import QByteArray, QSettings

from ui.settings.schema import upgrade_settings
from ui.settings_store import sync_store

ORGANISATION = "KAM Desk"
APPLICATION = "KAM Desk"

_GEOMETRY = "window/geometry"
_LAST_PAGE = "window/last_page"
_LAST_ACCOUNT = "window/last_account"
# Where the user was: meaningful only for the database they were in.
PLACE_KEYS = (_LAST_PAGE, _LAST_ACCOUNT)


def user_settings() -> QSettings:
    """The user's own settings store (never used by tests, which pass an ini file)."""
    return QSettings(ORGANISATION, APPLICATION)


class WindowSettings:
    """Typed access to the window's settings in ``store``."""

    def __init__(self, store: QSettings) -> None:
        self._store = store
        upgrade_settings(store)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._store.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue(_GEOMETRY, value)

    @property
    def last_page(self) -> str:
        return str(self._store.value(_LAST_PAGE, "") or "")

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._store.setValue(_LAST_PAGE, value)

    @property
    def last_account(self) -> str:
        """The customer number of the account opened last, or ""."""
        return str(self._store.value(_LAST_ACCOUNT, "") or "")

    @last_account.setter
    def last_account(self, value: str) -> None:
        self._store.setValue(_LAST_ACCOUNT, value)

    def save(self) -> bool:
        """Write to disk; False when the file could not be written (the old one is kept)."""
        return sync_store(self._store)

    @property
    def file_name(self) -> str:
        """Where the settings are stored (a file, or the registry key on Windows)."""
        return self._store.fileName()
