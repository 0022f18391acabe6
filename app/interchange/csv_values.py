"""Cells as people type them in German and English spreadsheets, read and written.

Numbers: ``1.234,50`` (German), ``1,234.50`` (English), ``1234.5``, ``1234,5``. Only
``1.234`` and ``1,234`` are ambiguous; the file's number style settles those (see
``number_style``). Dates: ``15.01.2027``, ``2027-01-15``, ``15/01/2027`` (day first,
as in Britain and Germany). Moments: a date and a time, with ``Z``, ``UTC`` or an offset
such as ``+01:00``; a time without one is UTC.
"""

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Literal

NumberStyle = Literal["de", "en"]


class CellError(ValueError):
    """A cell that cannot be read; the message is the reason shown to the user."""


SIMPLE_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]{1,2})?\Z")
NUMBER_SHAPE = re.compile(r"[0-9][0-9.,]*\Z")
GROUPING_MARKS = str.maketrans("", "", "\u00a0\u202f '\u2019")
MINUS_SIGNS = ("-", "\u2212", "\u2013")
GROUP_OF: dict[NumberStyle, str] = {"de": ".", "en": ","}
DECIMAL_MARK: dict[NumberStyle, str] = {"de": ",", "en": "."}


def _evidence(cell: str) -> NumberStyle | None:
    """The number style a cell proves, or None when it fits both (or has no separator)."""
    commas, dots = cell.count(","), cell.count(".")
    if commas and dots:
        return "de" if cell.rfind(",") > cell.rfind(".") else "en"
    if not commas and not dots:
        return None
    mark = "," if commas else "."
    if commas + dots > 1:  # repeated: a grouping mark
        return "en" if mark == "," else "de"
    whole, _, fraction = cell.partition(mark)
    if _could_be_grouped(whole.lstrip("+-\u2212\u2013 "), fraction):
        return None
    return "de" if mark == "," else "en"


def _could_be_grouped(whole: str, fraction: str) -> bool:
    return len(fraction) == 3 and 1 <= len(whole) <= 3 and whole[0] != "0"


def number_style(cells: Iterable[str], fallback: NumberStyle) -> NumberStyle:
    """The style of the first cell that shows one; ``fallback`` if none does."""
    for cell in cells:
        if cell and not SIMPLE_NUMBER.match(cell):
            found = _evidence(cell.strip())
            if found is not None:
                return found
        elif cell and ("," in cell or "." in cell):
            return "de" if "," in cell else "en"
    return fallback


def parse_number(text: str, style: NumberStyle, what: str = "a number") -> Decimal:
    """The exact ``Decimal`` in ``text``; ``style`` decides only ``1.234``-like cells.
    Raises ``CellError`` saying the text is not ``what``."""
    cell = text.strip()
    if SIMPLE_NUMBER.match(cell):
        return Decimal(cell.replace(",", "."))
    raw = cell.translate(GROUPING_MARKS)
    sign = ""
    if raw[:1] in MINUS_SIGNS:
        sign, raw = "-", raw[1:]
    elif raw[:1] == "+":
        raw = raw[1:]
    if not NUMBER_SHAPE.match(raw) or raw[-1] in ".,":
        raise CellError(f"{text!r} is not {what}")
    commas, dots = raw.count(","), raw.count(".")
    if commas and dots:
        mark = "," if raw.rfind(",") > raw.rfind(".") else "."
        group = "." if mark == "," else ","
        whole, _, fraction = raw.rpartition(mark)
        if mark in whole or not _grouped(whole, group):
            raise CellError(f"{text!r} is not {what} (mixed separators)")
        whole = whole.replace(group, "")
    elif commas or dots:
        mark = "," if commas else "."
        if commas + dots > 1:
            if not _grouped(raw, mark):
                raise CellError(f"{text!r} is not {what}")
            whole, fraction = raw.replace(mark, ""), ""
        else:
            whole, _, fraction = raw.partition(mark)
            if _could_be_grouped(whole, fraction) and GROUP_OF[style] == mark:
                whole, fraction = whole + fraction, ""
    else:
        whole, fraction = raw, ""
    return Decimal(f"{sign}{whole}.{fraction}" if fraction else f"{sign}{whole}")


def _grouped(whole: str, group: str) -> bool:
    """True for digits in thousands groups: ``1.234.567`` with ``group='.'``."""
    parts = whole.split(group)
    head = parts[0]
    if not 1 <= len(head) <= 3 or (head[0] == "0" and len(parts) > 1):
        return False
    return all(len(part) == 3 and part.isdigit() for part in parts[1:])


def format_number(value: Decimal, style: NumberStyle) -> str:
    """``1234.50`` or ``1234,50``: no grouping, so no reader can mistake the value."""
    text = format(value, "f")
    return text.replace(".", ",") if style == "de" else text


# --- dates -------------------------------------------------------------------------------

DATE_PATTERNS = (
    (re.compile(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})"), "2027-01-15"),
    (re.compile(r"(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{2,4})"), "15.01.2027"),
    (re.compile(r"(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})/(?P<y>[0-9]{2,4})"), "15/01/2027"),
)
MIDNIGHT = re.compile(r"(?:[ T]0{1,2}:00(?::00(?:\.0+)?)?)?\Z")
DATE_HINT = "write it as 15.01.2027 or 2027-01-15"


def _date_prefix(text: str) -> tuple[date, int]:
    """The date at the start of ``text`` and where it ends; raises ``CellError``."""
    for pattern, _example in DATE_PATTERNS:
        found = pattern.match(text)
        if found is None:
            continue
        year = found["y"]
        if len(year) != 4:
            raise CellError(f"{text!r}: write the year with four digits")
        try:
            return date(int(year), int(found["m"]), int(found["d"])), found.end()
        except ValueError as error:
            raise CellError(f"{text!r} is not a date ({error})") from None
    raise CellError(f"{text!r} is not a date; {DATE_HINT}")


def parse_date(text: str, cache: dict[str, date]) -> date:
    """The calendar date in ``text`` (a time of exactly midnight may follow, as Excel writes)."""
    known = cache.get(text)
    if known is not None:
        return known
    cell = text.strip()
    day, end = _date_prefix(cell)
    if not MIDNIGHT.match(cell, end):
        raise CellError(f"{text!r} is not a date; {DATE_HINT}")
    cache[text] = day
    return day


def format_date(value: date, style: NumberStyle) -> str:
    """``15.01.2027`` (de) or ``2027-01-15`` (en: ISO, which no spreadsheet misreads)."""
    return value.strftime("%d.%m.%Y") if style == "de" else value.isoformat()


TIME = re.compile(
    r"(?:[ T](?P<h>[0-9]{1,2}):(?P<min>[0-9]{2})(?::(?P<s>[0-9]{2})(?:\.(?P<f>[0-9]{1,6}))?)?)?"
    r"\s*(?P<zone>Z|UTC|[+-][0-9]{2}:?[0-9]{2})?\Z"
)


def parse_moment(text: str) -> datetime:
    """An aware UTC moment: date, optional time, optional zone (none given: UTC)."""
    cell = text.strip()
    day, end = _date_prefix(cell)
    found = TIME.match(cell, end)
    if found is None:
        raise CellError(f"{text!r} is not a date and time; write it as 2027-01-15 08:30")
    zone = _zone(found["zone"])
    try:
        moment = datetime(
            day.year,
            day.month,
            day.day,
            int(found["h"] or 0),
            int(found["min"] or 0),
            int(found["s"] or 0),
            int((found["f"] or "0").ljust(6, "0")),
            tzinfo=zone,
        )
    except ValueError as error:
        raise CellError(f"{text!r} is not a date and time ({error})") from None
    return moment.astimezone(UTC)


def _zone(text: str | None) -> timezone:
    if text is None or text in ("Z", "UTC"):
        return UTC
    digits = text[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    if offset >= timedelta(hours=24):
        raise CellError(f"{text!r} is not a time zone offset")
    return timezone(-offset if text[0] == "-" else offset)


def format_moment(value: datetime) -> str:
    """ISO 8601 in UTC with its offset, in either language: ``2026-11-05 06:40:00+00:00``."""
    return value.astimezone(UTC).isoformat(sep=" ")


# --- yes/no ------------------------------------------------------------------------------

TRUE_WORDS = frozenset({"1", "yes", "y", "true", "x", "ja", "j", "wahr", "✓"})
FALSE_WORDS = frozenset({"0", "no", "n", "false", "nein", "falsch", "-"})


def parse_bool(text: str) -> bool:
    word = text.strip().casefold()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CellError(f"{text!r} is not yes or no (ja/nein)")


def format_bool(value: bool, style: NumberStyle) -> str:
    if style == "de":
        return "ja" if value else "nein"
    return "yes" if value else "no"
