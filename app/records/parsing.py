"""Amounts as people type them: "1.234,50" in German, "1,234.50" in English, or plain "1234.5".

The locale decides what a separator means: "1,005" is one thousand and five in
English and 1.005 in German (refused for EUR: three decimals). A plain
machine-style "1234.5" is accepted in both languages when the locale's own
reading of it is not a valid number.
"""

import re
import unicodedata
from decimal import Decimal

from babel.numbers import NumberFormatError, format_decimal, parse_decimal

from app.domain.wording import Language
from app.errors import InvalidValueError
from app.formatting import LOCALES
from app.money import minor_digits, to_minor

# Digits, separators and one leading sign: keeps out "1e3", "NaN", "Infinity" and
# non-ASCII digits that Babel would otherwise accept.
AMOUNT_SHAPE = re.compile(r"[+-]?[0-9.,]+")
PLAIN = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
MINUS_SIGNS = str.maketrans({"\u2212": "-", "\u2013": "-"})


def parse_amount(
    text: str,
    lang: Language,
    *,
    field: str = "value",
    currency: str | None = None,
    allow_negative: bool = True,
) -> Decimal:
    """The exact ``Decimal`` the user typed in ``lang``'s notation.

    With ``currency`` it refuses more decimals than the currency has; with
    ``allow_negative=False`` it refuses amounts below zero. Raises
    ``InvalidValueError`` naming ``field`` and quoting the text.
    """
    typed = text.strip()
    raw = unicodedata.normalize("NFKC", typed).translate(MINUS_SIGNS)
    if not raw:
        raise InvalidValueError(field, "enter an amount")
    if not AMOUNT_SHAPE.fullmatch(raw):
        raise InvalidValueError(field, f"{typed!r} is not an amount")
    try:
        value = parse_decimal(raw, locale=LOCALES[lang], strict=True)
    except NumberFormatError as error:
        if not PLAIN.fullmatch(raw):
            hint = ""
            if error.suggestions:
                hint = f" (did you mean {' or '.join(error.suggestions)}?)"
            raise InvalidValueError(field, f"{typed!r} is not an amount{hint}") from None
        value = Decimal(raw)
    if value.is_zero():
        value = abs(value)  # "-0" is zero, not a negative amount
    if not allow_negative and value < 0:
        raise InvalidValueError(field, f"{typed!r} is negative; enter 0 or more")
    if currency is not None:
        try:
            to_minor(value, currency, field)
        except InvalidValueError:
            digits = minor_digits(currency)
            raise InvalidValueError(
                field, f"{typed!r} has more than {digits} decimal places for {currency}"
            ) from None
    return value


def parse_optional_amount(
    text: str,
    lang: Language,
    *,
    field: str = "value",
    currency: str | None = None,
    allow_negative: bool = True,
) -> Decimal | None:
    """Like ``parse_amount``, but an empty field is ``None`` (no amount given)."""
    if not text.strip():
        return None
    return parse_amount(text, lang, field=field, currency=currency, allow_negative=allow_negative)


def format_amount(amount: Decimal, lang: Language, *, currency: str | None = None) -> str:
    """``1.234,50`` (de) / ``1,234.50`` (en): grouped, no currency sign, for pre-filling
    a field. With ``currency`` it shows the currency's decimals; it never hides digits."""
    if not amount.is_finite():
        raise ValueError(f"cannot format {amount} as an amount")
    exponent = amount.as_tuple().exponent
    assert isinstance(exponent, int)
    places = max(-exponent, 0)
    if currency is not None:
        places = max(places, minor_digits(currency))
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(amount, format=pattern, locale=LOCALES[lang], decimal_quantization=True)
