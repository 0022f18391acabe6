"""Which agenda items deserve a desktop reminder today: the rule, free of Qt and the clock.

- A budget window: on the day it opens. If KAM Desk was not running that day, within the
  week after, as long as the agenda still lists it (nobody has called yet).
- A notice deadline: when it is 30, 14 or 7 days away (the thresholds from Settings). A
  day missed is caught up: 12 days before, the 14-day reminder is due if not yet shown.

Each reminder has a key naming the item and the occasion, so the caller can show every
reminder once: the 14-day reminder of a deadline has a key of its own, the 7-day one another.
"""

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.agenda import AgendaItem, AgendaKind

BUDGET_CATCH_UP_DAYS = 7


@dataclass(frozen=True, slots=True)
class Reminder:
    key: str
    item: AgendaItem
    days_left: int  # until the deadline; 0 or less for a budget window that is open
    threshold: int | None  # the notice threshold reached, e.g. 14


def notice_threshold(days_left: int, thresholds: Collection[int]) -> int | None:
    """The tightest threshold ``days_left`` has reached (12 days left, 30/14/7 → 14)."""
    reached = [threshold for threshold in thresholds if 0 <= days_left <= threshold]
    return min(reached) if reached else None


def due_reminders(
    items: Iterable[AgendaItem], today: date, notice_days: Collection[int]
) -> list[Reminder]:
    """The reminders the agenda ``items`` call for on ``today``, soonest first."""
    due: list[Reminder] = []
    for item in items:
        days_left = (item.due - today).days
        if item.kind is AgendaKind.BUDGET_WINDOW:
            if today - timedelta(days=BUDGET_CATCH_UP_DAYS) <= item.due <= today:
                key = f"budget_window/{item.subject_id}/{item.due.isoformat()}"
                due.append(Reminder(key, item, days_left, None))
        elif item.kind is AgendaKind.NOTICE_DEADLINE:
            threshold = notice_threshold(days_left, notice_days)
            if threshold is not None:
                key = f"notice_deadline/{item.subject_id}/{item.due.isoformat()}/{threshold}"
                due.append(Reminder(key, item, days_left, threshold))
    due.sort(key=lambda reminder: (reminder.item.due, reminder.item.account_name))
    return due
