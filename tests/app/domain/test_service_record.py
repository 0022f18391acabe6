from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from app.bootstrap import Workspace
from app.domain.periods import Period
from app.domain.service_record import service_record
from app.model import Touchpoint, TouchpointKind
from tests.helpers import factories

PERIOD = Period(date(2026, 1, 1), date(2026, 12, 31))
T0 = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)


def test_response_against_the_package_promise(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="S-1")
        premium = factories.package(session, "Premium 8", response_hours=8)
        deal = factories.contract(
            session,
            owner,
            start_date=date(2025, 1, 1),
            end_date=date(2027, 12, 31),
            package_id=premium.id,
        )
        factories.incident(
            session,
            owner,
            contract_id=deal.id,
            reported_at=T0,
            responded_at=T0 + timedelta(hours=48),
            promised_response_hours=None,
            downtime_hours=Decimal(30),
        )
        factories.incident(
            session,
            owner,
            reported_at=T0 + timedelta(days=10),
            responded_at=T0 + timedelta(days=10, hours=6),
            promised_response_hours=None,
        )
        record = service_record(session, owner.id, PERIOD)
    assert [r.promised_hours for r in record.incidents] == [Decimal(8), Decimal(8)]
    assert (record.met, record.breached) == (1, 1)
    assert record.worst is not None and record.worst.response_hours == Decimal("48.00")
    assert record.downtime_hours == Decimal(30)


def test_snapshot_of_the_promise_beats_todays_package(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="S-2")
        premium = factories.package(session, "Premium 4", response_hours=4)
        factories.contract(session, owner, package_id=premium.id, start_date=date(2025, 1, 1))
        factories.incident(
            session,
            owner,
            reported_at=T0,
            responded_at=T0 + timedelta(hours=6),
            promised_response_hours=Decimal(8),
        )
        record = service_record(session, owner.id, PERIOD)
    assert record.incidents[0].met is True


def test_waiting_past_the_promise_is_a_breach(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="S-3")
        factories.incident(session, owner, reported_at=T0, responded_at=None)
        record = service_record(session, owner.id, PERIOD, now=T0 + timedelta(hours=9))
        pending = service_record(session, owner.id, PERIOD, now=T0 + timedelta(hours=7))
    assert record.breached == 1
    assert pending.breached == 0 and pending.incidents[0].met is None


def test_no_promise_means_neither_met_nor_breached(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="S-4")
        factories.incident(session, owner, reported_at=T0, promised_response_hours=None)
        record = service_record(session, owner.id, PERIOD)
    assert record.incidents[0].met is None
    assert (record.met, record.breached) == (0, 0)


def test_maintenance_visits_prorated_over_the_covered_days(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="S-5")
        premium = factories.package(session)  # 4 visits a year
        factories.contract(
            session,
            owner,
            package_id=premium.id,
            start_date=date(2026, 7, 1),
            end_date=date(2028, 6, 30),
        )
        for month in (7, 10):
            session.add(
                Touchpoint(
                    account_id=owner.id,
                    happened_on=date(2026, month, 5),
                    kind=TouchpointKind.MAINTENANCE_VISIT,
                )
            )
        session.add(
            Touchpoint(account_id=owner.id, happened_on=date(2026, 8, 5), kind=TouchpointKind.CALL)
        )
        session.flush()
        record = service_record(session, owner.id, PERIOD)
    assert record.visits_delivered == 2
    assert record.visits_contracted == Decimal("2.0")  # 184 of 365.25 days × 4
