"""Give and get in money: percentages of the annual value, what was already given free,
the total on the table, and never a sum across currencies."""

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session

from app.bootstrap import Workspace
from app.domain.give_and_get import give_and_get, negotiation_in_focus, percent_of
from app.errors import NotFoundError
from app.model import (
    Account,
    Negotiation,
    NegotiationItem,
    NegotiationStatus,
    TradeKind,
    TradeSide,
)
from app.money import Money
from tests.helpers import factories

TODAY = date(2026, 11, 23)


def eur(amount: str) -> Money:
    return Money(Decimal(amount), "EUR")


def negotiation(session: Session, owner: Account, **overrides: Any) -> Negotiation:
    row = Negotiation(account_id=owner.id, **overrides)
    session.add(row)
    session.flush()
    return row


def item(session: Session, talk: Negotiation, side: TradeSide, **overrides: Any) -> None:
    values: dict[str, Any] = {"kind": TradeKind.OTHER, "description": "", "currency": "EUR"}
    values.update(overrides)
    session.add(NegotiationItem(negotiation_id=talk.id, side=side, **values))
    session.flush()


def test_percentages_are_of_the_renewed_contract_and_already_given_comes_first(
    workspace: Workspace,
) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="G-1")
        factories.contract(session, owner, number="C-1", annual_value_minor=14_800_000)
        renewed = factories.contract(session, owner, number="C-2", annual_value_minor=5_000_000)
        factories.free_service(session, owner, value_minor=1_380_590)  # 13,805.90 given free
        talk = negotiation(session, owner, contract_id=renewed.id)
        item(session, talk, TradeSide.GIVE, kind=TradeKind.PRICE_CUT, percent=Decimal(3))
        item(session, talk, TradeSide.GIVE, kind=TradeKind.TRAINING, value_minor=185_000)
        item(session, talk, TradeSide.GET, kind=TradeKind.VOLUME, percent=Decimal("12.5"))
        item(session, talk, TradeSide.GET, kind=TradeKind.LONGER_TERM)
        trades = give_and_get(session, talk.id, TODAY)
    assert (trades.basis, trades.basis_contract) == (eur("50000.00"), "C-2")
    assert [i.value for i in trades.give] == [eur("1500.00"), eur("1850.00")]
    assert [i.value for i in trades.get] == [eur("6250.00"), None]
    assert trades.planned == (eur("3350.00"),)
    assert trades.asked == (eur("6250.00"),)
    assert trades.already_given == (eur("13805.90"),)
    assert trades.on_the_table == (eur("17155.90"),)
    assert trades.unvalued == 1
    assert trades.period_basis == "contract_term"


def test_without_a_named_contract_the_accounts_main_contract_is_the_basis(
    workspace: Workspace,
) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="G-2")
        factories.contract(session, owner, number="SMALL", annual_value_minor=1_000_000)
        factories.contract(session, owner, number="MAIN", annual_value_minor=14_800_000)
        talk = negotiation(session, owner)
        item(session, talk, TradeSide.GIVE, kind=TradeKind.PRICE_CUT, percent=Decimal(3))
        trades = give_and_get(session, talk.id, TODAY)
    assert trades.basis_contract == "MAIN"
    assert trades.give[0].value == eur("4440.00")
    assert trades.already_given == ()
    assert trades.on_the_table == (eur("4440.00"),)


def test_without_any_contract_a_percentage_stays_unvalued(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="G-3")
        talk = negotiation(session, owner)
        item(session, talk, TradeSide.GIVE, kind=TradeKind.PRICE_CUT, percent=Decimal(5))
        trades = give_and_get(session, talk.id, TODAY)
    assert trades.basis is None and trades.give[0].value is None
    assert trades.planned == () and trades.unvalued == 1


def test_currencies_are_totalled_apart_never_added(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="G-4")
        factories.contract(session, owner, annual_value_minor=10_000_000)  # 100,000.00 EUR
        factories.free_service(session, owner, value_minor=50_000)
        factories.free_service(session, owner, value_minor=2_000_000, currency="CHF")
        talk = negotiation(session, owner)
        item(session, talk, TradeSide.GIVE, kind=TradeKind.PRICE_CUT, percent=Decimal(2))
        item(session, talk, TradeSide.GIVE, value_minor=30_000, currency="CHF")
        item(session, talk, TradeSide.GET, value_minor=70_000, currency="CHF")
        item(session, talk, TradeSide.GET, value_minor=10_000, currency="EUR")
        trades = give_and_get(session, talk.id, TODAY)
    chf = Money(Decimal("300.00"), "CHF")
    assert trades.planned == (eur("2000.00"), chf)
    assert trades.already_given == (Money(Decimal("20000.00"), "CHF"), eur("500.00"))
    assert trades.on_the_table == (Money(Decimal("20300.00"), "CHF"), eur("2500.00"))
    assert trades.asked == (Money(Decimal("700.00"), "CHF"), eur("100.00"))


@pytest.mark.parametrize(
    ("basis", "percent", "expected"),
    [
        (eur("148000.00"), "3", eur("4440.00")),
        (eur("1000.10"), "0.5", eur("5.00")),  # 5.0005: half to even
        (eur("1000.30"), "0.5", eur("5.00")),  # 5.0015: below the half
        (eur("1001.00"), "0.5", eur("5.00")),  # 5.005: half, to the even 5.00
        (eur("1003.00"), "0.5", eur("5.02")),  # 5.015: half, to the even 5.02
        (Money(Decimal(1001), "JPY"), "50", Money(Decimal(500), "JPY")),  # 500.5: to even
        (Money(Decimal(1003), "JPY"), "50", Money(Decimal(502), "JPY")),  # 501.5: to even
    ],
)
def test_a_percentage_is_rounded_half_even_to_the_minor_unit(
    basis: Money, percent: str, expected: Money
) -> None:
    assert percent_of(basis, Decimal(percent)) == expected


def test_the_negotiation_in_focus_is_the_one_in_preparation(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="G-5")
        assert negotiation_in_focus(session, owner.id) is None
        negotiation(
            session, owner, status=NegotiationStatus.WON, meeting_on=TODAY - timedelta(days=9)
        )
        preparing = negotiation(session, owner, meeting_on=TODAY + timedelta(days=14))
        negotiation(session, owner, status=NegotiationStatus.HELD, meeting_on=TODAY)
        assert negotiation_in_focus(session, owner.id) == preparing.id
        with pytest.raises(NotFoundError, match="Negotiation #9999"):
            give_and_get(session, 9999, TODAY)
