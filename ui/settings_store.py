"""Writing QSettings to disk, and saying so when the disk refuses.

Qt writes an ini file through a temporary file that replaces the old one only once it
is complete (QSaveFile, under a QLockFile), so a full disk leaves the previous file as it
was; the failure shows only in ``status()``, which stays set once an error was met.
"""

from PySide6.QtCore import QCoreApplication, QSettings


def sync_store(store: QSettings) -> bool:
    """Write ``store``'s pending changes; False when its file could not be written."""
    store.sync()
    return store.status() != QSettings.Status.AccessError


def unsaved_message(file_name: str) -> str:
    """What the window says when ``sync_store`` failed for the settings file ``file_name``."""
    return QCoreApplication.translate(
        "SettingsStore",
        "Your settings could not be saved to {file}: the disk may be full or read-only. "
        "The previous settings file was kept as it was; the changes last until KAM Desk "
        "is closed.",
    ).format(file=file_name)
