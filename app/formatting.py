"""Money, dates and shares formatted for a language (Babel): "12.345,00 €" / "€12,345.00"."""

import re
from datetime import date
from decimal import Decimal

from babel.dates import format_date as babel_format_date
from babel.numbers import format_currency, format_decimal, format_percent

from app.domain.wording import Language
from app.money import Money, minor_digits

LOCALES: dict[Language, str] = {"en": "en_GB", "de": "de_DE"}


# CLDR asks for a space between a letter code and the number ("CHF 3,400"); Babel
# leaves it out ("CHF3,400").
CODE_NEXT_TO_DIGIT = re.compile(r"(?<=[A-Za-z])(?=[\d-])|(?<=\d)(?=[A-Za-z])")


def money(value: Money, lang: Language, *, cents: bool = True) -> str:
    """``12.345,00 €`` (de) or ``€12,345.00`` / ``CHF 12,345.00`` (en); ``cents=False`` rounds
    to whole units."""
    digits = minor_digits(value.currency) if cents else 0
    pattern = None if cents else "¤#,##0" if lang == "en" else "#,##0 ¤"
    text = format_currency(
        value.amount.quantize(Decimal(1).scaleb(-digits)) if not cents else value.amount,
        value.currency,
        format=pattern,
        locale=LOCALES[lang],
        currency_digits=cents,
    )
    return CODE_NEXT_TO_DIGIT.sub(" ", text)


def day(value: date, lang: Language, style: str = "medium") -> str:
    """``15 Jan 2027`` (en) or ``15.01.2027`` (de); style "long": ``15. Januar 2027``."""
    return babel_format_date(value, format=style, locale=LOCALES[lang])


def share(fraction: Decimal, lang: Language) -> str:
    """A fraction as a whole percentage: ``12 %`` (de) or ``12%`` (en)."""
    return format_percent(fraction, locale=LOCALES[lang])


def number(value: Decimal, lang: Language) -> str:
    """A count or measure with at most one decimal: ``5,4`` (de) or ``5.4`` (en)."""
    return format_decimal(value, format="#,##0.#", locale=LOCALES[lang])


def hours(value: Decimal, lang: Language) -> str:
    """Hours with a no-break space before the unit: ``48 h``, ``5,5 h`` (de)."""
    return f"{number(value, lang)}\u00a0h"


def money_figure(value: Money, lang: Language, *, cents: bool = True) -> str:
    """``money`` for print: never broken across lines (every space a no-break space)."""
    return money(value, lang, cents=cents).replace(" ", "\u00a0")
