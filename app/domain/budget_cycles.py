"""Budget-planning dates: occurrences of an RFC 5545 RRULE with per-year overrides.

The seller should call *before* the customer plans the budget: the contact
window opens ``lead_days`` before each planning date.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.rrule import rrule, rrulestr

from app.errors import InvalidValueError

SIMPLE_YEARLY = re.compile(r"^FREQ=YEARLY(?:;INTERVAL=(\d+))?$")
ALLOWED_FREQUENCIES = ("YEARLY", "MONTHLY", "WEEKLY", "DAILY")
MAX_OCCURRENCES = 5000  # a guard against rules that would enumerate for ever


@dataclass(frozen=True, slots=True)
class YearOverride:
    planned_on: date | None  # None: no planning that year (cancelled)


@dataclass(frozen=True, slots=True)
class BudgetOccurrence:
    planned_on: date
    window_opens: date
    moved: bool  # set by a per-year override, not by the rule

    def window_is_open(self, today: date) -> bool:
        return self.window_opens <= today <= self.planned_on


@lru_cache(maxsize=256)
def simple_yearly_interval(rule_text: str) -> int | None:
    """The interval of a plain ``FREQ=YEARLY[;INTERVAL=n]`` rule, else None."""
    simple = SIMPLE_YEARLY.match(_normalise(rule_text))
    return int(simple.group(1) or 1) if simple else None


def _normalise(text: str) -> str:
    rule = text.strip()
    if rule.upper().startswith("RRULE:"):
        rule = rule[len("RRULE:") :]
    return rule.upper()


@lru_cache(maxsize=4096)
def _parse(rule_text: str, first: date) -> rrule:
    start = datetime(first.year, first.month, first.day)  # noqa: DTZ001 (a calendar date rule)
    parsed = rrulestr(f"RRULE:{rule_text}", dtstart=start, forceset=False)
    assert isinstance(parsed, rrule)
    return parsed


def check_rrule(text: str, first: date, field: str = "rrule") -> str:
    """Return the normalised rule, or raise ``InvalidValueError`` saying what is wrong."""
    rule = _normalise(text)
    if not rule:
        raise InvalidValueError(field, "the recurrence is empty (e.g. FREQ=YEARLY)")
    if "DTSTART" in rule:
        raise InvalidValueError(field, "give the first date separately, not as DTSTART")
    try:
        parsed = _parse(rule, first)
    except (ValueError, TypeError) as error:
        raise InvalidValueError(field, f"{text!r} is not a valid RRULE ({error})") from None
    parts = dict(part.partition("=")[::2] for part in rule.split(";"))
    if parts.get("FREQ") not in ALLOWED_FREQUENCIES:
        raise InvalidValueError(field, "budget planning cannot repeat more often than daily")
    if int(parts.get("INTERVAL", "1")) < 1:  # dateutil takes 0 and negatives: loops for ever
        raise InvalidValueError(field, "INTERVAL must be 1 or more")
    if parsed.after(datetime(first.year, first.month, first.day), inc=True) is None:  # noqa: DTZ001
        raise InvalidValueError(field, f"{text!r} produces no date on or after {first}")
    return rule


def _rule_dates(rule_text: str, first: date, start: date, end: date) -> list[date]:
    """Dates of the rule between start and end inclusive (no overrides)."""
    simple = SIMPLE_YEARLY.match(rule_text)
    if simple:
        # The common case, computed directly: the agenda asks this for every account.
        interval = int(simple.group(1) or 1)
        found = []
        year = max(first.year, start.year - 1)
        year += (first.year - year) % interval
        while year <= end.year:
            try:
                candidate = first.replace(year=year)
            except ValueError:  # 29 February in a common year: RFC 5545 skips it
                candidate = None
            if candidate is not None and start <= candidate <= end and candidate >= first:
                found.append(candidate)
            year += interval
        return found
    parsed = _parse(rule_text, first)
    lo = datetime(start.year, start.month, start.day)  # noqa: DTZ001
    hi = datetime(end.year, end.month, end.day)  # noqa: DTZ001
    return [moment.date() for moment in parsed.between(lo, hi, inc=True)][:MAX_OCCURRENCES]


def occurrences(
    rule_text: str,
    first: date,
    lead_days: int,
    start: date,
    end: date,
    overrides: Mapping[int, YearOverride] | None = None,
) -> list[BudgetOccurrence]:
    """Planning dates between ``start`` and ``end`` (inclusive), oldest first.

    An override for a year replaces that year's first occurrence by its date,
    or removes it when cancelled; a moved date may leave the range.
    """
    overrides = overrides or {}
    rule = _normalise(rule_text)
    # Overrides may move a date across the range edge: look one year further both ways.
    widened_start = date(max(start.year - 1, 1), 1, 1) if overrides else start
    widened_end = date(min(end.year + 1, 9999), 12, 31) if overrides else end
    dates = _rule_dates(rule, first, widened_start, widened_end)
    planned: list[tuple[date, bool]] = []
    seen_years: set[int] = set()
    for day in dates:
        override = overrides.get(day.year)
        if override is not None and day.year not in seen_years:
            seen_years.add(day.year)
            if override.planned_on is not None:
                planned.append((override.planned_on, True))
            continue
        seen_years.add(day.year)
        planned.append((day, False))
    for year, override in overrides.items():
        if year not in seen_years and override.planned_on is not None:
            planned.append((override.planned_on, True))
    planned.sort()
    lead = timedelta(days=lead_days)
    return [
        BudgetOccurrence(day, day - lead, moved) for day, moved in planned if start <= day <= end
    ]


def next_occurrence(
    rule_text: str,
    first: date,
    lead_days: int,
    today: date,
    overrides: Mapping[int, YearOverride] | None = None,
    horizon_years: int = 6,
) -> BudgetOccurrence | None:
    """The first planning date on or after ``today`` within the horizon, or None."""
    interval = simple_yearly_interval(rule_text)
    if interval is not None:
        # The agenda asks this for every cycle: the common case without building lists.
        lead = timedelta(days=lead_days)
        if not overrides:
            # Years ascend and so do their dates: the first one ahead is the answer.
            for year in range(max(today.year, first.year), today.year + horizon_years + 1):
                if (year - first.year) % interval:
                    continue
                try:
                    planned = first.replace(year=year)
                except ValueError:  # 29 February in a common year: RFC 5545 skips it
                    continue
                if planned >= today:
                    return BudgetOccurrence(planned, planned - lead, False)
            return None
        candidates = []
        # A year's date may be moved into the next or previous year: look one year back.
        for year in range(today.year - 1, today.year + horizon_years + 1):
            override = overrides.get(year)
            if override is not None:
                if override.planned_on is not None:
                    candidates.append((override.planned_on, True))
                continue
            if year < first.year or (year - first.year) % interval:
                continue
            try:
                candidates.append((first.replace(year=year), False))
            except ValueError:  # 29 February in a common year: RFC 5545 skips it
                continue
        ahead = [candidate for candidate in candidates if candidate[0] >= today]
        if not ahead:
            return None
        planned, moved = min(ahead)
        return BudgetOccurrence(planned, planned - lead, moved)
    # Most cycles are yearly: look at the coming year first, the whole horizon only if needed.
    near = date(min(today.year + 1, 9999), 12, 31)
    found = occurrences(rule_text, first, lead_days, today, near, overrides)
    if not found:
        end = date(min(today.year + horizon_years, 9999), 12, 31)
        found = occurrences(rule_text, first, lead_days, near + timedelta(days=1), end, overrides)
    return found[0] if found else None
