"""One reader per column: text in a cell to the value stored, or a ``CellError`` saying why not."""

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from app.errors import InvalidValueError
from app.interchange.csv_fields import Cell, Column
from app.interchange.csv_values import (
    CellError,
    NumberStyle,
    parse_bool,
    parse_date,
    parse_moment,
    parse_number,
)
from app.interchange.csv_words import country_codes, enum_words, word_key
from app.interchange.text import clean_name, clean_text, restore
from app.money import check_currency

CellReader = Callable[[str], Any]

INTEGER = re.compile(r"\s*[+-]?[0-9]+\s*\Z")
MAX_AMOUNT = Decimal("999999999999.99")  # far beyond any service contract, far below int64
MAX_HOURS = Decimal("999999.99")  # Numeric(8, 2)
MAX_INTEGER = 100_000


def cell_reader(column: Column, style: NumberStyle, dates: dict[str, date]) -> CellReader:
    """The reader for ``column``; ``style`` settles ambiguous numbers, ``dates`` caches dates."""
    match column.cell:
        case Cell.NAME:
            return _name_reader(column.max_length)
        case Cell.TEXT:
            return lambda text: clean_text(restore(text))
        case Cell.AMOUNT:
            return lambda text: _amount(text, style)
        case Cell.HOURS:
            return lambda text: _hours(text, style)
        case Cell.INTEGER:
            return _integer
        case Cell.DATE:
            return lambda text: parse_date(text, dates)
        case Cell.MOMENT:
            return parse_moment
        case Cell.BOOL:
            return parse_bool
        case Cell.CHOICE:
            assert column.choices is not None
            return _choice_reader(column)
        case Cell.COUNTRY:
            return _country
        case Cell.CURRENCY:
            return _currency
    raise AssertionError(column.cell)  # pragma: no cover


def _name_reader(limit: int | None) -> CellReader:
    def read(text: str) -> str:
        value = clean_name(restore(text.strip()))
        if limit is not None and len(value) > limit:
            raise CellError(f"is {len(value)} characters long; at most {limit} fit")
        return value

    return read


def _amount(text: str, style: NumberStyle) -> Decimal:
    value = parse_number(text, style, "an amount")
    if value < 0:
        raise CellError(f"{text!r} is negative; amounts here are 0 or more")
    if value > MAX_AMOUNT:
        raise CellError(f"{text!r} is too large for an amount")
    return value


def _hours(text: str, style: NumberStyle) -> Decimal:
    value = parse_number(text, style)
    if value < 0:
        raise CellError(f"{text!r} is negative; enter 0 or more")
    if value > MAX_HOURS:
        raise CellError(f"{text!r} is more than {MAX_HOURS} hours")
    if value != value.quantize(Decimal("0.01")):
        raise CellError(f"{text!r} has more than two decimal places")
    return value


def _integer(text: str) -> int:
    if not INTEGER.match(text):
        raise CellError(f"{text!r} is not a whole number")
    value = int(text)
    if not 0 <= value <= MAX_INTEGER:
        raise CellError(f"{text!r} is out of range (0 to {MAX_INTEGER})")
    return value


def _choice_reader(column: Column) -> CellReader:
    assert column.choices is not None
    words = enum_words(column.choices)
    allowed = ", ".join(member.value for member in column.choices)

    def read(text: str) -> Any:
        found = words.get(word_key(text))
        if found is None:
            raise CellError(f"{text.strip()!r} is not one of: {allowed}")
        return found

    return read


def _country(text: str) -> str:
    found = country_codes().get(word_key(text))
    if found is None:
        raise CellError(f"{text.strip()!r} is not a country (use a code such as DE or AT)")
    return found


def _currency(text: str) -> str:
    try:
        return check_currency(text.strip().upper())
    except InvalidValueError as error:
        raise CellError(error.reason) from None
