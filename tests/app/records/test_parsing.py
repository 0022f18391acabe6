"""Amounts typed in the form's language: exact decimals, the field named when refused."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.wording import Language
from app.errors import InvalidValueError
from app.records import format_amount, parse_amount, parse_optional_amount


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("1.234,50", "de", "1234.50"),
        ("1,234.50", "en", "1234.50"),
        ("1234.5", "en", "1234.5"),
        ("1234.5", "de", "1234.5"),  # plain machine notation works in German too
        ("1234,5", "de", "1234.5"),
        ("0,05", "de", "0.05"),
        ("1.234.567,89", "de", "1234567.89"),
        ("  12  ", "en", "12"),
        ("1.234", "de", "1234"),  # German grouping: one thousand two hundred ...
        ("1,005", "en", "1005"),  # English grouping: one thousand and five
        ("−5", "en", "-5"),  # the typographic minus
        ("-0", "en", "0"),
    ],
)
def test_amounts_in_each_language(text: str, lang: Language, expected: str) -> None:
    parsed = parse_amount(text, lang)
    assert parsed == Decimal(expected)
    assert str(parsed) == expected  # exact digits, never a float on the way


@pytest.mark.parametrize(
    "text, lang",
    [
        ("12,5x", "de"),
        ("1e3", "en"),
        ("NaN", "en"),
        ("Infinity", "en"),
        ("١٢", "en"),  # Arabic-Indic digits: Babel reads them, a seller did not mean them
        ("12 €", "de"),
        ("1 234,50", "de"),
        ("1,2,3", "en"),
        ("--5", "en"),
    ],
)
def test_what_is_not_an_amount_is_refused_naming_the_field(text: str, lang: Language) -> None:
    with pytest.raises(InvalidValueError) as refused:
        parse_amount(text, lang, field="annual_value")
    assert refused.value.field == "annual_value"
    assert str(refused.value).startswith(f"annual_value: {text.strip()!r} is not an amount")


def test_the_message_quotes_the_text_as_typed() -> None:
    with pytest.raises(InvalidValueError) as refused:
        parse_amount("12,5x", "de")
    assert str(refused.value) == "value: '12,5x' is not an amount"


def test_a_wrong_grouping_suggests_what_was_meant() -> None:
    with pytest.raises(InvalidValueError, match=r"did you mean 125 or 12\.5\?"):
        parse_amount("12,5", "en")


def test_an_empty_amount_is_refused_and_the_optional_one_is_none() -> None:
    with pytest.raises(InvalidValueError, match="value: enter an amount"):
        parse_amount("   ", "de")
    assert parse_optional_amount("  ", "de") is None
    assert parse_optional_amount("7,5", "de") == Decimal("7.5")


@pytest.mark.parametrize(
    "text, lang, currency",
    [
        ("1,005", "de", "EUR"),  # 1.005 in German: a tenth of a cent
        ("1.005", "en", "EUR"),
        ("12,5", "de", "JPY"),  # yen have no minor unit
        ("0,0001", "de", "KWD"),  # dinar have three decimals, not four
    ],
)
def test_more_decimals_than_the_currency_has_are_refused(
    text: str, lang: Language, currency: str
) -> None:
    with pytest.raises(InvalidValueError) as refused:
        parse_amount(text, lang, field="value", currency=currency)
    assert f"{text!r} has more than" in str(refused.value)
    assert currency in str(refused.value)


def test_one_thousand_and_five_in_english_is_a_valid_euro_amount() -> None:
    # The decision: the language decides what a separator means, so "1,005" in
    # English is 1005.00 EUR, and the same text in German is refused above.
    assert parse_amount("1,005", "en", currency="EUR") == Decimal(1005)
    assert parse_amount("0,125", "de", currency="KWD") == Decimal("0.125")


def test_negatives_are_refused_when_the_caller_says_so() -> None:
    assert parse_amount("-5", "en") == Decimal(-5)
    with pytest.raises(InvalidValueError, match="value: '-5' is negative"):
        parse_amount("-5", "en", allow_negative=False)
    assert parse_amount("-0,00", "de", allow_negative=False) == Decimal(0)


@pytest.mark.parametrize(
    "amount, lang, currency, shown",
    [
        (Decimal("1234.5"), "de", "EUR", "1.234,50"),
        (Decimal("1234.5"), "en", "EUR", "1,234.50"),
        (Decimal("1234567"), "de", None, "1.234.567"),
        (Decimal("0.125"), "de", None, "0,125"),
        (Decimal("1234.5"), "en", "JPY", "1,234.5"),  # never hides digits it was given
        (Decimal("-80"), "de", "EUR", "-80,00"),
    ],
)
def test_format_for_prefilling_a_field(
    amount: Decimal, lang: Language, currency: str | None, shown: str
) -> None:
    assert format_amount(amount, lang, currency=currency) == shown


@given(
    cents=st.integers(min_value=-(10**12), max_value=10**12),
    lang=st.sampled_from(["en", "de"]),
)
def test_a_formatted_amount_parses_back_exactly(cents: int, lang: Language) -> None:
    amount = Decimal(cents).scaleb(-2)
    text = format_amount(amount, lang, currency="EUR")
    assert parse_amount(text, lang, currency="EUR") == amount
