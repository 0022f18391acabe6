"""Numbers, dates, moments and yes/no as German and English spreadsheets write them."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.interchange.csv_values import (
    CellError,
    format_date,
    format_moment,
    format_number,
    number_style,
    parse_bool,
    parse_date,
    parse_moment,
    parse_number,
)
from app.interchange.text import clean_name, neutralise, restore


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("1234,5", "1234.5"),
        ("1234.5", "1234.5"),
        ("1.234.567", "1234567"),
        ("1,234,567", "1234567"),
        ("12.345.678,9", "12345678.9"),
        ("0,500", "0.500"),
        ("1 234,50", "1234.50"),
        ("1\u00a0234,50", "1234.50"),
        ("1'234.50", "1234.50"),
        ("  42  ", "42"),
        ("+7", "7"),
        ("-7,25", "-7.25"),
        ("\u22127", "-7"),
    ],
)
def test_numbers_in_either_notation(text: str, expected: str) -> None:
    for style in ("de", "en"):
        assert parse_number(text, style) == Decimal(expected)


def test_only_thousands_like_cells_need_the_file_style() -> None:
    assert parse_number("1.234", "de") == Decimal(1234)
    assert parse_number("1.234", "en") == Decimal("1.234")
    assert parse_number("1,234", "en") == Decimal(1234)
    assert parse_number("1,234", "de") == Decimal("1.234")


@pytest.mark.parametrize(
    "text", ["12,5x", "1.2.3,4,5", "1,23.45,6", "abc", "1e3", "NaN", "1,", ".5.", "1.23.4", ""]
)
def test_what_is_not_a_number_is_refused_by_quoting_it(text: str) -> None:
    with pytest.raises(CellError, match="is not a number"):
        parse_number(text, "de")


def test_the_file_style_comes_from_the_first_cell_that_shows_one() -> None:
    assert number_style(["12", "1.234", "420,00"], "en") == "de"
    assert number_style(["12", "1,234", "420.00"], "de") == "en"
    assert number_style(["1.234.567"], "en") == "de"
    assert number_style(["12", "1.234"], "en") == "en"  # nothing decides: the fallback
    assert number_style([], "de") == "de"


@given(
    st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False),
    st.sampled_from(["de", "en"]),
)
def test_every_exported_number_reads_back_exactly(value: Decimal, style: str) -> None:
    text = format_number(value, style)
    assert parse_number(text, style) == value


@pytest.mark.parametrize(
    "text",
    [
        "15.01.2027",
        "2027-01-15",
        "15/01/2027",
        "15.1.2027",
        "2027-01-15 00:00:00",
        "15.01.2027 00:00",
    ],
)
def test_dates_in_german_iso_and_day_first_forms(text: str) -> None:
    assert parse_date(text, {}) == date(2027, 1, 15)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31.02.2027", "is not a date"),
        ("15.01.27", "four digits"),
        ("Jan 15 2027", "15.01.2027 or 2027-01-15"),
        ("2027-01-15 08:30", "is not a date"),
    ],
)
def test_bad_dates_say_why(text: str, reason: str) -> None:
    with pytest.raises(CellError, match=reason):
        parse_date(text, {})


def test_dates_print_as_each_language_expects() -> None:
    assert format_date(date(2027, 1, 15), "de") == "15.01.2027"
    assert format_date(date(2027, 1, 15), "en") == "2027-01-15"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-05 06:40", datetime(2026, 11, 5, 6, 40, tzinfo=UTC)),
        ("05.11.2026 07:40 +01:00", datetime(2026, 11, 5, 6, 40, tzinfo=UTC)),
        ("2026-11-05T06:40:00Z", datetime(2026, 11, 5, 6, 40, tzinfo=UTC)),
        ("2026-11-05 06:40:00.250000+00:00", datetime(2026, 11, 5, 6, 40, 0, 250000, UTC)),
        ("05/11/2026 01:40 -0500", datetime(2026, 11, 5, 6, 40, tzinfo=UTC)),
        ("2026-11-05", datetime(2026, 11, 5, tzinfo=UTC)),
    ],
)
def test_moments_without_a_zone_are_utc(text: str, expected: datetime) -> None:
    assert parse_moment(text) == expected


def test_moments_round_trip_with_their_microseconds() -> None:
    moment = datetime(2026, 11, 5, 6, 40, 1, 123, tzinfo=UTC)
    assert parse_moment(format_moment(moment)) == moment
    with pytest.raises(CellError, match="date and time"):
        parse_moment("2026-11-05 25:99")


def test_yes_and_no_in_both_languages() -> None:
    assert [parse_bool(word) for word in ("ja", "Yes", "X", "1", "wahr")] == [True] * 5
    assert [parse_bool(word) for word in ("nein", "NO", "0", "falsch")] == [False] * 4
    with pytest.raises(CellError, match="yes or no"):
        parse_bool("vielleicht")


def test_names_lose_bidi_controls_and_become_nfc() -> None:
    assert clean_name(" \u202eKunde\u202c GmbH\u200f ") == "Kunde GmbH"
    assert clean_name("Mu\u0308ller") == "Müller"
    assert clean_name("شركة \u2067ABC\u2069") == "شركة ABC"


@pytest.mark.parametrize(
    "cell",
    ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "\x00x", "'=x", "''+1"],
)
def test_formula_cells_get_one_quote_that_import_takes_off(cell: str) -> None:
    shown = neutralise(cell)
    assert shown == "'" + cell
    assert restore(shown) == cell


@given(st.text())
def test_neutralising_is_undone_exactly(cell: str) -> None:
    assert restore(neutralise(cell)) == cell
