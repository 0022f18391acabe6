"""The pages of the account workspace, and "this page, this row" for opening a record."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.wording import Language
from ui.change_broadcast import ChangeBroadcast
from ui.database_worker import DatabaseWorker


class WorkspacePage(StrEnum):
    CONTRACTS = "contracts"
    BUDGET_DATES = "budget_dates"
    LEDGER = "ledger"
    NOTES = "notes"
    INCIDENTS = "incidents"
    CONTACTS = "contacts"
    TOUCHPOINTS = "touchpoints"
    PROMISES = "promises"
    NEGOTIATIONS = "negotiations"
    FOLLOW_UPS = "follow_ups"


@dataclass(frozen=True)
class RecordTarget:
    """Where to land in an account: a page, and the row to select there (if any)."""

    page: WorkspacePage
    record_id: int | None = None


@dataclass(frozen=True)
class PageContext:
    """What every workspace page needs, passed in rather than looked up."""

    worker: DatabaseWorker
    broadcast: ChangeBroadcast
    today: date
    language: Language
