"""Axis ticks of the timeline: which unit fits the zoom, where ticks fall, their labels
in the user's language. Plain data, no Qt."""

import math
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from babel.dates import format_date

from app.domain.contract_dates import add_months
from app.domain.wording import Language
from app.formatting import LOCALES


class TickUnit(Enum):
    WEEKS = 7
    MONTHS = 30
    QUARTERS = 91
    YEARS = 365


MIN_TICK_SPACING = {  # pixels a label of each unit needs
    TickUnit.WEEKS: 56,
    TickUnit.MONTHS: 64,
    TickUnit.QUARTERS: 64,
    TickUnit.YEARS: 44,
}


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


def tick_unit_for(start: date, end: date, width: float) -> TickUnit:
    """The finest unit whose labels still fit side by side."""
    per_day = width / max((end - start).days, 1)
    for unit in TickUnit:
        if unit.value * per_day >= MIN_TICK_SPACING[unit]:
            return unit
    return TickUnit.YEARS


def tick_days(unit: TickUnit, start: date, end: date, width: float) -> list[date]:
    if unit is TickUnit.WEEKS:
        day = start + timedelta(days=(7 - start.weekday()) % 7)  # Mondays
        return [day + timedelta(weeks=n) for n in range((end - day).days // 7 + 1)]
    if unit is TickUnit.YEARS:
        per_year = 365 * width / max((end - start).days, 1)
        step = max(1, math.ceil(MIN_TICK_SPACING[unit] / max(per_year, 1e-6)))
        first = start.year if start == date(start.year, 1, 1) else start.year + 1
        first += -first % step
        return [date(year, 1, 1) for year in range(first, end.year + 1, step)]
    months = 1 if unit is TickUnit.MONTHS else 3
    index = start.year * 12 + start.month - 1
    index += -index % months
    if date(index // 12, index % 12 + 1, 1) < start:
        index += months
    first = date(index // 12, index % 12 + 1, 1)
    days = []
    day = first
    while day <= end:
        days.append(day)
        day = add_months(day, months)
    return days


def tick_label(day: date, unit: TickUnit, lang: Language, *, first: bool = False) -> str:
    """An axis label in the user's language: "2027", "Q1 2027", "Jan 2027" / "Jan", "4 Jan";
    months name their year in January and on the ``first`` tick."""
    locale = LOCALES[lang]
    if unit is TickUnit.YEARS:
        return str(day.year)
    if unit is TickUnit.QUARTERS:
        return format_date(day, "QQQ yyyy", locale=locale)
    if unit is TickUnit.MONTHS:
        return format_date(day, "MMM yyyy" if first or day.month == 1 else "MMM", locale=locale)
    return format_date(day, "d MMM", locale=locale)
