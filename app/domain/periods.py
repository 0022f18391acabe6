"""Date ranges the rules speak about ("this period", "the last 90 days")."""

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta


@dataclass(frozen=True, slots=True)
class Period:
    """Inclusive on both ends."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def overlap(self, start: date, end: date | None) -> "Period | None":
        """The part of this period that lies within [start, end] (end None: open)."""
        lo = max(self.start, start)
        hi = self.end if end is None else min(self.end, end)
        return Period(lo, hi) if lo <= hi else None


def last_days(today: date, days: int) -> Period:
    return Period(today - timedelta(days=days - 1), today)


def last_twelve_months(today: date) -> Period:
    return Period(today - relativedelta(years=1) + timedelta(days=1), today)
