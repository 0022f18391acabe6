"""How each column of the model is written to and read from the JSON workspace file.

Integers (ids, money in minor units, counts) are JSON numbers; text is a string;
booleans are true/false; dates are ``"2027-01-15"``; moments are ISO 8601 in UTC with
their offset, ``"2026-11-05T06:40:00+00:00"``; decimals (hours, quantities) are strings
with the column's scale, ``"3.50"``; enums are their stored value, ``"active"``.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum as PyEnum
from typing import Any

from sqlalchemy import Boolean, Column, Date, Enum, Integer, Numeric, String, Table, Text

from app.model import UTCDateTime

ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
ISO_MOMENT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})\Z"
)


class ValueRefused(ValueError):
    """A JSON value that does not fit its column; the message says what was expected."""


@dataclass(frozen=True, slots=True)
class ColumnCodec:
    name: str
    nullable: bool
    write: Callable[[Any], Any]  # database value (not None) -> JSON value
    read: Callable[[Any], Any]  # JSON value (not None) -> database value; raises ValueRefused


def _read_int(value: Any) -> int:
    if type(value) is not int:
        raise ValueRefused(f"expected a whole number, got {value!r}")
    return value


def _read_text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueRefused(f"expected text, got {value!r}")
    return value


def _read_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueRefused(f"expected true or false, got {value!r}")
    return value


def _read_date(value: Any) -> date:
    if not isinstance(value, str) or not ISO_DATE.match(value):
        raise ValueRefused(f'expected a date like "2027-01-15", got {value!r}')
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise ValueRefused(f"{value!r} is not a date ({error})") from None


def _read_moment(value: Any) -> datetime:
    if not isinstance(value, str) or not ISO_MOMENT.match(value):
        raise ValueRefused(
            f'expected a moment with its offset like "2026-11-05T06:40:00+00:00", got {value!r}'
        )
    try:
        return datetime.fromisoformat(value).astimezone(UTC)
    except ValueError as error:
        raise ValueRefused(f"{value!r} is not a moment ({error})") from None


def _write_moment(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _decimal_codec(scale: int) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    step = Decimal(1).scaleb(-scale)

    def write(value: Decimal) -> str:
        return format(Decimal(value).quantize(step), "f")

    def read(value: Any) -> Decimal:
        if not isinstance(value, str):
            raise ValueRefused(f'expected a decimal number as a string like "3.50", got {value!r}')
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise ValueRefused(f"{value!r} is not a decimal number") from None
        if not number.is_finite() or number != number.quantize(step):
            raise ValueRefused(f"{value!r} is not a number with at most {scale} decimals")
        return number

    return write, read


def _enum_codec(column_type: Enum) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    allowed = list(column_type.enums)
    enum_class = column_type.enum_class

    def write(value: Any) -> str:
        return str(value.value) if isinstance(value, PyEnum) else str(value)

    def read(value: Any) -> Any:
        if value not in allowed or not isinstance(value, str):
            raise ValueRefused(f"expected one of {', '.join(allowed)}, got {value!r}")
        return enum_class(value) if enum_class is not None else value

    return write, read


def codec_for(column: Column[Any]) -> ColumnCodec:
    """The codec of one table column, chosen by its SQLAlchemy type."""
    column_type = column.type
    write: Callable[[Any], Any]
    read: Callable[[Any], Any]
    if isinstance(column_type, UTCDateTime):
        write, read = _write_moment, _read_moment
    elif isinstance(column_type, Enum):  # before String: Enum is a String
        write, read = _enum_codec(column_type)
    elif isinstance(column_type, Boolean):
        write, read = bool, _read_bool
    elif isinstance(column_type, Date):
        write, read = date.isoformat, _read_date
    elif isinstance(column_type, Numeric):
        write, read = _decimal_codec(column_type.scale or 0)
    elif isinstance(column_type, Integer):
        write, read = int, _read_int
    elif isinstance(column_type, String | Text):
        write, read = str, _read_text
    else:  # pragma: no cover - a new column type needs a codec here
        raise TypeError(f"no JSON codec for {column.table.name}.{column.name}: {column_type!r}")
    return ColumnCodec(column.name, bool(column.nullable), write, read)


def table_codecs(table: Table) -> tuple[ColumnCodec, ...]:
    """Codecs of every column of ``table``, in the table's column order."""
    return tuple(codec_for(column) for column in table.columns)
