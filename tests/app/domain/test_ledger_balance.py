from datetime import date, timedelta
from decimal import Decimal

from app.bootstrap import Workspace
from app.domain.ledger_balance import ledger_balance
from app.domain.periods import Period
from app.money import Money
from tests.helpers import factories

TODAY = date(2026, 11, 23)


def test_period_is_the_current_contract_term(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="L-1")
        factories.contract(session, owner, start_date=date(2025, 4, 1), end_date=date(2027, 3, 31))
        factories.free_service(session, owner, provided_on=date(2025, 3, 31), value_minor=99_900)
        factories.free_service(session, owner, provided_on=date(2025, 4, 1), value_minor=10_000)
        balance = ledger_balance(session, owner.id, TODAY)
    assert balance.period == Period(date(2025, 4, 1), TODAY)
    assert balance.period_basis == "contract_term"
    assert balance.total == Money(Decimal("100.00"), "EUR")
    assert balance.entries == 1


def test_period_of_an_auto_renewed_contract_starts_with_the_running_term(
    workspace: Workspace,
) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="L-2")
        factories.contract(
            session,
            owner,
            start_date=date(2020, 1, 1),
            end_date=date(2020, 12, 31),
            auto_renew_months=12,
        )
        balance = ledger_balance(session, owner.id, TODAY)
    assert balance.period.start == date(2026, 1, 1)


def test_without_a_live_contract_the_last_twelve_months_count(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="L-3")
        factories.free_service(session, owner, provided_on=date(2025, 11, 23), value_minor=1)
        factories.free_service(session, owner, provided_on=date(2025, 11, 24), value_minor=500)
        balance = ledger_balance(session, owner.id, TODAY)
    assert balance.period == Period(date(2025, 11, 24), TODAY)
    assert balance.period_basis == "last_12_months"
    assert balance.total == Money(Decimal("5.00"), "EUR")
    assert balance.share_of_annual_value is None


def test_grouped_by_category_with_counts_and_share(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="L-4")
        factories.contract(session, owner, annual_value_minor=14_800_000)  # 148,000.00
        tools = factories.category(session, "delivery_in_person")
        roi = factories.category(session, "profitability_calculation")
        for value in (80_000, 80_000, 80_000):
            factories.free_service(session, owner, category_id=tools.id, value_minor=value)
        factories.free_service(
            session, owner, category_id=roi.id, value_minor=1_600_000, description="ROI study"
        )
        balance = ledger_balance(session, owner.id, TODAY)
    assert balance.total == Money(Decimal("18400.00"), "EUR")
    assert balance.share_of_annual_value == Decimal("0.1243")
    first, second = balance.lines
    assert (first.category_key, first.count, first.total.amount) == (
        "profitability_calculation",
        1,
        Decimal("16000.00"),
    )
    assert (second.category_key, second.count, second.total.amount) == (
        "delivery_in_person",
        3,
        Decimal("2400.00"),
    )
    assert balance.notable[0].description == "ROI study"


def test_currencies_are_never_added(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="L-5")
        factories.contract(session, owner)
        factories.free_service(session, owner, value_minor=10_000, currency="EUR")
        factories.free_service(session, owner, value_minor=30_000, currency="CHF")
        balance = ledger_balance(session, owner.id, TODAY)
    assert set(balance.totals) == {
        Money(Decimal("100.00"), "EUR"),
        Money(Decimal("300.00"), "CHF"),
    }
    assert balance.total is None
    assert balance.share_of_annual_value is None
    assert {line.total.currency for line in balance.lines} == {"EUR", "CHF"}


def test_given_period_wins(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="L-6")
        factories.contract(session, owner)
        for offset in range(5):
            factories.free_service(
                session, owner, provided_on=TODAY - timedelta(days=offset * 10), value_minor=100
            )
        period = Period(TODAY - timedelta(days=15), TODAY)
        balance = ledger_balance(session, owner.id, TODAY, period)
    assert balance.period_basis == "given"
    assert balance.entries == 2
