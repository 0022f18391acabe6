"""The version of everything KAM Desk keeps in QSettings, and the steps that upgrade it.

Each step takes a store written by the version before it (Picard's config upgrade).
A new store starts at the current version; a store written by a newer KAM Desk is read
as it is and never changed, so going back to an older version loses nothing.
"""

from collections.abc import Callable

from PySide6.QtCore import QSettings

SCHEMA_VERSION = 2
VERSION_KEY = "settings/version"
LANGUAGE_KEY = "preferences/language"


def stored_version(store: QSettings) -> int | None:
    """The schema version ``store`` was written with, or None for a new store."""
    value = store.value(VERSION_KEY)
    if value is None:
        return None
    try:
        return int(str(value))
    except ValueError:
        return 1  # unreadable: treat it as the oldest version, whose steps are all additive


def _keep_english_window(store: QSettings) -> None:
    """Version 1 always showed the window in English: whoever used it keeps English
    until they choose another language in Settings."""
    if store.value(LANGUAGE_KEY) is None:
        store.setValue(LANGUAGE_KEY, "en")


# The step that brings a store up to each version, from the one before it.
UPGRADES: dict[int, Callable[[QSettings], None]] = {
    2: _keep_english_window,
}


def upgrade_settings(store: QSettings) -> None:
    """Bring ``store`` up to ``SCHEMA_VERSION``; nothing to do when it is new or current."""
    version = stored_version(store)
    if version is None:
        store.setValue(VERSION_KEY, SCHEMA_VERSION)
        return
    if version >= SCHEMA_VERSION:
        return
    for step in range(version + 1, SCHEMA_VERSION + 1):
        UPGRADES[step](store)
    store.setValue(VERSION_KEY, SCHEMA_VERSION)
