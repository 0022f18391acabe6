"""Field checks every form shares: clean text, ranges, money, moments, all problems at once.

A save builds one ``FieldChecks``, runs every check (each records a
``FieldError`` instead of raising), and only then calls ``raise_if_any``.
"""

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import TypeVar

from babel import Locale
from sqlalchemy import Numeric, String

from app.errors import InvalidValueError
from app.model import Base
from app.money import check_currency, from_minor, to_minor
from app.records.errors import FieldError, FormInvalidError

EnumT = TypeVar("EnumT", bound=StrEnum)

# Labels that are not simply the field key in words.
LABELS = {
    "number": "Contract number",
    "rrule": "Recurrence rule",
    "lead_days": "Lead time",
    "auto_renew_months": "Auto-renew term",
    "email": "Email",
    "label_en": "English label",
    "label_de": "German label",
    "promised_response_hours": "Promised response time",
    "package_id": "Service package",
    "made_to_id": "Made to",
    "received_by_id": "Received by",
    "item_kind": "Promised service",
    "by_whom": "By whom",
    "follow_up_on": "Follow-up date",
    "machine_or_site": "Machine or site",
    "source_id": "From person",
    "target_id": "To person",
}
# Money columns are 64-bit; a trillion in any currency is far beyond a real contract and
# keeps sums of many rows well inside the column type.
MAX_MINOR = 99_999_999_999_999
# Control characters a user cannot see; tab and line breaks are text, the rest are not.
INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LINE_BREAKS = re.compile(r"[\t\r\n]+")
EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")
# Codes in Babel's territory list that are groupings, not countries.
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ"})


def label_of(field: str) -> str:
    """The English label of a field key: ``"notice_period"`` -> ``"Notice period"``."""
    name = field.rsplit(".", 1)[-1]
    if name in LABELS:
        return LABELS[name]
    return name.removesuffix("_id").replace("_", " ").capitalize()


def clean_text(value: str) -> str:
    """Stripped and in Unicode NFC, so "Müller" typed two ways is one name."""
    return unicodedata.normalize("NFC", value).strip()


@cache
def _countries() -> frozenset[str]:
    codes = [code for code in Locale("en").territories if isinstance(code, str)]
    return frozenset(code for code in codes if len(code) == 2 and code.isalpha()) - NOT_COUNTRIES


def _column(model: type[Base], column: str) -> object:
    return model.__table__.c[column].type


class FieldChecks:
    """Collects ``FieldError``s; ``raise_if_any`` raises them together."""

    def __init__(
        self, *, prefix: str = "", context: str = "", errors: list[FieldError] | None = None
    ) -> None:
        self._prefix = prefix
        self._context = context
        self.errors: list[FieldError] = [] if errors is None else errors

    def fail(self, field: str, rule: str) -> None:
        where = f" ({self._context})" if self._context else ""
        message = f"{label_of(field)}{where}: {rule}"
        self.errors.append(FieldError(f"{self._prefix}{field}", message))

    def failed(self, field: str) -> bool:
        key = f"{self._prefix}{field}"
        return any(error.field == key for error in self.errors)

    def row(self, collection: str, index: int, context: str) -> "FieldChecks":
        """Checks for one row of a table inside the form (``items[2].price``)."""
        return FieldChecks(
            prefix=f"{self._prefix}{collection}[{index}].", context=context, errors=self.errors
        )

    @contextmanager
    def rule(self, field: str) -> Iterator[None]:
        """Turn an ``InvalidValueError`` raised by a domain rule into this field's error."""
        try:
            yield
        except InvalidValueError as error:
            self.fail(field, error.reason)

    def raise_if_any(self) -> None:
        if self.errors:
            raise FormInvalidError(self.errors)

    # -- text ---------------------------------------------------------------------------

    def text(
        self,
        field: str,
        value: str,
        model: type[Base],
        column: str | None = None,
        *,
        required: bool = False,
    ) -> str:
        """Cleaned text; single-line columns get line breaks and tabs as one space."""
        kind = _column(model, column or field)
        limit = kind.length if isinstance(kind, String) else None
        cleaned = clean_text(value)
        if limit is not None:  # String(n): one line; Text has no length
            cleaned = LINE_BREAKS.sub(" ", cleaned)
        if required and not cleaned:
            self.fail(field, "must not be blank")
        elif INVISIBLE.search(cleaned):
            self.fail(field, "contains an invisible control character; please retype it")
        elif limit is not None and len(cleaned) > limit:
            self.fail(field, f"at most {limit} characters ({len(cleaned)} entered)")
        return cleaned

    def email(self, field: str, value: str, model: type[Base]) -> str:
        cleaned = self.text(field, value, model)
        if cleaned and not self.failed(field) and not EMAIL.fullmatch(cleaned):
            self.fail(field, f"{cleaned!r} is not an email address (name@example.com)")
        return cleaned

    def country(self, field: str, value: str) -> str:
        cleaned = clean_text(value).upper()
        if len(cleaned) != 2 or not cleaned.isascii() or not cleaned.isalpha():
            self.fail(field, f"{value.strip()!r} is not a two-letter country code (e.g. DE)")
        elif cleaned not in _countries():
            self.fail(field, f"{cleaned} is not a known ISO 3166 country code")
        return cleaned

    def choice(self, field: str, value: object, kind: type[EnumT]) -> EnumT | None:
        try:
            if not isinstance(value, str):
                raise ValueError(value)
            return kind(value)
        except ValueError:
            self.fail(field, f"{value!r} is not one of {', '.join(kind)}")
            return None

    # -- numbers and money ----------------------------------------------------------------

    def whole(
        self,
        field: str,
        value: int | None,
        low: int,
        high: int,
        unit: str = "",
        *,
        grouped: bool = True,
    ) -> int | None:
        """An integer in ``low..high``: "Notice period: 0 to 36 months"."""
        span = f"{low:,} to {high:,}" if grouped else f"{low} to {high}"
        span = f"{span} {unit}".rstrip()
        if value is None or type(value) is not int:  # bool is an int, but not a number here
            self.fail(field, f"enter a whole number, {span}")
            return None
        if not low <= value <= high:
            self.fail(field, span)
            return None
        return value

    def currency(self, field: str, value: str) -> str | None:
        cleaned = clean_text(value).upper()
        try:
            return check_currency(cleaned, field)
        except InvalidValueError as error:
            self.fail(field, error.reason)
            return None

    def money(
        self, field: str, amount: Decimal | None, currency: str | None, *, required: bool = True
    ) -> int | None:
        """Minor units of a non-negative amount with the currency's decimals.

        ``currency`` None (it is invalid, and reported on its own) checks only the sign."""
        if amount is None:
            if required:
                self.fail(field, "enter an amount (0 if none)")
            return None
        if not isinstance(amount, Decimal) or not amount.is_finite():
            self.fail(field, f"{amount!r} is not an amount")
            return None
        if amount < 0:
            self.fail(field, f"must not be negative ({amount})")
            return None
        if currency is None:
            return None
        try:
            minor = to_minor(amount, currency, field)
        except InvalidValueError as error:
            self.fail(field, error.reason)
            return None
        if minor > MAX_MINOR:
            self.fail(field, f"at most {from_minor(MAX_MINOR, currency):,} {currency}")
            return None
        return minor

    def measure(
        self,
        field: str,
        value: Decimal | None,
        model: type[Base],
        column: str | None = None,
        *,
        required: bool = True,
        positive: bool = False,
    ) -> Decimal | None:
        """A non-negative (or positive) decimal that fits the column's digits."""
        kind = _column(model, column or field)
        assert isinstance(kind, Numeric) and kind.precision is not None and kind.scale is not None
        if value is None:
            if required:
                self.fail(field, "enter a number (0 if none)")
            return None
        if not isinstance(value, Decimal) or not value.is_finite():
            self.fail(field, f"{value!r} is not a number")
            return None
        if positive and value <= 0:
            self.fail(field, f"must be more than 0 ({value})")
            return None
        if value < 0:
            self.fail(field, f"must not be negative ({value})")
            return None
        step = Decimal(1).scaleb(-kind.scale)
        if value != value.quantize(step):
            self.fail(field, f"{value} has more than {kind.scale} decimal places")
            return None
        largest = Decimal(10) ** (kind.precision - kind.scale) - step
        if value > largest:
            self.fail(field, f"at most {largest:,}")
            return None
        return value

    # -- dates and moments ----------------------------------------------------------------

    def moment(
        self, field: str, value: datetime | None, *, required: bool = False
    ) -> datetime | None:
        """An aware moment, returned in UTC; a naive one is refused, never guessed."""
        if value is None:
            if required:
                self.fail(field, "enter a date and time")
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            self.fail(field, f"{value:%Y-%m-%d %H:%M} has no time zone")
            return None
        return value.astimezone(UTC)

    def day(self, field: str, value: date | None, *, required: bool = True) -> date | None:
        if value is None and required:
            self.fail(field, "enter a date")
        return value
