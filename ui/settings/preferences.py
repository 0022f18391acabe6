"""The user's preferences, declared once with their defaults and read with their types.

Values are stored as plain strings, so they read back the same from an ini file, the
Windows registry and a macOS plist.
"""

import json
from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QSettings

from app.domain.wording import Language
from ui.settings.schema import LANGUAGE_KEY, upgrade_settings
from ui.settings_store import sync_store

DEFAULT_NOTICE_REMINDER_DAYS = (30, 14, 7)
NOTICE_REMINDER_RANGE = range(1, 366)
# A reminder is remembered this long after it was shown: longer than any notice threshold.
SHOWN_REMINDERS_KEPT_DAYS = NOTICE_REMINDER_RANGE.stop + 35

_DOCUMENT_LANGUAGE = "preferences/document_language"
_REMINDERS_ENABLED = "reminders/enabled"
_NOTICE_REMINDER_DAYS = "reminders/notice_days"
_SHOWN_REMINDERS = "reminders/shown"
_SUPPLIER = "preferences/supplier"
_SAVE_FOLDER = "documents/save_folder"
_DATABASE_URL = "database/url"


class LanguageChoice(StrEnum):
    SYSTEM = "system"
    ENGLISH = "en"
    GERMAN = "de"


def clean_reminder_days(days: Iterable[int]) -> tuple[int, ...]:
    """Distinct days within 1–365, furthest first."""
    return tuple(sorted({day for day in days if day in NOTICE_REMINDER_RANGE}, reverse=True))


class Preferences:
    """Typed access to the preferences in ``store`` (upgraded to the current schema first)."""

    def __init__(self, store: QSettings) -> None:
        upgrade_settings(store)
        self._store = store

    def _text(self, key: str, default: str = "") -> str:
        value = self._store.value(key)
        return default if value is None else str(value)

    @property
    def language(self) -> LanguageChoice:
        """The window's language; a change takes effect at the next start."""
        stored = self._text(LANGUAGE_KEY, LanguageChoice.SYSTEM)
        return LanguageChoice(stored) if stored in set(LanguageChoice) else LanguageChoice.SYSTEM

    @language.setter
    def language(self, value: LanguageChoice) -> None:
        self._store.setValue(LANGUAGE_KEY, value.value)

    @property
    def document_language(self) -> Language | None:
        """The language briefs and statements open in; None: the window's language."""
        stored = self._text(_DOCUMENT_LANGUAGE)
        return "de" if stored == "de" else "en" if stored == "en" else None

    @document_language.setter
    def document_language(self, value: Language | None) -> None:
        self._store.setValue(_DOCUMENT_LANGUAGE, value or "")

    @property
    def reminders_enabled(self) -> bool:
        return self._text(_REMINDERS_ENABLED, "true").lower() not in {"false", "0", "no"}

    @reminders_enabled.setter
    def reminders_enabled(self, value: bool) -> None:
        self._store.setValue(_REMINDERS_ENABLED, "true" if value else "false")

    @property
    def notice_reminder_days(self) -> tuple[int, ...]:
        """How many days before a notice deadline a reminder is shown, furthest first."""
        stored = self._store.value(_NOTICE_REMINDER_DAYS)
        if stored is None:
            return DEFAULT_NOTICE_REMINDER_DAYS
        parts = stored if isinstance(stored, list) else str(stored).split(",")
        return clean_reminder_days(int(part) for part in map(str, parts) if part.strip().isdigit())

    @notice_reminder_days.setter
    def notice_reminder_days(self, days: Iterable[int]) -> None:
        self._store.setValue(_NOTICE_REMINDER_DAYS, ",".join(map(str, clean_reminder_days(days))))

    @property
    def supplier(self) -> str:
        """Our company's name, printed at the top of the customer's statement."""
        return self._text(_SUPPLIER).strip()

    @supplier.setter
    def supplier(self, value: str) -> None:
        self._store.setValue(_SUPPLIER, value.strip())

    @property
    def save_folder(self) -> str:
        """The folder a brief or statement was last saved to, or ""."""
        return self._text(_SAVE_FOLDER)

    @save_folder.setter
    def save_folder(self, value: str) -> None:
        self._store.setValue(_SAVE_FOLDER, value)

    @property
    def database_url(self) -> str:
        """The team server opened when neither --db nor KAMDESK_DB is given, as a URL
        without a password; "": this computer's own file."""
        return self._text(_DATABASE_URL)

    @database_url.setter
    def database_url(self, value: str) -> None:
        self._store.setValue(_DATABASE_URL, value)

    def shown_reminders(self) -> dict[str, date]:
        """The reminders already shown, by key, with the day each was shown."""
        try:
            stored = json.loads(self._text(_SHOWN_REMINDERS, "{}"))
        except json.JSONDecodeError:
            return {}
        shown: dict[str, date] = {}
        if isinstance(stored, dict):
            for key, day in stored.items():
                try:
                    shown[str(key)] = date.fromisoformat(str(day))
                except ValueError:
                    continue
        return shown

    def remember_shown(self, keys: Iterable[str], today: date) -> None:
        """Add ``keys`` as shown on ``today``; forget reminders shown long ago."""
        oldest = today - timedelta(days=SHOWN_REMINDERS_KEPT_DAYS)
        shown = {key: day for key, day in self.shown_reminders().items() if day >= oldest}
        shown.update(dict.fromkeys(keys, today))
        payload = {key: day.isoformat() for key, day in sorted(shown.items())}
        self._store.setValue(_SHOWN_REMINDERS, json.dumps(payload))

    def save(self) -> bool:
        """Write to disk; False when the file could not be written (the old one is kept)."""
        return sync_store(self._store)

    @property
    def file_name(self) -> str:
        """Where the settings are stored (a file, or the registry key on Windows)."""
        return self._store.fileName()
