from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.exc import StatementError

from app.bootstrap import Workspace
from app.errors import InvalidValueError
from app.model import FreeService, Incident, NaiveDatetimeError
from app.money import Money, check_currency, from_minor, to_minor
from tests.helpers import factories


@given(
    st.integers(min_value=-(10**15), max_value=10**15),
    st.sampled_from(["EUR", "CHF", "JPY", "KWD", "PLN"]),
)
def test_minor_units_round_trip(minor: int, currency: str) -> None:
    assert to_minor(from_minor(minor, currency), currency) == minor


def test_minor_digits_follow_the_currency() -> None:
    assert to_minor(Decimal("12345.67"), "EUR") == 1234567
    assert to_minor(Decimal("500"), "JPY") == 500
    assert to_minor(Decimal("1.234"), "KWD") == 1234
    assert from_minor(1234567, "CHF") == Decimal("12345.67")


def test_fractions_of_a_cent_are_refused_not_rounded() -> None:
    with pytest.raises(InvalidValueError, match=r"value: 1\.005 has more than 2 decimal places"):
        to_minor(Decimal("1.005"), "EUR", field="value")


def test_float_is_never_money() -> None:
    with pytest.raises(TypeError):
        to_minor(0.1, "EUR")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(0.1, "EUR")  # type: ignore[arg-type]


def test_currencies_are_never_added_silently() -> None:
    with pytest.raises(ValueError, match="CHF"):
        Money(Decimal(1), "EUR") + Money(Decimal(1), "CHF")
    assert Money(Decimal("0.10"), "EUR") + Money(Decimal("0.20"), "EUR") == Money(
        Decimal("0.30"), "EUR"
    )


@pytest.mark.parametrize("code", ["eur", "EU", "XYZ", "EURO"])
def test_unknown_currency_names_the_field(code: str) -> None:
    with pytest.raises(InvalidValueError, match="currency"):
        check_currency(code)


def test_money_survives_the_database_exactly(workspace: Workspace) -> None:
    amount = Decimal("18400.10")
    with workspace.session() as session:
        owner = factories.account(session, currency="CHF", customer_number="M-1")
        entry = factories.free_service(
            session, owner, value_minor=Money(amount, "CHF").minor, currency="CHF"
        )
        session.commit()
        entry_id = entry.id
    with workspace.session() as session:
        loaded = session.get(FreeService, entry_id)
        assert loaded is not None
        assert Money.from_minor(loaded.value_minor, loaded.currency) == Money(amount, "CHF")


def test_naive_datetimes_are_refused(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="N-1")
        with pytest.raises(StatementError) as caught:
            factories.incident(session, owner, reported_at=datetime(2026, 5, 1, 8, 0))  # noqa: DTZ001
        assert isinstance(caught.value.orig, NaiveDatetimeError)


def test_moments_come_back_as_the_same_instant_in_utc(workspace: Workspace) -> None:
    vienna_summer = timezone(timedelta(hours=2))
    moment = datetime(2026, 7, 1, 10, 15, tzinfo=vienna_summer)
    with workspace.session() as session:
        owner = factories.account(session, customer_number="U-1")
        row = factories.incident(session, owner, reported_at=moment, responded_at=None)
        session.commit()
        row_id = row.id
    with workspace.session() as session:
        loaded = session.get(Incident, row_id)
        assert loaded is not None
        assert loaded.reported_at == moment
        assert loaded.reported_at.tzinfo is UTC
        assert loaded.reported_at.hour == 8
