from datetime import date
from decimal import Decimal

import pytest

from app.bootstrap import Workspace
from app.domain.portfolio import gather_snapshots
from app.domain.promises import Coverage, PackagePromise, coverage_of
from app.model import ItemKind, Promise, ServiceCheck
from tests.helpers import factories

PACKAGE = [
    PackagePromise(ItemKind.RESPONSE_TIME_HOURS, Decimal(8), True),
    PackagePromise(ItemKind.MAINTENANCE_VISITS, Decimal(4), True),
    PackagePromise(ItemKind.TRAINING_DAYS, Decimal(1), False),
    PackagePromise(ItemKind.HOTLINE, Decimal(1), True),
]


@pytest.mark.parametrize(
    "kind, quantity, expected",
    [
        (ItemKind.RESPONSE_TIME_HOURS, Decimal(8), Coverage.COVERED),
        (ItemKind.RESPONSE_TIME_HOURS, Decimal(12), Coverage.COVERED),
        (ItemKind.RESPONSE_TIME_HOURS, Decimal(4), Coverage.EXCEEDS_PACKAGE),
        (ItemKind.MAINTENANCE_VISITS, Decimal(4), Coverage.COVERED),
        (ItemKind.MAINTENANCE_VISITS, Decimal(6), Coverage.EXCEEDS_PACKAGE),
        (ItemKind.TRAINING_DAYS, Decimal(1), Coverage.BILLABLE),
        (ItemKind.HOTLINE, None, Coverage.COVERED),
        (ItemKind.CONSIGNMENT_STOCK, None, Coverage.NOT_IN_PACKAGE),
        (None, None, Coverage.FREE_TEXT),
    ],
)
def test_coverage_rules(
    kind: ItemKind | None, quantity: Decimal | None, expected: Coverage
) -> None:
    assert coverage_of(kind, quantity, PACKAGE)[0] is expected


def test_no_package_covers_nothing() -> None:
    assert coverage_of(ItemKind.HOTLINE, None, [])[0] is Coverage.NO_PACKAGE


def test_promises_are_checked_against_the_live_package(workspace: Workspace) -> None:
    today = date(2026, 11, 23)
    with workspace.session() as session:
        owner = factories.account(session, customer_number="P-1")
        premium = factories.package(session, "Premium 8", response_hours=8)
        factories.contract(session, owner, package_id=premium.id)
        person = factories.contact(session, owner, name="Jan Nowak")
        for hours, check in (
            (Decimal(4), ServiceCheck.UNCHECKED),
            (Decimal(8), ServiceCheck.UNCHECKED),
            (Decimal(2), ServiceCheck.CONFIRMED),
        ):
            session.add(
                Promise(
                    account_id=owner.id,
                    promised_on=date(2026, 10, 1),
                    made_by="A. Seller",
                    made_to_id=person.id,
                    item_kind=ItemKind.RESPONSE_TIME_HOURS,
                    quantity=hours,
                    service_check=check,
                )
            )
        session.flush()
        snapshot = gather_snapshots(session, today, [owner.id])[owner.id]
    coverages = [p.coverage for p in snapshot.promises]
    assert coverages == [Coverage.EXCEEDS_PACKAGE, Coverage.COVERED, Coverage.EXCEEDS_PACKAGE]
    assert snapshot.promises[0].made_to == "Jan Nowak"
    assert snapshot.promises[0].package_quantity == Decimal(8)
    # The one service confirmed it can deliver is no longer flagged.
    assert [p.quantity for p in snapshot.uncovered_promises] == [Decimal(4)]
