from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from app.bootstrap import Workspace
from app.domain.timeline import timeline_items
from app.model import BudgetCycle, BudgetOverride, Touchpoint, TouchpointKind
from app.money import Money
from app.records import RecordKind
from tests.helpers import factories

TODAY = date(2026, 11, 23)


def test_an_account_without_records_has_an_empty_timeline(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="TL-0")
        found = timeline_items(session, owner.id, TODAY)
    assert found.empty
    assert found.span() is None


def test_contract_term_rolls_over_renewals_with_notice(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="TL-1")
        deal = factories.contract(
            session,
            owner,
            start_date=date(2023, 1, 1),
            end_date=date(2024, 12, 31),
            auto_renew_months=12,
            notice_period=3,
        )
        found = timeline_items(session, owner.id, TODAY)
    (term,) = found.contracts
    assert (term.kind, term.record_id) == (RecordKind.CONTRACT, deal.id)
    assert term.start == date(2023, 1, 1)
    assert term.end == date(2026, 12, 31)
    assert term.renewals == (date(2024, 12, 31), date(2025, 12, 31))
    assert term.notice_deadline == date(2026, 9, 30)
    assert term.value == Money(Decimal("148000.00"), "EUR")
    assert found.span() == (date(2023, 1, 1), date(2026, 12, 31))


def test_budget_dates_with_windows_and_overrides(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="TL-2")
        cycle = BudgetCycle(
            account_id=owner.id, label="Capex", first_date=date(2020, 10, 1), lead_days=30
        )
        session.add(cycle)
        session.flush()
        session.add(BudgetOverride(cycle_id=cycle.id, year=2025, planned_on=date(2025, 10, 15)))
        session.flush()
        found = timeline_items(session, owner.id, TODAY)
    days = [b.day for b in found.budget_dates]
    assert days == [date(y, 10, 1) for y in (2023, 2024)] + [date(2025, 10, 15)] + [
        date(y, 10, 1) for y in (2026, 2027, 2028, 2029)
    ]
    moved = found.budget_dates[2]
    assert moved.moved and moved.window_opens == date(2025, 9, 15)
    assert {b.record_id for b in found.budget_dates} == {cycle.id}


def test_markers_carry_kind_id_date_and_value(workspace: Workspace) -> None:
    with workspace.session() as session:
        owner = factories.account(session, customer_number="TL-3")
        service = factories.free_service(session, owner, provided_on=date(2026, 5, 4))
        late = factories.incident(session, owner)  # answered after 48 h of 8 promised
        prompt = factories.incident(
            session,
            owner,
            reported_at=datetime(2026, 10, 1, 8, tzinfo=UTC),
            responded_at=datetime(2026, 10, 1, 8, tzinfo=UTC) + timedelta(hours=2),
        )
        visit = Touchpoint(
            account_id=owner.id, happened_on=date(2026, 7, 1), kind=TouchpointKind.VISIT
        )
        session.add(visit)
        session.flush()
        found = timeline_items(session, owner.id, TODAY)
    by_id = {(m.kind, m.record_id): m for m in found.markers}
    free = by_id[(RecordKind.FREE_SERVICE, service.id)]
    assert free.day == date(2026, 5, 4)
    assert free.value == Money(Decimal("800.00"), "EUR")
    assert free.title == "Replacement tool driven over in person"
    assert by_id[(RecordKind.INCIDENT, late.id)].sla_breached
    assert not by_id[(RecordKind.INCIDENT, prompt.id)].sla_breached
    assert by_id[(RecordKind.TOUCHPOINT, visit.id)].day == date(2026, 7, 1)
    assert by_id[(RecordKind.TOUCHPOINT, visit.id)].choice is TouchpointKind.VISIT
    assert [m.day for m in found.markers] == sorted(m.day for m in found.markers)
