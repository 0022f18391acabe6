"""Exact money: ``Decimal`` amounts with an ISO 4217 currency, integer minor units on disk."""

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from functools import cache

from babel.numbers import get_currency_precision, list_currencies

from app.errors import InvalidValueError

DEFAULT_CURRENCY = "EUR"


@cache
def _known_currencies() -> frozenset[str]:
    return frozenset(list_currencies())


def check_currency(code: str, field: str = "currency") -> str:
    """Return ``code`` if it is an ISO 4217 code Babel knows; raise ``InvalidValueError``."""
    if not isinstance(code, str) or len(code) != 3 or not code.isupper():
        raise InvalidValueError(field, f"{code!r} is not a three-letter ISO 4217 code")
    if code not in _known_currencies():
        raise InvalidValueError(field, f"{code!r} is not a known ISO 4217 currency")
    return code


@cache
def minor_digits(currency: str) -> int:
    """Decimal places of the currency's minor unit (EUR 2, JPY 0, KWD 3)."""
    return int(get_currency_precision(check_currency(currency)))


def to_minor(amount: Decimal, currency: str, field: str = "amount") -> int:
    """Exact amount to integer minor units; refuses more decimals than the currency has."""
    if not isinstance(amount, Decimal):  # a float here would lose cents silently
        raise TypeError(f"{field}: money must be a Decimal, not {type(amount).__name__}")
    if not amount.is_finite():
        raise InvalidValueError(field, f"{amount} is not a finite amount")
    digits = minor_digits(currency)
    scaled = amount.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise InvalidValueError(
            field, f"{amount} has more than {digits} decimal places for {currency}"
        )
    return int(scaled)


def from_minor(minor: int, currency: str) -> Decimal:
    """Exact ``Decimal`` for an integer count of minor units."""
    digits = minor_digits(currency)
    return Decimal(minor).scaleb(-digits).quantize(Decimal(1).scaleb(-digits))


def parse_amount(text: str, field: str = "amount") -> Decimal:
    """Parse a plain ``123.45`` amount; raise ``InvalidValueError`` naming ``field``."""
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, AttributeError):
        raise InvalidValueError(field, f"{text!r} is not an amount") from None
    if not value.is_finite():
        raise InvalidValueError(field, f"{text!r} is not an amount")
    return value


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount in one currency. Adding two currencies is an error, never a conversion."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        check_currency(self.currency)
        if not isinstance(self.amount, Decimal):
            raise TypeError("Money.amount must be a Decimal")

    @classmethod
    def from_minor(cls, minor: int, currency: str) -> "Money":
        return cls(from_minor(minor, currency), currency)

    @classmethod
    def zero(cls, currency: str) -> "Money":
        return cls.from_minor(0, currency)

    @property
    def minor(self) -> int:
        return to_minor(self.amount, self.currency)

    def __add__(self, other: "Money") -> "Money":
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.amount + other.amount, self.currency)

    def __neg__(self) -> "Money":
        return Money(-self.amount, self.currency)

    def __sub__(self, other: "Money") -> "Money":
        return self + (-other)

    def share_of(self, whole: "Money") -> Decimal | None:
        """This amount as a fraction of ``whole`` (same currency), or None when whole is zero."""
        if whole.currency != self.currency:
            raise ValueError(f"cannot compare {self.currency} with {whole.currency}")
        if whole.amount == 0:
            return None
        return (self.amount / whole.amount).quantize(Decimal("0.0001"), ROUND_HALF_EVEN)
