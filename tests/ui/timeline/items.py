"""A small hand-built timeline for the layout and view tests (no database)."""

from datetime import date
from decimal import Decimal

from app.domain.timeline import BudgetDate, ContractTerm, MarkerItem, Timeline
from app.model import IncidentKind, TouchpointKind
from app.money import Money
from app.records import RecordKind
from ui.timeline.layout import Lane

TODAY = date(2026, 11, 23)
LABELS = {lane: lane.value for lane in Lane}


def euros(amount: int) -> Money:
    return Money(Decimal(amount), "EUR")


def sample_timeline() -> Timeline:
    return Timeline(
        TODAY,
        (
            ContractTerm(
                RecordKind.CONTRACT,
                7,
                "C-7 Premium 8",
                date(2024, 1, 1),
                date(2026, 12, 31),
                (date(2025, 12, 31),),
                date(2026, 9, 30),
                euros(148_000),
            ),
        ),
        (
            BudgetDate(
                RecordKind.BUDGET_CYCLE, 3, "Capex", date(2026, 10, 1), date(2026, 8, 17), False
            ),
        ),
        (
            MarkerItem(
                RecordKind.FREE_SERVICE, 11, date(2026, 3, 2), "Tool", "Delivery", None, euros(800)
            ),
            MarkerItem(
                RecordKind.FREE_SERVICE, 12, date(2026, 3, 2), "Big", "Delivery", None, euros(8000)
            ),
            MarkerItem(
                RecordKind.INCIDENT,
                21,
                date(2026, 6, 15),
                "Spindle",
                "",
                IncidentKind.BREAKDOWN,
                None,
                sla_breached=True,
            ),
            MarkerItem(
                RecordKind.TOUCHPOINT, 31, date(2026, 9, 1), "Visit", "", TouchpointKind.VISIT, None
            ),
        ),
    )
