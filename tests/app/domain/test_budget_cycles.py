"""Budget-planning dates: RRULE occurrences, contact windows and per-year overrides."""

from datetime import date, datetime, time, timedelta

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given
from hypothesis import strategies as st

from app.domain.budget_cycles import (
    BudgetOccurrence,
    YearOverride,
    check_rrule,
    next_occurrence,
    occurrences,
)
from app.errors import InvalidValueError


def _planned(found: list[BudgetOccurrence]) -> list[date]:
    return [occurrence.planned_on for occurrence in found]


def _dateutil_dates(rule: str, first: date, start: date, end: date) -> list[date]:
    """The reference: dateutil itself, with the first date as DTSTART."""
    parsed = rrulestr(f"RRULE:{rule}", dtstart=datetime.combine(first, time()))
    lo, hi = datetime.combine(start, time()), datetime.combine(end, time())
    return [moment.date() for moment in parsed.between(lo, hi, inc=True)]


# --- yearly rule and contact window ----------------------------------------------------------


def test_yearly_rule_from_the_first_date_with_its_window() -> None:
    found = occurrences("FREQ=YEARLY", date(2021, 9, 15), 30, date(2024, 1, 1), date(2026, 12, 31))
    assert found == [
        BudgetOccurrence(date(2024, 9, 15), date(2024, 8, 16), False),
        BudgetOccurrence(date(2025, 9, 15), date(2025, 8, 16), False),
        BudgetOccurrence(date(2026, 9, 15), date(2026, 8, 16), False),
    ]


def test_nothing_before_the_first_date() -> None:
    found = occurrences("FREQ=YEARLY", date(2021, 9, 15), 0, date(2018, 1, 1), date(2022, 12, 31))
    assert _planned(found) == [date(2021, 9, 15), date(2022, 9, 15)]
    assert all(occurrence.window_opens == occurrence.planned_on for occurrence in found)


def test_range_is_inclusive_at_both_ends() -> None:
    found = occurrences("FREQ=YEARLY", date(2021, 9, 15), 10, date(2024, 9, 15), date(2025, 9, 15))
    assert _planned(found) == [date(2024, 9, 15), date(2025, 9, 15)]
    found = occurrences("FREQ=YEARLY", date(2021, 9, 15), 10, date(2024, 9, 16), date(2025, 9, 14))
    assert found == []


def test_window_opens_lead_days_before_across_a_year_end() -> None:
    (found,) = occurrences(
        "FREQ=YEARLY", date(2020, 1, 10), 20, date(2025, 1, 1), date(2025, 12, 31)
    )
    assert found.planned_on == date(2025, 1, 10)
    assert found.window_opens == date(2024, 12, 21)


def test_window_is_open_from_its_opening_day_to_the_planning_day() -> None:
    occurrence = BudgetOccurrence(date(2025, 9, 15), date(2025, 8, 16), False)
    assert not occurrence.window_is_open(date(2025, 8, 15))
    assert occurrence.window_is_open(date(2025, 8, 16))
    assert occurrence.window_is_open(date(2025, 9, 1))
    assert occurrence.window_is_open(date(2025, 9, 15))
    assert not occurrence.window_is_open(date(2025, 9, 16))


def test_next_occurrence_on_the_planning_day_is_that_day() -> None:
    found = next_occurrence("FREQ=YEARLY", date(2021, 9, 15), 30, date(2025, 9, 15))
    assert found == BudgetOccurrence(date(2025, 9, 15), date(2025, 8, 16), False)
    assert found.window_is_open(date(2025, 9, 15))


def test_next_occurrence_the_day_after_is_next_year() -> None:
    found = next_occurrence("FREQ=YEARLY", date(2021, 9, 15), 30, date(2025, 9, 16))
    assert found is not None
    assert found.planned_on == date(2026, 9, 15)


def test_next_occurrence_before_the_first_date_is_the_first_date() -> None:
    found = next_occurrence("FREQ=YEARLY", date(2027, 3, 1), 14, date(2025, 6, 1))
    assert found == BudgetOccurrence(date(2027, 3, 1), date(2027, 2, 15), False)


def test_next_occurrence_beyond_the_horizon_is_none() -> None:
    assert next_occurrence("FREQ=YEARLY", date(2040, 1, 1), 0, date(2025, 6, 1)) is None
    assert (
        next_occurrence("FREQ=YEARLY;UNTIL=20230101", date(2020, 1, 1), 0, date(2025, 6, 1)) is None
    )


# --- overrides -------------------------------------------------------------------------------


def test_override_moves_one_year() -> None:
    found = occurrences(
        "FREQ=YEARLY",
        date(2021, 9, 15),
        30,
        date(2024, 1, 1),
        date(2026, 12, 31),
        {2025: YearOverride(date(2025, 10, 1))},
    )
    assert found == [
        BudgetOccurrence(date(2024, 9, 15), date(2024, 8, 16), False),
        BudgetOccurrence(date(2025, 10, 1), date(2025, 9, 1), True),
        BudgetOccurrence(date(2026, 9, 15), date(2026, 8, 16), False),
    ]


def test_override_cancels_one_year() -> None:
    found = occurrences(
        "FREQ=YEARLY",
        date(2021, 9, 15),
        30,
        date(2024, 1, 1),
        date(2026, 12, 31),
        {2025: YearOverride(None)},
    )
    assert _planned(found) == [date(2024, 9, 15), date(2026, 9, 15)]
    assert not any(occurrence.moved for occurrence in found)


def test_override_moved_into_the_next_calendar_year() -> None:
    first, overrides = date(2020, 12, 20), {2025: YearOverride(date(2026, 1, 10))}
    found = occurrences("FREQ=YEARLY", first, 14, date(2026, 1, 1), date(2026, 12, 31), overrides)
    assert found == [
        BudgetOccurrence(date(2026, 1, 10), date(2025, 12, 27), True),
        BudgetOccurrence(date(2026, 12, 20), date(2026, 12, 6), False),
    ]
    # 2025's date left 2025.
    assert (
        occurrences("FREQ=YEARLY", first, 14, date(2025, 1, 1), date(2025, 12, 31), overrides) == []
    )
    found_next = next_occurrence("FREQ=YEARLY", first, 14, date(2025, 12, 21), overrides)
    assert found_next == BudgetOccurrence(date(2026, 1, 10), date(2025, 12, 27), True)


def test_override_moved_into_the_previous_calendar_year() -> None:
    first, overrides = date(2020, 1, 10), {2025: YearOverride(date(2024, 12, 15))}
    found = occurrences("FREQ=YEARLY", first, 7, date(2024, 1, 1), date(2024, 12, 31), overrides)
    assert found == [
        BudgetOccurrence(date(2024, 1, 10), date(2024, 1, 3), False),
        BudgetOccurrence(date(2024, 12, 15), date(2024, 12, 8), True),
    ]
    found = occurrences("FREQ=YEARLY", first, 7, date(2025, 1, 1), date(2025, 12, 31), overrides)
    assert found == []
    assert next_occurrence("FREQ=YEARLY", first, 7, date(2024, 12, 1), overrides) == (
        BudgetOccurrence(date(2024, 12, 15), date(2024, 12, 8), True)
    )
    assert next_occurrence("FREQ=YEARLY", first, 7, date(2024, 12, 16), overrides) == (
        BudgetOccurrence(date(2026, 1, 10), date(2026, 1, 3), False)
    )


def test_override_for_a_year_the_rule_does_not_produce_adds_that_date() -> None:
    found = occurrences(
        "FREQ=YEARLY",
        date(2020, 2, 29),
        0,
        date(2024, 1, 1),
        date(2028, 12, 31),
        {2025: YearOverride(date(2025, 3, 1)), 2026: YearOverride(None)},
    )
    assert [(o.planned_on, o.moved) for o in found] == [
        (date(2024, 2, 29), False),
        (date(2025, 3, 1), True),
        (date(2028, 2, 29), False),
    ]
    found = occurrences(
        "FREQ=YEARLY;INTERVAL=2",
        date(2020, 6, 1),
        0,
        date(2020, 1, 1),
        date(2023, 12, 31),
        {2021: YearOverride(date(2021, 6, 15))},
    )
    assert [(o.planned_on, o.moved) for o in found] == [
        (date(2020, 6, 1), False),
        (date(2021, 6, 15), True),
        (date(2022, 6, 1), False),
    ]


def test_override_outside_the_range_changes_nothing_inside() -> None:
    plain = occurrences("FREQ=YEARLY", date(2020, 5, 5), 3, date(2024, 1, 1), date(2026, 12, 31))
    with_overrides = occurrences(
        "FREQ=YEARLY",
        date(2020, 5, 5),
        3,
        date(2024, 1, 1),
        date(2026, 12, 31),
        {2021: YearOverride(None), 2030: YearOverride(date(2030, 6, 6))},
    )
    assert with_overrides == plain


def test_override_replaces_only_the_first_occurrence_of_a_monthly_rule() -> None:
    found = occurrences(
        "FREQ=MONTHLY;BYMONTHDAY=15",
        date(2024, 11, 1),
        0,
        date(2024, 11, 1),
        date(2025, 3, 31),
        {2025: YearOverride(date(2025, 1, 20))},
    )
    assert [(o.planned_on, o.moved) for o in found] == [
        (date(2024, 11, 15), False),
        (date(2024, 12, 15), False),
        (date(2025, 1, 20), True),
        (date(2025, 2, 15), False),
        (date(2025, 3, 15), False),
    ]


# --- rule shapes -----------------------------------------------------------------------------


def test_29_february_first_date_occurs_in_leap_years_only() -> None:
    found = occurrences("FREQ=YEARLY", date(2020, 2, 29), 0, date(2019, 1, 1), date(2032, 12, 31))
    assert _planned(found) == [
        date(2020, 2, 29),
        date(2024, 2, 29),
        date(2028, 2, 29),
        date(2032, 2, 29),
    ]
    # 2100 is not a leap year.
    found = occurrences("FREQ=YEARLY", date(2020, 2, 29), 0, date(2096, 1, 1), date(2104, 12, 31))
    assert _planned(found) == [date(2096, 2, 29), date(2104, 2, 29)]


def test_29_february_next_occurrence_skips_common_years() -> None:
    found = next_occurrence("FREQ=YEARLY", date(2024, 2, 29), 10, date(2024, 3, 1))
    assert found == BudgetOccurrence(date(2028, 2, 29), date(2028, 2, 19), False)


def test_interval_two() -> None:
    found = occurrences(
        "FREQ=YEARLY;INTERVAL=2", date(2021, 5, 1), 0, date(2018, 1, 1), date(2030, 12, 31)
    )
    assert _planned(found) == [
        date(2021, 5, 1),
        date(2023, 5, 1),
        date(2025, 5, 1),
        date(2027, 5, 1),
        date(2029, 5, 1),
    ]
    found = occurrences(
        "FREQ=YEARLY;INTERVAL=2", date(2021, 5, 1), 0, date(2026, 1, 1), date(2028, 12, 31)
    )
    assert _planned(found) == [date(2027, 5, 1)]


def test_interval_two_from_29_february_needs_leap_years_in_step() -> None:
    found = occurrences(
        "FREQ=YEARLY;INTERVAL=3", date(2024, 2, 29), 0, date(2024, 1, 1), date(2040, 12, 31)
    )
    assert _planned(found) == [date(2024, 2, 29), date(2036, 2, 29)]


def test_monthly_rule_by_month_day() -> None:
    found = occurrences(
        "FREQ=MONTHLY;BYMONTHDAY=15", date(2025, 1, 20), 5, date(2025, 1, 1), date(2025, 4, 30)
    )
    assert found == [
        BudgetOccurrence(date(2025, 2, 15), date(2025, 2, 10), False),
        BudgetOccurrence(date(2025, 3, 15), date(2025, 3, 10), False),
        BudgetOccurrence(date(2025, 4, 15), date(2025, 4, 10), False),
    ]


def test_yearly_rule_by_month_and_day() -> None:
    found = occurrences(
        "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=15",
        date(2024, 1, 1),
        0,
        date(2023, 1, 1),
        date(2026, 12, 31),
    )
    assert _planned(found) == [date(2024, 9, 15), date(2025, 9, 15), date(2026, 9, 15)]


def test_weekly_rule_by_day() -> None:
    found = occurrences(
        "FREQ=WEEKLY;BYDAY=MO", date(2025, 1, 1), 2, date(2025, 1, 1), date(2025, 1, 31)
    )
    assert _planned(found) == [
        date(2025, 1, 6),
        date(2025, 1, 13),
        date(2025, 1, 20),
        date(2025, 1, 27),
    ]
    assert found[0].window_opens == date(2025, 1, 4)


def test_last_weekday_of_the_month_rule() -> None:
    found = occurrences(
        "FREQ=MONTHLY;BYDAY=-1FR", date(2025, 1, 1), 0, date(2025, 1, 1), date(2025, 3, 31)
    )
    assert _planned(found) == [date(2025, 1, 31), date(2025, 2, 28), date(2025, 3, 28)]


@pytest.mark.parametrize(
    "text",
    [
        "RRULE:FREQ=YEARLY;INTERVAL=2",
        "rrule:freq=yearly;interval=2",
        "freq=yearly;interval=2",
        "  RRULE:FREQ=YEARLY;INTERVAL=2  ",
        "RRule:Freq=Yearly;Interval=2",
    ],
)
def test_prefix_and_lower_case_are_accepted(text: str) -> None:
    first = date(2021, 5, 1)
    assert check_rrule(text, first) == "FREQ=YEARLY;INTERVAL=2"
    start, end = date(2020, 1, 1), date(2030, 12, 31)
    assert occurrences(text, first, 7, start, end) == occurrences(
        "FREQ=YEARLY;INTERVAL=2", first, 7, start, end
    )


@pytest.mark.parametrize(
    "text",
    ["rrule:freq=monthly;bymonthday=15", "RRULE:FREQ=MONTHLY;BYMONTHDAY=15"],
)
def test_prefix_and_lower_case_on_the_dateutil_path(text: str) -> None:
    found = occurrences(text, date(2025, 1, 1), 0, date(2025, 1, 1), date(2025, 2, 28))
    assert _planned(found) == [date(2025, 1, 15), date(2025, 2, 15)]


@pytest.mark.parametrize(
    "text",
    [
        "FREQ=YEARLY",
        "FREQ=YEARLY;INTERVAL=3",
        "FREQ=MONTHLY;BYMONTHDAY=15",
        "FREQ=WEEKLY;BYDAY=MO,TH",
        "FREQ=DAILY;COUNT=10",
        "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=15",
    ],
)
def test_check_rrule_accepts_good_rules(text: str) -> None:
    assert check_rrule(text, date(2020, 1, 1)) == text


# --- bad rules -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, first, words",
    [
        ("", date(2020, 1, 1), ["empty"]),
        ("   ", date(2020, 1, 1), ["empty"]),
        ("RRULE:", date(2020, 1, 1), ["empty"]),
        ("FOO=BAR", date(2020, 1, 1), ["not a valid RRULE", "FOO"]),
        ("INTERVAL=2", date(2020, 1, 1), ["not a valid RRULE"]),
        ("FREQ=WEEKLY;BYDAY=XX", date(2020, 1, 1), ["not a valid RRULE", "BYDAY"]),
        ("FREQ=FORTNIGHTLY", date(2020, 1, 1), ["not a valid RRULE"]),
        ("FREQ=HOURLY", date(2020, 1, 1), ["more often than daily"]),
        ("FREQ=MINUTELY", date(2020, 1, 1), ["more often than daily"]),
        ("FREQ=SECONDLY", date(2020, 1, 1), ["more often than daily"]),
        ("FREQ=YEARLY;UNTIL=19990101", date(2020, 1, 1), ["produces no date", "2020-01-01"]),
        ("FREQ=YEARLY;COUNT=0", date(2020, 1, 1), ["produces no date"]),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", date(2020, 1, 1), ["produces no date"]),
        ("DTSTART:20200101\nRRULE:FREQ=YEARLY", date(2020, 1, 1), ["DTSTART"]),
        ("FREQ=YEARLY;DTSTART=20200101", date(2020, 1, 1), ["DTSTART"]),
        ("FREQ=YEARLY;INTERVAL=0", date(2020, 1, 1), ["INTERVAL"]),
        ("FREQ=MONTHLY;INTERVAL=0;BYMONTHDAY=15", date(2020, 1, 1), ["INTERVAL"]),
        ("FREQ=YEARLY;INTERVAL=-1", date(2020, 1, 1), ["INTERVAL"]),
    ],
)
def test_bad_rules_are_refused_naming_the_field(text: str, first: date, words: list[str]) -> None:
    with pytest.raises(InvalidValueError) as caught:
        check_rrule(text, first)
    assert caught.value.field == "rrule"
    assert str(caught.value).startswith("rrule: ")
    for word in words:
        assert word in caught.value.reason


def test_bad_rule_error_names_the_given_field() -> None:
    with pytest.raises(InvalidValueError, match=r"^budget_rule: ") as caught:
        check_rrule("FREQ=HOURLY", date(2020, 1, 1), field="budget_rule")
    assert caught.value.field == "budget_rule"


def test_bad_rule_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="rrule"):
        check_rrule("FOO=BAR", date(2020, 1, 1))


# --- properties ------------------------------------------------------------------------------

DAY = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
LEAP_DAY = st.sampled_from([date(y, 2, 29) for y in range(1992, 2089, 4)])
FIRST = st.one_of(DAY, LEAP_DAY)
PLAIN_YEARLY = st.one_of(
    st.just("FREQ=YEARLY"),
    st.integers(1, 7).map(lambda n: f"FREQ=YEARLY;INTERVAL={n}"),
)
ONE_A_YEAR = st.one_of(
    PLAIN_YEARLY,
    st.builds(
        lambda month, day: f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day}",
        st.integers(1, 12),
        st.integers(1, 28),
    ),
)
ANY_RULE = st.one_of(
    ONE_A_YEAR,
    st.integers(1, 28).map(lambda day: f"FREQ=MONTHLY;BYMONTHDAY={day}"),
    st.sampled_from(["MO", "TU", "WE", "TH", "FR", "MO,FR"]).map(
        lambda d: f"FREQ=WEEKLY;BYDAY={d}"
    ),
    st.just("FREQ=MONTHLY;BYDAY=-1FR"),
    st.just("FREQ=DAILY;INTERVAL=9"),
)


@st.composite
def date_range(draw: st.DrawFn, max_days: int = 15 * 366) -> tuple[date, date]:
    start = draw(st.dates(min_value=date(1985, 1, 1), max_value=date(2095, 12, 31)))
    return start, start + timedelta(days=draw(st.integers(0, max_days)))


@given(ANY_RULE, FIRST, st.integers(0, 400), date_range(max_days=4 * 366))
def test_occurrences_are_sorted_within_the_range_with_their_windows(
    rule: str, first: date, lead_days: int, span: tuple[date, date]
) -> None:
    start, end = span
    found = occurrences(rule, first, lead_days, start, end)
    days = _planned(found)
    assert days == sorted(days)
    assert len(set(days)) == len(days)
    for occurrence in found:
        assert start <= occurrence.planned_on <= end
        assert occurrence.planned_on >= first
        assert occurrence.window_opens == occurrence.planned_on - timedelta(days=lead_days)
        assert not occurrence.moved
        assert occurrence.window_is_open(occurrence.planned_on)
        assert occurrence.window_is_open(occurrence.window_opens)
    assert days == _dateutil_dates(rule, first, start, end)


@given(PLAIN_YEARLY, FIRST, date_range())
def test_fast_path_matches_dateutil(rule: str, first: date, span: tuple[date, date]) -> None:
    start, end = span
    found = occurrences(rule, first, 0, start, end)
    assert _planned(found) == _dateutil_dates(rule, first, start, end)


@given(PLAIN_YEARLY, FIRST, DAY)
def test_next_occurrence_matches_dateutil(rule: str, first: date, today: date) -> None:
    found = next_occurrence(rule, first, 0, today)
    parsed = rrulestr(f"RRULE:{rule}", dtstart=datetime.combine(first, time()))
    expected = parsed.after(datetime.combine(today, time()), inc=True)
    if expected is None or expected.year > today.year + 6:
        assert found is None
    else:
        assert found is not None
        assert found.planned_on == expected.date()


@st.composite
def year_overrides(draw: st.DrawFn, years: tuple[int, int]) -> dict[int, YearOverride]:
    chosen = draw(st.sets(st.integers(*years), max_size=6))
    result = {}
    for year in chosen:
        moved_to = draw(
            st.one_of(
                st.none(),
                st.dates(min_value=date(year, 1, 1), max_value=date(year, 12, 31)),
            )
        )
        result[year] = YearOverride(moved_to)
    return result


@given(ONE_A_YEAR, FIRST, st.integers(0, 90), st.data())
def test_overrides_replace_or_cancel_only_their_year(
    rule: str, first: date, lead_days: int, data: st.DataObject
) -> None:
    first_year = data.draw(st.integers(1988, 2088))
    last_year = first_year + data.draw(st.integers(0, 8))
    overrides = data.draw(year_overrides((first_year - 2, last_year + 2)))
    start, end = date(first_year, 1, 1), date(last_year, 12, 31)

    plain = occurrences(rule, first, lead_days, start, end)
    found = occurrences(rule, first, lead_days, start, end, overrides)

    days = _planned(found)
    assert days == sorted(days)
    for occurrence in found:
        assert start <= occurrence.planned_on <= end
        assert occurrence.window_opens == occurrence.planned_on - timedelta(days=lead_days)
    for year in range(first_year, last_year + 1):
        in_year = [(o.planned_on, o.moved) for o in found if o.planned_on.year == year]
        if year in overrides:
            moved_to = overrides[year].planned_on
            assert in_year == ([] if moved_to is None else [(moved_to, True)])
        else:
            assert in_year == [(o.planned_on, False) for o in plain if o.planned_on.year == year]
