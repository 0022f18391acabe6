"""What changed in the database, told to every view that shows it (Anki's operation changes).

Views listen to ``changed`` and reload only when a topic they show is in the set,
instead of every view re-querying everything after every edit.
"""

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

# Topics: one per kind of record a view can show.
ACCOUNTS = "accounts"
CONTRACTS = "contracts"
BUDGET_CYCLES = "budget_cycles"
LEDGER = "ledger"
NOTES = "notes"
INCIDENTS = "incidents"
TOUCHPOINTS = "touchpoints"
CONTACTS = "contacts"
POWER_MAP = "power_map"  # links between contacts and where they sit on the map
FOLLOW_UPS = "follow_ups"
PROMISES = "promises"
NEGOTIATIONS = "negotiations"
CATALOG = "catalog"

EVERYTHING: frozenset[str] = frozenset(
    {
        ACCOUNTS,
        CONTRACTS,
        BUDGET_CYCLES,
        LEDGER,
        NOTES,
        INCIDENTS,
        TOUCHPOINTS,
        CONTACTS,
        POWER_MAP,
        FOLLOW_UPS,
        PROMISES,
        NEGOTIATIONS,
        CATALOG,
    }
)


class ChangeBroadcast(QObject):
    """Carries ``changed(topics, account_id)``; ``account_id`` is None when many accounts moved."""

    changed = Signal(frozenset, object)

    def announce(self, topics: Iterable[str], account_id: int | None = None) -> None:
        found = frozenset(topics)
        unknown = found - EVERYTHING
        if unknown:  # a typo here would silently leave a view stale
            raise ValueError(f"unknown change topics: {sorted(unknown)}")
        self.changed.emit(found, account_id)

    def announce_everything(self) -> None:
        """Someone else may have changed anything (F5, a team database): every view reloads."""
        self.changed.emit(EVERYTHING, None)
