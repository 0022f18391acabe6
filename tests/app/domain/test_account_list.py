from datetime import date
from decimal import Decimal

from app.bootstrap import Workspace
from app.domain.account_list import account_rows
from app.domain.health import Light
from app.money import Money
from tests.helpers import factories

TODAY = date(2026, 11, 23)


def test_each_account_with_its_own_period_and_health(workspace: Workspace) -> None:
    with workspace.session() as session:
        young = factories.account(session, customer_number="Y-1", name="Beta GmbH")
        factories.contract(
            session,
            young,
            start_date=date(2026, 6, 1),
            end_date=date(2028, 5, 31),
            annual_value_minor=10_000_000,
        )
        factories.free_service(session, young, provided_on=date(2026, 5, 31), value_minor=999)
        factories.free_service(session, young, provided_on=date(2026, 6, 1), value_minor=20_000)
        old = factories.account(session, customer_number="O-1", name="Alpha AG", currency="CHF")
        factories.free_service(
            session, old, provided_on=date(2026, 1, 10), value_minor=50_000, currency="CHF"
        )
        rows = account_rows(session, TODAY)
    alpha, beta = rows
    assert (alpha.name, beta.name) == ("Alpha AG", "Beta GmbH")
    assert beta.period_start == date(2026, 6, 1)
    assert beta.free_value == (Money(Decimal("200.00"), "EUR"),)
    assert beta.annual_value == (Money(Decimal("100000.00"), "EUR"),)
    assert beta.next_key_date is not None and beta.next_key_date.on >= TODAY
    assert alpha.free_value == (Money(Decimal("500.00"), "CHF"),)
    assert alpha.annual_value == ()
    assert alpha.health.light is Light.AMBER  # never contacted
