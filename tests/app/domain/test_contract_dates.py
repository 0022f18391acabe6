"""Contract dates: term end (fixed, open-ended, auto-renewing), notice deadline, days left."""

import calendar
from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from app.domain.contract_dates import (
    ContractDates,
    ContractTerms,
    add_months,
    contract_dates,
    renewals_needed,
    renewed_end,
    subtract_notice,
)
from app.model import PeriodUnit

MONTHS = PeriodUnit.MONTHS
DAYS = PeriodUnit.DAYS


def _terms(
    end: date | None,
    *,
    start: date = date(2019, 1, 1),
    notice: int = 3,
    unit: PeriodUnit = MONTHS,
    renew: int | None = None,
) -> ContractTerms:
    return ContractTerms(start, end, notice, unit, renew)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


# --- fixed term ------------------------------------------------------------------------------


def test_fixed_term_before_its_end() -> None:
    dates = contract_dates(_terms(date(2026, 12, 31)), date(2026, 6, 15))
    assert dates == ContractDates(
        term_start=date(2019, 1, 1),
        term_end=date(2026, 12, 31),
        notice_deadline=date(2026, 9, 30),
        renewals=0,
        days_to_term_end=199,
        days_to_notice=107,
        expired=False,
        open_ended=False,
    )
    assert not dates.notice_passed


def test_fixed_term_is_not_expired_on_its_end_day() -> None:
    dates = contract_dates(_terms(date(2026, 12, 31)), date(2026, 12, 31))
    assert dates.term_end == date(2026, 12, 31)
    assert dates.days_to_term_end == 0
    assert not dates.expired
    assert dates.notice_passed


def test_fixed_term_is_expired_the_day_after_its_end() -> None:
    dates = contract_dates(_terms(date(2026, 12, 31)), date(2027, 1, 1))
    assert dates.term_end == date(2026, 12, 31)
    assert dates.days_to_term_end == -1
    assert dates.expired
    assert dates.renewals == 0
    assert dates.term_start == date(2019, 1, 1)


def test_fixed_term_long_after_its_end() -> None:
    dates = contract_dates(_terms(date(2020, 6, 30)), date(2026, 1, 1))
    assert dates.expired
    assert dates.term_end == date(2020, 6, 30)
    assert dates.days_to_term_end == -(date(2026, 1, 1) - date(2020, 6, 30)).days


def test_zero_renewal_months_means_a_fixed_term() -> None:
    dates = contract_dates(_terms(date(2020, 6, 30), renew=0), date(2026, 1, 1))
    assert dates.renewals == 0
    assert dates.term_end == date(2020, 6, 30)
    assert dates.expired


# --- open-ended ------------------------------------------------------------------------------


@pytest.mark.parametrize("renew", [None, 12])
def test_open_ended_contract_has_no_end_and_no_deadline(renew: int | None) -> None:
    dates = contract_dates(_terms(None, renew=renew), date(2030, 5, 5))
    assert dates == ContractDates(
        term_start=date(2019, 1, 1),
        term_end=None,
        notice_deadline=None,
        renewals=0,
        days_to_term_end=None,
        days_to_notice=None,
        expired=False,
        open_ended=True,
    )
    assert not dates.notice_passed


# --- notice in months follows the calendar ---------------------------------------------------


@pytest.mark.parametrize(
    "term_end, months, deadline",
    [
        # The month before has fewer days: the deadline is the last day of that month.
        (date(2027, 3, 31), 1, date(2027, 2, 28)),
        (date(2028, 3, 31), 1, date(2028, 2, 29)),
        (date(2027, 5, 31), 3, date(2027, 2, 28)),
        (date(2028, 5, 31), 3, date(2028, 2, 29)),
        (date(2027, 4, 30), 2, date(2027, 2, 28)),
        (date(2028, 4, 30), 2, date(2028, 2, 29)),
        (date(2026, 12, 31), 1, date(2026, 11, 30)),
        (date(2026, 7, 31), 1, date(2026, 6, 30)),
        # Same day number when the earlier month has it.
        (date(2026, 12, 31), 3, date(2026, 9, 30)),
        (date(2026, 12, 31), 6, date(2026, 6, 30)),
        (date(2026, 12, 31), 12, date(2025, 12, 31)),
        (date(2026, 6, 30), 1, date(2026, 5, 30)),
        (date(2027, 2, 28), 1, date(2027, 1, 28)),
        (date(2028, 2, 29), 12, date(2027, 2, 28)),
        (date(2028, 2, 29), 48, date(2024, 2, 29)),
        # Across the year boundary.
        (date(2027, 1, 31), 2, date(2026, 11, 30)),
        (date(2027, 2, 15), 3, date(2026, 11, 15)),
        (date(2027, 3, 31), 36, date(2024, 3, 31)),
    ],
)
def test_notice_in_months_follows_the_calendar(term_end: date, months: int, deadline: date) -> None:
    assert subtract_notice(term_end, months, MONTHS) == deadline
    dates = contract_dates(
        _terms(term_end, start=date(2020, 1, 1), notice=months), date(2020, 1, 1)
    )
    assert dates.notice_deadline == deadline


@pytest.mark.parametrize(
    "term_end, days, deadline",
    [
        (date(2026, 12, 31), 30, date(2026, 12, 1)),
        (date(2026, 12, 31), 90, date(2026, 10, 2)),
        (date(2027, 3, 1), 1, date(2027, 2, 28)),
        (date(2028, 3, 1), 1, date(2028, 2, 29)),
        (date(2027, 1, 10), 10, date(2026, 12, 31)),
        (date(2026, 12, 31), 365, date(2025, 12, 31)),
    ],
)
def test_notice_in_days(term_end: date, days: int, deadline: date) -> None:
    assert subtract_notice(term_end, days, DAYS) == deadline
    dates = contract_dates(
        _terms(term_end, start=date(2020, 1, 1), notice=days, unit=DAYS), date(2026, 6, 1)
    )
    assert dates.notice_deadline == deadline
    assert dates.days_to_notice == (deadline - date(2026, 6, 1)).days


@pytest.mark.parametrize("unit", [MONTHS, DAYS])
def test_zero_notice_deadline_is_the_term_end(unit: PeriodUnit) -> None:
    dates = contract_dates(_terms(date(2026, 12, 31), notice=0, unit=unit), date(2026, 12, 31))
    assert dates.notice_deadline == date(2026, 12, 31)
    assert dates.days_to_notice == 0
    assert not dates.notice_passed
    assert not dates.expired


def test_notice_deadline_day_itself_has_not_passed() -> None:
    dates = contract_dates(_terms(date(2026, 12, 31)), date(2026, 9, 30))
    assert dates.notice_deadline == date(2026, 9, 30)
    assert dates.days_to_notice == 0
    assert not dates.notice_passed


def test_days_to_notice_goes_negative_once_the_deadline_has_passed() -> None:
    dates = contract_dates(_terms(date(2026, 12, 31)), date(2026, 10, 5))
    assert dates.notice_deadline == date(2026, 9, 30)
    assert dates.days_to_notice == -5
    assert dates.notice_passed
    assert dates.days_to_term_end == 87
    assert not dates.expired


def test_notice_passed_in_days_unit() -> None:
    dates = contract_dates(_terms(date(2026, 12, 31), notice=30, unit=DAYS), date(2026, 12, 2))
    assert dates.notice_deadline == date(2026, 12, 1)
    assert dates.days_to_notice == -1
    assert dates.notice_passed


# --- auto-renewal ----------------------------------------------------------------------------


def test_auto_renewal_across_several_terms() -> None:
    terms = _terms(date(2019, 12, 31), start=date(2019, 1, 1), renew=12)
    dates = contract_dates(terms, date(2026, 6, 15))
    # 2020-12-31, 2021-12-31, ... 2026-12-31: seven renewals.
    assert dates == ContractDates(
        term_start=date(2026, 1, 1),
        term_end=date(2026, 12, 31),
        notice_deadline=date(2026, 9, 30),
        renewals=7,
        days_to_term_end=199,
        days_to_notice=107,
        expired=False,
        open_ended=False,
    )


def test_auto_renewal_before_the_original_end_does_not_roll() -> None:
    terms = _terms(date(2026, 12, 31), start=date(2025, 1, 1), renew=12)
    dates = contract_dates(terms, date(2026, 6, 15))
    assert dates.renewals == 0
    assert dates.term_start == date(2025, 1, 1)
    assert dates.term_end == date(2026, 12, 31)


def test_auto_renewing_contract_is_never_expired() -> None:
    terms = _terms(date(2000, 3, 31), start=date(1999, 4, 1), renew=12)
    dates = contract_dates(terms, date(2026, 4, 1))
    assert not dates.expired
    assert dates.term_end == date(2027, 3, 31)
    assert dates.term_start == date(2026, 4, 1)
    assert dates.renewals == 27


def test_auto_renewal_on_the_term_end_day_rolls_to_the_next_term() -> None:
    # The code rolls while the end is on or before today, so on the end day itself the
    # next term is already shown (the spec: rolled "until it lies after today"). A fixed
    # term, by contrast, is still running (not expired) on its end day.
    terms = _terms(date(2024, 12, 31), start=date(2024, 1, 1), renew=12)
    on_end = contract_dates(terms, date(2024, 12, 31))
    assert on_end.renewals == 1
    assert on_end.term_start == date(2025, 1, 1)
    assert on_end.term_end == date(2025, 12, 31)
    assert on_end.days_to_term_end == 365
    assert not on_end.expired

    day_before = contract_dates(terms, date(2024, 12, 30))
    assert day_before.renewals == 0
    assert day_before.term_end == date(2024, 12, 31)
    assert day_before.days_to_term_end == 1


def test_auto_renewal_on_a_later_term_end_day_rolls_too() -> None:
    terms = _terms(date(2019, 12, 31), renew=12)
    assert contract_dates(terms, date(2025, 12, 30)).term_end == date(2025, 12, 31)
    on_end = contract_dates(terms, date(2025, 12, 31))
    assert on_end.term_end == date(2026, 12, 31)
    assert on_end.renewals == 7
    assert on_end.term_start == date(2026, 1, 1)


@pytest.mark.parametrize(
    "today, renewals, term_start, term_end",
    [
        (date(2024, 2, 28), 0, date(2023, 3, 1), date(2024, 2, 29)),
        (date(2024, 6, 1), 1, date(2024, 3, 1), date(2025, 2, 28)),
        (date(2025, 6, 1), 2, date(2025, 3, 1), date(2026, 2, 28)),
        (date(2026, 6, 1), 3, date(2026, 3, 1), date(2027, 2, 28)),
        # Anchored on the original end: back on 29 February in the next leap year,
        # not 28 February as chaining one renewal onto the last would give.
        (date(2027, 6, 1), 4, date(2027, 3, 1), date(2028, 2, 29)),
        (date(2028, 2, 28), 4, date(2027, 3, 1), date(2028, 2, 29)),
        (date(2028, 2, 29), 5, date(2028, 3, 1), date(2029, 2, 28)),
        (date(2031, 6, 1), 8, date(2031, 3, 1), date(2032, 2, 29)),
    ],
)
def test_auto_renewal_of_a_29_february_end(
    today: date, renewals: int, term_start: date, term_end: date
) -> None:
    terms = _terms(date(2024, 2, 29), start=date(2023, 3, 1), renew=12)
    dates = contract_dates(terms, today)
    assert (dates.renewals, dates.term_start, dates.term_end) == (renewals, term_start, term_end)


def test_renewed_end_is_anchored_on_the_original_end() -> None:
    assert renewed_end(date(2024, 2, 29), 12, 1) == date(2025, 2, 28)
    assert renewed_end(date(2024, 2, 29), 12, 4) == date(2028, 2, 29)
    assert renewed_end(date(2024, 2, 29), 48, 1) == date(2028, 2, 29)
    assert renewed_end(date(2024, 2, 29), 12, 0) == date(2024, 2, 29)
    assert renewed_end(date(2024, 1, 31), 1, 1) == date(2024, 2, 29)
    assert renewed_end(date(2024, 1, 31), 1, 2) == date(2024, 3, 31)
    assert renewed_end(date(2024, 1, 31), 1, 3) == date(2024, 4, 30)


def test_monthly_renewal_from_the_31st_comes_back_to_month_ends() -> None:
    terms = _terms(date(2024, 1, 31), start=date(2023, 2, 1), renew=1)
    dates = contract_dates(terms, date(2024, 4, 15))
    assert dates.renewals == 3
    assert dates.term_start == date(2024, 4, 1)
    assert dates.term_end == date(2024, 4, 30)
    dates = contract_dates(terms, date(2024, 5, 1))
    assert dates.term_end == date(2024, 5, 31)
    assert dates.term_start == date(2024, 5, 1)


@pytest.mark.parametrize(
    "original_end, renew, today, renewals, term_start, term_end",
    [
        (date(2020, 6, 30), 24, date(2025, 1, 10), 3, date(2024, 7, 1), date(2026, 6, 30)),
        (date(2020, 6, 30), 24, date(2020, 6, 29), 0, date(2019, 1, 1), date(2020, 6, 30)),
        (date(2020, 6, 30), 24, date(2022, 6, 29), 1, date(2020, 7, 1), date(2022, 6, 30)),
        (date(2020, 6, 30), 24, date(2022, 6, 30), 2, date(2022, 7, 1), date(2024, 6, 30)),
        (date(2018, 9, 30), 36, date(2025, 1, 10), 3, date(2024, 10, 1), date(2027, 9, 30)),
        (date(2018, 9, 30), 36, date(2024, 9, 30), 3, date(2024, 10, 1), date(2027, 9, 30)),
        (date(2018, 9, 30), 36, date(2024, 9, 29), 2, date(2021, 10, 1), date(2024, 9, 30)),
    ],
)
def test_multi_year_renewal_terms(
    original_end: date,
    renew: int,
    today: date,
    renewals: int,
    term_start: date,
    term_end: date,
) -> None:
    dates = contract_dates(_terms(original_end, renew=renew), today)
    assert (dates.renewals, dates.term_start, dates.term_end) == (renewals, term_start, term_end)
    assert dates.notice_deadline == subtract_notice(term_end, 3, MONTHS)


def test_renewed_term_with_passed_notice() -> None:
    terms = _terms(date(2019, 12, 31), renew=12, notice=3)
    dates = contract_dates(terms, date(2026, 11, 1))
    assert dates.term_end == date(2026, 12, 31)
    assert dates.notice_deadline == date(2026, 9, 30)
    assert dates.days_to_notice == -32
    assert dates.notice_passed
    assert not dates.expired


def test_renewals_needed_edges() -> None:
    assert renewals_needed(date(2024, 12, 31), 12, date(2024, 12, 30)) == 0
    assert renewals_needed(date(2024, 12, 31), 12, date(2024, 12, 31)) == 1
    assert renewals_needed(date(2024, 12, 31), 12, date(2025, 12, 30)) == 1
    assert renewals_needed(date(2024, 12, 31), 12, date(2025, 12, 31)) == 2
    assert renewals_needed(date(2024, 1, 31), 1, date(2024, 2, 29)) == 2
    assert renewals_needed(date(2024, 1, 31), 1, date(2024, 2, 28)) == 1
    assert renewals_needed(date(1990, 1, 1), 1, date(2090, 1, 1)) == 1201


# --- properties ------------------------------------------------------------------------------

DAY = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
# Month ends and 29 February are where calendar arithmetic goes wrong: draw them often.
AWKWARD_DAY = st.builds(
    lambda year, month, back: date(year, month, _last_day(year, month)) - timedelta(days=back),
    st.integers(1990, 2090),
    st.integers(1, 12),
    st.integers(0, 2),
)
ANY_DAY = st.one_of(DAY, AWKWARD_DAY)
NOTICE = st.one_of(
    st.tuples(st.integers(0, 36), st.just(MONTHS)),
    st.tuples(st.integers(0, 730), st.just(DAYS)),
)
RENEW = st.integers(1, 60)


@given(ANY_DAY, NOTICE)
def test_notice_deadline_never_after_term_end(
    term_end: date, notice: tuple[int, PeriodUnit]
) -> None:
    period, unit = notice
    deadline = subtract_notice(term_end, period, unit)
    if period == 0:
        assert deadline == term_end
    else:
        assert deadline < term_end


@given(ANY_DAY, st.integers(0, 36))
def test_notice_in_months_lands_on_the_same_day_or_the_month_end(
    term_end: date, months: int
) -> None:
    deadline = subtract_notice(term_end, months, MONTHS)
    assert deadline.year * 12 + deadline.month == term_end.year * 12 + term_end.month - months
    assert deadline.day == min(term_end.day, _last_day(deadline.year, deadline.month))


@given(ANY_DAY, NOTICE, st.one_of(st.none(), RENEW), DAY, st.integers(0, 3000))
def test_contract_dates_invariants(
    original_end: date,
    notice: tuple[int, PeriodUnit],
    renew: int | None,
    today: date,
    term_length: int,
) -> None:
    period, unit = notice
    start = original_end - timedelta(days=term_length)
    dates = contract_dates(ContractTerms(start, original_end, period, unit, renew), today)
    assert dates.term_end is not None
    assert dates.notice_deadline is not None
    assert not dates.open_ended
    assert dates.term_start <= dates.term_end
    assert dates.notice_deadline <= dates.term_end
    if period > 0:
        assert dates.notice_deadline < dates.term_end
    assert dates.days_to_term_end == (dates.term_end - today).days
    assert dates.days_to_notice == (dates.notice_deadline - today).days
    assert dates.notice_passed == (dates.notice_deadline < today)
    if renew is None:
        assert dates.renewals == 0
        assert dates.term_end == original_end
        assert dates.term_start == start
        assert dates.expired == (today > original_end)
    else:
        assert not dates.expired
        assert dates.term_end == renewed_end(original_end, renew, dates.renewals)
        if dates.renewals == 0:
            assert dates.term_end == original_end
            assert dates.term_start == start
            assert original_end > today
        else:
            # Rolled just far enough: after today, and the previous end is not.
            assert dates.term_end > today
            previous = renewed_end(original_end, renew, dates.renewals - 1)
            assert previous <= today
            assert dates.term_start == previous + timedelta(days=1)


@given(ANY_DAY, RENEW, DAY)
def test_rolled_term_ends_after_today(original_end: date, renew: int, today: date) -> None:
    count = renewals_needed(original_end, renew, today)
    end = renewed_end(original_end, renew, count)
    assert end > today
    if count > 0:
        assert renewed_end(original_end, renew, count - 1) <= today


@given(ANY_DAY, RENEW, DAY)
def test_renewals_needed_agrees_with_counting_one_by_one(
    original_end: date, renew: int, today: date
) -> None:
    naive = 0
    while renewed_end(original_end, renew, naive) <= today:
        naive += 1
    assert renewals_needed(original_end, renew, today) == naive


@given(ANY_DAY, RENEW, st.integers(0, 100))
def test_renewed_end_keeps_the_original_day_where_the_month_has_it(
    original_end: date, renew: int, renewals: int
) -> None:
    end = renewed_end(original_end, renew, renewals)
    months = original_end.year * 12 + original_end.month - 1 + renew * renewals
    year, month_index = divmod(months, 12)
    assert (end.year, end.month) == (year, month_index + 1)
    assert end.day == min(original_end.day, _last_day(end.year, end.month))


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
    st.integers(min_value=-1200, max_value=1200),
)
def test_add_months_agrees_with_relativedelta(day: date, months: int) -> None:
    assert add_months(day, months) == day + relativedelta(months=months)
